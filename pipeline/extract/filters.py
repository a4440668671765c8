"""Number expressions that are not claims: dates, years, times, ages, durations,
designations ("Su-34", "Brigade 155", "Line 2"), ordinals, counts of the speakers
("two officials said") and the pronoun/determiner uses of "one"."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .dates import MONTH_RE, MONTHS, TIME_UNITS, WEEKDAYS
from .metrics import CASUALTY_ADJ, is_person_noun
from .numbers import MONTH_BEFORE, SIGNED_COLUMN_RE, Quantity

_ONE_BAD_NEXT = {"another", "way", "thing", "point", "side", "hand", "time", "day", "of", "who",
                 "that", "which", "can", "could", "would", "must", "should", "might", "may",
                 "will", "is", "has", "had", "does", "did", "too", "such", "more", "by", "or",
                 "and", "after", "at", "in", "on", "to"}
_ONE_GENERIC_PREV = {"if", "would", "could", "should", "can", "does", "did", "will", "may",
                     "might", "must", "unless", "whether", "when"}
_ONE_BAD_PREV = {"no", "the", "any", "each", "every", "this", "that", "which", "someone", "anyone",
                 "everyone", "other", "only", "last", "little", "big", "main", "new", "right",
                 "wrong", "first", "next"}
# sports scores and identifiers: "won 3-1", "1-0" ("49 55 -3", a space before the sign only,
# is a signed column of a table), and vote tallies ("voted 12-9")
_SCORE_AFTER = re.compile(r"^(?:[-–]\s*|\s+[-–]\s+)\d")
_SCORE_BEFORE = re.compile(r"\d(?:\s*[-–]|\s+[-–]\s+)$")
# a vote tally is a count of votes, not a score: "voted 12-9", "the 14-0 vote", "a tally of
# 8-3"; words that also tell of games ("passed", "majority", "motion") only shortly before
# the tally: "passed 27-21", "the motion failed 8-3"
_VOTE_WORD = re.compile(r"(?i)\b(?:vot(?:e|es|ed|ing)|ballots?|abstain\w*|vetoe?\w*|ratif\w*|"
                        r"tally)\b")
# the tally's first side, when ``q`` is its second ("210-" of "210-190")
_FIRST_SIDE = re.compile(r"\d[\d,]*\s*[-\u2013]\s*$")
# (up to three words between: "passed 27-21", "the motion failed, 210-190", "rejected the
# measure 210-190", "adopted by the council 14-0")
_VOTE_NEXT_TO = re.compile(r"(?i)\b(?:pass(?:ed|es)?|approv\w*|reject\w*|motions?|adopt\w*|"
                           r"overr\w*|majority)\W+(?:\w+\W+){0,3}$")


def score_like(text: str, q: Quantity) -> bool:
    """True if ``q`` is one side of "3-1", "403 - 3": a score, identifier or vote tally."""
    return not q.is_range and bool(_SCORE_AFTER.match(text[q.end:q.end + 4])
                                   or _SCORE_BEFORE.search(text[max(0, q.start - 4):q.start]))


# "voted 149 to 145", "by a vote of 150 to 134", "a 90 to 9 vote": a tally written with "to"
_TO_AFTER = re.compile(r"[ \u00a0]+to[ \u00a0]+\d[\d,]*(?![\d,.]*[ \u00a0]*(?:%|per))")
_TO_BEFORE = re.compile(r"\d[\d,]*[ \u00a0]+to[ \u00a0]+$")


def vote_tally(text: str, q: Quantity) -> bool:
    """True if ``q`` is one side of a vote tally ("12-9", "403-3", "149 to 145") with a word
    of voting within 50 characters on the same line (text only, so the prefilter can use
    it)."""
    if not q.is_range and not re.search(r"[.%]", q.text) and (
            _TO_AFTER.match(text, q.end) or _TO_BEFORE.search(text[max(0, q.start - 12):q.start])):
        left = text[max(0, q.start - 30):q.start].rsplit("\n", 1)[-1]
        right = text[q.end:q.end + 30].split("\n", 1)[0]
        return bool(_VOTE_WORD.search(left) or re.match(
            r"[ \u00a0]+to[ \u00a0]+\d[\d,]*[ \u00a0]+(?:vote|margin)", right))
    if not score_like(text, q):
        return False
    left = text[max(0, q.start - 50):q.start].rsplit("\n", 1)[-1]
    right = text[q.end:q.end + 50].split("\n", 1)[0]
    return bool(_VOTE_WORD.search(left) or _VOTE_WORD.search(right)
                or _VOTE_NEXT_TO.search(_FIRST_SIDE.sub("", left)))


# a position, not an amount: "29 degrees, 50.36 minutes north", "48, 43.08 minutes east"
_COORD_AFTER = re.compile(
    r"^[\s,]*(?:(?:°|degrees?\b|′|'|minutes?\b)[\s,]*)?"
    r"(?:\d+(?:\.\d+)?\s*(?:°|degrees?\b|′|'|minutes?\b|″|\"|seconds?\b)[\s,]*){0,2}"
    r"(?:(?i:north|south|east|west)\b|[NSEW]\b)")
# the columns after a number in a table row: " 55 -3 Democrats"
_TABLE_AFTER = re.compile(r"(?:[ \u00a0]\d+)*" + SIGNED_COLUMN_RE.pattern)
# "#5", "No.2", "№ 3", "No. 2 ranking general": a designation mark right before the number
# (the prefilter's ``surely_not_claim`` uses it too; match on the 4 characters before)
DESIGNATION_MARK = re.compile(r"(?:[#№]|No\.)$|No\.[ \u00a0]$")
# "58 per cent", "12%": a share right after the number
_PERCENT_AFTER = re.compile(r"\s*(?:%|per\s?cent)", re.IGNORECASE)
# people an age threshold is said of: "children under 18"
_AGE_GROUPS = {"child", "children", "individual", "person", "people", "boy", "girl", "youth",
               "minor", "student", "teenager", "woman", "man"}
# "killing one": a count after a word of harm
HARM_FORMS = {"killing", "killed", "kills", "kill", "wounding", "wounded", "wounds", "injuring",
              "injured", "injures", "leaving"}
# "one of the worst attacks": superlatives after "one of" (with any word tagged JJS)
SUPERLATIVES = {"most", "least", "best", "worst", "largest", "biggest", "greatest", "deadliest",
                "bloodiest", "highest", "lowest", "oldest", "longest", "strongest", "heaviest",
                "fiercest", "poorest", "richest", "safest", "busiest", "newest", "latest",
                "youngest"}
_SAY = {"say", "tell", "speak", "report", "confirm", "claim", "add", "note", "explain"}
_TIME_NEXT = TIME_UNITS | {"year-old", "years-old", "yr-old", "o'clock", "hrs", "h", "term",
                           "semester", "quarter", "season", "round", "noon", "midnight"}
# singular nouns that, with a number, describe another noun ("a 28 page dossier")
_SIZE_NOUNS = {"page", "point", "figure", "digit", "story", "storey", "star", "step", "nation",
               "party", "lane", "part"}
_CITED = {"source", "official", "witness", "analyst", "expert", "report", "document", "study",
          "survey", "diplomat", "agency", "observer", "researcher", "investigator", "resident",
          "journalist", "reporter", "newspaper", "spokesman", "spokesperson", "doctor"}
# hyphenated compounds whose number still counts ("a 30-member cabinet", "a six-man unit")
_COUNTED_COMPOUNDS = {"member", "strong", "man", "person", "seat"}
_AGE_FROM = re.compile(r"\bin\s+age\s+from\s+(?:[\w-]+\s+(?:to|and)\s+)?$", re.IGNORECASE)
# subjects whose "was 78" is a figure, not an age
_QUANTITY_SUBJECTS = {"toll", "number", "total", "count", "tally", "figure", "score", "result",
                      "turnout", "rate", "temperature", "price", "cost", "budget", "size",
                      "population", "majority", "margin", "vote", "amount", "level", "limit",
                      "average", "death", "casualty", "injury", "dead", "strength"}
# nouns of a person's trade ("lyricist", "singer", "actor", "founder", "pioneer")
_AGENT_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent", "eer")
_STREETS = {"street", "road", "avenue", "lane", "boulevard", "drive"}
_STREET_ABBREVIATIONS = {"rd", "ave", "blvd"}  # never a counted noun
DESIGNATION_WORDS = {"day", "line", "brigade", "flight", "route", "resolution", "article",
                     "chapter", "section", "highway", "camp", "page", "room", "gate", "terminal",
                     "channel", "regiment", "battalion", "corps", "squadron", "block", "phase",
                     "stage", "level", "category", "grade", "class", "round", "game", "episode",
                     "season", "volume", "issue", "model", "mark", "mk", "type", "version",
                     "zone", "sector", "ward", "part", "act", "scene", "lot", "bus", "apollo",
                     "windows", "number", "no", "no.", "platform", "track", "exit", "pier",
                     "interstate", "paragraph", "clause", "item", "figure", "table", "step",
                     "week", "term", "district", "precinct", "unit", "tier", "junction"}
# heads of organisation names a number can be part of
_NAME_HEADS = {"project", "coalition", "movement", "club", "campaign", "foundation", "society",
               "network", "alliance", "initiative", "fund", "league", "institute", "collective"}
# groups named by an age ("people of working age")
_AGE_NAMED_GROUPS = {"working", "voting", "school", "retirement", "pension", "drinking",
                     "fighting", "military", "legal", "childbearing", "conscription"}
_LEGAL_PARTS = {"chapter", "article", "section", "clause", "paragraph", "chapters", "articles",
                "sections", "clauses", "paragraphs"}
SET_NOUNS = {"nation", "country", "side", "faction", "party", "leader", "state", "government",
             "task", "issue", "option", "thing", "way", "candidate", "team", "company", "sides",
             "group", "city", "region", "power", "superpower", "neighbour", "neighbor", "rival",
             "camp", "bloc", "agency", "organisation", "organization", "institution", "house",
             "chamber", "leg", "part", "stage", "phase", "aspect", "element", "factor", "goal",
             "aim", "question", "reason", "word", "event", "case", "deal", "agreement",
             "treaty", "plan", "proposal", "draft", "version", "term", "round", "pillar"}
_FORMATIONS = {"brigade", "division", "regiment", "battalion", "corps", "squadron", "fleet",
               "army", "wing", "platoon", "group", "commando"}
_DESIGNATION_OK = {"Around", "About", "Over", "Some", "Nearly", "Almost", "Only", "Just", "Another",
                   "Exactly", "Roughly", "Approximately", "Up", "At", "More", "Fewer", "Less"}


def _lower_lemma(t: Token) -> str:
    return t.lemma_.lower()


_YEAR = re.compile(r"(?:19|20)\d\d")


def _phone_or_code(q: Quantity, text: str) -> bool:
    """'020 7766 6020', '+44 20 ...': digit groups of a telephone number or a code."""
    raw = q.text
    if re.fullmatch(r"\d{1,3}(?:[ \u00a0]\d{3})+", raw) and \
            text[max(0, q.start - 1):q.start] == "+":
        return True  # "+44 800 789321": a country code, however the digits are grouped
    if re.fullmatch(r"\d{1,3}(?:[ \u00a0]\d{3})+", raw) and re.search(
            r"(?:^|[\s(])0\d+[ \u00a0]$", text[max(0, q.start - 12):q.start]):
        return True  # "08458 505 505": the groups after a trunk prefix
    if q.is_range or not re.fullmatch(r"\d+", raw):
        return False
    if len(raw) > 1 and raw.startswith("0") or text[max(0, q.start - 1):q.start] == "+":
        return True
    if _TABLE_AFTER.match(text, q.end):
        return False  # "Republicans 49 55 -3 Democrats": a table row, each column its own count
    left = re.search(r"(?:^|[\s(+])(\d{2,})[ \u00a0]$", text[max(0, q.start - 12):q.start])
    if left is not None and MONTH_BEFORE.search(text[max(0, q.start - 30):q.start - len(
            left.group(0)) + 1]):
        left = None  # "on May 15 300 troops": a day, then a count
    right = re.match(r"[ \u00a0](\d{2,})(?=$|[\s)])", text[q.end:q.end + 12])
    return any(m is not None and not _YEAR.fullmatch(m.group(1)) for m in (left, right))


def _small_num(tok: Token) -> bool:
    """A number word or a number of up to three digits that is not part of a date."""
    return tok.like_num and tok.ent_type_ not in {"DATE", "TIME"} and (
        tok.is_alpha or re.fullmatch(r"\d{1,3}(?:\.\d+)?", tok.text) is not None)


def _clock_time(doc: Doc, i: int) -> bool:
    """The token at ``i`` reads as a time of day: '11.30', '9:45', '11 pm'."""
    tok = doc[i]
    if re.fullmatch(r"\d{1,2}[.:]\d\d", tok.text):
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and nxt.lower_.replace(".", "") in {"am", "pm", "o'clock", "gmt",
                                                                  "utc", "hours", "hrs"}


def non_claim_reason(q: Quantity, span: Span) -> str | None:
    """Why the quantity ``q`` (token span ``span``) is not a claim, or None if it may be."""
    doc = span.doc
    text = doc.text
    first, last = span[0], span[-1]
    prev = doc[first.i - 1] if first.i > 0 else None
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    nxt2 = doc[last.i + 2] if last.i + 2 < len(doc) else None
    raw = q.text
    tally = vote_tally(text, q)
    if q.value == 0 and not tally:
        return "zero"
    # sports scores and identifiers: "won 3-1", "1-0"
    if not tally and score_like(text, q):
        return "score-or-id"
    if _phone_or_code(q, text):
        return "phone-or-code"
    if re.fullmatch(r"9[-/]11|7/7", raw):
        return "event-name"  # "the alleged 9-11 conspirators": the attacks' name
    if "·" in (text[q.start - 1:q.start] + text[q.end:q.end + 1]):
        return "designation"  # "Fast for Freedom 8·8·8": a name
    coord = _COORD_AFTER.match(text[q.end:q.end + 40])
    if coord and re.search(r"°|′|'|degree|minute", coord.group(0)):
        return "coordinate"
    # legal references: "Code §10-503.16(b)(7)", "article 8(2)(e)": a section, not a count
    if "§" in text[max(0, q.start - 2):q.start] or (
            text[q.start - 1:q.start] == "(" and text[q.end:q.end + 1] == ")" and (
                re.match(r"[A-Za-z)]", text[q.start - 2:q.start - 1]) or re.search(
                    r"(?i)\b(?:article|section|paragraph|code|rule|clause)\s+\d+$",
                    text[max(0, q.start - 24):q.start - 1]))):
        return "reference"  # (not "12(4) died")
    # "during the 80's", "in the 1990s": a decade
    if re.fullmatch(r"\d{2}|\d{4}", raw) and q.value % 10 == 0 and \
            re.match(r"(?:'|’)?s\b", text[q.end:q.end + 3]):
        return "decade"
    after = text[q.end:q.end + 3]
    if DESIGNATION_MARK.search(text[max(0, q.start - 4):q.start]) or \
            after.startswith(("-year-old", "th ", "st ")):
        return "designation"
    # ages: "Jesse Smith, 22, ...", "at the age of 86", "died at 86"
    if prev is not None and q.value < 120 and re.fullmatch(r"\d+", raw):
        if first.i in _age_list(span.sent):
            return "age"  # "Cooley, 25, Kenyon, 33, and Larkin, 30, ...": a list of named ages
        if prev.text == "," and first.i >= 2 and doc[first.i - 2].ent_type_ == "PERSON" and \
                nxt is not None and (nxt.text in {",", ".", ";"} or (
                    nxt.lower_ == "and" and nxt2 is not None and nxt2.pos_ == "ADJ")):
            return "age"  # "Jesse Smith, 22, ...", "Omar Ali, 25 and unemployed"
        # "Okafor, 35, was ...": a bare number between commas right after a proper name, then
        # a verb ("Turney, 25, also stated": after an adverb), a home town ("Fox, 54, of
        # Clear Brook") or a role
        if prev.text == "," and first.i >= 2 and doc[first.i - 2].pos_ == "PROPN" and \
                nxt is not None and nxt.text == "," and nxt2 is not None:
            nxt3 = doc[nxt2.i + 1] if nxt2.i + 1 < len(doc) else None
            if nxt2.pos_ in {"AUX", "VERB", "DET"} or nxt2.lower_ in {"who", "whose"} or (
                    nxt2.pos_ == "ADV" and nxt3 is not None and nxt3.pos_ in {"AUX", "VERB"}) or (
                    nxt2.lower_ == "of" and nxt3 is not None and nxt3.pos_ == "PROPN") or (
                    # "Itō, 61, mayor of Nagasaki": a role after the age
                    nxt2.pos_ == "NOUN" and nxt3 is not None and nxt3.lower_ in {"of", "at"}):
                return "age"
        if prev.lower_ == "at" and first.i >= 2 and (doc[first.i - 2].lemma_ in {"die", "dead"} or (
                prev.head.lemma_ == "die" and re.fullmatch(r"\d{1,3}", raw)
                and 1 <= q.value <= 120 and (nxt is None or nxt.is_punct))):
            return "age"  # "died at 86", "has died of cancer at 86,"
        # "The former lyricist of the band was 78.": a person's age
        if prev.lemma_ == "be" and first.dep_ in {"attr", "acomp"} and first.head == prev and \
                re.fullmatch(r"\d{1,3}", raw) and 1 <= q.value <= 120 and \
                (nxt is None or nxt.text in {".", ",", ";"}) and any(
                    c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or (
                        c.tag_ == "NNP" and c.ent_type_ == "" and c.is_title) or (
                        c.tag_ == "NN" and c.lemma_.lower() not in _QUANTITY_SUBJECTS
                        and (is_person_noun(c) or c.lemma_.lower().endswith(_AGENT_ENDINGS))))
                    for c in prev.children):
            return "age"
        # "Hazar Turki, 23 and her sister", "Bahus, 56 (bus driver)": an age after a name
        if prev.text == "," and first.i >= 2 and re.fullmatch(r"\d{1,3}", raw) and \
                1 <= q.value <= 110 and doc[first.i - 2].pos_ == "PROPN":
            name = doc[first.i - 2]
            fronted = first.i >= 3 and doc[first.i - 3].pos_ == "ADP"  # "In Baghdad, 25, ..."
            if (nxt is None or nxt.text in {",", "(", ")", ".", ";"} or nxt.lower_ == "and") \
                    and name.ent_type_ not in {"DATE", "CARDINAL", "GPE", "LOC", "NORP", "ORG",
                                               "FAC"} and not fronted:
                return "age"
            if nxt is not None and nxt.pos_ == "VERB" and name.ent_type_ == "PERSON":
                return "age"  # "Ahayal Jahnawi, 28 began struggling"
    if prev is not None and prev.lower_ in DESIGNATION_WORDS and re.fullmatch(r"\d+", raw):
        return "designation"
    # "at junction seven of the M40", "on day two." (not "every day two people die")
    if prev is not None and prev.lower_ in DESIGNATION_WORDS and q.kind == "words" and \
            raw.isalpha() and prev.pos_ == "NOUN" and not (
                nxt is not None and nxt.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}):
        return "designation"
    # "emergency 999 calls", "a 911 operator": an emergency number
    if raw in {"999", "911", "112", "000", "111", "101"} and (
            (nxt is not None and nxt.lemma_.lower() in {"call", "line", "operator", "service",
                                                          "dispatcher", "number", "caller"})
            or (prev is not None and prev.lower_ in {"emergency", "dial", "dialled", "dialed",
                                                     "call", "called", "calling"})):
        return "designation"
    # "the four by four", "a 10 by 12 room": a vehicle or a size, no count
    if nxt is not None and nxt.lower_ == "by" and nxt2 is not None and _small_num(nxt2) and \
            _small_num(last) and not _clock_time(doc, nxt2.i):
        return "dimension"
    if prev is not None and prev.lower_ == "by" and first.i >= 2 and \
            _small_num(doc[first.i - 2]) and _small_num(first):
        return "dimension"
    # "the 511 Deployment Coalition", "Lost 52 Project": a number inside an organisation's name
    # The head ends the name: "40 Network engineers", "28 Alliance members" are counts.
    name_end = last.i
    for t in doc[last.i + 1:min(len(doc), last.i + 4)]:
        if not (t.is_title and t.pos_ == "PROPN"):
            break
        name_end = t.i
    after = doc[name_end + 1] if name_end + 1 < len(doc) else None
    if name_end > last.i and doc[name_end].lower_ in _NAME_HEADS and not (
            after is not None and after.pos_ in {"NOUN", "PROPN"}):
        return "name"
    # "chapter five", "article two and three": a legal part named in words
    if prev is not None and prev.lower_ in _LEGAL_PARTS and q.kind == "words":
        return "designation"
    # ("Under Article 5, 30 countries": after a comma, a number of a plural noun counts)
    if prev is not None and (prev.lower_ in {"and", "or"} or prev.lower_ == "," and not (
            nxt is not None and nxt.tag_ in {"NNS", "NNPS"})) and first.i >= 3 and \
            doc[first.i - 2].like_num and doc[first.i - 3].lower_ in _LEGAL_PARTS:
        return "designation"
    # "the two nations", "the five sides": definite reference to a known set
    if prev is not None and prev.lower_ in {"the", "both", "these", "those"} and q.kind == "words" \
            and q.value <= 10:
        noun = last.head if last.dep_ == "nummod" else None
        if noun is not None and noun.lemma_.lower() in SET_NOUNS:
            return "set-reference"
    # years
    if re.fullmatch(r"\d{4}", raw) and 1000 <= q.value <= 2100:
        # "promised 2000 soldiers": a count of a plural noun right after a verb or a bound
        counted = nxt is not None and nxt.tag_ in {"NNS", "NNPS"} and \
            _lower_lemma(nxt) not in _TIME_NEXT and prev is not None and (
                prev.pos_ in {"VERB", "AUX"} or prev.lower_ in {"about", "some", "nearly",
                                                                "than", "almost", "over"})
        if last.ent_type_ == "DATE" and not counted:
            return "year"
        if last.ent_type_ in {"TIME", ""} and not (
            nxt is not None and nxt.tag_ in {"NNS", "NNPS"} and _lower_lemma(nxt) not in _TIME_NEXT
        ):
            return "year"
    # "the September 11, 2001 attacks": the year of a full date
    if re.fullmatch(r"\d{4}", raw) and 1000 <= q.value <= 2100 and re.search(
            rf"\b(?:{MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,\s*$",
            text[max(0, q.start - 16):q.start], re.IGNORECASE) and not (
                nxt is not None and nxt.tag_ in {"NNS", "NNPS"}
                and _lower_lemma(nxt) not in _TIME_NEXT | {"attack", "bombing", "election"}):
        return "year"  # (but "On March 3, 1500 troops arrived": a count)
    if q.is_range and re.fullmatch(r"\d{4}\s*[-–—]\s*\d{2,4}", raw):
        return "year-range"
    # "between 1998 and 2001" (but not "between 1500 and 2000 troops")
    if q.is_range and re.fullmatch(r"\d{4}\s*(?:and|to|[-–—])\s*\d{4}", raw) and \
            1900 <= q.value and (q.value_high or 0) <= 2100 and not (
                nxt is not None and nxt.tag_ in {"NNS", "NNPS"}
                and _lower_lemma(nxt) not in _TIME_NEXT):
        return "year-range"
    # "the Boeing 737-800 jet": a model number after a maker's name is no range
    if q.is_range and re.fullmatch(r"\d{2,4}-\d{2,4}", raw) and prev is not None and \
            prev.tag_ == "NNP" and prev.is_title and prev.ent_type_ not in {
                "GPE", "NORP", "LOC", "DATE"} and prev.lower_.rstrip(".") not in MONTHS and \
            nxt is not None and nxt.pos_ in {"NOUN", "PROPN"}:
        return "model-name"
    # "the virtual 2020 Constitution Party National Convention": a year before a name whose
    # words end without a counted noun (not "2000 Hezbollah fighters")
    if re.fullmatch(r"\d{4}", raw) and 1900 <= q.value <= 2100 and nxt is not None and \
            nxt.tag_ == "NNP" and nxt.is_title and prev is not None and prev.pos_ in {
                "DET", "ADJ"}:
        j = nxt.i
        while j < len(doc) and doc[j].tag_ == "NNP" and doc[j].is_title:
            j += 1
        if j - nxt.i >= 2 and (j >= len(doc) or doc[j].tag_ not in {"NNS", "NNPS"}):
            return "year"
    # a year opening a name: "the 2012 Summer Olympics", "the 2004 Party Convention"
    if re.fullmatch(r"\d{4}", raw) and 1800 <= q.value <= 2100 and \
            last.ent_type_ in {"EVENT", "ORG", "LAW", "WORK_OF_ART", "FAC", "PRODUCT"} and (
                last.ent_iob_ == "B" or (prev is not None and prev.pos_ == "DET"
                                         and prev.ent_iob_ == "B")):
        return "year"
    # day of month / month-day
    for t in (prev, nxt):
        if t is not None and (t.lower_.rstrip(".") in MONTHS and t.is_title):
            return "day-of-month"
    # "on the 15 of this month", "the 17 and 18 of June": days of a month
    if re.fullmatch(r"\d{1,2}", raw) and 1 <= q.value <= 31 and _DAY_OF.match(text, q.end) and (
            re.search(r"\bthe\s+$", text[max(0, q.start - 5):q.start], re.IGNORECASE) or
            re.search(r"\bthe\s+\d{1,2}\s*(?:,|and|or|to|-)\s*$",
                      text[max(0, q.start - 16):q.start], re.IGNORECASE)):
        return "date"
    # "Friday 14 March" is a date; "On Sunday four people were killed" is a count
    # ("On Saturday 24 soldiers were killed": a plural noun after the number counts)
    if prev is not None and prev.lower_ in WEEKDAYS and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?",
                                                                    raw) and q.value <= 31 \
            and not (raw.isdigit() and nxt is not None and nxt.tag_ in {"NNS", "NNPS"}
                     and nxt.is_lower and _lower_lemma(nxt) not in _TIME_NEXT):
        return "date"
    # "10 Downing Street": a house number
    street = next((t for t in doc[nxt.i:min(len(doc), nxt.i + 3)] if t.lower_.rstrip(".") in
                   _STREETS | _STREET_ABBREVIATIONS and t.is_title), None) \
        if nxt is not None and nxt.pos_ == "PROPN" else None
    if street is not None and re.fullmatch(r"\d{1,4}", raw) and (
            street.lower_.rstrip(".") in _STREET_ABBREVIATIONS or street.dep_ != "compound" and
            not (street.i + 1 < len(doc) and doc[street.i + 1].pos_ in {"NOUN", "PROPN"})):
        return "address"  # (not "200 St. Petersburg residents"; "62 Clendon Rd Toorak" is)
    # durations, ages, clock times ("45 uninterrupted years": an adjective between)
    # (not "fined $130,000 last week": "last", "next", "past" point to a time, they do not
    # qualify a duration)
    adj_time = nxt is not None and nxt.pos_ == "ADJ" and nxt2 is not None and \
        _lower_lemma(nxt2) in TIME_UNITS and nxt.lower_ not in {
            "last", "next", "past", "previous", "coming", "following", "this", "same"}
    for t in (nxt, nxt2 if nxt is not None and (nxt.text in {"-", "‐"} or adj_time) else None):
        if t is not None and (_lower_lemma(t) in _TIME_NEXT or t.lower_ in _TIME_NEXT or (
                t.pos_ == "PROPN" and t.lower_.removesuffix("s") in TIME_UNITS)) and \
                not _rounds_fired(t):  # ("60 Minutes", a title, is no count either)
            return "duration-or-time"
    if prev is not None and prev.lower_ in {"aged", "age", "ages"}:
        return "age"
    # "ranging in age from eleven to 75", "range in age from 21 to 78"
    if _AGE_FROM.search(text[max(0, q.start - 40):q.start]):
        return "age"
    # "two teenagers, 15 and 17 years of age": the first ages of a list
    if nxt is not None and nxt.lower_ in {"and", "or", ","} and nxt2 is not None and \
            nxt2.like_num and last.i + 3 < len(doc) and doc[last.i + 3].lower_ in {
                "years", "year"} and last.i + 4 < len(doc) and (
                    doc[last.i + 4].lower_ == "old" or (
                        doc[last.i + 4].lower_ == "of" and last.i + 5 < len(doc)
                        and doc[last.i + 5].lower_ == "age")):
        return "age"
    # "aged about 68", "aged around 40": a bound word between
    if prev is not None and prev.lower_ in {"about", "around", "approximately", "roughly",
                                            "nearly", "almost", "some", "over", "under"} and \
            first.i >= 2 and doc[first.i - 2].lower_ in {"aged", "age"} and not (
                first.i >= 3 and doc[first.i - 3].lower_ in _AGE_NAMED_GROUPS):
        return "age"  # (but "of working age some 40 percent": a share of a group)
    # a line holding nothing but the number: a list marker or a stray table cell ("1.", "62"),
    # unless it answers a question ("How many were arrested? 300.")
    if all(t.is_punct or t.is_space or first.i <= t.i <= last.i for t in first.sent):
        before = [t for t in doc[max(0, first.sent.start - 4):first.sent.start]
                  if not t.is_space]
        line_start = text.rfind("\n", 0, q.start) + 1
        line_end = text.find("\n", q.end)
        line = text[line_start:len(text) if line_end < 0 else line_end]
        if not (before and before[-1].text == "?" and line.strip().rstrip(".") == raw):
            return "bare-number"
    # "Piroska Boda (50):": an age in brackets after a name
    name = doc[first.i - 2] if first.i >= 2 else None
    if prev is not None and prev.text == "(" and nxt is not None and nxt.text.startswith(")") \
            and name is not None and name.pos_ == "PROPN" and re.fullmatch(r"\d{1,3}", raw) \
            and q.value <= 110 and name.ent_type_ not in {"GPE", "LOC", "NORP"}:
        return "age"
    # "the top three issues", "among the top 10": a rank, not a count (not "expected to top
    # 7.3%", the verb)
    if prev is not None and prev.lower_ == "top" and prev.pos_ != "VERB" and \
            first.i >= 2 and (doc[first.i - 2].pos_ in {"DET", "ADJ", "PRON", "ADP"} or
                              doc[first.i - 2].tag_ == "POS" or prev.text == "Top"):
        return "rank"
    # "the Big Three carmakers", "the Final Four": a capitalised number word in a name
    if q.kind == "words" and raw[:1].isupper() and prev is not None and \
            prev.lower_ in {"big", "final", "fab", "famous", "magnificent"} and prev.is_title \
            and not prev.is_sent_start:
        return "name"
    # "count=10": a markup attribute, not prose
    if text[max(0, q.start - 1):q.start] == "=" and re.search(r"[A-Za-z]=$",
                                                              text[max(0, q.start - 2):q.start]):
        return "markup"
    # "Margaret Thatcher is currently 82.", "She was 34 at the time": a person's age as the
    # complement of "be" (not "The toll is 82.", not "They were 300 in all")
    if re.fullmatch(r"\d{1,3}", raw) and 1 <= q.value <= 115 and last.dep_ in {"attr", "acomp"} \
            and _lower_lemma(last.head) == "be" and not any(c.dep_ != "advmod" for c in
                                                           last.children) and \
            any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in {"he", "she"})
                for c in last.head.children) and \
            (nxt is None or nxt.is_punct or nxt.lower_ in {"at", "when", "in", "and"}):
        return "age"
    # "aged between 24 and 40"
    if q.is_range and prev is not None and prev.lower_ == "between" and first.i >= 2 and \
            doc[first.i - 2].lower_ in {"aged", "ages"}:
        return "age"
    # "between the ages of 10 and 12"
    if prev is not None and prev.lower_ == "of" and first.i >= 2 and \
            doc[first.i - 2].lower_ in {"age", "ages"}:
        return "age"
    # "children younger than 18", "individuals under 18": an age threshold
    if prev is not None and re.fullmatch(r"\d{1,2}", raw) and 12 <= q.value <= 21 and \
            first.i >= 2 and (nxt is None or nxt.pos_ not in {"NOUN", "PROPN", "VERB", "AUX"}):
        before2 = doc[first.i - 2]
        if prev.lower_ == "than" and before2.lower_ in {"younger", "older"}:
            return "age"
        if prev.lower_ == "under" and (before2.lower_ in {"those", "anyone", "aged"} or (
                before2.pos_ == "NOUN" and before2.lemma_.lower() in _AGE_GROUPS)):
            return "age"
    # "Zarqawi didn't have a number two": a rank
    if prev is not None and prev.lower_ == "number" and raw.isalpha():
        return "designation"
    # "by 9.45 Iranian troops had boarded": a clock time
    if prev is not None and prev.lower_ in {"by", "at", "until", "till", "before", "after"} and \
            re.fullmatch(r"\d{1,2}\.[0-5]\d", raw) and q.value < 24 and \
            not _PERCENT_AFTER.match(text, q.end):
        return "duration-or-time"
    # "two 500 lb bombs": a weight naming a kind of bomb that is counted already
    if prev is not None and prev.like_num and nxt is not None and \
            nxt.lower_ in {"lb", "lbs", "pound", "kg"} and nxt2 is not None and \
            nxt2.pos_ == "NOUN" and nxt.head.i == nxt2.i:
        return "compound-modifier"
    # "aged 16 and 21": the later items of an age list
    if prev is not None and prev.lower_ in {"and", "or", ","} and first.i >= 3 and \
            doc[first.i - 2].like_num and (doc[first.i - 3].lower_ in {"aged", "ages"} or (
                first.i >= 4 and doc[first.i - 3].lower_ == "of"
                and doc[first.i - 4].lower_ in {"age", "ages"})):
        return "age"
    # "when he was 10": a bare small number as the predicate of a person pronoun
    if prev is not None and prev.lemma_ == "be" and first.i >= 2 and \
            doc[first.i - 2].lower_ in {"he", "she", "i"} and q.value < 120 and \
            re.fullmatch(r"\d+", raw) and (nxt is None or nxt.pos_ not in {"NOUN", "PROPN"}):
        return "age"
    # clock times: "at about 1755 local time", "0100 UTC"
    if nxt is not None and re.fullmatch(r"\d{3,4}|\d{1,2}[.:][0-5]\d", raw) and (
            nxt.lower_ in {"utc", "gmt", "hrs", "hours", "ist", "est", "cet", "edt", "bst", "pst",
                           "pdt", "cest", "msk"}
            or (nxt.lower_ == "local" and nxt2 is not None and nxt2.lower_ == "time")):
        return "duration-or-time"
    # "About 2100 [1800 GMT]", "(2200 Saturday, UTC)": a 24-hour time glossed in world time
    if re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", raw) and _WORLD_TIME_AFTER.match(text, q.end):
        return "duration-or-time"
    # "over the next year or two", "within a week or two": a duration (not "50 a week or
    # 200 a month", a rate)
    if prev is not None and prev.lower_ == "or" and first.i >= 3 and q.value <= 12 and \
            _lower_lemma(doc[first.i - 2]) in TIME_UNITS and \
            doc[first.i - 3].lower_ in {"a", "an", "one", "next", "last", "first"} and \
            (nxt is None or nxt.pos_ not in {"NOUN", "PROPN", "DET", "NUM"}):
        return "duration-or-time"
    # "several thousand", "a few hundred", "several hundred thousand": scale words after a
    # vague quantifier
    if prev is not None and re.fullmatch(r"(?:hundred|thousand|million|billion)"
                                         r"(?:\s+(?:hundred|thousand|million|billion))*",
                                         raw.lower()) and \
            prev.lower_ in {"several", "many", "few", "tens", "hundreds", "thousands"}:
        return "vague"
    # "12 Mechanised Brigade", "3 Commando Brigade": the number names a formation
    if re.fullmatch(r"\d+", raw) and last.dep_ == "nummod" and last.head.i > last.i and \
            last.head.lower_ in _FORMATIONS and last.head.text[:1].isupper() and \
            all(doc[k].is_title for k in range(last.i + 1, last.head.i + 1)):
        return "designation"
    # "World War Two": the number names the war
    if prev is not None and prev.text == "War" and first.i >= 2 and \
            doc[first.i - 2].text == "World":
        return "designation"
    if prev is not None and prev.text == "(" and nxt is not None and nxt.text == ")" and \
            first.i >= 2 and doc[first.i - 2].ent_type_ == "PERSON":
        return "age"
    # "Camp Four", "the Group of Eight": a capitalised number word inside a name
    if raw.isalpha() and raw.istitle() and not first.is_sent_start and prev is not None and \
            prev.is_title and first.ent_iob_ == "I" and (
                nxt is None or nxt.pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"}) and \
            first.ent_type_ in {
                "FAC", "ORG", "GPE", "LOC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}:
        return "designation"
    # designations: "Brigade 155", "Line 2", "Resolution 1701", "F 16" (not "passed the
    # Senate 62-38": a vote)
    if not tally and (
        prev is not None
        and re.fullmatch(r"\d+", raw)
        and (prev.is_title or prev.is_upper)
        and prev.pos_ in {"PROPN", "NOUN"}
        and prev.text not in _DESIGNATION_OK
        and prev.lower_ not in WEEKDAYS  # (dates and counts after a weekday: above)
        and not prev.is_sent_start
        and prev.ent_type_ not in {"GPE", "NORP"}
        and text[prev.idx + len(prev.text):q.start] == " "
        # ("Republicans 184 232 -24": a table row of counts)
        and not re.match(r"[ \u00a0][-+−–]?\d", text[q.end:q.end + 3])
    ) or (prev is not None and prev.is_sent_start and prev.pos_ == "PROPN" and prev.ent_type_ in {
            "PRODUCT", "FAC", "LAW", "ORG", "WORK_OF_ART"} and re.fullmatch(r"\d+", raw)):
        return "designation"
    # "Task Force 6-26", "Route 7-11": a hyphenated pair naming a unit or a road
    if q.is_range and prev is not None and re.fullmatch(r"\d+-\d+", raw) and \
            prev.is_title and prev.lower_ in DESIGNATION_WORDS | {"force", "road"} and \
            (nxt is None or nxt.pos_ not in {"NOUN", "PROPN"}):
        return "designation"
    if last.ent_type_ == "ORDINAL":
        return "ordinal"
    # hyphenated modifiers of another noun: "six-car trains" (but "30-member cabinet" counts)
    if nxt is not None and nxt.text in {"-", "‐"} and nxt2 is not None and nxt2.pos_ == "NOUN":
        nh = nxt2.head
        if nh.i > nxt2.i and nh.pos_ == "NOUN" and nxt2.lower_ not in _COUNTED_COMPOUNDS:
            return "compound-modifier"
    # "the Gang of Four", "the Group of Eight": a capitalised number word ending a name
    if q.kind == "words" and raw[:1].isupper() and prev is not None and prev.lower_ == "of" and \
            first.i > first.sent.start + 1 and doc[prev.i - 1].is_title and \
            doc[prev.i - 1].pos_ == "PROPN" and not first.is_sent_start:
        return "name"
    # "his two-handed tapping", "three-legged stools": an adjective made from a noun
    if nxt is not None and nxt.text in {"-", "‐"} and nxt2 is not None and \
            nxt2.lower_.endswith("ed") and nxt2.lower_ not in CASUALTY_ADJ and \
            nxt2.i + 1 < len(doc) and doc[nxt2.i + 1].pos_ == "NOUN" and q.kind == "words":
        return "compound-modifier"
    # "the 28 page dossier", "a 10 point plan", "5 or 6 figure sums": a number on a singular
    # noun that itself modifies the head noun
    # (but "49638 party votes": no party of thousands)
    if nxt is not None and nxt.lower_ in _SIZE_NOUNS and q.value < 1000 and \
            nxt.dep_ in {"compound", "nmod", "amod"} and \
            nxt.head.i > nxt.i and nxt.head.pos_ == "NOUN":
        return "compound-modifier"
    # "a 95% confidence interval": a statistical setting, not a share of anything
    if re.match(r"\s*(?:%|per\s?cent)\s+confidence\b", text[q.end:q.end + 24], re.IGNORECASE):
        return "statistic"
    # counts of the speakers: "two officials said"
    head = last.head if last.dep_ in {"nummod", "compound"} else last
    # (but "15 confirmed dead", "three reported missing": the verb states their fate)
    fate = any(c.lower_ in CASUALTY_ADJ and c.i == head.head.i + 1
               and c.dep_ in {"acomp", "oprd", "xcomp", "advcl", "dep"}
               and not any(x.dep_ in {"nsubj", "nsubjpass"} for x in c.children)
               for c in head.head.children)
    # (nor "two groups claimed responsibility": who did a deed, not who speaks)
    deed = _lower_lemma(head.head) == "claim" and any(
        c.dep_ == "dobj" and _lower_lemma(c) in {"responsibility", "credit"}
        for c in head.head.children)
    if head.dep_ == "nsubj" and _lower_lemma(head.head) in _SAY and head.head.i > head.i and \
            not _PERCENT_AFTER.match(text, q.end) and not fate and not deed:
        return "speakers"  # (but "58 per cent of Canadians said no" is a poll result)
    # "according to two analysts", "reports from two agencies", "the story cited two sources"
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according" \
            and _lower_lemma(head) in _CITED:
        return "speakers"
    if head.dep_ == "pobj" and head.head.lower_ in {"from", "by"} and \
            _lower_lemma(head.head.head) in {"report", "statement", "account"}:
        return "speakers"
    if head.dep_ == "dobj" and _lower_lemma(head.head) in {"cite", "quote"} and \
            _lower_lemma(head) in _CITED:
        return "speakers"
    # "a two-pronged strategy": a number inside a hyphenated adjective after "a"
    if prev is not None and prev.lower_ in {"a", "an"} and nxt is not None and \
            nxt.text in {"-", "‐"} and q.kind == "words" and nxt2 is not None and \
            nxt2.lower_ not in _COUNTED_COMPOUNDS:
        return "compound-modifier"
    # "splitting the country in two": a manner, not a count
    if prev is not None and prev.lower_ == "in" and raw.lower() == "two" and (
            nxt is None or nxt.is_punct or nxt.pos_ == "CCONJ" or (
                nxt.pos_ == "ADP" and nxt.lower_ != "of")):
        return "idiom"
    if _STREET_AFTER.match(text, q.end):
        return "address"  # "116-120 Morley Street", "10 Downing Street"
    # "the bottom half of the street", "the first half": a part, not an amount
    if raw.lower() == "half" and prev is not None and prev.lower_ in _PART_ADJ:
        return "part"
    # "said one victim's mother": who speaks, not a count of victims
    if raw.lower() == "one" and nxt is not None and nxt.dep_ == "poss" and nxt2 is not None \
            and nxt2.tag_ == "POS" and nxt.head.dep_ == "nsubj" and \
            _lower_lemma(nxt.head.head) in _SAY:
        return "speakers"
    if raw.lower() == "one":
        return _one_reason(span, prev, nxt)
    return None


# a street named after the number: "116 - 120 Morley Street", "10 Downing St."
_STREET_AFTER = re.compile(
    r"[ \u00a0]+(?:[A-Z][\w'’-]*[ \u00a0]+){1,3}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|"
    r"Boulevard|Blvd\.)(?!\w)")  # (not "Square": "300 Tiananmen Square protesters")
_PART_ADJ = {"top", "bottom", "upper", "lower", "first", "second", "last", "northern", "southern",
             "eastern", "western", "front", "back", "rear", "left", "right", "other"}


_WORLD_TIME_AFTER = re.compile(
    r"\s*(?:[\[(]\s*(?:[01]?\d|2[0-3])[0-5]\d\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?"
    r"\s*)?(?:GMT|UTC|Zulu)\b", re.IGNORECASE)
_AGE_NEXT = {",", ";", ")", ".", "—", "–", "and"}


def _age_list(sent: Span) -> set[int]:
    """Token indices of the ages in a list of named people ("Payne, 34; Crowcroft, 21; and
    Fallon, 22", "son Bilawal, 19, and daughters Bakhtawar, 17"): two or more small bare
    numbers, each set off by a comma right after a proper name, most of the names a
    person's (tagged so, or after a word for a relative or a rank; the tagger takes many
    unfamiliar names for places). "Baghdad, 25; Basra, 30" and "Likud, 30; Labor, 24" stay."""
    doc = sent.doc
    found, people, others = set(), 0, 0
    for tok in sent:
        i = tok.i
        if i < sent.start + 2 or not re.fullmatch(r"\d{1,3}", tok.text) or int(tok.text) > 110:
            continue
        name = doc[i - 2]
        after = doc[i + 1] if i + 1 < len(doc) else None
        if doc[i - 1].text != "," or name.pos_ != "PROPN" or not (
                after is None or after.lower_ in _AGE_NEXT):
            continue
        found.add(i)
        start = name.i
        while start > sent.start and doc[start - 1].pos_ == "PROPN":
            start -= 1
        before = [doc[k] for k in (start - 1, start - 2) if k >= sent.start]
        kin = bool(before) and (_lower_lemma(before[0]) in _KIN or (
            before[0].text == "," and len(before) > 1 and _lower_lemma(before[1]) in _KIN))
        # a rank inside the name: "Cpl Daniel Kenyon"
        kin = kin or any(t.lower_.rstrip(".") in _KIN for t in doc[start:name.i])
        if name.ent_type_ == "PERSON" or kin:
            people += 1
        elif name.ent_type_:
            others += 1
    if not (len(found) >= 2 and people >= 2 and people > others):
        return set()
    # "officers Antoine Quirin and Nicolas Redouane, 40 and 49,": the second age of a pair
    for i in list(found):
        if i + 3 < len(doc) and doc[i + 1].lower_ == "and" and \
                re.fullmatch(r"\d{1,3}", doc[i + 2].text) and int(doc[i + 2].text) <= 110 and \
                doc[i + 3].text in {",", ".", ";"}:
            found.add(i + 2)
    return found


_MUNITIONS = {"ammunition", "pellet", "bullet", "shell", "mortar", "artillery", "fire",
              "gunfire", "rubber", "buckshot", "tear", "shot", "rocket", "grenade"}


def _rounds_fired(tok: Token) -> bool:
    """'shot five rounds of pellets', 'fired 300 rounds': ammunition, not rounds of talks."""
    if _lower_lemma(tok) != "round":
        return False
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head  # ("fired between 300 and 400")
    return verb.lemma_.lower() in {"fire", "shoot", "expend", "discharge"} or any(
        p.lemma_.lower() in _MUNITIONS for c in tok.children if c.dep_ == "prep" and
        c.lower_ == "of" for p in c.subtree)


_DAY_OF = re.compile(r"(?:\s*(?:,|and|or|to|-)\s*\d{1,2})?\s+of\s+(?:this|last|next|the)?\s*"
                     r"(?:month|january|february|march|april|may|june|july|august|september|"
                     r"october|november|december)\b", re.IGNORECASE)
_KIN = {"son", "daughter", "brother", "sister", "wife", "husband", "mother", "father", "child",
        "cousin", "nephew", "niece", "uncle", "aunt", "grandson", "granddaughter", "private",
        "corporal", "sergeant", "lieutenant", "captain", "major", "colonel", "mr", "mrs", "ms",
        "cpl", "pte", "pvt", "sgt", "lt", "capt", "maj", "col", "spc", "dr"}


# how one of a count of casualties fared: "one fatally" is a death, the rest an injury
ONE_FATE_ADVERBS = {"fatally", "mortally", "seriously", "critically", "gravely", "badly",
                    "severely"}


def _one_reason(span: Span, prev: Token | None, nxt: Token | None) -> str | None:
    tok = span[-1]
    # "three people were injured, one fatally", "Sixteen were wounded, one seriously": one of
    # the count before, with its own fate
    if prev is not None and prev.text in {",", "—", "–", "-"} and nxt is not None and \
            nxt.lower_ in ONE_FATE_ADVERBS:
        return None
    # "How would one feel if one was to ...": the generic pronoun
    if prev is not None and prev.lower_ in _ONE_GENERIC_PREV and tok.dep_ == "nsubj" and \
            nxt is not None and nxt.pos_ in {"AUX", "VERB"}:
        return "one-pronoun"
    if prev is not None and prev.lower_ == "further" and nxt is not None and nxt.pos_ == "VERB":
        return "one-weak"  # "and a further one suffered minor injuries": kept if a casualty
    if prev is not None and prev.lower_ in HARM_FORMS:
        return "one-weak"  # "killing one and wounding two others"
    if nxt is not None and nxt.lower_ == "other" and nxt.i + 1 < len(span.doc) and \
            span.doc[nxt.i + 1].pos_ in {"AUX", "VERB"}:
        return "one-weak"  # "two were killed and one other was injured": kept as a casualty
    if prev is not None and prev.lower_ in _ONE_BAD_PREV and not (
            prev.lower_ == "that" and prev.dep_ == "mark"):  # "confirmed that one of ..."
        # "only one of the 11 ministers" is fine
        if not (prev.lower_ == "only" and nxt is not None and nxt.lower_ == "of"):
            return "one-pronoun"
    if nxt is not None and nxt.text in {"-", "‐"}:
        return "one-compound"
    if nxt is not None and nxt.lower_ == "of":
        of_tok = nxt
        pobj = [c for c in of_tok.children if c.dep_ == "pobj"]
        # "only one of the 11 ministers" counts; "one of the 15 hostages" picks a member
        if pobj and any(c.dep_ == "nummod" or c.like_num for c in pobj[0].children) and \
                prev is not None and prev.lower_ in {"only", "just"}:
            return None
        # "one of the soldiers has died", "the loss of one of our soldiers": kept when the
        # one is a casualty (decided by the caller); "one of the largest" never is
        if pobj and not any(c.tag_ == "JJS" or c.lower_ in SUPERLATIVES
                            for c in pobj[0].subtree):
            return "one-of-weak"
        return "one-of"
    if nxt is not None and nxt.lower_ in _ONE_BAD_NEXT:
        return "one-pronoun"
    if tok.dep_ == "nummod" and tok.head.pos_ in {"NOUN", "PROPN", "ADJ"}:
        if tok.head.lemma_.lower() in _TIME_NEXT | {"way", "thing", "point", "side", "hand"}:
            return "one-idiom"
        return "one-weak"  # kept only if it counts a casualty (decided by the caller)
    if nxt is not None and nxt.lower_ in {"from", "was", "were", "in", "person", "soldier"}:
        return None
    if nxt is not None and nxt.lower_ in CASUALTY_ADJ:
        return "one-weak"  # "two militants dead and one wounded": kept as a casualty
    if nxt is not None and nxt.is_title and any(
            t.lower_ in CASUALTY_ADJ for t in span.doc[nxt.i + 1:nxt.i + 3]):
        return "one-weak"  # "Seven Palestinians, one Israeli dead": kept as a casualty
    return "one-pronoun"
