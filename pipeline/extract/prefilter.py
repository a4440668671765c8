"""Cheap first pass: keep only the parts of a text the claim rules can use.

The statistical components (tok2vec, tagger, parser, NER) are the cost of extraction, and
most of a news article holds no claim.  Before spaCy runs, this module

1. splits the text into sentences with a regex (line breaks, plus "word. Capital"
   boundaries; abbreviations never split, so it errs towards longer sentences),
2. finds the number expressions (:func:`numbers.find_quantities`, the same function the
   claim component uses) and drops those that are surely not claims from the text around
   them alone (``surely_not_claim``: dates, years after "in"/"since", durations, scores,
   "No. 5", the pronoun "one", ...; each test mirrors a rule of ``filters.non_claim_reason``
   and only fires where that rule is certain to drop the number),
3. keeps every sentence holding a remaining number plus the context the rules read: the
   previous sentence (location, actor, unit, continuation sources), the next one when it
   can be "This was announced by X", up to three (he/she, quotes), five (an open
   quotation) or seven ("in the capital", "the company") sentences back and three
   forward for a sentence opening a quote, eleven
   back (and the paragraph before, and back to the start of a paragraph) in a paragraph
   with quotation marks,
   and the first sentences (the headline and the lead after it; under a headline about a
   report, poll or study, every sentence naming one),
4. joins the kept ranges with blank lines (a forced sentence boundary) into a shorter
   text, with a map from its offsets back to the original.

Tune the context here when the rules start reading further away.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .dates import MONTHS, WEEKDAYS
from .filters import (
    _ONE_BAD_NEXT,
    _ONE_BAD_PREV,
    _TIME_NEXT,
    DESIGNATION_MARK,
    DESIGNATION_WORDS,
    HARM_FORMS,
    SET_NOUNS,
    SUPERLATIVES,
    score_like,
    vote_tally,
)
from .numbers import Quantity, find_quantities
from .sources import STATEMENT_NOUNS

SEPARATOR = "\n\n"
QUOTES = "\"“”"
# sentences of context before a candidate sentence: always 1 (location, actor, unit and
# source continuations of the previous sentence); 3 with he/she (pronoun speakers) or a
# quote; 4 for a definite count "the three ..." after an earlier number of that value
# (``components``: antecedent claims up to 4 sentences back); 5 inside
# an open quotation (its speaker, resolved up to 2 further back)
BACK_DEFAULT, BACK_PRONOUN, BACK_QUOTE, BACK_ANTECEDENT, BACK_OPEN_QUOTE = 1, 3, 3, 4, 5
BACK_POLL = 5
# "killed in the capital": ``components`` looks for the place meant up to 5 sentences back
# (kept with a margin: a sentence here may be two of the parser's)
BACK_PLACE = 7
# "the company said": ``components._last_company`` looks 5 sentences back (kept with a margin)
BACK_COMPANY = 7
_COMPANY = re.compile(r"\bthe\s+(?:[A-Z][a-z]+\s+)?(?:company|firm|corporation|manufacturer|"
                      r"carmaker|airline|retailer|bank|group)\b", re.IGNORECASE)
# "the report says", "the study recorded": ``components._statement_owner`` looks this far back
BACK_STATEMENT = 8
# the first body sentence, which may name the report a whole article is about
LEAD_SENTENCES = 1
# a sentence in a paragraph with quotation marks: its speaker up to 3 sentences back, a
# pronoun there resolved up to 5 further back, and that name's context (3 more)
BACK_QUOTED = 11
# sentences after: 1 by default, so that the tagger and parser see the same neighbouring
# tokens as in the full text (spaCy's token vectors look a few tokens across sentence
# boundaries, so a sentence parsed without its neighbour can parse differently); 3 for a
# sentence opening a quote (its speaker may come after it)
FWD_DEFAULT, FWD_QUOTE = 1, 3
# a list after a colon: how many lines back its intro may be, and how long a list line is
LIST_BACK, LIST_LINE_MAX = 12, 160

_LINE = re.compile(r"[^\n]+")
_BOUNDARY = re.compile(r"(?<=[a-z0-9%][a-z0-9%)])[.!?]+[\"'”’)]*[ \t\u00a0]+(?=[\"“‘(]?[A-Z])")
_ABBREV = {"mrs", "ms", "gen", "col", "sgt", "capt", "gov", "sen", "rep", "jr", "sr", "inc",
           "corp", "ltd", "prof", "lt", "maj", "adm", "rev", "hon", "vs", "approx", "est",
           "dept", "univ", "ave", "blvd", "mt", "ft", "cpl", "pvt", "gens", "sens", "reps",
           "cmdr", "brig", "supt", "insp", "det", "messrs", "sept", "oct", "nov", "dec", "jan",
           "feb", "mar", "apr", "aug", "jun", "jul", "no", "nos", "op", "vol", "fig", "al"}
_WORD_BEFORE = re.compile(r"(\w+)[.!?]*[\"'”’)]*\s*$")
_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_PLACE_ANAPHOR = re.compile(r"\b(?:in|inside|within|into|to|of)\s+the\s+(?:country|nation|"
                            r"capital|city)\b", re.IGNORECASE)
# "The group claims ...": ``components._last_armed_group`` looks 3 sentences back
_GROUP = re.compile(r"\bthe\s+(?:militant\s+|rebel\s+)?(?:group|organi[sz]ation|movement|"
                    r"militia|rebels|insurgents|militants)\b", re.IGNORECASE)
# "the statement said", "the report says": a document whose issuer may be named before
# an article about one document (``components._frame_owner``): its headline names one or what
# one says, and every sentence naming a document may end that document's figures
# (``components._frame_end``)
_FRAME_HEADLINE = re.compile(r"\b(?:reports?|stud(?:y|ies)|surveys?|polls?|reviews?|memos?|"
                             r"findings|says|finds|shows|reveals|claims|released|leaked|"
                             r"published)\b", re.IGNORECASE)
_DOCUMENT = re.compile(r"\b(?:reports?|stud(?:y|ies)|surveys?|polls?|reviews?|memos?|findings)\b",
                       re.IGNORECASE)
_STATEMENT = re.compile(r"\b(?:" + "|".join(sorted(STATEMENT_NOUNS)) + r")\b", re.IGNORECASE)
# "This was announced by X" (``sources.neighbour_next``): a neighbour verb and an agent
_ANNOUNCED_BY = re.compile(
    r"\b(?:announc|report|said|say|stat|confirm|disclos|reveal|claim)\w*\b.*\bby\b",
    re.IGNORECASE | re.DOTALL,
)
_OF_SUPERLATIVE = re.compile(
    r" of (?:the |its |their |his |her |our |my |your )?(?:" + "|".join(sorted(SUPERLATIVES))
    + r")\b")
# "Saboune also said": a surname whose full name may stand a few sentences before
_SURNAME_SAID = re.compile(r"\b[A-Z][a-z]+(?:\s+also)?\s+(?:said|says|told|added|claimed)\b")
_SHARE = re.compile(r"%|\bper\s?cent\b", re.IGNORECASE)
_DEFINITE = re.compile(r"(?<![\w-])(?:the|these|those)\s+$", re.IGNORECASE)

# the token right before / after a number, separated by exactly one space
_PREV_WORD = re.compile(r"(?<=[\s(\[\"“‘])([^\W\d_]+) $")
_NEXT_WORD = re.compile(r"^( |[-\u2010])([A-Za-z]+(?:\.[A-Za-z]+)*\.?)(?![\w\u2010-])")
_DATE_BEFORE = re.compile(
    rf"\s(?:{'|'.join(m.title() for m in MONTHS)})\.?(?: \d{{1,2}}(?:st|nd|rd|th)?)?, $"
)
_YEAR_PREPS = {"in", "since", "until", "till", "during", "early", "late", "mid"}
_YEAR_PREPS_RANGE = {"from", "to", "before", "after", "through"}
_NEXT_PLURAL = re.compile(r"\s+[a-z]+s\b")
# what may follow a year for the NER to call it a DATE: punctuation or a function word
# ("the September 14, 2003 memo" is tagged otherwise and becomes a claim)
_YEAR_AFTER = re.compile(
    r"(?:[.,;:)!?\]\"”]|\s*$|\s+(?:and|or|but|when|while|after|before|until|in|on|at|to|the|"
    r"a|an|by|for|with|as|that|which|who|he|she|it|they|we|was|were|is|are|has|had|have|"
    r"said|says|will|would|of|from|its|his|her|their)\b)"
)
_YEAR_RANGE = re.compile(r"\d{4}\s*[-–—]\s*\d{2,4}")


def _is_month(word: str) -> bool:
    return word.lower().rstrip(".") in MONTHS and word[:1].isupper() and word[1:].rstrip(
        ".").islower()


def _is_time_unit(word: str) -> bool:
    low = word.lower()
    if low.rstrip(".") in {"round", "rounds"}:
        return False  # "fired 300 rounds" may be ammunition (the parse decides)
    if low in _TIME_NEXT or low.rstrip(".") in _TIME_NEXT:
        return True
    # plural nouns: the lemma is the singular (only trusted for lower-case words)
    low = low.rstrip(".")
    return word.islower() and (low.endswith("s") and low[:-1] in _TIME_NEXT
                               or low == "centuries")


def _plural_count_word(word: str) -> bool:
    """A lower-case word that may be a counted plural noun ("soldiers", "people")."""
    low = word.lower()
    return word.islower() and (low in {"people", "men", "women", "children", "police",
                                       "personnel", "troops"} or (
        low.endswith("s") and not low.endswith("ss") and _lemma_guess(low) not in _TIME_NEXT))


def _lemma_guess(word: str) -> str:
    low = word.lower()
    if low.endswith("ies"):
        return low[:-3] + "y"
    return low[:-1] if low.endswith("s") else low


def surely_not_claim(text: str, q: Quantity) -> bool:
    """True if ``non_claim_reason`` is certain to drop ``q`` whatever the parse says."""
    raw = q.text
    tally = vote_tally(text, q)
    if q.value == 0 and not tally:
        return True
    if not tally and score_like(text, q):
        return True
    if DESIGNATION_MARK.search(text[max(0, q.start - 4):q.start]) or \
            text[q.end:q.end + 3].startswith(("-year-old", "th ", "st ")) or \
            text[q.end:q.end + 9] == "-year-old":
        return True
    if q.is_range and _YEAR_RANGE.fullmatch(raw):
        return True
    before = (" " if q.start < 40 else "") + text[max(0, q.start - 40):q.start]
    pm = _PREV_WORD.search(before)
    prev = pm.group(1) if pm else None
    nm = _NEXT_WORD.match(text[q.end:q.end + 40])
    nxt = nm.group(2) if nm and nm.group(1) == " " else None
    after_hyphen = nm.group(2) if nm and nm.group(1) != " " else None
    digits = raw.isdigit()
    if prev is not None:
        low = prev.lower()
        if digits and low in DESIGNATION_WORDS:
            return True
        if _is_month(prev) or low in {"aged", "age", "ages"}:
            return True
        # "Friday 14" (a date), not "On Sunday four people were killed" nor "On Saturday
        # 24 soldiers were killed" (a lower-case plural after the number)
        if low in WEEKDAYS and re.fullmatch(r"\d{1,2}", raw) and q.value <= 31 and not (
                nxt is not None and _plural_count_word(nxt)):
            return True
    if nxt is not None and (_is_month(nxt) or _is_time_unit(nxt)):
        return True
    if after_hyphen is not None and _is_time_unit(after_hyphen):
        return True
    if re.fullmatch(r"\d{4}", raw) and 1000 <= q.value <= 2100:
        after = text[q.end:q.end + 40]
        if _YEAR_AFTER.match(after) and (
                (prev is not None and prev.lower() in _YEAR_PREPS) or _DATE_BEFORE.search(before)):
            return True
        # "the 2003 invasion", "from 1999 to 2002": a recent, non-round year (no claim among
        # ~200 such numbers in 1,500 wikinews articles)
        recent = 1900 <= q.value <= 2030 and q.value % 100 and prev is not None
        if recent and prev.lower() == "the" and not _NEXT_PLURAL.match(after):
            return True
        if recent and prev.lower() in _YEAR_PREPS_RANGE and _YEAR_AFTER.match(after):
            return True
    # "the two nations": a small word number counting a set noun
    if prev is not None and prev.lower() in {"the", "both", "these", "those"} and \
            q.kind == "words" and q.value <= 10 and nxt is not None and nxt.islower() and \
            (nxt in SET_NOUNS or _lemma_guess(nxt) in SET_NOUNS):
        return True
    if raw.lower() == "one" and not (prev is not None and prev.lower() in HARM_FORMS):
        # ("killing one ..." is kept whatever follows; "that one" may be "said that one ...")
        if prev is not None and prev.lower() in _ONE_BAD_PREV - {"only", "that"}:
            return True
        if text[q.end:q.end + 1] in {"-", "‐"}:
            return True
        if nxt is not None and nxt.lower() in _ONE_BAD_NEXT - {"of"}:
            return True
        # "one of the worst attacks": a superlative picks no count
        if nxt == "of" and _OF_SUPERLATIVE.match(text, q.end):
            return True
    return False


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of regex sentences: every line, cut at unambiguous sentence ends."""
    out: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        if not line.group().strip():
            continue
        start = line.start()
        for m in _BOUNDARY.finditer(line.group()):
            wm = _WORD_BEFORE.search(line.group(), 0, m.start() + 1)
            if wm and wm.group(1).lower() in _ABBREV:
                continue
            cut = line.start() + m.start() + len(m.group().rstrip(" \t\u00a0"))
            out.append((start, cut))
            start = line.start() + m.end()
        out.append((start, line.end()))
    return out


