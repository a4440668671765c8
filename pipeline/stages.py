"""The pipeline's stages as plain functions over a DuckDB connection.

Each stage reads one batch, computes, and replaces that batch's rows in its
output tables inside one transaction, so a crash leaves either the old rows or
the new ones, never a mix. Dagster assets (assets/) are thin calls into these.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import duckdb
import pandas as pd

from pipeline.ingest.batch import Manifest, iter_ingest
from pipeline.storage import warehouse as wh
from pipeline.storage.parquet_store import read_partition, write_partition
from pipeline.validate.rows import split_valid
from pipeline.validate.schemas import ClaimSchema, DocumentSchema

DOC_READ_CHUNK = 256


@dataclass
class StageResult:
    """Counts and a preview, for the asset's metadata and the run summary."""

    counts: dict[str, int] = field(default_factory=dict)
    preview: pd.DataFrame = field(default_factory=pd.DataFrame)


def ingest(con: duckdb.DuckDBPyConnection, manifest: Manifest) -> StageResult:
    """Read the batch's files into `documents`, one `ingest_log` row per input."""
    wh.ensure_schema(con)
    stored = wh.stored_hashes(con, manifest.batch_id)
    result = StageResult(counts={"ingested": 0, "duplicate": 0, "rejected": 0})
    previews = []
    with wh.transaction(con):
        for table in ("documents", "ingest_log"):
            wh.delete_batch(con, table, manifest.batch_id)
        for chunk in iter_ingest(manifest, stored):
            docs, rejected = split_valid(chunk.documents, DocumentSchema)
            log = _reject_in_log(chunk.log, rejected)
            wh.append(con, "documents", docs)
            wh.append(con, "ingest_log", log)
            for outcome, n in log["outcome"].value_counts().items():
                result.counts[outcome] = result.counts.get(outcome, 0) + int(n)
            if len(previews) < 1:
                previews.append(log)
        wh.record_batch(con, manifest.batch_id, manifest.root, len(manifest.files), "ingested")
    result.preview = previews[0] if previews else pd.DataFrame()
    return result


def _reject_in_log(log: pd.DataFrame, rejected: pd.DataFrame) -> pd.DataFrame:
    """Documents that fail their schema are logged as rejected, with the check."""
    if rejected.empty:
        return log
    log = log.copy()
    for doc_id, reason in zip(rejected["doc_id"], rejected["reason"], strict=True):
        hit = log["doc_id"] == doc_id
        log.loc[hit, "outcome"] = "rejected"
        log.loc[hit, "reason"] = f"documents schema: {reason}"
    return log


def iter_documents(con: duckdb.DuckDBPyConnection, batch_id: str,
                   chunk: int = DOC_READ_CHUNK) -> Iterator[tuple[str, str, dt.date | None]]:
    """(doc_id, text, published) of a batch, streamed in id order."""
    cur = con.cursor()
    cur.execute("SELECT doc_id, text, published FROM documents WHERE batch_id = ? "
                "ORDER BY doc_id", [batch_id])
    while rows := cur.fetchmany(chunk):
        yield from rows
    cur.close()


def chunked(items: Iterator, size: int) -> Iterator[list]:
    """Lists of up to `size` items, streamed."""
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@dataclass
class ExtractOptions:
    """How the extraction stage runs (see pipeline.compute and parquet_store)."""

    parquet_url: str
    model: str | None = None
    scheduler: str | None = None     # a Dask scheduler address; None: in this process
    n_process: int = 1
    batch_size: int = 64
    chunk_docs: int = 256


def extract(con: duckdb.DuckDBPyConnection, batch_id: str, options: ExtractOptions, *,
            progress: Callable[[int, int], None] | None = None) -> StageResult:
    """Run the extractor over a batch's documents into `claims_extracted`.

    Documents go out in chunks (to local processes or a Dask cluster); each
    chunk's claims come back as an Arrow table and are written as a Parquet
    part file of the batch's partition, published in one step; the partition
    is then loaded into DuckDB in one transaction. `progress(docs_done,
    claims_found)` is called after each chunk.
    """
    from pipeline.compute import run_chunks
    from pipeline.compute.work import SCHEMA

    wh.ensure_schema(con)
    done = {"documents": 0, "claims": 0}

    def tap(results: Iterator) -> Iterator:
        for n_docs, table in results:
            done["documents"] += n_docs
            done["claims"] += table.num_rows
            if progress is not None:
                progress(done["documents"], done["claims"])
            yield table

    chunks = chunked(iter_documents(con, batch_id), options.chunk_docs)
    results = run_chunks(chunks, batch_id=batch_id, model=options.model,
                         scheduler=options.scheduler, n_process=options.n_process,
                         batch_size=options.batch_size)
    _, rows = write_partition(options.parquet_url, "claims_extracted", batch_id,
                              tap(results), SCHEMA)
    _load_partition(con, options.parquet_url, "claims_extracted", batch_id)
    preview = con.execute("SELECT * FROM claims_extracted WHERE batch_id = ? "
                          "ORDER BY doc_id, char_start LIMIT 10", [batch_id]).df()
    return StageResult(counts={"documents": done["documents"], "claims": rows},
                       preview=preview)


def _load_partition(con: duckdb.DuckDBPyConnection, url: str, table: str,
                    batch_id: str) -> int:
    """Replace a batch's rows in a DuckDB table by its published Parquet partition,
    in one transaction."""
    data = read_partition(url, table, batch_id)
    with wh.transaction(con):
        wh.delete_batch(con, table, batch_id)
        if data.num_rows:
            wh.append(con, table, data.to_pandas())
    return data.num_rows


def validate(con: duckdb.DuckDBPyConnection, batch_id: str) -> StageResult:
    """Split a batch's extracted rows into `claims` and `claims_rejected`."""
    wh.ensure_schema(con)
    frame = con.execute(
        "SELECT * REPLACE (strftime(date_resolved, '%Y-%m-%d') AS date_resolved) "
        "FROM claims_extracted WHERE batch_id = ? ORDER BY doc_id, char_start",
        [batch_id]).df()
    valid, rejected = split_valid(frame, ClaimSchema)
    stamp = dt.datetime.now().replace(microsecond=0)
    rejected = rejected.assign(rejected_at=stamp)
    with wh.transaction(con):
        for table in ("claims", "claims_rejected"):
            wh.delete_batch(con, table, batch_id)
        wh.append(con, "claims", valid)
        wh.append(con, "claims_rejected", rejected)
    return StageResult(counts={"extracted": len(frame), "stored": len(valid),
                               "rejected": len(rejected)},
                       preview=valid)
