"""spaCy components: newline sentence boundaries and the claim extractor.

``claimledger_newline_sents`` (before the parser) starts a sentence after every line
break, so headlines and paragraphs never merge.  ``claimledger_claims`` (last) finds
number expressions and builds one claim dict per quantity in ``doc._.claims`` with
offsets relative to the Doc; ``date_resolved`` is filled later by :func:`extract`, which
knows the publication date.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .actors import (
    SITUATE_VERBS,
    _np_actor,
    anaphoric_place,
    antecedent_place,
    campaign_target,
    detect_actor,
    detect_location,
    entity_span,
    money_giver,
    money_owner,
    normalise_actor,
)
from .bounds import detect_bound
from .dates import MONTHS, WEEKDAYS, date_phrase
from .filters import ONE_FATE_ADVERBS, non_claim_reason, vote_tally
from .hedges import detect_hedge
from .metrics import (
    CASUALTY_ADJ,
    HARM_KINDS,
    MEASURES,
    counted_noun,
    currency_unit,
    detect_metric,
    is_person_noun,
    is_ratio,
    is_strength,
    repair_tags,
    unit_of,
)
from .numbers import find_quantities
from .prefilter import (
    BACK_STATEMENT,
    QUOTES,
    last_mark,
    list_intro,
    paragraph_start,
    quote_opener,
)
from .sources import (
    ARMED_GROUPS,
    ARTICLE,
    STATEMENT_NOUNS,
    Source,
    according_to,
    assertion_clause_source,
    colon_source,
    in_sentence_source,
    intro_source,
    misparsed_report,
    neighbour_next,
    np_source,
    poll_author,
    previous_report,
    source_type,
    subject_of,
    trailing_reporter,
)

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)
if not Span.has_extension("claims"):
    Span.set_extension("claims", getter=lambda s: [
        c for c in (s.doc._.claims or []) if s.start_char <= c["char_start"] < s.end_char
    ])

_QUOTES = QUOTES
_QUOTE_VERBS = {"say", "add", "tell", "state", "claim", "explain", "insist", "note", "warn",
                "write", "announce", "confirm", "stress", "tweet"}
_SPARED_VERBS = {"rescue", "save", "survive", "escape", "free", "pull", "recover", "evacuate"}
_CASUALTY = {"killed", "wounded", "killed_or_wounded", "missing", "captured", "displaced"}
_COMPARE_VERBS = {"compare", "bring", "raise", "push", "take", "lift", "increase", "follow"}
_COMBATANT_UNITS = {"militant", "fighter", "insurgent", "rebel", "member", "suspect", "gunman"}
_PERSONNEL_HINT = {"soldier", "troop", "officer", "fighter", "personnel", "military", "army",
                   "force", "unit", "general"}
# nouns naming the people of a toll counted before ("41 of the victims", "23 of the deaths")
_TOLL_NOUNS = {"victim", "dead", "death", "casualty", "fatality", "injured", "wounded"}
# "..., 21 in Kokrajhar and 15 in Barpeta": the place right after a count of a list
_ELLIPTIC_PLACE = re.compile(r"[ \u00a0]+(?:in|at)[ \u00a0]+([A-Z][\w'’-]+"
                             r"(?:[ \u00a0]+[A-Z][\w'’-]+){0,2})\b(?=\s*(?:[,;.]|and\b|$))")
_SIGN_UNITS = {"€": "euro", "£": "pound", "¥": "yen"}
_SIGN_AFTER = re.compile(r"[ \u00a0]?([€£¥])(?![\d])")
_AMONG_TOLL = re.compile(r"\bamong\s+(?:the|those)\s+(?:dead|killed|injured|wounded|victims|"
                         r"casualties|missing|fatalities)\b", re.IGNORECASE)
# how far back "in the capital" may find the capital (``prefilter.BACK_PLACE`` keeps more)
PLACE_BACK = 5
_CIVILIAN_UNITS = {"civilian", "person", "people", "resident", "villager", "bystander"}
# bare nouns for a military's own members
_SOLDIER_NOUNS = {"soldier", "troop", "serviceman", "servicemen", "personnel", "sailor",
                  "airman", "airmen", "marine", "reservist", "peacekeeper", "peace-keeper"}


_BULLETS = {"*", ":*", "•", "·", ":•"}


# the gap between an amount and its conversion in brackets: "3kg (" of "3kg (6 lbs)"
_CONVERSION_GAP = re.compile(r"[ \u00a0]?[a-zA-Z.]{1,12}[ \u00a0]*\([ \u00a0]*(?:US)?[$£€]?")
# wholes a fraction is a share of, which count nothing themselves
_WHOLES = {"population", "majority", "total", "number", "electorate", "workforce",
           "share", "proportion", "amount"}
# what "the number of X ... N" counts when X is a force
_FORCE_TALLIED = {"troop", "soldier", "force", "peacekeeper", "personnel", "policeman",
                  "police", "officer", "marine", "serviceman", "servicemember"}


@Language.factory("claimledger_newline_sents")
def make_newline_sents(nlp: Language, name: str) -> NewlineSentencizer:
    return NewlineSentencizer()


class NewlineSentencizer:
    """Mark the token after any line break or list bullet as a sentence start (runs before
    the parser)."""

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            gap = prev.text_with_ws[len(prev.text):]
            if ("\n" in gap or (prev.is_space and "\n" in prev.text)) \
                    and not tok.is_space:
                tok.is_sent_start = True
                # "One Briton is dead", "Reports say ...": a line's first word is no
                # sentence of its own
                nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                if (tok.is_alpha or tok.like_num) and nxt is not None and not (
                        nxt.is_space or nxt.is_punct) and tok.whitespace_ == " ":
                    nxt.is_sent_start = False
            # run-together bullet lists: "... at Yusufiya:* 1 Marine killed in Al Haswah"
            elif prev.text in _BULLETS and not tok.is_space and not tok.is_punct:
                tok.is_sent_start = True
                nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                if nxt is not None and nxt.text not in _BULLETS and not nxt.is_space:
                    nxt.is_sent_start = False  # keep "1 Marine killed" together
            # "cutting over 140 programs", "of 30 people": no sentence starts with a number
            # or a lower-case word right after a lower-case word on the same line
            elif (tok.like_num or tok.is_lower) and prev.is_alpha and prev.is_lower and \
                    not prev.whitespace_.count("\n"):
                tok.is_sent_start = False
        return doc


@Language.factory("claimledger_claims")
def make_claims(nlp: Language, name: str) -> ClaimExtractor:
    return ClaimExtractor()


def _sentence_bounds(sent: Span) -> tuple[int, int]:
    text = sent.doc.text
    s, e = sent.start_char, sent.end_char
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    # a closing quotation mark the segmenter left to the next sentence belongs to this one
    if e < len(text) and text[e] in "\"”" and sum(text[s:e].count(c) for c in _QUOTES) % 2:
        e += 1
    return s, e


class ClaimExtractor:
    """Build claim dicts for every quantity that passes the non-claim filters."""

    def __call__(self, doc: Doc) -> Doc:
        repair_tags(doc)
        doc._.claims = extract_doc_claims(doc)
        return doc


# a speaker's role that stands for one person ("a police official", "the spokeswoman")
_ONE_PERSON_ROLES = {"official", "spokesman", "spokeswoman", "spokesperson", "officer",
                     "commander", "minister", "director", "chief", "governor", "mayor",
                     "ambassador", "envoy", "prosecutor", "judge", "doctor", "witness", "source",
                     "analyst", "expert", "researcher", "lawyer", "attorney", "sheriff",
                     "coroner", "chairman", "chairwoman", "leader", "manager", "diplomat"}


def _resolve_pronoun(src: Source, sents: list[Span], si: int,
                     prev_sources: dict[int, Source]) -> Source | None:
    low = src.text.lower()
    # "According to him, ...": the object forms stand for the same speakers
    low = {"him": "he", "her": "she", "them": "they", "us": "we"}.get(low, low)
    if low in {"he", "she"}:
        for j in range(si, max(-1, si - 4), -1):
            ps = prev_sources.get(j)
            if ps is not None and ps.type == "person" and j != si:
                return Source(ps.text, "person", src.rule + ":pronoun")
            # '"...," an Indonesian navy official told local radio. He said ...': one person
            # left unnamed
            if j != si:
                ps = ps or previous_report(sents[j], any_verb=True)
                if ps is not None and ps.text.split()[-1].lower() in _ONE_PERSON_ROLES:
                    return Source(ps.text, ps.type, src.rule + ":pronoun-role")
            persons = [e for e in sents[j].ents if e.label_ == "PERSON"]
            if persons and j != si:
                return Source(persons[-1].text, "person", src.rule + ":pronoun")
            # "Sow accuses the military ... He says ...": an untagged proper-name subject
            subj = _proper_subject(sents[j])
            if subj is not None and j != si:
                return Source(subj, "person", src.rule + ":pronoun-subject")
    if low in {"they", "it", "we"}:
        if si > 0:
            ps = prev_sources.get(si - 1) or previous_report(sents[si - 1])
            if ps is None and low == "it":
                # "... after the release of a UN report. It said ...": the report's author
                ps = _statement_owner(sents[si - 1].doc, sents[si - 1].start, sents[si - 1].end)
            if ps is not None:
                return Source(ps.text, ps.type, src.rule + ":pronoun")
            root = sents[si - 1].root
            for c in root.children:
                if c.dep_ == "nsubj" and c.pos_ != "PRON":
                    text = re.sub(r"^(?:the|a|an)\s+", "", sents[si - 1].doc[
                        c.left_edge.i:c.i + 1].text, flags=re.IGNORECASE)
                    s2 = Source(text, "other", src.rule + ":pronoun")
                    s2.type = source_type(s2.text)
                    if low == "it" and s2.type not in {"government", "ngo"}:
                        return None  # "it" stands for a body; "The news", "The release" do not
                    return s2
    return None


def _proper_subject(sent: Span) -> str | None:
    """The root subject of ``sent`` when it is a proper name the model left untagged."""
    root = sent.root
    for c in root.children:
        if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.ent_type_ in {"", "PERSON"}:
            return sent.doc[c.left_edge.i:c.i + 1].text
    return None


def _quote_source(sents: list[Span], si: int) -> Source | None:
    """A sentence opening a quotation: its speaker from the sentence closing the quote."""
    text = sents[si].text.strip()
    if not text or text[0] not in _QUOTES:
        return None
    for j in range(si, min(len(sents), si + 4)):
        s = sents[j]
        body = s.text
        closes = sum(body.count(q) for q in _QUOTES)
        if j == si and closes >= 2 and body.rstrip()[-1:] in _QUOTES:
            # a complete quote; its attribution split off as the next sentence:
            # '"We have 190 there." Mr Smith said.'
            tag = _speech_tag(sents[si + 1]) if si + 1 < len(sents) else None
            return tag
        if j > si or closes >= 2:
            # the speech verb stands after the closing quote mark, never inside the quote
            # ('"I can confirm ...," said X': not "I")
            marks = [i for i, ch in enumerate(body) if ch in _QUOTES]
            close = marks[1] if j == si else marks[0] if marks else -1
            for tok in s:
                if tok.idx - s.start_char <= close:
                    continue
                if tok.pos_ == "VERB" and tok.lemma_ in _QUOTE_VERBS:
                    subj = [c for c in tok.children if c.dep_ == "nsubj"]
                    if subj:
                        src = np_source(subj[0], "source:quote-close")
                        if src.is_pronoun and j > 0:
                            persons = [e for e in sents[j - 1].ents if e.label_ == "PERSON"]
                            if persons:
                                return Source(persons[-1].text, "person", "source:quote-close")
                            continue
                        return src
        if j > si and any(q in body for q in _QUOTES):
            break
    return None


_DAY_WORDS = set(WEEKDAYS) | {"yesterday", "today", "tonight"}


def _days(sent: Span) -> set[str]:
    """The days a sentence names: weekdays, 'yesterday', 'December 14'."""
    out: set[str] = set()
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        words = [t.lower_ for t in ent]
        out.update(w for w in words if w in _DAY_WORDS)
        for a, b in zip(words, words[1:], strict=False):
            if a in MONTHS and b.isdigit():
                out.add(f"{a} {b}")
    return out


_NEW_EVENT = re.compile(r"^\W*(?:in addition|additionally|meanwhile|separately|elsewhere|"
                        r"in (?:a|another) (?:separate|different|unrelated) (?:incident|attack)|"
                        r"in other (?:news|incidents?)|earlier|previously|also on)\b",
                        re.IGNORECASE)


def _other_day(sent: Span, prev: Span) -> bool:
    """'Friday saw 17 killings in X. On Saturday seven were killed': both sentences name a
    day and no day in common, so they are about different events; so is a sentence opening
    with 'In addition', 'Meanwhile' or 'In a separate incident'."""
    if _NEW_EVENT.match(sent.text):
        return True
    a, b = _days(sent), _days(prev)
    return bool(a) and bool(b) and not (a & b)


def _open_quote_speaker(doc: Doc, text: str, pos: int, end: int) -> Source | None:
    """'the Ministry said: "... two soldiers have died. One other was injured ..."': a number
    inside a quotation opened after 'X said:' is X's, also in the quote's later sentences and
    paragraphs."""
    found = quote_opener(text, pos, end)
    if found is None:
        return None
    open_at, pstart = found
    if not text[pstart:open_at].rstrip().endswith((":", ",")):
        return None
    before = doc.char_span(pstart, open_at, alignment_mode="contract")
    if before is None:
        return None
    for tok in reversed(before):
        if tok.pos_ == "VERB" and tok.lemma_ in _QUOTE_VERBS:
            # ("X took the stand, saying: "...": the doer of the participle; not the
            # listener of "Reporters were told: "...")
            subj = [c for c in tok.children if c.dep_ == "nsubj"] or [
                x for x in [subject_of(tok)] if x is not None and x.dep_ == "nsubj"]
            if subj and subj[0].pos_ != "PRON":
                src = np_source(subj[0], "source:open-quote")
                return src if not src.is_pronoun else None
            return None
    return None


# "the statement", "a press release", "this news release"
_STATEMENT_DET = re.compile(r"^(?:(?:the|that|this|a)\s+)?(?:press|news)\s+|^(?:the|that|this)\s+")
_GROUP_ANAPHORS = {"group", "militant group", "militants", "organisation", "organization",
                   "movement", "militia", "rebels", "insurgents", "rebel group"}


_ISSUE_VERBS = {"release", "publish", "issue", "produce", "compile", "present", "unveil",
                "conduct"}


def _statement_owner(doc: Doc, start: int, end: int,
                     nouns: set[str] | frozenset[str] = STATEMENT_NOUNS,
                     one: bool = False) -> Source | None:
    """Who issued the last statement named in ``doc[start:end]``: 'a statement from X',
    'In a statement, X said ...', 'X said in a statement' (with ``one``, a single document:
    not 'reports from X')."""
    for tok in reversed(doc[start:end]):
        if tok.lemma_.lower() not in nouns and tok.lower_ not in nouns:
            continue
        if one and tok.tag_ in {"NNS", "NNPS"}:
            continue
        # ("reports of heavy fighting": what a report is about is not its author)
        preps = {"from", "by", "of"} if tok.lemma_.lower() in {"statement", "communique",
                                                                "announcement"} else {"from", "by"}
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                for p in c.children:
                    if p.dep_ == "pobj" and p.pos_ in {"NOUN", "PROPN"}:
                        return np_source(p, "source:statement-from")
            # "a United Nations report", "the ministry's statement" (not "a September report")
            if ((c.dep_ in {"compound", "poss"} and c.pos_ == "PROPN"
                 and c.ent_type_ in {"ORG", "PERSON", "NORP", ""})
                    or (c.dep_ == "poss" and c.pos_ == "NOUN")):
                return np_source(c, "source:statement-of")
        # "a report published by the Iraq Body Count project"
        for c in tok.children:
            if c.dep_ == "acl":
                for a in c.children:
                    if a.dep_ == "agent":
                        for p in a.children:
                            if p.dep_ == "pobj" and p.pos_ in {"NOUN", "PROPN"}:
                                return np_source(p, "source:statement-by")
        if tok.dep_ == "dobj" and tok.head.lemma_ in _ISSUE_VERBS:
            subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
            if subj and subj[0].pos_ != "PRON":
                return np_source(subj[0], "source:statement-issued-by")
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ == "VERB":
            subj = [c for c in tok.head.head.children if c.dep_ == "nsubj"]
            if subj and subj[0].pos_ != "PRON":
                return np_source(subj[0], "source:in-a-statement")
    return None


# what an article may be written about, so that its figures are that document's: "World Bank
# released the 2012 World Development Report ... . Only 28 of Fortune 1000 companies ..."
_FRAME_NOUNS = frozenset({"report", "study", "survey", "poll", "review", "memo", "findings"})
_FRAME_VERBS = frozenset({"says", "finds", "shows", "reveals", "claims", "released", "leaked",
                          "published"})


def _frame_owner(doc: Doc, sents: list[Span]) -> Source | None:
    """Who made the report, study or poll an article's lead (its first body sentence, or the
    headline with it) says it is about: its unattributed figures are that document's."""
    if len(sents) < 2 or not _is_headline(doc, sents[0]):
        return None
    # the headline is about that document: it names one ("NATO report on Afghanistan
    # leaked") or what one says ("..., watchdog group claims", "Leaked poll finds 45% ...")
    if not any(t.lemma_.lower() in _FRAME_NOUNS or t.lower_ in _FRAME_VERBS
               for t in sents[0]):
        return None
    for tok in sents[1]:
        # "World Bank released the 2012 World Development Report", "The Pentagon released its
        # findings from its Quadrennial Defense Review": the issuer, not the document's name
        if (tok.lemma_.lower() in _FRAME_NOUNS or tok.lower_ in _FRAME_NOUNS) and \
                tok.dep_ == "dobj" and tok.head.lemma_ in _ISSUE_VERBS:
            subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
            if subj and subj[0].pos_ != "PRON":
                return np_source(subj[0], "source:statement-issued-by")
    owner = _statement_owner(doc, sents[1].start, sents[1].end, _FRAME_NOUNS, one=True)
    # ("Wikinews reported ... in an exclusive report": an outlet's own reporting)
    return None if owner is None or owner.rule == "source:in-a-statement" else owner


