"""Read access for people: locked-down connections, export and failure listings."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

#: a query cannot touch files, other databases, settings or extensions
LOCKED_DOWN = {
    "enable_external_access": False,
    "autoload_known_extensions": False,
    "autoinstall_known_extensions": False,
    "lock_configuration": True,
}

#: the claims table as the annotation guide names its fields (`doc` = document id)
EXPORT_SQL = """
SELECT doc_id AS doc, sentence, quantity_text, value, value_high, bound, metric, unit,
       actor, location, source, source_type, date_text,
       strftime(date_resolved, '%Y-%m-%d') AS date_resolved, hedged, evidence,
       char_start, char_end, claim_id, extractor_version
FROM claims ORDER BY doc_id, char_start
"""
EXPORT_FORMATS = ("jsonl", "csv", "parquet")


class DatabaseMissing(FileNotFoundError):
    """The database file does not exist (nothing has been run into it yet)."""


def connect_readonly(db_path: str | Path, *, locked: bool = True) -> duckdb.DuckDBPyConnection:
    """A read-only connection; `locked` also forbids any file or extension access."""
    path = Path(db_path)
    if not path.is_file():
        raise DatabaseMissing(f"no database at {path}; run `claimledger run --input PATH "
                              f"--db {path}` first")
    return duckdb.connect(str(path), read_only=True, config=LOCKED_DOWN if locked else {})


def export_claims(db_path: str | Path, fmt: str, out: str | Path,
                  batch_rows: int = 10_000) -> int:
    """Stream the claims table to a file; returns the number of claims written."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    con = connect_readonly(db_path)
    try:
        reader = con.sql(EXPORT_SQL).to_arrow_reader(batch_rows)
        n = 0
        if fmt == "jsonl":
            with out.open("w", encoding="utf-8") as f:
                for batch in reader:
                    for row in batch.to_pylist():
                        f.write(json.dumps(row, ensure_ascii=False) + "\n")
                    n += batch.num_rows
        elif fmt == "csv":
            with pacsv.CSVWriter(str(out), reader.schema) as writer:
                for batch in reader:
                    writer.write_batch(batch)
                    n += batch.num_rows
        else:
            with pq.ParquetWriter(str(out), reader.schema) as writer:
                for batch in reader:
                    writer.write_table(pa.Table.from_batches([batch]))
                    n += batch.num_rows
        return n
    finally:
        con.close()


def latest_run(con: duckdb.DuckDBPyConnection) -> str | None:
    row = con.execute("SELECT run_id FROM check_runs GROUP BY run_id "
                      "ORDER BY max(checked_at) DESC LIMIT 1").fetchone()
    return row[0] if row else None


def failed_checks(con: duckdb.DuckDBPyConnection, run_id: str | None = None):
    """(run id, failed checks, their failing rows) for one run (default: the latest)."""
    run_id = run_id or latest_run(con)
    checks = con.execute(
        "SELECT check_name, asset, severity, n_failures, checked_at, sql FROM check_runs "
        "WHERE run_id = ? AND NOT passed ORDER BY checked_at DESC, check_name",
        [run_id]).df()
    rows = con.execute(
        "SELECT check_name, claim_ids, details FROM check_failures WHERE run_id = ? "
        "ORDER BY check_name", [run_id]).df()
    return run_id, checks, rows