@dataclass
class Window:
    """The kept text and the map of its offsets back to the original."""

    text: str
    sub_starts: list[int]
    orig_starts: list[int]
    lengths: list[int]

    def to_original(self, start: int, end: int) -> tuple[int, int] | None:
        """Original offsets of ``text[start:end]``; None if it crosses a separator."""
        k = bisect.bisect_right(self.sub_starts, start) - 1
        if k < 0 or end > self.sub_starts[k] + self.lengths[k]:
            return None
        delta = self.orig_starts[k] - self.sub_starts[k]
        return start + delta, end + delta


def _marks(text: str, start: int, end: int) -> int:
    return sum(text.count(m, start, end) for m in QUOTES)


def last_mark(text: str, start: int, end: int) -> int:
    """Offset of the last quotation mark in ``text[start:end]``, or -1."""
    return max(text.rfind(m, start, end) for m in QUOTES)


def paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


# the start of a list item: a bullet or number ("- 40 killed", "2) ..."), or a label
# ("Burglaries: 310 to 120")
_LIST_ITEM = re.compile(r"\s*(?:[-*\u2022\u00b7\u2013]\s|\d{1,2}[.)]\s|[^.!?:\n]{1,60}:\s)")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*$")


def list_item(line: str) -> bool:
    """True if ``line`` (one paragraph, stripped) is short and reads as an item of a list:
    a bullet, number or label first, a number first ("12 soldiers were killed in May."),
    or figures with no closing mark ("Burglaries down 310 to 120")."""
    return 0 < len(line) <= LIST_LINE_MAX and (
        bool(_LIST_ITEM.match(line)) or line[0].isdigit() or (
            not _SENTENCE_END.search(line) and any(ch.isdigit() for ch in line)))


