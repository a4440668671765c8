"""`make bench-cluster`: extraction on a local Dask cluster with 1 and then 2 workers.

Each worker is its own process with one thread, on 127.0.0.1. The same
documents (the first BENCH_DOCS Wikinews articles; default: all) go through
`pipeline.compute.run_chunks` in chunks of CHUNK_DOCS. The last line is
`speedup=X.XX` (time with 1 worker / time with 2), after a projection of the
time to process 10 million articles from the measured per-worker rate.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench import CORPUS, articles, doc_text  # noqa: E402
from pipeline.compute import run_chunks  # noqa: E402
from pipeline.compute.local_cluster import LocalCluster  # noqa: E402
from pipeline.stages import chunked  # noqa: E402

CHUNK_DOCS = int(os.environ.get("CHUNK_DOCS", "32"))
TARGET = 10_000_000


def timed_run(address: str, items: list) -> tuple[float, int]:
    start = time.perf_counter()
    claims = sum(t.num_rows for _, t in run_chunks(chunked(iter(items), CHUNK_DOCS),
                                                   batch_id="bench", scheduler=address))
    return time.perf_counter() - start, claims


def main() -> int:
    n = int(os.environ["BENCH_DOCS"]) if os.environ.get("BENCH_DOCS") else None
    items = [(r["id"], doc_text(r), None) for r in articles(CORPUS, n)]
    words = sum(len(t.split()) for _, t, _ in items)
    print(f"documents={len(items)} words={words} chunk_docs={CHUNK_DOCS} cpus={os.cpu_count()}")
    times = {}
    with tempfile.TemporaryDirectory() as tmp:
        for workers in (1, 2):
            with LocalCluster(Path(tmp) / f"c{workers}", workers) as cluster:
                timed_run(cluster.address, items[:CHUNK_DOCS])  # load the model everywhere
                seconds, claims = timed_run(cluster.address, items)
            times[workers] = seconds
            print(f"workers={workers} seconds={seconds:.1f} docs_per_s={len(items) / seconds:.1f} "
                  f"words_per_s={words / seconds:.0f} claims={claims}", flush=True)
    per_worker = len(items) / times[1]
    efficiency = (times[1] / times[2]) / 2
    print(f"projection for {TARGET:,} articles (per-worker rate {per_worker:.1f} docs/s, "
          f"scaling efficiency {efficiency:.2f} measured at 2 workers, articles of this "
          f"corpus's mean length {words / len(items):.0f} words):")
    for workers in (1, 8, 32, 128):
        eff = 1.0 if workers == 1 else efficiency
        hours = TARGET / (per_worker * workers * eff) / 3600
        print(f"  workers={workers:<4} hours={hours:8.1f}")
    print(f"speedup={times[1] / times[2]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
