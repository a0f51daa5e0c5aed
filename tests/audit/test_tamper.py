"""``check`` finds the first record that was changed, deleted, inserted or reordered, and any stale anchored root.

Each test tampers with the SQLite file directly, as someone with the file would: triggers dropped first.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ledgerlm.audit.checker import _content_leaf, check_log
from ledgerlm.audit.hashing import LINK_PREFIX, ZERO_HASH, keccak
from ledgerlm.audit.log import AuditLog
from ledgerlm.audit.merkle import merkle_root

from .conftest import entries


@pytest.fixture
def filled(log: AuditLog) -> AuditLog:
    log.append_many(entries(10))
    assert check_log(log).ok
    return log


@pytest.fixture
def db(filled: AuditLog) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(filled.path, isolation_level=None)
    conn.execute("DROP TRIGGER records_no_update")
    conn.execute("DROP TRIGGER records_no_delete")
    yield conn
    conn.close()


def _row(conn: sqlite3.Connection, rid: int) -> tuple[Any, ...]:
    return conn.execute(
        "SELECT id, time, actor, component, kind, model, model_version, input_sha256, input, output, tx_hashes, v,"
        " leaf, prev, link FROM records WHERE id = ?",
        (rid,),
    ).fetchone()


def _rehash_from(conn: sqlite3.Connection, start: int) -> None:
    """What a careful forger does: recompute every leaf and link from ``start`` on so the local chain is clean."""
    prev = ZERO_HASH if start == 1 else _row(conn, start - 1)[14]
    for (rid,) in conn.execute("SELECT id FROM records WHERE id >= ? ORDER BY id", (start,)).fetchall():
        leaf = _content_leaf(_row(conn, rid))
        link = keccak(LINK_PREFIX + prev + leaf)
        conn.execute("UPDATE records SET leaf = ?, prev = ?, link = ? WHERE id = ?", (leaf, prev, link, rid))
        prev = link


def _first(log: AuditLog) -> tuple[str, int | None]:
    report = check_log(log)
    assert not report.ok and report.first_record_issue is not None
    return report.first_record_issue.kind, report.first_record_issue.record_id


def test_changed_record(filled: AuditLog, db: sqlite3.Connection) -> None:
    db.execute("""UPDATE records SET output = '{"principal":"999999"}' WHERE id = 5""")
    assert _first(filled) == ("changed", 5)


def test_changed_hash_columns_only(filled: AuditLog, db: sqlite3.Connection) -> None:
    db.execute("UPDATE records SET link = ? WHERE id = 3", (b"\x11" * 32,))
    assert _first(filled)[1] == 3


def test_deleted_record(filled: AuditLog, db: sqlite3.Connection) -> None:
    db.execute("DELETE FROM records WHERE id = 5")
    assert _first(filled) == ("deleted", 5)


def test_deleted_last_record(filled: AuditLog, db: sqlite3.Connection) -> None:
    db.execute("DELETE FROM records WHERE id = 10")
    assert _first(filled) == ("deleted", 10)


def test_deleted_and_renumbered(filled: AuditLog, db: sqlite3.Connection) -> None:
    db.execute("DELETE FROM records WHERE id = 5")
    for rid in range(6, 11):
        db.execute("UPDATE records SET id = id - 1 WHERE id = ?", (rid,))
    db.execute("UPDATE meta SET value = '9' WHERE key = 'high_water'")
    assert _first(filled) == ("deleted", 5)


def test_inserted_record(filled: AuditLog, db: sqlite3.Connection) -> None:
    for rid in range(10, 4, -1):
        db.execute("UPDATE records SET id = id + 1 WHERE id = ?", (rid,))
    forged = list(_row(db, 4))
    forged[0], forged[9] = 5, '{"principal":"1","forged":true}'
    leaf = _content_leaf(tuple(forged))
    prev = _row(db, 4)[14]
    db.execute(
        "INSERT INTO records (id, time, actor, component, kind, model, model_version, input_sha256, input, output,"
        " tx_hashes, v, leaf, prev, link) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (*forged[:12], leaf, prev, keccak(LINK_PREFIX + prev + leaf)),
    )
    assert _first(filled) == ("inserted", 5)


def test_reordered_records(filled: AuditLog, db: sqlite3.Connection) -> None:
    db.execute("UPDATE records SET id = 1000 WHERE id = 3")
    db.execute("UPDATE records SET id = 3 WHERE id = 7")
    db.execute("UPDATE records SET id = 7 WHERE id = 1000")
    assert _first(filled) == ("reordered", 3)


def test_adjacent_swap_is_reordered(filled: AuditLog, db: sqlite3.Connection) -> None:
    db.execute("UPDATE records SET id = 1000 WHERE id = 1")
    db.execute("UPDATE records SET id = 1 WHERE id = 2")
    db.execute("UPDATE records SET id = 2 WHERE id = 1000")
    assert _first(filled) == ("reordered", 1)


def test_changed_record_also_breaks_its_batch_root(filled: AuditLog, db: sqlite3.Connection) -> None:
    filled.batch(force=True)
    db.execute("""UPDATE records SET input = 'something else' WHERE id = 2""")
    report = check_log(filled)
    assert report.first_record_issue.kind == "changed"
    assert [i.kind for i in report.batch_issues] == ["root_mismatch"]


def test_full_rewrite_is_caught_by_the_anchored_root(filled: AuditLog, db: sqlite3.Connection, chain: Any) -> None:
    filled.anchor(chain)
    assert check_log(filled, chain=chain).ok
    db.execute("""UPDATE records SET output = '{"principal":"0"}' WHERE id = 5""")
    _rehash_from(db, 5)
    leaves = [_row(db, i)[12] for i in range(1, 11)]
    db.execute("UPDATE batches SET root = ? WHERE id = 1", (merkle_root(leaves),))
    assert check_log(filled).ok  # locally consistent: only the chain can tell
    report = check_log(filled, chain=chain)
    assert [(i.kind, i.batch_id) for i in report.batch_issues] == [("root_mismatch", 1)]


# -- the chain as the source of truth: 36 database tamper classes -------------------------------------------------
_COLUMNS = (
    "time",
    "actor",
    "component",
    "kind",
    "model",
    "model_version",
    "input_sha256",
    "input",
    "output",
    "tx_hashes",
)


def _anchored_log(path: Any, chain: Any) -> None:
    """12 records: batches 1 (#1..#5) and 2 (#6..#10) anchored on ``chain``, #11..#12 not yet batched."""
    with AuditLog(path) as log:
        log.append_many(entries(5))
        log.anchor(chain)
        log.append_many(entries(5, start=5))
        log.anchor(chain)
        log.append_many(entries(2, start=10))
        assert check_log(log, chain=chain).ok


@pytest.fixture(scope="module")
def anchored_template(tmp_path_factory: pytest.TempPathFactory, chain: Any) -> Path:
    """``_anchored_log`` once per module: anchoring is the slow part, and every anchor adds blocks that each later
    check reads again. Each test tampers with its own copy of the log's files (``_copy_anchored``); the chain is
    only read after this."""
    folder = tmp_path_factory.mktemp("anchored-template")
    with pytest.MonkeyPatch.context() as mp:  # module fixtures run before the per-test data dir exists
        mp.setenv("LEDGERLM_HOME", str(folder / "home"))
        _anchored_log(folder / "audit.sqlite", chain)
    return folder


def _copy_anchored(template: Path, path: Path, chain: Any) -> None:
    """The template's log (database and the anchors sidecar beside it) at ``path``, checked clean as a fresh one."""
    files = [f for f in template.iterdir() if f.name.startswith("audit.sqlite")]
    assert {f.name for f in files} >= {"audit.sqlite", "audit.sqlite.anchors.json"}
    for f in files:
        shutil.copyfile(f, path.with_name(path.name + f.name[len("audit.sqlite") :]))
    with AuditLog(path) as log:
        assert check_log(log, chain=chain).ok


def _open(path: Any) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TRIGGER IF EXISTS records_no_update")
    conn.execute("DROP TRIGGER IF EXISTS records_no_delete")
    return conn


def _rewrite_anchored(conn: sqlite3.Connection, rid: int = 3) -> None:
    """Change an anchored record and recompute every later leaf/link and the batch roots: locally clean."""
    conn.execute('UPDATE records SET output = \'{"principal":"0"}\' WHERE id = ?', (rid,))
    _rehash_from(conn, rid)
    for bid, first, last in conn.execute("SELECT id, first_id, last_id FROM batches").fetchall():
        leaves = [_row(conn, i)[12] for i in range(first, last + 1)]
        conn.execute("UPDATE batches SET root = ? WHERE id = ?", (merkle_root(leaves), bid))


def _renumber_after_delete(conn: sqlite3.Connection, rid: int) -> None:
    conn.execute("DELETE FROM records WHERE id = ?", (rid,))
    for (other,) in conn.execute("SELECT id FROM records WHERE id > ? ORDER BY id", (rid,)).fetchall():
        conn.execute("UPDATE records SET id = id - 1 WHERE id = ?", (other,))
    conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) - 1 WHERE key = 'high_water'")
    _rehash_from(conn, rid)


