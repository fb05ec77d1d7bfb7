"""Dyad briefs: what the store says about two countries, as HTML or Markdown.

    >>> from entente.brief import build_brief, render_html, write_brief   # doctest: +SKIP
    >>> with open_store("entente.duckdb") as store:
    ...     write_brief(store, "Serbia", "Iran", "brief.html")

Every number comes from `entente.analysis` over the store, the "Economic ties" and
"Sanctions and alignment" sections from `entente.context` (each figure with its source, year
and licence); every event carries its sentence and (http(s) only) link; all text from
articles and context files is escaped.
"""

from __future__ import annotations

from .model import Balance, Brief, ChangePoint, Coverage, build_brief, resolve_side
from .render import render_html, render_markdown, write_brief
from .safety import safe_url

__all__ = ["Brief", "Balance", "Coverage", "ChangePoint", "build_brief", "resolve_side",
           "render_html", "render_markdown", "write_brief", "safe_url"]
