"""Jobs (consensus comparisons) shared by every worker through SQLite in the data dir (``server.sqlite``).

Plans and their confirmations are not kept here: they live in the core's shared ``ConfirmationStore``
(``ledgerlm.assistant.confirmations``), see ``ledgerlm.server.approvals``.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from ledgerlm.config import data_dir
from ledgerlm.server.errors import HttpError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    job_id TEXT PRIMARY KEY,
    session TEXT NOT NULL,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,          -- running | done | failed
    progress REAL NOT NULL DEFAULT 0,
    detail TEXT,
    result TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
"""


class JobStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "server.sqlite"
        with self._db() as conn:
            conn.executescript(_SCHEMA)

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=30, isolation_level=None)) as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA busy_timeout=30000")
            yield conn

    # -- jobs ----------------------------------------------------------------------------------------------
    def job_start(self, session: str, kind: str) -> str:
        job_id = secrets.token_hex(8)
        now = time.time()
        with self._db() as conn:
            conn.execute(
                "INSERT INTO jobs (job_id, session, kind, state, created_at, updated_at) VALUES "
                "(?, ?, ?, 'running', ?, ?)",
                (job_id, session, kind, now, now),
            )
        return job_id

    def job_update(
        self,
        job_id: str,
        *,
        progress: float | None = None,
        detail: str | None = None,
        state: str | None = None,
        result: Any = None,
    ) -> None:
        sets: list[str] = ["updated_at=?"]
        args: list[float | str] = [time.time()]
        for col, value in (("progress", progress), ("detail", detail), ("state", state)):
            if value is not None:
                sets.append(f"{col}=?")
                args.append(value)
        if result is not None:
            sets.append("result=?")
            args.append(json.dumps(result, ensure_ascii=False, default=str))
        with self._db() as conn:
            conn.execute(f"UPDATE jobs SET {', '.join(sets)} WHERE job_id=?", (*args, job_id))

    def job_get(self, session: str, job_id: str, lang: str = "en") -> dict[str, Any]:
        with self._db() as conn:
            row = conn.execute(
                "SELECT kind, state, progress, detail, result, created_at, updated_at FROM jobs "
                "WHERE job_id=? AND session=?",
                (job_id, session),
            ).fetchone()
        if row is None:
            raise HttpError(404, "job_unknown", lang=lang)
        kind, state, progress, detail, result, created, updated = row
        return {
            "job_id": job_id,
            "kind": kind,
            "state": state,
            "progress": progress,
            "detail": detail,
            "result": json.loads(result) if result else None,
            "created_at": created,
            "updated_at": updated,
        }