def _insert_forged(conn: sqlite3.Connection) -> None:
    for rid in range(12, 3, -1):
        conn.execute("UPDATE records SET id = id + 1 WHERE id = ?", (rid,))
    forged = list(_row(conn, 3))
    forged[0], forged[9] = 4, '{"principal":"1","forged":true}'
    conn.execute(
        "INSERT INTO records (id, time, actor, component, kind, model, model_version, input_sha256, input,"
        " output, tx_hashes, v, leaf, prev, link) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (*forged[:12], b"\0" * 32, b"\0" * 32, b"\0" * 32),
    )
    _rehash_from(conn, 4)


def _swap(conn: sqlite3.Connection, a: int, b: int) -> None:
    conn.execute("UPDATE records SET id = 1000 WHERE id = ?", (a,))
    conn.execute("UPDATE records SET id = ? WHERE id = ?", (a, b))
    conn.execute("UPDATE records SET id = ? WHERE id = 1000", (b,))


def _truncate(path: Any) -> None:
    for suffix in ("-wal", "-shm"):
        with contextlib_suppress():
            Path(str(path) + suffix).unlink()
    Path(path).write_bytes(b"")


def contextlib_suppress() -> Any:
    import contextlib

    return contextlib.suppress(FileNotFoundError)


def _replace_with_fresh_log(path: Any) -> None:
    _truncate(path)
    with AuditLog(path) as fresh:
        fresh.append_many(entries(12, start=100))


