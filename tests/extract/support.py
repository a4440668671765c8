"""Helpers shared by the extractor's tests."""

import datetime as dt

from spacy.language import Language

from pipeline.extract import extract


def one(nlp: Language, text: str, value: float, published: dt.date | None = None) -> dict:
    """The one claim of `text` with this value (fails when there is none or several)."""
    claims = [c for c in extract(nlp, text, published) if c["value"] == value]
    assert len(claims) == 1, extract(nlp, text, published)
    return claims[0]


def values(nlp: Language, text: str) -> list[float]:
    """The values of every claim extracted from `text`, in order."""
    return [c["value"] for c in extract(nlp, text)]
