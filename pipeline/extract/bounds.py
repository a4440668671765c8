"""Bound of a quantity (exact / lower / upper / approx / range) from the words around it."""

from __future__ import annotations

import re
from functools import cache

from .patterns import load

_CURRENCY_PREFIX = re.compile(r"(?:\b[A-Z]{1,3}\s?)?[$€£¥₹₽₴₪]\s*$"
                              r"|\b(?:USD|EUR|GBP|AUD|CAD|NZD|CHF|JPY|INR|Rs\.?)\s*$")


_NEGATABLE = {"more than", "over", "greater than", "above", "in excess of", "exceed", "beyond"}
_NEGATED = re.compile(r"(?:\bnot|n't|\bnever|\bunable|\bcannot|\bfail(?:s|ed)?\s+to)"
                      r"(?:\s+\w+){0,3}\s*$", re.IGNORECASE)


@cache
def _before_res() -> list[tuple[re.Pattern[str], str, str]]:
    lex = load("bounds")
    items = [(p, b) for b, ps in lex["before"].items() for p in ps]
    items.sort(key=lambda x: -len(x[0]))
    out = []
    for phrase, bound in items:
        pat = re.compile(r"(?:^|(?<=[\s(\"'“]))" + re.escape(phrase) + r"\s*$", re.IGNORECASE)
        out.append((pat, bound, phrase))
    return out


@cache
def _after_res() -> list[tuple[re.Pattern[str], str, str]]:
    lex = load("bounds")
    items = [(p, b) for b, ps in lex["after"].items() for p in ps]
    items.sort(key=lambda x: -len(x[0]))
    return [
        (re.compile(r"^\s*" + ("-?" if p == "odd" else "") + re.escape(p) + r"(?![\w])",
                    re.IGNORECASE), b, p) for p, b in items
    ]


_ESTIMATED_OF = re.compile(
    r"\b(?:an|the) estimated (?:[\w-]+ ){1,3}of $|\bestimated to (?:be|weigh|number|total|"
    r"cost|reach|have|hold|contain) $", re.IGNORECASE)
_RAISE = re.compile(r"\b(?:brings?|brought|bringing|takes?|took|taking)\s+$", re.IGNORECASE)


def strip_currency(before: str) -> str:
    """Drop a currency symbol/code directly in front of the number ('over $5' -> 'over ')."""
    return _CURRENCY_PREFIX.sub("", before)


def _bound_before(before: str) -> tuple[re.Match[str], str, str] | None:
    """The bound phrase that ends ``before`` (longest first): (match, bound, phrase)."""
    for pat, bound, phrase in _before_res():
        m = pat.search(before)
        if m:
            return m, bound, phrase
    return None


def bound_phrase_before(before: str) -> str | None:
    """The bound phrase ("at least", "up to", "as many as") right before a number, if any."""
    found = _bound_before(strip_currency(before or ""))
    return found[2] if found else None


def detect_bound(before: str, after: str, is_range: bool = False) -> tuple[str, str]:
    """Return (bound, evidence) from the text just before and just after the number.

    ``before`` should end right where the number starts (only the same clause is needed;
    the caller passes ~40 characters).  A bound word only binds the number it directly
    precedes, so list items after the first stay exact.
    """
    if is_range:
        return "range", "bound:range"
    b = strip_currency(before or "")
    found = _bound_before(b)
    if found:
        m, bound, phrase = found
        # "does not allow for more than 26,000": a negated lower bound is a ceiling
        if bound == "lower" and phrase in _NEGATABLE and _NEGATED.search(b[:m.start()]):
            return "upper", f"bound:not_{phrase.replace(' ', '_')}"
        # "this brings up to seven the number of ...": "bring up to" raises a total
        if phrase == "up to" and _RAISE.search(b[:m.start()]):
            return "exact", "bound:none"
        return bound, f"bound:{phrase.replace(' ', '_')}"
    for pat, bound, phrase in _after_res():
        if pat.search(after or ""):
            return bound, f"bound:{phrase.replace(' ', '_')}"
    if _ESTIMATED_OF.search(b):
        # "an estimated population of 904,522", "estimated to weigh 30 kilograms"
        return "approx", "bound:estimated_of"
    return "exact", "bound:none"
