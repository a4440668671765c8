"""The held-out gold sets rebuild from the shared corpus exactly where their offsets say."""

import json
from pathlib import Path

import pytest

from benchmarks.heldout import CORPUS, SETS, article_texts, build_gold, set_docs

FIELDS = {"doc", "sentence", "quantity_text", "value", "value_high", "bound", "metric", "unit",
          "actor", "location", "source", "source_type", "date_text"}


@pytest.mark.skipif(not CORPUS.exists(), reason="needs ../shared/corpora/wikinews")
def test_heldout_sets_rebuild_from_the_corpus(tmp_path: Path) -> None:
    sets = sorted(p for p in SETS.iterdir() if (p / "claims.jsonl").exists())
    assert len(sets) >= 4
    # and the second annotations of some sets (benchmarks/agreement.py)
    sets += sorted(p for p in (SETS / "second").iterdir() if (p / "claims.jsonl").exists())
    ids = {d for s in sets for d, _u, _t in set_docs(s)}
    texts = article_texts(CORPUS, ids)
    assert texts.keys() == ids
    for s in sets:
        out = tmp_path / s.parent.name / s.name
        build_gold(s, texts, out)
        rows = [json.loads(line) for line in open(out / "claims.jsonl")]
        assert rows and all(set(r) == FIELDS for r in rows)
        for r in rows:
            # (a sentence broken over a paragraph break keeps its line breaks, verbatim)
            assert r["sentence"].strip() and r["quantity_text"] in r["sentence"]
            assert r["doc"] in {d for d, _u, _t in set_docs(s)}
