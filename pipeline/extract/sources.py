"""Who asserts a number: attribution inside the sentence or from a neighbouring one.

In-sentence rules, in priority order: "according to X" / "by X's estimates" / "claims
by X"; relayed attribution "X, citing Y, said" -> Y; the subject of a reporting verb
governing the number ("X said", "X reported that", "X told Y", passive "reported by X");
a reporting verb elsewhere in the sentence ("..., the UN said."); a generic attributing
subject ("Some reports have put ..."). Neighbour rules: "This was announced by X" in the
next sentence, continuation of the previous sentence's report ("X reported that ...
There are ..."), quotes closed by "..., X said" in a following sentence, and pronoun
speakers ("he said", "they say").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from .actors import TALLY_NOUNS, entity_span, normalise_actor
from .dates import MONTH_NAMES, WEEKDAYS
from .metrics import label_metric, line_colon
from .patterns import load

ARTICLE = "<article>"
_DETS = {"the", "a", "an", "this", "that", "these", "those"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "who", "which"}


@dataclass
class Source:
    text: str
    type: str
    rule: str
    is_pronoun: bool = False

    def __post_init__(self) -> None:
        # "according to Brazilian Central Bank's documents": the owner, without its "'s"
        if len(self.text) > 3:
            self.text = re.sub(r"\s*['’]s$", "", self.text)


@cache
def _lex() -> dict:
    s = load("sources")
    return {
        "report": set(s["report_verbs"]),
        "neighbour": set(s["neighbour_verbs"]),
        "media": set(s["media"]),
        "ngo": set(s["ngo"]),
        "gov": set(s["government"]),
        "titles": set(s["titles"]),
        "by_nouns": set(s["by_nouns"]),
        "generic": set(s["generic_source_nouns"]),
        "single_person": set(s["single_person_nouns"]),
    }


def _words(text: str) -> list[str]:
    return re.findall(r"[\w.'’-]+", text.lower())


# armed groups and parties that are no state: speaking for themselves they are `other`
ARMED_GROUPS = {"Hamas", "Hezbollah", "Taliban", "al-Qaeda", "Islamic State", "Houthis", "FARC",
                "Wagner", "al-Shabaab", "LTTE", "Boko Haram", "ETA", "ULFA", "Kurds"}


def source_type(text: str, person: bool = False) -> str:
    """person | government | media | ngo | article | other for a source string."""
    if text == ARTICLE:
        return "article"
    if person:
        return "person"
    lex = _lex()
    low = text.lower()
    words = set(_words(text)) | {w.strip(".'’s") for w in _words(text)}
    words |= {p for w in list(words) if "-" in w for p in w.split("-")}  # "The Star-Ledger"
    # newspaper words that are common words too count only in a capitalised name
    # ("The Star-Ledger", not "a four-star general", "the medical examiner", "UN observers")
    words -= {w for w in _NAME_ONLY_MEDIA if not re.search(rf"\b{w.capitalize()}", text)}
    if re.match(r"(?:[Tt]he\s+)?(?:UN|U\.N\.|United Nations)(?!\w)", text):
        return "ngo"  # ("UN refugee agency", "the U.N. news service": the UN's, not media)
    if words & lex["media"] and not ({"intelligence", "security"} & words):
        return "media"
    if any(re.search(rf"(?<![\w]){re.escape(n)}(?![\w])", low) for n in lex["ngo"]
           if " " in n or len(n) > 3) or (words & {"un", "u.n.", "who", "icrc", "msf", "hrw"}
                                            and text.split()[0] in {"UN", "U.N.", "WHO", "ICRC",
                                                                    "MSF", "HRW"}):
        return "ngo"
    # "One participant said", "a local resident told": one unnamed individual
    m = re.fullmatch(r"(?:a|an|one|the)\s+(?:[a-z-]+\s+)?([a-z]+)", low)
    if m and m.group(1) in lex["single_person"]:
        return "person"
    actor = normalise_actor(text)
    if actor is not None and actor in ARMED_GROUPS:
        return "other"
    if words & lex["gov"]:
        return "government"
    bare = re.sub(r"^the\s+", "", low).strip()
    # a country named as the source ("according to the UK", "Israel says")
    if actor is not None and (actor.lower() == bare or bare in _aliases()):
        return "government"
    return "other"


_CLAUSE_REPORT = {"maintain", "conclude", "argue", "contend", "calculate", "predict", "stipulate",
                  "specify", "concede", "speculate", "boast", "lament", "reckon",
                  "comment", "point", "observe", "remark", "recall", "complain"}
_NAME_ONLY_MEDIA = {"star", "examiner", "observer", "observers", "post", "ledger", "chronicle",
                    "courier", "inquirer", "herald", "tribune", "guardian", "journal", "times"}


@cache
def _aliases() -> frozenset[str]:
    return frozenset(load("actors")["aliases"])


def _ent_of(tok: Token, labels: set[str]) -> Span | None:
    return entity_span(tok) if tok.ent_type_ in labels else None


# unnamed speakers that a place can specify ("officials at Bagram Air Base")
# bodies a person's name owns: "Hamid Karzai's office", "Obama's campaign"
_PERSONS_BODIES = {"office", "government", "administration", "campaign", "cabinet", "ministry"}
_SPEAKER_NOUNS = {"official", "officer", "source", "spokesman", "spokeswoman", "spokesperson",
                  "police", "authority", "doctor", "witness", "medic", "commander", "report",
                  "spokespeople", "spokesmen", "spokeswomen"}


_POSSESSIVE_SPEAKERS = {"their": "they", "its": "it", "his": "he", "her": "she"}


def np_source(head: Token, rule: str) -> Source:
    """A source from the noun phrase headed by ``head`` (shortest faithful form)."""
    if head.lower_ in _PRONOUNS or head.pos_ == "PRON":
        return Source(head.text, "other", rule, is_pronoun=True)
    # "the reports from the United States military": who the reports come from
    if head.lemma_.lower() in _AUTHORED_NOUNS or head.lower_ in _AUTHORED_NOUNS:
        author = _author_of(head)
        if author is not None:
            return np_source(author, rule + ":report-from")
        # "Their reports state ...", "its statement": the owner, a pronoun to resolve
        for c in head.children:
            if c.dep_ == "poss" and c.lower_ in _POSSESSIVE_SPEAKERS:
                return Source(_POSSESSIVE_SPEAKERS[c.lower_], "other", rule + ":possessive",
                              is_pronoun=True)
    # "the Lebanese newspaper Daily Star", "the group Human Rights Watch": the name itself
    if head.pos_ == "NOUN":
        for c in head.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == head.i + 1 and (
                    c.ent_type_ in {"ORG", "PERSON", ""} or head.lemma_.lower() in _BODY_NOUNS):
                return np_source(c, rule)
            # "A market research firm, Norberg Data, published ...": the name after a comma
            if c.dep_ == "appos" and c.pos_ == "PROPN" and head.lemma_.lower() in _BODY_NOUNS \
                    and c.left_edge.i == head.i + 2 and head.doc[head.i + 1].text == "," \
                    and c.right_edge.i + 1 < len(head.doc) \
                    and head.doc[c.right_edge.i + 1].text == ",":
                return np_source(c, rule)
    # "said head of the Afghan delegation, Waheedullah Mujadadi": the name set beside a title
    if head.lemma_.lower() in _PERSON_TITLES:
        for c in head.children:
            if c.dep_ == "appos" and c.ent_type_ == "PERSON":
                ent = entity_span(c)
                if ent is not None:
                    return Source(ent.text, "person", rule + ":appos-name")
    sub = list(head.subtree)
    # "Defence Minister Rustem Umerov" misparsed with the title as head: look right
    if head.lower_ in _lex()["titles"] or head.pos_ == "PROPN":
        doc = head.doc
        # only a name directly after the head ("Sultan, al-Suri opened ..." is no title)
        for k in range(head.i + 1, min(len(doc), head.i + 5)):
            if doc[k].ent_type_ != "PERSON":
                break
            sub.append(doc[k])
    # "a militant group calling itself the Islamic State in Iraq" -> the name
    for c in head.children:
        if c.dep_ == "acl" and c.lemma_ in {"call", "name", "know"}:
            for x in c.children:
                if x.dep_ in {"oprd", "dobj", "attr", "xcomp", "ccomp"} and x.lower_ != "itself":
                    name = head.doc[x.left_edge.i:x.right_edge.i + 1].text
                    name = re.sub(r"^(?:itself|themselves|as)\s+|^the\s+", "", name)
                    return Source(name, "other", rule + ":calling-itself")
    # an untagged name after a title: "Defence Minister Rustem Umerov"
    if head.pos_ == "PROPN" and head.ent_type_ in {"", "PERSON"}:
        doc = head.doc
        k = head.i
        while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].dep_ == "compound":
            k -= 1
        toks = list(doc[k:head.i + 1])
        titled = False
        while toks and (toks[0].lower_ in _lex()["titles"] or toks[0].ent_type_ == "ORG"):
            titled = True
            toks = toks[1:]
        if titled and toks:
            return Source(doc[toks[0].i:toks[-1].i + 1].text, "person", rule + ":titled-name")
    if head.pos_ == "PROPN" and head.ent_type_ not in {"GPE", "NORP"} and any(
            c.dep_ == "appos" and c.lemma_.lower() in _PERSON_TITLES for c in head.children):
        # "Raouf Ahmedi, a spokesman for the army, said": a name with a person's title
        ent = entity_span(head) if head.ent_type_ else None
        start = ent.start if ent is not None else head.i
        while ent is None and start > 0 and head.doc[start - 1].pos_ == "PROPN" and \
                head.doc[start - 1].dep_ == "compound":
            start -= 1
        while start < head.i and head.doc[start].lower_ in _lex()["titles"]:
            start += 1  # "Lt. Col. Rumi Nielson-Green" -> the name
        return Source(head.doc[start:head.i + 1].text, "person", rule + ":name-with-title")
    if _named_person_before(head):
        # "Abakar Saboune said ... Saboune also said": the surname of a person named before
        return Source(head.text, "person", rule + ":person-named-before")
    for labels, typ in (({"PERSON"}, "person"), ({"ORG"}, None)):
        for t in sub:
            ent = _ent_of(t, labels)
            if ent is not None:
                text = re.sub(r"^the\s+(?=[A-Z])", "", ent.text)
                if typ == "person" and ent.root.dep_ == "poss" and ent.root.head == head and \
                        head.lemma_.lower() in _PERSONS_BODIES:
                    break  # "Hamid Karzai's office said": the office, named by its holder
                if typ == "person":
                    return Source(text, "person", rule + ":person")
                # keep descriptive NPs like "the Israeli military" whole if the ORG is a modifier
                if ent.root == head or head.lemma_ in _lex()["generic"] or head.pos_ == "PROPN":
                    return Source(text, source_type(text), rule + ":org")
                break
    # left part of the NP up to the head, plus a short "of"/"in" complement
    start = head.left_edge.i
    end = head.i + 1
    doc = head.doc
    while start < end and (doc[start].lower_ in _DETS or doc[start].is_punct):
        start += 1
    for c in head.children:
        # "officials at Bagram Air Base", "police in Kirkuk": a generic speaker's place
        # ("officials for the Iraqi Health Ministry": whom they speak for)
        placed = head.lemma_.lower() in _SPEAKER_NOUNS and (
            (c.lower_ in {"at", "in", "for"} and any(
                p.dep_ == "pobj" and p.pos_ == "PROPN" for p in c.children))
            # "a source within the Russian military": whose source
            or c.lower_ in {"within", "inside"})
        if c.dep_ == "prep" and (c.lower_ == "of" or placed) and c.i == end:
            sub_end = c.right_edge.i + 1
            if sub_end - start <= 8:
                end = sub_end
    text = doc[start:end].text.strip(" ,")
    if not text:
        text = head.text
    if text.lower() == "one":
        # "One of the officials, who spoke on condition of anonymity, said": the officials
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj" and p.pos_ in {"NOUN", "PROPN"}:
                        return np_source(p, rule + ":one-of")
    typ = source_type(text)
    # "Saadat also said ...": a lone untagged proper name that is no party, place or outlet
    # (the small model tags many such names ORG or GPE; a lone word that is not an acronym)
    lone = end - start == 1 and head.ent_type_ in {"ORG", "GPE"} and not head.is_upper
    if typ == "other" and head.pos_ == "PROPN" and (head.ent_type_ in {"", "PERSON"} or lone) \
            and end - start <= 3 and all(t.is_title for t in doc[start:end]) and \
            normalise_actor(text) is None and head.dep_ in {"nsubj", "pobj"}:
        typ = "person"
    return Source(text, typ, rule)


# documents and figures that speak for whoever made them (by lemma or by form)
_AUTHORED_NOUNS = {"report", "statement", "figure", "estimate", "data", "datum", "release",
                   "communique", "bulletin", "poll", "polling", "survey", "study", "statistic",
                   "count", "tally", "figures", "statistics", "document", "record"}

_MONTH_FIRST = re.compile(r"^the\s+(?=[A-Z])|^(?:January|February|March|April|May|June|July|"
                          r"August|September|October|November|December)\s+(?=[A-Z])")


def _clean_name(text: str) -> str:
    """A name without a leading "the" or a month the tagger took into it ("March Merkel")."""
    return _MONTH_FIRST.sub("", text)


def _by_or_from(head: Token) -> Token | None:
    """The noun after 'by' or 'from' on ``head``: 'a report by X', 'the reports from X'."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in {"from", "by"}:
            for p in c.children:
                if p.dep_ == "pobj" and p.pos_ in {"NOUN", "PROPN"}:
                    return p
    return None


