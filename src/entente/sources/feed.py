"""RSS 2.0 and Atom feeds: list the entries, then fetch and code each linked article.

Feed XML is untrusted: it is parsed without entity expansion or network access.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from lxml import etree

from ..errors import EntenteError, InputError
from ..store import Store
from .documents import documents_from_bytes, is_url
from .fetch import Fetcher, fetch_url, open_fetcher
from .ingest import DocumentCoder, _default_coder, _Known, ingest_documents
from .report import IngestReport, InputResult

__all__ = ["FeedItem", "read_feed", "parse_feed", "ingest_feeds"]

_ATOM = "{http://www.w3.org/2005/Atom}"


@dataclass(frozen=True, slots=True)
class FeedItem:
    title: str | None
    link: str | None
    published: date | None
    summary: str | None


def read_feed(source: str, *, fetcher: Fetcher | None = None, allow_private: bool = False
              ) -> list[FeedItem]:
    """Entries of an RSS or Atom feed given by URL or file path."""
    if is_url(source):
        data = fetch_url(source, fetcher=fetcher, allow_private=allow_private).body
    else:
        path = Path(source)
        if not path.is_file():
            raise InputError(f"{source}: no such file")
        data = path.read_bytes()
    return parse_feed(data, source)


def parse_feed(data: bytes, name: str) -> list[FeedItem]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{name}: not a readable feed ({exc})") from None
    if root is None:
        raise InputError(f"{name}: empty feed")
    if root.tag == f"{_ATOM}feed":
        return [_atom_item(e) for e in root.iter(f"{_ATOM}entry")]
    if root.tag in ("rss", "{http://purl.org/rss/1.0/}RDF", "rdf:RDF") or root.find("channel") \
            is not None:
        return [_rss_item(i) for i in root.iter("item", "{http://purl.org/rss/1.0/}item")]
    raise InputError(f"{name}: neither an RSS nor an Atom feed (root element {root.tag})")


def _text(element: etree._Element | None) -> str | None:
    if element is None:
        return None
    value = " ".join("".join(element.itertext()).split())
    return value or None


def _rss_item(item: etree._Element) -> FeedItem:
    def child(tag: str) -> etree._Element | None:
        return item.find(tag) if item.find(tag) is not None \
            else item.find("{http://purl.org/rss/1.0/}" + tag)
    return FeedItem(title=_text(child("title")), link=_text(child("link")),
                    published=_date(_text(child("pubDate"))
                                    or _text(item.find("{http://purl.org/dc/elements/1.1/}date"))),
                    summary=_text(child("description")))


def _atom_item(entry: etree._Element) -> FeedItem:
    link = None
    for candidate in entry.findall(f"{_ATOM}link"):
        if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
            link = candidate.get("href")
            break
    published = _text(entry.find(f"{_ATOM}published")) or _text(entry.find(f"{_ATOM}updated"))
    return FeedItem(title=_text(entry.find(f"{_ATOM}title")), link=link,
                    published=_date(published),
                    summary=_text(entry.find(f"{_ATOM}summary")))


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def ingest_feeds(store: Store, feeds: list[str], coder: DocumentCoder | None = None, *,
                 fetcher: Fetcher | None = None, allow_private: bool = False) -> IngestReport:
    """Fetch each feed, then each linked article, and code and store every article as its
    own input; a feed or article that fails is reported and the others go on. Without a
    `fetcher`, private addresses are refused unless `allow_private`."""
    report = IngestReport()
    coder = coder or _default_coder()
    with open_fetcher(fetcher, allow_private=allow_private) as fetcher:
        known = _Known.load(store)
        for feed in feeds:
            try:
                items = read_feed(feed, fetcher=fetcher)
            except EntenteError as exc:
                report.inputs.append(InputResult(feed, "feed", status="error", message=str(exc)))
                continue
            report.notes.append(f"{feed}: {len(items)} entries")
            for item in items:
                report.merge(_ingest_item(store, item, feed, coder, fetcher, known))
    return report


def _ingest_item(store: Store, item: FeedItem, feed: str, coder: DocumentCoder,
                 fetcher: Fetcher, known: _Known) -> IngestReport:
    name = item.link or f"{feed}: entry {item.title!r}"
    try:
        if not item.link or not is_url(item.link):
            raise InputError(f"{name}: entry has no http(s) link")
        page = fetcher.fetch(item.link)
        docs = documents_from_bytes(page.body, item.link, "auto" if "html" not in
                                    page.content_type else "html", item.published,
                                    url=page.final_url, encoding=page.encoding)
        for doc in docs:
            doc.title = doc.title or item.title
            doc.pub_date = doc.pub_date or item.published
            doc.kind = "feed"
        return ingest_documents(store, docs, coder, name=item.link, kind="feed", known=known)
    except EntenteError as exc:
        return IngestReport(inputs=[InputResult(name, "feed", status="error", message=str(exc))])
