"""``check`` finds the first record that was changed, deleted, inserted or reordered, and any stale anchored root.

Each test tampers with the SQLite file directly, as someone with the file would: triggers dropped first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
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
        " leaf, prev, link FROM records WHERE id = ?", (rid,)
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
