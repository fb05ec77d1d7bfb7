"""Read articles into `Document`s: plain text, HTML and JSONL, from files, URLs or stdin.

`read_documents` is what `entente code` and `entente ingest text|html|url|jsonl` use. Each
input is read whole (files and pages are small); a JSONL file yields one document per line.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import EntenteError, InputError
from ..record import Document
from .fetch import FetchedPage, Fetcher, fetch_url
from .html import extract_html

__all__ = ["read_documents", "read_input", "documents_from_bytes", "parse_date", "is_url",
           "INPUT_FORMATS"]

INPUT_FORMATS = ("auto", "text", "html", "jsonl")
_EXTENSIONS = {".txt": "text", ".text": "text", ".md": "text", ".html": "html",
               ".htm": "html", ".xhtml": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}

ErrorHandler = Callable[[EntenteError], None]


def is_url(value: str) -> bool:
    return urlsplit(value).scheme.lower() in ("http", "https")


def read_documents(inputs: list[str], input_format: str = "auto", date: date | None = None,
                   *, fetcher: Fetcher | None = None, on_error: ErrorHandler | None = None
                   ) -> Iterator[Document]:
    """Documents from files, http(s) URLs and "-" (stdin), in input order.

    `input_format` is auto, text, html or jsonl; auto goes by file extension, then by
    content. `date` is the publication date of documents that carry none. A failing input
    raises an `EntenteError` naming it, unless `on_error` is given: then it is called with
    the error and reading goes on with the next input.
    """
    if input_format not in INPUT_FORMATS:
        raise InputError(f"unknown input format {input_format!r} "
                         f"(use one of {', '.join(INPUT_FORMATS)})")
    own_fetcher = fetcher is None and any(is_url(i) for i in inputs)
    active = Fetcher() if own_fetcher else fetcher
    try:
        for name in inputs:
            try:
                yield from read_input(name, input_format, date, fetcher=active)
            except EntenteError as exc:
                if on_error is None:
                    raise
                on_error(exc)
    finally:
        if own_fetcher and active is not None:
            active.close()


def read_input(name: str, input_format: str = "auto", default_date: date | None = None,
               *, fetcher: Fetcher | None = None) -> list[Document]:
    """All documents of one input (a file, a URL or "-"); raises EntenteError naming it."""
    if name == "-":
        data = sys.stdin.buffer.read()
        return documents_from_bytes(data, "<stdin>", input_format, default_date)
    if is_url(name):
        page = fetch_url(name, fetcher=fetcher)
        return _documents_from_page(page, input_format, default_date)
    path = Path(name)
    if "://" in name:
        raise InputError(f"{name}: only http and https URLs are fetched")
    if not path.is_file():
        raise InputError(f"{name}: no such file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror}") from None
    fmt = input_format if input_format != "auto" else _EXTENSIONS.get(path.suffix.lower(), "auto")
    return documents_from_bytes(data, name, fmt, default_date)


def documents_from_bytes(data: bytes, name: str, input_format: str = "auto",
                         default_date: date | None = None, *, url: str | None = None,
                         encoding: str | None = None) -> list[Document]:
    """Documents of one input's raw bytes; `name` is used in error messages."""
    text = _decode(data, name, encoding)
    if not text.strip():
        raise InputError(f"{name}: empty input")
    fmt = input_format if input_format != "auto" else sniff_format(text)
    if fmt == "jsonl":
        return list(_jsonl_documents(text, name, default_date))
    if fmt == "html":
        page = extract_html(text, url=url, name=name)
        return [Document(text=page.text, title=page.title, url=url,
                         publisher=page.publisher or _host(url),
                         pub_date=page.pub_date or default_date,
                         language=page.language or "en", kind="html")]
    return [Document(text=text.strip(), url=url, publisher=_host(url), pub_date=default_date,
                     kind="text")]


def sniff_format(text: str) -> str:
    head = text.lstrip()[:512].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith("<") and any(tag in head for tag in ("<html", "<!doctype html", "<body",
                                                             "<head", "<article", "<p")):
        return "html"
    return "text"


def _documents_from_page(page: FetchedPage, input_format: str, default_date: date | None
                         ) -> list[Document]:
    fmt = input_format
    if fmt == "auto":
        ctype = page.content_type.lower()
        if "html" in ctype:
            fmt = "html"
        elif "json" in ctype:
            fmt = "jsonl"
    return documents_from_bytes(page.body, page.url, fmt, default_date, url=page.final_url,
                                encoding=page.encoding)


def _decode(data: bytes, name: str, encoding: str | None) -> str:
    try:
        return data.decode(encoding or "utf-8-sig")
    except LookupError:
        return data.decode("utf-8-sig", errors="replace")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{name}: line {line}: not valid {encoding or 'UTF-8'} text") from None


def _jsonl_documents(text: str, name: str, default_date: date | None) -> Iterator[Document]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}: line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg})") from None
        if not isinstance(record, dict):
            raise InputError(f"{where}: expected a JSON object with \"text\"")
        yield _record_document(record, where, default_date)


def _record_document(record: dict, where: str, default_date: date | None) -> Document:
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: field \"text\" is missing or empty")
    doc_id = record.get("id")
    if doc_id is not None and not isinstance(doc_id, (str, int)):
        raise InputError(f"{where}: field \"id\" must be a string or a number")
    url = record.get("url")
    if url is not None and not isinstance(url, str):
        raise InputError(f"{where}: field \"url\" must be a string")
    raw_date = record.get("date")
    pub_date = default_date if raw_date in (None, "") else parse_date(raw_date, f"{where}: "
                                                                      "field \"date\"")
    title = record.get("title") if isinstance(record.get("title"), str) else None
    return Document(text=text.strip(), doc_id=str(doc_id) if doc_id is not None else "",
                    title=title, url=url, publisher=_host(url), pub_date=pub_date,
                    language=record.get("language") or "en", kind="jsonl")


def parse_date(value: object, where: str) -> date:
    """An ISO date or datetime ("2025-06-03", "2025-06-03T08:00:00Z") as a date."""
    if isinstance(value, str):
        text = value.strip()
        try:
            if len(text) == 10:
                return date.fromisoformat(text)
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            pass
    raise InputError(f"{where}: not a date: {value!r} (use YYYY-MM-DD)")


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