def _author_of(head: Token) -> Token | None:
    """Who made the document ``head``: 'the reports from the military', 'data released by the
    ministry', 'a poll conducted by a university team', 'the ministry's figures'."""
    by = _by_or_from(head)
    if by is not None:
        return by
    for c in head.children:
        # (not "a UN report cited by Reuters", "figures disputed by Ukraine")
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in _MAKING_VERBS:
            agent = _agent(c)
            if agent is not None and agent.pos_ in {"NOUN", "PROPN"}:
                return agent
        # (not "Monday's report", "last year's survey")
        if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"} and c.lower_ not in _PRONOUNS and \
                c.ent_type_ not in {"DATE", "TIME"}:
            return c
    return None


_MAKING_VERBS = {"publish", "release", "conduct", "compile", "issue", "produce", "commission",
                 "carry", "prepare", "gather", "collect", "write", "draw"}


# nouns for an organisation, whose name can follow them ("the human rights group Karapatan")
_BODY_NOUNS = {"group", "organisation", "organization", "agency", "newspaper", "paper", "daily",
               "magazine", "website", "channel", "broadcaster", "network", "charity", "monitor",
               "company", "firm", "party", "movement", "coalition", "alliance", "institute"}


_PERSON_TITLES = {"spokesman", "spokeswoman", "spokesperson", "minister", "commander",
                  "official", "general", "leader", "president", "chief", "director", "editor",
                  "governor", "mayor", "ambassador", "secretary", "officer", "colonel", "head",
                  "chairman", "correspondent", "reporter", "analyst", "expert", "member"}


_FINDINGS = {"investigation", "investigator", "inquiry", "probe", "evidence", "examination",
             "autopsy", "review", "test"}


def _unnamed_finding(src: Source) -> bool:
    """'an investigation', 'investigators': a finding nobody is named for."""
    words = src.text.split()
    return bool(words) and words[-1].lower().rstrip("s") in _FINDINGS and \
        not any(w[:1].isupper() for w in words[1:])


def _named_person_before(head: Token) -> bool:
    """A lone capitalised word (tagged anything) that ends a PERSON name earlier in the text."""
    if head.pos_ != "PROPN" or head.is_upper or head.ent_type_ == "PERSON" or any(
            c.dep_ in {"compound", "amod", "det", "poss"} for c in head.children):
        return False
    # (this sentence and the three before: the context the prefilter keeps for "X said")
    sent = head.sent
    start = sent.start
    for _ in range(3):
        if start > 0:
            start = head.doc[start - 1].sent.start
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == head.text
               for e in head.doc.ents if start <= e.start and e.end <= head.i)


