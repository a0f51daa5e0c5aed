"""File manifests: what exactly a model or data-set entry is made of.

A manifest lists every file under a path with its size and sha256, sorted by POSIX path relative to the root. Its
hash is the sha256 of the canonical JSON text of that list (keys sorted, no spaces, UTF-8), so anyone can recompute
it with a few lines of any language (docs/registry.md has the recipe). Hashing is streamed in 1 MiB chunks; results
are cached per (path, size, mtime) in the data dir, because the same weight files are hashed for every decision
that names them.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from ledgerlm.errors import InputError

_CHUNK = 1 << 20


@dataclass(frozen=True)
class FileEntry:
    path: str
    size: int
    sha256: str

    def to_dict(self) -> dict[str, object]:
        return {"path": self.path, "sha256": self.sha256, "size": self.size}


@dataclass(frozen=True)
class Manifest:
    files: tuple[FileEntry, ...]

    def canonical_json(self) -> str:
        return json.dumps([f.to_dict() for f in self.files], sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    @property
    def hash(self) -> str:
        """``0x`` + sha256 of the canonical JSON (32 bytes, as the registry stores it)."""
        return "0x" + hashlib.sha256(self.canonical_json().encode("utf-8")).hexdigest()

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.files)

    def to_dict(self) -> dict[str, object]:
        return {"hash": self.hash, "files": [f.to_dict() for f in self.files], "total_bytes": self.total_bytes}

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        rows = json.loads(text)
        return cls(tuple(FileEntry(str(r["path"]), int(r["size"]), str(r["sha256"])) for r in rows))


@dataclass(frozen=True)
class FileDifference:
    path: str
    change: str  # "changed" | "missing" | "added"
    expected_sha256: str | None = None
    actual_sha256: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "change": self.change,
            "expected_sha256": self.expected_sha256,
            "actual_sha256": self.actual_sha256,
        }


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class _HashCache:
    """(absolute path, size, mtime_ns) -> sha256, in ``<data_dir>/cache/file_hashes.sqlite`` (one connection per
    thread and cache file: SQLite connections must not cross threads, and the server runs requests in threads)."""

    def __init__(self) -> None:
        self._local = threading.local()

    def _conn(self) -> sqlite3.Connection | None:
        try:
            from ledgerlm.config import cache_dir

            key = str(cache_dir() / "file_hashes.sqlite")
        except OSError:
            return None
        conns: dict[str, sqlite3.Connection] = getattr(self._local, "conns", None) or {}
        self._local.conns = conns
        if key not in conns:
            try:
                db = sqlite3.connect(key, timeout=10, isolation_level=None)
                db.execute("CREATE TABLE IF NOT EXISTS h (path TEXT PRIMARY KEY, size INT, mtime INT, sha TEXT)")
            except (OSError, sqlite3.Error):
                return None  # a read-only data dir only costs speed
            conns[key] = db
        return conns[key]

    def get(self, path: Path, st: os.stat_result) -> str:
        db = self._conn()
        key = str(path)
        if db is not None:
            row = db.execute("SELECT size, mtime, sha FROM h WHERE path = ?", (key,)).fetchone()
            if row and row[0] == st.st_size and row[1] == st.st_mtime_ns:
                return str(row[2])
        sha = sha256_file(path)
        if db is not None:
            with contextlib.suppress(sqlite3.Error):
                db.execute("INSERT OR REPLACE INTO h VALUES (?, ?, ?, ?)", (key, st.st_size, st.st_mtime_ns, sha))
        return sha


_cache = _HashCache()


def build_manifest(path: str | Path, *, use_cache: bool = True, include: tuple[str, ...] = ()) -> Manifest:
    """The manifest of a file, or of every regular file below a folder (hidden and ``__pycache__`` folders
    skipped). ``include`` limits a folder to these relative paths (for entries made of a few files of a package)."""
    root = Path(path)
    if not root.exists():
        raise InputError(f"{root} does not exist", hint="give the path of a model file or folder")
    if root.is_file():
        candidates = [(root.name, root)]
    elif include:
        candidates = [(rel, root / rel) for rel in include]
    else:
        candidates = []
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != "__pycache__")
            for name in filenames:
                full = Path(dirpath) / name
                candidates.append((full.relative_to(root).as_posix(), full))
    files = []
    for rel, full in candidates:
        if full.is_symlink() or not full.is_file():
            if include:
                raise InputError(f"{full} is not a regular file", hint="check the entry's file list")
            continue
        st = full.stat()
        sha = _cache.get(full.resolve(), st) if use_cache else sha256_file(full)
        files.append(FileEntry(rel, st.st_size, sha))
    if not files:
        raise InputError(f"{root} holds no files", hint="a model or data set needs at least one file")
    files.sort(key=lambda f: f.path)
    return Manifest(tuple(files))


def diff(expected: Manifest, actual: Manifest) -> list[FileDifference]:
    """Every file that differs between two manifests, by path."""
    want = {f.path: f for f in expected.files}
    have = {f.path: f for f in actual.files}
    out = []
    for path in sorted(want.keys() | have.keys()):
        w, h = want.get(path), have.get(path)
        if w and not h:
            out.append(FileDifference(path, "missing", w.sha256, None))
        elif h and not w:
            out.append(FileDifference(path, "added", None, h.sha256))
        elif w and h and (w.sha256 != h.sha256 or w.size != h.size):
            out.append(FileDifference(path, "changed", w.sha256, h.sha256))
    return out
