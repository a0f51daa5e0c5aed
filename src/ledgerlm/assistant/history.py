"""Per-user conversation history, encrypted at rest.

Each message is sealed with AES-GCM (``cryptography``) before it reaches SQLite; the 256-bit key lives beside the
keystore (``<data_dir>/keystore/history.key``, mode 0600). The user id and a timestamp stay in clear so history can
be listed and cleared per user without decrypting; the text and its metadata are never stored in clear.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ledgerlm.config import data_dir
from ledgerlm.errors import ConfigError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id TEXT NOT NULL,
    created_at REAL NOT NULL,
    nonce BLOB NOT NULL,
    sealed BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_user ON messages(user_id, id);
"""


@dataclass(frozen=True)
class Message:
    id: int
    user_id: str
    created_at: float
    role: str
    text: str
    meta: dict[str, Any]


def _key_path() -> Path:
    path = data_dir() / "keystore"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path / "history.key"


def _key() -> bytes:
    path = _key_path()
    if not path.exists():
        key = AESGCM.generate_key(bit_length=256)
        fd = os.open(path.with_suffix(".tmp"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(key)
        os.replace(path.with_suffix(".tmp"), path)
    key = path.read_bytes()
    if len(key) != 32:
        raise ConfigError(f"{path} is not a 256-bit key", hint="delete it to start a new (empty) history")
    return key


class History:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "history.sqlite"
        self._aead = AESGCM(_key())

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=30)) as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.executescript(_SCHEMA)
            with conn:
                yield conn

    def add(self, user_id: str, role: str, text: str, meta: dict[str, Any] | None = None) -> int:
        nonce = os.urandom(12)
        payload = json.dumps({"role": role, "text": text, "meta": meta or {}}, ensure_ascii=False, default=str)
        sealed = self._aead.encrypt(nonce, payload.encode(), user_id.encode())
        with self._db() as conn:
            cur = conn.execute(
                "INSERT INTO messages (user_id, created_at, nonce, sealed) VALUES (?, ?, ?, ?)",
                (user_id, time.time(), nonce, sealed),
            )
            return int(cur.lastrowid or 0)

    def list(self, user_id: str, limit: int = 100) -> list[Message]:
        with self._db() as conn:
            rows = conn.execute(
                "SELECT id, user_id, created_at, nonce, sealed FROM messages WHERE user_id = ? "
                "ORDER BY id DESC LIMIT ?",
                (user_id, limit),
            ).fetchall()
        out = []
        for row_id, uid, created, nonce, sealed in reversed(rows):
            try:
                data = json.loads(self._aead.decrypt(nonce, sealed, uid.encode()))
            except InvalidTag:
                raise ConfigError(
                    f"history message {row_id} cannot be decrypted (wrong key or tampered)",
                    hint="restore history.key, or clear the history",
                ) from None
            out.append(Message(row_id, uid, created, data["role"], data["text"], data["meta"]))
        return out

    def clear(self, user_id: str | None = None) -> int:
        with self._db() as conn:
            if user_id is None:
                cur = conn.execute("DELETE FROM messages")
            else:
                cur = conn.execute("DELETE FROM messages WHERE user_id = ?", (user_id,))
            return cur.rowcount
