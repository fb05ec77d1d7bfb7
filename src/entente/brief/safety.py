"""Untrusted text in reports: article sentences, titles, actor names and URLs are hostile.

HTML output goes through Jinja2 with autoescaping; these helpers decide which URLs may
become links and escape text for Markdown, whose renderers pass raw HTML through.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from ..display import neutralise

__all__ = ["safe_url", "md_text", "md_link", "md_cell"]

# Inline markup characters; "<", ">" and "&" become entities instead. Block markers (#, -,
# +, >, digits and a dot) only act at the start of a line, where article text never goes.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]|~])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def safe_url(url: object) -> str | None:
    """The URL if it is an absolute http(s) link with a host, else None (never a link).

    ``javascript:``, ``data:``, relative and protocol-relative URLs are refused, as are URLs
    with whitespace or control characters that browsers would strip before parsing.
    """
    if not isinstance(url, str):
        return None
    candidate = url.strip()
    if not candidate or _CONTROL.search(candidate) or any(c.isspace() for c in candidate):
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return candidate


def _html_entities(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def md_text(value: object) -> str:
    """Text safe to place in Markdown prose: no markup, no raw HTML, one line."""
    if value is None:
        return ""
    text = " ".join(_CONTROL.sub(" ", neutralise(str(value))).split())
    return _MD_SPECIAL.sub(r"\\\1", _html_entities(text))


def md_cell(value: object) -> str:
    """Like `md_text`, for a table cell (pipes are escaped too)."""
    return md_text(value)


def md_link(label: object, url: object) -> str:
    """A Markdown link when the URL is safe http(s), else the escaped label alone."""
    href = safe_url(url)
    text = md_text(label) or "source"
    if href is None:
        return text
    # Percent-encode what could end the link target or open markup inside it.
    target = quote(href, safe=":/?#@!$&'*+,;=%-._~")
    return f"[{text}](<{target}>)"