def _counted_in_subject(anchor: Token, verb: Token) -> bool:
    """The quantity is (part of) the active subject of ``verb`` itself, not said of someone in
    a clause hung on the subject ("Ayyad, who had with her two boys, said")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or anchor not in subj.subtree:
        return False
    cur = anchor
    while cur != subj and cur.head != cur:
        if cur.dep_ in {"relcl", "acl", "appos", "advcl", "ccomp"}:
            return False
        cur = cur.head
    return True


def _describes_speaker(anchor: Token, verb: Token) -> bool:
    """The quantity lies in a clause or apposition hung on the speaker of ``verb``: it tells
    who speaks, not what they say ("Peter Flinn, who wrote the letter signed by 33 members,
    said", "The AMA, an organisation of over 27,000 doctors, has written")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or anchor not in subj.subtree or anchor == subj:
        return False
    cur = anchor
    while cur != subj and cur.head != cur:
        if cur.dep_ in {"relcl", "acl", "appos"} and cur.head == subj:
            return True
        cur = cur.head
    return False


def _agent(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def subject_of(verb: Token) -> Token | None:
    """Who does ``verb``: its subject, a conjoined verb's, or the doer of a participle
    ("X took responsibility, saying ..." -> X)."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) > 1:
        # "British Legislator, Gerald Kaufman said", "Police Capt. Laith Mohammed stated":
        # a title and a name parsed as two subjects; the name is the speaker
        named = [c for c in subjects if c.ent_type_ == "PERSON"]
        if named:
            return named[-1]
    for c in subjects:
        return c
    # conjoined verbs share the subject: "X met reporters and said ..."
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        return subject_of(verb.head)
    # "X took responsibility, saying they launched ...": the participle's doer is X
    if verb.dep_ in {"advcl", "xcomp"} and verb.tag_ == "VBG" and verb.lemma_ in {
            "say", "add", "claim", "state", "insist"} and verb.head.dep_ == "ROOT" and \
            verb.head.pos_ in {"VERB", "AUX"} and verb.head.i < verb.i:
        subj = subject_of(verb.head)
        return subj if subj is not None and not subj.like_num else None
    return None


def _citing(tok: Token) -> Token | None:
    """'Yonhap, citing military sources, wrote ...' -> 'sources'."""
    for t in tok.subtree:
        if t.lower_ in {"citing", "quoting"}:
            for c in t.children:
                if c.dep_ in {"dobj", "pobj", "attr"}:
                    return c
    return None


def according_to(sent: Span, anchor_i: int) -> Source | None:
    """'according to X' / 'by X's estimates' in ``sent`` (nearest to ``anchor_i``)."""
    return _according_to(sent, anchor_i)


def _according_to(sent: Span, anchor_i: int) -> Source | None:
    best: tuple[int, Source] | None = None
    for tok in sent:
        nxt_to = tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ == "to"
        if tok.lower_ == "according" and nxt_to:
            to = sent.doc[tok.i + 1]
            pobj = [c for c in to.children if c.dep_ == "pobj"]
            if not pobj:
                continue
            # "according to the prime minister of Turkey, Recep Tayyip Erdogan,": the name
            named = [c for c in pobj[0].subtree if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
            k = pobj[0].right_edge.i
            if not named and pobj[0].pos_ == "NOUN" and k + 2 < len(sent.doc) and \
                    sent.doc[k + 1].text == "," and sent.doc[k + 2].ent_type_ == "PERSON" and \
                    sent.doc[k + 2].ent_iob_ == "B":
                # "the prime minister of Turkey, Recep Tayyip Erdogan, at least ...": the
                # parser often detaches the name; a name closed by a comma is an apposition
                ent = entity_span(sent.doc[k + 2])
                if ent is not None and ent.end < len(sent.doc) and sent.doc[ent.end].text == ",":
                    named = [ent.root]
            if not named and pobj[0].ent_type_ in {"GPE", "NORP", "ORG"}:
                # "According to Connecticut Senator Richard Blumenthal," with the name
                # parsed off the place: a title and a name right after it
                k = pobj[0].right_edge.i + 1
                while k < sent.end and sent.doc[k].lower_ in _lex()["titles"]:
                    k += 1
                if pobj[0].right_edge.i + 1 < k < sent.end and \
                        sent.doc[k].ent_type_ == "PERSON" and sent.doc[k].ent_iob_ == "B":
                    ent = entity_span(sent.doc[k])
                    if ent is not None:
                        named = [ent.root]
            # "according to reports citing U.S. forces": the party the reports cite
            cited = _citing(pobj[0])
            nums = [c for c in pobj[0].children if c.dep_ == "nummod" and c.i > tok.i + 2
                    and c.ent_type_ not in {"DATE", "TIME"}]
            if cited is not None and not named:
                src = np_source(cited, "source:according-to:citing")
            elif nums and not named:
                # "According to the Canadian military four soldiers were wounded": with no
                # comma the parser runs the source into the counted phrase; the words
                # before the number are the source
                words = sent.doc[pobj[0].left_edge.i:nums[0].i].text
                words = re.sub(r"^(?:the|a|an)\s+", "", words, flags=re.IGNORECASE)
                src = Source(words, source_type(words), "source:according-to:before-number")
            else:
                src = np_source(named[0] if named else pobj[0], "source:according-to")
            dist = abs(tok.i - anchor_i)
            if best is None or dist < best[0]:
                best = (dist, src)
        # "by Palestinian estimates", "by the army's count"
        if tok.lower_ == "by" and tok.dep_ in {"prep", "agent"}:
            for p in tok.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in _lex()["by_nouns"] and \
                        tok.head.lemma_ not in _lex()["by_nouns"]:
                    poss = [c for c in p.children if c.dep_ == "poss"]
                    src = np_source(poss[0], "source:by-count") if poss else Source(
                        sent.doc[p.left_edge.i:p.i + 1].text, "other", "source:by-estimates")
                    src.type = source_type(src.text, src.type == "person")
                    dist = abs(tok.i - anchor_i)
                    if best is None or dist < best[0]:
                        best = (dist, src)
    return best[1] if best else None


# report verbs that are deeds when what they act on is the counted thing itself
_DEED_VERBS = {"give", "put", "place", "release", "post", "publish"}
_POLL_WORDS = {"poll", "survey", "projection", "forecast"}


def _claims_deed(verb: Token) -> bool:
    """'TAK claimed the attacks', 'the bombings were claimed by X', 'claimed responsibility':
    claiming a deed is not asserting a number."""
    if verb.lemma_ in {"claim", "take", "cost"} and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children):
        return True  # "the insurgency has claimed 11,000 lives"
    if verb.lemma_ != "claim":
        return False
    for c in verb.children:
        if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in (
                _EVENT_NOUNS | _HARM_EVENTS | {"responsibility", "credit", "bombing", "killing",
                                               "kidnapping", "abduction"}):
            return True
    return False


def _name_before_apposition(head: Token) -> Token | None:
    """"Atta, a spokesperson for the operation, cited ...", parsed with the title as the
    subject and the name left hanging: the name."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _PERSON_TITLES:
        return None
    det = head.left_edge
    doc = head.doc
    if det.lower_ not in {"a", "an", "the"} or det.i < 2 or doc[det.i - 1].text != "," or \
            doc[det.i - 2].pos_ != "PROPN" or doc[det.i - 2].head == head:
        return None
    name = doc[det.i - 2]
    return name if name.ent_type_ in {"PERSON", ""} or name.dep_ == "npadvmod" else None


def _report_source(verb: Token, anchor_i: int | None = None) -> Source | None:
    lex = _lex()
    if _claims_deed(verb):
        return None
    if verb.lemma_ == "describe" and any(c.dep_ == "prep" and c.lower_ == "as"
                                         for c in verb.children):
        return None  # "described him as a figure": a portrait, not a report
    if verb.lemma_ == "continue":
        # "..., the statement continued.": only a statement or a speaker continues speaking
        subj = subject_of(verb)
        if subj is None or subj.lemma_.lower() not in STATEMENT_NOUNS | {"spokesman",
                                                                    "spokeswoman", "official"}:
            return None
    if verb.lemma_ in {"quote", "cite"}:
        # "Interfax quoted a source within the military as saying ...": the one quoted
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}),
                   None)
        as_saying = any(c.dep_ == "prep" and c.lower_ == "as" and any(
            p.lemma_ in {"say", "report", "tell", "state"} for p in c.children)
            for c in verb.children)
        if obj is not None and as_saying:
            return np_source(obj, f"source:{verb.lemma_}:as-saying")
    # "A senior official has been quoted as saying ...", "X was cited as saying": the one
    # quoted is the speaker
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "as" and \
            verb.head.head.lemma_ in {"quote", "cite", "hear"}:
        quoted = next((c for c in verb.head.head.children if c.dep_ == "nsubjpass"), None)
        if quoted is not None and quoted.pos_ in {"NOUN", "PROPN"}:
            return np_source(quoted, "source:quoted-as-saying")
    head = _agent(verb)
    if head is None:
        subj = subject_of(verb)
        if subj is None and verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"} and \
                verb.head.dep_ == "ROOT":
            subj = verb.head  # "Ukrainian intelligence reported ..." misparsed as a noun phrase
        if subj is None:
            # "The Committee to Protect Journalists reports ...": a name with a verb in it
            # parsed as a clausal subject
            cs = next((c for c in verb.children if c.dep_ == "csubj" and c.i < verb.i
                       and c.ent_type_ in {"ORG", "PERSON"}), None)
            ent = entity_span(cs) if cs is not None else None
            if ent is not None and ent.end == verb.i:
                text = _clean_name(re.sub(r"^(?:the)\s+", "", ent.text, flags=re.IGNORECASE))
                return Source(text, source_type(text), f"source:{verb.lemma_}:name-subject")
        if subj is None and verb.dep_ == "ROOT":
            # "Sudanese media states that ...": the subject misparsed as the verb's compound
            comp = next((c for c in verb.children if c.dep_ == "compound" and
                         c.i == verb.i - 1 and c.pos_ in {"NOUN", "PROPN"}), None)
            if comp is not None and verb.i - verb.left_edge.i <= 4:
                text = verb.doc[verb.left_edge.i:verb.i].text
                text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
                return Source(text, source_type(text), f"source:{verb.lemma_}:compound-subject")
        if subj is None and verb.dep_ == "ROOT" and verb.tag_ in {"VBD", "VBZ", "VBP"} and (
                anchor_i is None or anchor_i > verb.i):
            # "In February Obama said that ...": the name parsed into the phrase before it
            # (it speaks only for what follows the verb)
            prev = verb.doc[verb.i - 1] if verb.i > 0 else None
            ent = entity_span(prev) if prev is not None and prev.ent_type_ in {
                "PERSON", "ORG"} and prev.pos_ == "PROPN" and prev.dep_ in {
                    "pobj", "npadvmod", "appos"} else None
            # (one name, not "Reuters Hamas" merged across "In a statement to Reuters Hamas
            # said": a name following another proper noun is left alone)
            before = verb.doc[ent.start - 1] if ent is not None and ent.start > 0 else None
            if ent is not None and ent.end == verb.i and (
                    before is None or before.pos_ != "PROPN" or before.ent_type_ == "DATE") and \
                    len(ent) <= 3 and not (len(ent) > 1 and prev.ent_type_ == "ORG"):
                text = _clean_name(ent.text)
                typ = "person" if prev.ent_type_ == "PERSON" else source_type(text)
                return Source(text, typ, f"source:{verb.lemma_}:detached-subject")
        if subj is None or subj.dep_ == "nsubjpass":
            return None
        head = subj
        named = _name_before_apposition(head)
        if named is not None:
            return np_source(named, f"source:{verb.lemma_}:apposition")
    if any(t.lower_ in {"%", "percent", "cent"} for t in head.subtree):
        return None  # "58 per cent of Canadians said": a share of those polled speaks for none
    # "X, who added that ..." -> X
    if head.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
        head = verb.head
    # "Explosion in Baghdad claims 28 lives": an event is nobody's word; nor is a feeling
    # ("Fears are growing that ...")
    if head.lemma_.lower() in _EVENT_NOUNS | _HARM_EVENTS | {"fear", "hope", "concern",
                                                              "worry", "expectation",
                                                              "number"}:
        return None
    cited = _citing(verb) or _citing(head)
    if cited is not None:
        return np_source(cited, f"source:citing:{verb.lemma_}")
    if head.lower_ == "it" and head.dep_ == "nsubj" and verb.lemma_ in {"say", "report",
                                                                       "state", "estimate"}:
        # "It said that 700 civilians ...": a pronoun for a body or report named before
        return Source(head.text, "other", f"source:{verb.lemma_}", is_pronoun=True)
    if head.lower_ in {"this", "that", "it", "there"}:
        return None
    # "four sailors were missing, two later confirmed dead": the counted are no source; nor
    # is a lone letter ("X-rays indicated ...")
    if head.like_num and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children) \
            or len(head.text) == 1:
        return None  # (but "One of the officials said": the officials)
    src = np_source(head, f"source:{verb.lemma_}")
    if head.lemma_.lower() in lex["generic"] and head.lemma_.lower() == "report" and \
            "report-from" not in src.rule:
        src.type = "media"
    return src


_EVENT_NOUNS = {"war", "conflict", "fighting", "violence", "insurgency", "uprising", "crisis",
                "attack", "offensive", "campaign", "rebellion", "clash", "clashes",
                "bombing", "strife", "civil war", "occupation", "siege"}


# documents that speak for whoever issued them ("the statement continued", "the report said")
STATEMENT_NOUNS = {"statement", "communique", "communiqué", "release", "report", "announcement",
                   "study"}
_HARM_EVENTS = {"explosion", "blast", "bomb", "shooting", "crash", "strike", "airstrike",
                "shelling", "fire", "ambush", "raid", "assault", "massacre", "earthquake",
                "flood", "storm", "accident", "collision"}


_SCENE_MARKS = {"as", "although", "though", "while", "whereas", "since", "when"}
# reporting verbs that more often do something else ("as violence continues")
_WEAK_REPORT = {"continue", "give", "put", "place", "show", "list", "record", "add", "post",
                "release", "project", "describe", "fear", "revise", "document", "publish"}


def background_clause(anchor: Token) -> bool:
    """'the conflict, which has killed 64,000 people': a non-restrictive relative clause on an
    event noun is the article's background, not what the sentence's speaker reports."""
    cur = anchor
    for _ in range(8):
        if cur.head == cur:
            return False
        # (not the reported clause's own subject: "X stated that the attack, which injured
        # 150, was ..." is X's)
        # "As violence continues, with 11 killed, Mr Blair said ...": a subordinate clause set
        # before the reporting verb is the article's scene, not the speaker's words
        if cur.dep_ == "advcl" and cur.i < cur.head.i and \
                cur.head.lemma_ in _lex()["report"] and any(
                    c.dep_ == "mark" and c.lower_ in _SCENE_MARKS for c in cur.children):
            # (but "Although the government reports only 10 killed, ...": its own report)
            return not any(t.lemma_ in _lex()["report"] - _WEAK_REPORT and t.pos_ == "VERB"
                           for t in anchor.doc[cur.left_edge.i:cur.right_edge.i + 1])
        if cur.dep_ == "relcl" and cur.head.lemma_.lower() in _EVENT_NOUNS and \
                cur.head.dep_ not in {"nsubj", "nsubjpass"}:
            rel = [c for c in cur.children if c.lower_ in {"which", "that"} and c.dep_ in {
                "nsubj", "nsubjpass"}]
            return bool(rel) and rel[0].i > 0 and rel[0].doc[rel[0].i - 1].text == ","
        cur = cur.head
    return False


def _in_description(tok: Token) -> bool:
    """'fighting that started after the leader announced ...': a verb inside a relative or
    participial clause describes something; it does not report the sentence's numbers."""
    cur = tok
    for _ in range(10):
        if cur.head == cur:
            return False
        if cur.dep_ in {"relcl", "acl"}:
            return True
        cur = cur.head
    return False


def _quoted(verb: Token) -> Token | None:
    """The object of 'quoting X' / 'citing X'."""
    return next((c for c in verb.children if c.dep_ in {"dobj", "pobj"}), None)


# what a number may be someone's estimate in: "the police's estimate of 10,000"
# (a singular "the US's figure of 2242", "Britain's toll" is whose losses, not who counts)
_ESTIMATE_NOUNS = {"estimate", "assessment", "projection", "forecast", "calculation",
                   "reckoning"}
_DATA_NOUNS = {"figure", "count", "statistic"}
# passive verbs of belief whose agent holds the figure: "thought by officials to be ..."
# (not "considered by Spain to be a terrorist organisation, with 800 killings": a label)
_BELIEF_VERBS = {"think", "believe", "suspect", "estimate", "fear", "expect"}
_EXPECT_VERBS = {"expect", "predict", "forecast", "project", "anticipate"}


# what a party has or releases that shows a number ("released data showing that ...")
_FINDING_NOUNS = {"information", "data", "datum", "evidence", "intelligence", "report",
                  "estimate", "figures", "statistics", "findings"}


# verbs by which a party puts such a finding forward as its own ("critics dismissed figures
# showing ..." are not the critics' figures)
_RELEASE_VERBS = {"release", "publish", "issue", "present", "have", "cite", "provide", "give",
                  "produce", "compile", "gather", "collect", "obtain", "unveil", "post", "share",
                  "submit", "hand", "file", "announce", "disclose", "reveal", "put", "make",
                  "offer", "supply", "send", "circulate", "distribute", "show", "receive"}


def _relayed_speaker(anchor: Token, according_i: int) -> Source | None:
    """The subject of a 'say' verb whose clause holds the number, when it names a speaker
    other than a pronoun after the "according to" phrase: "According to X, analysts say
    that ..." -> analysts (not "X reported that, according to Y, ...": Y)."""
    cur = anchor
    for _ in range(10):
        if cur.head == cur:
            return None
        child, cur = cur, cur.head
        if cur.pos_ == "VERB" and cur.lemma_ in {"say", "estimate", "believe", "claim",
                                                 "report", "tell"} and child.dep_ == "ccomp":
            subj = [c for c in cur.children if c.dep_ == "nsubj"]
            if subj and subj[0].pos_ in {"NOUN", "PROPN"} and not subj[0].like_num and \
                    subj[0].left_edge.i > according_i:
                return np_source(subj[0], "source:relayed-speaker")
            return None
    return None


# nouns whose clause states what someone asserts: "a warning that 46 million batteries could
# be faulty", "the minister's statement that MI5 tracks 1,600 suspects"
_ASSERTION_NOUNS = {"warning", "statement", "claim", "announcement", "assertion", "allegation",
                    "admission", "estimate", "report", "forecast", "prediction", "finding"}


def assertion_clause_source(anchor: Token) -> Source | None:
    """Who makes the assertion whose clause holds the quantity: the noun's owner ("X's
    statement that ..."), whoever issues or makes it ("X has issued a warning that ..."),
    or unnamed reports ("pointing to reports that between 40,000 and 120,000 ...")."""
    cur = anchor
    for _ in range(10):
        if cur.head == cur:
            return None
        if cur.dep_ in {"acl", "ccomp"} and cur.head.pos_ == "NOUN" and \
                cur.head.lemma_.lower() in _ASSERTION_NOUNS and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in cur.children):
            noun = cur.head
            poss = [c for c in noun.children if c.dep_ == "poss" and c.pos_ in {"PROPN", "NOUN"}]
            if poss:
                return np_source(poss[0], "source:assertion-of")
            if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and noun.head.lemma_ in {
                    "issue", "make", "release", "publish", "give", "send", "repeat"}:
                subj = subject_of(noun.head)
                if subj is not None and subj.pos_ in {"PROPN", "NOUN"}:
                    return np_source(subj, "source:assertion-issued-by")
            if noun.tag_ == "NNS" and noun.lemma_.lower() == "report" and not any(
                    c.dep_ in {"poss", "compound", "prep", "amod"} for c in noun.children):
                return Source("reports", "media", "source:assertion-reports")
            return None
        cur = cur.head
    return None



def in_sentence_source(sent: Span, anchor: Token, counted: Token | None) -> Source | None:
    """Attribution of the quantity at ``anchor`` found inside its own sentence."""
    lex = _lex()
    src = _according_to(sent, anchor.i)
    if src is not None:
        # "According to Reuters, analysts say that around 2,000 ...": the relayed speaker
        acc = [t.i for t in sent if t.lower_ == "according" and t.i < anchor.i]
        inner = _relayed_speaker(anchor, acc[-1]) if acc else None
        return inner if inner is not None else src
    if background_clause(anchor):
        return None
    # "The agency reports, quoting Syrian media, that ...": the quoted party, when the
    # quoting verb hangs on the sentence's root and the number follows it
    for tok in sent:
        if tok.lower_ in {"quoting", "citing"} and tok.head == sent.root and tok.i < anchor.i:
            obj = _quoted(tok)
            if obj is not None and obj.i < anchor.i:
                return np_source(obj, "source:quoting")
    # reporting verb / attributing noun on the path to the root
    weak: Source | None = None
    cur = anchor
    for _ in range(12):
        if cur.head == cur:
            break
        child, cur = cur, cur.head
        if cur.pos_ in {"VERB", "AUX"} and cur.lemma_ in {"claim", "take", "cost"} and any(
            c.lemma_ == "life" for c in cur.children
        ):
            continue  # "claimed the lives of 11,000 people"
        if cur.lower_ in {"quoting", "citing"} and child.dep_ == "ccomp":
            # "The BBC reports, quoting Syrian media, that seven ...": the quoted party
            obj = _quoted(cur)
            if obj is not None:
                return np_source(obj, "source:quoting")
        if cur.pos_ == "NOUN" and (cur.lemma_.lower() in _FINDING_NOUNS or
                                   cur.lower_ in _FINDING_NOUNS) \
                and cur.dep_ == "dobj" and child.dep_ in {"acl", "ccomp", "relcl"} and \
                cur.head.lemma_.lower() in _RELEASE_VERBS:
            subj = subject_of(cur.head)
            if subj is not None and subj.pos_ != "PRON":
                return np_source(subj, "source:has-information")
        # "There are reports that one Palestinian has been killed": reports, no one named
        # (also "there have been reports at least 30,000 ... were killed", parsed as a
        # relative clause that has no relative word)
        content = child.dep_ in {"acl", "ccomp"} or (child.dep_ == "relcl" and not any(
            c.tag_ in {"WDT", "WP", "WP$", "WRB"} for c in child.children))
        if cur.pos_ == "NOUN" and cur.lemma_.lower() == "report" and content and \
                cur.dep_ in {"attr", "nsubj"} and \
                not any(c.dep_ == "prep" and c.lower_ in {"from", "by", "of"}
                        for c in cur.children):
            text = sent.doc[cur.left_edge.i:cur.i + 1].text
            text = re.sub(r"^(?:the|some|several)\s+", "", text, flags=re.IGNORECASE)
            return Source(text, "media", "source:reports-that")
        if cur.pos_ == "NOUN" and cur.lemma_.lower() in {"estimate", "figure", "report", "count"} \
                and (counted is None or cur.i != counted.i) and cur.dep_ == "pobj" and \
                cur.head.lower_ == "with":
            text = sent.doc[cur.left_edge.i:cur.i + 1].text
            return Source(text, "other", "source:with-estimates")
        # "the police's estimate of only 10,000", "organisers' figures for attendance
        # (100,000)": whose estimate the number is
        if cur.pos_ == "NOUN" and (cur.lemma_.lower() in _ESTIMATE_NOUNS or (
                cur.lemma_.lower() in _DATA_NOUNS and cur.tag_ == "NNS")) and \
                child.dep_ in {"prep", "appos"} and (counted is None or cur.i != counted.i):
            author = _author_of(cur)
            if author is not None:
                return np_source(author, "source:estimate-of")
        # "is thought by U.S. officials to be ...": the agent of a passive belief
        if cur.pos_ == "VERB" and cur.tag_ == "VBN" and cur.lemma_ in _BELIEF_VERBS:
            agent = next((p for c in cur.children if c.dep_ == "agent"
                          for p in c.children if p.dep_ == "pobj"), None)
            # (not "believed by 5 former hostages": the counted are no source)
            if agent is not None and agent.pos_ != "PRON" and anchor not in agent.subtree:
                return np_source(agent, "source:believed-by")
        # "The unions expect 11,000 staff to strike": who expects the number
        if cur.pos_ == "VERB" and cur.lemma_ in _EXPECT_VERBS and \
                child.dep_ in {"ccomp", "xcomp", "dobj"}:
            subj = subject_of(cur)
            # (not "a worker can expect to receive $10,000": anyone, no source)
            if subj is not None and subj.dep_ == "nsubj" and subj.pos_ in {"NOUN", "PROPN"} \
                    and subj.i < anchor.i and not any(
                        d.dep_ == "det" and d.lower_ in {"a", "an", "any", "each", "every"}
                        for d in subj.children):
                return np_source(subj, "source:expects")
        # "the poll found that 45 percent ...", "X maintained that only 7,000 ...": verbs that
        # report only when what they govern is a clause ("maintain 2,000 troops" is no report)
        found = child.dep_ == "ccomp" and (cur.lemma_ in _CLAUSE_REPORT or (
            cur.lemma_ == "find" and any(m.dep_ == "mark" and m.lower_ == "that"
                                         for m in child.children)))
        if cur.pos_ in {"VERB", "AUX"} and (cur.lemma_ in lex["report"] or found):
            if child.dep_ in {"nsubj", "nsubjpass"}:  # "two officials said": the speakers
                continue
            if _counted_in_subject(anchor, cur):
                continue  # "58 per cent of Canadians said no": they are counted, not the source
            if _describes_speaker(anchor, cur):
                return None
            # "X told a crowd of 5,000 people": the audience, in the article's voice (not
            # "told a meeting of ministers that 40 ...", where a clause lies on the path)
            path = [t for t in anchor.ancestors if t == child or child in t.ancestors]
            if cur.lemma_ in {"tell", "address", "brief"} and child.dep_ in {"dobj", "dative"} \
                    and not any(t.pos_ in {"VERB", "AUX"} for t in path):
                return None
            if cur.lemma_ in {"list", "revise"} and child.dep_ not in {"dobj", "prep", "oprd"}:
                continue  # "Ukraine revised its law after 30,000 soldiers were killed"
            if cur.lemma_ in {"give", "put", "place", "show", "count", "estimate", "release",
                              "record", "list", "revise",
                              "post", "publish", "document", "cite", "quote", "describe",
                              "believe", "accuse"}:
                subj = subject_of(cur)
                if subj is None or subj.dep_ != "nsubj":
                    continue
                if cur.lemma_ in _DEED_VERBS and child.dep_ == "dobj" and \
                        child.lemma_.lower() not in TALLY_NOUNS | STATEMENT_NOUNS | \
                        lex["by_nouns"] | lex["generic"] | {"name", "detail"} and \
                        subj.lemma_.lower() not in lex["generic"] | _POLL_WORDS:
                    continue  # "Switzerland gave one million francs", "released the 15"
                # "Officials put the death toll at 45": whoever puts a toll at a figure
                tallied = any(c.dep_ == "dobj" and c.lemma_.lower() in TALLY_NOUNS
                              for c in cur.children)
                # ("Human rights group Karapatan recorded ...": a body with its name)
                # (or a document with its maker: "Data released by the ministry show ...")
                named = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subj.children) or \
                    source_type(sent.doc[subj.left_edge.i:subj.i + 1].text) in {
                        "government", "ngo", "media"} or (
                        subj.lower_ in _AUTHORED_NOUNS and _author_of(subj) is not None)
                if subj.lemma_.lower() not in lex["generic"] and subj.ent_type_ not in {
                    "ORG", "PERSON", "GPE", "NORP"
                } and subj.pos_ != "PRON" and cur.lemma_ not in {"estimate", "count"} and \
                        not tallied and not named:
                    continue
            src = _report_source(cur, anchor.i)
            if src is not None and _unnamed_finding(src):
                if weak is None:
                    weak = src  # "X said that an investigation found that 90 ...": X, who names it
                    continue
                return weak
            if src is not None:
                return src
        if cur.pos_ in {"NOUN"} and cur.lemma_.lower() in lex["by_nouns"]:
            for c in cur.children:
                if c.dep_ == "prep" and c.lower_ == "by":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return np_source(p, "source:claims-by")
    if weak is not None:
        return weak
    # "In a report by Special Agent X, the summary lists ...": the report's author
    for tok in sent:
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head == sent.root and \
                tok.lemma_.lower() in lex["by_nouns"] | STATEMENT_NOUNS:
            by = _by_or_from(tok)
            if by is not None:
                return np_source(by, "source:in-a-report-by")
    # a reporting verb elsewhere: "..., the UN said." / "as reported by security officials"
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_ not in lex["report"]:
            continue
        if tok.lemma_ in {"give", "put", "place", "show", "release", "post", "publish", "record",
                          "list", "revise",
                          "document", "cite", "quote", "describe", "believe", "accuse",
                          "add", "warn", "note", "verify", "mention"}:
            continue
        if tok.dep_ in {"ROOT", "parataxis", "advcl", "ccomp", "conj"} and tok.i != anchor.i \
                and not _in_description(tok):
            if counted is not None and (counted.head == tok and counted.dep_ == "nsubj"):
                continue
            if _counted_in_subject(anchor, tok):
                continue  # "58 per cent of Canadians said no": they are counted, not the source
            if _describes_speaker(anchor, tok):
                continue
            # "17 troops were killed, and the U.S. says that they may attack": a report
            # joined on with its own complement reports that, not the number
            if tok.dep_ == "conj" and any(c.dep_ in {"ccomp", "dobj"} for c in tok.children) \
                    and anchor not in tok.subtree:
                continue
            if tok.dep_ == "advcl" and _agent(tok) is None and tok.i > anchor.i:
                pass
            src = _report_source(tok, anchor.i)
            if src is not None and not src.is_pronoun:
                return src
            if src is not None and src.is_pronoun:
                return src
    return None