def _frame_end(doc: Doc, sents: list[Span], frame: Source) -> int:
    """The first sentence after the lead that turns to another document ("There have been two
    other studies", "the Lancet study"): the frame's figures end before it."""
    for si in range(2, len(sents)):
        for tok in sents[si]:
            if tok.lemma_.lower() not in _FRAME_NOUNS:
                continue
            if any(c.lower_ in _OTHER_DOCUMENT for c in tok.children):
                return si
            # (a document's own title, "the Quadrennial Defense Review", names no author)
            owner = None if tok.pos_ == "PROPN" else \
                _statement_owner(doc, tok.i, tok.i + 1, _FRAME_NOUNS)
            if owner is not None and not _same_owner(owner.text, frame.text):
                return si
    return len(sents)


_OTHER_DOCUMENT = {"other", "another", "previous", "earlier", "new", "second", "separate"}


def _same_owner(a: str, b: str) -> bool:
    wa, wb = set(a.lower().split()) - {"the"}, set(b.lower().split()) - {"the"}
    return bool(wa & wb)


_COMPANY_ANAPHOR = re.compile(r"^(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:company|firm|corporation|"
                              r"manufacturer|carmaker|airline|retailer|bank|group)$",
                              re.IGNORECASE)


def _last_company(doc: Doc, start: int, end: int) -> str | None:
    """The last organisation named in ``doc[start:end]`` (as the text names it)."""
    for ent in reversed([e for e in doc.ents if e.start >= start and e.end <= end]):
        # (a subject or a name's owner, not "Apple sued Devine": whom it acts on)
        if ent.label_ == "ORG" and normalise_actor(ent.text) is None and \
                ent.root.dep_ not in {"dobj", "pobj", "dative", "attr"}:
            return re.sub(r"^the\s+", "", ent.text, flags=re.IGNORECASE)
    return None


