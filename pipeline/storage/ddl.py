"""DuckDB DDL derived from the pandera models, never written by hand."""

from __future__ import annotations

import pandera.pandas as pa

from pipeline.validate.schemas import TABLE_MODELS

_SQL_TYPES = {
    "str": "VARCHAR",
    "string": "VARCHAR",
    "float64": "DOUBLE",
    "int64": "BIGINT",
    "bool": "BOOLEAN",
    "datetime64[ns]": "TIMESTAMP",
}


def sql_type(column: pa.Column) -> str:
    """The DuckDB type of one pandera column."""
    override = (column.metadata or {}).get("sql")
    if override:
        return override
    return _SQL_TYPES[str(column.dtype)]


def columns(model: type[pa.DataFrameModel]) -> dict[str, str]:
    """Column name -> DuckDB type, in model order."""
    return {name: sql_type(col) for name, col in model.to_schema().columns.items()}


def create_table_sql(table: str, model: type[pa.DataFrameModel], *, loose: bool = False) -> str:
    """CREATE TABLE for a model. `loose` drops NOT NULL (staging tables)."""
    cols = []
    for name, col in model.to_schema().columns.items():
        null = "" if (loose or col.nullable) else " NOT NULL"
        cols.append(f"    {name} {sql_type(col)}{null}")
    return f"CREATE TABLE IF NOT EXISTS {table} (\n" + ",\n".join(cols) + "\n)"


def all_tables_sql() -> list[str]:
    """DDL for every stored table, the staging table of raw extractions included."""
    from pipeline.validate.schemas import ClaimSchema

    stmts = [create_table_sql(t, m) for t, m in TABLE_MODELS.items()]
    stmts.append(create_table_sql("claims_extracted", ClaimSchema, loose=True))
    return stmts
