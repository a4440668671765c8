"""The unit of extraction work: a chunk of documents in, an Arrow table of claims out."""

from __future__ import annotations

import datetime as dt
import hashlib

import pyarrow as pa

from pipeline.validate.schemas import EXTRACTED_COLUMNS

Chunk = list[tuple[str, str, dt.date | None]]

#: Arrow types of the extracted columns (the rest of `claims_extracted` is added here)
ARROW_TYPES = {
    "claim_id": pa.string(), "doc_id": pa.string(), "batch_id": pa.string(),
    "sentence": pa.string(), "quantity_text": pa.string(), "value": pa.float64(),
    "value_high": pa.float64(), "bound": pa.string(), "metric": pa.string(),
    "unit": pa.string(), "actor": pa.string(), "location": pa.string(),
    "source": pa.string(), "source_type": pa.string(), "date_text": pa.string(),
    "date_resolved": pa.string(), "hedged": pa.bool_(), "evidence": pa.string(),
    "char_start": pa.int64(), "char_end": pa.int64(), "extractor_version": pa.string(),
}
SCHEMA = pa.schema(list(ARROW_TYPES.items()))


def claim_id(doc_id: str, start: int, end: int) -> str:
    """Stable id of a claim: its document and the span of its number."""
    return hashlib.sha1(f"{doc_id}\0{start}\0{end}".encode()).hexdigest()[:16]


def extract_chunk(chunk: Chunk, batch_id: str, nlp, *, n_process: int = 1,
                  batch_size: int = 64) -> pa.Table:
    """Run the extractor over one chunk of documents; one Arrow table of claim rows."""
    from pipeline.extract import EXTRACTOR_VERSION, extract_batch

    columns: dict[str, list] = {name: [] for name in ARROW_TYPES}
    for doc_id, claims in extract_batch(nlp, chunk, batch_size=batch_size,
                                        n_process=n_process):
        for c in claims:
            for key in EXTRACTED_COLUMNS:
                columns[key].append(c.get(key))
            columns["claim_id"].append(claim_id(doc_id, c["char_start"], c["char_end"]))
            columns["doc_id"].append(doc_id)
            columns["batch_id"].append(batch_id)
            columns["extractor_version"].append(EXTRACTOR_VERSION)
    return pa.table(columns, schema=SCHEMA)
