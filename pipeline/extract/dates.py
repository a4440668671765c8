"""Date phrase of a claim (from the sentence's DATE entities) and its resolution to ISO."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
TIME_UNITS = {"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade",
              "century", "night", "morning", "evening", "weekend", "am", "pm", "a.m.", "p.m.",
              "a.m", "p.m", "o'clock", "gmt", "utc", "yr", "hr", "min", "sec"}
_PREPS = {"on", "since", "in", "by", "over", "during", "until", "till", "from", "between",
          "through", "throughout", "before", "after", "as", "of", "within", "last", "earlier"}
# month names and abbreviations, longest first, for regular expressions
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))


def date_phrase(sent: Span, q_start: int, q_end: int) -> str | None:
    """The DATE entity of ``sent`` closest to the quantity (char offsets), with its preposition.

    Entities overlapping the quantity itself, durations of the form "N days" directly
    attached to the number and bare ages are skipped.
    """
    best: tuple[int, str] | None = None
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        if ent.start_char < q_end and q_start < ent.end_char:
            continue
        text = ent.text
        if re.search(r"\bold\b|year-old|years? old", text):
            continue
        start = ent.start
        prev = sent.doc[start - 1] if start > sent.start else None
        if prev is not None and prev.lower_ in _PREPS and not ent.text.lower().startswith(
            prev.lower_
        ):
            text = sent.doc[start - 1:ent.end].text
        dist = min(abs(ent.start_char - q_end), abs(q_start - ent.end_char))
        if best is None or dist < best[0]:
            best = (dist, text)
    return best[1] if best else None


def _year_for(month: int, day: int, published: dt.date) -> int:
    """News refers to the recent past: a month/day after the publication date is last year."""
    year = published.year
    try:
        if dt.date(year, month, day) > published + dt.timedelta(days=7):
            year -= 1
    except ValueError:
        pass
    return year


def resolve_date(text: str | None, published: dt.date | None) -> str | None:
    """Resolve a date phrase to ISO 'YYYY-MM-DD' (start of a span) or None.

    Handles "December 14", "14 December 2024", "December 14-15", "2024-12-14", weekdays
    ("on Sunday" -> the last such day on/before publication), today/yesterday.  Year-only,
    month-only and relative windows ("since October", "the past 24 hours") give None.
    """
    if not text:
        return None
    try:
        s = text.lower()
        m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", s)
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        m = re.search(rf"\b({MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b"
                      rf"(?:[^\d]{{0,12}}(\d{{4}}))?", s)
        m2 = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_RE})\b\.?"
                       rf"(?:,?\s+(\d{{4}}))?", s)
        if m or m2:
            if m:
                month, day, year = MONTHS[m.group(1)], int(m.group(2)), m.group(3)
            else:
                assert m2 is not None
                month, day, year = MONTHS[m2.group(2)], int(m2.group(1)), m2.group(3)
            if year:
                return dt.date(int(year), month, day).isoformat()
            if published is None:
                return None
            return dt.date(_year_for(month, day, published), month, day).isoformat()
        if published is None:
            return None
        if re.search(r"\b(today|tonight|this morning|this evening)\b", s):
            return published.isoformat()
        if re.search(r"\byesterday\b", s):
            return (published - dt.timedelta(days=1)).isoformat()
        for name, idx in WEEKDAYS.items():
            if re.search(rf"\b{name}\b", s):
                delta = (published.weekday() - idx) % 7
                if "last" in s and delta == 0:
                    delta = 7
                return (published - dt.timedelta(days=delta)).isoformat()
    except (ValueError, KeyError, OverflowError):
        return None
    return None
