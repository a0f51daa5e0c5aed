"""Anchoring on a real EVM (py-evm), proofs, the standalone verifier, reconciliation and auto-anchoring."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from ledgerlm.audit.anchoring import AutoAnchorer, anchor_artifact, anchor_batch, anchor_contract, wait_for
from ledgerlm.audit.hashing import from_hex
from ledgerlm.audit.log import AuditLog
from ledgerlm.audit.models import AuditError
from ledgerlm.audit.proofs import build_proof
from ledgerlm.audit.verify import verify_proof
from ledgerlm.errors import ContractReverted, NotFound

from .conftest import entries


def test_anchor_prove_verify_round_trip(log: AuditLog, chain: Any, tmp_path: Path) -> None:
    log.append_many(entries(13))
    with pytest.raises(NotFound, match="not anchored"):
        build_proof(log, 3)
    batches = log.anchor(chain)
    assert [(b.first_id, b.last_id, b.status) for b in batches] == [(1, 13, "anchored")]
    assert batches[0].gas_used and batches[0].tx_hash and batches[0].chain_id == chain.chain_id
    event = chain.w3.eth.get_transaction_receipt(batches[0].tx_hash)
    assert event["status"] == 1
    for rid in (1, 7, 13):
        proof = json.loads(json.dumps(build_proof(log, rid)))  # exactly what a file holds
        result = verify_proof(proof, w3=chain.w3)
        assert result.valid, result.errors
        assert result.chain_checked and result.checks["contract_root"] and result.checks["anchor_tx"]
    assert log.anchor(chain) == []  # nothing new


@pytest.mark.parametrize(
    ("mutate", "failed"),
    [
        (lambda p: p["record"].__setitem__("output", {"principal": "1"}), "leaf"),
        (lambda p: p["record"].__setitem__("input", "other"), "leaf"),
        (lambda p: p["path"][0].__setitem__("hash", "0x" + "00" * 32), "root"),
        (
            lambda p: p["path"][0].__setitem__("position", "left" if p["path"][0]["position"] == "right" else "right"),
            "path_shape",
        ),
        (lambda p: p.__setitem__("path", p["path"][1:]), "path_shape"),
        (lambda p: p.__setitem__("index", p["index"] + 1), "range"),
        (lambda p: p["anchor"].__setitem__("tx_hash", "0x" + "ab" * 32), "anchor_tx"),
        (lambda p: p["anchor"].__setitem__("chain_id", 1), "chain_id"),
    ],
)
def test_tampered_proofs_fail(log: AuditLog, chain: Any, mutate: Any, failed: str) -> None:
    log.append_many(entries(6))
    log.anchor(chain)
    proof = build_proof(log, 4)
    assert verify_proof(proof, w3=chain.w3).valid
    bad = copy.deepcopy(proof)
    mutate(bad)
    result = verify_proof(bad, w3=chain.w3)
    assert not result.valid and result.checks.get(failed) is False and result.errors


def test_forged_root_is_caught_only_by_the_chain(log: AuditLog, chain: Any) -> None:
    """A proof rebuilt around a changed record is self-consistent offline, but the contract holds another root."""
    log.append_many(entries(1))
    log.anchor(chain)
    proof = build_proof(log, 1)
    proof["record"]["output"] = {"principal": "0"}
    from ledgerlm.audit.hashing import LEAF_PREFIX, canonical_json, keccak, record_bytes, to_hex

    forged = to_hex(keccak(LEAF_PREFIX + record_bytes(proof["record"], canonical_json(proof["record"]["output"]))))
    proof["leaf"] = proof["root"] = forged
    assert verify_proof(proof).valid  # hashes alone
    result = verify_proof(proof, w3=chain.w3)
    assert not result.valid and result.checks["contract_root"] is False


def test_verifier_is_standalone() -> None:
    code = (
        "import sys, ledgerlm.audit.verify as v; "
        "bad = [m for m in ('sqlite3', 'ledgerlm.audit.log', 'ledgerlm.config') if m in sys.modules]; "
        "print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_onchain_verify_mirrors_python(log: AuditLog, chain: Any) -> None:
    log.append_many(entries(7))
    (batch,) = log.anchor(chain)
    contract = chain.contract(batch.contract, anchor_artifact().abi)
    for rid in range(1, 8):
        proof = build_proof(log, rid)
        siblings = [from_hex(s["hash"]) for s in proof["path"]]
        mask = sum(1 << i for i, s in enumerate(proof["path"]) if s["position"] == "left")
        assert chain.call(contract.functions.verify(batch.id, from_hex(proof["leaf"]), siblings, mask)) is True
        assert chain.call(contract.functions.verify(batch.id, from_hex(proof["leaf"]), siblings, mask ^ 1)) is False


def test_contract_refuses_overwrites_and_strangers(log: AuditLog, chain: Any) -> None:
    contract = anchor_contract(log, chain)
    chain.transact(contract.functions.anchor(900, b"\x01" * 32, 1, 2))
    with pytest.raises(ContractReverted, match="BatchAlreadyAnchored"):
        chain.transact(contract.functions.anchor(900, b"\x02" * 32, 1, 2))
    with pytest.raises(ContractReverted, match="InvalidRange"):
        chain.transact(contract.functions.anchor(901, b"\x02" * 32, 5, 2))
    with pytest.raises(ContractReverted, match="EmptyRoot"):
        chain.transact(contract.functions.anchor(902, bytes(32), 1, 2))
    with pytest.raises(ContractReverted, match="AccessControl"):
        chain.transact(contract.functions.anchor(903, b"\x02" * 32, 1, 2), sender=chain.dev_accounts[3])


def test_pending_batch_already_on_chain_is_reconciled_not_resent(log: AuditLog, chain: Any) -> None:
    """The crash window between sending and marking: the contract has the root, the log still says pending."""
    log.append_many(entries(5))
    (batch,) = log.batch(force=True)
    contract = anchor_contract(log, chain)
    log.set_target(batch.id, chain.chain_id, contract.address)
    sent = chain.transact(contract.functions.anchor(batch.id, from_hex(batch.root), 1, 5))
    block_before = chain.w3.eth.block_number
    (done,) = log.anchor(chain)
    assert done.tx_hash == sent.tx_hash and done.block_number == sent.block_number
    assert chain.w3.eth.block_number == block_before  # nothing was sent again
    assert verify_proof(build_proof(log, 3), w3=chain.w3).valid


def test_lost_anchor_event_is_found_in_bounded_windows(
    log: AuditLog, chain: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reconciliation looks for the lost receipt newest-first in small windows, never below the deployment block."""
    from ledgerlm.audit import anchoring

    calls: list[tuple[int, int]] = []
    log.append_many(entries(3))
    (batch,) = log.batch(force=True)
    contract = anchor_contract(log, chain)
    deployed_at = int(log.meta(anchoring._block_key(chain.chain_id)) or -1)
    assert 0 < deployed_at <= chain.w3.eth.block_number  # the log remembers where its contract starts
    log.set_target(batch.id, chain.chain_id, contract.address)
    sent = chain.transact(contract.functions.anchor(batch.id, from_hex(batch.root), 1, 3))
    chain.mine(7)  # the event is now older than the first window
    real = anchoring._logs_between

    def recording(event: Any, low: int, high: int, batch_id: int) -> list[Any]:
        calls.append((low, high))
        return real(event, low, high, batch_id)

    monkeypatch.setattr(anchoring, "LOG_WINDOW_BLOCKS", 3)
    monkeypatch.setattr(anchoring, "_logs_between", recording)
    (done,) = log.anchor(chain)
    assert done.tx_hash == sent.tx_hash and done.block_number == sent.block_number
    assert len(calls) >= 2 and all(high - low < 3 for low, high in calls)  # windows, not one wide scan
    assert calls[0][1] == chain.w3.eth.block_number and min(low for low, _ in calls) >= deployed_at