def colon_source(sent: Span, anchor: Token) -> Source | None:
    """'South Korean intelligence: at least 100 killed': a speaker set before a colon.

    Headline style: a short noun phrase with no verb or number, then ":", then the claim.
    Only speakers count (an institution, an outlet, the UN, a named person); a bare place
    ("Iraq: ...") or a topic ("Update:", "Casualties:") is a label, not a source.
    """
    colon = line_colon(sent, anchor.i, within=8)
    if colon is None or colon.i == sent.start:
        return None
    label = sent.doc[sent.start:colon.i]
    lex = _lex()
    speakers = lex["gov"] | lex["media"] | lex["ngo"] | _SPEAKER_NOUNS
    if label_metric([label[-1]]) and not any(
            t.lower_ in speakers or t.lemma_.lower() in speakers for t in label[:-1]):
        return None  # ("Kidnappings: 98 to 10": what the line counts, not who says so; but
        # "Ministry of Displacement: ..." speaks)
    # ("Safer communities and more police:" is a heading, not a speaker)
    if any(t.pos_ in {"VERB", "AUX", "NUM", "CCONJ"} or t.like_num or t.is_punct
           for t in label):
        return None
    if not any(t.pos_ in {"NOUN", "PROPN"} for t in label):
        return None
    if all(t.ent_type_ in {"GPE", "LOC", "DATE", "TIME"} for t in label):
        return None
    text = re.sub(r"^the\s+", "", label.text, flags=re.IGNORECASE)
    if len(label) <= 3 and all(t.ent_type_ == "PERSON" for t in label):
        return Source(text, "person", "source:colon-label")
    # the label's head must be a speaker ("Afghan government", "UN", "WSJ"), not a topic
    # ("Government plans", "Army casualties")
    head = label[-1]
    lex = _lex()
    speaker = head.ent_type_ in {"ORG", "PERSON", "NORP"} or head.lower_ in (
        lex["gov"] | lex["media"] | lex["ngo"] | _SPEAKER_NOUNS) or head.lemma_.lower() in (
        lex["gov"] | _SPEAKER_NOUNS)
    if not speaker:
        return None
    typ = source_type(text)
    if typ in {"government", "media", "ngo"} or (
            typ == "other" and normalise_actor(text) in ARMED_GROUPS):
        return Source(text, typ, "source:colon-label")
    return None


