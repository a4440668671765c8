"""Helpers shared by the extractor's tests."""

import datetime as dt

from spacy.language import Language

from pipeline.extract import extract


def one(nlp: Language, text: str, value: float, published: dt.date | None = None) -> dict:
    """The one claim of `text` with this value (fails when there is none or several)."""
    claims = [c for c in extract(nlp, text, published) if c["value"] == value]
    assert len(claims) == 1, extract(nlp, text, published)
    return claims[0]
