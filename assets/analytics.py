"""Analytics stage: cross-source tables rebuilt over all batches."""


import dagster as dg
from dagster_duckdb import DuckDBResource

from assets.resources import WRITER_POOL, WRITER_RETRY
from pipeline.analytics import tables
from pipeline.storage import warehouse as wh
from pipeline.storage.publish import publish_copy
from pipeline.storage.warehouse import preview_markdown

DESCRIPTIONS = {
    "claims_timeline": "Per actor and metric, each source's claims ordered by date.",
    "claim_estimates": "Per actor, metric, place and week: low, best and high across "
                       "sources, with the sources.",
    "claim_conflicts": "Pairs of claims from different sources that disagree by a factor "
                       f"of {tables.CONFLICT_FACTOR:g} or more.",
    "source_summary": "Per source: type, claim counts by metric, first and last date.",
}
DEPS = {
    "claims_timeline": ["claims", "documents"],
    "claim_estimates": ["claims_timeline"],
    "claim_conflicts": ["claims_timeline"],
    "source_summary": ["claims_timeline"],
}


def _analytic_asset(name: str) -> dg.AssetsDefinition:
    @dg.asset(name=name, deps=DEPS[name], group_name="analytics", kinds={"duckdb"},
              pool=WRITER_POOL, retry_policy=WRITER_RETRY,
              description=DESCRIPTIONS[name])
    def _build(duckdb: DuckDBResource) -> dg.MaterializeResult:
        with duckdb.get_connection() as con:
            wh.ensure_schema(con)
            n = tables.build(con, name)
            preview = con.execute(f"SELECT * FROM {name} LIMIT 10").df()
        return dg.MaterializeResult(metadata={
            "dagster/row_count": n,
            "preview": dg.MetadataValue.md(preview_markdown(preview, width=40)),
        })

    return _build


@dg.asset(deps=list(tables.TABLES), group_name="analytics", kinds={"duckdb"}, pool=WRITER_POOL,
          description="A read-only copy of the warehouse for analysts "
                      "(`<db>.read.duckdb`), replaced atomically at the end of each run, "
                      "so an open reader never blocks a run.")
def analyst_copy(duckdb: DuckDBResource) -> dg.MaterializeResult:
    with duckdb.get_connection() as con:
        target = publish_copy(con, duckdb.database)
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(str(target)),
        "bytes": target.stat().st_size,
    })


analytic_assets = [*(_analytic_asset(name) for name in tables.TABLES), analyst_copy]
