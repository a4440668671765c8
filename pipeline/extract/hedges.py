"""Hedging cues ("reportedly", "may", "an estimated", "unconfirmed", ...)."""

from __future__ import annotations

import re
from functools import cache

from .patterns import load


@cache
def _res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = load("hedges")
    words = re.compile(r"\b(?:" + "|".join(map(re.escape, lex["words"])) + r")\b", re.IGNORECASE)
    phrases = re.compile("|".join(map(re.escape, lex["phrases"])), re.IGNORECASE)
    return words, phrases


def detect_hedge(sentence: str) -> tuple[bool, str | None]:
    """(hedged, cue) for a sentence."""
    words, phrases = _res()
    m = phrases.search(sentence) or words.search(sentence)
    if m:
        return True, m.group(0).lower()
    return False, None
