"""Extraction scores on our held-out sets: Wikinews articles annotated per GUIDE.md.

    .venv/bin/python benchmarks/heldout.py [--keep DIR]

The sets live in ``benchmarks/heldout/<set>/``: ``claims.jsonl`` holds the gold rows
with the sentence given as character offsets (``sentence_span``) into the article,
and ``docs.tsv`` lists the articles (id, url, date). No article text is stored in the
repository: each document is rebuilt as ``title + "\\n\\n" + text + "\\n"`` from the
shared corpus (``../shared/corpora/wikinews/articles.jsonl``, or ``CLAIMLEDGER_CORPUS``)
into a temporary gold directory, the real pipeline runs over all of them once
(``claimledger run`` + ``export``, as ``make eval`` does for the dev set), and the
reference scorer scores each set and all sets pooled.

``benchmarks/heldout/README.md`` says who annotated each set and which extractor
version scored it first, before any rule was written from its errors.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.eval import run_pipeline, score  # noqa: E402

SETS = ROOT / "benchmarks" / "heldout"
CORPUS = Path(os.environ.get(
    "CLAIMLEDGER_CORPUS", ROOT.parent / "shared" / "corpora" / "wikinews" / "articles.jsonl"))


def article_texts(corpus: Path, ids: set[str]) -> dict[str, str]:
    """doc id -> the document text the annotators read (headline, blank line, body)."""
    out: dict[str, str] = {}
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["id"] in ids:
                out[rec["id"]] = rec["title"] + "\n\n" + rec["text"] + "\n"
    return out


def set_docs(set_dir: Path) -> list[tuple[str, str, str]]:
    """(doc id, url, date) rows of a set's docs.tsv."""
    with open(set_dir / "docs.tsv", encoding="utf-8") as f:
        return [(r[0], r[1], r[2] if len(r) > 2 else "") for r in csv.reader(f, delimiter="\t")
                if r]


def build_gold(set_dir: Path, texts: dict[str, str], out: Path) -> None:
    """Write a scorer-ready gold directory (docs/, sources.tsv, claims.jsonl) for one set."""
    (out / "docs").mkdir(parents=True, exist_ok=True)
    docs = set_docs(set_dir)
    with open(out / "sources.tsv", "w", encoding="utf-8") as f:
        for doc_id, url, date in docs:
            (out / "docs" / f"{doc_id}.txt").write_text(texts[doc_id], encoding="utf-8")
            f.write(f"{doc_id}\t{url}\t{date}\n")
    with open(set_dir / "claims.jsonl", encoding="utf-8") as src, \
            open(out / "claims.jsonl", "w", encoding="utf-8") as dst:
        for line in src:
            row = json.loads(line)
            start, end = row.pop("sentence_span")
            sentence = texts[row["doc"]][start:end]
            if row["quantity_text"] not in sentence:
                raise ValueError(f"{set_dir.name}: offsets do not fit {row['doc']}")
            dst.write(json.dumps({"doc": row["doc"], "sentence": sentence, **row},
                                 ensure_ascii=False) + "\n")


def main(argv: list[str]) -> int:
    sets = sorted((p for p in SETS.iterdir() if (p / "claims.jsonl").exists()),
                  key=lambda p: int(p.name.removeprefix("set")))
    if not CORPUS.exists():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 2
    docs = {s: set_docs(s) for s in sets}
    ids = {doc_id for rows in docs.values() for doc_id, _u, _d in rows}
    texts = article_texts(CORPUS, ids)
    missing = ids - texts.keys()
    if missing:
        print(f"{len(missing)} held-out articles are not in {CORPUS}", file=sys.stderr)
        return 2
    keep = Path(argv[argv.index("--keep") + 1]) if "--keep" in argv else None
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = keep or Path(tmp_name)
        tmp.mkdir(parents=True, exist_ok=True)
        pooled = tmp / "all"
        (pooled / "docs").mkdir(parents=True, exist_ok=True)
        records, gold_rows, sources = [], [], []
        pooled_ids: set[str] = set()
        for s in sets:
            gold = tmp / s.name
            build_gold(s, texts, gold)
            # an article two sets hold (sets 1 and 26 share nine) is pooled once, with the
            # gold of the first set that holds it
            new = {d for d, _u, _x in docs[s]} - pooled_ids
            gold_rows.extend(line for line in (gold / "claims.jsonl").read_text(
                encoding="utf-8").splitlines(keepends=True) if json.loads(line)["doc"] in new)
            for doc_id, url, date in docs[s]:
                if doc_id not in new:
                    continue
                sources.append(f"{doc_id}\t{url}\t{date}\n")
                (pooled / "docs" / f"{doc_id}.txt").write_text(texts[doc_id], encoding="utf-8")
                records.append({"id": doc_id, "date": date or None, "text": texts[doc_id]})
            pooled_ids |= new
        (pooled / "claims.jsonl").write_text("".join(gold_rows), encoding="utf-8")
        (pooled / "sources.tsv").write_text("".join(sources), encoding="utf-8")
        ours = run_pipeline(records, tmp)
        print("== ClaimLedger on our held-out sets (benchmarks/heldout/README.md) ==")
        for s in sets:
            n = sum(1 for _ in open(s / "claims.jsonl", encoding="utf-8"))
            line = score(ours, tmp / s.name).splitlines()[-1]
            print(f"{s.name} ({len(docs[s])} docs, {n} claims): {line}")
        print(f"all ({len(records)} docs): {score(ours, pooled).splitlines()[-1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
