"""Assembling events: confidence, provenance and one event per (source, target, code)."""

from __future__ import annotations

from dataclasses import dataclass

from ..record import Actor, Document, Event
from .frames import Frame

DATASET = "entente"


@dataclass(slots=True)
class Provenance:
    """Where a frame was found: the document, the sentence and the event date."""

    doc: Document
    sentence_index: int
    sentence: str
    date: object
    precision: str | None
    coder_version: str


def confidence(frame: Frame, source: Actor, target: Actor) -> float:
    """How sure: rule specificity, the construction used, and how certain the actors are."""
    if "speech-act" in frame.flags:
        score = 0.3
    else:
        score = 0.55 + 0.1 * min(frame.entry.specificity, 3)
        score += 0.05 if any(f.startswith("light") for f in frame.flags) else 0.0
        score -= 0.1 if "nominal" in frame.flags and frame.governor is None else 0.0
        score -= 0.05 if "reduced-relative" in frame.flags else 0.0
        score -= 0.2 if "fallback" in frame.flags else 0.0
        score -= 0.05 if frame.transform else 0.0
        score -= 0.2 if "subordinate" in frame.flags else 0.0
    for actor in (source, target):
        if not actor.text:
            score -= 0.2
        elif actor.country:
            score += 0.05
        else:
            score -= 0.05
    return round(min(max(score, 0.05), 0.99), 3)


def trigger_span(frame: Frame) -> tuple[str, int, int]:
    tokens = sorted(frame.trigger + ([frame.governor] if frame.governor is not None else []),
                    key=lambda t: t.i)
    doc = tokens[0].doc
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if tokens[-1].i - tokens[0].i + 1 == len(tokens):
        return doc.text[start:end], start, end
    return " ".join(t.text for t in tokens), start, end


def make_event(frame: Frame, source: Actor, target: Actor, where: Provenance,
               attributed_to: str | None, location: tuple[str, str | None] | None) -> Event:
    text, start, end = trigger_span(frame)
    doc = where.doc
    return Event(
        dataset=DATASET, doc_id=doc.doc_id, source=source, target=target,
        cameo_code=frame.code, date=where.date, date_precision=where.precision,
        pub_date=doc.pub_date, trigger_text=text, trigger_start=start, trigger_end=end,
        attributed_to=attributed_to,
        location_name=location[0] if location else None,
        location_country=location[1] if location else None,
        sentence_index=where.sentence_index, sentence=where.sentence,
        evidence=[where.sentence], url=doc.url, title=doc.title, publisher=doc.publisher,
        language=doc.language, rule=frame.rule, confidence=confidence(frame, source, target),
        coder_version=where.coder_version)


def merge_events(events: list[Event]) -> list[Event]:
    """One event per (source, target, code) in a document, with every sentence as evidence.

    The first report is kept (its sentence, trigger and spans); later ones add evidence and
    may raise the confidence. Order: first report, then trigger offset.
    """
    merged: dict[str, Event] = {}
    for event in events:
        kept = merged.get(event.event_id)
        if kept is None:
            merged[event.event_id] = event
            continue
        if event.sentence not in kept.evidence:
            kept.evidence.append(event.sentence)
        kept.confidence = max(kept.confidence or 0.0, event.confidence or 0.0)
    return sorted(merged.values(), key=_order)


def _order(event: Event) -> tuple:
    return (event.sentence_index or 0, event.trigger_start or 0, event.source.start or 0,
            event.target.start or 0, event.cameo_code or "", event.event_id)
