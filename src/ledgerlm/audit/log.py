"""The append-only, hash-chained SQLite log of AI decisions.

Durability ("acknowledged"): ``append``/``record``/``record_many`` return only after their transaction has
committed to the write-ahead log. With the default ``synchronous=NORMAL`` a committed record survives the process
being killed at any instant (SIGKILL included); surviving a power loss or kernel crash as well needs
``audit.synchronous = "FULL"`` (an fsync per commit, slower). ``record_many`` is the group commit: one
transaction, one commit, for the whole list - the way to log tens of thousands of records per second.

Every record stores its leaf hash and its link ``keccak(0x02 || previous link || leaf)`` plus the previous link,
so ``check`` can tell a changed record from a deleted, inserted or reordered one. Triggers refuse UPDATE and
DELETE on records; someone with the file can drop them, which is what ``check`` and the on-chain anchors catch.
Several processes may append to one log: each append takes SQLite's write lock and reads the tail inside it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ledgerlm.audit.hashing import (
    LEAF_PREFIX,
    LINK_PREFIX,
    RECORD_VERSION,
    ZERO_HASH,
    canonical_json,
    keccak_new,
    portable_json,
    to_hex,
)
from ledgerlm.audit.merkle import merkle_root
from ledgerlm.audit.models import REFUSED_SECRET, AuditError, AuditRecord, Batch
from ledgerlm.config import data_dir, load_config
from ledgerlm.errors import InputError, NotFound, SecretDetected

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    id INTEGER PRIMARY KEY,
    time TEXT NOT NULL,
    actor TEXT NOT NULL,
    component TEXT NOT NULL,
    kind TEXT,
    model TEXT,
    model_version TEXT,
    input_sha256 TEXT,
    input TEXT,
    output TEXT NOT NULL,
    tx_hashes TEXT NOT NULL,
    v INTEGER NOT NULL,
    leaf BLOB NOT NULL,
    prev BLOB NOT NULL,
    link BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS batches (
    id INTEGER PRIMARY KEY,
    first_id INTEGER NOT NULL,
    last_id INTEGER NOT NULL,
    count INTEGER NOT NULL,
    root BLOB NOT NULL,
    status TEXT NOT NULL,
    created_at REAL NOT NULL,
    chain_id INTEGER,
    contract TEXT,
    tx_hash TEXT,
    block_number INTEGER,
    anchored_at REAL,
    gas_used INTEGER
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS records_no_update BEFORE UPDATE ON records
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS records_no_delete BEFORE DELETE ON records
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""

_INSERT = (
    "INSERT INTO records (id, time, actor, component, kind, model, model_version, input_sha256, input, output,"
    " tx_hashes, v, leaf, prev, link) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_encode_str = json.encoder.encode_basestring
_COLUMNS = (
    "id, time, actor, component, kind, model, model_version, input_sha256, input, output, tx_hashes, v, leaf, link"
)
_HEX = frozenset("0123456789abcdef")


@dataclass(frozen=True)
class Entry:
    """One decision to log, before it gets an id. ``raw_input`` is hashed, never stored; see ``AuditLog.append``."""

    component: str
    raw_input: Any
    output: Any
    actor: str = "user"
    model: str | None = None
    model_version: str | None = None
    tx_hashes: Sequence[str] = ()
    kind: str | None = None
    redacted_input: str | None = None


def default_path() -> Path:
    return data_dir() / "audit.sqlite"


def audit_settings() -> dict[str, Any]:
    """``[audit]`` settings with defaults: batch_size, batch_age_s, auto_anchor, synchronous, chain."""
    section = load_config().get("audit", {})
    return {
        "batch_size": int(section.get("batch_size", 1000)),
        "batch_age_s": float(section.get("batch_age_s", 60)),
        "auto_anchor": bool(section.get("auto_anchor", True)),
        "synchronous": str(section.get("synchronous", "NORMAL")).upper(),
        "chain": str(section.get("chain", "")),
    }


_redact = None


def _redact_text(text: str) -> str:
    """Redact PII with ``ledgerlm.privacy``; an input holding a secret is replaced by a refusal marker."""
    global _redact
    if _redact is None:
        from ledgerlm.privacy import redact

        _redact = redact
    try:
        return _redact(text).text
    except SecretDetected:
        return REFUSED_SECRET


def _normalise_tx(tx: str) -> str:
    if not isinstance(tx, str):
        raise InputError(f"transaction hash must be a string, got {type(tx).__name__}")
    low = tx.lower()
    if len(low) != 66 or not low.startswith("0x") or not _HEX.issuperset(low[2:]):
        raise InputError(f"{tx!r} is not a transaction hash", hint="expected 0x followed by 64 hex digits")
    return low


def _text(value: Any, name: str, *, optional: bool = True) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value:
        raise InputError(f"audit record field {name!r} must be a non-empty string, got {value!r}")
    return value


_BATCH_COLUMNS = (
    "id, first_id, last_id, count, root, status, created_at, chain_id, contract, tx_hash, block_number,"
    " anchored_at, gas_used"
)
#: The dataclass field each selected column fills, in column order (the ``output`` column is ``output_json``),
#: and how a stored value becomes the field's value where it is not the same.
_RECORD_FIELDS = tuple(c.strip() for c in _COLUMNS.replace("output,", "output_json,").split(","))
_BATCH_FIELDS = tuple(c.strip() for c in _BATCH_COLUMNS.split(","))
_RECORD_DECODE: dict[str, Callable[[Any], Any]] = {
    "tx_hashes": lambda text: tuple(json.loads(text)),
    "leaf": to_hex,
    "link": to_hex,
}
_BATCH_DECODE: dict[str, Callable[[Any], Any]] = {"root": to_hex}


def _from_row(fields: tuple[str, ...], decode: dict[str, Callable[[Any], Any]], row: Sequence[Any]) -> dict[str, Any]:
    """One selected row as the keyword arguments of its dataclass."""
    return {name: decode[name](value) if name in decode else value for name, value in zip(fields, row, strict=True)}


def _row_to_record(row: Sequence[Any]) -> AuditRecord:
    return AuditRecord(**_from_row(_RECORD_FIELDS, _RECORD_DECODE, row))


def _row_to_batch(row: Sequence[Any]) -> Batch:
    return Batch(**_from_row(_BATCH_FIELDS, _BATCH_DECODE, row))


class AuditLog:
    """An audit log in one SQLite file (default ``<data_dir>/audit.sqlite``). Thread-safe; several processes
    may share the file."""

    def __init__(self, path: str | Path | None = None, *, synchronous: str | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        settings = audit_settings()
        self.batch_size = max(1, settings["batch_size"])
        self.batch_age_s = settings["batch_age_s"]
        sync = (synchronous or settings["synchronous"]).upper()
        if sync not in ("NORMAL", "FULL", "EXTRA"):
            raise InputError(f"audit.synchronous must be NORMAL, FULL or EXTRA, got {sync!r}")
        self._lock = threading.RLock()
        try:
            self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30.0)
            self._conn.execute("PRAGMA page_size=16384")  # only takes effect on a new file; fewer page writes
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute(f"PRAGMA synchronous={sync}")
            self._conn.execute("PRAGMA busy_timeout=30000")
            self._conn.executescript(_SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise AuditError(f"cannot open the audit log {self.path}: {exc}") from None

    # -- lifecycle --------------------------------------------------------------------------------------
    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> AuditLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- appending --------------------------------------------------------------------------------------
    def append(
        self,
        component: str,
        raw_input: Any,
        output: Any,
        *,
        actor: str = "user",
        model: str | None = None,
        model_version: str | None = None,
        tx_hashes: Sequence[str] = (),
        kind: str | None = None,
        redacted_input: str | None = None,
    ) -> AuditRecord:
        """Log one decision; returns once it is committed (see the module docstring for what that guarantees).

        ``raw_input`` (text, or any JSON value) is stored only as its sha256; the stored input is its PII-redacted
        form, or ``[REFUSED: secret]`` if it held a private key or seed phrase. Callers that already ran
        ``ledgerlm.privacy.redact`` pass the result as ``redacted_input`` to skip a second redaction.
        """
        entry = Entry(component, raw_input, output, actor, model, model_version, tuple(tx_hashes), kind, redacted_input)
        return self.append_many([entry])[0]

    def append_many(self, entries: Iterable[Entry]) -> list[AuditRecord]:
        """Log many decisions in one transaction (group commit). All or none are stored."""
        prepared = [self._prepare(e) for e in entries]
        if not prepared:
            return []
        rows: list[tuple[Any, ...]] = []
        k, leaf_prefix, link_prefix = keccak_new, LEAF_PREFIX, LINK_PREFIX
        with self._lock:
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                tail = conn.execute("SELECT id, link FROM records ORDER BY id DESC LIMIT 1").fetchone()
                high = conn.execute("SELECT value FROM meta WHERE key = 'high_water'").fetchone()
                last_id = max(tail[0] if tail else 0, int(high[0]) if high else 0)
                prev = tail[1] if tail else ZERO_HASH
                stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                rid = last_id
                for p in prepared:
                    rid += 1
                    # canonical bytes = record_bytes(...) (same text, assembled around the two late fields)
                    leaf = k(leaf_prefix + (p[0] + str(rid) + p[1] + stamp + p[2]).encode()).digest()
                    link = k(link_prefix + prev + leaf).digest()
                    rows.append((rid, stamp, *p[3], leaf, prev, link))
                    prev = link
                conn.executemany(_INSERT, rows)
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('high_water', ?)"
                    " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (str(rid),),
                )
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        return [
            AuditRecord(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                r[8],
                r[9],
                p[4],
                "0x" + r[12].hex(),
                "0x" + r[14].hex(),
                RECORD_VERSION,
            )
            for r, p in zip(rows, prepared, strict=True)
        ]

    @staticmethod
    def _prepare(e: Entry) -> tuple[Any, ...]:
        """Everything but the id and time, computed outside the write lock: redaction, input hash, output JSON,
        and the canonical record text split around the id and time."""
        component, actor = e.component, e.actor
        if not isinstance(component, str) or not component:
            raise InputError(f"audit record field 'component' must be a non-empty string, got {component!r}")
        if not isinstance(actor, str) or not actor:
            raise InputError(f"audit record field 'actor' must be a non-empty string, got {actor!r}")
        # every record carries its kind: the caller's, else the component's last part ("language.parse" -> "parse")
        kind = _text(e.kind if e.kind is not None else component.rsplit(".", 1)[-1], "kind")
        model, version = _text(e.model, "model"), _text(e.model_version, "model_version")
        raw = e.raw_input
        if raw is None:
            digest, stored = None, None
        else:
            raw_text = raw if isinstance(raw, str) else canonical_json(raw)
            digest = hashlib.sha256(raw_text.encode("utf-8")).hexdigest()
            stored = e.redacted_input if e.redacted_input is not None else _redact_text(raw_text)
            if not isinstance(stored, str):
                raise InputError("redacted_input must be a string")
        txs = tuple(_normalise_tx(t) for t in e.tx_hashes) if e.tx_hashes else ()
        tx_json = "[" + ",".join(f'"{t}"' for t in txs) + "]"
        output_json = portable_json(e.output)
        esc = _encode_str

        def opt(v: str | None) -> str:
            return "null" if v is None else esc(v)

        head = f'{{"actor":{esc(actor)},"component":{esc(component)},"id":'
        middle = (
            f',"input":{opt(stored)},"input_sha256":{opt(digest)},"kind":{opt(kind)},"model":{opt(model)},'
            f'"model_version":{opt(version)},"output":{output_json},"time":"'
        )
        tail = f'","tx_hashes":{tx_json},"v":{RECORD_VERSION}}}'
        columns = (actor, component, kind, model, version, digest, stored, output_json, tx_json, RECORD_VERSION)
        return head, middle, tail, columns, txs

    # -- reading ----------------------------------------------------------------------------------------
    def get(self, record_id: int) -> AuditRecord:
        with self._lock:
            row = self._conn.execute(f"SELECT {_COLUMNS} FROM records WHERE id = ?", (int(record_id),)).fetchone()
        if row is None:
            raise NotFound(f"no audit record #{record_id}", hint="list records with `ledgerlm audit list`")
        return _row_to_record(row)

    def iter(
        self, start_id: int = 1, end_id: int | None = None, *, component: str | None = None, chunk: int = 5000
    ) -> Iterator[AuditRecord]:
        """Records in id order, read in chunks (constant memory for any log size)."""
        cursor = int(start_id) - 1
        while True:
            sql = f"SELECT {_COLUMNS} FROM records WHERE id > ?"
            args: list[Any] = [cursor]
            if end_id is not None:
                sql += " AND id <= ?"
                args.append(int(end_id))
            if component:
                sql += " AND component = ?"
                args.append(component)
            sql += " ORDER BY id LIMIT ?"
            args.append(chunk)
            with self._lock:
                rows = self._conn.execute(sql, args).fetchall()
            if not rows:
                return
            for row in rows:
                yield _row_to_record(row)
            cursor = rows[-1][0]

    def latest(self, limit: int = 20, *, component: str | None = None) -> list[AuditRecord]:
        sql = f"SELECT {_COLUMNS} FROM records"
        args: list[Any] = []
        if component:
            sql += " WHERE component = ?"
            args.append(component)
        sql += " ORDER BY id DESC LIMIT ?"
        args.append(int(limit))
        with self._lock:
            return [_row_to_record(r) for r in self._conn.execute(sql, args).fetchall()]

    def count(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT count(*) FROM records").fetchone()[0])

    def raw_rows(self, start_id: int = 1, chunk: int = 20000) -> Iterator[tuple[Any, ...]]:
        """(id, fields..., leaf, prev, link) rows as stored, for ``check``."""
        cursor = start_id - 1
        while True:
            with self._lock:
                rows = self._conn.execute(
                    f"SELECT {_COLUMNS.replace('link', 'prev, link')} FROM records WHERE id > ? ORDER BY id LIMIT ?",
                    (cursor, chunk),
                ).fetchall()
            if not rows:
                return
            yield from rows
            cursor = rows[-1][0]

    def sequence_high_water(self) -> int:
        """The highest id ever handed out (kept in ``meta`` in the same transaction as the records)."""
        value = self.meta("high_water")
        return int(value) if value else 0

    def leaves(self, first_id: int, last_id: int) -> list[bytes]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, leaf FROM records WHERE id BETWEEN ? AND ? ORDER BY id", (first_id, last_id)
            ).fetchall()
        if len(rows) != last_id - first_id + 1 or (rows and (rows[0][0] != first_id or rows[-1][0] != last_id)):
            raise AuditError(
                f"records {first_id}..{last_id} are not all present in the log",
                hint="run `ledgerlm audit check` to find what was changed",
            )
        return [r[1] for r in rows]

    # -- batching ---------------------------------------------------------------------------------------
    def batch(self, *, force: bool = False, now: float | None = None) -> list[Batch]:
        """Close batches over the records not yet batched: every full ``batch_size`` run, and the remainder when
        ``force`` is set or its oldest record is older than ``batch_age_s``. Roots are fixed here, in the log,
        before anything is sent to a chain (phase one of anchoring)."""
        created: list[Batch] = []
        now = time.time() if now is None else now
        with self._lock:
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                row = conn.execute("SELECT max(last_id), max(id) FROM batches").fetchone()
                next_first = (row[0] or 0) + 1
                next_batch = (row[1] or 0) + 1
                last_record = conn.execute("SELECT max(id) FROM records").fetchone()[0] or 0
                while next_first <= last_record:
                    last = min(last_record, next_first + self.batch_size - 1)
                    count = last - next_first + 1
                    if count < self.batch_size and not force:
                        oldest = conn.execute("SELECT time FROM records WHERE id = ?", (next_first,)).fetchone()
                        age = now - _parse_time(oldest[0]) if oldest else 0.0
                        if age < self.batch_age_s:
                            break
                    root = merkle_root(self.leaves(next_first, last))
                    conn.execute(
                        "INSERT INTO batches (id, first_id, last_id, count, root, status, created_at)"
                        " VALUES (?,?,?,?,?, 'pending', ?)",
                        (next_batch, next_first, last, count, root, now),
                    )
                    created.append(Batch(next_batch, next_first, last, count, to_hex(root), "pending", now))
                    next_first, next_batch = last + 1, next_batch + 1
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        return created

    def batches(self, status: str | None = None) -> list[Batch]:
        sql = f"SELECT {_BATCH_COLUMNS} FROM batches"
        args: tuple[Any, ...] = ()
        if status:
            sql += " WHERE status = ?"
            args = (status,)
        with self._lock:
            return [_row_to_batch(r) for r in self._conn.execute(sql + " ORDER BY id", args).fetchall()]

    def batch_of(self, record_id: int) -> Batch | None:
        with self._lock:
            row = self._conn.execute(
                f"SELECT {_BATCH_COLUMNS} FROM batches WHERE ? BETWEEN first_id AND last_id", (int(record_id),)
            ).fetchone()
        return _row_to_batch(row) if row else None

    def unbatched(self) -> int:
        with self._lock:
            row = self._conn.execute(
                "SELECT count(*) FROM records WHERE id > (SELECT coalesce(max(last_id), 0) FROM batches)"
            ).fetchone()
        return int(row[0])

    def set_target(self, batch_id: int, chain_id: int, contract: str) -> None:
        """Record where a pending batch is about to be sent (before sending, so a restart knows where to look)."""
        with self._lock:
            self._conn.execute(
                "UPDATE batches SET chain_id = ?, contract = ? WHERE id = ? AND status = 'pending'",
                (chain_id, contract, batch_id),
            )

    def mark_anchored(self, batch_id: int, *, tx_hash: str, block_number: int, gas_used: int | None) -> None:
        with self._lock:
            self._conn.execute(
                "UPDATE batches SET status = 'anchored', tx_hash = ?, block_number = ?, gas_used = ?,"
                " anchored_at = ? WHERE id = ?",
                (tx_hash, block_number, gas_used, time.time(), batch_id),
            )

    # -- metadata ---------------------------------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        with self._lock:
            row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self._lock:
            self._conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def anchor(self, chain: Any, *, force: bool = True) -> list[Batch]:
        """Batch what is due and anchor every pending batch on ``chain`` (see ``ledgerlm.audit.anchoring``)."""
        from ledgerlm.audit.anchoring import anchor_log

        return anchor_log(self, chain, force=force)


def _parse_time(stamp: str) -> float:
    return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC).timestamp()