def list_intro(text: str, pos: int) -> int | None:
    """End of the line ending in a colon that introduces the list whose item is the line at
    ``pos`` ("Atta cited these statistics:" / "Civilian killing: 1440 to 265" / ...), with
    only list items between, up to LIST_BACK of them; None if that line is no list item."""
    start = paragraph_start(text, pos)
    end = text.find("\n", pos)
    own = text[start:end if end >= 0 else len(text)].strip()
    # (the item's own line may run on into prose where a line break was lost)
    if not (list_item(own) or _LIST_ITEM.match(own)):
        return None
    for _ in range(LIST_BACK):
        if start == 0:
            return None
        ps, pe = _paragraph_before(text, start)
        line = text[ps:pe].strip()
        if line.endswith(":"):
            return ps + len(text[ps:pe].rstrip()) - 1
        if not list_item(line):
            return None
        start = ps
    return None


def _paragraph_before(text: str, pstart: int) -> tuple[int, int]:
    """(start, end) of the paragraph before the one starting at ``pstart``."""
    end = pstart
    while end > 0 and text[end - 1] in "\n ":
        end -= 1
    return paragraph_start(text, end), end


def open_quote(text: str, pos: int) -> int | None:
    """Offset of the quotation mark still open at ``pos`` in its paragraph, or None."""
    pstart = paragraph_start(text, pos)
    return last_mark(text, pstart, pos) if _marks(text, pstart, pos) % 2 == 1 else None


