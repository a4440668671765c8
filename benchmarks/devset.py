"""The dev gold set: where it lives and how its documents are read."""

from __future__ import annotations

import csv
import datetime as dt
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(os.environ.get("CLAIMLEDGER_GOLD", ROOT.parent / "shared" / "gold" / "dev"))
SCORER = GOLD.parent / "score.py"


def publication_dates(gold: Path) -> dict[str, dt.date | None]:
    """doc id -> publication date, from the gold set's sources.tsv."""
    dates: dict[str, dt.date | None] = {}
    tsv = gold / "sources.tsv"
    if not tsv.exists():
        return dates
    with open(tsv, encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if len(row) >= 3 and row[2].strip():
                try:
                    dates[row[0]] = dt.date.fromisoformat(row[2].strip())
                except ValueError:
                    dates[row[0]] = None
    return dates


def load_docs(gold: Path = GOLD) -> list[tuple[str, str, dt.date | None]]:
    """(doc id, text, publication date) of every document of a gold set."""
    dates = publication_dates(gold)
    return [(p.stem, p.read_text(encoding="utf-8"), dates.get(p.stem))
            for p in sorted((gold / "docs").glob("*.txt"))]


def gold_arg(argv: list[str]) -> tuple[Path, list[str]]:
    """`--gold DIR` from argv (default GOLD) and the remaining positional args."""
    gold = GOLD
    args = [a for a in argv if not a.startswith("--")]
    if "--gold" in argv:
        gold = Path(argv[argv.index("--gold") + 1])
        args = [a for a in args if a != str(gold)]
    return gold, args
