"""The command line: export, sql (read-only and locked down), failures, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.cli import main

GUIDE_FIELDS = {"doc", "sentence", "quantity_text", "value", "value_high", "bound", "metric",
                "unit", "actor", "location", "source", "source_type", "date_text"}


def test_export_jsonl_has_guide_fields(sample_run, tmp_path: Path) -> None:
    settings, summary = sample_run
    out = tmp_path / "claims.jsonl"
    assert main(["export", "--db", str(settings.db_path), "--format", "jsonl",
                 "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == summary.claims
    assert GUIDE_FIELDS <= set(rows[0])


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export_other_formats(sample_run, tmp_path: Path, fmt: str) -> None:
    import pandas as pd

    settings, summary = sample_run
    out = tmp_path / f"claims.{fmt}"
    assert main(["export", "--db", str(settings.db_path), "--format", fmt,
                 "--out", str(out)]) == 0
    frame = pd.read_csv(out) if fmt == "csv" else pd.read_parquet(out)
    assert len(frame) == summary.claims


def test_sql_prints_a_table(sample_run, capsys) -> None:
    settings, summary = sample_run
    assert main(["sql", "--db", str(settings.db_path), "select count(*) as n from claims"]) == 0
    assert str(summary.claims) in capsys.readouterr().out


@pytest.mark.parametrize("query", [
    "select * from read_csv('/etc/passwd')",
    "copy (select 1) to '/tmp/claimledger-escape.csv'",
    "attach '/tmp/claimledger-other.duckdb' as other",
    "install httpfs",
    "load httpfs",
    "set enable_external_access = true",
    "delete from claims",
])
def test_sql_refuses_files_extensions_and_writes(sample_run, capsys, query: str) -> None:
    settings, _ = sample_run
    assert main(["sql", "--db", str(settings.db_path), query]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not Path("/tmp/claimledger-escape.csv").exists()


def test_failures_lists_failed_checks(sample_run, capsys) -> None:
    settings, _ = sample_run
    assert main(["failures", "--db", str(settings.db_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("run ")
    assert "claims_rejected" in out


def test_missing_input_is_one_line_error(tmp_path: Path, capsys) -> None:
    assert main(["run", "--input", str(tmp_path / "nope"), "--db", str(tmp_path / "x.duckdb")]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"claimledger run: input not found: {tmp_path / 'nope'}"


def test_missing_database_is_one_line_error(tmp_path: Path, capsys) -> None:
    assert main(["sql", "--db", str(tmp_path / "none.duckdb"), "select 1"]) == 2
    assert "no database at" in capsys.readouterr().err
