"""The ``Chain``: one interface for deploying, calling and transacting, whatever the backend.

Every transaction goes the same way: estimate gas (a revert stops here, decoded) -> build an EIP-1559 transaction
with the chain id -> sign locally with the sender's key -> send -> wait for the receipt -> check status and the
expected events. Reverts of every backend become one ``ContractReverted`` carrying the reason.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any, cast

from eth_account.signers.local import LocalAccount
from eth_utils import event_abi_to_log_topic, to_checksum_address
from hexbytes import HexBytes
from web3 import Web3
from web3._utils.events import get_event_data
from web3.contract import Contract
from web3.contract.contract import ContractFunction
from web3.exceptions import ContractLogicError, TimeExhausted, Web3RPCError
from web3.types import RPCEndpoint

from ledgerlm.chain.fees import PRIORITY_FEE_WEI, FeeQuote, paid_wei
from ledgerlm.chain.reverts import ErrorRegistry, to_contract_reverted
from ledgerlm.errors import ChainError, ConfigError, ContractReverted, TransactionFailed
from ledgerlm.solidity.artifact import Artifact

GAS_MARGIN_NUM, GAS_MARGIN_DEN = 6, 5  # send 1.2x the estimate
__all__ = ["PRIORITY_FEE_WEI", "Chain", "FeeQuote", "TxResult"]  # the fee rule itself: ledgerlm.chain.fees


@dataclass
class TxResult:
    """What a mined transaction did. ``events`` are decoded with every ABI this chain knows."""

    tx_hash: str
    block_number: int
    gas_used: int
    status: int
    address: str | None = None
    events: list[dict[str, Any]] = field(default_factory=list)
    effective_gas_price: int = 0
    receipt: dict[str, Any] = field(default_factory=dict, repr=False)

    def event(self, name: str) -> dict[str, Any]:
        for evt in self.events:
            if evt["event"] == name:
                return evt
        raise KeyError(name)

    @property
    def fee_wei(self) -> int:
        return paid_wei(self.gas_used, self.effective_gas_price)


try:  # py-evm raises its own type for reverts; other backends never import it
    from eth_tester.exceptions import TransactionFailed as _TesterFailed
except ImportError:  # pragma: no cover - eth-tester is a dependency, but keep rpc-only installs working
    _TesterFailed = ContractLogicError

_RPC_ERRORS = (ContractLogicError, Web3RPCError, ValueError, _TesterFailed)
_CONNECTION_ERRORS = (ConnectionError, OSError, TimeoutError)
NONCE_RETRIES = 8
_NONCE_WORDS = (
    "nonce too low",
    "nonce too high",
    "already known",
    "replacement transaction underpriced",
    "invalid nonce",
    "nonce has already been used",
)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__


def is_nonce_error(exc: BaseException) -> bool:
    """Whether the node refused a transaction for its nonce (a race with another sender, not a revert)."""
    return any(word in str(exc).lower() for word in _NONCE_WORDS)


def node_gone(chain: Chain, exc: BaseException) -> ChainError:
    where = chain.url or chain.backend
    hint = (
        "the managed node stopped; the next command restarts it (`ledgerlm node start`)"
        if chain.backend == "anvil"
        else "check that the node is running and reachable"
    )
    return ChainError(f"the chain at {where} stopped answering ({type(exc).__name__})", hint=hint)


class _Both:
    """Enter two context managers as one (a thread lock, then the cross-process file lock)."""

    def __init__(self, first: Any, second: Any) -> None:
        self.first, self.second = first, second

    def __enter__(self) -> None:
        self.first.__enter__()
        try:
            self.second.__enter__()
        except BaseException:
            self.first.__exit__(None, None, None)
            raise

    def __exit__(self, *exc: Any) -> None:
        try:
            self.second.__exit__(*exc)
        finally:
            self.first.__exit__(*exc)


class Chain:
    """A connected chain. Create with ``ledgerlm.chain.connect``."""

    def __init__(
        self,
        w3: Web3,
        backend: str,
        dev_accounts: Sequence[LocalAccount] = (),
        default_account: LocalAccount | Callable[[], LocalAccount] | None = None,
        *,
        url: str | None = None,
        on_close: Callable[[], None] | None = None,
    ) -> None:
        self.w3 = w3
        self.backend = backend
        self.url = url
        self.dev_accounts = list(dev_accounts)
        self._default = default_account
        self._on_close = on_close
        self._lock = threading.RLock()
        self._errors = ErrorRegistry()
        self._events: dict[bytes, dict[str, Any]] = {}
        self._chain_id: int | None = None
        self._genesis: str | None = None
        #: next nonce per sender for transactions this process sent; refreshed from the node on any doubt
        self._nonces: dict[str, int] = {}

    # -- identity -----------------------------------------------------------------------------------------
    @property
    def chain_id(self) -> int:
        if self._chain_id is None:
            self._chain_id = int(self.w3.eth.chain_id)
        return self._chain_id

    @property
    def is_local(self) -> bool:
        return self.backend in ("memory", "anvil", "fork")  # "fork": a throw-away copy (ledgerlm.chain.fork)

    @property
    def default_account(self) -> LocalAccount:
        if callable(self._default):
            self._default = self._default()
        if self._default is None:
            raise ConfigError(
                "no account to sign with on this chain",
                hint="create one with `ledgerlm account new NAME` and set chain.account in config.toml",
            )
        return self._default

    def account(self, index_or_address: int | str) -> LocalAccount:
        """A dev account by index or address (local chains)."""
        if isinstance(index_or_address, int):
            try:
                return self.dev_accounts[index_or_address]
            except IndexError:
                raise ChainError(f"no dev account #{index_or_address} on {self.backend}") from None
        wanted = to_checksum_address(index_or_address)
        for acct in [*self.dev_accounts, self.default_account]:
            if acct.address == wanted:
                return acct
        raise ChainError(f"no signing key for {wanted} on this chain")

    # -- ABIs ---------------------------------------------------------------------------------------------
    def register_abi(self, abi: Iterable[dict[str, Any]]) -> None:
        abi = list(abi)
        self._errors.add_abi(abi)
        for item in abi:
            if item.get("type") == "event" and not item.get("anonymous"):
                self._events.setdefault(event_abi_to_log_topic(cast(Any, item)), item)

    def contract(self, address: str, abi: list[dict[str, Any]]) -> Contract:
        self.register_abi(abi)
        return self.w3.eth.contract(address=to_checksum_address(address), abi=abi)

    # -- reads --------------------------------------------------------------------------------------------
    def call(self, fn: ContractFunction, *, sender: LocalAccount | str | None = None, value: int = 0) -> Any:
        frm = self._address_of(sender)
        params: dict[str, Any] = {"value": value}
        if frm:
            params["from"] = frm
        try:
            return self._rpc(lambda: fn.call(cast(Any, params)))
        except _RPC_ERRORS as exc:
            raise to_contract_reverted(exc, self._errors) from None

    def balance(self, address: str) -> int:
        return int(self._rpc(lambda: self.w3.eth.get_balance(to_checksum_address(address))))

    def code(self, address: str) -> bytes:
        return bytes(self._rpc(lambda: self.w3.eth.get_code(to_checksum_address(address))))

    def now(self) -> int:
        return int(self._rpc(lambda: self.w3.eth.get_block("latest"))["timestamp"])

    def sync_clock(self) -> int:
        """On the managed anvil, mine an empty block when the latest one is older than the wall clock, so "now"
        (and every "in 45 days" computed from it) follows real time between commands. Returns the new "now"."""
        latest = self.now()
        if self.backend == "anvil" and latest < int(time.time()) - 1:
            self._rpc(lambda: self.w3.provider.make_request(RPCEndpoint("evm_mine"), []))
            latest = self.now()
        return latest

    @property
    def genesis_hash(self) -> str:
        """The hash of block 0: with the chain id, what identifies a chain's history."""
        if self._genesis is None:
            block = self._rpc(lambda: self.w3.eth.get_block(0))
            self._genesis = HexBytes(block["hash"]).to_0x_hex()
        return str(self._genesis)

    def block_hash(self, number: int) -> str | None:
        """The hash of block ``number`` on this chain now, or None when the chain has no such block."""
        try:
            block = self._rpc(lambda: self.w3.eth.get_block(int(number)))
        except ChainError:
            raise
        except Exception:  # BlockNotFound and backend-specific variants
            return None
        return HexBytes(block["hash"]).to_0x_hex()

    def _address_of(self, sender: LocalAccount | str | None) -> str | None:
        if isinstance(sender, str):
            return to_checksum_address(sender)
        if sender is not None:
            return sender.address
        try:
            return self.default_account.address
        except ConfigError:
            return None

    # -- writes -------------------------------------------------------------------------------------------
    def deploy(
        self,
        artifact: Artifact,
        args: Sequence[Any] = (),
        *,
        sender: LocalAccount | None = None,
        value: int = 0,
        on_signed: Callable[[int, str], None] | None = None,
    ) -> TxResult:
        """Deploy ``artifact`` with constructor ``args``; the result's ``address`` is the new contract.

        ``on_signed(nonce, tx_hash)`` runs after signing and before sending (under the nonce lock): the journal
        writes the address the deployment will get there, so a crash right after sending loses nothing."""
        self.register_abi(artifact.abi)
        factory = self.w3.eth.contract(abi=artifact.abi, bytecode=artifact.bytecode)
        try:
            data = factory.constructor(*args).data_in_transaction
        except (TypeError, ValueError) as exc:
            raise ChainError(f"constructor arguments do not match {artifact.contract_name}'s ABI: {exc}") from None
        result = self.send({"data": data, "value": value}, sender=sender, on_signed=on_signed)
        if not result.address:
            raise TransactionFailed(f"deployment of {artifact.contract_name} created no contract")
        return result

    def transact(
        self,
        fn: ContractFunction,
        *,
        sender: LocalAccount | None = None,
        value: int = 0,
        expect_events: Iterable[str] = (),
    ) -> TxResult:
        """Simulate, sign, send and check one contract call."""
        tx = {"to": fn.address, "data": fn._encode_transaction_data(), "value": value}
        return self.send(tx, sender=sender, expect_events=expect_events)

    def send_eth(self, to: str, amount_wei: int, *, sender: LocalAccount | None = None) -> TxResult:
        return self.send({"to": to_checksum_address(to), "value": amount_wei, "data": b""}, sender=sender)

    def fee_quote(self) -> FeeQuote:
        """Fees per gas for a transaction sent now (the one fee rule, :mod:`ledgerlm.chain.fees`), from the latest
        block's base fee."""
        block = self._rpc(lambda: self.w3.eth.get_block("latest"))
        return FeeQuote(int(block.get("baseFeePerGas") or 0))

    def estimate(self, tx: dict[str, Any], sender: str) -> int:
        """Gas estimate = simulation: a revert raises ``ContractReverted`` before anything is signed."""
        try:
            return int(self._rpc(lambda: self.w3.eth.estimate_gas(cast(Any, {**tx, "from": sender}))))
        except _RPC_ERRORS as exc:
            raise to_contract_reverted(exc, self._errors) from None

    def send(
        self,
        tx: dict[str, Any],
        *,
        sender: LocalAccount | None = None,
        expect_events: Iterable[str] = (),
        timeout_s: float = 120,
        on_signed: Callable[[int, str], None] | None = None,
    ) -> TxResult:
        """The one place where ledgerlm signs and sends a transaction.

        Nonce allocation and sending happen under one OS file lock per sender (shared by every process on this
        data dir), so two processes never pick the same nonce; a nonce the node still rejects ("nonce too low",
        "already known") is re-read from the node and the transaction re-signed, never shown as a revert."""
        account = sender or self.default_account
        with self._sender_lock(account.address):
            gas = self.estimate(tx, account.address) * GAS_MARGIN_NUM // GAS_MARGIN_DEN + 10_000
            fees = self.fee_quote()
            full: dict[str, Any] = {}
            for attempt in range(NONCE_RETRIES):
                full = {
                    **tx,
                    "from": account.address,
                    "chainId": self.chain_id,
                    "nonce": self._next_nonce(account.address),
                    "gas": gas,
                    **fees.tx_fields(),
                }
                signed = account.sign_transaction(full)
                if on_signed is not None:
                    on_signed(int(full["nonce"]), HexBytes(signed.hash).to_0x_hex())
                try:
                    raw = signed.raw_transaction
                    tx_hash = self._rpc(partial(self.w3.eth.send_raw_transaction, raw))
                    break
                except _RPC_ERRORS as exc:
                    self._nonces.pop(account.address, None)  # ask the node next time
                    if not is_nonce_error(exc):
                        raise to_contract_reverted(exc, self._errors) from None
                    if attempt == NONCE_RETRIES - 1:
                        raise ChainError(
                            f"the node kept rejecting the nonce of {account.address} ({_first_line(exc)})",
                            hint="another program is sending from the same account; retry when it is done",
                        ) from None
                    time.sleep(0.05 * (attempt + 1))
            self._nonces[account.address] = full["nonce"] + 1
        return self._await_receipt(tx_hash, full, expect_events, timeout_s)

    def _await_receipt(
        self, tx_hash: Any, full: dict[str, Any], expect_events: Iterable[str], timeout_s: float
    ) -> TxResult:
        """Wait for the receipt of a sent transaction; check its status and the expected events."""
        try:
            receipt = self._rpc(
                lambda: self.w3.eth.wait_for_transaction_receipt(tx_hash, timeout=timeout_s, poll_latency=0.01)
            )
        except TimeExhausted:
            raise ChainError(
                f"transaction {tx_hash.hex()} was sent but not mined within {timeout_s:.0f} s",
                hint="check the node; the transaction may still be mined later",
            ) from None
        result = self._result(receipt)
        if result.status != 1:
            raise self._failure_reason(full, receipt, result.tx_hash)
        missing = [name for name in expect_events if name not in {e["event"] for e in result.events}]
        if missing:
            raise TransactionFailed(
                f"transaction {result.tx_hash} succeeded but did not emit {', '.join(missing)}",
                hint="the contract did not do what was expected; nothing further was sent",
            )
        return result

    def receipt(self, tx_hash: str) -> Any:
        """The node's receipt of ``tx_hash`` (web3's ``TransactionNotFound`` while it is unknown or pending)."""
        return self._rpc(lambda: self.w3.eth.get_transaction_receipt(cast(Any, tx_hash)))

    def pending_nonce(self, address: str) -> int:
        """How many transactions of ``address`` the node counts, pending ones included: a journal compares it with
        a step's nonce to tell "never sent" from "sent and dropped or replaced"."""
        return int(self._rpc(lambda: self.w3.eth.get_transaction_count(cast(Any, address), "pending")))

    def _next_nonce(self, address: str) -> int:
        """The node's pending count. Only the in-process chain (which no other process can reach) trusts the count
        it keeps itself; a shared node is asked every time, under the sender lock."""
        known = self._nonces.get(address)
        if known is not None and self.backend == "memory":
            return known
        return int(self._rpc(lambda: self.w3.eth.get_transaction_count(cast(Any, address), "pending")))

    def _sender_lock(self, address: str) -> Any:
        """The cross-process lock for one sender's nonces (in-process chains need only the thread lock)."""
        if self.backend in ("memory", "fork"):
            return self._lock
        from ledgerlm.chain.locks import file_lock

        return _Both(
            self._lock,
            file_lock(f"nonce-{self.chain_id}-{address.lower()}.lock", what=f"the nonces of {address}", timeout_s=120),
        )

    def _rpc(self, fn: Callable[[], Any]) -> Any:
        """Run one node request; a node that went away becomes a ``ChainError`` naming it, not a traceback."""
        try:
            return fn()
        except _CONNECTION_ERRORS as exc:
            raise node_gone(self, exc) from None

    def _failure_reason(self, tx: dict[str, Any], receipt: Any, tx_hash: str) -> ContractReverted:
        replay = {k: tx[k] for k in ("from", "to", "data", "value") if k in tx}
        try:
            self.w3.eth.call(cast(Any, replay), block_identifier=receipt["blockNumber"] - 1)
        except _RPC_ERRORS as exc:
            err = to_contract_reverted(exc, self._errors, tx_hash=tx_hash)
            return err
        return ContractReverted("transaction failed (status 0) without a reason", tx_hash=tx_hash)

    def _result(self, receipt: Any) -> TxResult:
        events = []
        for log in receipt["logs"]:
            topics = log["topics"]
            item = self._events.get(bytes(topics[0])) if topics else None
            if item is None:
                continue
            try:
                decoded = get_event_data(self.w3.codec, item, log)
            except Exception:
                continue
            events.append({"event": decoded["event"], "address": log["address"], "args": dict(decoded["args"])})
        address = receipt.get("contractAddress")
        return TxResult(
            tx_hash=HexBytes(receipt["transactionHash"]).to_0x_hex(),
            block_number=int(receipt["blockNumber"]),
            gas_used=int(receipt["gasUsed"]),
            status=int(receipt["status"]),
            address=to_checksum_address(address) if address else None,
            events=events,
            effective_gas_price=int(receipt.get("effectiveGasPrice") or 0),
            receipt=dict(receipt),
        )

    # -- local-chain controls -----------------------------------------------------------------------------
    def _require_local(self, what: str) -> None:
        if not self.is_local:
            raise ChainError(f"{what} is only possible on a local chain (memory or anvil)")

    def increase_time(self, seconds: int) -> int:
        """Advance the clock and mine a block; returns the new block timestamp."""
        self._require_local("moving time")
        if self.backend == "memory":
            tester = self.w3.provider.ethereum_tester  # type: ignore[attr-defined]
            # the pending block carries the wall clock: on a slow machine it can already be past latest + seconds,
            # and py-evm refuses to travel backwards, so time moves to whichever is later (never back)
            pending = int(tester.get_block_by_number("pending")["timestamp"])
            tester.time_travel(max(self.now() + int(seconds), pending))
            tester.mine_blocks(1)
        else:
            self.w3.provider.make_request(RPCEndpoint("evm_increaseTime"), [int(seconds)])
            self.w3.provider.make_request(RPCEndpoint("evm_mine"), [])
        return self.now()

    def mine(self, blocks: int = 1) -> None:
        self._require_local("mining on demand")
        if self.backend == "memory":
            self.w3.provider.ethereum_tester.mine_blocks(blocks)  # type: ignore[attr-defined]
        else:
            for _ in range(blocks):
                self.w3.provider.make_request(RPCEndpoint("evm_mine"), [])

    def snapshot(self) -> Any:
        self._require_local("snapshots")
        if self.backend == "memory":
            return self.w3.provider.ethereum_tester.take_snapshot()  # type: ignore[attr-defined]
        return self.w3.provider.make_request(RPCEndpoint("evm_snapshot"), [])["result"]

    def revert(self, snapshot_id: Any) -> None:
        self._require_local("snapshots")
        self._nonces.clear()  # the node's nonces went back with the state
        if self.backend == "memory":
            self.w3.provider.ethereum_tester.revert_to_snapshot(snapshot_id)  # type: ignore[attr-defined]
        else:
            self.w3.provider.make_request(RPCEndpoint("evm_revert"), [snapshot_id])

    def wait_ready(self, timeout_s: float = 10) -> None:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                self.w3.eth.block_number  # noqa: B018 - a cheap liveness probe
                return
            except Exception as exc:
                if time.monotonic() > deadline:
                    raise ChainError(f"the chain at {self.url} does not answer: {exc}") from None
                time.sleep(0.05)

    def close(self) -> None:
        if self._on_close:
            self._on_close()