_NOUNLIKE_REPORT = {"claim", "claims", "report", "reports", "say", "says", "allege", "alleges",
                    "estimate", "estimates", "state", "states"}


def misparsed_report(sent: Span, anchor: Token) -> Source | None:
    """'Witnesses on scene claim that troops fired ...' parsed with "claim" as a noun: a
    report word followed by "that", after a speaker the parser made the sentence's root."""
    # "British Transport Police report there has been one injury": a name compounded onto
    # a report word the parser took for the noun it modifies
    for tok in sent:
        if tok.i >= anchor.i:
            break
        nxt = sent.doc[tok.i + 1] if tok.i + 1 < sent.end else None
        if tok.lower_ in _NOUNLIKE_REPORT and tok.pos_ == "NOUN" and nxt is not None and \
                nxt.lower_ in {"that", "there"} and tok.i > sent.start and not (
                    nxt.lower_ == "that" and tok.i + 2 < sent.end
                    and sent.doc[tok.i + 2].pos_ in {"AUX", "VERB"}):  # "report that was"
            name = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            start = name[0].left_edge.i if name else tok.i
            if name and name[-1].i == tok.i - 1 and start == tok.left_edge.i + (
                    1 if sent.doc[tok.left_edge.i].lower_ == "the" else 0) and all(
                        t.pos_ == "PROPN" for t in sent.doc[start:tok.i]):
                text = sent.doc[start:tok.i].text
                return Source(text, source_type(text), "source:misparsed-report")
    root = sent.root
    if root.pos_ not in {"NOUN", "PROPN"} or root.i >= anchor.i:
        return None
    for tok in sent:
        if tok.i >= anchor.i:
            break
        if tok.lower_ in _NOUNLIKE_REPORT and tok.pos_ == "NOUN" and tok.i > root.i and \
                tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ == "that" and \
                root in tok.ancestors:
            return np_source(root, "source:misparsed-report")
    return None


