"""Partition outputs as Parquet files under a base URL (any fsspec URL).

Layout: `<base>/<table>/batch_id=<id>/part-00000.parquet, part-00001...`.
A partition is written to a temporary folder beside its final place and then
moved into place in one step (a rename on a local disk), replacing the
previous version of that partition; readers see the old files or the new ones,
never a mix. On object stores a move is a copy and delete: there, a reader
should go through the DuckDB warehouse, which loads a partition in one
transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from pathlib import Path

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")


def default_url(db_path: str | Path) -> str:
    """The local folder beside a warehouse file: `<name>.parquet/`."""
    db = Path(db_path).resolve()
    return str(db.with_name(f"{db.stem}.parquet"))


def _name(value: str) -> str:
    if not value or not set(value) <= SAFE or value.startswith("."):
        raise ValueError(f"unsafe partition or table name: {value!r}")
    return value


def partition_url(base: str, table: str, batch_id: str) -> str:
    return f"{base.rstrip('/')}/{_name(table)}/batch_id={_name(batch_id)}"


def write_partition(base: str, table: str, batch_id: str, parts: Iterable[pa.Table],
                    schema: pa.Schema) -> tuple[str, int]:
    """Write a partition's tables as part files and publish them; (url, rows)."""
    fs, root = fsspec.core.url_to_fs(base)
    final = partition_url(root, table, batch_id)
    tmp = f"{final}.tmp-{uuid.uuid4().hex[:8]}"
    fs.makedirs(tmp, exist_ok=True)
    rows = 0
    n = 0
    for part in parts:
        if part.num_rows == 0:
            continue
        with fs.open(f"{tmp}/part-{n:05d}.parquet", "wb") as f:
            pq.write_table(part.cast(schema), f)
        rows += part.num_rows
        n += 1
    if n == 0:  # an empty partition still has a file, so readers know its schema
        with fs.open(f"{tmp}/part-00000.parquet", "wb") as f:
            pq.write_table(schema.empty_table(), f)
    _replace(fs, tmp, final)
    return final, rows


def _replace(fs, tmp: str, final: str) -> None:
    old = f"{final}.old-{uuid.uuid4().hex[:8]}"
    if fs.exists(final):
        fs.mv(final, old, recursive=True)
    fs.mv(tmp, final, recursive=True)
    if fs.exists(old):
        fs.rm(old, recursive=True)


def read_partition(base: str, table: str, batch_id: str) -> pa.Table:
    """A published partition as one Arrow table (part files in order)."""
    fs, root = fsspec.core.url_to_fs(base)
    folder = partition_url(root, table, batch_id)
    files = sorted(p for p in fs.ls(folder, detail=False) if p.endswith(".parquet"))
    tables = []
    for path in files:
        with fs.open(path, "rb") as f:
            tables.append(pq.read_table(f))
    return pa.concat_tables(tables) if tables else pa.table({})
