"""Ingest stage: a batch's files into `documents` and `ingest_log`."""


import dagster as dg
from dagster_duckdb import DuckDBResource

from assets.resources import WRITER_POOL, WRITER_RETRY, ClaimLedgerSettings, batches
from pipeline import stages
from pipeline.ingest.batch import Manifest
from pipeline.storage.warehouse import preview_markdown


@dg.multi_asset(
    specs=[
        dg.AssetSpec("documents", group_name="ingest", kinds={"duckdb"},
                     description="One row per distinct text: id, content hash, "
                                 "publication date, text."),
        dg.AssetSpec("ingest_log", group_name="ingest", kinds={"duckdb"},
                     description="One row per input file or record: ingested, "
                                 "duplicate or rejected, and why."),
    ],
    partitions_def=batches,
    pool=WRITER_POOL,
    retry_policy=WRITER_RETRY,
)
def ingest(context: dg.AssetExecutionContext, duckdb: DuckDBResource,
           claimledger: ClaimLedgerSettings):
    manifest = Manifest.load(claimledger.state_path, context.partition_key)
    with duckdb.get_connection() as con:
        result = stages.ingest(con, manifest)
    c = result.counts
    yield dg.MaterializeResult(asset_key="documents", metadata={
        "dagster/row_count": c.get("ingested", 0),
        "files": len(manifest.files),
    })
    yield dg.MaterializeResult(asset_key="ingest_log", metadata={
        "dagster/row_count": sum(c.values()),
        "ingested": c.get("ingested", 0),
        "duplicate": c.get("duplicate", 0),
        "rejected": c.get("rejected", 0),
        "preview": dg.MetadataValue.md(preview_markdown(
            result.preview[["input_ref", "doc_id", "outcome", "reason", "warning"]]
            if not result.preview.empty else result.preview)),
    })
