"""Assembling events: confidence, provenance and one event per (source, target, code)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..record import RETOLD_FLAG, Actor, Document, Event
from .frames import Frame, first_conjunct
from .spans import doc_text

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


# Construction penalties, set from the share of such events that gold data confirms: a
# trigger in a subordinate clause (reported, conditional or background events) is rarely the
# sentence's event; a bare event noun or a reduced relative hides the roles.
CONSTRUCTION_PENALTIES = {
    "subordinate": 0.3,
    "fallback": 0.2,
    "backstop": 0.2,
    "earlier-deed": 0.15,
    "nominal": 0.15,
    "glued": 0.15,  # a name glued to a participle: "the US-brokered truce"
    "reduced-relative": 0.05,
    "place-target": 0.05,
    "placed-by-location": 0.05,
}
# How certain an actor is, by kind: a resolved state or organisation of states, then placed
# people and groups, then a phrase the gazetteer could not place, then no phrase at all.
ACTOR_CERTAINTY = {"state": 0.05, "igo": 0.05, "person": 0.03, "group": 0.03, "ngo": 0.03}
UNPLACED_ACTOR = -0.08
MISSING_ACTOR = -0.2


def confidence(frame: Frame, source: Actor, target: Actor) -> float:
    """How sure, from three things: the rule's specificity (a verb with an object constraint
    over a bare verb over a surface-order fallback), the construction it was found in, and
    how certain the actors are (a resolved state or IGO over a person over an unplaced or
    missing actor). Informativeness against the other events of the sentence is applied
    by `demote_generic`."""
    if "speech-act" in frame.flags:
        score = 0.2
    else:
        score = 0.5 + 0.1 * min(frame.entry.specificity, 3)
        score += 0.05 if any(f.startswith("light") for f in frame.flags) else 0.0
        if "nominal" in frame.flags and frame.governor is not None:
            score += CONSTRUCTION_PENALTIES["nominal"]  # "rejected calls for": governed noun
        score -= sum(CONSTRUCTION_PENALTIES.get(flag, 0.0) for flag in frame.flags)
    for actor in (source, target):
        score += _actor_certainty(actor)
    return round(min(max(score, 0.05), 0.99), 3)


def _actor_certainty(actor: Actor) -> float:
    if not actor.text:
        return MISSING_ACTOR
    if not actor.country:
        return UNPLACED_ACTOR
    return ACTOR_CERTAINTY.get(actor.kind, 0.0)


def demote_generic(events: list[Event], generic_codes: frozenset[str],
                   margin: float = 0.05) -> None:
    """A generic statement or appeal ("sent a letter": 010) never outranks a specific event
    of the same sentence: its confidence drops below the best specific one. `generic_codes`
    are CAMEO code prefixes."""
    specific = [e.confidence or 0.0 for e in events if not _generic(e, generic_codes)]
    if not specific:
        return
    ceiling = max(specific) - margin
    for event in events:
        if _generic(event, generic_codes) and (event.confidence or 0.0) > ceiling:
            event.confidence = round(max(ceiling, 0.05), 3)


def demote_told_acts(found: list[tuple[Frame, list[Event]]], telling: tuple[str, ...],
                     floor: float, margin: float = 0.05) -> None:
    """An act told only as what another coded act asks for, allows, hopes or demands
    ("urged France to press Washington to lift sanctions", "agreed to let Iran send aid",
    "hopes Japan will persuade Biden to lift sanctions") never outranks the act that tells
    it: its confidence drops below that act's, but not under `floor` (the confidence floor:
    what was output stays in the output). `found`: each frame of a sentence with its events;
    `telling`: the code prefixes of acts that tell of what has not happened."""
    at: dict[int, list[Event]] = {}
    for frame, events in found:
        if frame.code.startswith(telling):
            # its verb, and the verb that made it an appeal ("urges [France to] pressure")
            for token in {frame.verb.i, *([frame.governor.i] if frame.governor else [])}:
                at.setdefault(token, []).extend(events)
    for frame, events in found:
        told_by = _telling_events(frame, at)
        if not told_by or not events:
            continue
        _cap(events, max(e.confidence or 0.0 for e in told_by) - margin, floor)


def demote_background(found: list[tuple[Frame, list[Event]]], floor: float,
                      margin: float = 0.05) -> None:
    """An act told in a subordinate clause ("defended the deal after Iran demanded ...",
    "condemned the test, while Japan imposed sanctions") never outranks the sentence's own
    act: its confidence drops below the best event of a main clause, but not under `floor`
    (what was output stays in the output)."""
    main = [e.confidence or 0.0 for f, events in found if not _aside(f) for e in events]
    if main:
        for frame, events in found:
            if _aside(frame):
                _cap(events, max(main) - margin, floor)


def demote_under(found: list[tuple[Frame, list[Event]]],
                 over_of: Callable[[Frame], int | None], floor: float,
                 margin: float = 0.05) -> None:
    """A frame's act never outranks the act of the verb `over_of` names for it (a token
    index, or None): its confidence drops below that act's, but not under `floor` (what
    was output stays in the output). The act of a verb is that of every frame whose clause
    verb or governing verb it is. What ranks over what: the judging act over the decision
    it judges ("condemned Washington's decision to move its embassy"), the first of
    conjoined acts over those after "and" ("declared a ceasefire and promised to free the
    prisoners"), what a letter says over the letter ("sent a letter to the WHO threatening
    to cut funding")."""
    if len(found) < 2:  # (a frame's own clause ranks nothing over it)
        return
    at: dict[int, list[Event]] = {}
    for frame, events in found:  # (an act under the floor is not shown: it ranks nothing)
        for token in _clause_tokens(frame):
            at.setdefault(token, []).extend(
                e for e in events if e.one_sided or (e.confidence or 0.0) >= floor)
    for frame, events in found:
        over = over_of(frame) if events else None  # (no act of its own: nothing to drop)
        if over is not None and over not in _clause_tokens(frame) and at.get(over):
            _cap(events, max(e.confidence or 0.0 for e in at[over]) - margin, floor)


def earlier_conjunct(frame: Frame, sequence_adverbs: frozenset[str]) -> int | None:
    """The verb of the first of the conjoined clauses a frame's clause ends ("declared a
    ceasefire and promised to ..." for "promised"): news tells the act it reports first,
    and what follows "and" adds to it. Acts told in sequence ("shelled the border and then
    sent troops"; policies.yaml `sequence_adverbs`) are acts of their own, each of its rank."""
    verb = frame.governor if frame.governor is not None else frame.verb
    first = first_conjunct(verb, verbs_only=True)
    if first is verb or any(c.dep_ == "advmod" and c.lower_ in sequence_adverbs
                            for c in verb.children):
        return None
    return first.i


def _clause_tokens(frame: Frame) -> set[int]:
    """A frame's clause verb and the verb that governs it ("urged [France to] press")."""
    return {frame.verb.i, *([frame.governor.i] if frame.governor is not None else [])}


def _aside(frame: Frame) -> bool:
    """A frame of a subordinate clause, an "after" clause among them."""
    return "subordinate" in frame.flags or RETOLD_FLAG in frame.flags


def _cap(events: list[Event], ceiling: float, floor: float) -> None:
    """Confidences over `ceiling` drop to it, but an event over `floor` stays over it."""
    for event in events:
        if (event.confidence or 0.0) > ceiling:
            event.confidence = round(max(ceiling, min(event.confidence or 0.0, floor)), 3)


def _telling_events(frame: Frame, at: dict[int, list[Event]]) -> list[Event]:
    """The events of the nearest verb up the complement chain (xcomp, ccomp) of a frame's
    governor or verb that is itself the verb of a coded act."""
    token = frame.governor if frame.governor is not None else frame.verb
    while token.dep_ in ("xcomp", "ccomp") and token.head is not token:
        token = token.head
        if at.get(token.i):
            return at[token.i]
    return []


def _generic(event: Event, generic_codes: frozenset[str]) -> bool:
    return (event.cameo_code or "").startswith(tuple(generic_codes))


def trigger_span(frame: Frame) -> tuple[str, int, int]:
    tokens = sorted(frame.trigger + ([frame.governor] if frame.governor is not None else []),
                    key=lambda t: t.i)
    doc = tokens[0].doc
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if tokens[-1].i - tokens[0].i + 1 == len(tokens):
        return doc_text(doc)[start:end], start, end
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
