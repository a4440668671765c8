"""`make eval`: extraction scores on the dev gold set, ours next to the baseline.

Runs the real pipeline (`claimledger run` into a temporary DuckDB file, then
`claimledger export`) over ../shared/gold/dev/docs, with each document's
publication date from sources.tsv, and scores the export with the reference
scorer. Then scores `benchmarks/baseline_spacy.py`, the plain spaCy script the
issue describes, on the same documents.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.devset import GOLD, SCORER, load_docs  # noqa: E402

BIN = Path(sys.executable).parent


def dev_records(gold: Path) -> list[dict]:
    return [{"id": doc_id, "date": date.isoformat() if date else None, "text": text}
            for doc_id, text, date in load_docs(gold)]


def score(pred: Path, gold: Path = GOLD) -> str:
    out = subprocess.run([sys.executable, str(SCORER), str(gold), str(pred)],
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()


def run_pipeline(records: list[dict], tmp: Path) -> Path:
    """`claimledger run` over ``records`` into a fresh DuckDB file, then `export`; the
    export's path."""
    feed = tmp / "feed.jsonl"
    with feed.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    db, ours = tmp / "eval.duckdb", tmp / "ours.jsonl"
    # a kept directory (`heldout.py --keep`) may hold an earlier run's warehouse, whose
    # documents the new run would skip as already ingested: start from nothing
    for old in tmp.glob("eval.*"):
        shutil.rmtree(old) if old.is_dir() else old.unlink()
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
    subprocess.run([str(BIN / "claimledger"), "run", "--input", str(feed), "--db", str(db)],
                   check=True, env=env, stdout=subprocess.DEVNULL)
    subprocess.run([str(BIN / "claimledger"), "export", "--db", str(db), "--format",
                    "jsonl", "--out", str(ours)], check=True, stdout=subprocess.DEVNULL)
    return ours


def main() -> int:
    if not (GOLD / "claims.jsonl").exists():
        print(f"no gold set at {GOLD}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        ours = run_pipeline(dev_records(GOLD), tmp)
        base = tmp / "baseline.jsonl"
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "baseline_spacy.py"),
                        str(base), "--gold", str(GOLD)], check=True, stdout=subprocess.DEVNULL)
        print("== baseline: plain spaCy entities + keywords (benchmarks/baseline_spacy.py) ==")
        print(score(base))
        print()
        print("== ClaimLedger (claimledger run + export) ==")
        print(score(ours))
    return 0


if __name__ == "__main__":
    sys.exit(main())
