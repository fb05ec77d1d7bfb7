"""Main text, title and date of an HTML page, through trafilatura.

Navigation, footers, "related" link lists and link farms are boilerplate to trafilatura
and never reach the coder; a block made mostly of links is dropped even when the page
puts it inside the article body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import trafilatura

from ..errors import InputError

__all__ = ["ExtractedPage", "extract_html"]


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    text: str
    title: str | None
    pub_date: date | None
    publisher: str | None
    language: str | None


def extract_html(html: str | bytes, url: str | None = None, name: str = "<html>"
                 ) -> ExtractedPage:
    """Main article text of an HTML page, with its title, publication date and site name.

    Raises InputError naming the page when no article text can be found.
    """
    tree = _parse(html, name)
    _drop_link_farms(tree)
    result = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_links=False, favor_precision=True, deduplicate=False)
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        raise InputError(f"{name}: no article text found in the HTML")
    title = _clean(getattr(result, "title", None))
    text = _strip_leading_title(text, title)
    return ExtractedPage(text=text, title=title, pub_date=_to_date(getattr(result, "date", None)),
                         publisher=_clean(getattr(result, "sitename", None)),
                         language=_clean(getattr(result, "language", None)))


def _parse(html: str | bytes, name: str):  # type: ignore[no-untyped-def]
    from lxml import html as lxml_html

    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    if not html.strip():
        raise InputError(f"{name}: empty HTML")
    try:
        return lxml_html.document_fromstring(html)
    except Exception as exc:  # lxml raises several types for garbage input
        raise InputError(f"{name}: not readable as HTML ({exc})") from None


def _drop_link_farms(tree) -> None:  # type: ignore[no-untyped-def]
    """Remove page chrome and blocks where links make up most of the text (related lists,
    tag clouds, link farms)."""
    for chrome in tree.xpath("//nav | //footer | //header[not(ancestor::article)]"):
        if chrome.getparent() is not None:
            chrome.getparent().remove(chrome)
    for block in tree.xpath("//ul | //ol | //div | //section | //aside | //p | //table"):
        anchors = block.xpath(".//a")
        if len(anchors) < 3:
            continue
        total = len(" ".join(block.itertext()).split())
        linked = sum(len(" ".join(a.itertext()).split()) for a in anchors)
        if total and linked / total >= 0.6 and block.getparent() is not None:
            block.getparent().remove(block)


def _strip_leading_title(text: str, title: str | None) -> str:
    lines = text.strip().splitlines()
    if title and lines and _norm(lines[0]) == _norm(title):
        lines = lines[1:]
    return "\n".join(lines).strip() or text.strip()


def _norm(value: str) -> str:
    return re.sub(r"\W+", " ", value).strip().lower()


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


def _to_date(value: object) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
