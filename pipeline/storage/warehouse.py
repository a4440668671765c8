"""The DuckDB warehouse: schema, per-batch replacement in one transaction, reads.

Functions take an open connection; the caller decides how long it lives
(short: open, write one batch, close). Table names used in SQL come from the
allow-list below, values are always bound parameters.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd

from pipeline.storage.ddl import all_tables_sql, columns
from pipeline.validate.schemas import TABLE_MODELS, ClaimSchema

#: tables written per batch (each has a batch_id column)
BATCH_TABLES = ("documents", "ingest_log", "claims_extracted", "claims", "claims_rejected")

EXTRA_DDL = (
    """CREATE TABLE IF NOT EXISTS batches (
    batch_id VARCHAR NOT NULL,
    root VARCHAR NOT NULL,
    n_files BIGINT NOT NULL,
    stage VARCHAR NOT NULL,
    updated_at TIMESTAMP NOT NULL
)""",
    """CREATE TABLE IF NOT EXISTS check_failures (
    check_name VARCHAR NOT NULL,
    run_id VARCHAR NOT NULL,
    checked_at TIMESTAMP NOT NULL,
    severity VARCHAR NOT NULL,
    table_name VARCHAR NOT NULL,
    claim_ids VARCHAR[],
    details VARCHAR
)""",
    """CREATE TABLE IF NOT EXISTS check_runs (
    check_name VARCHAR NOT NULL,
    asset VARCHAR NOT NULL,
    run_id VARCHAR NOT NULL,
    checked_at TIMESTAMP NOT NULL,
    severity VARCHAR NOT NULL,
    passed BOOLEAN NOT NULL,
    n_failures BIGINT NOT NULL,
    sql VARCHAR
)""",
)


#: columns of the tables that have no pandera model (run bookkeeping)
LOG_TABLE_COLUMNS = {
    "check_failures": ("check_name", "run_id", "checked_at", "severity", "table_name",
                       "claim_ids", "details"),
}


def table_columns(table: str) -> tuple[str, ...]:
    """Column names of a stored table, in order (an allow-list of tables)."""
    if table == "claims_extracted":
        return tuple(columns(ClaimSchema))
    if table in LOG_TABLE_COLUMNS:
        return LOG_TABLE_COLUMNS[table]
    if table in TABLE_MODELS:
        return tuple(columns(TABLE_MODELS[table]))
    raise ValueError(f"unknown table {table!r}")


def _checked(table: str) -> str:
    if table not in BATCH_TABLES:
        raise ValueError(f"not a batch table: {table!r}")
    return table


def connect(db_path: str | Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection to the warehouse file (its folder is created for writers)."""
    path = Path(db_path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    return duckdb.connect(str(path), read_only=read_only)


def connect_with_retry(db_path: str | Path, *, attempts: int = 10,
                       first_wait: float = 0.1) -> duckdb.DuckDBPyConnection:
    """connect(), retried with exponential backoff while another process holds the lock."""
    import time

    wait = first_wait
    for attempt in range(attempts):
        try:
            return connect(db_path)
        except duckdb.IOException as err:
            if "lock" not in str(err).lower() or attempt == attempts - 1:
                raise
            time.sleep(wait)
            wait = min(wait * 2, 10.0)
    raise AssertionError("unreachable")


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create every table that does not exist yet."""
    for stmt in all_tables_sql():
        con.execute(stmt)
    for stmt in EXTRA_DDL:
        con.execute(stmt)


@contextlib.contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """BEGIN ... COMMIT, or ROLLBACK on any exception."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def delete_batch(con: duckdb.DuckDBPyConnection, table: str, batch_id: str) -> None:
    con.execute(f"DELETE FROM {_checked(table)} WHERE batch_id = ?", [batch_id])


def append(con: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame) -> int:
    """Insert a DataFrame (columns in table order) in one statement."""
    if df.empty:
        return 0
    cols = table_columns(table)
    names = ", ".join(cols)
    con.register("_incoming", df.loc[:, list(cols)])
    try:
        con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _incoming")
    finally:
        con.unregister("_incoming")
    return len(df)


def stored_hashes(con: duckdb.DuckDBPyConnection, exclude_batch: str) -> dict[str, str]:
    """content_hash -> doc_id for documents of every other batch."""
    rows = con.execute("SELECT content_hash, doc_id FROM documents WHERE batch_id <> ?",
                       [exclude_batch]).fetchall()
    return dict(rows)


def record_batch(con: duckdb.DuckDBPyConnection, batch_id: str, root: str, n_files: int,
                 stage: str) -> None:
    con.execute("DELETE FROM batches WHERE batch_id = ?", [batch_id])
    con.execute("INSERT INTO batches VALUES (?, ?, ?, ?, now())",
                [batch_id, root, n_files, stage])


def count(con: duckdb.DuckDBPyConnection, table: str, batch_id: str | None = None) -> int:
    if table not in BATCH_TABLES + ("batches", "check_failures", "check_runs"):
        raise ValueError(f"unknown table {table!r}")
    if batch_id is None:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return con.execute(f"SELECT count(*) FROM {table} WHERE batch_id = ?",
                       [batch_id]).fetchone()[0]


def preview_markdown(df: pd.DataFrame, limit: int = 10, width: int = 60) -> str:
    """A short markdown table for Dagster metadata."""
    if df.empty:
        return "_no rows_"
    head = df.head(limit).copy()
    for col in head.columns:
        head[col] = head[col].map(lambda v: _cell(v, width))
    return head.to_markdown(index=False) if _has_tabulate() else head.to_string(index=False)


def _cell(value: object, width: int) -> str:
    text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= width else text[: width - 1] + "…"


def _has_tabulate() -> bool:
    try:
        import tabulate  # noqa: F401
    except ImportError:
        return False
    return True
