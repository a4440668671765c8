"""Table-level checks: a pandera model over a whole stored table.

Each run of a check is recorded in `check_runs`, and each failing row (or
group of rows) in `check_failures`, so failures can be listed later by
`claimledger failures` or by SQL, not only read in the Dagster UI.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import duckdb
import pandas as pd

from pipeline.storage import warehouse as wh
from pipeline.storage.ddl import columns
from pipeline.validate.rows import failure_cases
from pipeline.validate.schemas import PUBLISHED_MODELS

#: the key column shown for a failing row of each table
KEY_COLUMNS = {"documents": "doc_id", "ingest_log": "input_ref", "claims": "claim_id",
               "claims_rejected": "claim_id", "claims_timeline": "claim_id",
               "claim_estimates": "actor", "claim_conflicts": "claim_id_a",
               "source_summary": "source"}
SAMPLE_ROWS = 10


@dataclass
class CheckOutcome:
    """What one check found: enough for Dagster metadata and for the CLI."""

    check_name: str
    table: str
    severity: str
    passed: bool
    n_failures: int
    sample: pd.DataFrame
    sql: str
    explanation: str = ""


_SAFE_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,100}$")


def failures_sql(check_name: str, run_id: str) -> str:
    """SQL that lists the rows a check flagged in one run (shown to users, who run it
    themselves; both names are checked against a strict pattern first)."""
    for value in (check_name, run_id):
        if not _SAFE_ID.match(value):
            raise ValueError(f"unexpected check name or run id: {value!r}")
    return (f"SELECT * FROM check_failures WHERE check_name = '{check_name}' "
            f"AND run_id = '{run_id}'")


def read_table(con: duckdb.DuckDBPyConnection, table: str) -> pd.DataFrame:
    """A stored table as pandas, DATE columns as ISO strings (as the model expects)."""
    cols = columns(PUBLISHED_MODELS[table])
    select = ", ".join(
        f"strftime({c}, '%Y-%m-%d') AS {c}" if t == "DATE" else c for c, t in cols.items())
    return con.execute(f"SELECT {select} FROM {table}").df()


def schema_check(con: duckdb.DuckDBPyConnection, table: str, run_id: str,
                 severity: str = "ERROR") -> CheckOutcome:
    """Validate a whole table against its model (lazily) and record the result."""
    name = f"{table}_schema"
    frame = read_table(con, table)
    cases = failure_cases(frame, PUBLISHED_MODELS[table])
    key = KEY_COLUMNS[table]
    rows = []
    for case in cases.itertuples(index=False):
        ids = []
        if not pd.isna(case.index) and int(case.index) < len(frame):
            ids = [str(frame.iloc[int(case.index)][key])]
        rows.append({"claim_ids": ids,
                     "details": f"{case.check} on {case.column}: {case.failure_case}"})
    record(con, name, table, run_id, severity, pd.DataFrame(rows, columns=["claim_ids", "details"]),
           failures_sql(name, run_id))
    sample = cases.head(SAMPLE_ROWS)[["column", "check", "failure_case", "index"]] \
        if not cases.empty else cases
    return CheckOutcome(name, table, severity, cases.empty, len(cases), sample,
                        failures_sql(name, run_id))


def record(con: duckdb.DuckDBPyConnection, check_name: str, table: str, run_id: str,
           severity: str, failures: pd.DataFrame, sql: str) -> None:
    """Replace this run's record of one check: a check_runs row and its failures."""
    now = dt.datetime.now().replace(microsecond=0)
    with wh.transaction(con):
        con.execute("DELETE FROM check_failures WHERE check_name = ? AND run_id = ?",
                    [check_name, run_id])
        con.execute("DELETE FROM check_runs WHERE check_name = ? AND run_id = ?",
                    [check_name, run_id])
        con.execute("INSERT INTO check_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [check_name, table, run_id, now, severity, failures.empty,
                     len(failures), sql])
        if not failures.empty:
            wh.append(con, "check_failures",
                      failures.assign(check_name=check_name, run_id=run_id, checked_at=now,
                                      severity=severity, table_name=table))
