"""The real-news development format: single sentences with alternative-laden expected events.

Each line of a realnews JSONL file is one sentence: {"id", "text", "date", "split" (study or
check), "kind"?, "url"?, "note"?, "events": [...]}. An expected event lists the allowed source
and target keys (`src`, `tgt`: ISO3 codes, or "IGO" / "NGO" for any organisation of that kind),
the allowed quad classes (`quad`), the expected roots (`roots`, informative only), `symmetric`
(either direction is right) and `optional` (a defensible secondary reading: not required, not
wrong if produced). A sentence with no events must give nothing.

Scoring (the gold README's suggestion, not one-to-one): a required event is found when some
output event matches it; an output event is right when it matches any expected event, optional
ones included; output events on non-event sentences are counted apart. One-sided events
(`one_sided`) are no dyadic events and are left out. The `check` half is for measuring only:
its sentences are never listed among the worst cases.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .. import ontology
from ..errors import InputError
from ..record import Actor, Event
from .gold import GENERIC_ACTORS, _date, read_jsonl_items, require_fields
from .metrics import DEFAULT_THRESHOLDS, Prediction, actor_matches

__all__ = ["ExpectedEvent", "RealNewsItem", "read_realnews", "score_realnews",
           "worst_realnews", "SPLITS"]

#: The two halves of a realnews file: study (read and debug) and check (measure only).
SPLITS = ("study", "check")


@dataclass(frozen=True, slots=True)
class ExpectedEvent:
    """One hand-coded event with its allowed alternatives (empty tuple = anything)."""

    sources: tuple[str, ...]
    targets: tuple[str, ...]
    quads: tuple[int, ...]
    roots: tuple[str, ...] = ()
    symmetric: bool = False
    optional: bool = False

    def describe(self) -> str:
        src = "|".join(self.sources) or "*"
        tgt = "|".join(self.targets) or "*"
        arrow = "<->" if self.symmetric else "->"
        quads = "/".join(str(q) for q in self.quads) or "*"
        roots = ",".join(self.roots)
        return f"{'(optional) ' if self.optional else ''}{src} {arrow} {tgt} quad {quads}" + \
            (f" roots {roots}" if roots else "")


@dataclass(frozen=True, slots=True)
class RealNewsItem:
    """One sentence of a realnews file; `holdout` is True for the check half."""

    item_id: str
    text: str
    date: date | None
    events: tuple[ExpectedEvent, ...]
    holdout: bool
    kind: str = ""

    @property
    def required(self) -> tuple[ExpectedEvent, ...]:
        return tuple(e for e in self.events if not e.optional)

    @property
    def must_give_nothing(self) -> bool:
        return not self.events


# --- reading -----------------------------------------------------------------------------

def read_realnews(path: Path) -> list[RealNewsItem]:
    """Read a realnews JSONL file; a bad line is an error naming the file, line and field."""
    return read_jsonl_items(path, _item)


def _item(row: Any, where: str) -> RealNewsItem:
    require_fields(row, ("id", "text", "events", "split"), where)
    text = row["text"]
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: field 'text' must be a non-empty string")
    if row["split"] not in SPLITS:
        raise InputError(f"{where}: field 'split' must be one of {', '.join(SPLITS)}, "
                         f"got {row['split']!r}")
    if not isinstance(row["events"], list):
        raise InputError(f"{where}: field 'events' must be a list ([] = must give nothing)")
    events = tuple(_event(ev, f"{where}: events[{i}]") for i, ev in enumerate(row["events"]))
    return RealNewsItem(item_id=str(row["id"]), text=text, date=_date(row.get("date"),
                                                                      f"{where}: date"),
                        events=events, holdout=row["split"] == "check",
                        kind=str(row.get("kind") or ""))


def _event(value: Any, where: str) -> ExpectedEvent:
    require_fields(value, ("src", "tgt", "quad"), where, "an object with src, tgt and quad")
    quads = value["quad"]
    if not isinstance(quads, list) or not all(q in (1, 2, 3, 4) for q in quads):
        raise InputError(f"{where}.quad: expected a list of quad classes 1-4, got {quads!r}")
    roots = value.get("roots") or []
    if not isinstance(roots, list) or not all(str(r) in ontology.event_types() for r in roots):
        raise InputError(f"{where}.roots: expected a list of CAMEO roots, got {roots!r}")
    return ExpectedEvent(sources=_keys(value["src"], f"{where}.src"),
                         targets=_keys(value["tgt"], f"{where}.tgt"),
                         quads=tuple(quads), roots=tuple(str(r) for r in roots),
                         symmetric=bool(value.get("symmetric")),
                         optional=bool(value.get("optional")))


def _keys(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{where}: expected a list of country codes, got {value!r}")
    keys = []
    for code in value:
        upper = code.strip().upper()
        if upper not in GENERIC_ACTORS and upper not in ontology.igos() \
                and upper not in ontology.countries():
            raise InputError(f"{where}: unknown country or organisation code {code!r}")
        keys.append(upper)
    return tuple(keys)


# --- matching ----------------------------------------------------------------------------

def _side(keys: Sequence[str], actor: Actor | None) -> bool:
    return not keys or any(actor_matches(k, actor) for k in keys)


def expected_matches(expected: ExpectedEvent, event: Event) -> bool:
    """Source and target among the allowed keys (either way round when symmetric) and the
    quad class among the allowed ones."""
    if expected.quads and event.quad_class not in expected.quads:
        return False
    if _side(expected.sources, event.source) and _side(expected.targets, event.target):
        return True
    return expected.symmetric and _side(expected.targets, event.source) \
        and _side(expected.sources, event.target)


def dyadic(events: Iterable[Event]) -> list[Event]:
    """The events scored: one-sided happenings are no dyadic events."""
    return [e for e in events if not getattr(e, "one_sided", False)]


def _placed(event: Event) -> bool:
    def known(actor: Actor) -> bool:
        return bool(actor.country) or actor.kind in ("igo", "ngo")

    return known(event.source) and known(event.target)


# --- scoring -----------------------------------------------------------------------------

def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def score_realnews(items: Sequence[RealNewsItem], preds: dict[str, Prediction],
                   thresholds: Iterable[float] = DEFAULT_THRESHOLDS) -> dict[str, Any]:
    """All figures for one set of sentences (see the module docstring)."""
    section = _counts(items, preds, 0.0)
    section["thresholds"] = [{"threshold": t, **_counts(items, preds, t)["events"]}
                             for t in thresholds]
    return section


def _counts(items: Sequence[RealNewsItem], preds: dict[str, Prediction],
            floor: float) -> dict[str, Any]:
    found = required = predicted = right = placed = placed_right = optional = 0
    nonevent = nonevent_false = nonevent_clean = one_sided = 0
    by_quad: dict[str, Counter[str]] = {}
    by_kind: dict[str, Counter[str]] = {}
    for item in items:
        produced = [e for e in preds[item.item_id].events if (e.confidence or 0.0) >= floor]
        events = dyadic(produced)
        one_sided += len(produced) - len(events)
        for exp in item.required:
            hit = any(expected_matches(exp, e) for e in events)
            found += hit
            required += 1
            for quad in exp.quads[:1]:
                cell = by_quad.setdefault(str(quad), Counter())
                cell["required"] += 1
                cell["found"] += hit
            kind = by_kind.setdefault(item.kind or "-", Counter())
            kind["required"] += 1
            kind["found"] += hit
        optional += len(item.events) - len(item.required)
        for event in events:
            ok = any(expected_matches(exp, event) for exp in item.events)
            predicted += 1
            right += ok
            if _placed(event):
                placed += 1
                placed_right += ok
        if item.must_give_nothing:
            nonevent += 1
            nonevent_false += len(events)
            nonevent_clean += not events
    precision, recall = _ratio(right, predicted), _ratio(found, required)
    return {
        "items": len(items),
        "events": {"required": required, "found": found, "recall": recall,
                   "predicted": predicted, "matched": right, "precision": precision,
                   "f1": _f1(precision, recall), "optional": optional},
        "placed": {"predicted": placed, "matched": placed_right,
                   "precision": _ratio(placed_right, placed)},
        "non_event": {"sentences": nonevent, "false_events": nonevent_false,
                      "per_sentence": _ratio(nonevent_false, nonevent)},
        "must_give_nothing": {"n": nonevent, "clean": nonevent_clean,
                              "accuracy": _ratio(nonevent_clean, nonevent)},
        "one_sided_left_out": one_sided,
        "recall_by": {
            "quad": {q: {"required": c["required"], "found": c["found"],
                         "recall": _ratio(c["found"], c["required"])}
                     for q, c in sorted(by_quad.items())},
            "kind": {k: {"required": c["required"], "found": c["found"],
                         "recall": _ratio(c["found"], c["required"])}
                     for k, c in sorted(by_kind.items())},
        },
    }


def _describe(event: Event) -> str:
    def side(actor: Actor) -> str:
        key = "IGO" if actor.kind == "igo" else "NGO" if actor.kind == "ngo" else actor.country
        return f"{actor.text or '-'} [{key or '?'}]"

    conf = "" if event.confidence is None else f" ({event.confidence:.2f})"
    return f"{side(event.source)} -> {side(event.target)} {event.cameo_code} " \
           f"quad {event.quad_class}{conf}"


def worst_realnews(items: Sequence[RealNewsItem], preds: dict[str, Prediction],
                   n: int = 10) -> list[dict[str, Any]]:
    """The n study sentences with the most errors (missed required events + wrong events).

    Check-half sentences are never listed, whatever the slice: they stay unread.
    """
    scored = []
    for item in items:
        if item.holdout:
            continue
        events = dyadic(preds[item.item_id].events)
        missed = [e for e in item.required if not any(expected_matches(e, x) for x in events)]
        wrong = [x for x in events if not any(expected_matches(e, x) for e in item.events)]
        if missed or wrong:
            scored.append((len(missed) + len(wrong), item, events, missed))
    scored.sort(key=lambda row: (-row[0], row[1].item_id))
    return [{"id": item.item_id, "errors": count, "text": item.text,
             "gold": [e.describe() for e in item.events] or ["(nothing)"],
             "predicted": [_describe(e) for e in events] or ["(nothing)"],
             "misses": [{"gold": e.describe(), "tag": "missed"} for e in missed]}
            for count, item, events, missed in scored[:n]]
