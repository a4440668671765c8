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
    m = phrases.search(sentence) or next(
        (w for w in words.finditer(sentence) if not _month(sentence, w)), None)
    if m:
        return True, m.group(0).lower()
    return False, None


def _month(sentence: str, m: re.Match[str]) -> bool:
    """'By May of 2004', 'on May 5', 'In May, ...': the month, not the modal (a title-case
    headline's "Troops May Be Withdrawn" stays a hedge)."""
    if m.group(0) != "May":
        return False
    after = re.match(r"\s*(?:\d|of\b|,|\.|;|$)", sentence[m.end():])
    before = re.search(r"\b(?:in|on|by|since|until|till|last|next|early|late|mid|this|that|"
                       r"during|from|through|before|after)\s+$", sentence[:m.start()],
                       re.IGNORECASE)
    return bool(after or before)