def quote_opener(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """The quotation mark still open at ``pos`` and the start of its paragraph (``end``: the
    end of the sentence at ``pos``).  A quotation may run on over paragraphs: one leaves a
    quote open and the next goes on with a fresh opening mark, or with none and only closes
    it (in this sentence)."""
    open_at = open_quote(text, pos)
    pstart = paragraph_start(text, pos)
    if open_at is not None and text[pstart:open_at].strip():
        return open_at, pstart
    if open_at is None:
        if end < len(text) and text[end] in QUOTES:
            end += 1  # a closing mark the segmenter left to the next sentence
        n = _marks(text, pstart, end)
        if not n or _marks(text, pstart, pos) or n % 2 == 0:
            return None  # no quotation closes after ``pos`` that opened before this paragraph
    prev_start, prev_end = _paragraph_before(text, pstart)
    if _marks(text, prev_start, prev_end) % 2 == 1:
        last = last_mark(text, prev_start, prev_end)
        if text[prev_start:last].strip():
            return last, prev_start
    return None


def keep_sentences(text: str, sents: list[tuple[int, int]],
                   quantities: list[Quantity]) -> list[int]:
    """Indices of the sentences to analyse (see the module docstring)."""
    if not sents:
        return []
    starts = [s for s, _e in sents]
    cand: set[int] = set()
    definite: set[int] = set()
    seen: set[float] = set()
    for q in quantities:
        if not surely_not_claim(text, q):
            i = max(0, bisect.bisect_right(starts, q.start) - 1)
            cand.add(i)
            # "the three": the rules may copy an earlier claim of the same value
            if q.value in seen and _DEFINITE.search(text, max(0, q.start - 12), q.start):
                definite.add(i)
            seen.add(q.value)
    if not cand:
        return []
    n = len(sents)
    # the headline and the lead after it (``components._frame_owner``: the report an
    # article is about), with one sentence more for the parser
    keep = set(range(min(n, 1 + LEAD_SENTENCES + 1)))
    if _FRAME_HEADLINE.search(text, sents[0][0], sents[0][1]):
        keep.update(i for i in range(n) if _DOCUMENT.search(text, sents[i][0], sents[i][1]))
    for i in cand:
        body = text[sents[i][0]:sents[i][1]]
        back, fwd = BACK_DEFAULT, FWD_DEFAULT
        if _PRONOUN.search(body) or _GROUP.search(body) or _SURNAME_SAID.search(body):
            back = max(back, BACK_PRONOUN)
        if i in definite:
            back = max(back, BACK_ANTECEDENT)
        if _STATEMENT.search(body):
            back = max(back, BACK_STATEMENT)
        if _PLACE_ANAPHOR.search(body):
            back = max(back, BACK_PLACE)
        if _COMPANY.search(body):
            back = max(back, BACK_COMPANY)
        if _SHARE.search(body):
            back = max(back, BACK_POLL)  # "58 per cent said no": the poll named before
        n_quotes = sum(body.count(c) for c in QUOTES)
        if n_quotes:
            if body[:1] in QUOTES:
                fwd = FWD_QUOTE
                back = max(back, BACK_QUOTE)
            if n_quotes % 2 == 1:
                back = max(back, BACK_OPEN_QUOTE)
        # inside a quotation opened earlier in the paragraph ('X said: "... . Nine were hurt.'):
        # keep every sentence back to the one that opened it (``components._open_quote_speaker``)
        opened = open_quote(text, sents[i][0])
        if opened is not None:
            j = max(0, bisect.bisect_right(starts, opened) - 1)
            back = max(back, i - j)
        # a paragraph with quotation marks: all of it up to this sentence and the paragraph
        # before (whether a quotation runs on into it), the speakers named before
        # (``components._quoted_speaker``), and the start of the paragraph those lie in
        pstart = paragraph_start(text, sents[i][0])
        if _marks(text, pstart, sents[i][1]):
            j = max(0, bisect.bisect_right(starts, _paragraph_before(text, pstart)[0]) - 1)
            back = max(back, i - j, BACK_QUOTED)
            # and back to the start of the paragraph that reaches (its quotation marks)
            first_par = paragraph_start(text, sents[max(0, i - back)][0])
            back = i - max(0, bisect.bisect_right(starts, first_par) - 1)
        intro = list_intro(text, sents[i][0])
        if intro is not None:  # a list item: every line back to the list's intro, and the
            # sentence before that (whose words the tagger reads the intro with)
            back = max(back, i - max(0, bisect.bisect_right(starts, intro) - 1) + 1)
        if i + 1 < n and _ANNOUNCED_BY.search(text, sents[i + 1][0], sents[i + 1][1]):
            fwd = max(fwd, 1)
        keep.update(range(max(0, i - back), min(n, i + fwd + 1)))
    return sorted(keep)


def window(text: str) -> Window:
    """The parts of ``text`` the claim rules need, joined by blank lines."""
    sents = split_sentences(text)
    kept = keep_sentences(text, sents, find_quantities(text))
    ranges: list[list[int]] = []
    for i in kept:
        s, e = sents[i]
        if i == 0:
            s = 0  # the text's own beginning ("\n\n" before the headline) too
        if i == len(sents) - 1:
            # the text's own ending (a final newline) is context the tagger sees too
            e = len(text)
        if ranges and ranges[-1][2] == i - 1:
            ranges[-1][1], ranges[-1][2] = e, i
        else:
            ranges.append([s, e, i])
    parts: list[str] = []
    sub_starts: list[int] = []
    orig_starts: list[int] = []
    lengths: list[int] = []
    pos = 0
    for s, e, _i in ranges:
        if parts:
            parts.append(SEPARATOR)
            pos += len(SEPARATOR)
        parts.append(text[s:e])
        sub_starts.append(pos)
        orig_starts.append(s)
        lengths.append(e - s)
        pos += e - s
    return Window("".join(parts), sub_starts, orig_starts, lengths)
