"""Resources: where the warehouse lives and how extraction runs."""


from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.config import Settings

WRITER_POOL = "duckdb_writer"
batches = dg.DynamicPartitionsDefinition(name="batches")


class ClaimLedgerSettings(dg.ConfigurableResource):
    """Paths and extractor settings (everything except the DuckDB connection)."""

    state_dir: str
    inbox: str
    model: str = ""
    batch_size: int = 64
    n_process: int = 1

    @property
    def state_path(self) -> Path:
        return Path(self.state_dir)


def build_resources(settings: Settings | None = None) -> dict[str, dg.ConfigurableResource]:
    """The resources of one deployment, from settings (defaults: environment)."""
    s = settings or Settings.from_env()
    return {
        "duckdb": DuckDBResource(database=str(s.db_path)),
        "claimledger": ClaimLedgerSettings(state_dir=str(s.state_dir), inbox=str(s.inbox),
                                           model=s.model or ""),
    }
