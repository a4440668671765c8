"""Pattern and lexicon data for the claim extractor (kept as JSON, loaded once)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_DIR = Path(__file__).resolve().parent


@cache
def load(name: str) -> Any:
    """Load ``<name>.json`` from this directory (cached)."""
    with open(_DIR / f"{name}.json", encoding="utf-8") as f:
        return json.load(f)
