"""Extraction on a real Dask cluster (a scheduler and two workers as separate
processes on 127.0.0.1) gives the same tables as a local run, even when a
worker dies mid-run."""

from __future__ import annotations

import signal
import threading
from dataclasses import replace
from pathlib import Path

import dagster as dg
import pytest

from assets.runner import run_input
from pipeline.compute.local_cluster import LocalCluster, wait_until
from tests.conftest import make_settings, shared
from tests.pipeline.test_end_to_end import snapshot

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
    cluster = LocalCluster(tmp_path, workers=2)
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
    cluster = LocalCluster(tmp_path, workers=2)
    settings = replace(make_settings(tmp_path / "db"), chunk_docs=CHUNK,
                       dask_scheduler=cluster.address)
    outcome: dict = {}

    def run() -> None:
        with dg.DagsterInstance.ephemeral() as inst:
            outcome["summary"] = run_input(feed, settings, dagster_instance=inst)

    thread = threading.Thread(target=run)
    thread.start()
    try:
        wait_until(lambda: cluster.done_tasks() >= 1 or not thread.is_alive(), "a finished chunk")
        assert thread.is_alive(), "the run ended before a worker could be killed"
        cluster.workers[0].send_signal(signal.SIGKILL)
        thread.join(timeout=600)
    finally:
        cluster.close()
    assert not thread.is_alive()
    assert outcome["summary"].success
    assert snapshot(settings.db_path) == local
