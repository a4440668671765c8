"""The Dagster layer: definitions load, the inbox sensor picks up only new files."""

from __future__ import annotations

import json
from pathlib import Path

import dagster as dg

from assets.resources import ClaimLedgerSettings
from assets.sensors import inbox_sensor
from pipeline.ingest.batch import Manifest


def test_definitions_load_with_groups_jobs_sensor_and_schedule() -> None:
    from assets.definitions import defs

    dg.Definitions.validate_loadable(defs)
    graph = defs.resolve_asset_graph()
    groups = {key.to_user_string(): graph.get(key).group_name
              for key in graph.get_all_asset_keys()}
    assert groups == {
        "documents": "ingest", "ingest_log": "ingest",
        "claims_extracted": "extract",
        "claims": "validate", "claims_rejected": "validate",
        "claims_timeline": "analytics", "claim_estimates": "analytics",
        "claim_conflicts": "analytics", "source_summary": "analytics",
        "analyst_copy": "analytics", "timeline_charts": "analytics",
    }
    assert defs.resolve_job_def("process_batch") is not None
    assert defs.resolve_job_def("refresh_analytics") is not None
    assert defs.resolve_sensor_def("inbox_sensor") is not None
    assert defs.resolve_schedule_def("daily_analytics").cron_schedule == "0 6 * * *"


def _tick(inbox: Path, state: Path, cursor: str | None, instance: dg.DagsterInstance):
    ctx = dg.build_sensor_context(cursor=cursor, instance=instance, resources={
        "claimledger": ClaimLedgerSettings(state_dir=str(state), inbox=str(inbox))})
    return inbox_sensor(ctx)


def test_sensor_requests_only_new_files(tmp_path: Path, instance: dg.DagsterInstance) -> None:
    inbox, state = tmp_path / "inbox", tmp_path / "state"
    inbox.mkdir()
    (inbox / "a.txt").write_text("Twelve were killed.")
    (inbox / "b.txt").write_text("Three were wounded.")

    first = _tick(inbox, state, None, instance)
    [req] = first.run_requests
    assert Manifest.load(state, req.partition_key).files == (
        str(inbox / "a.txt"), str(inbox / "b.txt"))
    assert first.dynamic_partitions_requests[0].partition_keys == [req.partition_key]

    again = _tick(inbox, state, first.cursor, instance)
    assert not again.run_requests and again.skip_reason.skip_message == "no new files"

    (inbox / "c.txt").write_text("Five went missing.")
    third = _tick(inbox, state, first.cursor, instance)
    [req3] = third.run_requests
    assert Manifest.load(state, req3.partition_key).files == (str(inbox / "c.txt"),)
    assert set(json.loads(third.cursor)) == {str(inbox / n) for n in ("a.txt", "b.txt", "c.txt")}


def test_sensor_skips_when_inbox_missing(tmp_path: Path, instance: dg.DagsterInstance) -> None:
    result = _tick(tmp_path / "nope", tmp_path / "state", None, instance)
    assert not result.run_requests and "does not exist" in result.skip_reason.skip_message
