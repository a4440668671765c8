"""Automation: the inbox sensor (new files become a batch) and a daily schedule."""


import json
from pathlib import Path

import dagster as dg

from assets.resources import ClaimLedgerSettings, batches
from pipeline.ingest.batch import make_manifest, scan

ANALYTICS_SELECTION = dg.AssetSelection.groups("analytics")

process_batch_job = dg.define_asset_job(
    "process_batch", selection=dg.AssetSelection.all(),
    description="Ingest, extract and validate one batch of input files, then rebuild "
                "the cross-source tables; every check runs.")
refresh_analytics_job = dg.define_asset_job(
    "refresh_analytics", selection=ANALYTICS_SELECTION,
    description="Rebuild the cross-source tables over every stored batch.")


def new_files(inbox: Path, cursor: dict[str, str]) -> list[Path]:
    """Files in the inbox not seen with the same size and mtime before."""
    files, _ = scan(inbox)
    return [f for f in files if cursor.get(str(f)) != _stamp(f)]


def _stamp(path: Path) -> str:
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


@dg.sensor(job=process_batch_job, minimum_interval_seconds=30,
           default_status=dg.DefaultSensorStatus.STOPPED,
           description="Watches the inbox folder; new or changed files become one batch "
                       "(a dynamic partition) and a run of process_batch.")
def inbox_sensor(context: dg.SensorEvaluationContext,
                 claimledger: ClaimLedgerSettings) -> dg.SensorResult:
    inbox = Path(claimledger.inbox)
    if not inbox.is_dir():
        return dg.SensorResult(skip_reason=f"inbox {inbox} does not exist")
    cursor = json.loads(context.cursor) if context.cursor else {}
    files = new_files(inbox, cursor)
    if not files:
        return dg.SensorResult(skip_reason="no new files")
    _, refused = scan(inbox)
    manifest = make_manifest(inbox, files, [r for r in refused if r[0] not in cursor])
    manifest.save(claimledger.state_path)
    for f in files:
        cursor[str(f)] = _stamp(f)
    for path, _ in manifest.refused:
        cursor[path] = "refused"
    return dg.SensorResult(
        run_requests=[dg.RunRequest(partition_key=manifest.batch_id,
                                    run_key=manifest.batch_id)],
        dynamic_partitions_requests=[batches.build_add_request([manifest.batch_id])],
        cursor=json.dumps(cursor),
    )


daily_analytics = dg.ScheduleDefinition(
    name="daily_analytics", job=refresh_analytics_job, cron_schedule="0 6 * * *",
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Every morning, rebuild the cross-source tables and rerun their checks.")
