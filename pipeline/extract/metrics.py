"""What a quantity counts: the counted noun (-> unit) and the metric.

The counted noun is found from the dependency parse ("500 officers", "three of the
bombers", "50%"), the metric from keywords at increasing syntactic distance:
the counted noun itself, its modifiers ("soldiers killed and wounded"), the governing
verb ("were injured", "went missing", "killed 20"), and, for copular/measure verbs
("exceeds", "reached", "rose to"), that verb's subject ("the death toll").
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from .actors import TALLY_NOUNS, normalise_actor
from .bounds import bound_phrase_before
from .patterns import load

_NOUNISH = {"NOUN", "PROPN", "ADJ", "X"}
CASUALTY_ADJ = {"wounded", "injured", "dead", "killed", "missing", "hurt", "slain", "fallen"}
_PRON_COUNTED = {"them", "these", "those", "us", "they", "which", "whom"}


@cache
def _lex() -> dict:
    m = load("metrics")
    verbs = {w: k for k, ws in m["verbs"].items() for w in ws}
    nouns = {w: k for k, ws in m["nouns"].items() for w in ws}
    return {
        "verbs": verbs,
        "nouns": nouns,
        "copular": set(m["copular_verbs"]),
        "loss": set(m["loss_verbs"]),
        "trans": set(m["transitive_casualty_verbs"]),
        "currency": m["currency_symbols"],
        "codes": m["currency_codes"],
        "unit_fix": m["unit_fix"],
        "persons": set(m["persons"]),
        "armed": set(m["armed_nouns"]),
        "combat": set(m["combat_verbs"]),
    }


def currency_unit(before: str) -> str | None:
    """'US$' / '$' / '€' directly before the number -> 'dollar' / 'euro'."""
    b = before.rstrip()
    cur = _lex()["currency"]
    for sym in sorted(cur, key=len, reverse=True):
        if b.endswith(sym):
            return cur[sym]
    # "NOK 400 million", "SEK 12,000": an ISO code standing as a word before the number
    m = re.search(r"(?<![A-Za-z])([A-Z]{3})$", b)
    if m and m.group(1) in _lex()["codes"]:
        return _lex()["codes"][m.group(1)]
    return None


def counted_noun(span: Span) -> tuple[Token | None, str]:
    """The noun a number counts, and how it was found.

    ``span`` is the quantity's token span.  Returns (token or None, rule).
    """
    doc = span.doc
    last = span[-1]
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and (nxt.text in {"%", "percent"} or (
            nxt.lower_ == "per" and nxt.i + 1 < len(doc) and doc[nxt.i + 1].lower_ == "cent")):
        return nxt, "percent"
    if nxt is not None and nxt.text == "-" and span.end + 1 < len(doc) and \
            doc[span.end + 1].lower_ == "odd":
        # "the 500-odd riot police": "odd" is a bound; the noun after it counts
        nouns = []
        for t in doc[span.end + 2:min(len(doc), span.end + 6)]:
            if t.pos_ not in {"NOUN", "PROPN", "ADJ"} and t.text != "-":
                break
            if t.pos_ in {"NOUN", "PROPN"}:
                nouns.append(t)
        return (nouns[-1], "odd-noun") if nouns else (None, "odd")
    # "three of the bombers", "30 of them"
    for tok in span:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = [c for c in child.children if c.dep_ == "pobj"]
                if pobj and pobj[0].lower_ in {"whom", "which"}:
                    # "the troops, 400 of whom arrived": the relative clause's antecedent
                    verb = tok
                    while verb.dep_ not in {"relcl", "ROOT"} and verb.head.i != verb.i:
                        verb = verb.head
                    if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"}:
                        return verb.head, "of-whom"
                if pobj:
                    return pobj[0], "of-pobj"
    # "eight out of 16 crew members": the members are counted
    if nxt is not None and nxt.lower_ == "out" and span.end + 2 < len(doc) and \
            doc[span.end + 1].lower_ == "of" and doc[span.end + 2].like_num:
        total = doc[span.end + 2]
        if total.dep_ == "nummod" and total.head.pos_ == "NOUN" and total.head.i > total.i:
            return total.head, "out-of-total"
    # "two of five towns" parsed with "two" on "five": the towns are counted
    if nxt is not None and nxt.lower_ == "of" and last.dep_ == "quantmod" and \
            last.head.like_num and last.head.dep_ == "nummod" and \
            last.head.head.pos_ == "NOUN":
        return last.head.head, "partitive-of-number"
    for tok in reversed(span):
        head = tok.head
        if (
            tok.dep_ in {"nummod", "quantmod", "compound", "amod", "npadvmod", "nmod"}
            and head.i >= span.end
            and head.pos_ in _NOUNISH
            and head.i - span.end <= 6
        ):
            # "30-member cabinet": the compound noun right after the hyphen
            if nxt is not None and nxt.text == "-" and span.end + 1 < len(doc):
                return doc[span.end + 1], "hyphen-noun"
            # "108 state-of-the-art trainsets", "108 Bombardier trainsets": go to the real head
            for _ in range(4):
                after = doc[head.i + 1] if head.i + 1 < len(doc) else None
                if head.dep_ in {"compound", "amod", "nmod"} and head.head.i > head.i and \
                        head.head.pos_ in {"NOUN", "PROPN"} and (
                            head.pos_ == "PROPN" or (after is not None and after.text == "-")):
                    head = head.head
                elif head.ent_type_ in {"GPE", "NORP"} and head.head.i == head.i + 1 and \
                        head.head.tag_ == "NNS":
                    head = head.head  # "4250 U.S. lives" with "U.S." parsed as a subject
                else:
                    break
            return head, "nummod"
    if nxt is not None and nxt.pos_ in {"NOUN", "PROPN"} and nxt.tag_ in {"NNS", "NNPS", "NN"}:
        noun = nxt  # ("49638 party votes" parsed apart: the compound's head is counted)
        while noun.dep_ == "compound" and noun.head.i == noun.i + 1 and noun.head.tag_ == "NNS":
            noun = noun.head
        return noun, "next-noun"
    verb = _governing_verb(last)
    if verb is not None and verb.lemma_ in _lex()["copular"] and last.head == verb:
        subj = _subject(verb)
        if subj is not None and subj.lemma_.lower() in TALLY_NOUNS:
            for c in subj.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj" and p.pos_ in {"NOUN", "PROPN"}:
                            return p, "subject-of"
        # "The total votes cast for both candidates was 130,250": the plural subject counted
        elif subj is not None and subj.tag_ == "NNS" and last.dep_ == "attr" and \
                verb.lemma_ == "be" and not any(c.dep_ == "nummod" for c in subj.children):
            return subj, "copular-subject"
    # "another thousand wounded" / "518 wounded" / "four dead": adjective used as noun
    if nxt is not None and nxt.lower_ in {"wounded", "injured", "dead", "killed", "missing"}:
        return nxt, "next-adj"
    # "one soldier was killed and three more injured"
    nxt2 = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in {"more", "others", "other"} and nxt2 is not None and \
            nxt2.lower_ in {"wounded", "injured", "dead", "killed", "missing", "hurt"}:
        return nxt2, "next-adj"
    # "reduced its troops from 3,300 to 2,300": the verb's object is what is counted
    end = last.head if last.dep_ == "quantmod" and last.head.like_num else last
    prep = end.head
    if end.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "from":
        prep = prep.head  # "from 7,100 to 5,500" with "to" hung on "from"
    if end.dep_ == "pobj" and prep.lower_ in {"from", "to", "by"} and \
            prep.head.pos_ == "VERB" and prep.head.lemma_ in _CHANGE_VERBS:
        objs = [c for c in prep.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        for obj in objs:
            if obj.lemma_.lower() not in TALLY_NOUNS | {"death_toll", "strength", "level",
                                                        "size"}:
                return obj, "changed-object"
            # "lower the number of troops from 7,100 to 5,500": what the number counts
            for c in obj.children:
                if c.dep_ == "prep" and c.lower_ == "of" and obj.lemma_.lower() != "toll":
                    for p in c.children:
                        if p.dep_ == "pobj" and p.pos_ == "NOUN":
                            return p, "changed-object-of"
    # "28 were Afghan soldiers": the predicate names what the number counts
    if last.dep_ == "nsubj" and last.head.lemma_ == "be":
        attr = [c for c in last.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"
                and c.tag_ in {"NNS", "NNPS"}]
        if attr:
            return attr[0], "copula-attr"
    return None, "none"


_EVENT_COUNTS = {"attack", "bombing", "raid", "strike", "airstrike", "explosion", "blast",
                 "incident", "clash", "ambush", "shooting", "assault", "offensive", "battle"}
# lengths, areas, durations, temperatures: never a casualty, capture or deployment
MEASURES = {"km", "kilometre", "kilometer", "mile", "metre", "meter", "foot", "feet", "yard",
             "hectare", "acre", "degree", "hour", "minute", "week", "month"}
# aircraft and weapon models counted: "F-16s", "MiG-29s", "Su-25", "T-72s", "UH-60"
_MODEL = re.compile(r"[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?(?:s|'s)?")
_WEIGHTS = {"kg", "kilogram", "kilo", "pound", "ton", "tonne", "lb"}
# places counted: "two towns", "42 camps", "three schools"
_PLACES = {"town", "city", "village", "base", "territory", "district", "province", "region",
           "airport", "port", "settlement", "outpost", "checkpoint", "camp", "school", "house",
           "home", "building", "hospital", "mosque", "church", "country", "nation", "seat",
           "neighbourhood", "neighborhood", "compound", "bridge", "county", "municipality",
           "island"}
_CHANGE_VERBS = {"reduce", "cut", "increase", "raise", "boost", "lower", "expand", "shrink",
                 "double", "trim", "bring"}


def repair_tags(doc: Doc) -> None:
    """Undo tagger slips the metric rules depend on.

    "cost 4,250 U.S. lives": the small model tags "lives" as the verb "live" even with a
    number on it; a word a number counts is a noun.
    """
    for tok in doc:
        if tok.lower_ == "lives" and tok.pos_ != "NOUN" and (
                any(c.dep_ == "nummod" or c.like_num for c in tok.children)
                or (tok.dep_ in {"dobj", "pobj"} and tok.head.lemma_ in {
                    "cost", "claim", "take", "lose"})):
            tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NNS", "life"


def _after_digits(noun: Token) -> bool:
    """'170 DKK', '4.5 billion USD' (not 'six SAR helicopters', an acronym)."""
    k = noun.i - 1
    while k >= 0 and noun.doc[k].lower_ in {"million", "billion", "thousand", "trillion"}:
        k -= 1
    return k >= 0 and any(ch.isdigit() for ch in noun.doc[k].text)


def unit_of(noun: Token | None) -> str | None:
    if noun is None:
        return None
    fix = _lex()["unit_fix"]
    if noun.text in _lex()["codes"] and _after_digits(noun):
        return _lex()["codes"][noun.text]  # "170 DKK": a currency code after the number
    if noun.text in fix or noun.lower_ in fix:
        return fix.get(noun.text, fix.get(noun.lower_))
    if noun.lower_ in _PRON_COUNTED or noun.pos_ == "PRON" or not any(
            ch.isalpha() for ch in noun.text):
        return None  # (nor "-1", a signed number taken for a noun)
    if noun.pos_ == "PROPN" or (noun.text[:1].isupper() and noun.i > noun.sent.start):
        text = noun.text
        # demonym plural -> singular ("North Koreans" -> "North Korean")
        if text.endswith("s") and not text.endswith("ss"):
            text = text[:-1]
        prev = noun.doc[noun.i - 1] if noun.i > 0 else None
        if prev is not None and prev.text in {"North", "South"}:
            text = f"{prev.text} {text}"
        return text
    lemma = noun.lemma_.lower()
    if noun.lower_ in CASUALTY_ADJ or lemma in {"other", "more", "one", "own"}:
        return None
    doc = noun.doc
    # "32 co-sponsors", "34 ex-members" parsed with the prefix as the head: the whole word
    if noun.whitespace_ == "" and noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and \
            doc[noun.i + 1].whitespace_ == "" and doc[noun.i + 2].is_alpha and \
            doc[noun.i + 2].pos_ == "NOUN" and len(noun.text) <= 4:
        return f"{noun.lower_}-{doc[noun.i + 2].lemma_.lower()}"
    if is_ratio(noun):
        return None  # "two times the normal level": a ratio, no count of occasions
    prefix = _hyphen_prefix(noun, tight=True)
    if prefix is not None and noun.pos_ == "NOUN":
        return f"{prefix}-{lemma}"  # "peace-keepers", "asylum-seekers"
    if lemma in _AGENT_HEADS and noun.i > 0 and doc[noun.i - 1].dep_ == "compound" and \
            doc[noun.i - 1].head == noun:
        return f"{doc[noun.i - 1].lower_} {lemma}"  # "asylum seekers": no bare "seeker"
    if noun.i > 0 and doc[noun.i - 1].lower_ in {"cubic", "square"} and \
            doc[noun.i - 1].head == noun:
        return f"{doc[noun.i - 1].lower_} {lemma}"  # "35 million cubic metres"
    return lemma


# times of day and spans after "that"/"the": "five times that night", "three times the
# following week" (not "five times the previous level", "three times the month's average")
_TIME_AFTER = {"night", "day", "week", "month", "year", "morning", "afternoon", "evening",
               "season", "summer", "winter", "spring", "autumn", "weekend"}


def is_ratio(tok: Token | None) -> bool:
    """'times' in a ratio: 'two times the normal level', 'three times as many' (not 'five
    times that night')."""
    if tok is None or tok.lower_ != "times" or tok.i + 1 >= len(tok.doc):
        return False
    doc, nxt = tok.doc, tok.doc[tok.i + 1]
    if nxt.lower_ in {"the", "that", "this"}:
        j = tok.i + 2
        if j < len(doc) and doc[j].lower_ in {"following", "next", "previous", "same"}:
            j += 1
        if j < len(doc) and doc[j].lower_ in _TIME_AFTER and not (
                j + 1 < len(doc) and doc[j + 1].tag_ == "POS"):
            return False
    return nxt.lower_ in {"the", "as", "more", "higher", "greater", "larger", "bigger", "that",
                          "what", "its", "their"}


# agent nouns that mean little without the noun compounded before them
_AGENT_HEADS = {"seeker", "keeper", "taker"}


def _compound_key(t: Token) -> str | None:
    """ "asylum-seeker" for "asylum seekers" and "asylum-seekers", to look up in the lexicon."""
    doc = t.doc
    if t.i > 0 and doc[t.i - 1].dep_ == "compound" and doc[t.i - 1].head == t:
        return f"{doc[t.i - 1].lower_}-{t.lemma_.lower()}"
    prefix = _hyphen_prefix(t)
    return f"{prefix}-{t.lemma_.lower()}" if prefix is not None else None


def _hyphen_prefix(t: Token, tight: bool = False) -> str | None:
    """The word hyphenated before ``t`` ("asylum" in "asylum-seekers"), lower-cased, not a
    number word; with
    ``tight``, only when written with no spaces around the hyphen."""
    doc = t.doc
    if t.i < 2 or doc[t.i - 1].text not in {"-", "\u2010"} or not doc[t.i - 2].is_alpha or \
            doc[t.i - 2].like_num:  # (not "six-man")
        return None
    if tight and (doc[t.i - 1].whitespace_ or doc[t.i - 2].whitespace_):
        return None
    return doc[t.i - 2].lower_


_DRIVE_OUT = {"drive", "force", "chase", "expel", "evict", "push", "uproot", "escape", "run"}
# (whose homes: "driven from their homes" or "their village", not "drove the militants out
# of the village")
_HOMES = {"home", "house", "land"}


def _hits(tokens: list[Token], *, verbs: bool = True, nouns: bool = True) -> set[str]:
    lex = _lex()
    out: set[str] = set()
    for t in tokens:
        lemma, low = t.lemma_.lower(), t.lower_
        if verbs and t.pos_ in {"VERB", "AUX", "ADJ"}:
            k = lex["verbs"].get(lemma) or lex["verbs"].get(low)
            if not k and t.pos_ == "ADJ" and low.endswith("ed"):
                # participles tagged as adjectives: "abducted" -> abduct, "kidnapped" -> kidnap
                stem = low[:-2]
                k = lex["verbs"].get(stem) or lex["verbs"].get(low[:-1]) or (
                    lex["verbs"].get(stem[:-1]) if len(stem) > 2 and stem[-1] == stem[-2]
                    else None)
            if k:
                out.add(k)
            if lemma in _DRIVE_OUT and any(
                    c.dep_ == "prep" and c.lower_ in {"from", "out"} and any(
                        p.lemma_.lower() in _HOMES or (
                            p.lemma_.lower() in {"village", "town"} and any(
                                d.dep_ == "poss" for d in p.children))
                        for p in c.subtree) for c in t.children):
                out.add("displaced")  # "2.5 million driven from their homes"
            # "30,000 people have left South Ossetia to seek refuge": the purpose names the fate
            if lemma in {"leave", "cross", "go", "move", "arrive", "come", "head"}:
                for c in t.children:
                    if c.dep_ in {"advcl", "xcomp"} and c.lemma_ in {"seek", "take"}:
                        for o in c.children:
                            if o.dep_ == "dobj" and lex["verbs"].get(
                                    f"{c.lemma_}_{o.lemma_.lower()}") == "displaced":
                                out.add("displaced")
            # phrasal entries: "gunned down", "shot dead", "taken prisoner", "lost their lives"
            for c in t.children:
                if c.dep_ in {"prt", "acomp", "oprd", "dobj", "xcomp", "ccomp"}:
                    for w in (c.lower_, c.lemma_.lower()):
                        k = lex["verbs"].get(f"{lemma}_{w}")
                        if k:
                            out.add(k)
        if nouns and t.pos_ in {"NOUN", "PROPN", "ADJ"}:
            k = lex["nouns"].get(lemma) or lex["nouns"].get(low) or lex["nouns"].get(
                _compound_key(t) or "")
            if not k and t.pos_ == "PROPN" and low.endswith("s") and not low.endswith("ss") \
                    and t.dep_ != "compound":
                # "two US Navy Ships": a title-case plural, when it is the counted noun itself
                # (not "Nine Houston Rockets players")
                k = lex["nouns"].get(low[:-1])
            if k and k != "personnel":
                out.add(k)
    return out


def _collapse(hits: set[str]) -> str | None:
    casualty = hits & {"killed", "wounded", "killed_or_wounded"}
    if {"killed", "wounded"} <= casualty or "killed_or_wounded" in casualty:
        return "killed_or_wounded"
    for k in ("killed", "wounded", "missing", "captured", "displaced", "equipment", "money",
              "deployed"):
        if k in hits:
            return k
    return None


def _mods(tok: Token) -> list[Token]:
    """Verbal/adjectival modifiers of a noun, with their conjuncts and complements."""
    out = []
    for c in tok.children:
        if c.dep_ == "relcl" and any(t.lower_ in {"which", "whom", "where", "when"} and
                                     t.dep_ in {"pobj", "advmod"} for t in c.subtree):
            continue  # "the base in which they were stationed": the noun is where, not who
        if c.dep_ == "relcl" and c.lemma_ in _lex()["trans"] and any(
                x.dep_ == "nsubj" and x.lower_ in {"who", "that", "which"}
                for x in c.children) and any(x.dep_ == "dobj" for x in c.children):
            continue  # "three bombers who killed 20 people": the noun did it, nothing befell it
        if c.dep_ in {"acl", "relcl", "amod", "compound", "appos"}:
            out.append(c)
            out.extend(x for x in c.children if x.dep_ in {"conj", "acomp", "oprd", "xcomp",
                                                            "prt", "dobj"})
    return out


def _including_host(tok: Token) -> Token | None:
    """The counted noun a part is listed under: "40 people, including 12 children" -> people."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ in {"including", "among"} and \
            prep.head.pos_ in {"NOUN", "PRON"} and prep.head.i < tok.i:
        return prep.head
    return None


def _subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in {"nsubj", "nsubjpass"}:
            return c
    # "the toll is estimated to be X": the raising verb's subject is the copula's
    if verb.dep_ in {"conj", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
        return _subject(verb.head)
    return None


def _has_dobj(verb: Token) -> bool:
    return any(c.dep_ == "dobj" for c in verb.children)


def _governing_verb(tok: Token) -> Token | None:
    cur = tok
    for _ in range(8):
        if cur.head == cur:
            return cur if cur.pos_ in {"VERB", "AUX"} else None
        if cur.dep_ == "conj" and cur.head.pos_ in {"NOUN", "PROPN", "NUM"}:
            cur = cur.head
            continue
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"} and cur.lower_ not in {"including", "includes", "include",
                                                              "according"}:
            return cur
    return None


# places and things struck, whose count is no casualty: "16 banks were shot at"
_PLACES_STRUCK = {"bank", "supermarket", "shop", "store", "building", "office", "school",
                  "house", "home", "church", "mosque", "temple", "station", "target", "hotel",
                  "restaurant", "market", "factory", "branch", "embassy", "village", "town"}
# what a loss may be of, other than lives: "loss of production of 500,000 iPads"
_ECONOMIC = {"production", "output", "revenue", "sale", "income", "earning", "profit", "power",
             "job", "supply", "export", "import", "capacity", "value"}
_HARMED = {"killed", "wounded", "killed_or_wounded"}


def detect_metric(span: Span, noun: Token | None, before: str) -> tuple[str, str]:
    """(metric, evidence) for the quantity ``span`` counting ``noun``."""
    rel = _relative_of(span)
    if rel is not None and noun is not None and noun.i < span.start:
        # "the protesters, 30 of whom were arrested": the clause's own verb comes first
        metric, ev = _detect_metric(span, rel, before)
        if metric != "other":
            return metric, ev
    metric, ev = _detect_metric(span, noun, before)
    if metric in _HARMED | {"captured"} and noun is not None and noun.dep_ == "pobj" and \
            noun.head.dep_ == "agent" and ev.startswith("metric:verb"):
        return "other", "metric:agent"  # "shot 11 times by two gunmen": who did it
    if metric in _HARMED and noun is not None and noun.lemma_.lower() in _PLACES_STRUCK:
        return "other", "metric:place-struck"  # (not "16 banks were shot": killed)
    if metric in _HARMED and ev.startswith("metric:path") and any(
            t.lemma_.lower() in _ECONOMIC for t in span[-1].ancestors):
        return "other", "metric:economic-loss"
    return metric, ev


def _relative_of(span: Span) -> Token | None:
    """The 'whom' of '400 of whom', if the quantity is such a partitive."""
    for tok in span:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for p in child.children:
                    if p.dep_ == "pobj" and p.lower_ in {"whom", "which"}:
                        return p
    return None


def _detect_metric(span: Span, noun: Token | None, before: str) -> tuple[str, str]:
    lex = _lex()
    if is_strength(span):
        return "deployed", "metric:n-strong"
    if span.end < len(span.doc) and is_ratio(span.doc[span.end]):
        return "other", "metric:ratio"  # "three times the official budget" counts no money
    # "a 200 pound bomb": a weight modifying another noun, not money
    weight = noun is not None and noun.lemma_ == "pound" and (noun.dep_ in {
        "compound", "amod", "nmod"} and noun.head.pos_ == "NOUN" or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children))
    # ("660 pounds of explosives": a weight; "£660" stays money through the symbol)
    if currency_unit(before) or (noun is not None and lex["nouns"].get(noun.lemma_) == "money"
                                 and noun.lemma_ in lex["currency"].values() and not weight) \
            or (noun is not None and noun.text in lex["codes"] and _after_digits(noun)):
        return "money", "metric:currency"
    anchor = noun if noun is not None and noun.pos_ != "PRON" else span[-1]
    if noun is not None and (noun.text in {"%", "percent"} or noun.lower_ in {"per", "pct"}):
        # a share is no count of casualties or money, except a share of the dead, wounded or
        # displaced themselves: "18% of all civilian deaths", "60 percent of the refugees"
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    k = lex["nouns"].get(p.lemma_.lower()) if p.dep_ == "pobj" else None
                    if k in {"killed", "wounded", "killed_or_wounded", "displaced"} and \
                            p.lemma_.lower() not in {"body", "life"}:  # ("75% of the body")
                        return k, f"metric:share-of={p.lemma_.lower()}"
        if _DEATH_RATE.search(span.doc.text, span.sent.start_char, span.start_char):
            return "killed", "metric:death-rate"  # "mortality rates were 49%, 53% and 29%"
        return "other", "metric:percent"
    if noun is not None and noun.lemma_.lower() == "time" and noun.tag_ == "NNS" and \
            not any(c.dep_ == "amod" for c in noun.children):
        return "other", "metric:times"  # "shot ten times", "attacked three times": occasions
    if noun is not None and noun.lemma_.lower() in _WEIGHTS and any(
            lex["nouns"].get(p.lemma_.lower()) == "equipment"
            for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj"):
        return "equipment", "metric:weight-of-arms"  # "detonated 100kg of explosives"
    if noun is not None and noun.lemma_.lower() in MEASURES:
        # "a town 700 km southeast of Kinshasa": a distance in a casualty sentence
        return "other", "metric:measure"
    if noun is not None and _MODEL.fullmatch(noun.text):
        return "equipment", "metric:model-name"  # "two F-16s", "three MiG-29s"
    if noun is not None and noun.lemma_.lower() in _PLACES:
        # "captured another two towns", "pull out of the 25 settlements": places, not people
        return "other", "metric:place-count"
    if noun is not None and noun.lemma_.lower() in _EVENT_COUNTS and noun.i >= span.end and all(
            t.pos_ in {"ADJ", "NOUN", "PROPN", "PUNCT"} for t in span.doc[span.end:noun.i]):
        # "15 tourist attacks", "three explosions": events are counted, not their victims
        return "other", "metric:event-count"
    levels: list[tuple[str, list[Token]]] = []
    if noun is not None and not weight:
        levels.append(("noun", [noun]))
    # "60 members of the sect killed by troops": the participle may hang on the of-object
    of_mods = [m for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj"
               for m in p.children if m.dep_ == "acl" and m.tag_ == "VBN"]
    # "44 soldiers and 12 prisoners injured": a participle after the last conjunct
    shared = [m for c in anchor.children if c.dep_ == "conj" and c.pos_ == "NOUN"
              for m in c.children if m.dep_ == "acl" and m.tag_ == "VBN" and m.i > c.i]
    mod_level = ("mod", _mods(anchor) + _mods(span[-1]) + of_mods + shared
                 + ([span[-1]] if noun is None else []))
    if any(m.pos_ == "VERB" and m.dep_ in {"acl", "relcl"} and _to_death(m)
           for m in mod_level[1]):
        return "killed", "metric:to-death"  # "Four stabbed to death at police headquarters"
    if noun is not None and noun.lemma_.lower() == "victim":
        levels.insert(0, mod_level)  # "the kidnapped victims": what befell them comes first
    else:
        levels.append(mod_level)
    host = _including_host(anchor)
    if host is not None:
        # "seven others, including six children, injured": the children share the others' fate
        levels.append(("host", [host] + _mods(host)))
    verb = _governing_verb(anchor)
    if verb is not None:
        # nouns on the path to the verb: "claimed the lives of 11,000", "a total of 518"
        path: list[Token] = []
        cur = anchor
        while cur.head != cur and cur.head != verb and len(path) < 6:
            child, cur = cur, cur.head
            if cur.lemma_.lower() in _PROPERTY_NOUNS:
                break  # "a tank with a weight of 53 tons": a property measured, not the tank
            # "4 helicopters and 55 soldiers": a conjoined noun is a sibling, not a container
            if cur.pos_ == "NOUN" and child.dep_ != "conj":
                path.append(cur)
        if path:
            levels.append(("path", path))
        # "left 115 people dead and over 30,000 displaced": of several complements, the one
        # after this number names its fate
        comps = [c for c in verb.children if c.dep_ in {"acomp", "oprd"}]
        if len(comps) > 1:
            comps = [min((c for c in comps if c.i >= span.end), key=lambda c: c.i,
                         default=comps[-1])]
        vtoks = [verb] + comps + [c for c in verb.children if c.dep_ in {"xcomp", "prt",
                                                                          "advmod"}]
        subj = _subject(verb)
        if verb.lemma_ in lex["loss"] | {"receive"} and subj is not None and \
                anchor in subj.subtree:
            # "two soldiers sustained minor injuries", "suffered wounds": what they suffered
            vtoks += [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        if verb.lemma_ == "be":
            # "Two French troops were among 34 killed", "Among the dead were four of his
            # sons": the group they are among
            among = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "among"
                     for p in c.children if p.dep_ == "pobj"]
            vtoks += [m for p in among for m in [p, *p.children]]
            if among:  # "were among 20 killed" with "killed" hung on the verb
                vtoks += [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN"]
        if verb.lemma_ in {"release", "discharge", "free"} and any(
                p.lemma_.lower() in {"hospital", "clinic", "care", "treatment"}
                for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                for p in c.children):
            return "wounded", "metric:released-from-hospital"
        # "24 were taken to the hospital", "12 were hospitalised": the injured
        if verb.lemma_ in {"hospitalize", "hospitalise"} or verb.lemma_ in {
                "take", "rush", "admit", "bring", "carry", "airlift", "fly", "evacuate"} and any(
                p.lemma_.lower() in {"hospital", "clinic"}
                for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "into"}
                for p in c.children) and anchor.dep_ in {"nsubjpass", "dobj", "nsubj"} and (
                noun is None or noun.pos_ == "PRON" or is_person_noun(noun)
                or _is_personnel(noun)):
            return "wounded", "metric:taken-to-hospital"
        if verb.lemma_ in {"save", "spare"} and any(t.lemma_.lower() == "life" for t in path):
            return "other", "metric:lives-saved"  # "saved the lives of 2,500 people"
        if noun is not None and noun.lemma_.lower() == "life" and (
                verb.lemma_ in {"save", "spare", "protect"} or any(
                    c.lemma_ in {"save", "spare", "rescue"} for c in noun.children
                    if c.dep_ in {"acl", "amod", "relcl"})):
            # "doctors saved 40 lives", "credited with 14,000 lives saved"
            return "other", "metric:lives-saved"
        if verb.lemma_ in {"cost", "claim", "take"} and any(
                c.lemma_.lower() == "life" for c in verb.children if c.dep_ == "dobj"):
            return "killed", f"metric:{verb.lemma_}-lives"  # "cost 1,200 people their lives"
        if verb.lemma_ == "claim" and anchor.dep_ == "dobj" and anchor.head == verb and \
                subj is not None and subj.lemma_.lower() in _EVENT_COUNTS | {"fighting", "war",
                                                                            "violence"} and \
                (is_person_noun(noun) or _is_personnel(noun)):
            return "killed", "metric:event-claimed"  # "The fighting claimed 19 troops"
        if _to_death(verb):
            return "killed", "metric:to-death"  # "beaten to death", "burned to death"
        # "were taken into custody", "held in detention", "moved from CIA custody", "held
        # in secret prisons"
        vtoks += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"into", "in",
                                                                               "from"}
                  for p in c.children if p.dep_ == "pobj"
                  and p.lemma_.lower() in {"custody", "detention", "captivity"}]
        if verb.lemma_ == "hold":
            vtoks += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                      for p in c.children if p.dep_ == "pobj"
                      and p.lemma_.lower() in {"prison", "jail", "cell", "camp", "custody"}]
        if anchor.dep_ == "dobj" and anchor.head == verb:
            # "lists 300 people as missing", "confirmed 12 as dead": what they are counted as
            vtoks += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                      for p in c.children if p.dep_ in {"pcomp", "amod", "pobj", "acomp"}]
            # ("listed 40 people as injured", not "sent 500 soldiers as civilians were
            # evacuated": a clause with its own subject is something else)
            vtoks += [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN" and any(
                m.dep_ == "mark" and m.lower_ == "as" for m in c.children) and not any(
                    x.dep_ in {"nsubj", "nsubjpass"} for x in c.children)]
        if verb.lemma_ in {"result", "end"}:
            # "four of which resulted in fatalities"
            vtoks += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                      for p in c.children if p.dep_ == "pobj"]
        # "30 soldiers killed and wounded": conjoined verbs sharing this argument
        # ("seven are dead, and two dozen wounded": a conjunct with its own number is not)
        vtoks += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                  and not any(x.dep_ in {"nsubj", "nsubjpass", "dobj"} for x in c.children)
                  and not any(t.like_num and t.ent_type_ in {"CARDINAL", ""}
                              and t.i not in range(span.start, span.end) for t in c.subtree)]
        subj_role = anchor.dep_ in {"nsubj", "csubj"} and verb.lemma_ in lex["trans"] \
            and _has_dobj(verb)
        # "threatened to kill three judges": a threat is not their fate
        intended = verb.dep_ == "xcomp" and verb.head.lemma_ in _THREATS
        if not subj_role and not intended:
            levels.append(("verb", vtoks))
        top = anchor  # "The dead include two guards and six officers": the whole object
        while top.dep_ == "conj" and top.head.i < top.i:
            top = top.head
        direct = anchor.head == verb or (anchor.head.dep_ == "prep" and anchor.head.head == verb)
        direct = direct or (top.head == verb and top.dep_ in {"dobj", "attr"})
        # "Number of contractors killed passes 1,000": the number itself is the verb's object
        direct = direct or (anchor.i not in range(span.start, span.end) and (
            span[-1].head == verb and span[-1].dep_ in {"dobj", "attr", "pobj"}))
        if direct and (verb.lemma_ in lex["copular"] or verb.lemma_ in lex["loss"]):
            stoks: list[Token] = []
            if subj is not None and subj != anchor:
                stoks = list(span.doc[subj.left_edge.i:max(verb.i, subj.i + 1)])
            for c in verb.children:
                if c.dep_ in {"dobj", "attr"} and c != anchor and \
                        c.i not in range(span.start, span.end):
                    stoks.extend(c.subtree)
            if verb.lemma_ == "include":
                # "The dead include ...", "Those killed include ...": only what the subject
                # is names the fate of the list, not the rest of its phrase
                stoks = [subj] + [c for c in subj.children if c.dep_ in {"amod", "acl"}] \
                    if subj is not None and subj != anchor else []
            levels.append(("subj", stoks))
    if noun is not None and noun.lower_ in CASUALTY_ADJ and (
            noun.i == span.end or (noun.dep_ == "pobj" and noun.head.lower_ == "of"
                                   and noun.head.i == span.end
                                   # "three of the killed were soldiers", not "four of the
                                   # wounded later died"
                                   and (verb is None or verb.lemma_ == "be"))):
        # "more than a hundred injured": the adjective/participle is what is counted
        k = lex["verbs"].get(noun.lower_) or lex["nouns"].get(noun.lower_) or \
            lex["verbs"].get(noun.lemma_.lower())
        if k:
            return k, f"metric:next-adj={noun.lower_}"
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if noun is None and nxt is not None and nxt.tag_ in {"VBN", "JJ"}:
        # "25 people dead and more than 9,000 displaced" with the participle parsed apart
        k = lex["verbs"].get(nxt.lemma_.lower()) or lex["nouns"].get(nxt.lower_)
        if k in _CASUALTY_KINDS | {"displaced"}:
            return k, f"metric:next-participle={nxt.lower_}"
    if noun is not None and noun.i == span.end and noun.dep_ in {"attr", "dobj", "nsubj"}:
        # "there was one passenger seriously injured": a participle after the noun, parsed
        # apart from it
        k = noun.i + 1
        while k < len(span.doc) and span.doc[k].tag_ == "RB":
            k += 1
        part = span.doc[k] if k < len(span.doc) else None
        if part is not None and k > noun.i + 1 and part.tag_ == "VBN":
            kind = lex["verbs"].get(part.lemma_.lower())
            if kind in _CASUALTY_KINDS:
                return kind, f"metric:noun-participle={part.lower_}"
    cond = span.doc[span.end:span.end + 4]
    if len(cond) == 4 and cond[0].lower_ == "in" and cond[1].lower_ in _CONDITIONS and \
            cond[2].lower_ == "condition":
        return "wounded", "metric:in-condition"  # "leaving one in critical condition"
    if verb is not None and verb.lemma_ == "survive" and any(
            c.dep_ == "neg" for c in verb.children) and anchor.dep_ == "nsubj":
        return "killed", "metric:did-not-survive"  # "One person did not survive the trip"
    if verb is not None and verb.lemma_ == "treat" and any(
            p.lemma_.lower() in {"shock", "anxiety", "trauma", "stress", "panic"}
            for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
            for p in c.children):
        return "other", "metric:treated-for-shock"  # "three others were treated for anxiety"
    status: tuple[str, str] | None = None
    for name, toks in levels:
        h = _hits(toks, verbs=name != "noun")
        if name == "verb" and verb is not None and verb.lemma_ in lex["loss"] and not h:
            if _is_personnel(noun) or is_person_noun(noun):
                return "killed", f"metric:loss-verb={verb.lemma_}"
        m = _collapse(h)
        if m == "deployed" and name == "verb" and noun is not None and \
                noun.lemma_.lower() in _NOT_DEPLOYED:
            continue  # "send supplies to 500,000 residents": civilians are not deployed
        if m == "deployed" and name == "verb" and verb is not None and (
                _sender(anchor, verb) or _not_a_force_moved(noun, verb)):
            continue  # "34 members sent a letter", "served 13 years", "65 survivors pulled out"
        if m == "captured" and name == "verb" and verb is not None and verb.lemma_ in {
                "release", "free"} and noun is not None and noun.lemma_.lower() in _RELEASED_THINGS:
            continue  # "police released two photographs": published, not set free
        if m in {"money", "equipment"} and name != "noun" and (
                is_person_noun(noun) or _is_personnel(noun)):
            continue  # "three aid workers", "250 gunmen using rockets": people, not things
        if status is not None:
            if m in HARM_KINDS:
                # "twelve prisoners were injured", "three hostages were killed": the harm
                return m, f"metric:{name}-harm-over-status"
            continue
        if m:
            key = {"noun": noun, "verb": verb}.get(name)
            label = key.lemma_ if key is not None else ",".join(sorted(h))
            if name == "noun" and m in {"captured", "displaced"} and noun is not None and \
                    noun.dep_ not in {"oprd", "acomp"}:  # ("left two million homeless")
                status = (m, f"metric:{name}={label}")
                continue
            return m, f"metric:{name}={label}"
    if status is not None:
        return status
    if is_person_noun(noun) and _people_held(anchor, verb):
        return "captured", "metric:people-held"
    # no casualty word on the phrase: read its shape ("a force of 7,000", "15 civilians dead")
    special = _structural_metric(span, noun, anchor, verb) or _fate_after_noun(span, noun)
    if special is not None:
        return special
    if noun is not None and noun.lemma_.lower() in {"troop", "peacekeeper", "contingent",
                                                     "reservist", "personnel", "paratrooper",
                                                     "force", "battalion", "brigade",
                                                     "regiment", "platoon", "squadron"} \
            and not _in_a_case(verb, anchor):
        return "deployed", "metric:troops-default"
    # ("Bombing on train kills at least 68": past the bound phrase, as ``detect_bound`` reads it)
    k0 = span.start - 1
    phrase = bound_phrase_before(before)
    if phrase and span.doc[max(0, k0 + 1 - len(phrase.split())):span.start].text.lower() == phrase:
        k0 -= len(phrase.split())
    prev = span.doc[k0] if k0 >= 0 else None
    k = _verb_form(prev.lower_) if prev is not None and prev.pos_ in {"NOUN", "PROPN"} else None
    if k in _CASUALTY_KINDS:
        # headlines: "Shooting kills 7, injures 16" with "kills" tagged as a noun
        return k, f"metric:verb-form={prev.lower_}"
    subj = _subject(verb) if verb is not None else None
    if verb is not None and (verb.lemma_ in {"number", "total", "stand", "reach"} or (
            verb.lemma_ in {"be", "remain"} and anchor.dep_ == "attr" and subj is not None and
            subj.lemma_.lower() in _FORCE_NOUNS)) and \
            anchor.head == verb and _is_personnel(subj):
        # "the AU force is supposed to number 8,000", "their total military force is now
        # 15,000": the size of a force
        return "deployed", f"metric:force-size={verb.lemma_}"
    if verb is not None and verb.lemma_ in {"hit", "strike"} and anchor.dep_ == "dobj" and \
            anchor.head == verb and (is_person_noun(noun) or _is_personnel(noun)):
        return "wounded", f"metric:people-hit={verb.lemma_}"  # "the rocket hit four soldiers"
    if in_action(noun, verb):
        return "deployed", f"metric:in-action={verb.lemma_}"
    if _is_personnel(noun) and verb is not None and verb.lemma_ in {"be", "remain"} and \
            anchor.dep_ == "nsubj" and _present(verb):
        return "deployed", "metric:personnel-present"
    if _is_personnel(noun) and not _in_a_case(verb, anchor) and (
        verb is None or verb.lemma_ in {"be", "include", "number", "total", "remain", "have",
                                        "consist", "comprise", "offer", "promise", "pledge",
                                        "provide", "contribute"} | _CHANGE_VERBS
        and (span.sent[0].lower_ == "there" or verb.lemma_ != "be" or anchor.dep_ == "attr")
    ):
        return "deployed", "metric:personnel-default"
    label = _colon_label(span) if noun is None else None
    if label:
        # "Kidnappings: 98 to 10", "Civilian killing: 1440 to 265": a line's label names what
        # its bare numbers count
        m = label_metric(label)
        if m:
            return m, f"metric:colon-label={label[-1].lemma_.lower()}"
    # a force counted with no casualty, capture or loss word: its strength in the field
    # ("1,250 soldiers will be serving", "450 of the soldiers are guarding", "seven
    # militants", "two suspected bombers parked a car")
    # (a bare "The four alleged bombers" names people already known, it counts no force)
    if _is_force(noun) and not _under_scrutiny(verb, anchor) and not (
                verb is None and any(c.lower_ == "the" for c in noun.children)) and \
            not _units_sold(noun):
        return "deployed", "metric:force-default"
    return "other", "metric:default"


_SALE_WORDS = {"sale", "sell", "ship", "shipment", "produce", "production", "manufacture",
               "order", "deliver", "delivery", "buy", "purchase", "import", "export"}


_CONDITIONS = {"critical", "serious", "stable", "grave", "poor", "fair", "satisfactory"}
_DEATH_RATE = re.compile(r"\b(?:mortality|death|fatality)\s+rates?\b", re.IGNORECASE)


def _to_death(verb: Token) -> bool:
    """'beaten to death', 'stabbed to death' (not 'sentenced to death': a verdict)."""
    return verb.lemma_ not in {"sentence", "condemn", "threaten"} and any(
        p.lower_ == "death" and not list(p.children) for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "to" for p in c.children)


def _units_sold(noun: Token) -> bool:
    """"sales of more than 800,000 units", "shipped 200,000 units": products, not a force."""
    if noun.lemma_.lower() != "unit":
        return False
    return any(t.lemma_.lower() in _SALE_WORDS for t in noun.sent)


# a body of troops, and the words for how many it has
_FORCE_BODIES = {"force", "contingent", "army", "complement", "garrison", "deployment"}
_FORCE_MEASURES = {"level", "number", "strength"}
_FORCE_NOUNS = _FORCE_BODIES | _FORCE_MEASURES | {"presence", "mission"}
_FATE_AFTER = {"dead": "killed", "killed": "killed", "wounded": "wounded", "injured": "wounded",
               "missing": "missing"}


_THREATS = {"threaten"}
# what holds people without holding them captive (besides places and vehicles)
_VENUES = {"stadium", "hall", "arena", "room", "bus"}


def _people_held(anchor: Token, verb: Token | None) -> bool:
    """'the CIA has held 100 suspects', 'the 134 Filipinos currently held': people held; not a
    capacity ('the ship can hold 3,000 people', 'the stadium holds 40,000 fans') nor a reserve
    ('holding 50,000 people in reserve')."""
    if any(c.dep_ == "acl" and c.lemma_ == "hold" and c.tag_ in {"VBN", "VBD"}
           for c in anchor.children):
        held = True
    elif verb is None or verb.lemma_ != "hold" or anchor.head != verb or \
            anchor.dep_ not in {"dobj", "nsubjpass"}:
        return False
    else:
        holder = _subject(verb)
        held = not any(c.lower_ in {"can", "could", "ca"} for c in verb.children) and (
            holder is None or not (holder.lemma_.lower() in _PLACES | _VENUES or
                                   _lex()["nouns"].get(holder.lemma_.lower()) == "equipment"))
    return held and not (verb is not None and any(
        p.lower_ == "reserve" for c in verb.children if c.dep_ == "prep" for p in c.children))


def _force_of(span: Span, noun: Token | None, anchor: Token,
              verb: Token | None) -> tuple[str, str] | None:
    """'a force of 7,000', 'an army of 40,000': the size of a force."""
    last = span[-1]
    if noun is None and last.dep_ == "pobj" and last.head.lower_ == "of" and \
            last.head.head.lemma_.lower() in _FORCE_BODIES:
        return "deployed", "metric:force-of"
    return None


_CUSTODY = {"prison", "jail", "gaol", "custody", "detention", "captivity", "cell"}


def _held_in_custody(verb: Token) -> bool:
    """'held in prison', 'kept in custody': a verb of holding with a place of custody."""
    return verb.lemma_.lower() in {"hold", "keep", "lock"} and any(
        c.dep_ == "prep" and c.lower_ in {"in", "into"} and any(
            p.lemma_.lower() in _CUSTODY for p in c.children if p.dep_ == "pobj")
        for c in verb.children)


def _force_change(span: Span, noun: Token | None, anchor: Token,
                  verb: Token | None) -> tuple[str, str] | None:
    """'the level had dropped to 18,000', 'the army has been reduced to 50 soldiers': a
    force's strength changing."""
    last = span[-1]
    end = last.head if last.dep_ == "quantmod" else last
    tgt = anchor if anchor.dep_ == "pobj" else end
    if verb is None or tgt.dep_ != "pobj" or tgt.head.lower_ not in {"to", "from", "by"} or \
            tgt.head.head != verb or verb.lemma_ not in _CHANGE_VERBS | {"drop", "fall", "rise",
                                                                        "grow", "climb"}:
        return None
    subj = _subject(verb) or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or not (noun is None or _is_personnel(noun)):
        return None
    if subj.lemma_.lower() in _FORCE_MEASURES:
        # "the number held in prison rose from 83,000": the participle names the fate
        for acl in (c for c in subj.children if c.dep_ == "acl"):
            if _held_in_custody(acl) or _lex()["verbs"].get(acl.lemma_.lower()) == "captured":
                return "captured", "metric:number-held"
        # "the number of dead rose to 50" counts no force; "the troop level" does
        of = [p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
        if of and not all(_is_personnel(p) for p in of):
            return None
    if _is_personnel(subj) or subj.lemma_.lower() in _FORCE_NOUNS:
        return "deployed", "metric:force-change"
    return None


def _held(span: Span, noun: Token | None, anchor: Token,
          verb: Token | None) -> tuple[str, str] | None:
    """'Israel is holding 100 women', 'three of them are still being held' (not 'kept in
    reserve')."""
    if verb is None or verb.lemma_ not in {"hold", "keep"}:
        return None  # ("imprison", "incarcerate" are captured verbs in the lexicon)
    if not (noun is None or noun.pos_ == "PRON" or is_person_noun(noun) or _is_force(noun)
            or noun.lemma_.lower() == "ship"):
        return None
    passive = anchor.dep_ == "nsubjpass"
    # "Britain will keep 5,000 troops in Iraq", "the ship can hold 3,000 people": a force
    # kept in place or a capacity; only people held by someone else are captives
    if verb.lemma_ == "keep" and not passive or _is_force(noun) and not passive or any(
            c.dep_ == "aux" and c.lower_ in {"can", "could", "will", "would"}
            for c in verb.children):
        return None
    if anchor.head != verb or anchor.dep_ not in {"dobj", "nsubjpass"} or any(
            c.dep_ == "prep" and any(p.lemma_.lower() in {"reserve", "readiness", "check"}
                                     for p in c.children) for c in verb.children):
        return None
    return "captured", f"metric:held={verb.lemma_}"


def _under_arrest(span: Span, noun: Token | None, anchor: Token,
                  verb: Token | None) -> tuple[str, str] | None:
    """'are reported to be under house arrest', 'under detention'."""
    if noun is None or noun.pos_ == "PRON" or verb is None:
        return None
    verbs = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    if any(p.lemma_.lower() in {"arrest", "detention", "custody", "guard"}
           for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ == "under"
           for p in c.children if p.dep_ == "pobj"):
        return "captured", "metric:under-arrest"
    return None


def _structural_metric(span: Span, noun: Token | None, anchor: Token,
                       verb: Token | None) -> tuple[str, str] | None:
    """Metrics read from the phrase's shape rather than a casualty word on it."""
    for rule in (_force_of, _force_change, _held, _under_arrest):
        found = rule(span, noun, anchor, verb)
        if found is not None:
            return found
    return None


def _fate_after_noun(span: Span, noun: Token | None) -> tuple[str, str] | None:
    """'15 Iraqi civilians dead': a fate right after the counted noun, with no verb."""
    if noun is None or noun.pos_ == "PRON" or noun.i < span.end:
        return None
    doc = span.doc
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    after = doc[noun.i + 2] if noun.i + 2 < len(doc) else None
    if nxt is None or nxt.lower_ not in _FATE_AFTER or (
            after is not None and (after.pos_ in {"NOUN", "PROPN", "NUM"} or after.like_num)):
        return None
    if any(c.dep_ == "dobj" or (c.dep_ in {"nsubj", "nsubjpass"} and c != noun) or (
            c.dep_ == "conj" and c.lower_ in _FATE_AFTER and not any(
                t.like_num for t in c.subtree)) for c in nxt.children):
        return None  # "two soldiers killed three militants", "30 soldiers killed and wounded"
    return _FATE_AFTER[nxt.lower_], "metric:fate-after-noun"


# people that a "send/move" verb does not make a deployed force
_NOT_DEPLOYED = {"person", "people", "civilian", "child", "woman", "man", "resident", "villager",
              "citizen", "inhabitant", "passenger", "student", "family", "pilgrim", "tourist",
              "patient", "refugee", "household", "protester", "protestor", "demonstrator",
              "supporter", "spectator", "fan", "visitor"}


# nouns naming a measured property of a thing: the number measures it, not the thing's fate
_PROPERTY_NOUNS = {"weight", "length", "range", "speed", "capacity", "size", "height", "width",
                   "depth", "altitude", "diameter", "calibre", "caliber", "payload"}

HARM_KINDS = {"killed", "wounded", "killed_or_wounded", "missing"}
_CASUALTY_KINDS = {"killed", "wounded", "missing", "captured"}


@cache
def _verb_forms() -> dict[str, str]:
    out: dict[str, str] = {}
    for w, k in _lex()["verbs"].items():
        if "_" in w:
            continue
        stem = w[:-1] if w.endswith("e") else w
        for f in (w, w + "s", w + "d", w + "ed", stem + "ing", stem + "ed"):
            out.setdefault(f, k)
    return out


def _verb_form(word: str) -> str | None:
    """The metric of an inflected casualty verb ('kills', 'injures', 'wounded')."""
    return _verb_forms().get(word)


def _present(verb: Token) -> bool:
    """'17 servicemen were onboard', 'were aboard the ship', 'were in Kabul'."""
    for c in verb.children:
        if c.lower_ in {"onboard", "aboard", "abroad", "there", "present", "inside"}:
            return True
        if c.dep_ == "prep" and c.lower_ in {"on", "aboard", "in", "at", "inside"}:
            if c.lower_ == "on" and any(p.lower_ == "board" for p in c.children):
                return True
            if c.lower_ != "on" and any(p.dep_ == "pobj" for p in c.children):
                return True
    return False


# done to people talked about (they are its object) ...
_SCRUTINY = {"investigate", "charge", "accuse", "try", "convict", "sentence", "suspect",
             "identify", "name", "show", "film", "photograph", "suspend", "dismiss", "fire",
             "honour", "honor", "award", "decorate", "bury", "mourn", "remember", "acquit",
             "clear", "prosecute", "indict", "court-martial", "jail", "imprison", "relieve",
             "discharge", "martial", "cite", "reprimand", "punish", "discipline"}
# what is done to people a case is against
_DISCIPLINE = {"charge", "accuse", "convict", "sentence", "court-martial", "indict", "prosecute",
               "discipline", "reprimand", "punish", "dismiss", "suspend", "acquit", "relieve",
               "discharge"}
# nouns of a case against people: "charges against 251 soldiers", "facing charges"
_CASE_NOUNS = {"charge", "trial", "case", "investigation", "prosecution",
               "allegation", "accusation", "conviction", "court-martial", "inquiry", "probe"}
# ... or done by them (they are its subject)
_FIRED = {"shot", "round", "rocket", "missile", "shell", "bullet", "mortar", "grenade",
          "salvo", "volley", "weapon", "gun", "gas"}
_MISDEEDS = {"rape", "abuse", "torture", "steal", "loot", "desert", "defect", "refuse"}


def line_colon(sent: Span, before: int, within: int | None = None) -> Token | None:
    """The first colon of ``sent`` (in its first ``within`` tokens) if it comes before token
    ``before``: the end of a "Label: ..." line's label."""
    toks = sent if within is None else sent[:within]
    colon = next((t for t in toks if t.text == ":"), None)
    return colon if colon is not None and colon.i < before else None


def _label_words(doc: Doc, colon: Token, start: int) -> list[Token]:
    """The words from ``start`` (or, when the parser split the line at the colon, from the
    start of its line) to ``colon``."""
    if colon.i == start:  # "Kidnappings" / ": 98 to 10"
        start = colon.i
        while start > 0 and "\n" not in doc[start - 1].text and colon.i - start < 5:
            start -= 1
    return [t for t in doc[start:colon.i] if not t.is_space]


def label_metric(words: list[Token]) -> str | None:
    """What the label of a "Label: numbers" line counts ("Kidnappings" -> captured)."""
    return _collapse(_hits(words, verbs=False))


def _colon_label(span: Span) -> list[Token]:
    """The words before the colon of a "Label: numbers" line, if ``span`` is after it."""
    sent = span.sent
    colon = line_colon(sent, span.start)
    if colon is None or colon.i - sent.start > 4:
        return []
    words = _label_words(sent.doc, colon, sent.start)
    return words if words and (words[0].is_title or words[0].is_upper) else []


def _in_a_case(verb: Token | None, anchor: Token | None) -> bool:
    """People a case is against: 'eleven soldiers charged with ill treatment', 'charges
    against 251 soldiers', 'five soldiers are facing charges'."""
    if anchor is not None:
        if any(c.dep_ == "acl" and c.tag_ == "VBN" and {c.lemma_, _verb_stem(c.lower_)} &
               _SCRUTINY for c in anchor.children):
            return True
        if anchor.dep_ == "pobj" and anchor.head.lower_ in {"against", "of"} and \
                anchor.head.head.lemma_.lower() in _CASE_NOUNS:
            return True
    if verb is not None and anchor is not None and anchor.dep_ == "nsubjpass" and \
            {verb.lemma_, _verb_stem(verb.lower_)} & _DISCIPLINE:
        return True  # "66 other personnel were also relieved"
    return verb is not None and verb.lemma_ in {"face", "stand"} and any(
        c.dep_ in {"dobj", "acomp", "oprd"} and (c.lemma_.lower() in _CASE_NOUNS or
                                                 c.lower_ == "accused")
        for c in verb.children)


def _verb_stem(word: str) -> str:
    """'raped' -> 'rape', 'charged' -> 'charge' (the small model lemmatises 'raped' as 'rap')."""
    for suffix, repl in (("ied", "y"), ("ed", "e"), ("ed", "")):
        if word.endswith(suffix) and (word[: -len(suffix)] + repl) in _SCRUTINY | _MISDEEDS:
            return word[: -len(suffix)] + repl
    return word


def _under_scrutiny(verb: Token | None, anchor: Token | None = None) -> bool:
    """'two officers are under investigation', 'three soldiers raped a woman': people
    talked about, not a force in the field ('3,000 soldiers honoured the fallen' is one)."""
    if anchor is not None and any(
            c.dep_ == "appos" and any(t.ent_type_ == "PERSON" for t in c.subtree)
            for c in anchor.children):
        return True  # "The two soldiers, Leandro X and Alain Y, took over a bus": named people
    if _in_a_case(verb, anchor):
        return True
    if verb is None:
        return False
    lemmas = {verb.lemma_, _verb_stem(verb.lower_)}
    if any(c.dep_ == "xcomp" for c in verb.children):
        lemmas -= {"try"}  # "six soldiers tried to disperse the crowd": an attempt, no trial
    if any(c.dep_ == "prep" and c.lower_ in {"at", "on", "into", "upon"} or (
            c.dep_ == "dobj" and c.lemma_.lower() in _FIRED) for c in verb.children):
        lemmas -= {"fire"}  # "200 soldiers fired on the crowd": shooting, not a dismissal
    as_subject = anchor is not None and anchor.dep_ == "nsubj" and anchor.head == verb
    if lemmas & _SCRUTINY and not as_subject:
        return True
    if lemmas & _MISDEEDS and (as_subject or anchor is None):
        return True
    return any(p.lemma_.lower() in {"investigation", "arrest", "suspicion", "trial", "inquiry"}
               for c in verb.children if c.dep_ == "prep" for p in c.children)


def in_action(noun: Token | None, verb: Token | None) -> bool:
    """Armed people doing the fighting are a deployed force.

    "Three militants attacked the crossing", "escorted by two or three guards",
    "a force of 1,000 rebels attacked": the counted noun (or the force it belongs to)
    is the subject or the passive agent of a combat verb.
    """
    if noun is None or verb is None or verb.lemma_ not in _lex()["combat"]:
        return False
    if not _is_force(noun):
        return False
    cur = noun
    # "a force of 1,000 rebels", "450 of the soldiers": climb to the force or the number
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and (
            _is_personnel(cur.head.head) or cur.head.head.like_num):
        cur = cur.head.head
    if cur.head == verb and cur.dep_ == "nsubj":
        return True
    return (cur.dep_ == "pobj" and cur.head.lower_ == "by" and cur.head.dep_ == "agent"
            and cur.head.head == verb)


def is_strength(span: Span) -> bool:
    """'the 26,000 strong force', 'a 50-strong unit': the number is a force's size."""
    doc = span.doc
    k = span.end
    if k < len(doc) and doc[k].text == "-":
        k += 1
    return k < len(doc) and doc[k].lower_ == "strong"


# what is released by being published, not set free
_RELEASED_THINGS = {"photograph", "photo", "image", "picture", "video", "footage", "document",
                    "report", "statement", "figure", "detail", "name", "file", "record",
                    "letter", "tape", "recording", "result", "album", "song", "single", "film",
                    "book", "version", "list", "page", "email", "e-mail", "cable", "memo",
                    "transcript", "poll", "survey", "study", "map", "sketch"}


def is_person_noun(noun: Token | None) -> bool:
    """People-denoting nouns (civilians, children, Israelis ...), not personnel."""
    if noun is None:
        return False
    return noun.lemma_.lower() in _lex()["persons"] or normalise_actor(noun.text) is not None


# deployment verbs with other everyday senses ("serve a sentence", "pull calls", "based on")
_LOOSE_DEPLOY = {"serve", "pull", "base", "move", "withdraw", "commit", "fight", "mass"}


def _sender(anchor: Token, verb: Token) -> bool:
    """'34 ex-members had sent a letter': the counted people send something; not sent."""
    return anchor.dep_ == "nsubj" and anchor.head == verb and \
        any(c.dep_ == "dobj" for c in verb.children) and not _is_force(anchor)


def _not_a_force_moved(noun: Token | None, verb: Token) -> bool:
    """'served 13 offences', 'the calls were pulled': a loose verb on a count of things or of
    civilians (not 'pulled out 3,000 troops', 'served with 200 soldiers')."""
    if verb.lemma_ not in _LOOSE_DEPLOY or noun is None or noun.pos_ == "PRON":
        return False
    if _is_force(noun) or noun.lemma_.lower() in _FORCE_NOUNS or \
            _lex()["nouns"].get(noun.lower_.removesuffix("s")) == "personnel":
        return False  # (also "Marines" read as a name)
    return not (verb.lemma_ in {"serve", "fight"} and is_person_noun(noun))


def _is_force(noun: Token | None) -> bool:
    """Personnel or armed men ("soldiers", "militants", "gunmen"): people who make a force."""
    if noun is not None and noun.lemma_.lower() in {"man", "supporter", "youth", "villager",
                                                     "member", "follower", "loyalist"} and any(
            c.dep_ == "amod" and c.lower_ in {"armed", "masked", "uniformed"}
            for c in noun.children):
        return True  # "750 armed men", "5,000 armed supporters"
    return _is_personnel(noun) or (noun is not None and noun.lemma_.lower() in _lex()["armed"])


def _is_personnel(noun: Token | None) -> bool:
    if noun is None:
        return False
    if noun.lemma_.lower() == "member":
        # "460 members of the army"
        return any(p.dep_ == "pobj" and _lex()["nouns"].get(p.lemma_.lower()) == "personnel"
                   for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children)
    return _lex()["nouns"].get(noun.lemma_.lower()) == "personnel"
