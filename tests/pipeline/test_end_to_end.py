"""The whole pipeline over the bundled sample corpus, into a temporary DuckDB file."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import duckdb

from assets.runner import run_input
from tests.conftest import SAMPLE, make_settings

TABLES = ("documents", "ingest_log", "claims", "claims_rejected", "claims_timeline",
          "claim_estimates", "claim_conflicts", "source_summary")


def snapshot(db: Path) -> dict[str, list]:
    """Every table's rows, without load timestamps or run ids, in a stable order."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for table in TABLES:
            cols = [c for (c,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                "ORDER BY ordinal_position", [table]).fetchall()
                if c not in ("ingested_at", "logged_at", "rejected_at")]
            out[table] = con.execute(
                f"SELECT {', '.join(cols)} FROM {table} ORDER BY ALL").fetchall()
        return out
    finally:
        con.close()


def test_sample_run_succeeds_and_stores_claims(sample_run) -> None:
    settings, summary = sample_run
    assert summary.success
    assert summary.documents >= 10 and summary.claims >= 30
    con = duckdb.connect(str(settings.db_path), read_only=True)
    try:
        log = dict(con.execute("SELECT outcome, count(*) FROM ingest_log GROUP BY 1").fetchall())
        assert log["duplicate"] == 1
        assert log["rejected"] == 1
        assert log["ingested"] == summary.documents
        broken = con.execute("SELECT reason FROM ingest_log WHERE outcome = 'rejected'").fetchone()
        assert "malformed JSON" in broken[0]
        # every document format made it in
        refs = {r for (r,) in con.execute("SELECT input_ref FROM documents").fetchall()}
        assert {Path(r.split("#")[0]).suffix for r in refs} >= {
            ".txt", ".md", ".html", ".json", ".jsonl", ".csv"}
        # claims reconcile: extracted = stored + rejected
        extracted, stored, rejected = con.execute(
            "SELECT (SELECT count(*) FROM claims_extracted), (SELECT count(*) FROM claims), "
            "(SELECT count(*) FROM claims_rejected)").fetchone()
        assert extracted == stored + rejected
        assert con.execute("SELECT count(*) - count(DISTINCT claim_id) FROM claims"
                           ).fetchone()[0] == 0
        # the schema checks ran and passed
        schema = con.execute("SELECT check_name, passed FROM check_runs "
                             "WHERE check_name LIKE '%_schema'").fetchall()
        assert len(schema) == 8 and all(p for _, p in schema)
    finally:
        con.close()


def test_rerun_gives_identical_tables(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLE, corpus)
    settings = make_settings(tmp_path)
    with dg.DagsterInstance.ephemeral() as inst:
        first = run_input(corpus, settings, dagster_instance=inst)
        before = snapshot(settings.db_path)
        second = run_input(corpus, settings, dagster_instance=inst)
        after = snapshot(settings.db_path)
    assert first.success and second.success and first.batch_id == second.batch_id
    assert before == after


def test_new_batch_with_known_texts_adds_only_duplicates(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLE / "text", corpus)
    settings = make_settings(tmp_path)
    with dg.DagsterInstance.ephemeral() as inst:
        run_input(corpus, settings, dagster_instance=inst)
        before = snapshot(settings.db_path)["documents"]
        extra = tmp_path / "more"
        extra.mkdir()
        shutil.copy(corpus / "kursk_evacuation.txt", extra / "renamed.txt")
        summary = run_input(extra, settings, dagster_instance=inst)
    assert summary.ingest_outcomes == {"duplicate": 1}
    assert snapshot(settings.db_path)["documents"] == before
