"""Helpers shared by the coder tests (test_coder*.py): code one text as a document."""

from __future__ import annotations

from datetime import date

from entente.coder import Coder
from entente.record import Document, Event

THURSDAY = date(2024, 3, 14)


def coded(coder: Coder, text: str, on: date | None = THURSDAY, doc_id: str = "t") -> list[Event]:
    return coder.code_document(Document(text=text, doc_id=doc_id, pub_date=on))


def triples(coder: Coder, text: str) -> set[tuple[str | None, str, str | None]]:
    """(source country, CAMEO code, target country) of every event."""
    return {(e.source.country, e.cameo_code, e.target.country) for e in coded(coder, text)}


def dyadic(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    """The triples whose source and target both have a country (events a dyad counts)."""
    return {(s, c, t) for s, c, t in triples(coder, text) if s and t}


def roots(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    """(source, CAMEO root, target) of every event with both countries known."""
    return {(s, c[:2], t) for s, c, t in dyadic(coder, text)}


def roots_either_way(coder: Coder, text: str,
                     joint: tuple[str, ...] = ("03", "04", "05")) -> set[tuple[str, str, str]]:
    """`roots`, with the acts of the `joint` roots (intents, meetings, accords) also read
    the other way round: a hand-coded "A signed with B" is right either way."""
    found = roots(coder, text)
    return found | {(t, r, s) for s, r, t in found if r in joint}


def top_code(coder: Coder, text: str) -> str | None:
    """CAMEO code of the most confident event (the first among equals)."""
    best = None
    for event in coded(coder, text):
        if best is None or (event.confidence or 0.0) > (best.confidence or 0.0):
            best = event
    return best.cameo_code if best is not None else None
