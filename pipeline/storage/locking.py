"""One writer at a time, across processes: an exclusive lock file beside the database.

DuckDB lets one process write a database file and refuses a second one with
an error. Every writer in ClaimLedger (an asset, a check, a command-line run)
takes this lock first, so a second writer waits for the first to finish
instead of failing. The lock is re-entrant within a process, so nested
writers in one run do not wait for themselves.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
from collections.abc import Iterator
from pathlib import Path

_guard = threading.RLock()
_held: dict[str, list[int]] = {}   # lock path -> [fd, depth]


def lock_path(db_path: str | Path) -> Path:
    db = Path(db_path)
    return db.with_name(f".{db.name}.writer.lock")


@contextlib.contextmanager
def writer_lock(db_path: str | Path) -> Iterator[None]:
    """Hold the database's writer lock (waiting for it) for the `with` block."""
    if str(db_path) == ":memory:":
        yield
        return
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    key = str(path.resolve())
    with _guard:
        entry = _held.get(key)
        if entry is not None:
            entry[1] += 1
        else:
            fd = os.open(key, os.O_RDWR | os.O_CREAT, 0o644)
            fcntl.flock(fd, fcntl.LOCK_EX)  # blocks while another process writes
            _held[key] = [fd, 1]
    try:
        yield
    finally:
        with _guard:
            entry = _held[key]
            entry[1] -= 1
            if entry[1] == 0:
                fcntl.flock(entry[0], fcntl.LOCK_UN)
                os.close(entry[0])
                del _held[key]
