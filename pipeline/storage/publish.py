"""A read-only copy of the warehouse for analysts, replaced atomically after each run.

DuckDB allows one writing process, and any other process's open connection,
read-only included, blocks it. Analysts therefore read a copy: the run
checkpoints the warehouse, copies the file to a temporary name beside the
copy and renames it over the copy. A reader with the old copy open keeps
reading the old file (the rename does not disturb open files) and sees the new
one when it reconnects; the run never waits for readers.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb


def copy_path(db_path: str | Path) -> Path:
    """Where the analysts' copy of a warehouse lives: `<name>.read.duckdb` beside it."""
    db = Path(db_path)
    return db.with_name(f"{db.stem}.read{db.suffix or '.duckdb'}")


def publish_copy(con: duckdb.DuckDBPyConnection, db_path: str | Path) -> Path:
    """Checkpoint through `con` (the writer), then copy and rename into place."""
    con.execute("CHECKPOINT")
    target = copy_path(db_path)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        shutil.copyfile(db_path, tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target
