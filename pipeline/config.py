"""Settings shared by the command line, the Dagster definitions and the tests.

Every setting has a default that works in a fresh clone and an environment
variable that overrides it, so the same code runs in `make run`, in the UI and
in CI without edits.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DB = "data/claimledger.duckdb"
DEFAULT_INBOX = "data/inbox"


@dataclass(frozen=True)
class Settings:
    """Where ClaimLedger keeps its state."""

    db_path: Path
    inbox: Path
    state_dir: Path
    model: str | None = None
    parquet_url: str | None = None      # None: a folder beside the database
    dask_scheduler: str | None = None   # None: extract in this process
    chunk_docs: int = 256               # documents per unit of extraction work

    @classmethod
    def from_env(cls, db_path: str | Path | None = None) -> Settings:
        db = Path(db_path or os.environ.get("CLAIMLEDGER_DB", DEFAULT_DB))
        inbox = Path(os.environ.get("CLAIMLEDGER_INBOX", DEFAULT_INBOX))
        state = Path(os.environ.get("CLAIMLEDGER_STATE", str(state_dir_for(db))))
        return cls(db_path=db, inbox=inbox, state_dir=state,
                   model=os.environ.get("CLAIMLEDGER_MODEL") or None,
                   parquet_url=os.environ.get("CLAIMLEDGER_PARQUET_URL") or None,
                   dask_scheduler=os.environ.get("CLAIMLEDGER_DASK_SCHEDULER") or None,
                   chunk_docs=int(os.environ.get("CLAIMLEDGER_CHUNK_DOCS") or 256))


def state_dir_for(db_path: str | Path) -> Path:
    """The folder of batch manifests that belongs to one database file."""
    db = Path(db_path)
    return db.parent / f"{db.stem}.batches"
