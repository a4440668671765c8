"""Extraction on a real Dask cluster (a scheduler and two workers as separate
processes on 127.0.0.1) gives the same tables as a local run, even when a
worker dies mid-run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import dagster as dg
import pytest

from assets.runner import run_input
from tests.conftest import make_settings, shared
from tests.pipeline.test_end_to_end import snapshot

BIN = Path(sys.executable).parent
SLICE = 60
CHUNK = 5


def _slice(folder: Path) -> Path:
    src = shared("corpora", "wikinews", "articles.jsonl")
    out = folder / "slice.jsonl"
    with src.open(encoding="utf-8") as f, out.open("w", encoding="utf-8") as g:
        for i, line in enumerate(f):
            if i >= SLICE:
                break
            g.write(line)
    return out


def _until(predicate, what: str, timeout: float = 120.0) -> None:
    """Poll `predicate` until it holds (a bounded wait, not a timing assertion)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        threading.Event().wait(0.05)


class Cluster:
    """A Dask scheduler and workers, each its own process, on loopback."""

    def __init__(self, folder: Path, workers: int) -> None:
        self.file = folder / "scheduler.json"
        env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": env}
        self.scheduler = subprocess.Popen(
            [str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", "0",
             "--no-dashboard", "--scheduler-file", str(self.file)], **quiet)
        _until(self.file.exists, "the scheduler file")
        self.workers = [subprocess.Popen(
            [str(BIN / "dask"), "worker", "--scheduler-file", str(self.file), "--host",
             "127.0.0.1", "--nthreads", "1", "--no-nanny", "--no-dashboard", "--name",
             f"w{i}"], **quiet) for i in range(workers)]
        from distributed import Client

        self.address = json.loads(self.file.read_text())["address"]
        with Client(self.address, timeout=60) as client:
            client.wait_for_workers(workers, timeout=120)

    def done_tasks(self) -> int:
        from distributed import Client

        with Client(self.address, timeout=30) as client:
            return client.run_on_scheduler(lambda dask_scheduler: sum(
                1 for ts in dask_scheduler.tasks.values()
                if str(ts.key).startswith("claimledger-") and ts.state == "memory"))

    def close(self) -> None:
        for proc in [*self.workers, self.scheduler]:
            if proc.poll() is None:
                proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def corpus_and_local(tmp_path_factory):
    folder = tmp_path_factory.mktemp("local")
    feed = _slice(folder)
    settings = replace(make_settings(folder / "db"), chunk_docs=CHUNK)
    with dg.DagsterInstance.ephemeral() as inst:
        summary = run_input(feed, settings, dagster_instance=inst)
    assert summary.success and summary.claims > 0
    return feed, snapshot(settings.db_path)


def test_dask_run_equals_local_run(tmp_path: Path, corpus_and_local) -> None:
    feed, local = corpus_and_local
    cluster = Cluster(tmp_path, workers=2)
    try:
        settings = replace(make_settings(tmp_path / "db"), chunk_docs=CHUNK,
                           dask_scheduler=cluster.address)
        with dg.DagsterInstance.ephemeral() as inst:
            summary = run_input(feed, settings, dagster_instance=inst)
    finally:
        cluster.close()
    assert summary.success
    assert snapshot(settings.db_path) == local


def test_losing_a_worker_mid_run_loses_and_duplicates_nothing(
        tmp_path: Path, corpus_and_local) -> None:
    feed, local = corpus_and_local
    cluster = Cluster(tmp_path, workers=2)
    settings = replace(make_settings(tmp_path / "db"), chunk_docs=CHUNK,
                       dask_scheduler=cluster.address)
    outcome: dict = {}

    def run() -> None:
        with dg.DagsterInstance.ephemeral() as inst:
            outcome["summary"] = run_input(feed, settings, dagster_instance=inst)

    thread = threading.Thread(target=run)
    thread.start()
    try:
        _until(lambda: cluster.done_tasks() >= 1 or not thread.is_alive(), "a finished chunk")
        assert thread.is_alive(), "the run ended before a worker could be killed"
        cluster.workers[0].send_signal(signal.SIGKILL)
        thread.join(timeout=600)
    finally:
        cluster.close()
    assert not thread.is_alive()
    assert outcome["summary"].success
    assert snapshot(settings.db_path) == local
