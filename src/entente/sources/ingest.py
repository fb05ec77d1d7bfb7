"""Code articles and store them with their events: one transaction per input.

Documents are de-duplicated by content hash (an exact copy under another id is not stored
again) and near-duplicates are linked to their original; re-ingesting an input already
stored is a no-op, found by the input's checksum before any coding happens. `recode`
re-runs the current coder over stored documents.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Protocol

from ..errors import EntenteError
from ..record import Document, Event
from ..store import Store
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


def _coder_version(coder: Any) -> str | None:
    """The version a coder stamps on its events: its own attribute, else the module's."""
    for attr in ("version", "coder_version"):
        value = getattr(coder, attr, None)
        if isinstance(value, str) and value:
            return value
    try:
        from ..coder import CODER_VERSION
    except ImportError:
        return None
    return str(CODER_VERSION)


def _checksum(docs: list[Document]) -> str:
    digest = hashlib.sha256()
    for doc in docs:
        digest.update(f"{doc.doc_id}\x1f{doc.content_hash}\x1e".encode())
    return "docs:" + digest.hexdigest()


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
        rows = store.con.execute(
            "SELECT doc_id, content_hash, text, near_duplicate_of FROM documents "
            "ORDER BY ingested_at, doc_id").fetchall()
        index = NearDuplicateIndex()
        for doc_id, _, text, near in rows:
            if near is None:
                index.add(doc_id, text)
        self.ids, self.hashes = {r[0] for r in rows}, {r[1]: r[0] for r in rows}
        self.index = index


def ingest_documents(store: Store, docs: Iterable[Document], coder: DocumentCoder | None = None,
                     *, name: str = "documents", kind: str = "documents",
                     known: Any = None) -> IngestReport:
    """Code documents and store them with their events, all in one transaction.

    An exact copy of a stored document (same content hash) is left out; a near-duplicate
    is stored with `near_duplicate_of` and its events with `duplicate_of`. If this batch
    was stored before (same ids and texts), nothing is coded or written.
    """
    batch = list(docs)
    report = IngestReport()
    result = InputResult(name=name, kind=kind, rows_read=len(batch))
    report.inputs.append(result)
    checksum = _checksum(batch)
    if store.has_ingested(checksum):
        result.status = "already ingested"
        return report
    started = _now()
    seen: _Known = known or _Known.load(store)
    fresh = _select_new(batch, seen)
    result.rows_skipped = len(batch) - len(fresh)
    coder = coder or _default_coder()
    version = _coder_version(coder)
    try:
        with store.transaction() as tx:
            for doc, events in coder.code_documents(fresh):
                _stamp(doc, events)
                if store.add_document(doc, coder_version=version, con=tx):
                    result.documents_added += 1
                result.events_added += store.add_events(events, con=tx)
            store.log_ingest(kind=kind, path=name, checksum=checksum, started_at=started,
                             rows_read=len(batch), rows_kept=result.documents_added,
                             rows_skipped=result.rows_skipped, status="ok", con=tx)
    except BaseException:
        seen.refresh(store)
        raise
    return report


def _select_new(batch: list[Document], seen: _Known) -> list[Document]:
    """Documents not stored yet, near-duplicates linked to their original."""
    fresh = []
    for doc in batch:
        if doc.doc_id in seen.ids or doc.content_hash in seen.hashes:
            continue
        doc.near_duplicate_of = doc.near_duplicate_of or seen.index.match(doc.text)
        seen.ids.add(doc.doc_id)
        seen.hashes[doc.content_hash] = doc.doc_id
        if doc.near_duplicate_of is None:
            seen.index.add(doc.doc_id, doc.text)
        fresh.append(doc)
    return fresh


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
                  fetcher: Fetcher | None = None, kind: str = "documents") -> IngestReport:
    """Read, code and store each input (file, URL, "-"); a failing input is reported with
    its error and the others go on."""
    report = IngestReport()
    coder = coder or _default_coder()
    with open_fetcher(fetcher) as fetcher:
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


def recode(store: Store, coder: DocumentCoder | None = None) -> RecodeReport:
    """Re-run the current coder over every stored document, replacing its entente events
    (one transaction per document, so an interruption leaves each document consistent)."""
    coder = coder or _default_coder()
    report = RecodeReport(coder_version=_coder_version(coder))
    report.events_before = _count_entente(store)
    for doc, events in coder.code_documents(store.documents()):
        _stamp(doc, events)
        with store.transaction() as tx:
            store.delete_events(tx, "dataset = 'entente' AND doc_id = ?", [doc.doc_id])
            store.add_events(events, con=tx)
            tx.execute("UPDATE documents SET coder_version = ? WHERE doc_id = ?",
                       [report.coder_version, doc.doc_id])
        report.documents += 1
    report.events_after = _count_entente(store)
    return report


def _count_entente(store: Store) -> int:
    row = store.con.execute("SELECT count(*) FROM events WHERE dataset = 'entente'").fetchone()
    return int(row[0]) if row else 0


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
