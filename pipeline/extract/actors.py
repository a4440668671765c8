"""Actor (whose people/things are counted) and location of a claim.

Actors come from demonyms and names attached to the counted noun ("North Korean
soldiers", "Hezbollah rockets", "soldiers from the DPRK", "its military"), from the
subject of loss/deployment verbs ("Russia has assembled ...", "Israel lost ...") or
from a predicate ("22 were Cuban"); names are normalised through ``actors.json``.
Locations are GPE/LOC/FAC entities (or proper-noun place compounds like "the Kursk
region") that are objects of locative prepositions.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from .patterns import load

LOC_PREPS = {"in", "near", "at", "into", "across", "outside", "inside", "around", "throughout",
             "on", "off", "within", "from", "of", "towards", "toward", "along", "to"}
PLACE_NOUNS = {"region", "province", "district", "city", "oblast", "village", "town", "area",
               "governorate", "state", "county", "border", "strip", "camp", "valley", "port",
               "capital", "airport", "base", "market", "station", "mine", "square", "island",
               "suburb", "neighbourhood", "neighborhood", "front", "prefecture", "territory",
               "municipality", "settlement", "refinery", "hospital", "prison", "bridge",
               "peninsula"}
_SUFFIX = re.compile(r"\s+(?:region|province|oblast|governorate|district|prefecture|county)$",
                     re.IGNORECASE)
_PREFIX = re.compile(r"^(?:region|province|oblast|governorate|district|prefecture|county|"
                     r"city|town|village)\s+of\s+", re.IGNORECASE)
_ACTOR_LABELS = {"GPE", "NORP", "ORG"}
# aliases that are also common lower-case words: only the upper-case form names a party
_UPPER_ONLY = {"is", "us"}
# "the north of X", "the outskirts of X": X is the place
_PART_NOUNS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
               "southwest", "centre", "center", "outskirts", "outskirt", "heart", "part",
               "edge", "suburbs", "vicinity", "rest", "parts"}
# nouns a demonym can make a place of: "Syrian territory", "Cuban roads"
_NORP_PLACE_HEADS = PLACE_NOUNS | {"road", "highway", "soil", "airspace", "water", "coast",
                                   "coastline", "land", "city", "town", "village", "side",
                                   "frontier", "countryside"}
# verbs whose object (or passive subject) is the place where the counted fact happened
_PLACE_VERBS = {"strike", "hit", "attack", "invade", "bomb", "shell", "raid", "storm",
                "besiege", "occupy", "enter", "bombard", "rock", "target", "ravage"}
_NON_PLACE_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT",
                   "PERSON"}
_COPULAR_SUBJ = {"reach", "exceed", "surpass", "top", "rise", "climb", "stand", "total", "hit"}
_DEPLOY_VERBS = {"lose", "suffer", "sustain", "deploy", "send", "assemble", "mass", "station",
                 "field", "dispatch", "amass", "mobilize", "mobilise", "sign", "order", "buy",
                 "fire", "launch"}


@cache
def _lex() -> dict:
    return load("actors")


def normalise_actor(text: str) -> str | None:
    """'North Korean' / 'DPRK' / 'Pyongyang' -> 'North Korea'; unknown -> None."""
    t = re.sub(r"^(?:the|its|their)\s+", "", text.strip(), flags=re.IGNORECASE)
    t = re.sub(r"['’]s$", "", t).strip(" ,.")
    aliases = _lex()["aliases"]
    if t.lower() in _UPPER_ONLY and t != t.upper():
        return None  # the verb "is", the pronoun "us"
    if t.lower() in aliases:
        return aliases[t.lower()]
    # longest known alias inside a longer name ("the DPRK army" -> North Korea)
    words = t.split()
    for n in range(min(4, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            cand = " ".join(words[i:i + n]).lower()
            if n == 1 and cand in _UPPER_ONLY and words[i] != words[i].upper():
                continue
            if cand in aliases and cand not in _lex()["generic_groups"]:
                return aliases[cand]
    return None


def _ent_text(tok: Token) -> tuple[str, str] | None:
    """Text and label of the entity a token belongs to (or the token itself)."""
    if tok.ent_type_:
        doc = tok.doc
        start = tok.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = tok.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[start:end].text, tok.ent_type_
    return None


def _actor_from_token(tok: Token, allow_org: bool = True) -> str | None:
    a = normalise_actor(tok.text)
    if a:
        return a
    et = _ent_text(tok)
    if et:
        a = normalise_actor(et[0])
        if a:
            return a
        if et[1] in {"GPE"}:
            return re.sub(r"^the\s+", "", et[0], flags=re.IGNORECASE)
        if allow_org and et[1] == "ORG" and tok.dep_ in {"compound", "poss", "nsubj"}:
            return re.sub(r"^the\s+", "", et[0], flags=re.IGNORECASE)
    # multiword demonym "North Korean": token + previous compound/amod
    if tok.i > 0:
        pair = f"{tok.doc[tok.i - 1].text} {tok.text}"
        a = normalise_actor(pair)
        if a:
            return a
    return None


def _np_actor(noun: Token) -> tuple[str | None, str]:
    generic = set(_lex()["generic_groups"])
    for c in noun.children:
        if c.dep_ in {"amod", "compound", "nmod", "poss", "nummod"} and c.i < noun.i:
            a = _actor_from_token(c)
            if a and a.lower() not in generic:
                return a, f"np-{c.dep_}"
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in {"from", "of"}:
            for p in c.children:
                if p.dep_ == "pobj":
                    for t in p.subtree:
                        a = _actor_from_token(t, allow_org=False)
                        if a:
                            return a, f"np-{c.lower_}"
    # "its two soldiers": the nearest country/party named before in the sentence
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ in {"its", "their"}:
            for t in reversed(list(noun.sent)[: c.i - noun.sent.start]):
                if t.ent_type_ in {"GPE", "NORP", "ORG"}:
                    a = _actor_from_token(t)
                    if a:
                        return a, "np-poss-pronoun"
    # demonym noun itself ("two Argentinians", "24 Israelis")
    a = normalise_actor(noun.text)
    if a:
        return a, "np-head"
    return None, ""


def detect_actor(span: Span, noun: Token | None) -> tuple[str | None, str]:
    """(actor, evidence) from the quantity's own sentence."""
    anchor = noun if noun is not None else span[-1]
    if noun is not None and noun.pos_ != "PRON":
        a, ev = _np_actor(noun)
        if a:
            return a, f"actor:{ev}"
    # "units of the DPRK army lost 30 soldiers", "Israel also lost 3 civilians"
    cur = anchor
    verbs_seen = 0
    for _ in range(8):
        if cur.head == cur or verbs_seen >= 2:
            break
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            verbs_seen += 1
            if cur.lemma_ in _COPULAR_SUBJ:
                subj = [c for c in cur.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
                if subj and subj[0].i != anchor.i:
                    a, ev = _np_actor(subj[0])
                    if a:
                        return a, f"actor:copular-subj-{ev}"
            if cur.lemma_ in _DEPLOY_VERBS or cur.lemma_ in {"kill", "wound", "die"}:
                for c in cur.children:
                    if c.dep_ == "nsubj" and cur.lemma_ in _DEPLOY_VERBS:
                        for t in c.subtree:
                            a = _actor_from_token(t)
                            if a:
                                return a, f"actor:subj-of-{cur.lemma_}"
                    if c.dep_ == "agent":
                        for t in c.subtree:
                            a = _actor_from_token(t, allow_org=False)
                            if a:
                                return a, "actor:agent"
            else:
                for c in cur.children:
                    if c.dep_ == "agent":
                        for t in c.subtree:
                            a = normalise_actor(t.text)
                            if a:
                                return a, "actor:agent"
            # "22 were Cuban"
            for c in cur.children:
                if c.dep_ in {"acomp", "attr"} and c != anchor:
                    a = normalise_actor(c.text)
                    if a:
                        return a, "actor:predicate"
    return None, ""


def _clean_place(text: str) -> str:
    t = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    t = _PREFIX.sub("", t)
    t = _SUFFIX.sub("", t)
    return t.strip(" ,.")


def detect_location(sent: Span) -> tuple[str | None, str]:
    """The most specific place in ``sent`` that is the object of a locative preposition.

    Priority: objects of locative prepositions (and their appositions, "Kursk, Russia"),
    preferring a city/region over a country; then "the Kursk region"; then places used as
    modifiers ("Burundi church massacre", "South African mine").
    """
    strong: list[tuple[int, str, str]] = []
    weak: list[tuple[int, str, str]] = []
    cand_roots: set[int] = set()
    for ent in sent.ents:
        if ent.label_ not in {"GPE", "LOC", "FAC", "NORP"}:
            continue
        root = ent.root
        head = root.head
        if ent.label_ == "NORP":
            if root.dep_ in {"amod", "compound"} and head.head.lower_ in {"in", "at", "near"}:
                a = normalise_actor(ent.text)
                if a and a.lower() not in {"hamas", "hezbollah", "taliban"}:
                    weak.append((ent.start, a, "norp-modifier"))
            continue
        if root.dep_ == "pobj" and head.lower_ in LOC_PREPS:
            if head.lower_ in {"of", "to"} and head.head.lemma_.lower() not in PLACE_NOUNS \
                    and not (head.lower_ == "of" and head.head.pos_ == "PROPN"):
                continue
            strong.append((ent.start, _clean_place(ent.text), "pobj"))
            cand_roots.add(root.i)
        elif root.dep_ in {"compound", "nmod", "amod"} and head.dep_ == "pobj" and \
                head.head.lower_ in LOC_PREPS:
            if head.lemma_.lower() in PLACE_NOUNS:
                strong.append((ent.start, _clean_place(ent.text), "compound"))
                cand_roots.add(root.i)
            else:
                weak.append((ent.start, _clean_place(ent.text), "modifier"))
    for ent in sent.ents:
        root = ent.root
        if ent.label_ in {"GPE", "LOC", "FAC"} and root.dep_ == "appos" and \
                root.head.i in cand_roots:
            strong.append((ent.start + 1000, _clean_place(ent.text), "appos"))
    for tok in sent:
        low = tok.lemma_.lower()
        # "the Kursk region" where the small model misses the entity
        if low in {"region", "province", "oblast", "governorate", "district"} and \
                tok.dep_ == "pobj" and tok.head.lower_ in LOC_PREPS:
            comp = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if comp:
                strong.append((comp[0].i, _clean_place(tok.doc[comp[0].i:tok.i].text),
                               "place-noun"))
        # "the village of Badar"
        if low in PLACE_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ in LOC_PREPS:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj" and p.pos_ == "PROPN" and not p.ent_type_:
                            strong.append((p.i, p.text, "place-of"))
    strong = [c for c in strong if c[1] and not re.search(r"[\n:;]", c[1])]
    weak = [c for c in weak if c[1] and not re.search(r"[\n:;]", c[1])]
    for cands in (strong, weak):
        if cands:
            cands.sort()
            specific = [c for c in cands if normalise_actor(c[1]) != c[1]]
            best = (specific or cands)[0]
            return best[1], f"loc:{best[2]}"
    return None, ""
