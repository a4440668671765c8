"""An analyst holding the read-only copy open never makes a run fail."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb

from assets.runner import run_input
from pipeline.storage.publish import copy_path
from tests.conftest import SAMPLE, make_settings

HOLD = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print(con.execute("select count(*) from claims").fetchone()[0], flush=True)
sys.stdin.readline()
print(con.execute("select count(*) from claims").fetchone()[0], flush=True)
"""


def test_run_succeeds_while_reader_holds_the_copy(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    text = SAMPLE / "text"
    with dg.DagsterInstance.ephemeral() as inst:
        first = run_input(text, settings, dagster_instance=inst)
        copy = copy_path(settings.db_path)
        assert first.success and copy.is_file()
        reader = subprocess.Popen([sys.executable, "-c", HOLD, str(copy)], text=True,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        try:
            before = int(reader.stdout.readline())
            second = run_input(SAMPLE / "feeds", settings, dagster_instance=inst)
            reader.stdin.write("\n")
            reader.stdin.flush()
            still = int(reader.stdout.readline())
        finally:
            reader.kill()
            reader.wait()
    assert second.success
    assert still == before  # the open reader kept its snapshot
    con = duckdb.connect(str(copy), read_only=True)
    try:
        assert con.execute("select count(*) from claims").fetchone()[0] == second.claims
    finally:
        con.close()
    assert second.claims > first.claims
