"""What runs inside a worker process: the coder, loaded once per process."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from ..record import Document, Event
from .parquet import write_events

__all__ = ["CoderFactory", "cached_coder", "code_batch", "CoderPreload", "default_factory",
           "factory_name", "worker_coder_version"]

#: A picklable callable that builds a coder (the `entente.coder.Coder` class, by default).
CoderFactory = Callable[[], Any]

# Loaded coders of this process, by factory name: loading spaCy takes seconds, so each
# worker process builds its coder once and keeps it (a cache, not shared state).
_CODERS: dict[str, Any] = {}


def default_factory() -> CoderFactory:
    from ..coder import Coder

    return Coder


def factory_name(factory: CoderFactory) -> str:
    """A name that is the same in every process (a factory arrives pickled in each task)."""
    qualname = getattr(factory, "__qualname__", None)
    if qualname is None:
        return repr(factory)
    return f"{getattr(factory, '__module__', '')}.{qualname}"


def cached_coder(factory: CoderFactory) -> Any:
    """This process's coder built by `factory`, built on first use."""
    name = factory_name(factory)
    if name not in _CODERS:
        _CODERS[name] = factory()
    return _CODERS[name]


def code_batch(docs: list[Document], out_path: Path, *, factory: CoderFactory,
               date: date | None = None) -> dict[str, Any]:
    """Code one partition of documents into `out_path`; the stats keep each document's
    event count, in order, so the events can be handed back document by document."""
    coder = cached_coder(factory)
    events: list[Event] = []
    counts: list[int] = []
    for _doc, doc_events in coder.code_documents(docs, date=date):
        events.extend(doc_events)
        counts.append(len(doc_events))
    rows = write_events(out_path, events)
    return {"documents": len(docs), "events_per_document": counts, "rows": rows}


def worker_coder_version(factory: CoderFactory) -> str:
    """`coder.version_of` this process's coder (asked of a worker by `Client.submit`)."""
    from ..coder import version_of

    return version_of(cached_coder(factory))


class CoderPreload(WorkerPlugin):
    """Builds the coder when a worker starts, so no partition pays for loading spaCy."""

    def __init__(self, factory: CoderFactory) -> None:
        self.factory = factory

    def setup(self, worker: Any) -> None:
        cached_coder(self.factory)
