"""Throughput of the extraction stage against a plain ``nlp.pipe`` of the full model.

    .venv/bin/python benchmarks/speed_extract.py [-n 400] [--n-process 1] [--batch-size 64]
                                                [--repeat 1] [--no-prefilter]

Texts are the first N wikinews articles (title + blank line + text).  The baseline is what
a user starts from: ``spacy.load(model)`` then ``for d in nlp.pipe(texts, batch_size=64):
pass`` (single process).  Both run in this process and alternate block by block (``--block``
articles at a time), so a noisy neighbour on the machine slows both alike; ``--repeat``
runs everything again and keeps the best total of each.  words/s counts whitespace-separated
words of the original texts.  The RSS line samples the resident memory while our stream
runs (it should stay flat).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

from pipeline.extract import (  # noqa: E402
    DEFAULT_MODEL,
    PREFILTER_ENV,
    extract_batch,
    load_pipeline,
)

CORPUS = Path("/work/shared/corpora/wikinews/articles.jsonl")


def load_texts(n: int, corpus: Path = CORPUS) -> list[str]:
    texts = []
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            if len(texts) >= n:
                break
            d = json.loads(line)
            texts.append(f"{d.get('title') or ''}\n\n{d.get('text') or ''}")
    return texts


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def run_plain(nlp: spacy.language.Language, texts: list[str], batch_size: int) -> float:
    t0 = time.perf_counter()
    for _d in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - t0


def run_ours(nlp: spacy.language.Language, texts: list[str], batch_size: int,
             n_process: int) -> tuple[float, int, list[float]]:
    items = ((str(i), t, None) for i, t in enumerate(texts))
    rss: list[float] = []
    n_claims = 0
    t0 = time.perf_counter()
    for k, (_doc_id, claims) in enumerate(extract_batch(nlp, items, batch_size=batch_size,
                                                         n_process=n_process)):
        n_claims += len(claims)
        if k % 100 == 0:
            rss.append(rss_mb())
    return time.perf_counter() - t0, n_claims, rss


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=400, help="number of articles (default 400)")
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--repeat", type=int, default=1, help="repeat, report the best totals")
    ap.add_argument("--block", type=int, default=100, help="articles per alternation")
    ap.add_argument("--no-prefilter", action="store_true", help="analyse whole texts")
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    if args.no_prefilter:
        os.environ[PREFILTER_ENV] = "0"
    texts = load_texts(args.n)
    words = sum(len(t.split()) for t in texts)
    plain = spacy.load(args.model or os.environ.get("CLAIMLEDGER_MODEL") or DEFAULT_MODEL)
    ours = load_pipeline(args.model)
    # warm up both (model loading, pattern files, caches)
    run_plain(plain, texts[:5], args.batch_size)
    run_ours(ours, texts[:5], args.batch_size, 1)
    best_plain = best_ours = float("inf")
    n_claims = 0
    rss: list[float] = []
    for _ in range(args.repeat):
        t_plain = t_ours = 0.0
        n_claims, rss = 0, []
        for b in range(0, len(texts), args.block):
            block = texts[b:b + args.block]
            t_plain += run_plain(plain, block, 64)
            t, n, r = run_ours(ours, block, args.batch_size, args.n_process)
            t_ours, n_claims, rss = t_ours + t, n_claims + n, rss + r
        best_plain, best_ours = min(best_plain, t_plain), min(best_ours, t_ours)
    wp, wo = words / best_plain, words / best_ours
    print(f"articles={len(texts)} words={words} claims={n_claims} "
          f"prefilter={'off' if args.no_prefilter else 'on'} n_process={args.n_process} "
          f"batch_size={args.batch_size}")
    print(f"plain nlp.pipe : {best_plain:7.2f}s {wp:8.0f} words/s")
    print(f"extract_batch  : {best_ours:7.2f}s {wo:8.0f} words/s")
    print(f"ratio          : {wo / wp:.2f}x")
    if rss:
        print(f"RSS during extract_batch (MB): first {rss[0]:.0f} max {max(rss):.0f} "
              f"last {rss[-1]:.0f} (sampled every {min(100, args.block)} articles)")


if __name__ == "__main__":
    main()
