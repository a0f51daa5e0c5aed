"""Throw-away copies of a chain for simulations: run a whole plan on the same state, see what it does, keep nothing.

Why not ``evm_snapshot`` / ``evm_revert`` on the node itself: the managed anvil is shared by every ledgerlm process
(the CLI, the HTTP server's workers, a second terminal), so a transaction another process sends between the
snapshot and the revert is silently undone, and the node's clock goes back with it. Nothing mutates the user's chain
to test itself; instead :func:`isolated_fork` gives a chain of its own:

* **a JSON-RPC chain** (the managed anvil, or any node by URL): a fresh ``anvil --fork-url <url>
  --fork-block-number <n>`` on a free port, from the locked anvil in ``node_modules`` (found the way
  :mod:`ledgerlm.chain.anvil` finds it). It reads the state of block ``n`` from the node on demand and never writes
  to it; it generates no dev accounts of its own (so no balance is overwritten), caches nothing on disk
  (``--no-storage-caching``: a reset local node reuses block numbers), and is killed when the ``with`` block ends,
  and by the kernel if this process dies first (``PR_SET_PDEATHSIG``). Transactions on it are sent from the
  impersonated sender without any signature: a simulation never signs anything that a real node would accept.
* **the in-process py-evm chain** (``memory``): it exists only in this process, so a snapshot taken and reverted
  under the chain's lock is private; the lock keeps this process's other threads from sending in between.
  (Reads from other threads during the simulation would see its state: nothing in ledgerlm reads a memory chain
  from another thread while it simulates.)

Where no fork can be made (anvil not installed, or it cannot reach the node), :class:`ForkUnavailable` says why, and
the caller falls back to what it can do without one (the assistant: a gas estimate per step, said in the plan).
"""

from __future__ import annotations

import contextlib
import ctypes
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from typing import Any, cast

from eth_account.signers.local import LocalAccount
from web3 import HTTPProvider, Web3
from web3.types import RPCEndpoint

from ledgerlm.chain.core import _RPC_ERRORS, GAS_MARGIN_DEN, GAS_MARGIN_NUM, Chain, TxResult
from ledgerlm.chain.reverts import to_contract_reverted
from ledgerlm.errors import ChainError, LedgerError

__all__ = ["ForkChain", "ForkUnavailable", "isolated_fork", "start_seconds"]

#: How long a fork may take to answer before it counts as failed (it normally answers in a fraction of a second).
START_TIMEOUT_S = 20.0

#: Seconds the last fork of this process took from launch to its first answer (``bench/fork.py`` prints it).
start_seconds: float | None = None


class ForkUnavailable(ChainError):
    """No isolated fork can be made for this chain (anvil missing, or it could not fork the node)."""


