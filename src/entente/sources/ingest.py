"""Code articles and store them with their events: one transaction per input.

Documents stream through, coded and written a batch at a time (one insert of documents and
one of events per batch), so memory stays flat as an input grows while the input is still
stored whole or not at all. Documents are de-duplicated by content hash (an exact copy
under another id is not stored again) and near-duplicates are linked to their original;
re-ingesting an input already stored is a no-op, found by the input's checksum before any
coding happens (documents already stored are never coded again either). `recode` re-runs
the current coder over stored documents, a batch per transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from ..errors import EntenteError
from ..record import Document, Event
from ..store import Store
from ..timeutil import utc_now
from .documents import read_input
from .fetch import Fetcher, open_fetcher
from .neardup import NearDuplicateIndex
from .report import IngestReport, InputResult

__all__ = ["ingest_documents", "ingest_inputs", "recode", "RecodeReport", "DocumentCoder"]


class DocumentCoder(Protocol):
    def code_documents(self, docs: Iterable[Document], date: date | None = None
                       ) -> Iterator[tuple[Document, list[Event]]]: ...


def _default_coder() -> DocumentCoder:
    from ..coder import Coder

    return Coder()


#: Documents coded and written together: each batch is one INSERT of documents and one of
#: events. DuckDB holds about a megabyte per statement until the transaction commits, so
#: per-document statements made a long input's memory grow with its length.
BATCH_SIZE = 250


class _Checksum:
    """The checksum of an input's documents (ids and content hashes), built as they pass."""

    def __init__(self) -> None:
        self._digest = hashlib.sha256()
        self.count = 0

    def add(self, doc: Document) -> Document:
        self._digest.update(f"{doc.doc_id}\x1f{doc.content_hash}\x1e".encode())
        self.count += 1
        return doc

    @property
    def value(self) -> str:
        return "docs:" + self._digest.hexdigest()


@dataclass(slots=True)
class _Known:
    """Documents already in the store: ids, content hashes and the near-duplicate index."""

    ids: set[str]
    hashes: dict[str, str]
    index: NearDuplicateIndex

    @classmethod
    def load(cls, store: Store) -> _Known:
        known = cls(set(), {}, NearDuplicateIndex())
        known.refresh(store)
        return known

    def refresh(self, store: Store) -> None:
        """Re-read from the store (after a rolled-back input touched the cache)."""
        self.ids, self.hashes, self.index = set(), {}, NearDuplicateIndex()
        for doc_id, content, text, near in store.document_texts():
            self.ids.add(doc_id)
            self.hashes[content] = doc_id
            if near is None:
                self.index.add(doc_id, text)


def ingest_documents(store: Store, docs: Iterable[Document], coder: DocumentCoder | None = None,
                     *, name: str = "documents", kind: str = "documents",
                     known: Any = None, batch_size: int = BATCH_SIZE) -> IngestReport:
    """Code documents and store them with their events, all in one transaction.

    Documents stream through: they are coded and written `batch_size` at a time (one
    insert of documents and one of events per batch), so memory stays flat however many
    there are, while the input is still stored whole or not at all. An exact copy of a
    stored document (same content hash) is left out; a near-duplicate is stored with
    `near_duplicate_of` and its events with `duplicate_of`. If this input was stored before
    (same ids and texts), nothing is coded or written: `docs` that can be iterated twice (a
    list, a `JsonlFile`) are checked before any coding, a one-pass iterator at its end.
    """
    report = IngestReport()
    result = InputResult(name=name, kind=kind)
    report.inputs.append(result)
    checksum = _Checksum()
    if not isinstance(docs, Iterator):  # read it twice: first only to know if it is stored
        for doc in docs:
            checksum.add(doc)
        if store.has_ingested(checksum.value):
            result.rows_read, result.status = checksum.count, "already ingested"
            return report
        checksum = _Checksum()
    started = utc_now()
    seen: _Known = known or _Known.load(store)
    from ..coder import version_of  # the coder package loads only when coding

    coder = coder or _default_coder()
    version = version_of(coder)
    undated = 0
    try:
        with store.transaction() as tx:
            fresh = _select_new((checksum.add(doc) for doc in docs), seen, result)
            for batch in _batches(coder.code_documents(fresh), batch_size):
                _link_retold(store, batch, tx)
                result.documents_added += store.add_documents(
                    (doc for doc, _ in batch), coder_version=version, con=tx)
                result.events_added += store.add_events(
                    (e for _, events in batch for e in events), con=tx)
                undated += sum(1 for _, events in batch for e in events if e.date is None)
            result.rows_read = checksum.count
            if not result.documents_added and store.has_ingested(checksum.value):
                result.status = "already ingested"  # a one-pass input seen before
                return report
            store.log_ingest(kind=kind, path=name, checksum=checksum.value,
                             started_at=started, rows_read=checksum.count,
                             rows_kept=result.documents_added,
                             rows_skipped=result.rows_skipped, status="ok", con=tx)
    except BaseException:
        seen.refresh(store)
        raise
    if undated:
        report.warnings.append(
            f"{name}: {undated} events have no date (the input gives none; pass --date "
            "YYYY-MM-DD or a \"date\" field): they are stored but left out of dyad series "
            "and briefs")
    return report


#: How many days before a retold act (`Event.retold`) an earlier report of it is looked for:
#: such an act already reported is counted once, through that report.
RETOLD_WINDOW_DAYS = 90


