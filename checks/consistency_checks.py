"""Cross-claim consistency checks as WARN asset checks on `claims_timeline`."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from assets.resources import WRITER_POOL
from checks.schema_checks import check_result
from pipeline.validate.consistency import CHECKS, run_check


def _consistency_check(name: str) -> dg.AssetChecksDefinition:
    check = CHECKS[name]

    @dg.asset_check(asset="claims_timeline", name=name, blocking=False, pool=WRITER_POOL,
                    description=check.description)
    def _check(context: dg.AssetCheckExecutionContext,
               duckdb: DuckDBResource) -> dg.AssetCheckResult:
        with duckdb.get_connection() as con:
            outcome = run_check(con, name, context.run.run_id)
        return check_result(outcome)

    return _check


consistency_checks = [_consistency_check(name) for name in CHECKS]
