"""Helpers shared by the robustness tests and the fuzz script (no spaCy needed)."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

import pandas as pd

from pipeline.ingest.batch import MAX_DOC_CHARS, Manifest, iter_ingest, make_manifest, scan
from pipeline.ingest.text import normalize_text

OUTCOMES = {"ingested", "duplicate", "rejected"}
#: suffixes whose file becomes exactly one log row (unless split into parts)
SINGLE = (".txt", ".md", ".html", ".htm")
SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv")


def ingest(path: Path, stored: dict | None = None, **kw) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(documents, ingest_log) for a file or folder, as the ingest stage sees them."""
    files, refused = scan(path)
    return ingest_manifest(make_manifest(path, files, refused), stored, **kw)


def ingest_manifest(manifest: Manifest, stored: dict | None = None,
                    **kw) -> tuple[pd.DataFrame, pd.DataFrame]:
    docs, logs = [], []
    for chunk in iter_ingest(manifest, stored or {}, **kw):
        docs.append(chunk.documents)
        logs.append(chunk.log)
    return pd.concat(docs, ignore_index=True), pd.concat(logs, ignore_index=True)


def one(log: pd.DataFrame) -> dict:
    """The single log row of a one-file batch, as a dict."""
    assert len(log) == 1, log.to_dict("records")
    return log.iloc[0].to_dict()


def check_invariants(docs: pd.DataFrame, log: pd.DataFrame, suffix: str,
                     max_chars: int = MAX_DOC_CHARS) -> None:
    """What must hold for any input: one known outcome per row, reasons for
    rejections, and stored texts that are normalised, hashed and storable."""
    assert len(log) >= 1
    assert set(log["outcome"]) <= OUTCOMES, log["outcome"].tolist()
    assert log["input_ref"].is_unique, log["input_ref"].tolist()
    rejected = log[log["outcome"] == "rejected"]
    assert rejected["reason"].map(lambda r: isinstance(r, str) and r != "").all()
    dup = log[log["outcome"] == "duplicate"]
    assert dup["duplicate_of"].notna().all()
    if suffix in SINGLE:
        assert len(log) == 1 or log["input_ref"].str.contains("#part").all()
    ingested = log[log["outcome"] == "ingested"]
    assert len(ingested) == len(docs)
    assert docs["doc_id"].is_unique
    for row in docs.itertuples(index=False):
        assert 0 < len(row.text) <= max_chars
        assert normalize_text(row.text)[0] == row.text
        assert hashlib.sha256(row.text.encode("utf-8")).hexdigest() == row.content_hash
        assert row.n_chars == len(row.text)


def ingest_bytes(data: bytes, suffix: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Write bytes to a file with the suffix in a fresh folder and ingest it."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        return ingest(Path(tmp))
