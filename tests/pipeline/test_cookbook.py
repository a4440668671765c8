"""Every query in docs/queries.md runs against a database built from the sample corpus."""

from __future__ import annotations

import re

import pytest

from pipeline.storage.readers import connect_readonly
from tests.conftest import ROOT

COOKBOOK = ROOT / "docs" / "queries.md"
QUERIES = re.findall(r"^## (.+?)\n.*?```sql\n(.+?)```", COOKBOOK.read_text(), re.S | re.M)


def test_cookbook_has_at_least_eight_questions() -> None:
    assert len(QUERIES) >= 8


@pytest.mark.parametrize("title,sql", QUERIES, ids=[t for t, _ in QUERIES])
def test_cookbook_query_runs(sample_run, title: str, sql: str) -> None:
    settings, _ = sample_run
    con = connect_readonly(settings.db_path)
    try:
        rows = con.execute(sql).fetchall()
    finally:
        con.close()
    assert isinstance(rows, list)
