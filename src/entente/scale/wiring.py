"""The calls the CLI commands make for their `--workers N | --scheduler ADDRESS` options
(declared in `entente.cli.options`, which does not import Dask).

Each function here does the single-process thing when neither option is given, so a
command makes one call and stays the same with or without a cluster.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import EntenteError
from ..record import Document, Event
from ..sources.report import IngestReport
from ..store import Store
from .coding import DistributedCoder
from .files import ingest_files_distributed

__all__ = ["cluster_coder", "code_documents", "ingest_files"]


def _distributed(workers: int | None, scheduler: str | None) -> bool:
    if workers is not None and scheduler is not None:
        raise EntenteError("give --workers N or --scheduler ADDRESS, not both")
    return workers is not None or scheduler is not None


@contextmanager
def cluster_coder(workers: int | None = None, scheduler: str | None = None
                  ) -> Iterator[DistributedCoder | None]:
    """A `DistributedCoder` on the cluster for the block, or None (the default coder)."""
    if not _distributed(workers, scheduler):
        yield None
        return
    with DistributedCoder(workers, scheduler) as coder:
        yield coder


def code_documents(coder: Any, docs: Iterable[Document], date: date | None = None, *,
                   workers: int | None = None, scheduler: str | None = None,
                   factory: Any = None) -> Iterator[tuple[Document, list[Event]]]:
    """`coder.code_documents(docs, date)`, or the same on a cluster when asked for (there
    built by `factory`, a picklable callable; the default coder when None)."""
    if not _distributed(workers, scheduler):
        yield from coder.code_documents(docs, date)
        return
    with DistributedCoder(workers, scheduler, factory=factory) as distributed:
        yield from distributed.code_documents(docs, date)


def ingest_files(store: Store, files: Iterable[str | Path], ingest: Callable[..., IngestReport],
                 *, kind: str, workers: int | None = None, scheduler: str | None = None,
                 **options: Any) -> IngestReport:
    """`ingest(store, files, **options)`, or the same one file a partition on a cluster."""
    if not _distributed(workers, scheduler):
        return ingest(store, files, **options)
    return ingest_files_distributed(store, files, ingest, kind=kind, workers=workers,
                                    scheduler=scheduler, **options)
