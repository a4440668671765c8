"""Batches are partitions: a new batch touches only its rows, re-running one
batch replaces exactly its rows."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import duckdb

from assets.runner import run_input
from tests.conftest import SAMPLE, make_settings

BATCH_TABLES = ("documents", "ingest_log", "claims_extracted", "claims", "claims_rejected")


def rows_by_batch(db: Path) -> dict[str, dict[str, list]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        out: dict[str, dict[str, list]] = {}
        for table in BATCH_TABLES:
            cols = [c for (c,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                "AND column_name NOT IN ('ingested_at', 'logged_at', 'rejected_at') "
                "ORDER BY ordinal_position", [table]).fetchall()]
            for row in con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY ALL"
                                   ).fetchall():
                batch = row[cols.index("batch_id")]
                out.setdefault(batch, {}).setdefault(table, []).append(row)
        return out
    finally:
        con.close()


def test_new_batch_adds_only_its_rows_and_rerun_replaces_only_its_own(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    shutil.copytree(SAMPLE / "text", first)
    shutil.copytree(SAMPLE / "feeds", second)
    settings = make_settings(tmp_path / "db")
    with dg.DagsterInstance.ephemeral() as inst:
        a = run_input(first, settings, dagster_instance=inst)
        after_a = rows_by_batch(settings.db_path)
        b = run_input(second, settings, dagster_instance=inst)
        after_b = rows_by_batch(settings.db_path)
        assert after_b[a.batch_id] == after_a[a.batch_id]        # batch A untouched
        assert set(after_b) == {a.batch_id, b.batch_id}
        # re-running batch B replaces exactly B's rows, leaving A's alone
        again = run_input(second, settings, dagster_instance=inst)
        assert again.batch_id == b.batch_id
        assert rows_by_batch(settings.db_path) == after_b
        # both batches are partitions Dagster knows
        assert set(inst.get_dynamic_partitions("batches")) == {a.batch_id, b.batch_id}
