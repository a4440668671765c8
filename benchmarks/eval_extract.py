"""Run the ClaimLedger extractor over the dev gold docs and score it.

    .venv/bin/python benchmarks/eval_extract.py [PRED.jsonl] [--gold DIR]
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.extract import extract_batch, load_pipeline  # noqa: E402

GOLD = Path("/work/shared/gold/dev")
SCORER = Path("/work/shared/gold/score.py")
FIELDS = ("sentence", "quantity_text", "value", "value_high", "bound", "metric", "unit", "actor",
          "location", "source", "source_type", "date_text")


def load_docs(gold: Path) -> list[tuple[str, str, dt.date | None]]:
    dates: dict[str, dt.date | None] = {}
    with open(gold / "sources.tsv", encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if len(row) >= 3 and row[2].strip():
                try:
                    dates[row[0]] = dt.date.fromisoformat(row[2].strip())
                except ValueError:
                    dates[row[0]] = None
    docs = []
    for p in sorted((gold / "docs").glob("*.txt")):
        docs.append((p.stem, p.read_text(encoding="utf-8"), dates.get(p.stem)))
    return docs


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    gold = GOLD
    if "--gold" in argv:
        gold = Path(argv[argv.index("--gold") + 1])
        args = [a for a in args if a != str(gold)]
    out = Path(args[0]) if args else Path("/tmp/pred.jsonl")
    nlp = load_pipeline()
    docs = load_docs(gold)
    t0 = time.perf_counter()
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for doc_id, claims in extract_batch(nlp, docs):
            for c in claims:
                row = {"doc": doc_id, **{k: c[k] for k in FIELDS}}
                row.update({k: c[k] for k in c if k not in row})
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
    elapsed = time.perf_counter() - t0
    print(f"extracted {n} claims from {len(docs)} docs in {elapsed:.2f}s -> {out}")
    subprocess.run([sys.executable, str(SCORER), str(gold), str(out)], check=False)


if __name__ == "__main__":
    main(sys.argv[1:])
