"""The record of every deployment ledgerlm made: SQLite in the data dir (spec, source hash, ABI, where, when)."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ledgerlm.config import data_dir
from ledgerlm.errors import ConfigError, NotFound
from ledgerlm.jsonutil import to_jsonable

_SCHEMA = """
CREATE TABLE IF NOT EXISTS deployments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    contract_name TEXT NOT NULL,
    request TEXT,
    lang TEXT,
    spec_json TEXT NOT NULL,
    parties_json TEXT NOT NULL,
    source_hash TEXT NOT NULL,
    artifact_key TEXT NOT NULL,
    abi_json TEXT NOT NULL,
    address TEXT NOT NULL,
    chain_id INTEGER NOT NULL,
    backend TEXT NOT NULL,
    tx_hash TEXT NOT NULL,
    block_number INTEGER NOT NULL,
    gas_used INTEGER NOT NULL,
    deployer TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS deployments_address ON deployments(chain_id, address);
CREATE TABLE IF NOT EXISTS journal (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    op TEXT NOT NULL,
    state TEXT NOT NULL,
    backend TEXT NOT NULL,
    url TEXT,
    chain_id INTEGER NOT NULL,
    genesis_hash TEXT,
    sender TEXT NOT NULL,
    nonce INTEGER,
    address TEXT,
    tx_hash TEXT,
    steps_json TEXT NOT NULL,
    payload_json TEXT NOT NULL,
    deployment_id INTEGER,
    note TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS sources (
    source_hash TEXT PRIMARY KEY,
    filename TEXT NOT NULL,
    source TEXT NOT NULL
);
"""


@dataclass
class Deployment:
    id: int
    kind: str
    contract_name: str
    request: str | None
    lang: str | None
    spec: dict[str, Any]
    parties: dict[str, Any]
    source_hash: str
    artifact_key: str
    abi: list[dict[str, Any]] = field(repr=False)
    address: str
    chain_id: int
    backend: str
    tx_hash: str
    block_number: int
    gas_used: int
    deployer: str
    created_at: float
    genesis_hash: str | None = None
    block_hash: str | None = None
    funded: int = 1
    #: ``ok``, ``lost`` (the node's state no longer holds it), ``unfunded`` or ``unknown`` (chain not reachable)
    status: str = "unknown"

    def summary(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "contract": self.contract_name,
            "address": self.address,
            "chain_id": self.chain_id,
            "backend": self.backend,
            "tx_hash": self.tx_hash,
            "block_number": self.block_number,
            "gas_used": self.gas_used,
            "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self.created_at)),
            "request": self.request,
            "genesis_hash": self.genesis_hash,
            "block_hash": self.block_hash,
            "status": self.status,
        }


def db_path() -> Path:
    return data_dir() / "deployments.sqlite"


_ADDED_COLUMNS = (("genesis_hash", "TEXT"), ("block_hash", "TEXT"), ("funded", "INTEGER NOT NULL DEFAULT 1"))


@contextmanager
def _db(write: bool = False) -> Iterator[sqlite3.Connection]:
    """One transaction on the registry; writers also hold the data dir's registry lock (one writer at a time
    across processes, with a deadline instead of SQLite's 'database is locked')."""
    from ledgerlm.chain.locks import file_lock

    with contextlib.ExitStack() as stack:
        if write:
            stack.enter_context(file_lock("registry.lock", what="the deployment registry", timeout_s=60))
        conn = stack.enter_context(closing(sqlite3.connect(db_path(), timeout=30)))
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.executescript(_SCHEMA)
            have = {row[1] for row in conn.execute("PRAGMA table_info(deployments)")}
            for name, decl in _ADDED_COLUMNS:
                if name not in have:
                    conn.execute(f"ALTER TABLE deployments ADD COLUMN {name} {decl}")
        except sqlite3.DatabaseError as exc:
            raise ConfigError(
                f"the deployment registry {db_path()} is damaged or not a database: {exc}",
                hint="move the file away; ledgerlm starts a new registry",
            ) from None
        conn.row_factory = sqlite3.Row
        with conn:  # one transaction: committed on success, rolled back on error
            yield conn


def save_source(source_hash: str, filename: str, source: str) -> None:
    with _db(write=True) as conn:
        conn.execute("INSERT OR IGNORE INTO sources VALUES (?, ?, ?)", (source_hash, filename, source))


def load_source(source_hash: str) -> tuple[str, str] | None:
    with _db() as conn:
        row = conn.execute("SELECT filename, source FROM sources WHERE source_hash = ?", (source_hash,)).fetchone()
    return (row["filename"], row["source"]) if row else None


def record(**values: Any) -> Deployment:
    spec, parties, abi = values.pop("spec"), values.pop("parties"), values.pop("abi")
    values = {
        **values,
        "spec_json": json.dumps(to_jsonable(spec), ensure_ascii=False),
        "parties_json": json.dumps(parties, ensure_ascii=False),
        "abi_json": json.dumps(abi),
        "created_at": time.time(),
    }
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    with _db(write=True) as conn:
        cur = conn.execute(f"INSERT INTO deployments ({columns}) VALUES ({marks})", tuple(values.values()))
        new_id = int(cur.lastrowid or 0)
    return get(new_id)


def _row(row: sqlite3.Row) -> Deployment:
    data = dict(row)
    return Deployment(
        spec=json.loads(data.pop("spec_json")),
        parties=json.loads(data.pop("parties_json")),
        abi=json.loads(data.pop("abi_json")),
        **data,
    )


#: SQLite's INTEGER is a signed 64-bit number: an id outside it cannot be stored, so it names no deployment
_MAX_ID = 2**63 - 1


def get(deployment_id: int) -> Deployment:
    if not 0 < deployment_id <= _MAX_ID:
        raise NotFound(f"no deployment #{deployment_id}", hint="list them with `ledgerlm deployments`")
    with _db() as conn:
        row = conn.execute("SELECT * FROM deployments WHERE id = ?", (deployment_id,)).fetchone()
    if row is None:
        raise NotFound(f"no deployment #{deployment_id}", hint="list them with `ledgerlm deployments`")
    return _row(row)


def find_by_address(address: str, chain_id: int | None = None) -> Deployment | None:
    query = "SELECT * FROM deployments WHERE lower(address) = lower(?)"
    args: tuple[Any, ...] = (address,)
    if chain_id is not None:
        query += " AND chain_id = ?"
        args += (chain_id,)
    with _db() as conn:
        row = conn.execute(query + " ORDER BY id DESC LIMIT 1", args).fetchone()
    return _row(row) if row else None


def list_deployments(limit: int = 100, *, with_status: bool = True) -> list[Deployment]:
    """Newest first. ``with_status`` checks each managed-node deployment against the node (``ok``/``lost``)."""
    with _db() as conn:
        rows = conn.execute("SELECT * FROM deployments ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    found = [_row(r) for r in rows]
    if with_status:
        annotate_status(found)
    return found


def annotate_status(deployments: list[Deployment]) -> None:
    """Set ``status`` on each deployment of the managed anvil (the only chain a later process can reach again
    without a URL); an in-process chain ends with its process, so its deployments are ``lost`` afterwards."""
    if any(d.backend == "anvil" for d in deployments):
        from ledgerlm.chain import connect

        chain = connect("anvil")
        for dep in deployments:
            if dep.backend == "anvil":
                dep.status = deployment_status(dep, chain)


# -- chain identity -------------------------------------------------------------------------------------------
def deployment_status(dep: Deployment, chain: Any) -> str:
    """``ok`` when ``chain`` still holds the deployment: same chain id, same genesis, the block it was mined in
    still has the same hash and there is code at the address. ``lost`` when this is that chain but its state no
    longer contains it (a node restarted from an older dump, or reset); ``unknown`` for another chain."""
    if chain is None or int(chain.chain_id) != int(dep.chain_id):
        return "unknown"
    if dep.genesis_hash and chain.genesis_hash != dep.genesis_hash:
        return "unknown" if dep.backend not in ("anvil", "memory") else "lost"
    if dep.block_hash and chain.block_hash(dep.block_number) != dep.block_hash:
        return "lost"
    if not chain.code(dep.address):
        return "lost"
    return "ok" if dep.funded else "unfunded"


def mark_funded(deployment_id: int) -> None:
    with _db(write=True) as conn:
        conn.execute("UPDATE deployments SET funded = 1 WHERE id = ?", (deployment_id,))


# -- the journal of multi-step operations -------------------------------------------------------------------------
@dataclass
class JournalEntry:
    id: int
    op: str
    state: str
    backend: str
    url: str | None
    chain_id: int
    genesis_hash: str | None
    sender: str
    nonce: int | None
    address: str | None
    tx_hash: str | None
    steps: list[str]
    payload: dict[str, Any] = field(repr=False)
    deployment_id: int | None
    note: str | None
    created_at: float
    updated_at: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "op": self.op,
            "state": self.state,
            "backend": self.backend,
            "chain_id": self.chain_id,
            "sender": self.sender,
            "nonce": self.nonce,
            "address": self.address,
            "tx_hash": self.tx_hash,
            "steps_done": self.steps,
            "deployment_id": self.deployment_id,
            "note": self.note,
            "kind": self.payload.get("kind"),
            "request": self.payload.get("request"),
        }


def journal_open(
    op: str,
    *,
    backend: str,
    url: str | None,
    chain_id: int,
    genesis_hash: str | None,
    sender: str,
    payload: dict[str, Any],
) -> int:
    """Write the pending row of an operation before its first transaction."""
    now = time.time()
    with _db(write=True) as conn:
        cur = conn.execute(
            "INSERT INTO journal (op, state, backend, url, chain_id, genesis_hash, sender, steps_json, payload_json,"
            " created_at, updated_at) VALUES (?, 'pending', ?, ?, ?, ?, ?, '[]', ?, ?, ?)",
            (
                op,
                backend,
                url,
                chain_id,
                genesis_hash,
                sender,
                json.dumps(to_jsonable(payload), ensure_ascii=False),
                now,
                now,
            ),
        )
        return int(cur.lastrowid or 0)


def journal_update(entry_id: int, *, step: str | None = None, **values: Any) -> None:
    """Record a finished step and/or new values (state, nonce, address, tx_hash, deployment_id, note)."""
    with _db(write=True) as conn:
        row = conn.execute("SELECT steps_json FROM journal WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            return
        steps = json.loads(row["steps_json"])
        if step and step not in steps:
            steps.append(step)
        sets = {**values, "steps_json": json.dumps(steps), "updated_at": time.time()}
        conn.execute(
            f"UPDATE journal SET {', '.join(k + ' = ?' for k in sets)} WHERE id = ?", (*sets.values(), entry_id)
        )


def _journal_row(row: sqlite3.Row) -> JournalEntry:
    data = dict(row)
    return JournalEntry(steps=json.loads(data.pop("steps_json")), payload=json.loads(data.pop("payload_json")), **data)


def journal_get(entry_id: int) -> JournalEntry:
    with _db() as conn:
        row = conn.execute("SELECT * FROM journal WHERE id = ?", (entry_id,)).fetchone()
    if row is None:
        raise NotFound(f"no journal entry #{entry_id}", hint="list them with `ledgerlm journal`")
    return _journal_row(row)


def journal_unfinished() -> list[JournalEntry]:
    """Operations not complete: ``pending`` (still running or interrupted) and ``incomplete`` (steps missing)."""
    if not db_path().exists():
        return []
    with _db() as conn:
        rows = conn.execute("SELECT * FROM journal WHERE state IN ('pending', 'incomplete') ORDER BY id").fetchall()
    return [_journal_row(r) for r in rows]


def journal_all(limit: int = 100) -> list[JournalEntry]:
    with _db() as conn:
        rows = conn.execute("SELECT * FROM journal ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    return [_journal_row(r) for r in rows]
