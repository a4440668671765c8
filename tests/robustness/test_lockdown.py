"""Lock-down: names in SQL come from allow-lists, the UI binds to loopback."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from pipeline.storage import warehouse as wh
from pipeline.storage.parquet_store import partition_url
from pipeline.validate.table_checks import failures_sql
from tests.conftest import ROOT


@pytest.mark.parametrize("table", ["claims; DROP TABLE documents", "pg_catalog.x", "Claims"])
def test_table_names_outside_the_allow_list_are_refused(tmp_path, table: str) -> None:
    con = wh.connect(tmp_path / "l.duckdb")
    wh.ensure_schema(con)
    with pytest.raises(ValueError):
        wh.append(con, table, pd.DataFrame({"a": [1]}))
    with pytest.raises(ValueError):
        wh.delete_batch(con, table, "b")
    with pytest.raises(ValueError):
        wh.count(con, table)


def test_values_are_bound_parameters(tmp_path) -> None:
    con = wh.connect(tmp_path / "l.duckdb")
    wh.ensure_schema(con)
    wh.delete_batch(con, "claims", "x' OR '1'='1")  # a value, not SQL
    assert wh.count(con, "claims", "x' OR '1'='1") == 0


@pytest.mark.parametrize("name", ["x' OR 1=1 --", "a b", "run;drop", ""])
def test_shown_sql_refuses_odd_names(name: str) -> None:
    with pytest.raises(ValueError):
        failures_sql(name, "run-1")
    with pytest.raises(ValueError):
        failures_sql("claims_schema", name)


def test_partition_paths_refuse_traversal() -> None:
    with pytest.raises(ValueError):
        partition_url("/lake", "claims", "../../etc")


def test_ui_binds_to_loopback_by_default() -> None:
    makefile = (ROOT / "Makefile").read_text()
    ui = re.search(r"^ui:.*?\n((?:\t.*\n)+)", makefile, re.M).group(1)
    assert "-h 127.0.0.1" in ui
