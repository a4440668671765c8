"""`make bench`: placeholder until the throughput issue; times one small run."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews" / "articles.jsonl"


def main() -> int:
    import tempfile

    import dagster as dg

    from assets.runner import run_input
    from pipeline.config import Settings

    n = int(os.environ.get("BENCH_DOCS", "500"))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        feed = tmp / "slice.jsonl"
        with CORPUS.open(encoding="utf-8") as src, feed.open("w", encoding="utf-8") as dst:
            for i, line in enumerate(src):
                if i >= n:
                    break
                dst.write(line)
        settings = Settings(db_path=tmp / "b.duckdb", inbox=tmp / "inbox", state_dir=tmp / "s")
        start = time.perf_counter()
        with dg.DagsterInstance.ephemeral() as inst:
            summary = run_input(feed, settings, dagster_instance=inst)
        took = time.perf_counter() - start
    print(f"end_to_end docs={n} seconds={took:.1f} docs_per_s={n / took:.1f} "
          f"claims={summary.claims}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
