"""Anchoring batch roots in the ``AuditAnchor`` contract, two-phase so a crash can never anchor a wrong root.

Phase one (``AuditLog.batch``) fixes a batch's range and root in the log and commits. Phase two records the target
(chain id, contract) on the batch, sends ``anchor(batchId, root, firstId, lastId)`` and only then marks the batch
``anchored`` with its transaction and block. A process killed anywhere in between leaves a ``pending`` batch; the
next ``anchor_log`` reconciles it against the chain first: if the contract already holds the same root, the batch
is marked anchored from the ``BatchAnchored`` event (nothing is resent); if it holds a different root, that is a
conflict and nothing is sent; if it holds nothing, the root is recomputed from the log and sent.

The contract is deployed once per chain; its address is remembered in the log (``meta``) by chain id and redeployed
only when no code is found there (a fresh local chain).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from functools import cache
from pathlib import Path
from typing import Any

from ledgerlm.audit.hashing import ZERO_HASH, from_hex, to_hex
from ledgerlm.audit.log import AuditLog
from ledgerlm.audit.merkle import merkle_root
from ledgerlm.audit.models import AuditError, Batch

CONTRACT_SOURCE = Path(__file__).with_name("contracts") / "AuditAnchor.sol"
_log = logging.getLogger(__name__)


@cache
def anchor_artifact() -> Any:
    """The compiled ``AuditAnchor`` (solc-js, strict: warnings are errors; cached by source hash)."""
    from ledgerlm.solidity.compiler import compile_sources

    return compile_sources({"AuditAnchor.sol": CONTRACT_SOURCE.read_text(encoding="utf-8")}, strict=True)["AuditAnchor"]


def _meta_key(chain_id: int) -> str:
    return f"anchor_contract:{chain_id}"


def _block_key(chain_id: int) -> str:
    """Where the log keeps the block its anchor contract was deployed in: no event of it can be older."""
    return f"anchor_contract_block:{chain_id}"


#: blocks per ``eth_getLogs`` call when looking for a lost event; public RPC providers refuse wide ranges
#: (commonly 10,000 blocks or fewer), and the event sought is nearly always among the newest blocks.
LOG_WINDOW_BLOCKS = 5_000


def _sidecar(log: AuditLog) -> Path:
    """Beside the log file: the anchor contract of this log per chain, kept outside the database so that a
    deleted, emptied or truncated log can still be checked against every root the chain holds for it."""
    path = Path(log.path)
    return path.with_name(path.name + ".anchors.json")


def known_anchor_contracts(log: AuditLog, chain_id: int) -> list[str]:
    """Every ``AuditAnchor`` address this log is known to have used on ``chain_id`` (meta, batches, sidecar)."""
    import json

    found: list[str] = []
    with contextlib.suppress(Exception):
        address = log.meta(_meta_key(chain_id))
        if address:
            found.append(address)
    with contextlib.suppress(Exception):
        found += [b.contract for b in log.batches() if b.contract and b.chain_id == chain_id]
    with contextlib.suppress(OSError, ValueError, AttributeError):
        data = json.loads(_sidecar(log).read_text(encoding="utf-8"))
        found += [str(a) for a in data.get(str(chain_id), [])]
    seen: dict[str, None] = {}
    for address in found:
        seen.setdefault(address.lower(), None)
    from eth_utils import to_checksum_address

    return [to_checksum_address(a) for a in seen]


def _remember(log: AuditLog, chain_id: int, address: str) -> None:
    import json
    import os

    path = _sidecar(log)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    addresses = data.setdefault(str(chain_id), [])
    if address not in addresses:
        addresses.append(address)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
        os.replace(tmp, path)


def anchor_contract(log: AuditLog, chain: Any, *, deploy: bool = True) -> Any:
    """The ``AuditAnchor`` of this log on ``chain``, deployed on first use (admin and anchorer: the chain's
    default account)."""
    art = anchor_artifact()
    address = log.meta(_meta_key(chain.chain_id))
    if address and chain.code(address):
        _remember(log, chain.chain_id, address)
        return chain.contract(address, art.abi)
    if not deploy:
        raise AuditError(f"no AuditAnchor contract for this log on chain {chain.chain_id}")
    result = chain.deploy(art, [chain.default_account.address])
    _remember(log, chain.chain_id, str(result.address))
    log.set_meta(_block_key(chain.chain_id), str(result.block_number))
    log.set_meta(_meta_key(chain.chain_id), str(result.address))
    return chain.contract(str(result.address), art.abi)


def _deploy_block(log: AuditLog, chain: Any, contract: Any) -> int:
    """The block the log saw ``contract`` deployed in, or 0 when the log did not deploy it (or predates the key)."""
    known = log.meta(_meta_key(chain.chain_id)) or ""
    block = log.meta(_block_key(chain.chain_id))
    return int(block) if block and known.lower() == str(contract.address).lower() else 0


def _logs_between(event: Any, low: int, high: int, batch_id: int) -> list[Any]:
    """One ``eth_getLogs`` call: the ``BatchAnchored`` events of ``batch_id`` in blocks ``low..high``."""
    return list(event.get_logs(from_block=low, to_block=high, argument_filters={"batchId": batch_id}))


def _find_anchor_event(
    chain: Any, contract: Any, batch_id: int, *, oldest_block: int = 0
) -> tuple[str, int, int | None]:
    """The transaction that anchored ``batch_id``, found by its ``BatchAnchored`` event.

    Why windows, newest first: the event is looked for only when a crash lost the receipt, so it is almost always
    in the last few blocks, and a scan from block 0 in one call is refused by public RPC providers (range limits)
    and slow on long chains. ``oldest_block`` (the anchor contract's deployment block, when the log knows it)
    bounds the search."""
    event = contract.events.BatchAnchored
    newest = int(chain.w3.eth.block_number)
    logs: list[Any] = []
    high = newest
    while high >= oldest_block and not logs:
        low = max(oldest_block, high - LOG_WINDOW_BLOCKS + 1)
        logs = _logs_between(event, low, high, batch_id)
        high = low - 1
    if not logs:
        raise AuditError(
            f"batch {batch_id} is stored on chain but its BatchAnchored event was not found"
            f" in blocks {oldest_block}..{newest}",
            hint="the node may have pruned its logs; `ledgerlm audit check` still verifies the root on chain",
        )
    entry = logs[0]
    tx_hash = "0x" + bytes(entry["transactionHash"]).hex()
    receipt = chain.w3.eth.get_transaction_receipt(tx_hash)
    return tx_hash, int(entry["blockNumber"]), int(receipt["gasUsed"])


def anchor_batch(log: AuditLog, chain: Any, batch: Batch) -> Batch:
    """Reconcile then (if needed) send one pending batch. Returns the batch as now recorded."""
    if batch.status == "anchored":
        return batch
    contract = None
    if batch.contract and batch.chain_id == chain.chain_id and chain.code(batch.contract):
        contract = chain.contract(batch.contract, anchor_artifact().abi)  # it may already have been sent there
    if contract is None:
        contract = anchor_contract(log, chain)
        log.set_target(batch.id, chain.chain_id, contract.address)
    root = from_hex(batch.root, what="batch root")
    stored_root, first_id, last_id = chain.call(contract.functions.getBatch(batch.id))
    stored_root = bytes(stored_root)
    if stored_root != ZERO_HASH:
        if (stored_root, first_id, last_id) != (root, batch.first_id, batch.last_id):
            raise AuditError(
                f"batch {batch.id} is already anchored on chain {chain.chain_id} with root {to_hex(stored_root)}"
                f" over records {first_id}..{last_id}, but the log has {batch.root} over"
                f" {batch.first_id}..{batch.last_id}",
                hint="the log or the contract changed; run `ledgerlm audit check` - nothing was sent",
            )
        tx_hash, block, gas = _find_anchor_event(
            chain, contract, batch.id, oldest_block=_deploy_block(log, chain, contract)
        )
    else:
        recomputed = merkle_root(log.leaves(batch.first_id, batch.last_id))
        if recomputed != root:
            raise AuditError(
                f"batch {batch.id}'s root no longer matches its records; refusing to anchor it",
                hint="run `ledgerlm audit check` to find the changed record",
            )
        result = chain.transact(
            contract.functions.anchor(batch.id, root, batch.first_id, batch.last_id),
            expect_events=("BatchAnchored",),
        )
        tx_hash, block, gas = result.tx_hash, result.block_number, result.gas_used
    log.mark_anchored(batch.id, tx_hash=tx_hash, block_number=block, gas_used=gas)
    batch.status, batch.tx_hash, batch.block_number, batch.gas_used = "anchored", tx_hash, block, gas
    batch.anchored_at = time.time()
    batch.chain_id, batch.contract = chain.chain_id, str(contract.address)
    return batch


def anchor_log(log: AuditLog, chain: Any, *, force: bool = True) -> list[Batch]:
    """Close the batches that are due (all unbatched records when ``force``) and anchor every pending batch in
    order. Returns the batches anchored by this call."""
    log.batch(force=force)
    return [anchor_batch(log, chain, b) for b in log.batches(status="pending")]


class AutoAnchorer:
    """Background anchoring: a daemon thread that wakes every ``interval_s`` (or on ``notify()``), closes the
    batches that are due by count (``audit.batch_size``) or age (``audit.batch_age_s``) and anchors them.

    ``stop()`` is safe at any time: it finishes the batch in flight (or leaves it pending for the next run, which
    reconciles it) and joins the thread. Errors are kept in ``last_error`` and retried on the next wake-up.
    """

    def __init__(self, log: AuditLog, chain: Any, *, interval_s: float | None = None) -> None:
        self.log = log
        self.chain = chain
        self.interval_s = interval_s if interval_s is not None else max(0.05, min(log.batch_age_s / 2, 5.0))
        self.anchored: list[Batch] = []
        self.last_error: Exception | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread = threading.Thread(target=self._run, name="ledgerlm-audit-anchor", daemon=True)

    def start(self) -> AutoAnchorer:
        self._thread.start()
        return self

    def notify(self) -> None:
        self._wake.set()

    def run_once(self) -> list[Batch]:
        done = anchor_log(self.log, self.chain, force=False)
        self.anchored.extend(done)
        return done

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_once()
                self.last_error = None
            except Exception as exc:  # keep running: a node may come back
                self.last_error = exc
                _log.warning("audit auto-anchoring failed: %s", exc)
            self._wake.wait(self.interval_s)
            self._wake.clear()

    def stop(self, timeout_s: float = 30.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout_s)

    def __enter__(self) -> AutoAnchorer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def wait_for(predicate: Any, timeout_s: float = 10.0, poll_s: float = 0.02) -> bool:
    """Poll ``predicate`` until it is true or ``timeout_s`` passes (tests and the CLI's --watch use this)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(poll_s)
    return bool(predicate())
