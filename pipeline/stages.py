"""The pipeline's stages as plain functions over a DuckDB connection.

Each stage reads one batch, computes, and replaces that batch's rows in its
output tables inside one transaction, so a crash leaves either the old rows or
the new ones, never a mix. Dagster assets (assets/) are thin calls into these.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import duckdb
import pandas as pd

from pipeline.ingest.batch import Manifest, iter_ingest
from pipeline.storage import warehouse as wh
from pipeline.validate.rows import split_valid
from pipeline.validate.schemas import EXTRACTED_COLUMNS, ClaimSchema, DocumentSchema

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


def claim_id(doc_id: str, start: int, end: int) -> str:
    """Stable id of a claim: its document and the span of its number."""
    return hashlib.sha1(f"{doc_id}\0{start}\0{end}".encode()).hexdigest()[:16]


def claim_rows(doc_id: str, batch_id: str, claims: list[dict], version: str) -> list[dict]:
    """The extractor's claims of one document as `claims_extracted` rows."""
    rows = []
    for c in claims:
        row = {k: c.get(k) for k in EXTRACTED_COLUMNS}
        row.update(claim_id=claim_id(doc_id, c["char_start"], c["char_end"]),
                   doc_id=doc_id, batch_id=batch_id, extractor_version=version)
        rows.append(row)
    return rows


def extract(con: duckdb.DuckDBPyConnection, batch_id: str, nlp, *, batch_size: int = 64,
            n_process: int = 1, flush_rows: int = 5000,
            progress: Callable[[int, int], None] | None = None) -> StageResult:
    """Run the extractor over a batch's documents into `claims_extracted`.

    `progress(docs_done, claims_found)` is called after each document.
    """
    from pipeline.extract import EXTRACTOR_VERSION, extract_batch

    wh.ensure_schema(con)
    result = StageResult(counts={"documents": 0, "claims": 0})
    pending: list[dict] = []
    preview = None
    found = 0
    with wh.transaction(con):
        wh.delete_batch(con, "claims_extracted", batch_id)
        docs = iter_documents(con, batch_id)
        for doc_id, claims in extract_batch(nlp, docs, batch_size=batch_size,
                                            n_process=n_process):
            result.counts["documents"] += 1
            found += len(claims)
            if progress is not None:
                progress(result.counts["documents"], found)
            if not claims:
                continue
            pending.extend(claim_rows(doc_id, batch_id, claims, EXTRACTOR_VERSION))
            if len(pending) >= flush_rows:
                frame = _flush(con, pending)
                preview = frame if preview is None else preview
        if pending:
            frame = _flush(con, pending)
            preview = frame if preview is None else preview
    result.counts["claims"] = wh.count(con, "claims_extracted", batch_id)
    result.preview = preview if preview is not None else pd.DataFrame()
    return result


def _flush(con: duckdb.DuckDBPyConnection, pending: list[dict]) -> pd.DataFrame:
    """Insert the pending rows as one DataFrame; returns it (for a preview)."""
    frame = pd.DataFrame(pending, columns=wh.table_columns("claims_extracted"))
    pending.clear()
    wh.append(con, "claims_extracted", frame)
    return frame


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
