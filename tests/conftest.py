"""Shared fixtures: temporary warehouses, the sample corpus, ../shared."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest

from pipeline.config import Settings

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample" / "corpus"
SHARED = ROOT.parent / "shared"


def make_settings(folder: Path) -> Settings:
    return Settings(db_path=folder / "ledger.duckdb", inbox=folder / "inbox",
                    state_dir=folder / "state")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def instance() -> dg.DagsterInstance:
    with dg.DagsterInstance.ephemeral() as inst:
        yield inst


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory: pytest.TempPathFactory):
    """The sample corpus run once into a temporary warehouse: (settings, summary)."""
    from assets.runner import run_input

    s = make_settings(tmp_path_factory.mktemp("sample"))
    with dg.DagsterInstance.ephemeral() as inst:
        summary = run_input(SAMPLE, s, dagster_instance=inst)
    return s, summary


def shared(*parts: str) -> Path:
    """A path under ../shared; skips the test where that folder is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path
