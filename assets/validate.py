"""Validate stage: extracted rows into `claims`, failures into `claims_rejected`."""


import dagster as dg
from dagster_duckdb import DuckDBResource

from assets.extract import PREVIEW_COLUMNS
from assets.resources import WRITER_POOL, WRITER_RETRY, batches
from pipeline import stages
from pipeline.storage.warehouse import preview_markdown


@dg.multi_asset(
    specs=[
        dg.AssetSpec("claims", deps=["claims_extracted"], group_name="validate",
                     kinds={"pandera", "duckdb"},
                     description="Validated claims: one row per quantitative claim."),
        dg.AssetSpec("claims_rejected", deps=["claims_extracted"], group_name="validate",
                     kinds={"pandera", "duckdb"},
                     description="Extracted rows that failed a row-level check, "
                                 "with the check and the reason."),
    ],
    partitions_def=batches,
    pool=WRITER_POOL,
    retry_policy=WRITER_RETRY,
)
def validate(context: dg.AssetExecutionContext, duckdb: DuckDBResource):
    with duckdb.get_connection() as con:
        result = stages.validate(con, context.partition_key)
    c = result.counts
    preview = result.preview
    yield dg.MaterializeResult(asset_key="claims", metadata={
        "dagster/row_count": c["stored"],
        "extracted": c["extracted"],
        "preview": dg.MetadataValue.md(preview_markdown(
            preview[PREVIEW_COLUMNS] if not preview.empty else preview)),
    })
    yield dg.MaterializeResult(asset_key="claims_rejected", metadata={
        "dagster/row_count": c["rejected"],
    })
