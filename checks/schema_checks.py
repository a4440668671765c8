"""One blocking schema check per published table, generated from its pandera model."""


import dagster as dg
from dagster_duckdb import DuckDBResource

from assets.resources import WRITER_POOL
from pipeline.storage import warehouse as wh
from pipeline.validate.schemas import PUBLISHED_MODELS
from pipeline.validate.table_checks import CheckOutcome, schema_check


def check_result(outcome: CheckOutcome) -> dg.AssetCheckResult:
    """An AssetCheckResult with the failure count, a sample and the SQL that lists them."""
    severity = (dg.AssetCheckSeverity.ERROR if outcome.severity == "ERROR"
                else dg.AssetCheckSeverity.WARN)
    metadata = {
        "failures": outcome.n_failures,
        "sql": dg.MetadataValue.md(f"```sql\n{outcome.sql}\n```"),
    }
    if not outcome.sample.empty:
        metadata["sample"] = dg.MetadataValue.md(wh.preview_markdown(outcome.sample))
    if outcome.explanation:
        metadata["explanation"] = dg.MetadataValue.md(outcome.explanation)
    return dg.AssetCheckResult(passed=outcome.passed, severity=severity, metadata=metadata,
                               description=f"{outcome.n_failures} failure(s)")


def _schema_check(table: str) -> dg.AssetChecksDefinition:
    model = PUBLISHED_MODELS[table]

    @dg.asset_check(asset=table, name=f"{table}_schema", blocking=True, pool=WRITER_POOL,
                    description=f"Every row of `{table}` satisfies {model.__name__} "
                                "(pandera, lazy): types, allowed values, uniqueness.")
    def _check(context: dg.AssetCheckExecutionContext,
               duckdb: DuckDBResource) -> dg.AssetCheckResult:
        with duckdb.get_connection() as con:
            wh.ensure_schema(con)
            outcome = schema_check(con, table, context.run.run_id)
        return check_result(outcome)

    return _check


schema_checks = [_schema_check(table) for table in PUBLISHED_MODELS]
