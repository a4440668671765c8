"""Errors a user can cause: one line on stderr, exit status 2, no traceback (unless --debug)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main
from tests.conftest import SAMPLE

HOLD_LOCK = """
import sys, duckdb
con = duckdb.connect(sys.argv[1])
con.execute("create table if not exists t (x int)")
print("locked", flush=True)
sys.stdin.readline()
"""


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    return err.strip()


def test_missing_input(tmp_path: Path, capsys) -> None:
    assert main(["run", "--input", str(tmp_path / "nope"), "--db", str(tmp_path / "x.duckdb")]) == 2
    assert one_line_error(capsys) == f"claimledger run: input not found: {tmp_path / 'nope'}"
    assert not (tmp_path / "x.duckdb").exists()


def test_unknown_input_format(tmp_path: Path, capsys) -> None:
    odd = tmp_path / "claims.xlsx"
    odd.write_bytes(b"PK\x03\x04")
    assert main(["run", "--input", str(odd), "--db", str(tmp_path / "x.duckdb")]) == 2
    line = one_line_error(capsys)
    assert "unknown input format '.xlsx'" in line and ".jsonl" in line


def test_unknown_export_format(tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["export", "--db", str(tmp_path / "x.duckdb"), "--format", "xml",
              "--out", str(tmp_path / "out.xml")])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'xml'" in err and "Traceback" not in err


def test_missing_model(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("CLAIMLEDGER_MODEL", "no_such_model_xyz")
    assert main(["run", "--input", str(SAMPLE / "text"), "--db", str(tmp_path / "x.duckdb")]) == 2
    line = one_line_error(capsys)
    assert line.startswith("claimledger run: spaCy model 'no_such_model_xyz' is not installed")


def test_missing_model_with_debug_shows_the_traceback(tmp_path: Path, monkeypatch) -> None:
    from pipeline.extract.model import ModelNotFoundError

    monkeypatch.setenv("CLAIMLEDGER_MODEL", "no_such_model_xyz")
    with pytest.raises(ModelNotFoundError):
        main(["--debug", "run", "--input", str(SAMPLE / "text"),
              "--db", str(tmp_path / "x.duckdb")])


def test_database_in_use(tmp_path: Path, capsys) -> None:
    db = tmp_path / "busy.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db)], text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert main(["run", "--input", str(SAMPLE / "text"), "--db", str(db)]) == 2
        line = one_line_error(capsys)
        assert line == ("claimledger run: the database is in use by another process "
                        "(a run?); try again when it ends")
        assert main(["report", "--db", str(db), "--out", str(tmp_path / "r")]) == 2
        assert "in use by another process" in one_line_error(capsys)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_report_without_database(tmp_path: Path, capsys) -> None:
    assert main(["report", "--db", str(tmp_path / "none.duckdb"), "--out", str(tmp_path)]) == 2
    assert "no database at" in one_line_error(capsys)