_TRAILING_REPORT = {"reports", "reported", "says", "said", "claims", "claimed", "confirms",
                    "confirmed", "states", "stated", "announced"}


def trailing_reporter(sent: Span, anchor: Token) -> Source | None:
    """'... has left at least 19 dead reports the Associated Press.': a speaker set after
    its report word at the very end, which the parser may take for a plural noun."""
    toks = [t for t in sent if not (t.is_punct or t.is_space)]
    if len(toks) < 4:
        return None
    end = len(toks)
    start = end
    while start > 0 and toks[start - 1].ent_type_ in {"ORG", "PERSON"} and \
            toks[start - 1].ent_iob_ != "O":
        start -= 1
    if start == end or start < 2:
        return None
    k = start - 1
    if toks[k].lower_ == "the":
        k -= 1
    word = toks[k]
    # (the anchor may be the report word itself, misread as the counted noun)
    if word.lower_ not in _TRAILING_REPORT or word.i < anchor.i or word.pos_ == "VERB" and \
            word.dep_ == "ROOT":
        return None
    text = re.sub(r"^the\s+", "", sent.doc[toks[start].i:toks[end - 1].i + 1].text)
    person = toks[end - 1].ent_type_ == "PERSON"
    return Source(text, source_type(text, person=person), "source:trailing-reporter")


