"""Extract stage: spaCy over a batch's documents into `claims_extracted`."""


import dagster as dg
from dagster_duckdb import DuckDBResource

from assets.resources import WRITER_POOL, ClaimLedgerSettings, batches
from pipeline import stages
from pipeline.storage.warehouse import preview_markdown

PREVIEW_COLUMNS = ["doc_id", "quantity_text", "bound", "metric", "unit", "actor", "source"]


@dg.asset(
    deps=["documents"],
    group_name="extract",
    kinds={"spacy", "duckdb"},
    partitions_def=batches,
    pool=WRITER_POOL,
    description="Claims as the extractor found them, before validation.",
)
def claims_extracted(context: dg.AssetExecutionContext, duckdb: DuckDBResource,
                     claimledger: ClaimLedgerSettings) -> dg.MaterializeResult:
    from pipeline.extract import load_pipeline

    nlp = load_pipeline(claimledger.model or None)
    with duckdb.get_connection() as con:
        result = stages.extract(con, context.partition_key, nlp,
                                batch_size=claimledger.batch_size,
                                n_process=claimledger.n_process)
    preview = result.preview
    return dg.MaterializeResult(metadata={
        "dagster/row_count": result.counts["claims"],
        "documents": result.counts["documents"],
        "preview": dg.MetadataValue.md(preview_markdown(
            preview[PREVIEW_COLUMNS] if not preview.empty else preview)),
    })
