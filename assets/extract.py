"""Extract stage: spaCy over a batch's documents into `claims_extracted`."""


import dagster as dg
from dagster_duckdb import DuckDBResource

from assets.resources import WRITER_POOL, WRITER_RETRY, ClaimLedgerSettings, batches
from pipeline import progress, stages
from pipeline.storage.warehouse import preview_markdown

PREVIEW_COLUMNS = ["doc_id", "quantity_text", "bound", "metric", "unit", "actor", "source"]


@dg.asset(
    deps=["documents"],
    group_name="extract",
    kinds={"spacy", "duckdb"},
    partitions_def=batches,
    pool=WRITER_POOL,
    retry_policy=WRITER_RETRY,
    description="Claims as the extractor found them, before validation; also published "
                "as Parquet, one folder per batch, under the Parquet base URL.",
)
def claims_extracted(context: dg.AssetExecutionContext, duckdb: DuckDBResource,
                     claimledger: ClaimLedgerSettings) -> dg.MaterializeResult:
    options = claimledger.extract_options(duckdb.database)
    with duckdb.get_connection() as con:
        total = con.execute("SELECT count(*) FROM documents WHERE batch_id = ?",
                            [context.partition_key]).fetchone()[0]
        result = stages.extract(con, context.partition_key, options,
                                progress=progress.for_extract(total, context.log.info))
    preview = result.preview
    return dg.MaterializeResult(metadata={
        "dagster/row_count": result.counts["claims"],
        "documents": result.counts["documents"],
        "preview": dg.MetadataValue.md(preview_markdown(
            preview[PREVIEW_COLUMNS] if not preview.empty else preview)),
    })