def neighbour_next(next_sent: Span | None) -> Source | None:
    """'This was announced by President X after ...' in the following sentence."""
    if next_sent is None:
        return None
    lex = _lex()
    root = next_sent.root
    if root.lemma_ not in lex["neighbour"]:
        return None
    subj = subject_of(root)
    if subj is None or subj.lower_ not in {"this", "that", "these", "it", "they"}:
        if subj is not None and subj.lemma_.lower() in {"figure", "number", "toll", "data",
                                                        "information", "estimate"}:
            pass
        else:
            return None
    agent = _agent(root)
    if agent is None:
        return None
    src = np_source(agent, "source:next-sent:announced-by")
    return src


def previous_report(prev_sent: Span | None, strict: bool = False,
                    any_verb: bool = False) -> Source | None:
    """The source of a report verb with a clausal complement in ``prev_sent``.

    ``strict`` excludes plain "say"/"tell"/"add" (after which the article usually resumes
    its own voice); ``any_verb`` also accepts a report verb without a complement.
    """
    if prev_sent is None:
        return None
    lex = _lex()
    verbs = lex["neighbour"] | {"tell", "add", "claim", "estimate", "believe"}
    if strict:
        verbs = verbs - {"say", "tell", "add"}
    return _first_report(prev_sent, verbs, complement=not any_verb)


def _first_report(sent: Span, verbs: set[str], complement: bool) -> Source | None:
    """The named source of the first of ``verbs`` in ``sent`` (with ``complement``, only a
    verb with a clause or object reported)."""
    for tok in sent:
        if tok.pos_ == "VERB" and tok.lemma_ in verbs and (not complement or any(
                c.dep_ in {"ccomp", "dobj"} for c in tok.children)):
            src = _report_source(tok)
            if src is not None and not src.is_pronoun:
                return src
    return None


def intro_source(sent: Span) -> Source | None:
    """Who gives the list a sentence ending in a colon introduces: "Atta cited these
    statistics:", "The ministry released the following figures:" (any report verb)."""
    return _first_report(sent, _lex()["report"], complement=False)


# capitalised words that open sentences or name times, not people
_NOT_NAME = {"the", "a", "an", "in", "on", "at", "by", "for", "from", "with", "but", "and", "or",
             "as", "after", "before", "when", "while", "if", "although", "according", "yesterday",
             "today", "tonight", "meanwhile", "however", "also", "then", "now", "earlier",
             "later", "his", "her", "their", "our", "this", "that", "these", "those", "said",
             *WEEKDAYS, *MONTH_NAMES, "mr", "mrs", "ms", "dr", "sir",
             "brigadier", "lieutenant", "superintendent", "inspector", "sergeant", "corporal",
             "private", "admiral", "marshal", "judge", "justice", "bishop", "rev", "father",
             "commissioner", "major-general", "lieutenant-general", "brigadier-general", "class",
             # function words a sentence may open with ("Since Bush took office, he said")
             "since", "unlike", "despite", "during", "until", "because", "though", "like",
             "under", "about", "against", "without", "among", "between", "near", "than",
             "once", "where", "whereas", "unless", "whether", "upon", "of", "to", "both",
             "each", "every", "all", "some", "many", "most", "other", "another", "not", "only",
             "even", "so", "nor", "thus", "still", "instead", "so-called", "former", "late"}
_NAME_WORD = r"[A-Z][\w'’.]*(?:-[\w'’]+)*"
# what may follow a surname in a full name: "al-Mussawi", "da Silva", "bin Laden"
_NAME_TAIL = re.compile(r"(?:[ \u00a0]+(?:al|el|bin|ibn|da|de|van|von|der|dos)[ -]"
                        + _NAME_WORD + ")*")


_OF_PLACE = {"of", "in", "from", "for", "to", "at"}
_COURTESY = {"mr", "mrs", "ms", "miss", "dr", "sir", "madam"}
# small words a title-case headline leaves in lower case
_HEADLINE_SMALL = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by",
                   "with", "as", "from", "into", "over", "after"}


def _title_case_line(line: str) -> bool:
    """True for a headline in title case ("Spanish Voters Back Zapatero"): its words are
    no name."""
    words = [w for w in re.findall(r"[^\W\d][\w'\u2019-]*", line)
             if w.lower() not in _HEADLINE_SMALL]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _name_around(m: re.Match, text: str, titles: set[str]) -> tuple[int, str] | None:
    """(where it starts, the full name) the surname matched at ``m`` is part of, or None if
    it stands alone or sits in a headline."""
    surname = m.group(0)
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    if _title_case_line(text[line_start:line_end if line_end >= 0 else len(text)]):
        return None
    window = max(line_start, m.start() - 80)
    words = list(re.finditer(r"\S+", text[window:m.start()]))
    taken: list[re.Match] = []
    for w in reversed(words[-3:]):
        word = w.group(0)
        # (not "Haifa. Lebanon": a sentence ends before; "George W. Bush" has an initial)
        if not re.fullmatch(_NAME_WORD, word) or word.lower().rstrip(".") in _NOT_NAME or \
                _is_title(word, titles) or (word.endswith(".") and not re.fullmatch(
                    r"(?:[A-Z]\.)+", word)):
            break
        taken.insert(0, w)
    # ("the Liberation of Palestine Ahmed Saadat": a place after "of" ends what comes before)
    while taken and normalise_actor(taken[0].group(0)) is not None and \
            len(words) > len(taken) and words[-len(taken) - 1].group(0).lower() in _OF_PLACE:
        taken.pop(0)
    before = [w.group(0) for w in taken]
    start = window + taken[0].start() if taken else m.start()
    tail = _NAME_TAIL.match(text, m.end())
    after_words = (tail.group(0).strip() if tail else "").split()
    # (not "Atta Said", a verb in a headline, nor a run into the next name)
    while after_words and after_words[-1].lower().rstrip(".") in _NOT_NAME | titles:
        after_words.pop()
    words_ = before + [surname] + after_words[:2]
    # ("Afghan Taliban", "North Korean Army": a people's name, not a person's; but "Chad
    # Johnson", "Jordan Peters" are first names)
    if len(words_) == 1 or any(normalise_actor(w) not in {None, w} for w in before):
        return None
    return start, " ".join(words_)


