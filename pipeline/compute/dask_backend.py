"""Extraction on a Dask cluster (`dask.distributed`).

Each worker loads the spaCy model once, through a worker plugin, and keeps it
on the worker object. The client submits one task per chunk (retried by Dask
when a worker dies; a task's result is the chunk's whole table, so a retried
chunk replaces, never adds to, what the driver receives) and yields results
in chunk order. Only the driver writes: workers never touch DuckDB.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyarrow as pa
from distributed import Client, WorkerPlugin, get_worker

from pipeline.compute.work import Chunk, extract_chunk

PLUGIN_NAME = "claimledger-spacy"
#: chunks in flight at once, per worker
IN_FLIGHT_PER_WORKER = 2


class SpacyModelPlugin(WorkerPlugin):
    """Loads the extraction pipeline once per worker."""

    name = PLUGIN_NAME

    def __init__(self, model: str | None) -> None:
        self.model = model

    def setup(self, worker) -> None:
        from pipeline.extract import load_pipeline

        worker.claimledger_nlp = load_pipeline(self.model)


def _task(chunk: Chunk, batch_id: str) -> pa.Table:
    nlp = get_worker().claimledger_nlp
    return extract_chunk(chunk, batch_id, nlp)


def run_on_dask(chunks: Iterable[Chunk], *, batch_id: str, model: str | None,
                scheduler: str, retries: int = 3) -> Iterator[tuple[int, pa.Table]]:
    """Yield (documents, table) per chunk, in order, computed on the cluster."""
    with Client(scheduler, set_as_default=False) as client:
        client.register_plugin(SpacyModelPlugin(model), name=PLUGIN_NAME)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        limit = workers * IN_FLIGHT_PER_WORKER
        pending = []
        for i, chunk in enumerate(chunks):
            pending.append((len(chunk), client.submit(
                _task, chunk, batch_id, retries=retries, key=f"claimledger-{batch_id}-{i}")))
            if len(pending) >= limit:
                n, future = pending.pop(0)
                yield n, future.result()
        for n, future in pending:
            yield n, future.result()
