"""Agreement between two independent annotations of the same held-out articles.

    .venv/bin/python benchmarks/agreement.py

``benchmarks/heldout/second/<set>/`` holds a second annotation of ``<set>``, made by
annotators who saw neither the first one nor the extractor. The reference scorer scores
the second against the first (detection and claim F1 are symmetric; field accuracy is
over the matched pairs), which bounds what any extractor can score on these sets.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.heldout import CORPUS, SETS, article_texts, build_gold, set_docs  # noqa: E402

SECOND = SETS / "second"
SCORER = ROOT.parent / "shared" / "gold" / "score.py"


def main() -> int:
    pairs = sorted(p.name for p in SECOND.iterdir() if (p / "claims.jsonl").exists())
    if not CORPUS.exists() or not SCORER.exists():
        print(f"needs {CORPUS} and {SCORER}", file=sys.stderr)
        return 2
    ids = {d for name in pairs for d, _u, _t in set_docs(SETS / name)}
    texts = article_texts(CORPUS, ids)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for name in pairs:
            first, second = tmp / name / "first", tmp / name / "second"
            build_gold(SETS / name, texts, first)
            build_gold(SECOND / name, texts, second)
            out = subprocess.run(
                [sys.executable, str(SCORER), str(first), str(second / "claims.jsonl")],
                capture_output=True, text=True, check=True).stdout
            print(f"{name}, second annotation against the first: {out.splitlines()[-1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
