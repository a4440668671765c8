"""Partitions as Parquet under an fsspec URL, read back through DuckDB."""

from __future__ import annotations

import duckdb
import pyarrow as pa
import pytest

from pipeline.storage.parquet_store import partition_url, read_partition, write_partition

SCHEMA = pa.schema([("claim_id", pa.string()), ("value", pa.float64())])


def parts(*values: list[float]) -> list[pa.Table]:
    return [pa.table({"claim_id": [f"c{v}" for v in vs], "value": vs}, schema=SCHEMA)
            for vs in values]


@pytest.mark.parametrize("scheme", ["memory", "file"])
def test_partition_round_trips_through_duckdb(tmp_path, scheme: str) -> None:
    base = f"memory://lake-{tmp_path.name}" if scheme == "memory" else str(tmp_path / "lake")
    url, rows = write_partition(base, "claims_extracted", "b-1", parts([1, 2], [], [3]), SCHEMA)
    assert rows == 3 and url.endswith("claims_extracted/batch_id=b-1")
    data = read_partition(base, "claims_extracted", "b-1")
    con = duckdb.connect()
    con.register("part", data)
    assert con.execute("SELECT sum(value), count(*) FROM part").fetchone() == (6.0, 3)


def test_republishing_replaces_the_partition(tmp_path) -> None:
    base = str(tmp_path / "lake")
    write_partition(base, "t", "b-1", parts([1, 2, 3]), SCHEMA)
    write_partition(base, "t", "b-1", parts([7]), SCHEMA)
    assert read_partition(base, "t", "b-1").column("value").to_pylist() == [7.0]
    folder = tmp_path / "lake" / "t"
    assert sorted(p.name for p in folder.iterdir()) == ["batch_id=b-1"]  # no temp leftovers
    # DuckDB reads the published files directly too
    n = duckdb.connect().execute(
        f"SELECT count(*) FROM read_parquet('{folder}/*/*.parquet', hive_partitioning=true)"
    ).fetchone()[0]
    assert n == 1


def test_empty_partition_keeps_its_schema(tmp_path) -> None:
    base = str(tmp_path / "lake")
    write_partition(base, "t", "b-2", [], SCHEMA)
    assert read_partition(base, "t", "b-2").schema == SCHEMA


def test_unsafe_names_refused() -> None:
    for bad in ("../x", "a/b", "", ".hidden"):
        with pytest.raises(ValueError):
            partition_url("/tmp/lake", "t", bad)
