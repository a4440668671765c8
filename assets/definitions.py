"""The Dagster code location: `dagster dev -w workspace.yaml` loads `defs` from here."""


import dagster as dg

from assets.analytics import analytic_assets
from assets.charts import timeline_charts
from assets.extract import claims_extracted
from assets.ingest import ingest
from assets.resources import build_resources
from assets.sensors import daily_analytics, inbox_sensor, process_batch_job, refresh_analytics_job
from assets.validate import validate
from checks.consistency_checks import consistency_checks
from checks.schema_checks import schema_checks

ALL_ASSETS = [ingest, claims_extracted, validate, *analytic_assets, timeline_charts]
ALL_CHECKS = [*schema_checks, *consistency_checks]


def build_defs(resources: dict | None = None) -> dg.Definitions:
    """Definitions with the given resources (default: from the environment)."""
    return dg.Definitions(
        assets=ALL_ASSETS,
        asset_checks=ALL_CHECKS,
        jobs=[process_batch_job, refresh_analytics_job],
        sensors=[inbox_sensor],
        schedules=[daily_analytics],
        resources=resources or build_resources(),
    )


defs = build_defs()
