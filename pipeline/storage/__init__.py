"""Storage: DuckDB tables derived from the pandera models, written per batch."""