def _change_column(col: str) -> Any:
    return lambda c, p: c.execute(f"UPDATE records SET {col} = 'x' WHERE id = 3")


DB_TAMPERS: dict[str, Any] = {
    **{f"change_{col}": _change_column(col) for col in _COLUMNS},
    "change_v": lambda c, p: c.execute("UPDATE records SET v = 9 WHERE id = 3"),
    "change_leaf_only": lambda c, p: c.execute("UPDATE records SET leaf = ? WHERE id = 3", (b"\x11" * 32,)),
    "change_prev_only": lambda c, p: c.execute("UPDATE records SET prev = ? WHERE id = 3", (b"\x11" * 32,)),
    "change_link_only": lambda c, p: c.execute("UPDATE records SET link = ? WHERE id = 3", (b"\x11" * 32,)),
    "delete_first_record": lambda c, p: c.execute("DELETE FROM records WHERE id = 1"),
    "delete_middle_record": lambda c, p: c.execute("DELETE FROM records WHERE id = 7"),
    "delete_last_anchored_record": lambda c, p: c.execute("DELETE FROM records WHERE id = 10"),
    "delete_and_renumber_rehashed": lambda c, p: _renumber_after_delete(c, 4),
    "insert_forged_record_rehashed": lambda c, p: _insert_forged(c),
    "reorder_records": lambda c, p: _swap(c, 2, 8),
    "swap_adjacent_records": lambda c, p: _swap(c, 1, 2),
    "full_rewrite_with_roots": lambda c, p: _rewrite_anchored(c),
    "empty_records_table": lambda c, p: c.execute("DELETE FROM records"),
    "empty_all_tables": lambda c, p: [c.execute(f"DELETE FROM {t}") for t in ("records", "batches", "meta")],
    "drop_records_table": lambda c, p: c.execute("DROP TABLE records"),
    "delete_batch_row": lambda c, p: c.execute("DELETE FROM batches WHERE id = 1"),
    "delete_all_batch_rows": lambda c, p: c.execute("DELETE FROM batches"),
    "demote_batch_to_pending": lambda c, p: c.execute("UPDATE batches SET status = 'pending' WHERE id = 2"),
    "demote_then_rewrite_anchored_record": lambda c, p: (
        c.execute("UPDATE batches SET status = 'pending' WHERE id = 1"),
        _rewrite_anchored(c),
    ),
    "delete_batch_then_rewrite_its_records": lambda c, p: (
        c.execute("DELETE FROM batches WHERE id = 1"),
        _rewrite_anchored(c, 2),
    ),
    "change_batch_root": lambda c, p: c.execute("UPDATE batches SET root = ? WHERE id = 1", (b"\x22" * 32,)),
    "change_batch_range": lambda c, p: c.execute("UPDATE batches SET last_id = 4 WHERE id = 1"),
    "change_batch_contract": lambda c, p: c.execute(
        "UPDATE batches SET contract = '0x000000000000000000000000000000000000dEaD' WHERE id = 1"
    ),
    "delete_tail_batch_consistently": lambda c, p: (
        c.execute("DELETE FROM records WHERE id > 5"),
        c.execute("DELETE FROM batches WHERE id = 2"),
        c.execute("UPDATE meta SET value = '5' WHERE key = 'high_water'"),
    ),
    "delete_meta": lambda c, p: c.execute("DELETE FROM meta"),
    "delete_anchor_meta_and_batches": lambda c, p: (c.execute("DELETE FROM meta"), c.execute("DELETE FROM batches")),
    "truncate_file_to_zero": lambda c, p: (c.close(), _truncate(p)),
    "replace_with_fresh_log": lambda c, p: (c.close(), _replace_with_fresh_log(p)),
    "rewrite_unbatched_and_anchored": lambda c, p: (
        c.execute("UPDATE records SET input = 'y' WHERE id = 11"),
        _rewrite_anchored(c, 6),
    ),
}


