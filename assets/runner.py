"""Materialize everything for one input path, in process (no daemon): `claimledger run`."""

import os
from dataclasses import dataclass
from pathlib import Path

import dagster as dg

from assets.definitions import ALL_ASSETS, ALL_CHECKS
from assets.resources import build_resources
from pipeline.config import Settings
from pipeline.ingest.batch import make_manifest, scan
from pipeline.storage import warehouse as wh
from pipeline.storage.locking import writer_lock

QUIET = {"loggers": {"console": {"config": {"log_level": "ERROR"}}}}


@dataclass
class RunSummary:
    run_id: str
    batch_id: str
    success: bool
    documents: int
    claims: int
    ingest_outcomes: dict[str, int]
    rejected_claims: int
    failed_checks: list[str]

    def lines(self) -> list[str]:
        o = self.ingest_outcomes
        return [
            f"batch {self.batch_id}  run {self.run_id}  "
            f"{'succeeded' if self.success else 'FAILED'}",
            f"inputs: {o.get('ingested', 0)} ingested, {o.get('duplicate', 0)} duplicate, "
            f"{o.get('rejected', 0)} rejected",
            f"documents stored: {self.documents}",
            f"claims stored: {self.claims}  rejected claim rows: {self.rejected_claims}",
            "failed checks: " + (", ".join(self.failed_checks) or "none"),
        ]


def instance() -> dg.DagsterInstance:
    """The instance the UI shows when DAGSTER_HOME is set; else an ephemeral one."""
    if os.environ.get("DAGSTER_HOME"):
        Path(os.environ["DAGSTER_HOME"]).mkdir(parents=True, exist_ok=True)
        return dg.DagsterInstance.get()
    return dg.DagsterInstance.ephemeral()


def run_input(input_path: Path, settings: Settings, *, quiet: bool = True,
              dagster_instance: dg.DagsterInstance | None = None) -> RunSummary:
    """Register the input as a batch and materialize every asset for it."""
    files, refused = scan(Path(input_path), exclude=[settings.db_path])
    manifest = make_manifest(Path(input_path), files, refused)
    manifest.save(settings.state_dir)
    inst = dagster_instance or instance()
    if not inst.has_dynamic_partition("batches", manifest.batch_id):
        inst.add_dynamic_partitions("batches", [manifest.batch_id])
    result = dg.materialize(
        [*ALL_ASSETS, *ALL_CHECKS],
        partition_key=manifest.batch_id,
        resources=build_resources(settings),
        instance=inst,
        run_config=QUIET if quiet else None,
        raise_on_error=False,
        tags={"claimledger/input": str(input_path)[:200]},
    )
    return summarize(settings, manifest.batch_id, result.run_id, result.success)


def summarize(settings: Settings, batch_id: str, run_id: str, success: bool) -> RunSummary:
    with writer_lock(settings.db_path):
        return _summarize(settings, batch_id, run_id, success)


def _summarize(settings: Settings, batch_id: str, run_id: str, success: bool) -> RunSummary:
    con = wh.connect_with_retry(settings.db_path)
    try:
        wh.ensure_schema(con)
        outcomes = dict(con.execute(
            "SELECT outcome, count(*) FROM ingest_log WHERE batch_id = ? GROUP BY outcome",
            [batch_id]).fetchall())
        failed = [r[0] for r in con.execute(
            "SELECT check_name FROM check_runs WHERE run_id = ? AND NOT passed "
            "ORDER BY check_name", [run_id]).fetchall()]
        return RunSummary(
            run_id=run_id, batch_id=batch_id, success=success,
            documents=wh.count(con, "documents"), claims=wh.count(con, "claims"),
            ingest_outcomes=outcomes, rejected_claims=wh.count(con, "claims_rejected"),
            failed_checks=failed)
    finally:
        con.close()
