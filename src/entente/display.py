"""Text shown to people (briefs, web pages, the JSON the pages read) is neutralised here.

Article text is hostile: bidirectional overrides and isolates can reverse what a reader
sees ("gpj.exe" shown as "exe.jpg"), zero-width characters hide words from search and
join look-alikes, NUL and other control characters break terminals and parsers. Stored
text stays exactly as read; only what is displayed passes through `neutralise`, which
puts U+FFFD (the replacement character) in place of each such character, so lengths and
offsets into the text stay valid and the reader sees that something was there.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["neutralise", "neutralise_tree", "counted", "REPLACEMENT"]

REPLACEMENT = "\ufffd"
# C0 controls but tab, newline and carriage return; DEL and C1 controls; zero-width
# space/joiners, LRM/RLM, ALM; bidi embeddings and overrides (LRE..RLO, PDF), isolates
# (LRI..PDI); word joiner and invisible operators; BOM; interlinear annotation marks.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e"
                     "\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]")


def neutralise(text: str) -> str:
    """`text` with every bidi control, zero-width and control character (but tab,
    newline and carriage return) replaced by U+FFFD, one for one."""
    return _UNSAFE.sub(REPLACEMENT, text)


def neutralise_tree(value: Any) -> Any:
    """`value` (JSON-like: dicts, lists, strings, numbers) with every string neutralised;
    dictionary keys too."""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, dict):
        return {neutralise_tree(k): neutralise_tree(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [neutralise_tree(v) for v in value]
    return value


def counted(n: int, noun: str) -> str:
    """"1 document", "3 documents": a count with its noun (regular plurals only)."""
    return f"{n} {noun}{'' if n == 1 else 's'}"
