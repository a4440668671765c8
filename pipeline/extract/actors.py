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

from spacy.tokens import Doc, Span, Token

from .patterns import load

LOC_PREPS = {"in", "near", "at", "into", "across", "outside", "inside", "around", "throughout",
             "on", "off", "within", "from", "of", "towards", "toward", "along", "to", "through"}
# prepositions introducing the event a count results from ("dead after the X bombing")
_CAUSE_PREPS = {"after", "following", "during", "amid"}
PLACE_NOUNS = {"region", "province", "district", "city", "oblast", "village", "town", "area",
               "governorate", "state", "county", "border", "strip", "camp", "valley", "port",
               "capital", "airport", "base", "market", "station", "mine", "square", "island",
               "suburb", "neighbourhood", "neighborhood", "front", "prefecture", "territory",
               "municipality", "settlement", "refinery", "hospital", "prison", "bridge",
               "peninsula", "checkpoint", "crossing"}
_SUFFIX = re.compile(r"\s+(?:region|province|oblast|governorate|district|prefecture|county)$",
                     re.IGNORECASE)
_PREFIX = re.compile(r"^(?:region|province|oblast|governorate|district|prefecture|county|"
                     r"city|town|village)\s+of\s+", re.IGNORECASE)
# how the counted phrase may hang off a loss/deployment verb for its subject to own it
_OWN_DEPS = {"dobj", "nsubjpass", "attr", "npadvmod", "nummod", "ccomp", "oprd", "appos"}
_ACTOR_LABELS = {"GPE", "NORP", "ORG"}
# aliases that are also common lower-case words: only the upper-case form names a party
_UPPER_ONLY = {"is", "us", "un", "au", "car", "lao", "drc"}
# "the north of X", "the outskirts of X": X is the place
_PART_NOUNS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
               "southwest", "centre", "center", "outskirts", "outskirt", "heart", "part",
               "edge", "suburbs", "vicinity", "rest", "parts", "side", "sides", "bank", "banks",
               "shore", "shores", "coast", "coasts", "coastline"}
# nouns a demonym can make a place of: "Syrian territory", "Cuban roads"
_NORP_PLACE_HEADS = (PLACE_NOUNS - {"state", "front"}) | {
    "road", "highway", "soil", "airspace", "water", "coast", "coastline", "land", "side",
    "frontier", "countryside"}
# verbs whose object (or passive subject) is the place where the counted fact happened
_PLACE_VERBS = {"strike", "hit", "attack", "invade", "bomb", "shell", "raid", "storm",
                "besiege", "occupy", "enter", "bombard", "rock", "target", "ravage"}
_NON_PLACE_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT",
                   "PERSON"}
_COPULAR_SUBJ = {"reach", "exceed", "surpass", "top", "rise", "climb", "stand", "total", "hit",
                 "consist", "comprise", "number"}
_DEPLOY_VERBS = {"lose", "suffer", "sustain", "deploy", "send", "assemble", "mass", "station",
                 "field", "dispatch", "amass", "mobilize", "mobilise", "sign", "order", "buy",
                 "fire", "launch", "have", "keep", "maintain", "commit", "spend", "pledge",
                 "contribute", "donate", "allocate", "withdraw", "pull", "pay", "give",
                 "offer", "provide", "fund", "lend", "grant", "drop", "despatch"}
_HAVE_VERBS = {"have", "keep", "maintain"}
# verbs whose subject pays or hands over the money counted
_PAYING = {"pay", "spend", "give", "offer", "fund", "lend", "grant", "donate", "pledge",
           "contribute", "allocate"}
# what a party cuts, raises, makes, runs or buys is its own ("Flybe has grounded six
# aircraft", "the United Kingdom will lower the number of troops from 7,100 to 5,500")
_OWN_VERBS = {"reduce", "cut", "lower", "increase", "raise", "boost", "produce", "export",
              "hire", "employ", "recruit", "train", "build", "operate", "acquire", "purchase",
              "own", "ground", "invest", "shed", "rotate", "double", "triple", "halve",
              "shut"}
_VICTIM_WORDS = {"dead", "death", "victim", "casualty", "fatality", "injury", "injured",
                 "wounded", "killed", "body"}
# heads whose national modifier is the owner ("the Danish government will cut")
_OWNER_NOUNS = {"government", "military", "army", "navy", "ministry", "administration",
                "company", "firm", "airline", "carrier", "authority", "state", "country",
                "nation", "regime", "cabinet", "leadership", "operator", "manufacturer",
                "maker", "group", "force", "industry", "sector", "economy"}
# nouns naming a count of something else ("the death toll", "the number of troops")
TALLY_NOUNS = {"toll", "number", "total", "count", "tally", "figure"}


@cache
def _lex() -> dict:
    return load("actors")


@cache
def _generic_groups() -> frozenset[str]:
    return frozenset(_lex()["generic_groups"])


