"""Where a document's coded events sit in its text, for highlighting.

Events carry offsets inside their sentence (actors, trigger); the coder may have
normalised quotes and whitespace, so each sentence is found in the document through a
normalised copy of the text that remembers where every character came from. The result is
a list of non-overlapping segments covering the whole text, each naming the roles
(sentence, source, target, trigger) and events that cover it: the page only has to turn
segments into text nodes, never to parse markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..record import Event

__all__ = ["Segment", "locate_sentence", "segments", "event_spans"]

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\u00a0": " ", "\u2013": "-", "\u2014": "-"})


@dataclass(slots=True)
class Segment:
    start: int
    end: int
    roles: list[str] = field(default_factory=list)
    events: list[int] = field(default_factory=list)

    def to_dict(self, text: str) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": text[self.start:self.end],
                "roles": self.roles, "events": self.events}


def _normalise(text: str) -> tuple[str, list[int]]:
    """Text with quotes unified and whitespace runs collapsed, and each char's origin."""
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text.translate(_QUOTES)):
        if ch.isspace():
            if chars and chars[-1] == " ":
                continue
            ch = " "
        chars.append(ch)
        origin.append(i)
    return "".join(chars), origin


def locate_sentence(text: str, sentence: str, hint: int = 0) -> list[int] | None:
    """Document offset of every character of `sentence`, or None when it is not in `text`.

    The occurrence at or after `hint` (a document offset) is preferred.
    """
    if not sentence:
        return None
    pos = text.find(sentence, hint)
    if pos < 0:
        pos = text.find(sentence)
    if pos >= 0:
        return list(range(pos, pos + len(sentence)))
    norm_text, origin = _normalise(text)
    norm_sentence, _ = _normalise(sentence)
    if len(norm_sentence) != len(sentence):
        return None  # offsets inside the sentence would no longer line up
    start_hint = next((k for k, o in enumerate(origin) if o >= hint), 0)
    at = norm_text.find(norm_sentence, start_hint)
    if at < 0:
        at = norm_text.find(norm_sentence)
    return None if at < 0 else origin[at:at + len(norm_sentence)]


def _span(where: list[int], start: int | None, end: int | None) -> tuple[int, int] | None:
    if start is None or end is None or not 0 <= start < end <= len(where):
        return None
    return where[start], where[end - 1] + 1


def event_spans(text: str, events: list[Event]) -> list[tuple[int, int, str, int]]:
    """(start, end, role, event index) in document offsets for every locatable span."""
    spans: list[tuple[int, int, str, int]] = []
    for index, event in enumerate(events):
        where = locate_sentence(text, event.sentence or "")
        if where is None:
            continue
        parts = [(0, len(where), "sentence"),
                 (event.source.start, event.source.end, "source"),
                 (event.target.start, event.target.end, "target"),
                 (event.trigger_start, event.trigger_end, "trigger")]
        for start, end, role in parts:
            found = _span(where, start, end)
            if found:
                spans.append((found[0], found[1], role, index))
    return spans


def segments(text: str, events: list[Event]) -> list[Segment]:
    """The whole text cut at every span boundary; each piece lists the roles covering it."""
    spans = event_spans(text, events)
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    out: list[Segment] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        if start >= end:
            continue
        covering = [(role, i) for s, e, role, i in spans if s <= start and end <= e]
        roles = sorted({role for role, _ in covering}, key=_ROLE_ORDER.index)
        out.append(Segment(start, end, roles, sorted({i for _, i in covering})))
    return out


_ROLE_ORDER = ["sentence", "source", "target", "trigger"]