def _last_armed_group(doc: Doc, start: int, end: int) -> str | None:
    """The last armed group named in ``doc[start:end]`` (as the text names it)."""
    for tok in reversed(doc[start:end]):
        ent = entity_span(tok) if tok.ent_type_ else None
        for text in ([ent.text] if ent is not None else []) + [tok.text]:
            a = normalise_actor(text)
            if a in ARMED_GROUPS and a != "Kurds":  # an ethnicity, not "the group"
                return re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    return None


_POLL_NOUNS = {"poll", "survey"}
_OPINION_WORDS = {"respondent", "poll", "survey", "say", "think", "feel", "believe", "support",
                  "oppose", "want", "favour", "favor", "approve", "disapprove", "agree"}


def _proper_run(tokens: list[Token]) -> str | None:
    """The last run of adjacent proper nouns among ``tokens`` ("Ipsos Reid")."""
    run: list[Token] = []
    for t in tokens:
        if t.pos_ == "PROPN" and (not run or t.i == run[-1].i + 1):
            run.append(t)
        elif t.pos_ == "PROPN":
            run = [t]
    return " ".join(t.text for t in run) if run else None


def _pollster(doc: Doc, start: int, end: int) -> str | None:
    """Who ran the poll named last in ``doc[start:end]``: "a new Ipsos Reid opinion poll",
    "GlobeScan conducted the survey", "a survey by Gallup"."""
    for tok in reversed(doc[start:end]):
        if tok.lemma_.lower() not in _POLL_NOUNS or tok.pos_ != "NOUN":
            continue
        name = _proper_run([t for t in doc[tok.left_edge.i:tok.i]
                            if t.dep_ in {"compound", "poss"} or t.head.dep_ == "compound"])
        if name:
            return name
        for c in list(tok.children) + [x for a in tok.children if a.dep_ == "acl"
                                       for x in a.children]:
            if c.dep_ in {"prep", "agent"} and c.lower_ == "by":
                name = _proper_run([p for p in c.subtree if p.i > c.i])
                if name:
                    return name
        if tok.dep_ == "dobj" and tok.head.lemma_ in {"conduct", "carry", "run", "commission"}:
            subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
            if subj:
                name = _proper_run(list(subj[0].subtree))
                if name:
                    return name
    return None


