"""Coding documents on a Dask cluster, with the single-process coder's exact output."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator, Sized
from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import Any

from ..record import Document, Event
from .cluster import connect
from .engine import Finished, Partition, RunReport, fingerprint, run_partitions
from .parquet import read_events
from .worker import (
    CoderFactory,
    CoderPreload,
    code_batch,
    default_factory,
    factory_name,
    worker_coder_version,
)

__all__ = ["DistributedCoder", "code_distributed", "document_partitions", "default_out_dir",
           "BATCH_SIZE"]

#: Documents per partition: large enough that a task's overhead is lost in its work.
BATCH_SIZE = 250


def default_out_dir(kind: str) -> Path:
    """Where partitions go unless told, one folder per kind: ``$ENTENTE_PARTS``, else
    ``$ENTENTE_CACHE/parts``, else ``~/.cache/entente/parts``. Partitions are keyed by
    their contents, so the folder works as a cache: delete it at any time."""
    parts = os.environ.get("ENTENTE_PARTS")
    if parts:
        return Path(parts) / kind
    cache = os.environ.get("ENTENTE_CACHE") or Path.home() / ".cache" / "entente"
    return Path(cache) / "parts" / kind


def document_partitions(docs: Iterable[Document], batch_size: int, settings: str
                        ) -> Iterator[Partition]:
    """Cut the document stream into batches, each keyed by its contents and the settings."""
    batch: list[Document] = []
    index = start = 0
    for number, doc in enumerate(docs):
        if not batch:
            start = number
        batch.append(doc)
        if len(batch) >= batch_size:
            yield _document_partition(index, start, batch, settings)
            index += 1
            batch = []
    if batch:
        yield _document_partition(index, start, batch, settings)


def _document_partition(index: int, start: int, batch: list[Document], settings: str
                        ) -> Partition:
    key = fingerprint(settings, *((d.doc_id, d.text, d.title, d.url, d.publisher, d.pub_date,
                                   d.language, d.kind, d.near_duplicate_of) for d in batch))
    label = f"documents {start + 1}-{start + len(batch)}"
    return Partition(index=index, key=key, label=label, items=len(batch), payload=batch)


class DistributedCoder:
    """A coder that codes on a Dask cluster: `code_documents` as `entente.coder.Coder`'s.

    Give `workers` (a local cluster on 127.0.0.1), `scheduler` (an existing one) or an open
    `client`. Each partition's events are written as Parquet under `out_dir`; a rerun over
    the same documents resumes from there. After all other partitions are handed back, a
    partition that failed on every attempt raises `PartitionError` naming it.

    Example::

        coder = DistributedCoder(workers=2)
        for doc, events in coder.code_documents(read_documents(["news.jsonl"])):
            ...
    """

    def __init__(self, workers: int | None = None, scheduler: str | None = None, *,
                 client: Any = None, out_dir: str | Path | None = None,
                 batch_size: int = BATCH_SIZE, retries: int = 2, progress: bool = True,
                 factory: CoderFactory | None = None, total: int | None = None) -> None:
        self.workers = workers
        self.scheduler = scheduler
        self.client = client
        self.out_dir = Path(out_dir) if out_dir is not None else default_out_dir("code")
        self.batch_size = batch_size
        self.retries = retries
        self.progress = progress
        self.factory = factory or default_factory()
        self.total = total
        #: the report of the last run: partitions computed, resumed and failed
        self.report = RunReport(self.out_dir)
        self._session: ExitStack | None = None
        self._own_client: Any = None
        self._version: str | None = None

    def __enter__(self) -> DistributedCoder:
        """Keep one cluster (and its loaded coders) for every call until the block ends."""
        self._session = ExitStack()
        if self.client is None:
            self._own_client = self._session.enter_context(connect(self.workers, self.scheduler))
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Shut down the cluster this coder started (an outside client is left open)."""
        if self._session is not None:
            session, self._session, self._own_client = self._session, None, None
            session.close()

    @property
    def version(self) -> str:
        """The version the workers' coder stamps on events (and part of partition keys)."""
        if self._version is None:
            client = self.client or self._own_client
            if client is not None:
                self._version = client.submit(worker_coder_version, self.factory,
                                              pure=False).result()
            else:  # no cluster yet: a local coder tells (spaCy itself loads only when used)
                from ..coder import version_of

                self._version = version_of(self.factory())
        return self._version

    def code_documents(self, docs: Iterable[Document], date: date | None = None
                       ) -> Iterator[tuple[Document, list[Event]]]:
        """Yield (document, events) for every document, in input order."""
        for outcome in self._run(docs, date):
            if outcome.error is None:
                yield from _split_by_document(outcome)
        self.report.raise_for_failures()

    def code_document(self, doc: Document, date: date | None = None) -> list[Event]:
        return next(self.code_documents([doc], date=date))[1]

    def _run(self, docs: Iterable[Document], when: date | None) -> Iterator[Finished]:
        self.report = RunReport(self.out_dir)
        settings = f"code|{self.version}|{when}|{factory_name(self.factory)}"
        task = functools.partial(code_batch, factory=self.factory, date=when)
        with ExitStack() as stack:
            client = self.client or self._own_client or \
                stack.enter_context(connect(self.workers, self.scheduler))
            client.register_plugin(CoderPreload(self.factory),
                                   name=f"entente-coder-{factory_name(self.factory)}")
            yield from run_partitions(
                client, document_partitions(docs, self.batch_size, settings), task,
                self.out_dir, self.report, retries=self.retries, unit="documents",
                total=self.total or _length(docs), progress=self.progress,
                description="coding")


def code_distributed(docs: Iterable[Document], *, workers: int | None = None,
                     scheduler: str | None = None, date: date | None = None,
                     out_dir: str | Path | None = None, **options: Any) -> Iterator[Event]:
    """Code documents on a Dask cluster; the events of `Coder().code_documents`, in order.

    Example: ``events = list(code_distributed(docs, workers=2, out_dir="parts"))``
    """
    coder = DistributedCoder(workers, scheduler, out_dir=out_dir, **options)
    for _doc, events in coder.code_documents(docs, date=date):
        yield from events


def _split_by_document(outcome: Finished) -> Iterator[tuple[Document, list[Event]]]:
    events = read_events(outcome.path) if outcome.path is not None else iter(())
    for doc, count in zip(outcome.partition.payload, outcome.stats["events_per_document"],
                          strict=True):
        yield doc, [next(events) for _ in range(count)]


def _length(docs: Iterable[Document]) -> int | None:
    return len(docs) if isinstance(docs, Sized) else None
