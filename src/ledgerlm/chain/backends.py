"""Choosing and opening a backend: ``memory`` (py-evm), ``anvil`` (managed local node) or a JSON-RPC URL.

The choice comes from the argument, else ``LEDGERLM_CHAIN``, else ``chain.backend`` in config.toml (default anvil).
"""

from __future__ import annotations

import contextlib

from eth_account.signers.local import LocalAccount
from web3 import HTTPProvider, LegacyWebSocketProvider, Web3

from ledgerlm.chain import anvil
from ledgerlm.chain.accounts import anvil_dev_accounts
from ledgerlm.chain.core import Chain
from ledgerlm.config import get
from ledgerlm.errors import ChainError, ConfigError, InputError

_BACKENDS = ("memory", "anvil")
_anvil_chains: dict[str, Chain] = {}
#: The last StartReport of the managed node in this process (the CLI prints its crash notice once).
last_start: anvil.StartReport | None = None


def resolve_backend(name: str | None = None) -> str:
    backend = (name or get("chain", "backend") or "anvil").strip()
    if backend in _BACKENDS or backend.startswith(("http://", "https://", "ws://", "wss://")):
        return backend
    raise InputError(
        f"unknown chain {backend!r}",
        hint="use memory, anvil, or a JSON-RPC URL such as http://127.0.0.1:8545",
    )


def connect(name: str | None = None) -> Chain:
    """Open a chain. ``memory`` gives a fresh in-process chain on every call; ``anvil`` starts the managed node."""
    backend = resolve_backend(name)
    if backend == "memory":
        return _memory()
    chain = _anvil() if backend == "anvil" else _rpc(backend)
    _reconcile_once(chain)
    return chain


_reconciled: set[str] = set()


def _reconcile_once(chain: Chain) -> None:
    """The first time a process opens a persistent chain, the connect hooks of the layers above run on it
    (:mod:`ledgerlm.chain.hooks`; the contracts layer reconciles interrupted creates); each line one reports is
    printed on stderr."""
    key = f"{chain.backend}:{chain.url}"
    if key in _reconciled:
        return
    _reconciled.add(key)
    from ledgerlm.chain.hooks import run_connect_hooks

    for line in run_connect_hooks(chain):
        _warn(line, prefix="note")


def _memory() -> Chain:
    from eth_tester import EthereumTester, PyEVMBackend
    from web3 import EthereumTesterProvider

    backend = PyEVMBackend()
    tester = EthereumTester(backend)
    w3 = Web3(EthereumTesterProvider(tester))
    accounts = [_local(key) for key in backend.account_keys]
    return Chain(w3, "memory", accounts, accounts[0])


def _local(key: object) -> LocalAccount:
    from eth_account import Account

    raw = key.to_bytes() if hasattr(key, "to_bytes") else key
    account: LocalAccount = Account.from_key(raw)
    return account


#: web3's default layers we do not need: ledgerlm never resolves ENS names, builds every transaction itself (chain
#: id, nonce, EIP-1559 fees, gas from its own estimate) and validates reverts itself. Each layer costs a few
#: milliseconds per request, which is most of a local call's time.
_UNUSED_MIDDLEWARE = ("ens_name_to_address", "validation", "gas_price_strategy", "gas_estimate")


def _lean(w3: Web3) -> Web3:
    for name in _UNUSED_MIDDLEWARE:
        with contextlib.suppress(ValueError, KeyError):
            w3.middleware_onion.remove(name)
    return w3


def _anvil() -> Chain:
    global last_start
    report = anvil.start()
    if report.started:
        last_start = report
        if report.recovered_from_crash and report.message:
            _warn(report.message)
    url = report.node.url
    cached = _anvil_chains.get(url)
    if cached is not None:
        return cached
    w3 = _lean(Web3(HTTPProvider(url, request_kwargs={"timeout": 60})))
    accounts = list(anvil_dev_accounts())
    chain = Chain(w3, "anvil", accounts, accounts[0], url=url)
    chain.wait_ready()
    chain.sync_clock()
    _anvil_chains[url] = chain
    return chain


def _warn(message: str, prefix: str = "warning") -> None:
    """Every command that restarts the node after an unclean stop says what was lost (stderr, one line)."""
    import sys

    from ledgerlm.inert import strip_controls

    sys.stderr.write(f"{prefix}: {strip_controls(message)}\n")
    sys.stderr.flush()


def _rpc(url: str) -> Chain:
    provider = LegacyWebSocketProvider(url) if url.startswith(("ws://", "wss://")) else HTTPProvider(url)
    w3 = _lean(Web3(provider))
    chain = Chain(w3, "rpc", [], _keystore_signer, url=url)
    try:
        chain.wait_ready(timeout_s=5)
    except ChainError as exc:
        raise ChainError(f"cannot reach {url}", hint="check the URL and that the node is running") from exc
    return chain


def _keystore_signer() -> LocalAccount:
    from ledgerlm.chain.keystore import load_account

    name = get("chain", "account")
    if not name:
        raise ConfigError(
            "no signing account is configured for this network",
            hint='create one with `ledgerlm account new NAME` and set [chain] account = "NAME" in config.toml',
        )
    return load_account(name)