class ForkChain(Chain):
    """A chain on a throw-away ``anvil --fork-url``: sends go from the impersonated sender, unsigned.

    It shares the parent's ABI registries (so reverts and events decode the same way) and its accounts."""

    def __init__(self, w3: Web3, parent: Chain, url: str) -> None:
        super().__init__(w3, "fork", parent.dev_accounts, lambda: parent.default_account, url=url)
        self.parent = parent
        self._errors = parent._errors
        self._events = parent._events
        self._chain_id = parent._chain_id
        self._impersonated: set[str] = set()

    def send(
        self,
        tx: dict[str, Any],
        *,
        sender: LocalAccount | None = None,
        expect_events: Iterable[str] = (),
        timeout_s: float = 120,
        on_signed: Any = None,
    ) -> TxResult:
        """Like :meth:`Chain.send` (estimate, fees, receipt, status and expected events checked), but sent by
        ``eth_sendTransaction`` from the impersonated sender: nothing is signed."""
        address = (sender or self.default_account).address
        if address not in self._impersonated:
            self._rpc(lambda: self.w3.provider.make_request(RPCEndpoint("anvil_impersonateAccount"), [address]))
            self._impersonated.add(address)
        with self._lock:
            gas = self.estimate(tx, address) * GAS_MARGIN_NUM // GAS_MARGIN_DEN + 10_000
            full: dict[str, Any] = {**tx, "from": address, "gas": gas, **self.fee_quote().tx_fields()}
            full.pop("type", None)
            try:
                tx_hash = self._rpc(lambda: self.w3.eth.send_transaction(cast(Any, full)))
            except _RPC_ERRORS as exc:
                raise to_contract_reverted(exc, self._errors) from None
        return self._await_receipt(tx_hash, full, expect_events, timeout_s)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _pdeathsig() -> Any:
    """``prctl(PR_SET_PDEATHSIG, SIGKILL)`` for the child, resolved here in the parent, so that the child (between
    fork and exec, where a multi-threaded parent's locks may be held) only calls one C function. None off Linux."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None

    def set_pdeathsig() -> None:  # pragma: no cover - runs in the child
        prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: the kernel kills the fork when its starter dies

    return set_pdeathsig


_PDEATHSIG = _pdeathsig()


def _command(chain: Chain, port: int, block: int, free_gas: bool) -> list[str]:
    from ledgerlm.solidity import toolchain

    try:
        binary = str(toolchain.anvil_binary())
    except LedgerError as exc:
        raise ForkUnavailable(f"no isolated fork: {exc.message}", hint=exc.hint) from None
    cmd = [
        binary,
        "--fork-url",
        str(chain.url),
        "--fork-block-number",
        str(block),
        "--fork-chain-id",
        str(chain.chain_id),
        "--no-storage-caching",
        "--accounts",
        "0",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--silent",
    ]
    if chain.backend == "anvil":
        cmd += ["--hardfork", "prague"]  # the managed node's hardfork (ledgerlm.chain.anvil)
    if free_gas:
        cmd += ["--block-base-fee-per-gas", "0", "--gas-price", "0"]
    return cmd


@contextlib.contextmanager
def _anvil_fork(chain: Chain, free_gas: bool) -> Iterator[ForkChain]:
    global start_seconds
    if not chain.url:
        raise ForkUnavailable(f"no isolated fork: the {chain.backend} chain has no URL to fork")
    block = int(chain._rpc(lambda: chain.w3.eth.block_number))
    port = _free_port()
    cmd = _command(chain, port, block, free_gas)
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
        preexec_fn=_PDEATHSIG,  # noqa: PLW1509 - one pre-resolved C call, see _pdeathsig
    )
    try:
        url = f"http://127.0.0.1:{port}"
        w3 = Web3(HTTPProvider(url, request_kwargs={"timeout": 60}))
        for name in ("ens_name_to_address", "validation", "gas_price_strategy", "gas_estimate"):
            with contextlib.suppress(ValueError, KeyError):
                w3.middleware_onion.remove(name)
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                w3.eth.block_number  # noqa: B018 - the first answer means the fork is up
                break
            except Exception:  # noqa: BLE001 - not listening yet
                if proc.poll() is not None or time.monotonic() > deadline:
                    err = b""
                    with contextlib.suppress(Exception):
                        proc.kill()
                        err = proc.communicate(timeout=2)[1] or b""
                    why = (err.decode("utf-8", "replace").strip().splitlines() or ["no answer"])[-1][:200]
                    raise ForkUnavailable(
                        f"the simulation fork (anvil --fork-url {chain.url}) did not start: {why}",
                        hint="check that the node is reachable; `make setup` installs anvil",
                    ) from None
                time.sleep(0.01)
        start_seconds = time.perf_counter() - started
        yield ForkChain(w3, chain, url)
    finally:
        proc.kill()
        with contextlib.suppress(Exception):
            proc.communicate(timeout=5)


@contextlib.contextmanager
def _memory_snapshot(chain: Chain) -> Iterator[Chain]:
    with chain._lock:
        snap = chain.snapshot()
        try:
            yield chain
        finally:
            chain.revert(snap)


def isolated_fork(chain: Chain, *, free_gas: bool = False) -> contextlib.AbstractContextManager[Chain]:
    """A throw-away chain with ``chain``'s current state; whatever is sent to it is gone when the block ends.

    ``free_gas``: base fee and gas price 0 on an anvil fork (for senders that hold no ETH, like a DAO timelock).
    Raises :class:`ForkUnavailable` when no fork can be made; the parent chain is never written to."""
    if chain.backend == "memory":
        return _memory_snapshot(chain)
    return _anvil_fork(chain, free_gas)