def normalise_actor(text: str) -> str | None:
    """'North Korean' / 'DPRK' / 'Pyongyang' -> 'North Korea'; unknown -> None."""
    t = re.sub(r"^(?:the|its|their)\s+", "", text.strip(), flags=re.IGNORECASE)
    t = re.sub(r"['’]s$", "", t).strip(" ,.")
    aliases = _lex()["aliases"]
    if t.lower() in _UPPER_ONLY and t != t.upper():
        return None  # the verb "is", the pronoun "us"
    if t.lower() in aliases:
        return aliases[t.lower()]
    if f"{t}.".lower() in aliases:  # "U.S." lost its last dot above
        return aliases[f"{t}.".lower()]
    # "two Chadians", "Filipinos": the plural of a people's name the lexicon has singular
    if len(t) > 4 and t[0].isupper() and t.endswith("s") and t[:-1].lower() in aliases and \
            t[:-1].lower() not in _generic_groups():
        return aliases[t[:-1].lower()]
    # longest known alias inside a longer name ("the DPRK army" -> North Korea)
    words = t.split()
    for n in range(min(4, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            cand = " ".join(words[i:i + n]).lower()
            if n == 1 and cand in _UPPER_ONLY and words[i] != words[i].upper():
                continue
            if cand in aliases and cand not in _generic_groups():
                return aliases[cand]
    return None


def entity_span(tok: Token) -> Span | None:
    """The whole named entity a token belongs to, or None outside an entity."""
    if not tok.ent_type_:
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _ent_text(tok: Token) -> tuple[str, str] | None:
    """Text and label of the entity a token belongs to."""
    span = entity_span(tok)
    return (span.text, tok.ent_type_) if span is not None else None


# labels the small model gives a named party (companies often come out PRODUCT)
_PARTY_LABELS = {"", "ORG", "GPE", "PERSON", "NORP", "PRODUCT"}
# what a party's money is called: "a budget of $8 million", "its debt of $2 billion"
_FINANCE = {"budget", "revenue", "profit", "loss", "debt", "deficit", "fortune", "salary",
            "turnover", "income", "sale", "earnings", "wealth", "capital", "valuation", "worth",
            "reserve", "bail", "fine"}
# verbs whose subject holds the budget or debt in their object
_HOLDING = {"have", "operate", "run", "report", "post", "record", "earn", "make", "face", "owe",
            "hold", "carry", "announce", "approve", "pass"}


def money_owner(span: Span) -> str | None:
    """Whose budget, debt or fine the amount is: the possessor of the money noun ("Iraq's
    budget of $20 billion") or the named subject that has it ("WHINSEC operates with an
    annual budget of $8 million")."""
    last = span[-1]
    if last.dep_ != "pobj" or last.head.lower_ != "of":
        return None
    noun = last.head.head
    if noun.lemma_.lower() not in _FINANCE:
        return None
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            return normalise_actor(c.text) or _name_span(c)
    verb = noun.head
    while verb.dep_ == "prep" or verb.pos_ == "ADP":
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_ not in _HOLDING:
        return None
    for c in verb.children:
        if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.ent_type_ in _PARTY_LABELS:
            return normalise_actor(c.text) or _name_span(c)
    return None


def _name_span(tok: Token) -> str:
    """The proper name ``tok`` heads, with its compound parts ("Sun Microsystems")."""
    start = tok.i
    while start > 0 and tok.doc[start - 1].pos_ == "PROPN" and \
            tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].head.i >= tok.i - 3:
        start -= 1
    return tok.doc[start:tok.i + 1].text


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
            name = re.sub(r"^the\s+", "", et[0], flags=re.IGNORECASE)
            # "49 Ohio servicemen": a state's people are its country's
            return _lex().get("subnational", {}).get(name.lower(), name)
        if allow_org and et[1] == "ORG" and tok.dep_ in {"compound", "poss", "nsubj"}:
            return re.sub(r"^the\s+", "", et[0], flags=re.IGNORECASE)
    # multiword demonym "North Korean": token + previous compound/amod
    if tok.i > 0:
        prev = tok.doc[tok.i - 1]
        a = _lex()["aliases"].get(f"{prev.text} {tok.text}".lower())
        if a:
            return a
        # "the Canadian military": a demonym modifying this token ("Lebanon by" is no pair)
        if prev.head.i == tok.i and prev.dep_ in {"amod", "compound", "nmod"}:
            a = normalise_actor(prev.text)
            if a:
                return a
    return None


_CURRENCIES = {"dollar", "euro", "pound", "yen", "yuan", "rupee", "ruble", "rouble", "peso",
               "dinar", "shekel", "franc", "hryvnia", "won"}
_CRAFT = {"helicopter", "chopper", "plane", "aircraft", "jet", "airliner", "ship", "boat",
          "vessel", "tank", "warship", "submarine", "frigate", "bomber", "drone"}
_CREW = {"crew", "crewman", "crewmen", "pilot", "co-pilot", "airman", "sailor"}


def crew_owner(noun: Token) -> str | None:
    """'A British military helicopter crashed, killing four crew members': the crew of a
    craft belong to the craft's owner."""
    low = noun.lemma_.lower()
    if low not in _CREW and not (low == "member" and any(
            c.lower_ == "crew" for c in noun.children if c.dep_ == "compound")):
        return None
    owners = {a for t in noun.sent if t.lemma_.lower() in _CRAFT and t.pos_ == "NOUN"
              for a in [_np_actor(t)[0]] if a}
    return owners.pop() if len(owners) == 1 else None


def _np_actor(noun: Token) -> tuple[str | None, str]:
    generic = _generic_groups()
    if noun.lemma_.lower() in _CURRENCIES:
        return None, ""  # "625 U.S. dollars", "Australian dollars": a currency, not an owner
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
                        # an unknown place name only as the object itself ("from Zagora"),
                        # not as a modifier of another noun ("from the Zagora mine")
                        if a and (t.i == p.i or t.ent_type_ and p.ent_type_ == t.ent_type_
                                  or normalise_actor(t.text) or normalise_actor(a) == a):
                            return a, f"np-{c.lower_}"
    # "its two soldiers": the nearest country/party named before in the sentence
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ in {"its", "their"}:
            # the clause's subject first: "Australia's commitment ... will take its total"
            verb = noun.head
            while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
                verb = verb.head
            for subj in (x for x in verb.children if x.dep_ == "nsubj" and x.i < c.i):
                for t in [subj] + [y for y in subj.children
                                   if y.dep_ in {"poss", "compound", "amod"}]:
                    a = _actor_from_token(t) if t.ent_type_ in {"GPE", "NORP", "ORG"} else None
                    if a:
                        return a, "np-poss-pronoun-subject"
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


# verbs whose 'by' agent is the attacker, not the owner of what is counted
_HARM_VERBS = {"shoot", "kill", "wound", "injure", "hit", "strike", "attack", "bomb", "shell",
               "capture", "abduct", "kidnap", "arrest", "detain", "ambush", "target", "down"}


def _agent_actor(verb: Token) -> str | None:
    """A known country/party in the verb's 'by' phrase ("funded by the United States");
    unknown place names there are where the agent is ("villagers in X"), not who.
    "three attackers were shot dead by Israeli soldiers": the agent of a harm verb is the
    attacker, never whose people are counted."""
    if verb.lemma_ in _HARM_VERBS:
        return None
    for c in verb.children:
        if c.dep_ == "agent":
            for t in c.subtree:
                a = _actor_from_token(t, allow_org=False)
                if a and normalise_actor(a):
                    return a
    return None


def _subject_owner(verb: Token) -> str | None:
    """The named country or party that is the verb's subject, or the subject of the verb it
    completes ("Brazil plans to invest"); the subject's own name before its modifiers
    ("California-based Sun Microsystems" is Sun Microsystems)."""
    for c in verb.children:
        # "Hamas raised the death toll to 40", "the UN raised the number of dead": who
        # counts the dead owns none of them (but "Denmark cut the number of soldiers")
        if c.dep_ == "dobj" and (c.lemma_.lower() in {"toll", "tally", "count"} or (
                c.lemma_.lower() in TALLY_NOUNS and any(
                    p.lemma_.lower() in _VICTIM_WORDS for p in c.subtree if p.dep_ == "pobj"))):
            return None
    for c in verb.children:
        # "Britain will train 2,000 recruits from Ukraine": the people's own country
        if c.dep_ == "prep" and c.lower_ == "from":
            for p in c.children:
                if p.dep_ == "pobj" and normalise_actor(p.text):
                    return normalise_actor(p.text)
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        # "Indonesia has shut down four airlines and grounded five others": a shared subject
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ == "xcomp":
        # "Germany urged Greece to cut": the controlling verb's object does the cutting
        obj = [c for c in verb.head.children if c.dep_ == "dobj"]
        subj = obj or [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subj or subj[0].pos_ == "PRON":
        return None
    head = subj[0]
    mods = [c for c in head.children if c.dep_ in {"compound", "amod", "poss"}]
    if head.pos_ != "PROPN" and head.lemma_.lower() not in _OWNER_NOUNS:
        mods = []  # "Ukraine's drones cut", "US sanctions cut": means, not the owner
    for t in [head] + mods:
        if t.ent_type_ in _ACTOR_LABELS or normalise_actor(t.text):
            a = _actor_from_token(t)
            if a:
                return a
    return None


def detect_actor(span: Span, noun: Token | None) -> tuple[str | None, str]:
    """(actor, evidence) from the quantity's own sentence."""
    anchor = noun if noun is not None else span[-1]
    if noun is not None and noun.pos_ != "PRON":
        a, ev = _np_actor(noun)
        if a:
            return a, f"actor:{ev}"
        a = crew_owner(noun)
        if a:
            return a, "actor:crew-of-craft"
        # "two attacks carried out by US aircraft": the agent of the noun's participle
        for c in noun.children:
            if c.dep_ == "acl" and c.tag_ == "VBN":
                a = _agent_actor(c)
                if a:
                    return a, "actor:acl-agent"
        # "a Palestinian attack of four rockets", "a Greek tanker containing 270,000 tons":
        # the counted things belong to whoever the noun they hang on names
        holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else (
            noun.head.head if noun.dep_ == "dobj" and noun.head.dep_ == "acl" else None)
        if holder is not None and holder.pos_ == "NOUN" and holder.i < noun.i:
            for c in holder.children:
                if c.dep_ in {"amod", "compound", "poss"} and c.i < holder.i:
                    a = _actor_from_token(c, allow_org=False)
                    if a and normalise_actor(a) and a.lower() not in _generic_groups():
                        return a, "actor:holder"
    elif noun is None:
        # "one from France": the number itself carries the 'from' phrase
        for tok in span:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "from":
                    a, ev = _np_actor(tok)
                    if a:
                        return a, f"actor:{ev}"
    won = _winner(anchor)
    if won:
        return won, "actor:winner"
    # "units of the DPRK army lost 30 soldiers", "Israel also lost 3 civilians"
    cur = anchor
    verbs_seen = 0
    for _ in range(8):
        if cur.head == cur or verbs_seen >= 2:
            break
        via = cur  # the child of the next head on the path from the anchor
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            verbs_seen += 1
            if cur.lemma_ in _COPULAR_SUBJ:
                subj = [c for c in cur.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
                if not subj and cur.dep_ == "xcomp":  # "the force is supposed to number X"
                    subj = [c for c in cur.head.children
                            if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NOUN"]
                if subj and subj[0].i != anchor.i:
                    a, ev = _np_actor(subj[0])
                    if a:
                        return a, f"actor:copular-subj-{ev}"
            # "the toll of Iraqi civilians is estimated to be X", "brings the British
            # death toll to 92": the tally noun names whose people are counted
            tally = _tally_noun(cur)
            if tally is not None and tally.i != anchor.i:
                a, ev = _np_actor(tally)
                if a:
                    return a, f"actor:tally-{ev}"
            # the agent of a harm verb is the attacker, never whose people are counted
            if cur.lemma_ in _DEPLOY_VERBS:
                kids = list(cur.children)
                if cur.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in kids):
                    # "The AU plans to send 8,000 troops": the controlling verb's subject
                    kids += [c for c in cur.head.children if c.dep_ == "nsubj"]
                for c in kids:
                    # "The Australian government has confirmed it will send 200 troops":
                    # the pronoun stands for the subject of the clause it is reported in
                    if c.dep_ == "nsubj" and c.lower_ in {"it", "they", "we"} and \
                            cur.dep_ in {"ccomp", "xcomp"}:
                        outer = [x for x in cur.head.children
                                 if x.dep_ == "nsubj" and x.pos_ in {"NOUN", "PROPN"}]
                        if outer:
                            c = outer[0]
                    # the subject owns what it lost/sent, not what its act left behind
                    # ("Israel launched a strike, leaving four dead")
                    if c.dep_ == "nsubj" and cur.lemma_ in _DEPLOY_VERBS and \
                            via.dep_ in _OWN_DEPS:
                        for t in c.subtree:
                            a = _actor_from_token(t)
                            # "Canada has 2,500 troops" (not "Kandahar has a population of")
                            if a and cur.lemma_ in _HAVE_VERBS and (
                                    normalise_actor(a) is None or via.lemma_ == "population"):
                                continue
                            if a:
                                return a, f"actor:subj-of-{cur.lemma_}"
                        # "the report demands that Blackwater pay $8 million": whoever pays,
                        # a company or a person the small model left unlabelled
                        if cur.lemma_ in _PAYING and c.pos_ == "PROPN" and \
                                c.ent_type_ in _PARTY_LABELS - {"GPE", "NORP"}:
                            return _name_span(c), f"actor:payer-{cur.lemma_}"
                    if c.dep_ == "agent":
                        for t in c.subtree:
                            a = _actor_from_token(t, allow_org=False)
                            # a place inside the agent phrase is where, not who
                            # ("killed by a roadside bomb in Tuz Khurmato")
                            if a and (normalise_actor(a) or t.head.dep_ == "agent"):
                                return a, "actor:agent"
            else:
                # "$1 billion ... funded by the United States"
                a = _agent_actor(cur)
                if a:
                    return a, "actor:agent"
            if verbs_seen == 1 and cur.lemma_ in _OWN_VERBS and (
                    via.dep_ in _OWN_DEPS or via.dep_ == "prep" and via.lower_ in {
                        "by", "from", "to"}):
                a = _subject_owner(cur)
                if a:
                    return a, f"actor:subj-of-{cur.lemma_}"
            # "22 were Cuban", "one was from Spain": only for the copula's own subject
            if via.dep_ == "nsubj" and (via.i == anchor.i or via in span):
                for c in cur.children:
                    if c.dep_ in {"acomp", "attr"} and c != anchor:
                        a = normalise_actor(c.text)
                        if a:
                            return a, "actor:predicate"
                        if c.pos_ == "NOUN" and cur.lemma_ == "be":
                            # "Three of the killed were US soldiers" (the noun's own modifiers)
                            for m in c.children:
                                if m.dep_ in {"amod", "compound", "nmod", "poss"} and m.i < c.i:
                                    a = _actor_from_token(m)
                                    if a and normalise_actor(a):
                                        return a, "actor:predicate-noun"
                    if c.dep_ == "prep" and c.lower_ == "from" and cur.lemma_ == "be":
                        for p in c.children:
                            if p.dep_ == "pobj":
                                # "were from Spain", "from the African nation of Chad"
                                for t in p.subtree:
                                    a = _actor_from_token(t, allow_org=t.i == p.i)
                                    if a and (t.i == p.i or normalise_actor(a)):
                                        return a, "actor:predicate-from"
    return None, ""


_WIN_VERBS = {"receive", "win", "get", "gain", "secure", "garner", "earn", "poll", "take",
              "capture", "hold", "control", "lose"}
_VOTE_NOUNS = {"vote", "seat", "delegate", "ballot", "%", "percent", "elector"}


def _winner(anchor: Token) -> str | None:
    """Whose votes or seats are counted: the subject of "won", "received", "holds" ("Nagin
    received 41,489 votes", "Kabila won 45% of the vote", "the Democrats now control 234
    seats"), a person, party or country."""
    if anchor.lemma_.lower() not in _VOTE_NOUNS:
        return None
    verb = anchor.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb and verb.dep_ in {
            "dobj", "pobj", "prep", "nummod", "appos", "conj"}:
        verb = verb.head
    if verb.lemma_ not in _WIN_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in {"PROPN", "NOUN"}:
        return None
    ent = next((e for e in subj.doc.ents if e.start <= subj.i < e.end), None)
    if ent is not None and ent.label_ in {"PERSON", "ORG", "NORP", "GPE"}:
        name = re.sub(r"^the\s+", "", ent.text, flags=re.IGNORECASE)
        return normalise_actor(name) or name
    if ent is None and subj.pos_ == "PROPN":  # a name the tagger gave no entity
        return " ".join(t.text for t in subj.subtree if t.pos_ == "PROPN" and (
            t.i == subj.i or t.dep_ in {"compound", "flat"}))
    return _actor_from_token(subj)


def _tally_noun(verb: Token) -> Token | None:
    """The tally noun a measure verb reports: its subject ("the toll ... is X", also through
    a raising verb) or, for "bring/raise/push", its object ("brings the toll to X")."""
    cands = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not cands and verb.dep_ == "xcomp":
        cands = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.lemma_ in {"bring", "raise", "push", "take", "increase", "lift", "boost"}:
        cands += [c for c in verb.children if c.dep_ == "dobj"]
    for c in cands:
        if c.lemma_.lower() in TALLY_NOUNS:
            return c
    return None


_CAMPAIGNS = {"crackdown", "offensive", "operation", "raid", "campaign", "sweep", "assault",
              "manhunt", "roundup"}


def campaign_target(sent: Span) -> str | None:
    """'a crackdown against al-Qaeda', 'raids on Hamas': the party a campaign targets."""
    for tok in sent:
        if tok.lemma_.lower() in _CAMPAIGNS:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in {"against", "on", "targeting"}:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            a = _actor_from_token(p, allow_org=False)
                            if a:
                                return a
    return None


def _clean_place(text: str) -> str:
    t = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    t = _PREFIX.sub("", t)
    t = _SUFFIX.sub("", t)
    # ("U.S.", "U.K.": an initialism keeps its last full stop)
    t = t.strip(" ,") if re.search(r"\b(?:[A-Z]\.){2,}$", t.strip(" ,")) else t.strip(" ,.")
    t = re.sub(r"\s+of$", "", t, flags=re.IGNORECASE)
    t = re.sub(r"['’]s$", "", t)  # "Sri Lanka's north"
    # a clipped entity "the Province of" names no place by itself
    return "" if t.lower() in PLACE_NOUNS else t


def _place_span(tok: Token) -> str:
    """The place name ending at ``tok``: its entity, or its proper-noun compounds."""
    et = _ent_text(tok)
    if et and et[1] not in _NON_PLACE_ENTS:
        return et[0]
    # no usable entity (the small model tags some place names PERSON): the compound name
    start = tok.i
    while start > tok.sent.start and tok.doc[start - 1].dep_ == "compound" and \
            tok.doc[start - 1].pos_ == "PROPN" and tok.doc[start - 1].head.i == tok.i:
        start -= 1
    # "Pointe-à-Pitre": the parts a hyphen joins without spaces
    while start > tok.sent.start + 1 and tok.doc[start - 1].text in {"-", "‐"} and \
            not tok.doc[start - 1].whitespace_ and not tok.doc[start - 2].whitespace_ and \
            tok.doc[start - 2].is_alpha:
        start -= 2
    return tok.doc[start:tok.i + 1].text


def _is_origin(head: Token) -> bool:
    """'one from France', 'two Argentinians from Spain': 'from' giving origin, not place."""
    if head.pos_ in {"NUM", "PRON"} or head.ent_type_ in {"CARDINAL", "ORDINAL"}:
        return True
    if head.lemma_ == "be":  # "three were from Peru"
        return True
    if head.ent_type_ == "NORP" or normalise_actor(head.text):
        return True
    return False


def detect_location(sent: Span, anchor: Token | None = None) -> tuple[str | None, str]:
    """The most specific place in ``sent`` that is the object of a locative preposition.

    Priority: objects of locative prepositions (and their appositions, "Kursk, Russia"),
    places struck/attacked ("the U.S. invaded Iraq", "Haifa was hit"), "the village of
    X", preferring a city/region over a country; then places used as modifiers ("Burundi
    church massacre", "South African mine", "Syrian territory").
    """
    strong: list[tuple[int, str, str]] = []  # (order = token index, place, rule)
    weak: list[tuple[int, str, str]] = []
    cand_roots: set[int] = set()
    for ent in sent.ents:
        if ent.label_ not in {"GPE", "LOC", "FAC", "NORP"}:
            continue
        root = ent.root
        head = root.head
        if ent.label_ != "NORP" and _is_demonym(ent.text) and \
                head.lemma_.lower() not in _NORP_PLACE_HEADS:
            continue  # "a Sri Lankan army offensive" tagged GPE: whose, not where
        if root.dep_ in {"compound", "nmod", "amod"} and any(
                c.dep_ == "nummod" for c in head.children) and normalise_actor(ent.text):
            continue  # "two US F-15 aircraft": the owner of a counted thing, not a place
        if root.dep_ in {"compound", "nmod", "amod"} and normalise_actor(ent.text) and \
                head.lemma_.lower() in _OWNED_PEOPLE:
            continue  # "a patrol of U.S. soldiers": whose soldiers, not where
        if ent.label_ == "NORP" or (root.pos_ == "ADJ" and root.dep_ == "amod"):
            if root.dep_ in {"amod", "compound"} and (
                head.head.lower_ in {"in", "at", "near"}
                or head.lemma_.lower() in _NORP_PLACE_HEADS
            ):
                a = normalise_actor(ent.text)
                if a and a.lower() not in {"hamas", "hezbollah", "taliban"}:
                    weak.append((ent.start, a, "norp-modifier"))
            continue
        if root.dep_ == "pobj" and head.lower_ in LOC_PREPS:
            if head.lower_ == "of" and head.i > 0 and head.doc[head.i - 1].text == "," and \
                    head.head.pos_ == "PROPN":
                continue  # "Cardona, of Fullerton,": where a person is from
            # ("Secretary of War": an office named after a field)
            if head.lower_ in {"of", "to"} and head.head.lemma_.lower() not in PLACE_NOUNS \
                    and head.head.lower_ not in _PART_NOUNS \
                    and not (head.lower_ == "of" and head.head.pos_ == "PROPN"
                             and head.head.ent_type_ != "PERSON"
                             and head.head.lower_ not in _OFFICE_HEADS) \
                    and not (head.lower_ == "to" and _is_sending(head.head)):
                continue
            if head.lower_ == "from" and _is_origin(head.head) and not _has_distance(head):
                continue
            if head.lower_ == "in" and _share_in(head):
                continue  # "shares in Maltrix": what is held, not where
            if head.lower_ == "of" and head.head.lower_ in _COMPASS:
                # "160 km northeast of X", "exploded south of Baghdad in Mahawil": X is a
                # reference point, the place only when the sentence names no other
                weak.append((ent.start, _clean_place(ent.text), "compass-of"))
                continue
            strong.append((ent.start, _clean_place(ent.text), "pobj"))
            cand_roots.add(root.i)
        elif root.dep_ in {"compound", "nmod", "amod"} and head.dep_ == "pobj" and \
                head.head.lower_ in _CAUSE_PREPS and \
                head.lemma_.lower() not in PLACE_NOUNS:
            # "after the Belarus subway bombing": a place naming the event, any preposition
            weak.append((ent.start, _clean_place(ent.text), "modifier"))
        elif root.dep_ in {"compound", "nmod", "amod", "poss"} and head.dep_ == "pobj" and \
                head.head.lower_ in LOC_PREPS:
            if head.lemma_.lower() in PLACE_NOUNS and root.dep_ != "poss":
                strong.append((ent.start, _clean_place(ent.text), "compound"))
                cand_roots.add(root.i)
            else:
                # "inside Bangkok's Government House", "in the Tarmiya market"
                weak.append((ent.start, _clean_place(ent.text), "modifier"))
        elif root.dep_ in {"compound", "nmod"} and (
                (_noun_head(head).lemma_.lower() in _PLACED_EVENTS
                 # (not an earlier event: "since the Tiananmen Square massacre")
                 and _noun_head(head).head.lower_ not in {"since", "than", "like", "before"})
                or (
                    head.dep_ == "compound" and _noun_head(head).dep_ == "pobj"
                    and _noun_head(head).head.lower_ in LOC_PREPS
                    # ("in the Dagana refugee camp" is a place noun's name: below)
                    and _noun_head(head).lemma_.lower() not in PLACE_NOUNS)):
            # "Iraq roadside bomb kills four", "in a Baghdad restaurant bombing"
            weak.append((ent.start, _clean_place(ent.text), "modifier"))
        elif root.dep_ == "compound" and head.dep_ == "compound" and \
                _noun_head(head).dep_ == "pobj" and _noun_head(head).head.lower_ in LOC_PREPS \
                and _noun_head(head).lemma_.lower() in PLACE_NOUNS:
            # "in the Dagana refugee camp": a name before a compound place noun
            strong.append((ent.start, _clean_place(ent.text), "compound"))
            cand_roots.add(root.i)
        elif (root.dep_ in {"dobj", "nsubjpass"} and head.lemma_ in _PLACE_VERBS) or (
            root.dep_ == "conj" and root.head.dep_ == "nsubjpass"
            and root.head.head.lemma_ in _PLACE_VERBS
        ):
            strong.append((ent.start, _clean_place(ent.text), "verb-obj"))
            cand_roots.add(root.i)
    for ent in sent.ents:
        root = ent.root
        if ent.label_ in {"GPE", "LOC", "FAC"} and root.dep_ == "appos" and \
                root.head.i in cand_roots:
            strong.append((ent.start, _clean_place(ent.text), "appos"))
        # "Amarah has a population of 340,000": a town (not a country) described by the
        # sentence's own subject
        if ent.label_ in {"GPE", "LOC"} and root.dep_ == "nsubj" and root.head.dep_ == "ROOT" \
                and root.head.lemma_ in {"have", "be"} and normalise_actor(ent.text) is None:
            weak.append((ent.start, _clean_place(ent.text), "subject-place"))
    for tok in sent:
        low = tok.lemma_.lower()
        # "the Kursk region" where the small model misses the entity
        if low in {"region", "province", "oblast", "governorate", "district"} and \
                tok.dep_ == "pobj" and tok.head.lower_ in LOC_PREPS:
            comp = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if comp:
                strong.append((comp[0].i, _clean_place(tok.doc[comp[0].i:tok.i].text),
                               "place-noun"))
        # "the rebels attacked Dorvia": an unlabelled / ORG-tagged proper name struck
        if tok.pos_ == "PROPN" and tok.dep_ in {"dobj", "nsubjpass"} and \
                tok.head.lemma_ in _PLACE_VERBS and (tok.ent_type_ == "" or (
                    tok.ent_type_ == "ORG" and tok.ent_iob_ == "B"
                    and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"))) and \
                normalise_actor(tok.text) is None and tok.i not in cand_roots:
            strong.append((tok.i, _clean_place(_place_span(tok)), "verb-obj"))
        # "killed in Tshikapa, a town 700 km ...": a name set beside a place noun is a place
        # (the small model tags many such names ORG or PERSON)
        if tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.head.lower_ in LOC_PREPS - {
                "of", "to", "from"} and tok.i not in cand_roots and \
                normalise_actor(tok.text) is None and any(
                    c.dep_ == "appos" and c.lemma_.lower() in _SETTLEMENTS for c in tok.children):
            strong.append((tok.i, _clean_place(_place_span(tok)), "named-settlement"))
        # "troops to northern Mali" with Mali tagged PERSON: a country's own name after a
        # locative preposition, whatever the small model labelled it
        if tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.ent_type_ in {"", "ORG", "PERSON"} \
                and tok.i not in cand_roots and normalise_actor(tok.text) == tok.text and (
                    tok.head.lower_ in LOC_PREPS - {"of", "to", "from"}
                    or (tok.head.lower_ == "to" and _is_sending(tok.head.head))):
            strong.append((tok.i, tok.text, "country-name"))
        # "police in Adelaide", "an assault in Ghazni": a proper name after "in" or "near"
        # that the small model leaves unlabelled or tags ORG or PERSON, unless it names an
        # institution ("in Congress", "in The Lancet") or a person's own name
        if tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.head.lower_ in {"in", "near"} \
                and tok.i not in cand_roots and tok.ent_type_ in {"", "ORG", "PERSON"} and \
                normalise_actor(tok.text) is None and not any(
                    c.dep_ in {"prep", "poss", "case"} for c in tok.children) and \
                not _in_not_locative(tok):
            name = _place_span(tok)
            words = name.split()
            if not (_INSTITUTION_WORDS & {w.lower().strip(".,") for w in words}) and \
                    words[0].lower() not in {"the", "mr", "mrs", "ms", "dr"} and \
                    len(words) <= 3 and not (tok.ent_type_ == "PERSON" and len(words) == 1) \
                    and not name.isupper():  # "in CSAR", "in UNIFIL": acronyms name bodies
                weak.append((tok.i, _clean_place(name), "name-after-in"))
        # "at the Beersheba bus station": a one-word name before a place noun, any label
        if tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.ent_type_ in {
                "", "PERSON", "ORG"} and tok.ent_iob_ != "I" and (
                    tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].pos_ != "PROPN") and (
                    tok.i == 0 or tok.doc[tok.i - 1].pos_ != "PROPN") and \
                normalise_actor(tok.text) is None:
            place = _noun_head(tok)
            if place.lemma_.lower() in PLACE_NOUNS and place.dep_ == "pobj" and \
                    place.head.lower_ in LOC_PREPS - {"of", "to", "from"}:
                weak.append((tok.i, tok.text, "name-before-place-noun"))
        # "X is located 40 km north of Y": the subject of a location verb is the place
        if tok.pos_ == "PROPN" and tok.dep_ in {"nsubj", "nsubjpass"} and \
                tok.head.lemma_ in SITUATE_VERBS and \
                tok.ent_type_ not in (_NON_PLACE_ENTS - {"PERSON"}) | {"ORG", "NORP"} and \
                normalise_actor(tok.text) is None:
            strong.append((tok.i, _clean_place(_place_span(tok)), "located"))
        # "the village of Badar", "the north of Bogota" (whatever the entity label)
        if (low in PLACE_NOUNS or tok.lower_ in _PART_NOUNS) and (
            (tok.dep_ == "pobj" and tok.head.lower_ in LOC_PREPS)
            or (tok.dep_ in {"dobj", "nsubjpass", "conj"} and tok.head.lemma_ in _PLACE_VERBS)
            # "The town of Varga has 9,000 residents": a common place noun as any subject
            or (tok.dep_ in {"nsubj", "nsubjpass"} and tok.pos_ == "NOUN" and low in PLACE_NOUNS)
        ):
            # "along its border with Afghanistan" (wherever the parser hangs the "with")
            w = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if low in {"border", "frontier"} and w is not None and w.lower_ == "with":
                for p in w.children:
                    if p.dep_ == "pobj" and p.ent_type_ in {"GPE", "LOC"}:
                        strong.append((p.i, _clean_place(_place_span(p)), "border-with"))
            for c in tok.children:
                # "to the capital Mogadishu", "in the town Kalgoorlie": the name set beside
                if c.dep_ == "appos" and c.pos_ == "PROPN" and tok.dep_ == "pobj" and \
                        tok.head.lower_ != "of" and c.i == tok.i + 1 and \
                        c.ent_type_ in {"GPE", "LOC", "ORG", ""} and \
                        low in _SUB_CITY | {"capital", "province", "region", "state"} and \
                        tok.doc[c.i + 1:c.i + 2].text.lower() not in {"for", "of"}:
                    strong.append((c.i, _clean_place(_place_span(c)), "place-appos"))
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        # any label: the small model tags such names PERSON or ORG too
                        if p.dep_ == "pobj" and p.pos_ == "PROPN" and \
                                p.ent_type_ not in _NON_PLACE_ENTS - {"PERSON"}:
                            strong.append((p.i, _clean_place(_place_span(p)), "place-of"))
                            # "the Chicago suburb of Portage": the named suburb, not the city
                            if low in _SUB_CITY:
                                named = {c2.i for c2 in tok.subtree if c2.i < tok.i}
                                if low in _SETTLEMENTS and tok.doc[tok.i - 1].pos_ == "PROPN":
                                    # "the Damadola village of Bajaur": the village is named
                                    named = set()
                                strong = [c3 for c3 in strong if c3[0] not in named]
    dateline = _dateline(sent)
    if dateline is not None:
        strong.append(dateline)
    strong = [c for c in strong if _plausible_place(c[1])]
    weak = [c for c in weak if _plausible_place(c[1])]
    clause = _clause_tokens(anchor) if anchor is not None else set()
    speaker = _speaker_tokens(sent)
    for cands in (strong, weak):
        if cands:
            # a place in the counted fact's own clause beats one elsewhere in the sentence;
            # a place only locating who reports ("Doctors in X say ...") comes last;
            # then a city/region beats a country; then the first named
            cands.sort(key=lambda c: (c[0] not in clause, c[0] in speaker, c[2] == "appos",
                                      c[0]))
            own = [c for c in cands if c[0] in clause] or cands
            specific = [c for c in own if normalise_actor(c[1]) != c[1]]
            best = (specific or own)[0]
            return best[1], f"loc:{best[2]}"
    return None, ""


# events and weapons a place name can modify: "Iraq roadside bomb", "Bali bombing"
_PLACED_EVENTS = {"bomb", "bombing", "attack", "blast", "explosion", "raid", "strike", "ambush",
                "clash", "crash", "shooting", "massacre", "offensive", "battle", "fighting"}
# "the Chicago suburb of Portage", "the Euphrates valley town of Haditha": the named place
# itself (but "the Darfur region of Sudan" keeps Darfur)
_OWNED_PEOPLE = {"soldier", "troop", "force", "military", "army", "marine", "official",
                 "officer", "personnel", "serviceman", "servicemen", "citizen", "national",
                 "diplomat", "embassy", "convoy", "patrol", "contingent", "government"}
_SETTLEMENTS = {"town", "city", "village", "hamlet"}
# offices named "of" a field ("Secretary of War", "Ministry of Interior")
_OFFICE_HEADS = {"secretary", "minister", "ministry", "department", "office", "bureau",
                 "secretariat", "director", "commissioner", "chief", "head",
                 # "President of the French Republic", "Chancellor of Germany": an office
                 "president", "chancellor", "king", "queen", "emperor", "governor",
                 "ambassador", "premier", "mayor", "envoy", "prince"}
# words whose "in" is no place: "shares in Microsoft", "faith in X", "broadcast in Swahili",
# "cuts in Medicare"; and members of a body ("lawmakers in Fidesz", tagged ORG)
_IN_NOT_PLACE = {"share", "stake", "faith", "belief", "confidence", "trust", "interest",
                 "investment", "cut", "rise", "fall", "increase", "decrease", "drop", "decline",
                 "growth", "change", "role", "part", "participation", "involvement", "broadcast",
                 "translation", "expert", "degree", "course", "lesson", "class", "conversion",
                 "victory", "win", "defeat", "stock", "holding", "vote", "fluency"}
_IN_NOT_PLACE_VERBS = {"invest", "believe", "trust", "broadcast", "speak", "write", "publish",
                       "sing", "translate", "convert", "preach"}
_IN_MEMBERS = {"member", "lawmaker", "legislator", "mp", "faction", "dissident", "deputy",
               "senator", "colleague"}


def _share_in(prep: Token) -> bool:
    """'shares in X', 'a stake in X', 'faith in X': the noun right before 'in' takes what
    follows as its object, however the parser attached the preposition."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in {
        "share", "stake", "faith", "belief", "confidence", "trust", "interest", "investment",
        "holding", "stock", "fluency"}


def _in_not_locative(tok: Token) -> bool:
    """The proper name after 'in' is what the word before governs, not where: a company,
    a person, a language, a faith, a programme, or a party its members sit in."""
    gov = tok.head.head
    if _share_in(tok.head):
        return True
    if gov is tok.head:
        return False
    lemma = gov.lemma_.lower()
    if lemma in _IN_NOT_PLACE and gov.pos_ == "NOUN" or lemma in _IN_NOT_PLACE_VERBS and \
            gov.pos_ == "VERB":
        return True
    return lemma in _IN_MEMBERS
# words that make a proper name an institution or a work, not a place
_INSTITUTION_WORDS = {"congress", "parliament", "senate", "house", "assembly", "council", "court",
                      "committee", "ministry", "department", "agency", "university", "college",
                      "school", "journal", "times", "post", "news", "magazine", "party", "bank",
                      "company", "corporation", "inc", "ltd", "group", "office", "commission",
                      "cabinet", "government", "army", "police", "force", "forces", "league",
                      "union", "association", "foundation", "institute", "church", "hospital",
                      "tribune", "herald", "guardian", "telegraph", "review", "report", "act",
                      "bill", "law", "treaty", "constitution", "program", "programme", "project",
                      "cup", "games", "olympics", "series", "award", "prize", "festival"}
_SUB_CITY = {"suburb", "neighbourhood", "neighborhood", "district", "quarter",
             "township"} | _SETTLEMENTS
# verbs whose "to X" is where the people or things sent end up
_SENDING = {"send", "deploy", "dispatch", "despatch", "commit", "move", "transfer", "redeploy",
            "contribute", "airlift", "fly", "rush", "add", "evacuate", "relocate"}


_SENDING_NOUNS = {"deployment", "dispatch", "despatch", "transfer", "redeployment", "shipment",
                  "delivery", "airlift", "evacuation", "relocation"}


def _is_sending(tok: Token) -> bool:
    """'sent 200 troops to Afghanistan', 'troops to Afghanistan' (a headline's noun phrase)."""
    if tok.lemma_.lower() in _SENDING or (
            tok.dep_ == "conj" and tok.head.lemma_.lower() in _SENDING):
        return True
    # "approved the deployment of 10,000 troops to southern Sudan"
    if tok.pos_ in {"VERB", "AUX"} and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _SENDING_NOUNS for c in tok.children):
        return True
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in {"troop", "soldier", "force", "aid",
                                                         "reinforcement", "peacekeeper",
                                                         "personnel"}


_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
            "north-east", "north-west", "south-east", "south-west"}
SITUATE_VERBS = {"locate", "situate", "lie"}


def _noun_head(tok: Token) -> Token:
    """The last noun of a compound chain ("refugee" -> "camp" in "Dagana refugee camp")."""
    while tok.dep_ == "compound" and tok.head != tok:
        tok = tok.head
    return tok


def _has_distance(tok: Token) -> bool:
    """'60 miles from', '160 km northeast': ``tok`` carries a distance (a number or a
    counted measure) as its modifier."""
    for c in tok.children:
        if c.dep_ in {"npadvmod", "nummod", "compound"} and (
                c.pos_ == "NUM" or any(g.dep_ == "nummod" for g in c.children)):
            return True
    return False


_SPEAKER_VERBS = {"say", "report", "claim", "announce", "confirm", "state", "tell", "add"}


def _speaker_tokens(sent: Span) -> set[int]:
    """Token indices of the subject of a reporting verb with a clausal complement
    ("Doctors in X say that ..."): a place there locates the speaker, not the fact."""
    out: set[int] = set()
    for tok in sent:
        if tok.lemma_ in _SPEAKER_VERBS and any(c.dep_ == "ccomp" for c in tok.children):
            for c in tok.children:
                if c.dep_ in {"nsubj", "nsubjpass"}:
                    out.update(t.i for t in c.subtree)
    return out


def _clause_tokens(anchor: Token) -> set[int]:
    """Token indices of the smallest clause around ``anchor`` (its nearest verb's subtree,
    climbing over participles that only modify a noun: "troops killed in X")."""
    cur = anchor
    for _ in range(10):
        if cur.pos_ in {"VERB", "AUX"} and cur.dep_ not in {"acl", "amod", "xcomp", "aux",
                                                            "auxpass"}:
            break
        if cur.head == cur:
            break
        cur = cur.head
    # coordinated verbs share their subject ("bombs in X killed 9 and wounded 20")
    while cur.dep_ == "conj" and cur.head.pos_ in {"VERB", "AUX"} and cur.head != cur:
        cur = cur.head
    return {t.i for t in cur.subtree}


def _is_demonym(text: str) -> bool:
    """'Sri Lankan', 'Israeli', 'Afghan': an adjective of a country, not its name."""
    a = normalise_actor(text)
    return a is not None and a.lower() != text.lower() and \
        re.search(r"(?:an|ian|ese|ish|i|ic)s?$", text) is not None and \
        text.lower() not in _lex().get("capital_aliases", {})


def _plausible_place(text: str) -> bool:
    """A place name has a capital letter ("metro" tagged FAC is not one) and no breaks."""
    return bool(text) and not re.search(r"[\n:;]", text) and any(ch.isupper() for ch in text)


# "in the country", "across the capital": a bare place noun standing for a place the
# article named before; the kind of place it stands for
_ANAPHORIC_PLACES = {"country": "country", "nation": "country", "capital": "capital",
                     "city": "city"}
# ("across the country", "throughout the nation" spread a count over the whole land: no place)
_ANAPHOR_PREPS = {"in", "inside", "within", "into", "to"}


def anaphoric_place(sent: Span) -> tuple[str, int] | None:
    """The kind of place a bare 'the country' / 'the capital' in ``sent`` refers back to,
    and the token where it stands.

    Only a noun with 'the' and nothing naming it ("the Iraqi capital", "the capital Kabul",
    "the city of Basra" and "a country" name their own place or none) after a locative
    preposition, or after "of" under a part noun ("the north of the country")."""
    for tok in sent:
        kind = _ANAPHORIC_PLACES.get(tok.lower_)
        if kind is None or tok.dep_ != "pobj":
            continue
        prep = tok.head
        if prep.lower_ not in _ANAPHOR_PREPS and not (
                prep.lower_ == "of" and prep.head.lower_ in _PART_NOUNS | _COMPASS):
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        if any(c.dep_ in {"amod", "compound", "prep", "appos", "poss", "relcl", "acl", "nmod"}
               for c in tok.children):
            continue
        return kind, tok.i
    return None


def antecedent_place(doc: Doc, before: int, kind: str, since: int = 0) -> str | None:
    """The place of ``kind`` the article names last between tokens ``since`` and ``before``:
    a country (its name or its capital: "Baghdad" -> Iraq), a capital (one the lexicon
    knows) or a city (a place name that is no country, or a capital)."""
    capitals = _lex().get("capital_aliases", {})
    sent_start = doc[before].sent.start
    for ent in reversed([e for e in doc.ents if since <= e.start and e.end <= before]):
        if ent.label_ != "GPE":
            continue
        root = ent.root
        if ent.start >= sent_start and not (root.dep_ == "pobj" or (
                root.dep_ in {"compound", "amod", "nmod"}
                and not any(c.dep_ == "nummod" for c in root.head.children))):
            # in the anaphor's own sentence a place after a preposition ("According to
            # Lebanon, 63 were killed in the country") or naming a body ("Bangladesh police
            # arrested six in parts of the country"), not the owner of a counted thing
            # ("5,000 U.S. troops in the country") or a subject ("Syria has 14,000 soldiers
            # in the country")
            continue
        name = _clean_place(ent.text)
        if not _plausible_place(name):
            continue
        country = normalise_actor(name)
        if kind == "country" and country is not None:
            return country  # (a capital stands for its country: "Baghdad" -> Iraq)
        if kind == "capital" and name.lower() in capitals:
            return name
        if kind == "city" and ent.label_ == "GPE" and (
                country is None or name.lower() in capitals):
            return name
    return None


# verbs whose subject gives, asks for or announces the money it governs
_MONEY_GIVING = _PAYING | {"announce", "promise", "commit", "request", "ask", "approve",
                           "earmark", "unveil", "propose", "seek", "provide", "award",
                           "budget", "set", "sign", "authorize", "authorise"}
_MONEY_PATH = {"dobj", "pobj", "prep", "nummod", "compound", "quantmod", "nmod", "npadvmod",
               "amod"}


def money_giver(span: Span) -> str | None:
    """The country whose government pays, asks for or announces the money: a country or
    its people's adjective in the subject ("Canadian Prime Minister Stephen Harper
    announced C$200 million", "the Japanese cabinet approved $4 billion"). Companies and
    persons are no country here: only a name the lexicon knows as one."""
    cur = span.root
    for _ in range(6):
        if cur.pos_ in {"VERB", "AUX"} or cur.head == cur or cur.dep_ not in _MONEY_PATH:
            break
        cur = cur.head
    if cur.pos_ not in {"VERB", "AUX"} or cur.lemma_.lower() not in _MONEY_GIVING:
        return None
    verb = cur
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ in {"xcomp", "conj"}:  # "Japan plans to give", "met and pledged"
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subj or subj[0].lower_ in {"it", "they", "we", "he", "she", "i", "you"}:
        return None
    for t in subj[0].subtree:
        if t.ent_type_ in {"NORP", "GPE"} and t.dep_ in {"amod", "compound", "nsubj", "poss"}:
            a = normalise_actor(entity_span(t).text if entity_span(t) is not None else t.text)
            if a and a.lower() not in _lex().get("capital_aliases", []):
                return a
    return None


_DASHES = {"—", "–", "--", "-"}


def _dateline(sent: Span) -> tuple[int, str, str] | None:
    """'Diwaniya, Iraq — At least 27 people ...', 'Turkey - Two more killed': a place name
    (and its country) opening the sentence before a dash places everything after it."""
    doc = sent.doc
    first = doc[sent.start]
    ent = entity_span(first)
    if ent is not None and ent.start == first.i and first.ent_type_ in {"GPE", "LOC"}:
        end, name = ent.end, ent.text
    elif first.pos_ == "PROPN" and normalise_actor(first.text) == first.text:
        end, name = first.i + 1, first.text  # a country the small model left unlabelled
    elif first.pos_ == "PROPN" and not first.ent_type_:
        end = first.i + 1  # a town the small model does not know, before ", Country"
        while end < sent.end and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
            end += 1
        name = doc[first.i:end].text
        if not (end + 1 < sent.end and doc[end].text == "," and
                doc[end + 1].ent_type_ == "GPE"):
            return None
    else:
        return None
    if end + 1 < sent.end and doc[end].text == "," and doc[end + 1].ent_type_ == "GPE":
        nxt = entity_span(doc[end + 1])
        end = nxt.end if nxt is not None else end + 2
    # (a dash within a name, "Guinea-Bissau", has no space before it)
    if end < sent.end and doc[end].text in _DASHES and (
            doc[end - 1].whitespace_ or doc[end].text != "-"):
        return first.i, _clean_place(name), "dateline"
    return None
