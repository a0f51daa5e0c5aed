"""OS file locks in the data directory, so several ledgerlm processes can share one data dir safely.

Each lock is an ``fcntl.flock`` on a file under ``<data_dir>/locks/``; the kernel releases it when the process
dies, so a killed process never leaves a stale lock behind. Every wait has a deadline: past it the caller gets a
``ChainError`` that names what it waited for, never a silent hang.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

from ledgerlm.config import data_dir
from ledgerlm.errors import ChainError

DEFAULT_TIMEOUT_S = 60.0


def lock_dir() -> Path:
    path = data_dir() / "locks"
    path.mkdir(parents=True, exist_ok=True)
    return path


@contextlib.contextmanager
def file_lock(name: str, *, what: str, timeout_s: float = DEFAULT_TIMEOUT_S) -> Iterator[None]:
    """Hold the exclusive lock ``name`` (a file name, no slashes) for the ``with`` block.

    ``what`` says in plain words what the lock protects; it is named in the timeout message."""
    path = lock_dir() / name
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + timeout_s
        delay = 0.005
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() > deadline:
                    raise ChainError(
                        f"waited {timeout_s:.0f} s for another ledgerlm process holding the lock on {what}",
                        hint=f"another command is still running on this data dir; retry when it ends ({path})",
                    ) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.05)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
