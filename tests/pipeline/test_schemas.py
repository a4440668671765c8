"""The pandera models are the one definition of every published table."""

from __future__ import annotations

import duckdb

from pipeline.storage.ddl import columns
from pipeline.validate.schemas import PUBLISHED_MODELS


def test_every_published_table_matches_its_model_in_duckdb(sample_run) -> None:
    settings, _ = sample_run
    con = duckdb.connect(str(settings.db_path), read_only=True)
    try:
        for table, model in PUBLISHED_MODELS.items():
            stored = dict(con.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = ? ORDER BY ordinal_position", [table]).fetchall())
            assert stored == columns(model), table
    finally:
        con.close()