def test_there_are_at_least_36_database_tamper_classes() -> None:
    assert len(DB_TAMPERS) >= 36


@pytest.mark.parametrize("name", sorted(DB_TAMPERS))
def test_every_database_tamper_is_detected_with_the_chain(
    name: str, tmp_path: Path, chain: Any, anchored_template: Path
) -> None:
    path = tmp_path / "audit.sqlite"
    _copy_anchored(anchored_template, path, chain)
    conn = _open(path)
    DB_TAMPERS[name](conn, path)
    with contextlib_suppress():
        conn.close()
    with AuditLog(path) as log:
        report = check_log(log, chain=chain)
    assert not report.ok, f"{name} went unnoticed"
    assert report.issues and all(i.message for i in report.issues)


def test_offline_check_says_what_it_cannot_see(tmp_path: Path, chain: Any, anchored_template: Path) -> None:
    path = tmp_path / "audit.sqlite"
    _copy_anchored(anchored_template, path, chain)
    conn = _open(path)
    conn.execute("DELETE FROM batches WHERE id = 1")
    conn.close()
    with AuditLog(path) as log:
        offline = check_log(log)
        online = check_log(log, chain=chain)
    assert offline.ok and offline.limits and "--chain" in offline.limits[0]
    assert [i.kind for i in online.issues] == ["batch_missing"]
    assert online.to_dict()["limits"] == []


