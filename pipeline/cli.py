"""`claimledger`: run the pipeline, export claims, list failures, query with SQL.

Errors a user can cause print one line and exit with status 2 (1 for a run
that finished with failures); `--debug` shows the traceback instead.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.config import Settings


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="claimledger", description=__doc__.splitlines()[0])
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = p.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="ingest a file or folder and materialize everything")
    run.add_argument("--input", required=True, type=Path)
    run.add_argument("--db", type=Path, default=None,
                     help="DuckDB file (default $CLAIMLEDGER_DB or data/claimledger.duckdb)")
    run.add_argument("--verbose", action="store_true", help="show Dagster's log")
    run.add_argument("--quiet", action="store_true",
                     help="no progress (by default: a live line on a terminal, "
                          "else a line every 30 s)")

    exp = sub.add_parser("export", help="write the claims table to a file")
    exp.add_argument("--db", type=Path, required=True)
    exp.add_argument("--format", choices=("jsonl", "csv", "parquet"), required=True)
    exp.add_argument("--out", type=Path, required=True)

    fail = sub.add_parser("failures", help="failed checks of the latest run, with their rows")
    fail.add_argument("--db", type=Path, required=True)
    fail.add_argument("--run", default=None, help="a run id (default: the latest run)")
    fail.add_argument("--limit", type=int, default=20, help="rows shown per check")

    rep = sub.add_parser("report", help="an HTML report: charts, estimates, conflicts, "
                                        "failed checks")
    rep.add_argument("--db", type=Path, required=True)
    rep.add_argument("--out", type=Path, required=True, help="folder for index.html")
    rep.add_argument("--top", type=int, default=12, help="at most this many charts")

    sql = sub.add_parser("sql", help="a read-only query, printed as a table")
    sql.add_argument("--db", type=Path, required=True)
    sql.add_argument("query")
    sql.add_argument("--max-rows", type=int, default=40)
    return p


def cmd_run(args: argparse.Namespace) -> int:
    if not args.input.exists():
        raise UserError(f"input not found: {args.input}")
    if args.input.is_file() and args.input.suffix.lower() not in _supported_suffixes():
        raise UserError(f"unknown input format {args.input.suffix or '(no extension)'!r}: "
                        f"{args.input}; use one of {', '.join(_supported_suffixes())}")
    settings = Settings.from_env(args.db)
    from pipeline.extract import load_pipeline

    load_pipeline(settings.model)  # fail early, in one line, when the model is missing
    _check_writable(settings.db_path)  # fail early, not after Dagster's retries
    from assets.runner import run_input
    from pipeline import progress

    display = None if args.quiet or args.verbose else progress.Display(sys.stderr)
    with progress.show(display):
        summary = run_input(args.input, settings, quiet=not args.verbose)
    for line in summary.lines():
        print(line)
    print(f"database: {settings.db_path}")
    return 0 if summary.success else 1


def _supported_suffixes() -> tuple[str, ...]:
    from pipeline.ingest.batch import SUPPORTED_SUFFIXES

    return SUPPORTED_SUFFIXES


def _check_writable(db_path: Path) -> None:
    """Open the database for writing once. Another ClaimLedger writer is waited for
    (the writer lock); a foreign process holding the file raises now, in one line."""
    from pipeline.storage import warehouse as wh
    from pipeline.storage.locking import writer_lock

    with writer_lock(db_path):
        wh.connect(db_path).close()


def cmd_report(args: argparse.Namespace) -> int:
    from pipeline.report.html import write_report

    path, n_charts = write_report(args.db, args.out, top=args.top)
    print(f"report written to {path} ({n_charts} chart{'s' if n_charts != 1 else ''})")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from pipeline.storage.readers import export_claims

    n = export_claims(args.db, args.format, args.out)
    print(f"{n} claims written to {args.out}")
    return 0


def cmd_failures(args: argparse.Namespace) -> int:
    from pipeline.storage.readers import connect_readonly, failed_checks

    con = connect_readonly(args.db)
    try:
        run_id, checks, rows = failed_checks(con, args.run)
        rejected = con.execute(
            "SELECT check_name, count(*) AS n FROM claims_rejected GROUP BY ALL "
            "ORDER BY n DESC").fetchall()
        refused = con.execute(
            "SELECT count(*) FROM ingest_log WHERE outcome = 'rejected'").fetchone()[0]
    finally:
        con.close()
    if run_id is None:
        print("no checks have run yet")
        return 0
    print(f"run {run_id}: {len(checks)} failed check(s)")
    for check in checks.itertuples(index=False):
        print(f"\n[{check.severity}] {check.check_name} on {check.asset}: "
              f"{check.n_failures} failure(s)")
        print(f"  SQL: {check.sql}")
        mine = rows[rows["check_name"] == check.check_name].head(args.limit)
        for r in mine.itertuples(index=False):
            ids = ", ".join(r.claim_ids) if r.claim_ids is not None else ""
            print(f"  - {r.details}" + (f"  [{ids}]" if ids else ""))
    print("\nrow-level rejections (claims_rejected): "
          + (", ".join(f"{name} {n}" for name, n in rejected) or "none"))
    print(f"rejected inputs (ingest_log): {refused}")
    return 0


def cmd_sql(args: argparse.Namespace) -> int:
    from pipeline.storage.readers import connect_readonly

    con = connect_readonly(args.db)
    try:
        rel = con.sql(args.query)
        if rel is None:
            print("(no result)")
        else:
            rel.show(max_rows=args.max_rows, max_width=200)
    finally:
        con.close()
    return 0


class UserError(Exception):
    """A mistake the user can fix; printed as one line."""


COMMANDS = {"run": cmd_run, "export": cmd_export, "failures": cmd_failures, "sql": cmd_sql,
            "report": cmd_report}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except Exception as err:
        if args.debug:
            raise
        print(f"claimledger {args.command}: {_one_line(err)}", file=sys.stderr)
        return 2


def _one_line(err: Exception) -> str:
    import duckdb

    from pipeline.storage.readers import DatabaseMissing

    model = sys.modules.get("pipeline.extract.model")  # loaded if it raised; spaCy is slow
    missing_model = model.ModelNotFoundError if model else UserError
    if isinstance(err, duckdb.IOException) and "lock" in str(err).lower():
        return "the database is in use by another process (a run?); try again when it ends"
    if isinstance(err, UserError | DatabaseMissing | FileNotFoundError | missing_model):
        return str(err)
    text = " ".join(str(err).split())
    return f"{type(err).__name__}: {text[:300]}"


if __name__ == "__main__":
    sys.exit(main())
