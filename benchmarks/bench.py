"""`make bench`: throughput and memory of each stage, measured in one run.

Stages, each in its own process so its peak memory is its own:
  plain        the ceiling a user starts from: `nlp.pipe` of the full model over
               every text, one process
  extract      our extraction stage alone (pipeline.extract.extract_batch)
  end_to_end   `claimledger run` into a fresh DuckDB file: all but 50 articles
  incremental  the same warehouse, then a new batch of those 50 articles (every
               N/50-th article of the corpus, so the new ones are of typical length)

BENCH_DOCS=N takes the first N articles of the corpus (default: all 5,833).
The last line is the summary the throughput issue asks for.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("BENCH_CORPUS",
                             ROOT.parent / "shared" / "corpora" / "wikinews" / "articles.jsonl"))
NEW_DOCS = 50


def articles(path: Path, n: int | None) -> Iterator[dict]:
    with path.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if n is not None and i >= n:
                return
            yield json.loads(line)


def doc_text(rec: dict) -> str:
    """The document text as ingest builds it (title as the first paragraph)."""
    title = (rec.get("title") or "").strip()
    return f"{title}\n\n{rec['text']}" if title else rec["text"]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stage_plain(feed: Path) -> dict:
    import spacy

    from pipeline.extract import DEFAULT_MODEL

    nlp = spacy.load(os.environ.get("CLAIMLEDGER_MODEL") or DEFAULT_MODEL)
    texts = [doc_text(r) for r in articles(feed, None)]
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return {"docs": len(texts), "words": words, "seconds": time.perf_counter() - start}


def stage_extract(feed: Path) -> dict:
    from pipeline.extract import extract_batch, load_pipeline

    nlp = load_pipeline()
    items = [(r["id"], doc_text(r), None) for r in articles(feed, None)]
    words = sum(len(t.split()) for _, t, _ in items)
    start = time.perf_counter()
    claims = sum(len(c) for _, c in extract_batch(nlp, items))
    return {"docs": len(items), "words": words, "seconds": time.perf_counter() - start,
            "claims": claims}


def stage_run(feed: Path, db: Path) -> dict:
    import dagster as dg

    from assets.runner import run_input
    from pipeline.config import Settings

    settings = Settings(db_path=db, inbox=db.parent / "inbox", state_dir=db.parent / "state")
    words = sum(len(doc_text(r).split()) for r in articles(feed, None))
    docs = sum(1 for _ in articles(feed, None))
    start = time.perf_counter()
    with dg.DagsterInstance.ephemeral() as inst:
        summary = run_input(feed, settings, dagster_instance=inst)
    took = time.perf_counter() - start
    if not summary.success:
        raise SystemExit(f"run failed: {summary.lines()}")
    return {"docs": docs, "words": words, "seconds": took, "claims": summary.claims}


def child(stage: str, feed: str, db: str | None) -> None:
    sys.path.insert(0, str(ROOT))
    if stage == "plain":
        out = stage_plain(Path(feed))
    elif stage == "extract":
        out = stage_extract(Path(feed))
    else:
        out = stage_run(Path(feed), Path(db))
    out["peak_rss_mb"] = peak_rss_mb()
    print("RESULT " + json.dumps(out), flush=True)


def run_stage(stage: str, feed: Path, db: Path | None = None) -> dict:
    cmd = [sys.executable, __file__, "--child", stage, str(feed)] + ([str(db)] if db else [])
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    lines = [x for x in proc.stdout.splitlines() if x.startswith("RESULT ")]
    if proc.returncode != 0 or not lines:
        sys.stderr.write(proc.stderr[-3000:])
        raise SystemExit(f"stage {stage} failed (exit {proc.returncode})")
    return json.loads(lines[-1][len("RESULT "):])


def show(name: str, r: dict) -> None:
    s = r["seconds"]
    print(f"{name:<12} docs={r['docs']:>5} seconds={s:8.1f} docs_per_s={r['docs'] / s:7.1f} "
          f"words_per_s={r['words'] / s:9.0f} peak_rss_mb={r['peak_rss_mb']:7.0f}"
          + (f" claims={r['claims']}" if "claims" in r else ""), flush=True)


def main() -> int:
    n = int(os.environ["BENCH_DOCS"]) if os.environ.get("BENCH_DOCS") else None
    if not CORPUS.exists():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        recs = list(articles(CORPUS, n))
        full, base, new = tmp / "all.jsonl", tmp / "base" / "base.jsonl", tmp / "new" / "new.jsonl"
        step = max(1, len(recs) // NEW_DOCS)  # new articles spread over the corpus, so
        new_ids = set(range(0, len(recs), step)[:NEW_DOCS])  # they are of typical length
        old_recs = [r for i, r in enumerate(recs) if i not in new_ids]
        new_recs = [r for i, r in enumerate(recs) if i in new_ids]
        for path, part in ((full, recs), (base, old_recs), (new, new_recs)):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part),
                            encoding="utf-8")
        del recs, old_recs, new_recs
        print(f"corpus: {CORPUS} ({sum(1 for _ in articles(full, None))} articles); "
              f"cpus={os.cpu_count()}", flush=True)
        plain = run_stage("plain", full)
        show("plain_spacy", plain)
        ours = run_stage("extract", full)
        show("extract", ours)
        db = tmp / "db" / "bench.duckdb"
        db.parent.mkdir()
        e2e = run_stage("run", base, db)
        show("end_to_end", e2e)
        inc = run_stage("run", new, db)
        show("incremental", inc)
    speedup = (ours["words"] / ours["seconds"]) / (plain["words"] / plain["seconds"])
    per_doc_e2e = e2e["seconds"] / e2e["docs"]
    per_doc_ext = ours["seconds"] / ours["docs"]
    peak = max(r["peak_rss_mb"] for r in (ours, e2e, inc))  # ours; plain is the yardstick
    overhead = per_doc_e2e / per_doc_ext
    print(f"speedup_vs_plain_spacy={speedup:.2f} end_to_end_overhead={overhead:.2f} "
          f"incremental_fraction={inc['seconds'] / e2e['seconds']:.2f} peak_rss_mb={peak:.0f}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None)
    else:
        sys.exit(main())