# -- 20 proof-field tampers, checked by the standalone verifier against the chain ----------------------------------
def _set(path: tuple[Any, ...], value: Any) -> Any:
    def apply(proof: dict[str, Any]) -> None:
        target: Any = proof
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value(target[path[-1]]) if callable(value) else value

    return apply


PROOF_TAMPERS: dict[str, Any] = {
    "record.actor": _set(("record", "actor"), "mallory"),
    "record.component": _set(("record", "component"), "contracts.create"),
    "record.id": _set(("record", "id"), 4),
    "record.input": _set(("record", "input"), "something else"),
    "record.input_sha256": _set(("record", "input_sha256"), "00" * 32),
    "record.kind": _set(("record", "kind"), "intent"),
    "record.model": _set(("record", "model"), "gpt"),
    "record.model_version": _set(("record", "model_version"), "9.9.9"),
    "record.output": _set(("record", "output"), {"kind": "loan", "principal": "999999"}),
    "record.time": _set(("record", "time"), "2020-01-01T00:00:00Z"),
    "record.tx_hashes": _set(("record", "tx_hashes"), ["0x" + "ab" * 32]),
    "record.v": _set(("record", "v"), 2),
    "leaf": _set(("leaf",), "0x" + "11" * 32),
    "index": _set(("index",), 0),
    "path.hash": lambda p: p["path"][0].__setitem__("hash", "0x" + "22" * 32),
    "path.position": lambda p: p["path"][0].__setitem__(
        "position", "left" if p["path"][0]["position"] == "right" else "right"
    ),
    "path.dropped": lambda p: p["path"].pop(),
    "root": _set(("root",), "0x" + "33" * 32),
    "batch.id": _set(("batch", "id"), 2),
    "batch.range": _set(("batch", "first_id"), 2),
    "anchor.contract": _set(("anchor", "contract"), "0x000000000000000000000000000000000000dEaD"),
    "anchor.tx_hash": _set(("anchor", "tx_hash"), "0x" + "44" * 32),
    "anchor.chain_id": _set(("anchor", "chain_id"), 1),
}


@pytest.fixture(scope="module")
def anchored_proof(tmp_path_factory: pytest.TempPathFactory, chain: Any) -> dict[str, Any]:
    """The proof of record #3 of a 5-record log anchored on the module's chain, built once (anchoring is the slow
    part); each test forges its own deep copy."""
    from ledgerlm.audit import prove

    folder = tmp_path_factory.mktemp("proof-template")
    with pytest.MonkeyPatch.context() as mp:  # module fixtures run before the per-test data dir exists
        mp.setenv("LEDGERLM_HOME", str(folder / "home"))
        with AuditLog(folder / "audit.sqlite") as log:
            log.append_many(entries(5))
            log.anchor(chain)
            proof: dict[str, Any] = prove(3, log=log)
    return proof


@pytest.mark.parametrize("name", sorted(PROOF_TAMPERS))
def test_every_proof_field_tamper_is_detected(name: str, chain: Any, anchored_proof: dict[str, Any]) -> None:
    import copy

    from ledgerlm.audit.verify import verify_proof

    proof = copy.deepcopy(anchored_proof)
    assert verify_proof(copy.deepcopy(proof), w3=chain.w3).valid
    forged = copy.deepcopy(proof)
    PROOF_TAMPERS[name](forged)
    try:
        result = verify_proof(forged, w3=chain.w3)
    except Exception as exc:  # a refusal is a detection too, but it must be a typed error
        from ledgerlm.errors import LedgerError

        assert isinstance(exc, LedgerError), f"{name}: {type(exc).__name__}"
        return
    assert not result.valid, f"{name} went unnoticed"


def test_there_are_at_least_20_proof_field_tampers() -> None:
    assert len(PROOF_TAMPERS) >= 20
