"""A Dask scheduler and workers as separate processes on 127.0.0.1.

For tests and benchmarks on one machine; a real deployment points
CLAIMLEDGER_DASK_SCHEDULER at its own cluster instead.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parents[2]


def wait_until(predicate: Callable[[], bool], what: str, timeout: float = 120.0) -> None:
    """Poll `predicate` until it holds, or raise TimeoutError."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        threading.Event().wait(0.05)


class LocalCluster:
    """`dask scheduler` plus `dask worker` processes (one thread each, no nanny)."""

    def __init__(self, folder: Path, workers: int) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.file = folder / "scheduler.json"
        self.file.unlink(missing_ok=True)
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": env}
        self.scheduler = subprocess.Popen(
            [str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", "0",
             "--no-dashboard", "--scheduler-file", str(self.file)], **quiet)
        self.workers: list[subprocess.Popen] = []
        try:
            wait_until(self.file.exists, "the scheduler file")
            self.workers = [subprocess.Popen(
                [str(BIN / "dask"), "worker", "--scheduler-file", str(self.file), "--host",
                 "127.0.0.1", "--nthreads", "1", "--no-nanny", "--no-dashboard", "--name",
                 f"w{i}"], **quiet) for i in range(workers)]
            from distributed import Client

            self.address = json.loads(self.file.read_text())["address"]
            with Client(self.address, timeout=60) as client:
                client.wait_for_workers(workers, timeout=120)
        except BaseException:
            self.close()
            raise

    def done_tasks(self, prefix: str = "claimledger-") -> int:
        """Tasks of ours whose results are in memory on the cluster."""
        from distributed import Client

        with Client(self.address, timeout=30) as client:
            return client.run_on_scheduler(lambda dask_scheduler: sum(
                1 for ts in dask_scheduler.tasks.values()
                if str(ts.key).startswith(prefix) and ts.state == "memory"))

    def close(self) -> None:
        for proc in [*self.workers, self.scheduler]:
            if proc.poll() is None:
                proc.kill()
            proc.wait()

    def __enter__(self) -> LocalCluster:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