def full_name(surname: str, text: str, title: str | None = None,
              at: int | None = None) -> str | None:
    """The full name in ``text`` that ``surname`` is part of: "Atta" -> "Qassim Atta
    al-Mussawi" from "Brigadier General Qassim Atta al-Mussawi reported ..." (titles and
    words that open sentences are no part of a name); None if the text gives none.

    Of two people with the surname, the one named last before offset ``at`` ("Yaraah Sow"
    before "Mohamed Ali Sow"), else the first after it; with no ``at``, None.  A ``title``
    of office ("President Bush") takes only a name that bears the same title ("President
    George W. Bush"), not another bearer of the surname ("Laura Bush", "Governor Jeb
    Bush")."""
    titles = _lex()["titles"]
    # ("Lieutenant-Colonel" is borne as "Lieutenant Colonel": match its last part)
    office = None if title is None or title.lower().rstrip(".") in _COURTESY else \
        title.lower().rstrip(".").split("-")[-1]
    found: list[tuple[int, str]] = []
    for m in re.finditer(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])", text):
        around = _name_around(m, text, titles)
        if around is None:
            continue
        first, name = around
        if office is not None:
            line = text[text.rfind("\n", 0, first) + 1:first].split()
            if office not in {w.lower().strip(".,").split("-")[-1] for w in line[-3:]}:
                continue
        found.append((m.start(), name))
    if not found:
        return None
    if at is None:
        person = [name for _pos, name in found]
    else:
        before = [f for f in found if f[0] < at]
        chosen = before[-1][1] if before else found[0][1]
        person = [name for _pos, name in found if _same_person(name, chosen)]
    # a longer form of the same name is the same person ("George Bush", "George W. Bush")
    longest = max(person, key=len)
    return longest if all(_same_person(n, longest) for n in person) else None


def _is_title(word: str, titles: set[str]) -> bool:
    """True for a title ("President", "Gen.", "Lieutenant-Colonel")."""
    low = word.lower().rstrip(".")
    parts = low.split("-")
    return low in titles or (len(parts) > 1 and any(p in titles for p in parts) and all(
        p in titles or p in _NOT_NAME for p in parts))


def _same_person(a: str, b: str) -> bool:
    """True if one name is a form of the other ("George Bush", "George W. Bush")."""
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa


def expand_surnames(claims: list[dict], text: str) -> None:
    """A source given by surname alone, or by title and surname ("Zapatero", "Mr Zapatero",
    "President Bush"), gets the full name the text gives (as the dev set writes it). Works
    on the original text, so it does not depend on which sentences were parsed."""
    titles = _lex()["titles"]
    for c in claims:
        if c.get("source_type") not in {"person", "other"} or not c.get("source"):
            continue  # (not "Police", "Israel", "UN": bodies, places)
        words = c["source"].split()
        title = None
        while len(words) > 1 and (_is_title(words[0], titles) or
                                  words[0].lower().rstrip(".") in _NOT_NAME):
            title, words = words[0], words[1:]
        if len(words) != 1 or not re.fullmatch(_NAME_WORD, words[0]) or words[0].isupper():
            continue  # (nor "ETA", "UN": acronyms are no surnames)
        if title is None:  # ("President Bush said": the title the sentence gives)
            said = re.search(r"(\S+)[ \u00a0]+" + re.escape(words[0]) + r"\b",
                             c.get("sentence") or "")
            if said and _is_title(said.group(1), titles):
                title = said.group(1)
        full = full_name(words[0], text, title, c.get("char_start"))
        if full is not None and full != c["source"]:
            c["source"] = full
            c["evidence"] += ";source:full-name"


# offices one person holds, as a source may name them alone ("the president said"), with
# the forms the text may give before the name ("Prime Minister Fouad Siniora")
_OFFICES = {"president": r"president", "prime minister": r"prime\s+minister|pm",
            "pm": r"prime\s+minister|pm", "premier": r"premier", "chancellor": r"chancellor",
            "governor": r"governor", "mayor": r"mayor", "king": r"king", "queen": r"queen",
            "police chief": r"police\s+chief", "secretary-general": r"secretary[- ]general",
            "foreign minister": r"foreign\s+minister", "defence minister": r"defen[cs]e\s+minister",
            "defense minister": r"defen[cs]e\s+minister", "leader": r"leader"}
_OFFICE_NAME = (r"((?:[A-Z][\w'’.-]*\s+(?:(?:wa|de|da|al|bin|van|von|el)\s+)?){0,3}"
                r"[A-Z][\w'’-]+)")


def _headline_reach(text: str, head_end: int) -> int:
    """Where the first body paragraph after a headline ends (the end of the text if none)."""
    nxt = text.find("\n\n", head_end + 2)
    return len(text) if nxt < 0 else nxt


def expand_titles(claims: list[dict], text: str) -> None:
    """A source named only by an office ("the president", "Lebanese PM", "Labor leader")
    gets the name of the one person the text gave that office before the claim
    ("President Bingu wa Mutharika"); left alone when the text names none or several."""
    for c in claims:
        src = (c.get("source") or "").strip()
        if not src or src == "<article>" or c.get("char_start") is None:
            continue
        words = re.sub(r"^the\s+", "", src, flags=re.IGNORECASE).split()
        if not words or any(w[:1].isupper() and w.lower() not in _OFFICES and
                            normalise_actor(w) is None and w.upper() != w for w in words):
            continue  # a name is given already ("President Bush")
        office = " ".join(words[-2:]).lower() if len(words) > 1 and \
            " ".join(words[-2:]).lower() in _OFFICES else words[-1].lower()
        if office not in _OFFICES:
            continue
        # "President Bingu wa Mutharika", "The Lebanese Prime Minister, Fouad Siniora,",
        # "Bingu wa Mutharika, president of Malawi", "Barack Obama, the US President"
        titled = re.compile(rf"\b(?i:{_OFFICES[office]}),?\s+{_OFFICE_NAME}")
        apposed = re.compile(rf"{_OFFICE_NAME},\s+(?:the\s+)?(?:\S+\s+){{0,2}}?"
                             rf"(?i:{_OFFICES[office]})\b")
        titles = _lex()["titles"]
        names = []
        # a headline ("Lebanese PM says ...") is told by the body after it: the name given there
        head_end = text.find("\n\n")
        end = c["char_start"] if not 0 < c["char_start"] + 1 <= head_end else \
            _headline_reach(text, head_end)
        for m in sorted([*titled.finditer(text, 0, end),
                         *apposed.finditer(text, 0, end)], key=lambda m: m.start()):
            parts = m.group(1).split()
            # "Gen. Oscar Naranjo", "USA Barack Obama": a rank or a place is no part of it
            while parts and (_is_title(parts[0], titles) or parts[0].lower() in titles or
                             parts[0].lower() in _NOT_NAME or normalise_actor(parts[0])):
                parts = parts[1:]
            if len(parts) < 2:
                continue
            names.append(re.sub(r"['’]s$", "", " ".join(parts)).rstrip("."))
        if not names:
            continue
        last = names[-1]
        if all(_same_person(n, last) for n in names):
            c["source"] = max((n for n in names if _same_person(n, last)), key=len)
            c["source_type"] = "person"
            c["evidence"] += ";source:office-holder"


_POLLED = re.compile(r"\b(?:respondents?|those\s+(?:polled|questioned|surveyed|asked)|"
                     r"people\s+(?:polled|questioned|surveyed)|interviewees|"
                     r"(?:of|the)\s+(?:subjects|participants))\b", re.IGNORECASE)
# "43.2% feel anger", "57 percent said ...": a share of people and what they think
_SHARE_THINKS = re.compile(
    r"^\W*\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+(?:of\s+\w+\s+)?(?:said|say|says|"
    r"feel|feels|felt|believe|believes|believed|think|thinks|thought|support|supports|"
    r"supported|oppose|opposes|opposed|agree|agreed|disagree|disagreed|approve|approved|"
    r"want|wants|wanted|favou?r|favou?red)\b", re.IGNORECASE)


def poll_author(sent: Span, before: list[Span]) -> Source | None:
    """Whoever made the poll a share of "the respondents" comes from, named in one of the
    sentences ``before`` ("The latest poll from the newspaper Helsingin Sanomat ... . 51% of
    the respondents supported Halonen")."""
    if not (_POLLED.search(sent.text) or _SHARE_THINKS.match(sent.text)):
        return None
    for prev in reversed(before):
        for tok in prev:
            if tok.lemma_.lower() in {"poll", "survey", "study"} and tok.pos_ == "NOUN":
                author = _author_of(tok)
                if author is None and tok.dep_ == "dobj" and tok.head.lemma_ in _MAKING_VERBS:
                    # "Faktor Plus published a study on ...": who made it
                    author = next((c for c in tok.head.children if c.dep_ == "nsubj"
                                   and c.pos_ in {"NOUN", "PROPN"}), None)
                if author is None:
                    # "a Gallup poll", "the Helsingin Sanomat survey": a name before it
                    author = next((c for c in tok.children if c.dep_ == "compound"
                                   and c.ent_type_ == "ORG"), None)
                if author is not None:
                    return np_source(author, "source:poll-author")
    return None
