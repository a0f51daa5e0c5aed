"""The registry's local side: registry contract addresses per chain, manifests of entries registered from here
(so ``verify`` can name the files that differ, not just say the hash does), and the model receipts of audit records.

One SQLite file, ``<data_dir>/registry/registry.sqlite``, WAL, shared safely by processes.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS contracts (chain_id INTEGER NOT NULL, genesis TEXT NOT NULL, address TEXT NOT NULL,
                                      PRIMARY KEY (chain_id, genesis));
CREATE TABLE IF NOT EXISTS manifests (entry_id TEXT PRIMARY KEY, manifest_hash TEXT NOT NULL, manifest TEXT NOT NULL,
                                      source_path TEXT);
CREATE TABLE IF NOT EXISTS receipts (log_path TEXT NOT NULL, record_id INTEGER NOT NULL, leaf TEXT NOT NULL,
                                     receipt TEXT NOT NULL, PRIMARY KEY (log_path, record_id));
"""

_local = threading.local()


def store_path() -> Path:
    from ledgerlm.config import data_dir

    return data_dir() / "registry" / "registry.sqlite"


def _conn() -> sqlite3.Connection:
    path = store_path()
    key = str(path)
    cached = getattr(_local, "conns", {})
    conn = cached.get(key)
    if conn is None:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        conn = sqlite3.connect(key, timeout=30, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")  # a receipt lost in a power cut can be re-signed from its record
        conn.executescript(_SCHEMA)
        cached[key] = conn
        _local.conns = cached
    return conn


def contract_address(chain_id: int, genesis: str) -> str | None:
    row = (
        _conn()
        .execute("SELECT address FROM contracts WHERE chain_id = ? AND genesis = ?", (chain_id, genesis))
        .fetchone()
    )
    return str(row[0]) if row else None


def set_contract_address(chain_id: int, genesis: str, address: str) -> None:
    _conn().execute("INSERT OR REPLACE INTO contracts VALUES (?, ?, ?)", (chain_id, genesis, address))


def save_manifest(entry_id: str, manifest_hash: str, manifest_json: str, source_path: str | None) -> None:
    _conn().execute(
        "INSERT OR REPLACE INTO manifests VALUES (?, ?, ?, ?)", (entry_id, manifest_hash, manifest_json, source_path)
    )


def load_manifest(entry_id: str) -> tuple[str, str, str | None] | None:
    row = (
        _conn()
        .execute("SELECT manifest_hash, manifest, source_path FROM manifests WHERE entry_id = ?", (entry_id,))
        .fetchone()
    )
    return (str(row[0]), str(row[1]), row[2]) if row else None


def save_receipt(log_path: str, record_id: int, leaf: str, receipt: dict[str, Any]) -> None:
    _conn().execute(
        "INSERT OR REPLACE INTO receipts VALUES (?, ?, ?, ?)",
        (log_path, record_id, leaf, json.dumps(receipt, sort_keys=True)),
    )


def load_receipt(log_path: str, record_id: int) -> dict[str, Any] | None:
    row = (
        _conn()
        .execute("SELECT receipt FROM receipts WHERE log_path = ? AND record_id = ?", (log_path, record_id))
        .fetchone()
    )
    return json.loads(row[0]) if row else None


def count_receipts() -> int:
    return int(_conn().execute("SELECT COUNT(*) FROM receipts").fetchone()[0])