def test_conflicting_root_on_chain_is_never_overwritten(log: AuditLog, chain: Any) -> None:
    log.append_many(entries(4))
    (batch,) = log.batch(force=True)
    contract = anchor_contract(log, chain)
    chain.transact(contract.functions.anchor(batch.id, b"\x42" * 32, 1, 4))
    with pytest.raises(AuditError, match="already anchored"):
        anchor_batch(log, chain, batch)
    assert log.batches()[0].status == "pending"


def test_auto_anchorer_anchors_by_count_and_stops(tmp_path: Path, chain: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEDGERLM_AUDIT_BATCH_SIZE", "5")
    monkeypatch.setenv("LEDGERLM_AUDIT_BATCH_AGE_S", "3600")
    with AuditLog(tmp_path / "auto.sqlite") as log:
        anchorer = AutoAnchorer(log, chain, interval_s=0.05).start()
        try:
            log.append_many(entries(12))
            anchorer.notify()
            assert wait_for(lambda: len(log.batches("anchored")) == 2, timeout_s=30)
            time.sleep(0.2)
            assert [(b.first_id, b.last_id) for b in log.batches()] == [(1, 5), (6, 10)]  # 2 records wait
        finally:
            anchorer.stop()
        assert not anchorer._thread.is_alive() and anchorer.last_error is None


def test_start_auto_anchor_follows_config(monkeypatch: pytest.MonkeyPatch, chain: Any) -> None:
    from ledgerlm import audit

    monkeypatch.setenv("LEDGERLM_AUDIT_AUTO_ANCHOR", "false")
    assert audit.start_auto_anchor(chain) is None
    monkeypatch.setenv("LEDGERLM_AUDIT_AUTO_ANCHOR", "true")
    monkeypatch.setenv("LEDGERLM_AUDIT_BATCH_SIZE", "2")
    anchorer = audit.start_auto_anchor(chain, interval_s=0.05)
    assert anchorer is not None
    try:
        audit.record_many([{"component": "t", "raw_input": "x", "output": i, "redacted_input": "x"} for i in range(4)])
        anchorer.notify()
        assert wait_for(lambda: len(audit.default_log().batches("anchored")) == 2, timeout_s=30)
    finally:
        anchorer.stop()