def _link_retold(store: Store, batch: list[Coded], con: Any) -> None:
    """Mark each retold act of `batch` `duplicate_of` the document that reported it first:
    one stored before, else the document of this batch that reported it earliest."""
    first: dict[tuple[Any, ...], tuple[date, str]] = {}
    for doc, events in batch:
        for event in events:
            if event.date is None or event.retold:
                continue
            act = _act(event)
            if act not in first or event.date < first[act][0]:
                first[act] = (event.date, doc.doc_id)
    for doc, events in batch:
        for event in events:
            if event.duplicate_of or not event.retold:
                continue
            event.duplicate_of = store.earlier_report(event, RETOLD_WINDOW_DAYS, con=con)
            told = first.get(_act(event))
            if event.duplicate_of is None and told is not None and told[1] != doc.doc_id \
                    and event.date is not None \
                    and 0 <= (event.date - told[0]).days <= RETOLD_WINDOW_DAYS:
                event.duplicate_of = told[1]


def _act(event: Event) -> tuple[str | None, str | None, str]:
    """What makes two reports one act: its countries and CAMEO code."""
    return event.source.country, event.target.country, event.cameo_code


def _select_new(docs: Iterable[Document], seen: _Known, result: InputResult
                ) -> Iterator[Document]:
    """Documents not stored yet, near-duplicates linked to their original; the others are
    counted as skipped."""
    for doc in docs:
        if doc.doc_id in seen.ids or doc.content_hash in seen.hashes:
            result.rows_skipped += 1
            continue
        doc.near_duplicate_of = doc.near_duplicate_of or seen.index.match(doc.text)
        seen.ids.add(doc.doc_id)
        seen.hashes[doc.content_hash] = doc.doc_id
        if doc.near_duplicate_of is None:
            seen.index.add(doc.doc_id, doc.text)
        yield doc


Coded = tuple[Document, list[Event]]


def _batches(coded: Iterable[Coded], size: int) -> Iterator[list[Coded]]:
    """Coded documents `size` at a time, each stamped with its provenance."""
    batch: list[Coded] = []
    for doc, events in coded:
        _stamp(doc, events)
        batch.append((doc, events))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _stamp(doc: Document, events: list[Event]) -> None:
    """Provenance the coder may have left empty, and the near-duplicate link."""
    for event in events:
        event.doc_id = event.doc_id or doc.doc_id
        event.url = event.url or doc.url
        event.title = event.title or doc.title
        event.publisher = event.publisher or doc.publisher
        event.language = event.language or doc.language
        event.pub_date = event.pub_date or doc.pub_date
        event.duplicate_of = doc.near_duplicate_of


def ingest_inputs(store: Store, inputs: list[str], input_format: str = "auto",
                  coder: DocumentCoder | None = None, *, date: date | None = None,
                  fetcher: Fetcher | None = None, kind: str = "documents",
                  allow_private: bool = False,
                  progress: Callable[..., None] | None = None) -> IngestReport:
    """Read, code and store each input (file, URL, "-"); a failing input is reported with
    its error and the others go on. Without a `fetcher`, URLs are fetched with the default
    limits, private addresses refused unless `allow_private`. `progress(0, total=N)` is
    called first, then `progress(1)` after each input."""
    report = IngestReport()
    if progress is not None:
        progress(0, total=len(inputs))
    coder = coder or _default_coder()
    with open_fetcher(fetcher, allow_private=allow_private) as fetcher:
        known = None
        for name in inputs:
            try:
                docs = read_input(name, input_format, date, fetcher=fetcher)
                known = known or _Known.load(store)
                report.merge(ingest_documents(store, docs, coder, name=name, kind=kind,
                                              known=known))
            except EntenteError as exc:
                report.inputs.append(InputResult(name=name, kind=kind, status="error",
                                                 message=str(exc)))
            except (RecursionError, ValueError, TypeError) as exc:  # e.g. pyarrow's
                report.inputs.append(InputResult(
                    name=name, kind=kind, status="error",
                    message=f"{name}: cannot be stored ({type(exc).__name__}: {exc})"))
            if progress is not None:
                progress(1)
    return report


@dataclass(slots=True)
class RecodeReport:
    documents: int = 0
    events_before: int = 0
    events_after: int = 0
    coder_version: str | None = None

    def summary(self) -> list[str]:
        return [f"recoded {self.documents} documents with coder {self.coder_version or '?'}: "
                f"{self.events_before} events before, {self.events_after} after"]


def recode(store: Store, coder: DocumentCoder | None = None, *,
           batch_size: int = BATCH_SIZE,
           progress: Callable[..., None] | None = None) -> RecodeReport:
    """Re-run the current coder over every stored document, replacing its entente events.

    Documents are read from the store and recoded `batch_size` at a time, one transaction
    per batch (so an interruption leaves every document consistent, and memory does not
    grow with the store). `progress(0, total=N)` is called first, then `progress(n)` after
    each batch of n documents.
    """
    from ..coder import version_of

    coder = coder or _default_coder()
    report = RecodeReport(coder_version=version_of(coder))
    report.events_before = store.count_events("entente")
    if progress is not None:
        progress(0, total=store.count_documents())
    for batch in _batches(coder.code_documents(store.iter_documents(batch_size)),
                          batch_size):
        ids = [doc.doc_id for doc, _ in batch]
        with store.transaction() as tx:
            store.delete_events(tx, "dataset = 'entente' AND list_contains(?, doc_id)", [ids])
            store.add_events((e for _, events in batch for e in events), con=tx)
            store.set_coder_version(tx, ids, report.coder_version)
        report.documents += len(batch)
        if progress is not None:
            progress(len(batch))
    report.events_after = store.count_events("entente")
    return report



