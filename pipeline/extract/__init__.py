"""ClaimLedger claim extractor: rule-based spaCy components that turn news text into
quantitative claims (see ``extract`` and ``extract_batch``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language

from .chunking import CHUNK_CHARS, split_text
from .dates import resolve_date
from .model import DEFAULT_MODEL, ModelNotFoundError, load_pipeline

EXTRACTOR_VERSION = "0.3.0"

__all__ = [
    "DEFAULT_MODEL",
    "EXTRACTOR_VERSION",
    "ModelNotFoundError",
    "extract",
    "extract_batch",
    "load_pipeline",
]


def _shift(claims: list[dict[str, Any]], offset: int, published: dt.date | None) -> list[dict]:
    out = []
    for c in claims:
        c = dict(c)
        c["char_start"] += offset
        c["char_end"] += offset
        c["date_resolved"] = resolve_date(c.get("date_text"), published)
        out.append(c)
    return out


def _chunks(text: str, nlp: Language) -> list[tuple[int, str]]:
    limit = min(CHUNK_CHARS, max(1000, nlp.max_length - 1))
    return list(split_text(text or "", limit))


def extract(nlp: Language, text: str, published: dt.date | None = None) -> list[dict]:
    """Claims in ``text`` (offsets refer to ``text``); ``published`` resolves relative dates."""
    out: list[dict] = []
    for offset, chunk in _chunks(text, nlp):
        doc = nlp(chunk)
        out.extend(_shift(doc._.claims or [], offset, published))
    return out


def extract_batch(
    nlp: Language,
    items: Iterable[tuple[str, str, dt.date | None]],
    batch_size: int = 64,
    n_process: int = 1,
) -> Iterator[tuple[str, list[dict]]]:
    """Stream (doc_id, claims) for (doc_id, text, published) items, in input order."""
    state: dict[str, Any] = {}

    def gen() -> Iterator[tuple[str, tuple[int, int, bool]]]:
        for idx, (doc_id, text, published) in enumerate(items):
            chunks = split_text(text or "", CHUNK_CHARS)
            state[idx] = (doc_id, published)
            pending = None
            for offset, chunk in chunks:
                if pending is not None:
                    yield pending[0], (idx, pending[1], False)
                pending = (chunk, offset)
            assert pending is not None
            yield pending[0], (idx, pending[1], True)

    acc: list[dict] = []
    for doc, (idx, offset, is_last) in nlp.pipe(gen(), as_tuples=True, batch_size=batch_size,
                                                n_process=n_process):
        doc_id, published = state[idx]
        acc.extend(_shift(doc._.claims or [], offset, published))
        if is_last:
            del state[idx]
            yield doc_id, acc
            acc = []
