"""Each consistency check fires on contradicting claims and stays quiet on consistent ones."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from pipeline.analytics import tables
from pipeline.storage import warehouse as wh
from pipeline.validate.consistency import CHECKS, run_check
from pipeline.validate.table_checks import schema_check

_ids = itertools.count()


def claim(value: float, *, source: str = "Ministry", actor: str | None = "Russia",
          metric: str = "killed", date: str = "2024-12-02", bound: str = "exact",
          value_high: float | None = None, location: str | None = "Kursk",
          sentence: str = "Officials gave a figure.", hedged: bool = False) -> dict:
    n = next(_ids)
    return {"claim_id": f"c{n}", "doc_id": f"d{n}", "batch_id": "b", "sentence": sentence,
            "quantity_text": str(value), "value": float(value), "value_high": value_high,
            "bound": bound, "metric": metric, "unit": "soldier", "actor": actor,
            "location": location, "source": source, "source_type": "government",
            "date_text": None, "date_resolved": date, "hedged": hedged, "evidence": "test",
            "char_start": 0, "char_end": 1, "extractor_version": "test"}


def ledger(tmp_path: Path, claims: list[dict]) -> duckdb.DuckDBPyConnection:
    con = wh.connect(tmp_path / "c.duckdb")
    wh.ensure_schema(con)
    docs = pd.DataFrame([{
        "doc_id": c["doc_id"], "batch_id": "b", "content_hash": f"{i:064x}",
        "input_ref": c["doc_id"], "title": None, "url": None, "published": None,
        "text": c["sentence"], "n_chars": len(c["sentence"]),
        "ingested_at": dt.datetime(2024, 1, 1)} for i, c in enumerate(claims)])
    wh.append(con, "documents", docs)
    wh.append(con, "claims", pd.DataFrame(claims))
    for table in tables.TABLES:
        tables.build(con, table)
    return con


def flagged(con: duckdb.DuckDBPyConnection, name: str) -> list[list[str]]:
    outcome = run_check(con, name, "run-1")
    return [sorted(ids) for ids in outcome.sample["claim_ids"]] if not outcome.passed else []


def test_killed_above_casualties_fires_and_respects_bounds(tmp_path: Path) -> None:
    k = claim(1200, bound="lower")
    w = claim(900, metric="killed_or_wounded")
    ok_k = claim(300, source="Other")
    ok_w = claim(900, source="Other", metric="killed_or_wounded")
    open_w = claim(1000, source="Third", metric="killed_or_wounded", bound="lower")
    more_k = claim(1500, source="Third")
    con = ledger(tmp_path, [k, w, ok_k, ok_w, open_w, more_k])
    assert flagged(con, "killed_not_above_casualties") == [sorted([k["claim_id"], w["claim_id"]])]


def test_cumulative_decrease_fires_only_on_running_totals(tmp_path: Path) -> None:
    s = "The ministry said {} soldiers had been killed since August."
    a = claim(3000, date="2024-08-27", sentence=s.format(3000))
    b = claim(5000, date="2024-09-10", sentence=s.format(5000))
    c = claim(4200, date="2024-09-24", sentence=s.format(4200))
    daily_high = claim(80, date="2024-09-01", source="Daily", sentence="80 were killed today.")
    daily_low = claim(20, date="2024-09-02", source="Daily", sentence="20 were killed today.")
    con = ledger(tmp_path, [a, b, c, daily_high, daily_low])
    assert flagged(con, "cumulative_series_decreases") == [
        sorted([b["claim_id"], c["claim_id"]])]


def test_rising_running_total_is_quiet(tmp_path: Path) -> None:
    s = "The toll stands at {}."
    con = ledger(tmp_path, [claim(v, date=d, sentence=s.format(v)) for v, d in
                            [(10, "2024-01-01"), (15, "2024-01-08"), (15, "2024-01-15")]])
    assert flagged(con, "cumulative_series_decreases") == []


def test_outlier_fires_on_a_value_far_from_the_rest(tmp_path: Path) -> None:
    usual = [claim(v, source=f"S{i}", date=f"2025-01-{10 + i}") for i, v in
             enumerate([100, 300, 250, 400, 600, 350])]
    wild = claim(90_000, source="Telegram", date="2025-02-12")
    con = ledger(tmp_path, [*usual, wild])
    assert flagged(con, "value_outlier") == [[wild["claim_id"]]]


def test_outlier_needs_enough_claims_and_spread(tmp_path: Path) -> None:
    few = [claim(v, source=f"S{i}") for i, v in enumerate([100, 90_000, 300])]
    steady = [claim(v, actor="Ukraine", source=f"U{i}") for i, v in
              enumerate([1000, 1200, 900, 1500, 1100, 2500])]
    con = ledger(tmp_path, few + steady)
    assert flagged(con, "value_outlier") == []


def test_sources_disagree_fires_on_same_week_factor(tmp_path: Path) -> None:
    hi = claim(3000, source="Kyiv", metric="killed_or_wounded", date="2024-12-23",
               actor="North Korea")
    lo = claim(700, source="Blogger", metric="killed_or_wounded", date="2024-12-25",
               actor="North Korea")
    other_week = claim(100, source="Seoul", metric="killed_or_wounded", date="2024-12-09",
                       actor="North Korea")
    con = ledger(tmp_path, [hi, lo, other_week])
    assert flagged(con, "sources_disagree") == [sorted([hi["claim_id"], lo["claim_id"]])]


def test_sources_disagree_quiet_when_close_or_compatible(tmp_path: Path) -> None:
    a = claim(3000, source="Kyiv", date="2024-12-23")
    b = claim(2000, source="Seoul", date="2024-12-24")
    c = claim(500, source="Moscow", date="2024-12-24", bound="lower")  # "at least 500"
    con = ledger(tmp_path, [a, b, c])
    assert flagged(con, "sources_disagree") == []


def test_checks_record_failures_for_sql_and_cli(tmp_path: Path) -> None:
    con = ledger(tmp_path, [claim(1200), claim(900, metric="killed_or_wounded")])
    outcome = run_check(con, "killed_not_above_casualties", "run-7")
    assert not outcome.passed and outcome.n_failures == 1 and outcome.explanation
    rows = con.execute(outcome.sql).fetchall()
    assert len(rows) == 1
    assert con.execute("SELECT passed, n_failures FROM check_runs WHERE run_id = 'run-7'"
                       ).fetchall() == [(False, 1)]


def test_estimates_are_ordered_and_analytics_match_their_models(tmp_path: Path) -> None:
    con = ledger(tmp_path, [claim(100, source="A"), claim(300, source="B"),
                            claim(200, source="C", bound="range", value_high=900)])
    low, best, high, n = con.execute(
        "SELECT low, best, high, n_sources FROM claim_estimates").fetchone()
    assert (low, best, high, n) == (100, 200, 900, 3)
    for table in tables.TABLES:
        assert schema_check(con, table, "run-1").passed, table


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_each_check_fires_on_the_sample_corpus(sample_run, name: str) -> None:
    settings, summary = sample_run
    con = duckdb.connect(str(settings.db_path), read_only=True)
    try:
        n = con.execute("SELECT n_failures FROM check_runs WHERE check_name = ? AND run_id = ?",
                        [name, summary.run_id]).fetchone()
    finally:
        con.close()
    assert n is not None and n[0] >= 1, f"{name} did not fire on sample/corpus"
