"""Getting a Dask client: a local cluster on 127.0.0.1, or an existing scheduler."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import EntenteError

__all__ = ["connect", "worker_count"]


@contextmanager
def connect(workers: int | None = None, scheduler: str | None = None) -> Iterator[object]:
    """Yield a `dask.distributed.Client`; a local cluster is shut down on exit.

    `workers` starts that many single-threaded worker processes bound to 127.0.0.1 (spaCy
    holds the GIL, so processes, not threads, give parallel coding). `scheduler` connects to
    a running cluster at ADDRESS (e.g. ``tcp://10.0.0.5:8786``) and leaves it running.
    """
    from dask.distributed import Client, LocalCluster

    if (workers is None) == (scheduler is None):
        raise EntenteError("give either --workers N or --scheduler ADDRESS, not both or neither")
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise EntenteError(f"cannot reach Dask scheduler at {scheduler}: {exc}") from None
        try:
            yield client
        finally:
            client.close()
        return
    if workers is None or workers < 1:
        raise EntenteError(f"--workers must be at least 1, got {workers}")
    # Every listener (scheduler, its HTTP status page, nannies, workers) on loopback; the
    # status page on a free port, so several clusters on one machine never collide.
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           host="127.0.0.1", dashboard_address="127.0.0.1:0",
                           silence_logs=logging.CRITICAL)
    try:
        with Client(cluster) as client:
            yield client
    finally:
        cluster.close()


def worker_count(client: object) -> int:
    """How many workers the scheduler knows now (at least 1, for sizing the work window)."""
    info = client.scheduler_info()  # type: ignore[attr-defined]
    return max(1, len(info.get("workers", {})))
