"""ClaimLedger claim extractor: rule-based spaCy components that turn news text into
quantitative claims (see ``extract`` and ``extract_batch``).

Texts are split into chunks below ``nlp.max_length`` (``chunking``) and each chunk is cut
down to the sentences that can hold a claim plus the context the rules read (``prefilter``)
before spaCy runs; claim offsets are mapped back to the original text.  Set
``CLAIMLEDGER_PREFILTER=0`` to analyse whole texts (for comparisons)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.language import Language

from .chunking import CHUNK_CHARS, split_text
from .dates import resolve_date
from .model import DEFAULT_MODEL, ModelNotFoundError, load_pipeline
from .prefilter import window
from .sources import expand_surnames, expand_titles

PREFILTER_ENV = "CLAIMLEDGER_PREFILTER"  # "0" analyses whole texts (for comparisons)

EXTRACTOR_VERSION = "0.9.86"

__all__ = [
    "DEFAULT_MODEL",
    "EXTRACTOR_VERSION",
    "ModelNotFoundError",
    "extract",
    "extract_batch",
    "load_pipeline",
]


OffsetMap = Callable[[int, int], "tuple[int, int] | None"]


def _shift(claims: list[dict[str, Any]], offset: int, published: dt.date | None,
           to_original: OffsetMap | None = None) -> list[dict]:
    out = []
    for c in claims:
        c = dict(c)
        if to_original is not None:
            span = to_original(c["char_start"], c["char_end"])
            if span is None:  # a number joined across two kept ranges: not in the text
                continue
            c["char_start"], c["char_end"] = span
        c["char_start"] += offset
        c["char_end"] += offset
        c["date_resolved"] = resolve_date(c.get("date_text"), published)
        out.append(c)
    return out


def _prefilter_on() -> bool:
    return os.environ.get(PREFILTER_ENV, "1") != "0"


def _pieces(text: str, limit: int) -> Iterator[tuple[str, int, OffsetMap | None]]:
    """(text to analyse, chunk offset, map back to chunk offsets) for each chunk of ``text``.

    Chunks keep every Doc below ``nlp.max_length``; with the prefilter on, each chunk is
    cut down to the sentences that can hold a claim and their context (``prefilter``).
    """
    use_window = _prefilter_on()
    for offset, chunk in split_text(text or "", limit):
        if use_window:
            w = window(chunk)
            yield w.text, offset, w.to_original
        else:
            yield chunk, offset, None


def _limit(nlp: Language) -> int:
    return min(CHUNK_CHARS, max(1000, nlp.max_length - 1))


def extract(nlp: Language, text: str, published: dt.date | None = None) -> list[dict]:
    """Claims in ``text`` (offsets refer to ``text``); ``published`` resolves relative dates."""
    out: list[dict] = []
    for sub, offset, to_original in _pieces(text, _limit(nlp)):
        doc = nlp(sub)
        out.extend(_shift(doc._.claims or [], offset, published, to_original))
    expand_surnames(out, text or "")
    expand_titles(out, text or "")
    return out


def extract_batch(
    nlp: Language,
    items: Iterable[tuple[str, str, dt.date | None]],
    batch_size: int = 64,
    n_process: int = 1,
) -> Iterator[tuple[str, list[dict]]]:
    """Stream (doc_id, claims) for (doc_id, text, published) items, in input order.

    ``n_process`` > 1 uses spaCy's worker processes (claims travel in ``doc.user_data``);
    it only pays when the machine has that many otherwise idle cores.
    """
    state: dict[int, tuple[str, str, dt.date | None]] = {}
    maps: dict[int, tuple[int, OffsetMap | None]] = {}  # piece key -> offset, map back
    limit = _limit(nlp)

    def gen() -> Iterator[tuple[str, tuple[int, int, bool]]]:
        key = 0
        for idx, (doc_id, text, published) in enumerate(items):
            state[idx] = (doc_id, text or "", published)
            pending: tuple[str, int] | None = None
            for sub, offset, to_original in _pieces(text, limit):
                if pending is not None:
                    yield pending[0], (idx, pending[1], False)
                key += 1
                maps[key] = (offset, to_original)
                pending = (sub, key)
            assert pending is not None
            yield pending[0], (idx, pending[1], True)

    acc: list[dict] = []
    # contexts are small ints: with n_process > 1 they travel to the workers and back
    for doc, (idx, key, is_last) in nlp.pipe(
        gen(), as_tuples=True, batch_size=batch_size, n_process=n_process
    ):
        doc_id, text, published = state[idx]
        offset, to_original = maps.pop(key)
        acc.extend(_shift(doc._.claims or [], offset, published, to_original))
        if is_last:
            del state[idx]
            expand_surnames(acc, text)
            expand_titles(acc, text)
            yield doc_id, acc
            acc = []
