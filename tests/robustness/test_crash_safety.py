"""A run killed with SIGKILL in the middle of extraction leaves a database that
opens, holds no half-written batch, and a re-run gives a clean run's tables.
Two runs started at once on one database both finish."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg
import duckdb

from assets.runner import run_input
from tests.conftest import SAMPLE, make_settings
from tests.pipeline.test_end_to_end import snapshot

ROOT = Path(__file__).resolve().parents[2]

#: a child that runs the sample corpus and, once the extract stage has inserted its
#: rows (inside its transaction, before COMMIT), says so and waits to be killed
_CHILD = """
import sys
from pathlib import Path
from pipeline.storage import warehouse as wh
from assets.runner import run_input
from tests.conftest import make_settings

corpus, folder, marker = map(Path, sys.argv[1:4])
real_append = wh.append

def append_then_wait(con, table, df):
    n = real_append(con, table, df)
    if table == "claims_extracted":
        marker.write_text("extracting")
        sys.stdin.read()    # the parent never writes: wait here for SIGKILL
    return n

wh.append = append_then_wait
run_input(corpus, make_settings(folder))
"""


def _wait_for(path: Path, proc: subprocess.Popen, errors: Path,
              timeout: float = 120.0) -> None:
    """Poll until `path` exists (the child reached its kill point)."""
    end = time.monotonic() + timeout
    while not path.exists():
        if proc.poll() is not None:
            raise AssertionError(f"child ended early ({proc.returncode}): "
                                 f"{errors.read_text(errors='replace')[-2000:]}")
        if time.monotonic() > end:
            raise AssertionError("child never reached the extract stage: "
                                 f"{errors.read_text(errors='replace')[-2000:]}")
        try:
            proc.wait(timeout=0.05)          # a bounded poll, not a fixed sleep
        except subprocess.TimeoutExpired:
            pass


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DAGSTER_HOME", "CLAIMLEDGER_DB", "CLAIMLEDGER_STATE")}
    env["PYTHONPATH"] = str(ROOT)
    return env


def test_sigkill_during_extraction_then_rerun_equals_clean_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLE, corpus)
    killed = tmp_path / "killed"
    marker = tmp_path / "marker"
    errors = tmp_path / "child.err"
    with open(errors, "wb") as err:
        proc = subprocess.Popen([sys.executable, "-c", _CHILD, str(corpus), str(killed),
                                 str(marker)], cwd=ROOT, env=_env(), stdin=subprocess.PIPE,
                                stdout=subprocess.DEVNULL, stderr=err)
    try:
        _wait_for(marker, proc, errors)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        proc.stdin.close()
    assert proc.returncode == -signal.SIGKILL
    settings = make_settings(killed)

    # the database opens; the ingest stage had committed, the extract stage had not
    con = duckdb.connect(str(settings.db_path))
    try:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] > 0
        assert con.execute("SELECT count(*) FROM claims_extracted").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM claims").fetchone()[0] == 0
    finally:
        con.close()

    clean = make_settings(tmp_path / "clean")
    with dg.DagsterInstance.ephemeral() as inst:
        again = run_input(corpus, settings, dagster_instance=inst)
        reference = run_input(corpus, clean, dagster_instance=inst)
    assert again.success and reference.success
    assert snapshot(settings.db_path) == snapshot(clean.db_path)
    assert snapshot(settings.db_path)["claims"]


def test_two_runs_at_once_on_one_database(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLE, corpus)
    db = tmp_path / "shared" / "ledger.duckdb"
    cmd = [str(Path(sys.executable).parent / "claimledger"), "run", "--input", str(corpus),
           "--db", str(db)]
    if not Path(cmd[0]).exists():
        cmd = [sys.executable, "-m", "pipeline.cli", *cmd[1:]]
    procs = [subprocess.Popen(cmd, cwd=ROOT, env=_env(), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(p.wait(timeout=600), *p.communicate()) for p in procs]
    failures = [(code, out[-500:], err[-1500:]) for code, out, err in results if code != 0]
    assert not failures, failures  # the second writer waits for the lock, never fails
    for _, out, _ in results:
        assert "succeeded" in out
    con = duckdb.connect(str(db), read_only=True)
    try:
        log = dict(con.execute("SELECT outcome, count(*) FROM ingest_log GROUP BY 1").fetchall())
    finally:
        con.close()
    assert log == {"ingested": 23, "duplicate": 1, "rejected": 1}