def _speech_tag(sent: Span) -> Source | None:
    """'Mr Smith said.' alone: a speaker with a reporting verb and nothing reported."""
    root = sent.root
    words = [t for t in sent if not t.is_punct]
    if len(words) > 8 or root.pos_ != "VERB" or root.lemma_ not in _QUOTE_VERBS:
        return None
    if any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in root.children):
        return None
    subj = [c for c in root.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    if not subj:
        return None
    return np_source(subj[0], "source:quote-tag")


def _speaker(sents: list[Span], j: int, depth: int = 0) -> Source | None:
    """The speaker of sentence ``j``: subject of its reporting verb (pronouns resolved)."""
    src = previous_report(sents[j], any_verb=True)
    if src is not None and src.is_pronoun and j > 0 and depth < 2:
        prev = _speaker(sents, j - 1, depth + 1)
        if prev is not None:
            return Source(prev.text, prev.type, src.rule + ":pronoun")
        root = sents[j - 1].root
        for c in root.children:
            if c.dep_ == "nsubj" and c.pos_ != "PRON":
                text = sents[j - 1].doc[c.left_edge.i:c.i + 1].text
                text = re.sub(r"^(?:[Aa]n?|[Tt]he)\s+", "", text)
                return Source(text, source_type(text), src.rule + ":pronoun")
        return None
    return src


def _quote_context_source(sents: list[Span], si: int,
                          sent_sources: dict[int, Source]) -> Source | None:
    """Quoted sentences without attribution: a complete quote after a sentence whose
    speaker is known, or the end of a quotation opened in an earlier attributed sentence."""
    body = sents[si].text.strip()
    n_quotes = sum(body.count(q) for q in _QUOTES)
    if body[:1] in _QUOTES and n_quotes >= 2:
        return _speaker(sents, si - 1)
    if n_quotes % 2 == 1 and body[:1] not in _QUOTES:
        for j in range(si - 1, max(-1, si - 4), -1):
            t = sents[j].text
            if sum(t.count(q) for q in _QUOTES) % 2 == 1:
                return sent_sources.get(j) or _speaker(sents, j)
    return None


_TAG_VERBS = _QUOTE_VERBS | {"continue", "recall", "recount", "describe", "reply"}


def _tag_speaker(text: str, sents: list[Span], j: int, sent_sources: dict[int, Source],
                 depth: int = 0) -> Source | None:
    """Who speaks in sentence ``j``, outside its quotation marks: the subject of a speech verb
    ('"...," he said.', 'she continued'; a pronoun stands for the speaker named before) or
    its 'according to X'."""
    def quoted(tok: Token) -> bool:
        return _inside_quote(text, tok.idx)

    for tok in sents[j]:
        if tok.pos_ != "VERB" or tok.lemma_ not in _TAG_VERBS or quoted(tok):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None) or subject_of(tok)
        if subj is None:
            continue
        if subj.lower_ in {"he", "she"}:
            for k in range(j - 1, max(-1, j - 6), -1):
                named = _tag_speaker(text, sents, k, sent_sources, depth + 1) \
                    if depth < 1 else None
                if named is not None and named.type == "person":  # (no ministry is "he")
                    return named
            return _resolve_pronoun(Source(subj.text, "person", "source:quote-speaker",
                                           is_pronoun=True), sents, j, sent_sources)
        if subj.pos_ == "PROPN" or (subj.pos_ == "NOUN" and _speaker_noun(subj)):
            return np_source(subj, "source:quote-speaker")
    acc = [t for t in sents[j] if t.lower_ == "according" and not quoted(t)]
    src = according_to(sents[j], acc[-1].i) if acc else None
    if src is not None and src.text.lower() in {"plan", "schedule", "tradition", "custom"}:
        src = None  # "it went according to plan"
    return Source(src.text, src.type, "source:quote-speaker") if src is not None else None


def _speaker_noun(tok: Token) -> bool:
    """A common noun that can speak: 'the colonel', 'a witness', 'the ministry', 'police'
    (not 'turmoil' or 'the figures')."""
    return tok.ent_type_ in {"ORG", "PERSON", "NORP", "GPE"} or \
        source_type(tok.doc[tok.left_edge.i:tok.i + 1].text) != "other" or \
        tok.lemma_.lower() in _SPEAKERS or \
        any(t.ent_type_ == "PERSON" for t in tok.subtree)  # "a deserter, Hla Win"


_SPEAKERS = {"man", "woman", "witness", "resident", "survivor", "victim", "villager", "doctor",
             "nurse", "colonel", "general", "commander", "officer", "official", "spokesman",
             "spokeswoman", "spokesperson", "source", "leader", "chief", "director", "soldier"}


def _reported_passive(sent: Span) -> bool:
    """'Twelve people are reported to have been injured', 'Eight were said to be dead': the
    sentence's own verb is a passive report verb with no agent."""
    root = sent.root
    return root.lemma_ in {"report", "say", "believe", "confirm"} and root.tag_ == "VBN" and \
        any(c.dep_ == "auxpass" for c in root.children) and \
        not any(c.dep_ == "agent" for c in root.children)


