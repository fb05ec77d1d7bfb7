"""Read articles into `Document`s: plain text, HTML and JSONL, from files, URLs or stdin.

`read_documents` is what `entente code` and `entente ingest text|html|url|jsonl` use. Text
and HTML inputs are read whole (one document each; pages are size-capped). A JSONL file is
read lazily, one line at a time (`JsonlFile`), so a file of any length holds memory flat:
it is checked whole before its first document is handed out, so a bad line anywhere fails
the input before any of it is used.

One document holds at most `MAX_DOCUMENT_CHARS` characters: a longer one is an error naming
its input (and line), since coding time grows with the text and no news article is that
long. JSON nested deeper than Python can parse is an error naming the line, too.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO
from urllib.parse import urlsplit

from ..errors import EntenteError, InputError
from ..record import Document
from ..timeutil import parse_date

if TYPE_CHECKING:  # the fetcher (httpx) and the HTML extractor load only when used
    from .fetch import FetchedPage, Fetcher

__all__ = ["read_documents", "read_input", "documents_from_bytes", "is_url",
           "JsonlFile", "INPUT_FORMATS", "MAX_DOCUMENT_CHARS", "check_document_size"]

#: The longest document read, in characters (a long news article has about 20,000).
MAX_DOCUMENT_CHARS = 500_000
#: The longest JSONL line read, in bytes: the longest document in UTF-8 with room for the
#: other fields (a longer line is refused before it is parsed).
MAX_JSONL_LINE_BYTES = 4 * MAX_DOCUMENT_CHARS + 65_536

INPUT_FORMATS = ("auto", "text", "html", "jsonl")
_EXTENSIONS = {".txt": "text", ".text": "text", ".md": "text", ".html": "html",
               ".htm": "html", ".xhtml": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}

ErrorHandler = Callable[[EntenteError], None]


def is_url(value: str) -> bool:
    return urlsplit(value).scheme.lower() in ("http", "https")


def read_documents(inputs: list[str], input_format: str = "auto", date: date | None = None,
                   *, fetcher: Fetcher | None = None, on_error: ErrorHandler | None = None,
                   allow_private: bool = False) -> Iterator[Document]:
    """Documents from files, http(s) URLs and "-" (stdin), in input order.

    `input_format` is auto, text, html or jsonl; auto goes by file extension, then by
    content. `date` is the publication date of documents that carry none. A failing input
    raises an `EntenteError` naming it, unless `on_error` is given: then it is called with
    the error and reading goes on with the next input. URLs on loopback, private,
    link-local or multicast addresses are refused unless `allow_private` (or the given
    `fetcher` allows them).
    """
    if input_format not in INPUT_FORMATS:
        raise InputError(f"unknown input format {input_format!r} "
                         f"(use one of {', '.join(INPUT_FORMATS)})")
    own_fetcher = fetcher is None and any(is_url(i) for i in inputs)
    if own_fetcher:
        from .fetch import Fetcher
    active = Fetcher(allow_private=allow_private) if own_fetcher else fetcher
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
               *, fetcher: Fetcher | None = None) -> Iterable[Document]:
    """All documents of one input (a file, a URL or "-"); raises EntenteError naming it.

    A JSONL file comes back as a `JsonlFile` (read lazily, and again on every iteration);
    anything else as a list.
    """
    try:
        return _read_input(name, input_format, default_date, fetcher)
    except RecursionError:
        raise InputError(f"{name}: nested too deeply to read") from None


def _read_input(name: str, input_format: str, default_date: date | None,
                fetcher: Fetcher | None) -> Iterable[Document]:
    if name == "-":
        data = sys.stdin.buffer.read()
        return documents_from_bytes(data, "<stdin>", input_format, default_date)
    if is_url(name):
        from .fetch import fetch_url

        page = fetch_url(name, fetcher=fetcher)
        return _documents_from_page(page, input_format, default_date)
    path = Path(name)
    if "://" in name:
        raise InputError(f"{name}: only http and https URLs are fetched")
    if not path.is_file():
        raise InputError(f"{name}: no such file")
    fmt = input_format if input_format != "auto" else _EXTENSIONS.get(path.suffix.lower(), "auto")
    if fmt == "auto" and _sniff_file(path, name) == "jsonl":
        fmt = "jsonl"
    if fmt == "jsonl":
        return JsonlFile(path, name, default_date)
    return documents_from_bytes(_read_bytes(path, name), name, fmt, default_date)


def _read_bytes(path: Path, name: str, size: int = -1) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror}") from None


def _sniff_file(path: Path, name: str) -> str:
    """The format the head of a file suggests (a file that is not text is left to the
    whole-file reader, which names the line that does not decode)."""
    text = _read_bytes(path, name, 2048).decode("utf-8-sig", errors="ignore")
    return sniff_format(text) if text.strip() else "auto"


class JsonlFile:
    """The documents of a JSONL file ({"id", "text", "date", "url"} a line), read lazily.

    Each iteration reads the file again, line by line; the first one also checks every
    line (raising an `InputError` naming the file and line) before it yields anything, so
    a bad line 5,000 lines in fails the input before its first document is used. Only one
    line is held at a time.
    """

    def __init__(self, path: str | Path, name: str | None = None,
                 default_date: date | None = None) -> None:
        self.path = Path(path)
        self.name = name if name is not None else str(path)
        self.default_date = default_date
        self._count: int | None = None

    def __repr__(self) -> str:
        return f"JsonlFile({self.name!r})"

    def __len__(self) -> int:
        """How many documents the file holds (checking it whole the first time)."""
        if self._count is None:
            self._count = sum(1 for _ in self._read())
        return self._count

    def __iter__(self) -> Iterator[Document]:
        len(self)
        yield from self._read()

    def _read(self) -> Iterator[Document]:
        count = 0
        try:
            with self.path.open("rb") as handle:
                for number, raw in enumerate(_lines(handle, self.name), start=1):
                    line = _decode(raw, self.name, None, first_line=number)
                    doc = _jsonl_line(line, number, self.name, self.default_date)
                    if doc is not None:
                        count += 1
                        yield doc
        except OSError as exc:
            raise InputError(f"{self.name}: cannot read: {exc.strerror}") from None
        if not count:
            raise InputError(f"{self.name}: empty input")


def _lines(handle: BinaryIO, name: str) -> Iterator[bytes]:
    """The lines of a binary file, each at most MAX_JSONL_LINE_BYTES long (a longer one is
    an error naming it, found without holding it whole)."""
    number = 0
    while True:
        raw = handle.readline(MAX_JSONL_LINE_BYTES + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_JSONL_LINE_BYTES:
            raise InputError(f"{name}: line {number}: longer than {MAX_JSONL_LINE_BYTES:,} "
                             "bytes (the limit of one document)")
        yield raw


def check_document_size(text: str, where: str) -> str:
    """`text` if it is within MAX_DOCUMENT_CHARS, else an InputError naming `where`."""
    if len(text) > MAX_DOCUMENT_CHARS:
        raise InputError(f"{where}: document of {len(text):,} characters is longer than the "
                         f"limit of {MAX_DOCUMENT_CHARS:,}")
    return text


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
        from .html import extract_html

        page = extract_html(text, url=url, name=name)
        return [Document(text=check_document_size(page.text, name), title=page.title, url=url,
                         publisher=page.publisher or _host(url),
                         pub_date=page.pub_date or default_date,
                         language=page.language or "en", kind="html")]
    return [Document(text=check_document_size(text.strip(), name), url=url,
                     publisher=_host(url), pub_date=default_date, kind="text")]


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


def _decode(data: bytes, name: str, encoding: str | None, first_line: int = 1) -> str:
    """`data` as text; `first_line` is the number of its first line in the input (for the
    message naming the line that does not decode)."""
    try:
        return data.decode(encoding or ("utf-8-sig" if first_line == 1 else "utf-8"))
    except LookupError:
        return data.decode("utf-8-sig", errors="replace")
    except UnicodeDecodeError as exc:
        line = first_line + data[: exc.start].count(b"\n")
        raise InputError(f"{name}: line {line}: not valid {encoding or 'UTF-8'} text") from None


def _jsonl_documents(text: str, name: str, default_date: date | None) -> Iterator[Document]:
    for number, line in enumerate(text.splitlines(), start=1):
        doc = _jsonl_line(line, number, name, default_date)
        if doc is not None:
            yield doc


def _jsonl_line(line: str, number: int, name: str, default_date: date | None
                ) -> Document | None:
    """The document of one JSONL line (None for a blank line)."""
    if not line.strip():
        return None
    where = f"{name}: line {number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object with \"text\"")
    return _record_document(record, where, default_date)


def _record_document(record: dict, where: str, default_date: date | None) -> Document:
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: field \"text\" is missing or empty")
    check_document_size(text, where)
    doc_id = record.get("id")
    if doc_id is not None and not isinstance(doc_id, (str, int)):
        raise InputError(f"{where}: field \"id\" must be a string or a number")
    for field in ("url", "language", "title"):
        if record.get(field) is not None and not isinstance(record[field], str):
            raise InputError(f"{where}: field \"{field}\" must be a string")
    url = record.get("url")
    raw_date = record.get("date")
    pub_date = default_date if raw_date in (None, "") else parse_date(raw_date, f"{where}: "
                                                                      "field \"date\"")
    title = record.get("title")
    return Document(text=text.strip(), doc_id=str(doc_id) if doc_id is not None else "",
                    title=title, url=url, publisher=_host(url), pub_date=pub_date,
                    language=record.get("language") or "en", kind="jsonl")


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
