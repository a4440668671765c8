"""Run the ClaimLedger extractor over the dev gold docs and score it.

    .venv/bin/python benchmarks/eval_extract.py [PRED.jsonl] [--gold DIR]
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.devset import SCORER, gold_arg, load_docs  # noqa: E402
from pipeline.extract import extract_batch, load_pipeline  # noqa: E402

FIELDS = ("sentence", "quantity_text", "value", "value_high", "bound", "metric", "unit", "actor",
          "location", "source", "source_type", "date_text")




def main(argv: list[str]) -> None:
    gold, args = gold_arg(argv)
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
