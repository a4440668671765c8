"""Resources: where the warehouse lives and how extraction runs."""


from contextlib import contextmanager
from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.config import Settings
from pipeline.stages import ExtractOptions
from pipeline.storage.locking import writer_lock
from pipeline.storage.parquet_store import default_url

WRITER_POOL = "duckdb_writer"
#: transient failures of a writing step (a database held too long by another
#: process, a lost cluster) are retried with backoff; bad input never raises
WRITER_RETRY = dg.RetryPolicy(max_retries=2, delay=5, backoff=dg.Backoff.EXPONENTIAL)
batches = dg.DynamicPartitionsDefinition(name="batches")


class LockedDuckDBResource(DuckDBResource):
    """DuckDBResource whose connections hold the database's writer lock, so that
    writers in other processes (another run, the command line) wait, not fail."""

    @contextmanager
    def get_connection(self):
        with writer_lock(self.database), super().get_connection() as con:
            yield con


class ClaimLedgerSettings(dg.ConfigurableResource):
    """Paths and extractor settings (everything except the DuckDB connection)."""

    state_dir: str
    inbox: str
    parquet_url: str = ""        # "": a folder beside the database
    model: str = ""
    dask_scheduler: str = ""
    batch_size: int = 64
    n_process: int = 1
    chunk_docs: int = 256

    @property
    def state_path(self) -> Path:
        return Path(self.state_dir)

    def extract_options(self, db_path: str) -> ExtractOptions:
        return ExtractOptions(parquet_url=self.parquet_url or default_url(db_path),
                              model=self.model or None,
                              scheduler=self.dask_scheduler or None,
                              n_process=self.n_process, batch_size=self.batch_size,
                              chunk_docs=self.chunk_docs)


def build_resources(settings: Settings | None = None) -> dict[str, dg.ConfigurableResource]:
    """The resources of one deployment, from settings (defaults: environment)."""
    s = settings or Settings.from_env()
    return {
        "duckdb": LockedDuckDBResource(database=str(s.db_path)),
        "claimledger": ClaimLedgerSettings(
            state_dir=str(s.state_dir), inbox=str(s.inbox), model=s.model or "",
            parquet_url=s.parquet_url or default_url(s.db_path),
            dask_scheduler=s.dask_scheduler or "", chunk_docs=s.chunk_docs),
    }
