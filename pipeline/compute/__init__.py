"""Where extraction runs: in this process (the default) or on a Dask cluster.

Both backends take document chunks and yield, per chunk and in chunk order,
(number of documents, Arrow table of its claim rows). A chunk is a list of
(doc_id, text, published); a result holds columns, never a Python object per
claim.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

import pyarrow as pa

from pipeline.compute.work import Chunk, extract_chunk

DASK_ENV = "CLAIMLEDGER_DASK_SCHEDULER"


def run_chunks(chunks: Iterable[Chunk], *, batch_id: str, model: str | None = None,
               scheduler: str | None = None, n_process: int = 1,
               batch_size: int = 64) -> Iterator[tuple[int, pa.Table]]:
    """Extract every chunk, locally or on the Dask scheduler at `scheduler`
    (default: the environment variable CLAIMLEDGER_DASK_SCHEDULER, if set)."""
    scheduler = scheduler or os.environ.get(DASK_ENV) or None
    if scheduler:
        from pipeline.compute.dask_backend import run_on_dask

        yield from run_on_dask(chunks, batch_id=batch_id, model=model, scheduler=scheduler)
        return
    from pipeline.extract import load_pipeline

    nlp = load_pipeline(model)
    for chunk in chunks:
        yield len(chunk), extract_chunk(chunk, batch_id, nlp, n_process=n_process,
                                        batch_size=batch_size)
