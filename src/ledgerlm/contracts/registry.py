"""The record of every deployment ledgerlm made: SQLite in the data dir (spec, source hash, ABI, where, when)."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ledgerlm.config import data_dir
from ledgerlm.errors import NotFound
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
        }


def db_path() -> Path:
    return data_dir() / "deployments.sqlite"


@contextmanager
def _db() -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(db_path(), timeout=30)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.executescript(_SCHEMA)
        conn.row_factory = sqlite3.Row
        with conn:  # one transaction: committed on success, rolled back on error
            yield conn


def save_source(source_hash: str, filename: str, source: str) -> None:
    with _db() as conn:
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
    with _db() as conn:
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


def get(deployment_id: int) -> Deployment:
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


def list_deployments(limit: int = 100) -> list[Deployment]:
    with _db() as conn:
        rows = conn.execute("SELECT * FROM deployments ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    return [_row(r) for r in rows]
