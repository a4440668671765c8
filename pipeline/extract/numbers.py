"""Number expressions: find them in raw text and normalise their value.

Surface forms handled: digits with thousands separators (comma, NBSP, narrow NBSP,
thin space; a plain space when every later group has three digits), decimals, Unicode
(e.g. Arabic-Indic) digits, scale words ("1.5 million", "27-hundred"), number words ("three
thousand", "a thousand", "twenty-five", "a dozen"), fractions ("one third", "half of", "a
third of", "2/3rds"), ranges ("between 11,000 and 12,000", "10,000 to 12,000", "11-13",
"18% and 30%", "six- and twenty-thousand") and money with a glued scale ("$225m",
"£3.5bn").  Nothing here raises on any input.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .dates import MONTH_RE

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "mln": 1_000_000,
          # Indian English: "40 lakh" (4,000,000), "2 crore" (20,000,000)
          "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
             "fifth": 5, "fifths": 5}

_SEP = "[,\u00a0\u202f\u2009\u2007\u200b\u2060]"
_ZW = "[\u200b\u200c\u200d\u2060\ufeff]"
# a signed column of a table row, after a space: " +24 Other", " -1" at the end of a line
_SIGNED_COLUMN = r"[ \u00a0][-+−–]\d+(?:[ \u00a0]+[A-Z]|[ \u00a0]*(?:\n|$))"
SIGNED_COLUMN_RE = re.compile(_SIGNED_COLUMN)
# a plain space groups thousands too ("12 000"), when every group after the first has three
# digits and no digit, comma or point follows ("in 2005 300 more" stays two numbers), nor a
# signed column (a table row: "Democrats 223 202 +24 Other ...")
_DIGITS = (rf"\d{{1,3}}(?:{_SEP}\d{{3}})+(?:\.\d+)?"
           rf"|\d{{1,3}}(?: \d{{3}})+(?![\d,.]\d|\d|{_SIGNED_COLUMN})"
           rf"|\d+(?:\.\d+)?")
# a month name (whole word) right before: "on May 5 300 troops" is a day, then a count
MONTH_BEFORE = re.compile(
    rf"\b(?:{MONTH_RE})\.?\s+$", re.IGNORECASE)
_SCALE = r"(?:hundred|thousand|million|billion|trillion|bn|mln|lakhs?|crores?)"
# after digits a large scale may take a plural "s": "2 millions", "R$ 2.4 millions"
_DIGIT_SCALE = rf"(?:(?:million|billion|trillion)s|{_SCALE})"
_UNIT_W = "|".join(sorted(UNITS, key=len, reverse=True))
_TENS_W = "|".join(TENS)
_WORD = rf"(?:(?:{_TENS_W})(?:[-\u2010\u2011 ](?:{_UNIT_W}))?|{_UNIT_W}|{_SCALE}|dozen)"
_AND = r"(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+"
_WORDSEQ = rf"(?:{_WORD})(?:(?:{_AND}|\s+|-)(?:{_WORD}))*"
_NUM = (
    rf"(?:(?:{_DIGITS}|{_WORDSEQ})[\s-]+and[\s-]+a[\s-]+half[\s-]+{_SCALE}\b"
    rf"|(?:{_DIGITS})(?:(?:\s+|-)?{_DIGIT_SCALE}\b(?:\s+(?:thousand|million|billion)\b)?)?"
    rf"|(?:a|half\s+a)\s+(?:{_SCALE}|dozen)(?:\s+(?:{_WORDSEQ}))?"
    rf"|{_WORDSEQ})"
)
NUMBER_RE = re.compile(
    # a unit may be glued on ("140km", "10kg"), no other letter ("5pm", "F16", "$5m",
    # "155mm shells": a calibre)
    # ("$A130,000", "$NZ5 million": a dollar sign with its country letters before the digits)
    rf"(?:(?<=\$A)|(?<=\$NZ)|(?<=\$US)|(?<=\$C)|(?<![\w.,:/]))"
    rf"(?<![A-Za-z][-\u2010\u2011])(?P<num>{_NUM})"
    r"(?!(?!(?:km|kms|kg|lb|lbs)\b)\w|[.,:/]\d)",
    re.IGNORECASE,
)
_FRACTION_RE = re.compile(
    rf"^\s*[-\u2010\u2011 ]?(?P<frac>{'|'.join(FRACTIONS)})\b", re.IGNORECASE
)
_DOZEN_RE = re.compile(r"^\s+dozen\b", re.IGNORECASE)
# ("18% and 30%", "10 percent to 15 percent": the low end may carry the percent sign too)
_PCT = r"(?:\s?%|\s+per\s?cent|\s+percent)?"
# ("$100 to $150", "between US$5 and US$10": the high end may carry the currency sign too)
_CUR = r"(?:[A-Z]{0,2}\$|£|€|¥|₹)?"
_RANGE_GAP = re.compile(rf"^{_PCT}\s*(?:-|\u2010|\u2011|\u2012|\u2013|\u2014|to)\s*{_CUR}$",
                        re.IGNORECASE)
_AND_GAP = re.compile(rf"^{_PCT}\s+and\s+{_CUR}$", re.IGNORECASE)
# ("five or possibly six": a hedge between the two ends)
_OR_GAP = re.compile(rf"^{_PCT}\s+or\s+(?:possibly\s+|perhaps\s+|maybe\s+)?{_CUR}$",
                     re.IGNORECASE)
_BETWEEN = re.compile(rf"\bbetween\s+(?:\S+\s+)?{_CUR}$", re.IGNORECASE)
_FROM = re.compile(rf"\bfrom\s+(?:\S+\s+)?{_CUR}$", re.IGNORECASE)
_RANGING = re.compile(rf"\b(?:rang(?:e|es|ed|ing)|anywhere)\s+from\s+(?:\S+\s+)?{_CUR}$",
                      re.IGNORECASE)


# a fraction of a group: "half of the village", "nearly half of the dead", "a third of the
# report" (not "the second half of 2006")
_FRACTION_OF = re.compile(
    r"(?<![\w-])(?<!first )(?<!second )(?<!the )(?<!other )(?<!latter )(?<!and a )"
    r"(?P<num>half|a\s+third|a\s+quarter)(?=\s+of\b)", re.IGNORECASE)
_FRACTION_OF_VALUE = {"half": 0.5, "third": 1 / 3, "quarter": 0.25}
# "a pair of bombs": two, said with a noun (not "a couple of", which is vague)
_PAIR_OF = re.compile(r"(?<![\w-])(?P<num>a\s+pair)(?=\s+of\b)", re.IGNORECASE)
# money with a glued scale letter: "$225m", "£3.5bn", "€40k", "$7M"
_MONEY_SCALED = re.compile(r"(?<=[$£€¥₹])(?P<num>\d+(?:\.\d+)?(?P<scale>m|mn|bn|b|k))\b",
                           re.IGNORECASE)
_LETTER_SCALES = {"m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3}


@dataclass
class Quantity:
    """A number expression found in text; offsets are character offsets into that text."""

    start: int
    end: int
    text: str
    value: float
    value_high: float | None = None
    is_range: bool = False
    kind: str = "digits"  # digits | words | mixed | fraction

    @property
    def evidence(self) -> str:
        return f"num:{self.kind}" + (":range" if self.is_range else "")


def _clean(s: str) -> str:
    return re.sub(_ZW, "", s)


def parse_digits(s: str) -> float | None:
    """'12,000' -> 12000.0, '12\\u00a0000' -> 12000.0, '1.5' -> 1.5, Arabic-Indic digits too."""
    try:
        s = re.sub(rf"{_SEP}|{_ZW}|\s", "", s)
        s = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in s)
        if not re.fullmatch(r"\d+(?:\.\d+)?", s):
            return None
        return float(s)
    except (ValueError, TypeError, OverflowError):
        return None


def parse_words(s: str) -> float | None:
    """'three thousand' -> 3000, 'a dozen' -> 12, 'twenty-five' -> 25, 'half a million'."""
    try:
        words = [w for w in re.split(r"[\s\-\u2010\u2011]+", s.lower()) if w and w != "and"]
        if not words:
            return None
        total, current, seen = 0.0, 0.0, False
        half = False
        if words[:2] == ["half", "a"]:
            half, words = True, words[2:]
        for w in words:
            if w == "a":
                current = 1
            elif w in UNITS:
                current += UNITS[w]
                seen = True
            elif w in TENS:
                current += TENS[w]
                seen = True
            elif w == "dozen":
                current = (current or 1) * 12
                seen = True
            elif w == "hundred":
                current = (current or 1) * 100
                seen = True
            elif w in SCALES:
                total += (current or 1) * SCALES[w]
                current, seen = 0.0, True
            else:
                d = parse_digits(w)
                if d is None:
                    return None
                current += d
                seen = True
        if not seen:
            return None
        value = total + current
        return value / 2 if half else value
    except (ValueError, TypeError, OverflowError):
        return None


def parse_number(text: str) -> float | None:
    """Normalise one number expression (digits, words or mixed); None if not a number."""
    if not isinstance(text, str):
        return None
    try:
        s = _clean(text).strip()
        if not s:
            return None
        # "eight and a half million", "2 and a half thousand"
        h = re.fullmatch(rf"(.+?)[\s-]+and[\s-]+a[\s-]+half[\s-]+({_SCALE})", s, re.IGNORECASE)
        if h:
            base = parse_number(h.group(1))
            return None if base is None else (base + 0.5) * SCALES[h.group(2).lower()]
        m = re.fullmatch(rf"({_DIGITS})(?:(?:\s+|-)?({_DIGIT_SCALE})(?:\s+({_SCALE}))?)?", s,
                         re.IGNORECASE)
        if m:
            base = parse_digits(m.group(1))
            if base is None:
                return None
            for g in (m.group(2), m.group(3)):  # "1 hundred million"
                if g:
                    g = g.lower()
                    base *= SCALES[g] if g in SCALES else SCALES[g[:-1]]
            return base
        return parse_words(s)
    except Exception:  # noqa: BLE001 - contract: never raise
        return None


def _kind(s: str) -> str:
    has_d = any(c.isdigit() for c in s)
    has_w = any(c.isalpha() for c in s)
    return "mixed" if has_d and has_w else ("digits" if has_d else "words")


def find_numbers(text: str) -> list[Quantity]:
    """All single number expressions in ``text`` (no ranges merged)."""
    out: list[Quantity] = []
    if not isinstance(text, str) or not text:
        return out
    taken = 0  # end of the last expression (a suffix like "dozen" may extend it)
    for m in NUMBER_RE.finditer(text):
        raw = m.group("num")
        start, end = m.start("num"), m.end("num")
        if start < taken:
            continue
        # trim a trailing hyphen/space that belongs to the next word
        while raw and raw[-1] in " -\u2010\u2011":
            raw, end = raw[:-1], end - 1
        if re.match(r"\d{1,3} \d", raw) and MONTH_BEFORE.search(text[max(0, start - 12):start]):
            # "on May 5 300 troops": a day, then a count
            cut = raw.index(" ")
            out.append(Quantity(start, start + cut, raw[:cut], float(raw[:cut]), None, False,
                                "digits"))
            start, raw = start + cut + 1, raw[cut + 1:]
        if _kind(raw) == "words" and len(pieces := _word_pieces(raw)) > 1:
            # "three two-engine bombers": two numbers side by side, not one
            for k, (off, piece) in enumerate(pieces):
                value = parse_number(piece)
                # ("ten four-seat helicopters": the hyphenated one describes, not counts)
                if k and text[start + off + len(piece):start + off + len(piece) + 1] in {
                        "-", "\u2010", "\u2011"}:
                    continue
                if value is not None:
                    out.append(Quantity(start + off, start + off + len(piece), piece, value,
                                        None, False, "words"))
            taken = end
            continue
        value = parse_number(raw)
        if value is None:
            continue
        kind = _kind(raw)
        if _EURO_THOUSANDS.fullmatch(raw) and not _MEASURE_AFTER.match(text, end) and \
                not _CUR_SIGN_END.search(text[max(0, start - 2):start]):
            # "Germany has contributed 2.400 personnel": a point grouping thousands
            value, kind = float(raw.replace(".", "")), "digits"
        mf = _MIXED_FRACTION.match(text, end) if kind == "digits" and "." not in raw else None
        if mf and int(mf.group(1)) < int(mf.group(2)):
            # "3 1/2 years"
            value += int(mf.group(1)) / int(mf.group(2))
            end = mf.end()
            sc = re.match(rf"\s+({_SCALE})\b", text[end:], re.IGNORECASE)
            if sc:  # "2 1/2 million"
                value *= SCALES[sc.group(1).lower()]
                end += sc.end()
            raw = text[start:end]
        fm = _FRACTION_RE.match(text[end:])
        if fm and kind == "words" and value and value < 10:
            frac = FRACTIONS[fm.group("frac").lower()]
            end = end + fm.end()
            raw = text[start:end]
            value, kind = value / frac, "fraction"
        # "3 dozen" -> 36 (the bare word "dozens" is not a number)
        dm = _DOZEN_RE.match(text[end:])
        if dm and kind == "digits":
            end = end + dm.end()
            raw = text[start:end]
            value, kind = value * 12, "mixed"
        out.append(Quantity(start, end, raw, value, None, False, kind))
        taken = end
    for m in _FRACTION_OF.finditer(text):
        if _overlaps(out, m.start("num"), m.end("num")):
            continue
        value = _FRACTION_OF_VALUE[m.group("num").split()[-1].lower()]
        out.append(Quantity(m.start("num"), m.end("num"), m.group("num"), value, None, False,
                            "fraction"))
    for m in _PAIR_OF.finditer(text):
        if not _overlaps(out, m.start("num"), m.end("num")):
            out.append(Quantity(m.start("num"), m.end("num"), m.group("num"), 2.0, None, False,
                                "words"))
    for m in _MONEY_SCALED.finditer(text):
        if _overlaps(out, m.start("num"), m.end("num")):
            continue  # "£3.5bn" is read whole by the main pattern already
        scale = m.group("scale")
        value = float(m.group("num")[:-len(scale)]) * _LETTER_SCALES[scale.lower()]
        out.append(Quantity(m.start("num"), m.end("num"), m.group("num"), value, None, False,
                            "mixed"))
    for m in _SLASH_FRACTION.finditer(text):
        n, d = int(m.group("n")), int(m.group("d"))
        if n >= d or _overlaps(out, m.start(), m.end()) or not (
                m.group("suffix") or _SLASH_CONTEXT.search(text[max(0, m.start() - 2):m.start()])
                or re.match(r"\s+(?:of|majority)\b", text[m.end():])):
            continue
        out.append(Quantity(m.start(), m.end(), m.group(0), n / d, None, False, "fraction"))
    return sorted(out, key=lambda q: q.start)


# "2/3rds of them", "a 2/3 majority", "3/4 of the vote": a fraction in digits (not a date
# such as "9/11" or "3/4/2006")
_SLASH_FRACTION = re.compile(
    r"(?<![\w/.,])(?P<n>[1-9])/(?P<d>[2-9]|10)(?P<suffix>rds?|ths?|nds?)?\b(?![/-]\d)")
_SLASH_CONTEXT = re.compile(r"\ba\s$", re.IGNORECASE)


_EURO_THOUSANDS = re.compile(r"[1-9]\d{0,2}\.\d{3}")
# a currency sign right before a number (or at the end of a gap before one)
_CUR_SIGN_END = re.compile(r"[$£€¥₹]\s*$")
# what a decimal with three places may measure ("1.500 km" stays 1.5)
_MEASURE_AFTER = re.compile(
    r"\s*(?:%|[.,;:!?)]|(?:on|in|at|per|to|for|riyals?|dollars?|euros?|rupees?|"
    r"francs?|yen|yuan|reais|reals?)\b|(?:km|kms|kg|m|cm|mm|g|lb|lbs|percent|mi|miles?|"
    r"metres?|meters?|kilomet(?:re|er)s?|tons?|tonnes?|lit(?:re|er)s?|hectares?|acres?|points?|seconds?|"
    r"minutes?|hours?|inch(?:es)?|foot|feet|pounds?|ounces?|degrees?|barrels?|million|"
    r"billion|thousand|bn|mln)\b|$)")
_MIXED_FRACTION = re.compile(r" ([1-7])/([2348])\b(?![/\-\u2010\u2011])")


def _word_pieces(raw: str) -> list[tuple[int, str]]:
    """Split a run of number words where one cannot go on from the other ("three two" is
    three and two; "twenty two", "three hundred thousand" are one number each)."""
    pieces: list[tuple[int, str]] = []
    start, prev, last_end = 0, None, 0
    for m in re.finditer(r"[^\s\-\u2010\u2011]+", raw):
        w = m.group(0).lower()
        if prev is not None and w != "and" and (
                (prev in UNITS and (w in UNITS or w in TENS)) or (prev in TENS and w in TENS)):
            pieces.append((start, raw[start:last_end]))
            start = m.start()
        prev, last_end = (w if w != "and" else prev), m.end()
    pieces.append((start, raw[start:]))
    return pieces


def _overlaps(found: list[Quantity], start: int, end: int) -> bool:
    return any(q.start < end and start < q.end for q in found)


def merge_ranges(text: str, nums: list[Quantity]) -> list[Quantity]:
    """Merge 'X to Y', 'X-Y', 'between X and Y' and 'two or three' into one range Quantity.

    'X or Y' is a range only when both are written alike and Y is a little above X
    ("two or three guards", "60 or 70 percent"), not "3 or 11 percent".
    """
    out: list[Quantity] = []
    i = 0
    while i < len(nums):
        q = nums[i]
        if i + 1 < len(nums):
            r = nums[i + 1]
            gap = text[q.end:r.start]
            before = text[max(0, q.start - 30):q.start]
            is_between = bool(_BETWEEN.search(before)) and bool(_AND_GAP.match(gap))
            # ("rose from 10 to 20" is a change; "ranges from 1,000 to 5,000" a range)
            # ("by $200 million to $1.2 billion", "grew 5% to $3 billion" are changes: a
            # currency sign on the high end needs one on the low end, and no percent)
            change = bool(_CUR_SIGN_END.search(gap)) and (
                not _CUR_SIGN_END.search(text[max(0, q.start - 4):q.start])
                or "%" in gap or "per" in gap.lower()
                or bool(re.search(r"\bby\s+\S*$", text[max(0, q.start - 8):q.start])))
            # ("from £130 - £264": a dash after "from" still joins a range; "from 10 to 20"
            # is a change)
            is_dash = bool(_RANGE_GAP.match(gap)) and (
                not _FROM.search(before) or bool(_RANGING.search(before))
                or not re.search(r"\bto\b", gap, re.IGNORECASE)) and \
                not SIGNED_COLUMN_RE.match(text, q.end)  # "Other 0 1 -1": a signed column
            low = q.value
            # "15 to 25 thousand", "between 5 and 10 million": the high scale applies
            # to a bare low end too
            sm = re.search(rf"\b{_SCALE}$", r.text, re.IGNORECASE)
            if sm and not re.search(rf"\b{_SCALE}\b", q.text, re.IGNORECASE):
                scale = SCALES[sm.group(0).lower()]
                if low * scale <= r.value:
                    low = low * scale
            is_or = (bool(_OR_GAP.match(gap)) and q.kind == r.kind
                     and low < r.value <= 2 * low)
            # "from 172,423 in 1978 to 1,599,986": a year, then the high end of a change
            year_low = bool(re.fullmatch(r"(?:1[89]|20)\d\d", q.text)) and bool(
                re.search(r"\b(?:in|since|of)\s+$", before, re.IGNORECASE))
            if (is_between or is_dash or is_or) and not change and not year_low and \
                    r.value >= low and "\n" not in gap:
                out.append(Quantity(q.start, r.end, text[q.start:r.end], low, r.value, True,
                                    q.kind if q.kind == r.kind else "mixed"))
                i += 2
                continue
        out.append(q)
        i += 1
    return out


def find_quantities(text: str) -> list[Quantity]:
    """Number expressions in ``text`` with ranges merged; offsets refer to ``text``."""
    try:
        qs = [q for q in find_numbers(text) if q.text.lower() not in _BARE_SCALES]
        return _fraction_of_scale(text, _suspended_ranges(text, merge_ranges(text, qs)))
    except Exception:  # noqa: BLE001 - contract: never raise
        return []


# a scale abbreviation on its own is a name, not a number: "the Barisan National (BN)"
_BARE_SCALES = {"bn", "mln"}
# "a quarter of a million", "three quarters of a million", "a third of a billion": one number
_OF_A_SCALE = re.compile(r"\s+of\s+(?=a\s+(?:hundred|thousand|million|billion|trillion)\b)",
                         re.IGNORECASE)


def _fraction_of_scale(text: str, qs: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        m = _OF_A_SCALE.match(text, q.end)
        if nxt is not None and m is not None and m.end() == nxt.start and 0 < q.value < 1 \
                and nxt.value >= 100 and not q.is_range and not nxt.is_range:
            out.append(Quantity(q.start, nxt.end, text[q.start:nxt.end], q.value * nxt.value,
                                None, False, "words"))
            i += 2
            continue
        out.append(q)
        i += 1
    return out


# "between six- and twenty-thousand", "two- to three-million": the scale word of the high
# end belongs to the low end too
_SUSPENDED = re.compile(
    r"\b(?P<low>[a-z]+)-\s+(?:and|to)\s+(?P<high>[a-z]+)-(?P<scale>hundred|thousand|million)\b",
    re.IGNORECASE)


def _suspended_ranges(text: str, qs: list[Quantity]) -> list[Quantity]:
    for m in _SUSPENDED.finditer(text):
        low, high = parse_number(m.group("low")), parse_number(m.group("high"))
        if low is None or high is None or low >= high or high >= 100:
            continue
        scale = SCALES[m.group("scale").lower()]
        inside = [q for q in qs if q.start >= m.start() and q.end <= m.end()]
        if not inside:
            continue
        qs = [q for q in qs if q not in inside]
        qs.append(Quantity(m.start(), m.end(), m.group(0), low * scale, high * scale, True,
                           "words"))
    return sorted(qs, key=lambda q: q.start)