def _inside_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation: the nearest quotation mark before it in its
    paragraph opens one ('said: "We ...', '“We ...') rather than closes it ('...," he said')."""
    pstart = paragraph_start(text, pos)
    k = last_mark(text, pstart, pos)
    if k < 0:
        return False
    if text[k] in "“”":
        return text[k] == "“"
    before = text[k - 1:k] if k > pstart else ""
    return not before or before.isspace() or before in "([—–-:"


def _paragraph_break(text: str, sent: Span) -> bool:
    """Whether a paragraph ends with ``sent`` (the segmenter leaves a paragraph's closing line
    break inside its last sentence)."""
    return text[sent.start_char:sent.end_char].rstrip(" \t").endswith("\n")


def _quoted_speaker(text: str, sents: list[Span], si: int, pos: int, end: int,
                    sent_sources: dict[int, Source]) -> Source | None:
    """A number inside a quotation that runs on without a tag of its own ('"The attackers came
    at night," he said. "They were four, in uniforms.'): the speaker of the nearest sentence
    before it, in its paragraph or the one before (``end``: the end of its sentence)."""
    if not _inside_quote(text, pos) and quote_opener(text, pos, end) is None:
        return None
    breaks = 0
    for j in range(si - 1, max(-1, si - 4), -1):
        breaks += _paragraph_break(text, sents[j])
        if breaks > 1:
            break
        src = _tag_speaker(text, sents, j, sent_sources)
        if src is not None and not src.is_pronoun:
            return src
    return None


# what befalls a vehicle or a weapon: "one of the helicopters crashed", "seized one of its rigs"
_EQUIPMENT_EVENTS = {"crash", "strike", "explode", "detonate", "seize", "capture", "destroy",
                     "down", "shoot", "hit", "lose", "sink", "drop", "miss", "defuse"}


# a bound word before the old or new level: "from some 3,000 to more than 9,000"
_LEVEL_BOUND = (r"(?:about|around|some|nearly|almost|just|roughly|approximately|over|"
                r"more\s+than|less\s+than|fewer\s+than|up\s+to|at\s+least|as\s+many\s+as)\s+")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:" + _LEVEL_BOUND + r")?$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"\s+to\s+(?:a\s+(?:maximum|minimum|total|peak|high|low)\s+of\s+|"
                         + _LEVEL_BOUND + r")?$")
_NUMBER_THAT = re.compile(r"^[^.;:]{0,60},\s+(?:a|the)\s+(?:number|figure|total|level)\s+"
                          r"(?:that|which)\s+(?:\w+\s+){0,3}(?:to|at)\s+(?:" + _LEVEL_BOUND
                          + r")?$")


def _struck_or_lost(tok: Token) -> bool:
    """'one' is the doer or the object of an event that befalls equipment."""
    verb = tok.head
    return tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and verb.pos_ == "VERB" and \
        verb.lemma_.lower() in _EQUIPMENT_EVENTS


def _is_headline(doc: Doc, sent: Span) -> bool:
    if sent.start != 0:
        return False
    s, e = _sentence_bounds(sent)
    tail = doc.text[e:e + 3]
    return "\n" in tail and doc.text[e - 1:e] not in ".!?\"”"


def extract_doc_claims(doc: Doc) -> list[dict[str, Any]]:
    text = doc.text
    quantities = find_quantities(text)
    if not quantities:
        return []
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]
    loc_cache: dict[tuple[int, int], tuple[str | None, str]] = {}
    sent_sources: dict[int, Source] = {}
    claims: list[dict[str, Any]] = []
    claim_tokens: list[tuple[int, Token | None]] = []
    frame = _frame_owner(doc, sents)
    frame_end = _frame_end(doc, sents, frame) if frame is not None else 0

    def location(si: int, anchor: Token | None = None) -> tuple[str | None, str]:
        key = (si, anchor.i if anchor is not None else -1)
        if key not in loc_cache:
            loc_cache[key] = detect_location(sents[si], anchor)
        return loc_cache[key]

    for q in quantities:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        reason = non_claim_reason(q, span)
        if reason and reason not in {"one-weak", "one-of-weak"}:
            continue
        si = max(0, bisect.bisect_right(starts, q.start) - 1)
        sent = sents[si]
        s_start, s_end = _sentence_bounds(sent)
        if not (s_start <= q.start < s_end):
            s_start = min(s_start, q.start)
            s_end = max(s_end, q.end)
        before = text[max(s_start, q.start - 40):q.start]
        after = text[q.end:min(s_end, q.end + 20)]
        ev: list[str] = [q.evidence]

        bound, bev = detect_bound(before, after, q.is_range)
        if bound == "exact" and claims and claims[-1]["bound"] in {"approx", "lower", "upper"} \
                and _CONVERSION_GAP.fullmatch(text, claims[-1]["char_end"], q.start):
            # "about 3kg (6 lbs)", "over 10 meters (30 feet)": a conversion keeps the bound
            bound, bev = claims[-1]["bound"], "bound:converted"
        ev.append(bev)
        noun, nrule = counted_noun(span)
        cur = currency_unit(before)
        # "50 million € in aid": a currency sign written after the number
        sign_after = _SIGN_AFTER.match(text, q.end) if cur is None else None
        if sign_after is not None:
            cur = _SIGN_UNITS[sign_after.group(1)]
        # "the 26,000 strong force": people are counted, the force is no unit
        unit = cur or (None if is_strength(span) else unit_of(noun))
        if span.end < len(doc) and is_ratio(doc[span.end]):
            unit = None  # "four times the normal reading": a ratio counts nothing
        if q.value < 1 and unit in _WHOLES:
            unit = None  # "half of the population", "a two-thirds majority": a share of a whole
        if unit is None and vote_tally(text, q):
            unit = "vote"  # "the committee voted 12-9"
            ev.append("unit:vote-tally")
        metric, mev = detect_metric(span, noun, before)
        if sign_after is not None:
            metric, mev = "money", "metric:currency-after"
        fate = doc[span.end] if span.end < len(doc) else None
        if span.text.lower() == "one" and fate is not None and \
                fate.lower_ in ONE_FATE_ADVERBS and span.start > sent.start and \
                doc[span.start - 1].text in {",", "—", "–", "-"}:
            # "three people were injured, one fatally": one of them died of it
            metric, mev = ("killed" if fate.lower_ in {"fatally", "mortally"} else "wounded",
                           f"metric:one-{fate.lower_}")
        # ("one bomb exploded", "dropped one bomb": kept; "one bomb killed 140": the count is
        # the dead)
        if reason == "one-weak" and metric not in _CASUALTY and bound == "exact" and not (
                metric == "equipment" and nrule == "nummod" and _struck_or_lost(noun)):
            continue
        if reason == "one-of-weak" and metric not in HARM_KINDS and not (
                metric == "equipment" and _struck_or_lost(span[-1])):
            continue
        # ellipsis: "100 soldiers killed and another thousand wounded", "three of them"
        elliptic = noun is None or noun.pos_ == "PRON" or noun.lemma_.lower() in {
            "other", "more", "one", "less", "fewer"} or noun.lower_ in CASUALTY_ADJ
        prior = [c for c, (csi, _t) in zip(claims, claim_tokens, strict=True) if csi == si]
        if noun is None and unit is None and not cur:
            # "the number of protesters ranged from 10,000 ...": the tally names the unit
            tallied = _number_of(doc[sent.start:span.start])
            if tallied is not None:
                unit = unit_of(tallied)
                ev.append("unit:number-of")
                if metric == "other" and mev == "metric:default" and \
                        tallied.lemma_.lower() in _FORCE_TALLIED:
                    # "brings the total number of security forces to 30,000": a force's size
                    metric, mev = "deployed", "metric:number-of-force"
        if elliptic and unit is None and not cur:
            for c in reversed(prior):
                # "seven rockets hit Haifa, killing three": a casualty count is no rocket
                if c["unit"] and c["unit"] != "percent" and c["unit"] not in MEASURES and \
                        _kind(c["metric"]) == _kind(metric):
                    unit = c["unit"]
                    ev.append("unit:same-sentence")
                    break
            else:
                prev_claims = [c for c, (csi, _t) in zip(claims, claim_tokens, strict=True)
                               if csi == si - 1 and c["unit"]]
                if prev_claims and noun is not None:
                    unit = prev_claims[-1]["unit"]
                    ev.append("unit:prev-sent")
        # ("seventeen people died and 35 were rescued": the rescued are no casualties)
        subj_of = (noun if noun is not None and noun.pos_ != "PRON" else span[-1])
        spared = subj_of.dep_ in {"nsubj", "nsubjpass"} and \
            subj_of.head.lemma_.lower() in _SPARED_VERBS
        if metric in {"other", "deployed"} and mev.endswith("default") and prior and (
            elliptic or is_person_noun(noun)
        ) and not spared:
            for c in reversed(prior):
                if c["metric"] in _CASUALTY:
                    metric, mev = c["metric"], "metric:same-sentence"
                    break
                # "176,000 troops are in Iraq, 130,000 of which are American", "10,000
                # troops, about 1,800 of them Russians": a part of a force is deployed too
                if c["metric"] == "deployed" and c["value"] >= float(q.value) and (
                        "unit:same-sentence" in ev or "unit:number-of" in ev or (
                            noun is not None and normalise_actor(noun.text))):
                    metric, mev = "deployed", "metric:part-of-force"
                    break
        if metric in {"other", "deployed"} and mev.endswith("default"):
            # "there have been 81 deaths: 22 policemen, 8 guards ...": a list after a colon
            # breaks down the count before it
            for c, (csi, tok) in zip(reversed(claims), reversed(claim_tokens), strict=True):
                if csi == si and tok is not None and c["metric"] in _CASUALTY and \
                        c["value"] >= float(q.value) and any(
                            t.text == ":" for t in doc[tok.i:span.start]):
                    metric, mev = c["metric"], "metric:colon-breakdown"
                    break
        basis: dict[str, Any] | None = None  # the earlier claim this one is a part of
        if nrule == "of-pobj" and (any(
                c.lower_ in {"those", "these", "the"} for c in noun.children) or
                noun.lower_ in {"them", "whom", "these", "those"}):
            # "Seven peacekeepers were killed. Five of those troops were from Rwanda.",
            # "8,500 soldiers stationed there, some 800 of them Spanish": a part of a group
            # counted just before shares its fate
            pron = noun.pos_ == "PRON" or noun.lower_ in {"these", "those"}
            for c, (csi, _t) in zip(reversed(claims), reversed(claim_tokens), strict=True):
                if si - 1 <= csi <= si and c["metric"] in _CASUALTY | {"deployed"} and \
                        c["value"] >= float(q.value) and c["unit"] is not None and (
                            pron or c["unit"] == unit
                            or {c["unit"], unit} <= _SOLDIER_NOUNS
                            # "77 people were killed ... 41 of the victims were in X"
                            or (noun.lemma_.lower() in _TOLL_NOUNS
                                and c["metric"] in HARM_KINDS)):
                    if mev.endswith("default"):
                        metric, mev = c["metric"], "metric:part-of-antecedent"
                    basis = c
                    break
        if nrule == "copula-attr" and mev.endswith("default"):
            # "... killing at least 31. 28 were soldiers": a breakdown of the count before
            for c, (csi, _t) in zip(reversed(claims), reversed(claim_tokens), strict=True):
                # the nearest count large enough to hold this part
                if si - 1 <= csi <= si and c["metric"] in _CASUALTY and \
                        c["value"] >= float(q.value):
                    metric, mev = c["metric"], "metric:breakdown"
                    basis = c
                    break
        # "The three soldiers were from ...", "the release of the five": a definite count
        # refers back to the same number counted earlier; it keeps that count's metric
        # ("all 15 sailors", "the 15 sailors": captives stay captives however far back they
        # were taken)
        antecedent = None
        det = doc[span.start - 1].lower_ if span.start > 0 else ""
        if det in {"the", "these", "those", "all"}:
            for c, (csi, _t) in zip(reversed(claims), reversed(claim_tokens), strict=True):
                captive = c["metric"] == "captured"
                # (further back only the same captives: "the 15 sailors", "the release of
                # the 15", not "the 15 ships")
                if (si - 4 <= csi or captive and unit in {None, c["unit"]}) and csi < si and \
                        (det != "all" or captive) and c["value"] == float(q.value) and \
                        c["metric"] in _CASUALTY:
                    antecedent = c
                    break
        if basis is None and metric in HARM_KINDS and _AMONG_TOLL.search(sent.text):
            # "Seven were killed, Syrian media said. Among the dead were four of his sons":
            # the named members of a toll given just before
            for c, (csi, _t) in zip(reversed(claims), reversed(claim_tokens), strict=True):
                if si - 1 <= csi <= si and c["metric"] == metric and \
                        c["value"] >= float(q.value):
                    basis = c
                    break
        if antecedent is not None and metric in {"other", "deployed"} and (
                mev.endswith("default") or mev == "metric:personnel-present"):
            metric, mev = antecedent["metric"], "metric:antecedent"
            basis = antecedent
        if metric == "other" and mev.endswith("default") and prior:
            # "raises the strength from 2,000 to a maximum of 15,000", "10,000 troops ..., a
            # number that will swell to 50,000": the new level of a count just given
            last = prior[-1]
            between = text[last["char_end"]:q.start]
            if last["metric"] != "other" and (
                    (_FROM_BEFORE.search(text, max(0, last["char_start"] - 30),
                                         last["char_start"]) and _TO_BETWEEN.match(between))
                    or _NUMBER_THAT.match(between)):
                metric, mev = last["metric"], "metric:new-level"
                if unit is None:
                    unit = last["unit"]
        ev.append(mev)
        actor, aev = detect_actor(span, noun)
        if actor is None and metric == "money":
            actor = money_owner(span)
            aev = "actor:money-owner" if actor else aev
        if actor is None and metric == "money":
            actor = money_giver(span)
            aev = "actor:money-giver" if actor else aev
        if actor is None and antecedent is not None and antecedent["actor"] and \
                claim_tokens[claims.index(antecedent)][0] >= si - 1:
            actor, aev = antecedent["actor"], "actor:antecedent"
        if actor is None:
            # list items / anaphora: inherit from an earlier claim of this sentence about the
            # same kind of thing ("15 Israelis were killed ... 180 missiles hit": not theirs)
            for c, (csi, _ctok) in zip(reversed(claims), reversed(claim_tokens), strict=False):
                if csi == si and c["actor"] and _kind(c["metric"]) == _kind(metric):
                    # "28 were Afghan soldiers, and two civilians were killed": civilians
                    # are nobody's army
                    if unit in _CIVILIAN_UNITS and c["unit"] in _SOLDIER_NOUNS:
                        break
                    actor, aev = c["actor"], "actor:same-sentence"
                    break
        if actor is None and noun is not None and (noun.lemma_.lower() == "other" or any(
                c.lower_ in {"other", "another"} for c in noun.children)):
            # "A Palestinian teenager was killed and seven others injured": the others are
            # of the people named before them in the sentence
            for tok in reversed(doc[sent.start:span.start]):
                if tok.pos_ in {"NOUN", "PROPN"} and tok.ent_type_ != "GPE" and (
                        is_person_noun(tok) or tok.lemma_.lower() in _PERSONNEL_HINT):
                    a, _e = _np_actor(tok)
                    if a:
                        actor, aev = a, "actor:others-same-sentence"
                        break
        # "1,000 arrested in a crackdown against al-Qaeda": those held belong to the target
        if actor is None and (metric == "captured" or (
                metric == "killed" and unit in _COMBATANT_UNITS)):
            actor = campaign_target(sent)
            aev = "actor:campaign-target" if actor else aev
        if actor is None and si > 0 and noun is not None and unit and any(
                c.lower_ in {"other", "another", "more"} for c in noun.children):
            # "Three soldiers of the UK were killed. Two other soldiers were injured."
            for c, (csi, _ctok) in zip(reversed(claims), reversed(claim_tokens), strict=False):
                if csi == si - 1 and c["actor"] and c["unit"] == unit:
                    actor, aev = c["actor"], "actor:prev-claim-other"
                    break
        if actor is None and si > 0 and (
            noun is None or noun.pos_ == "PRON" or sent[0].lower_ == "there"
            or (elliptic and noun.dep_ in {"nsubj", "nsubjpass"})  # "Two others were ..."
        ):
            for c, (csi, _ctok) in zip(reversed(claims), reversed(claim_tokens), strict=False):
                if csi == si - 1 and c["actor"]:
                    actor, aev = c["actor"], "actor:prev-claim"
                    break
            if actor is None:
                for tok in sents[si - 1]:
                    if tok.lemma_.lower() in _PERSONNEL_HINT and tok.pos_ == "NOUN":
                        a, _e = _np_actor(tok)
                        if a:
                            actor, aev = a, "actor:prev-sent"
                            break
        if actor is None and si > 0 and noun is not None and \
                noun.lemma_.lower() in _SOLDIER_NOUNS:
            # "A Sri Lankan army offensive ... Eight soldiers have been killed": the one army
            # named in the preceding sentence owns its bare soldiers
            found = {a for tok in sents[si - 1]
                     if tok.lemma_.lower() in _PERSONNEL_HINT and tok.pos_ == "NOUN"
                     for a in [_np_actor(tok)[0] or _name_before(tok)] if a}
            if not found:
                # "Australia has 900 troops in Iraq. About 450 of the soldiers ...": the one
                # owner of the forces counted in the preceding sentence
                found = {c["actor"] for c, (csi, _t) in zip(claims, claim_tokens, strict=True)
                         if csi == si - 1 and c["actor"] and c["unit"] in _SOLDIER_NOUNS}
            if len(found) == 1:
                actor, aev = found.pop(), "actor:prev-sent-army"
        if prior and prior[-1]["actor"] and _CONVERSION_GAP.fullmatch(
                text, prior[-1]["char_end"], q.start):
            # "Landrieu's 54,131 votes (47.7%)": a figure in brackets restates the one before
            actor, aev = prior[-1]["actor"], "actor:restated"
        if aev:
            ev.append(aev)
        loc, lev = location(si, noun if noun is not None and nrule != "of-whom" else span[-1])
        place_after = _ELLIPTIC_PLACE.match(text, q.end) if elliptic and prior else None
        if place_after is not None and place_after.group(1).lower() not in MONTHS and \
                place_after.group(1).lower() not in WEEKDAYS and prior[-1]["location"]:
            # "41 of the victims were in Guwahati, 21 in Kokrajhar and 15 in Barpeta": each
            # count of a list has the place named right after it
            loc, lev = place_after.group(1), "loc:list-item"
        if loc is None and metric in HARM_KINDS | {"deployed", "captured"}:
            # "Elsewhere in the country", "in the capital": the place the article named last
            # (for an event's toll; a statistic "in the country" is the whole land's)
            anaphor = anaphoric_place(sent)
            # (up to PLACE_BACK sentences back: the text the prefilter keeps for it)
            since = sents[max(0, si - PLACE_BACK)].start
            loc = antecedent_place(doc, anaphor[1], anaphor[0], since) if anaphor else None
            lev = f"loc:the-{anaphor[0]}" if anaphor and loc else lev
        if loc is None and si > 0 and not _is_headline(doc, sents[si - 1]) and \
                not _other_day(sent, sents[si - 1]):
            loc, lev = location(si - 1)
            lev = lev + ":prev-sent" if loc else lev
        if lev:
            ev.append(lev)
        # "two Istanbul synagogues": a city that is the claim's place is no party to it
        if actor is not None and loc is not None and actor == loc and \
                normalise_actor(actor) is None:
            actor = None
            ev.append("actor:city-is-place")

        anchor = noun if noun is not None and noun.pos_ != "PRON" else span[-1]
        src = _open_quote_speaker(doc, text, q.start, s_end)
        if src is None:
            src = in_sentence_source(sent, anchor, noun)
        if src is None:
            src = colon_source(sent, anchor) or trailing_reporter(sent, anchor) or \
                misparsed_report(sent, anchor) or assertion_clause_source(anchor)
        if src is not None and src.is_pronoun:
            src = _resolve_pronoun(src, sents, si, sent_sources)
        if src is None:
            src = _quote_source(sents, si)
        if src is None and si + 1 < len(sents):
            src = neighbour_next(sents[si + 1])
        # "Seven policemen were also killed.": a count that continues the report before
        also = noun is not None and noun.dep_ in {"nsubj", "nsubjpass"} and \
            noun.head == sent.root and any(c.lower_ == "also" for c in sent.root.children)
        # "This compares to 69 reporters killed in World War Two.": "this" is the figure
        # reported in the sentence before, and so is its source
        refers_back = sent[0].lower_ in {"this", "that"} and sent[0].dep_ == "nsubj" and \
            sent[0].head.lemma_ in _COMPARE_VERBS
        if src is None and si > 0 and (sent[0].lower_ == "there" or also or refers_back or
                                       _same_subject(sent, sents, si, sent_sources)):
            prev = sent_sources.get(si - 1) or previous_report(sents[si - 1], strict=True)
            if prev is not None:
                src = Source(prev.text, prev.type, "source:prev-sent:continuation")
        if src is None and si > 0 and _reported_passive(sent) and noun is not None and \
                noun.dep_ == "nsubjpass" and noun.head == sent.root and \
                not _paragraph_break(text, sents[si - 1]) and \
                not _NEW_EVENT.match(sent.text):
            # "Police in Thailand have reported ... . Twelve people are reported to have been
            # injured": a passive report with nobody named goes on with the report before
            prev = sent_sources.get(si - 1) or previous_report(sents[si - 1])
            if prev is not None:
                src = Source(prev.text, prev.type, "source:prev-sent:reported-passive")
        if src is None and si > 0 and noun is not None and noun.lemma_.lower() in {
                "other", "more"} and noun.dep_ in {"nsubj", "nsubjpass"} and noun.head == sent.root:
            # "The MoD confirmed three soldiers were killed. Two others were wounded."
            for c, (csi, _t) in zip(reversed(claims), reversed(claim_tokens), strict=True):
                if csi == si - 1 and c["source"] != ARTICLE:
                    src = Source(c["source"], c["source_type"], "source:prev-claim:elliptic")
                    break
        if src is None and basis is not None and basis["source"] != ARTICLE and \
                claim_tokens[claims.index(basis)][0] >= si - 1:
            # "According to the army four soldiers were wounded. Three were released ...":
            # a part of a count reported just before comes from the same report
            src = Source(basis["source"], basis["source_type"], "source:part-of-claim")
        if src is None and elliptic and prior and prior[-1]["source"] != ARTICLE and \
                ":same-sentence" in ";".join(ev):
            # "41 of the victims were in Guwahati, 21 in Kokrajhar": a count that takes its
            # noun from the one before in the sentence takes its source too
            src = Source(prior[-1]["source"], prior[-1]["source_type"],
                         "source:elliptic-sibling")
        if src is None and si > 0:
            # "According to X, al-Suri opened fire. Al-Suri wounded two people ..."
            prev_src = according_to(sents[si - 1], sents[si - 1].root.i)
            subj = _subject_text(sent)
            if prev_src is not None and subj is not None and subj == _subject_text(
                    sents[si - 1]) and subj not in prev_src.text.lower():
                src = Source(prev_src.text, prev_src.type, "source:prev-sent:according-to")
        if src is None and si > 0:
            src = _quote_context_source(sents, si, sent_sources)
        if src is None and si > 0:
            # "A poll by X ... . 51% of the respondents ...": the poll's maker
            src = poll_author(sent, sents[max(0, si - 3):si])
        if src is None and si > 0:
            src = _quoted_speaker(text, sents, si, q.start, s_end, sent_sources)
        if src is None or src.rule.startswith("source:colon-label"):
            # "Atta cited these statistics: / Civilian killing: 1440 to 265 / ...": a list
            # after a colon is given by whoever its intro names
            intro = list_intro(text, s_start)
            if intro is not None:
                j = max(0, bisect.bisect_right(starts, intro) - 1)
                given = intro_source(sents[j])
                if given is not None:
                    src = Source(given.text, given.type, "source:list-intro")
        if src is not None and _STATEMENT_DET.sub("", src.text.lower()) in \
                STATEMENT_NOUNS:
            # "..., the statement continued.": who issued the statement named before (the
            # nearest one with an author, up to eight sentences back, as far as the prefilter
            # keeps: "A report published by X says ... . The study recorded ...")
            owner = _statement_owner(doc, sents[max(0, si - BACK_STATEMENT)].start, span.start)
            if owner is not None:
                src = Source(owner.text, owner.type, src.rule + ":statement-of")
        if src is not None and src.text.lower().removeprefix("the ") in _GROUP_ANAPHORS:
            # "The group claims that at least 52 ...": the armed group named before
            named = _last_armed_group(doc, sents[max(0, si - 3)].start, span.start)
            if named:
                src = Source(named, "other", src.rule + ":group-named-before")
        if src is not None and _COMPANY_ANAPHOR.match(src.text):
            # "The company said ...", "the Finnish firm said": the company named before
            named = _last_company(doc, sents[max(0, si - 5)].start, sent.start) or (
                _last_company(doc, sents[0].start, sents[0].end) if si > 0 else None)
            if named:
                src = Source(named, "other", src.rule + ":company-named-before")
        if src is not None and re.sub(r"^(?:the|a|an|this|that)\s+", "", src.text.lower()) in \
                _POLL_NOUNS:
            # "the poll found that 45 percent ...": whoever ran the poll named before
            named = _pollster(doc, sents[max(0, si - 5)].start, span.start)
            if named:
                src = Source(named, "other", src.rule + ":pollster")
        if unit == "percent" and any(t.lemma_.lower() in _OPINION_WORDS for t in sent) and (
                src is None or (src.type == "other" and not re.search(r"[A-Z]", src.text[1:]))):
            # "58 per cent of Canadians said no", "Other questions in the poll found that 45
            # percent ...": the poll named shortly before
            named = _pollster(doc, sents[max(0, si - 5)].start, sent.end)
            if named:
                src = Source(named, "other", "source:poll-named-before")
        if src is not None and unit in MEASURES and _describes_place(noun):
            # "Samarra, located 55 kilometers east of the lake": the article's geography
            ev.append("source:place-description")
            src = None
        if src is not None:
            sent_sources.setdefault(si, src)
            source, stype = src.text, src.type
            ev.append(src.rule)
        elif frame is not None and 0 < si < frame_end and not any(
                t.lemma_.lower() in _FRAME_NOUNS for t in sent):
            # (a sentence naming "the report" itself describes it: "The report was based on")
            source, stype = frame.text, frame.type
            ev.append("source:frame-document")
        else:
            source, stype = ARTICLE, "article"
            ev.append("source:article")

        if actor is None and src is not None and _is_own_forces(unit, metric):
            a = _national_military(src.text)
            if a:
                actor = a
                ev.append("actor:source-military")

        hedged, cue = detect_hedge(text[s_start:s_end])
        if hedged:
            ev.append(f"hedge:{cue}")
        date_text = date_phrase(sent, q.start, q.end)
        if date_text:
            ev.append("date:ent")
        if source.count("(") > source.count(")"):
            # "The Australian Medical Association (A.M.A.": drop an unclosed bracket's rest
            source = source[:source.rfind("(")].rstrip() or source
        claims.append({
            "sentence": text[s_start:s_end],
            "quantity_text": q.text,
            "value": float(q.value),
            "value_high": float(q.value_high) if q.value_high is not None else None,
            "bound": bound,
            "metric": metric,
            "unit": "percent" if nrule == "percent" else unit,
            "actor": actor,
            "location": loc,
            "source": source,
            "source_type": stype,
            "date_text": date_text,
            "date_resolved": None,
            "hedged": hedged,
            "evidence": ";".join(e for e in ev if e),
            "char_start": q.start,
            "char_end": q.end,
        })
        claim_tokens.append((si, noun))
    _headline_sources(doc, sents, claims, claim_tokens)
    _share_list_fate(text, claims, claim_tokens)
    return claims


# "Seven Palestinians, one Israeli dead", "Two soldiers, three civilians killed in blast":
# the items of a comma list before one fate word
_LIST_GAP = re.compile(r"[ \u00a0]+[\w'’-]+(?:[ \u00a0]+[\w'’-]+)?[ \u00a0]*,[ \u00a0]*$")
_FATE_AFTER = re.compile(r"^[ \u00a0]+[\w'’-]+(?:[ \u00a0]+[\w'’-]+)?[ \u00a0]+"
                         r"(dead|killed|injured|wounded|hurt|missing)\b", re.IGNORECASE)


def _share_list_fate(text: str, claims: list[dict[str, Any]],
                     claim_tokens: list[tuple[int, Token | None]]) -> None:
    """The first items of a comma list share the fate word after its last item."""
    for k in range(len(claims) - 2, -1, -1):
        a, b = claims[k], claims[k + 1]
        if claim_tokens[k][0] != claim_tokens[k + 1][0] or b["metric"] not in HARM_KINDS or \
                a["metric"] not in {"other", "deployed"} or \
                not a["evidence"].split("metric:")[-1].split(";")[0].endswith("default"):
            continue
        if _LIST_GAP.fullmatch(text, a["char_end"], b["char_start"]) and \
                _FATE_AFTER.match(text[b["char_end"]:b["char_end"] + 40]):
            a["metric"] = b["metric"]
            a["evidence"] += ";metric:list-shares-fate"


def _name_before(tok: Token) -> str | None:
    """A known country/party named right before ``tok`` ("a Sri Lankan army offensive",
    where the parser hangs the demonym on the last noun)."""
    if tok.i == 0 or tok.doc[tok.i - 1].ent_type_ not in {"GPE", "NORP", "ORG"}:
        return None
    ent = entity_span(tok.doc[tok.i - 1])
    return normalise_actor(ent.text) if ent is not None else None


def _describes_place(noun: Token | None) -> bool:
    """'X, located 55 km east of Y', 'X, a town 200 km west of Y': a distance that places a
    named place, not one the reported event happened at."""
    cur = noun
    for _ in range(3):
        if cur is None or cur.head == cur:
            return False
        cur = cur.head
        if cur.lemma_ in SITUATE_VERBS or (
                cur.pos_ == "NOUN" and cur.dep_ == "appos"):
            return True
    return False


def _kind(metric: str) -> str:
    """Things (equipment, money) vs people, for inheriting unit/actor within a sentence."""
    return "thing" if metric in {"equipment", "money"} else "people"


_OWN_FORCE_UNITS = {"soldier", "troop", "personnel", "serviceman", "servicemember", "sailor",
                    "marine", "airman", "pilot", "paratrooper", "reservist", "member"}
_MILITARY_WORDS = re.compile(r"\b(?:military|army|armed forces|defen[cs]e|navy|air force|"
                             r"forces|MoD|marines)\b", re.IGNORECASE)


def _is_own_forces(unit: str | None, metric: str) -> bool:
    return unit in _OWN_FORCE_UNITS and metric in _CASUALTY | {"deployed"}


def _national_military(source: str) -> str | None:
    """'the Israeli military', 'U.S. military officials', 'the British MoD' -> the country
    whose forces the source speaks for; None for other sources."""
    if not _MILITARY_WORDS.search(source):
        return None
    a = normalise_actor(source)
    return a if a and a not in {"United Nations", "African Union", "NATO"} else None


def _subject_text(sent: Span) -> str | None:
    """Lower-cased root subject of ``sent`` (no pronouns), for repeated-subject checks."""
    for c in sent.root.children:
        if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"PROPN", "NOUN"}:
            return sent.doc[c.left_edge.i:c.i + 1].text.lower()
    return None


def _same_subject(sent: Span, sents: list[Span], si: int, sent_sources: dict[int, Source]) -> bool:
    """'Israel says ... . Israel also lost ...': the subject repeats the previous source."""
    prev = sent_sources.get(si - 1) or previous_report(sents[si - 1])
    if prev is None:
        return False
    root = sent.root
    for c in root.children:
        if c.dep_ == "nsubj":
            subj = sent.doc[c.left_edge.i:c.i + 1].text.lower()
            p = prev.text.lower()
            if subj and (subj in p or p in subj) and re.search(r"\w", subj):
                return c.lower_ not in {"it", "this", "that"}
            if c.lower_ in {"they", "he", "she"}:
                return True
    return False


def _headline_sources(doc: Doc, sents: list[Span], claims: list[dict[str, Any]],
                      claim_tokens: list[tuple[int, Token | None]]) -> None:
    """A headline restates the body: copy the source of the first body claim of equal value."""
    if not sents or not _is_headline(doc, sents[0]):
        return
    for c, (si, _t) in zip(claims, claim_tokens, strict=True):
        if si != 0 or c["source"] != ARTICLE:
            continue
        for c2, (si2, _t2) in zip(claims, claim_tokens, strict=True):
            if si2 > 0 and c2["value"] == c["value"]:
                if c2["source"] != ARTICLE:
                    c["source"], c["source_type"] = c2["source"], c2["source_type"]
                    c["evidence"] += ";source:headline-from-body"
                break


def _number_of(before: Span) -> Token | None:
    """The plural noun of the nearest "number of X" / "total of X" before a bare number."""
    for tok in reversed(before):
        if tok.lemma_.lower() in {"number", "total", "count", "tally"} and tok.pos_ == "NOUN":
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj" and p.pos_ == "NOUN" and p.tag_ == "NNS":
                            return p
            return None
    return None

