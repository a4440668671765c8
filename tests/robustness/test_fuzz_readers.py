"""The byte-level fuzz target over the readers, bounded for the suite, and the
inputs it once failed on, replayed as regression tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.robustness.fuzz_readers import CRASHES, check, target

REGRESSIONS = sorted(CRASHES.glob("*.*")) if CRASHES.is_dir() else []


def test_fuzz_readers_bounded() -> None:
    target(max_examples=300)()


@pytest.mark.parametrize("path", REGRESSIONS, ids=lambda p: p.name)
def test_fuzz_regression(path: Path) -> None:
    check(path.read_bytes(), path.suffix)
