"""Scoring: pure functions from gold items and predicted events to figures.

Nothing here runs the coder, so a test can feed hand-made `Event` lists and compare the
figures with a hand count. Conventions (documented in gold/README.md):

- An event matches a gold event when every field the gold gives agrees: source and target
  country (a generic "IGO" / "NGO" matches any organisation of that kind), CAMEO code
  (compared at the gold's length: "19" takes any 19x, "112" takes 1121), PLOVER event, penta
  class, and for token spans at least one shared word. Gold and predicted events are
  paired one to one (maximum matching) within an item.
- A text's label is that of its highest-confidence event (ties: the first); a text with
  gold events but no predicted event counts as wrong; a text with several gold events is
  right when its label is one of theirs. Missing confidence counts as 0.
- Each gold event is aligned with the prediction that agrees with it on most fields
  (then the most confident) for source/target accuracy and span overlap.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .. import ontology
from ..record import Actor, Event
from .gold import GoldEvent, GoldItem, tokens

__all__ = [
    "Prediction",
    "MISS_KINDS",
    "DEFAULT_THRESHOLDS",
    "actor_matches",
    "event_matches",
    "match_events",
    "score",
    "tag_miss",
]

MISS_KINDS = ("lexicon", "actor", "parse", "filter")
DEFAULT_THRESHOLDS = (0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
LABEL_KINDS = ("root", "quad", "penta", "plover")
NONE = "none"


@dataclass(slots=True)
class Prediction:
    """What the coder gave for one gold item, with whatever introspection it offers.

    `dropped_codes`: CAMEO codes of triggers whose frames a policy removed.
    `trigger_codes`: CAMEO codes of every trigger the lexicon found in the text.
    `actor_keys`: country / IGO keys of every actor mention found in the text.
    `introspected` says whether the last two were filled (else misses are guessed).
    """

    events: list[Event] = field(default_factory=list)
    dropped_codes: list[str] = field(default_factory=list)
    trigger_codes: list[str] = field(default_factory=list)
    actor_keys: list[str] = field(default_factory=list)
    introspected: bool = False


# --- matching ----------------------------------------------------------------------------

def actor_matches(gold_key: str | None, actor: Actor | None) -> bool:
    """Does a predicted actor fit a gold country key (None = not given = anything)?"""
    if gold_key is None:
        return True
    if actor is None:
        return False
    if gold_key == "IGO":
        return actor.kind == "igo" or (actor.country or "") in ontology.igos()
    if gold_key == "NGO":
        return actor.kind == "ngo"
    if actor.country == gold_key:
        return True
    # a CAMEO group code with no country ("IMG" international militarised group): any
    # actor whose own code is of that kind ("IMGMOSALQ", al-Qaeda)
    return _group_code(gold_key) and (actor.code or "").upper().startswith(gold_key)


def _group_code(key: str) -> bool:
    """A three-letter CAMEO actor code that names no country or organisation ("IMG")."""
    return len(key) == 3 and key.isalpha() and key.isupper() and \
        key not in ontology.countries() and key not in ontology.igos()


def _span_matches(gold_span: Sequence[str], actor: Actor | None) -> bool:
    if not gold_span:
        return True
    return actor is not None and bool(set(gold_span) & set(tokens(actor.text or "")))


def code_matches(gold: GoldEvent, event: Event) -> bool:
    """The "what" of an event at the granularity the gold gives."""
    if gold.code is not None:
        # At the gold's granularity: root "19" takes any 19x, "112" takes 112 and 1121.
        if (event.cameo_code or "")[:len(gold.code)] != gold.code:
            return False
    if gold.plover is not None and event.plover_event != gold.plover:
        return False
    return gold.penta is None or event.penta_class == gold.penta


def source_matches(gold: GoldEvent, event: Event) -> bool:
    return actor_matches(gold.source, event.source) and _span_matches(gold.source_span,
                                                                      event.source)


def target_matches(gold: GoldEvent, event: Event) -> bool:
    return actor_matches(gold.target, event.target) and _span_matches(gold.target_span,
                                                                      event.target)


def event_matches(gold: GoldEvent, event: Event) -> bool:
    return code_matches(gold, event) and source_matches(gold, event) \
        and target_matches(gold, event)


def match_events(gold: Sequence[GoldEvent], predicted: Sequence[Event]) -> dict[int, int]:
    """Maximum one-to-one pairing {gold index: predicted index} of matching events."""
    owner: dict[int, int] = {}

    def assign(g: int, seen: set[int]) -> bool:
        for p, event in enumerate(predicted):
            if p in seen or not event_matches(gold[g], event):
                continue
            seen.add(p)
            if p not in owner or assign(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in range(len(gold)):
        assign(g, set())
    return {g: p for p, g in owner.items()}


def _confidence(event: Event) -> float:
    return event.confidence if event.confidence is not None else 0.0


def top_event(events: Sequence[Event]) -> Event | None:
    """The highest-confidence event (the first among equals)."""
    best: Event | None = None
    for event in events:
        if best is None or _confidence(event) > _confidence(best):
            best = event
    return best


def align(gold: GoldEvent, events: Sequence[Event]) -> Event | None:
    """The prediction that agrees with a gold event on most fields, then the most confident."""
    best: Event | None = None
    best_key = (-1, -1.0)
    for event in events:
        agree = sum((code_matches(gold, event), source_matches(gold, event),
                     target_matches(gold, event)))
        key = (agree, _confidence(event))
        if key > best_key:
            best, best_key = event, key
    return best


# --- labels ------------------------------------------------------------------------------

def gold_label(gold: GoldEvent, kind: str) -> str | None:
    if kind == "root":
        return gold.root
    if kind == "quad":
        return None if gold.quad is None else str(gold.quad)
    if kind == "penta":
        return None if gold.penta_class is None else str(gold.penta_class)
    return gold.plover


def predicted_label(event: Event | None, kind: str) -> str:
    if event is None:
        return NONE
    value: Any = {"root": event.cameo_root, "quad": event.quad_class,
                  "penta": event.penta_class, "plover": event.plover_event}[kind]
    return NONE if value is None else str(value)


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _f1(precision: float | None, recall: float | None) -> float | None:
    if not precision or not recall:
        return 0.0 if precision is not None and recall is not None else None
    return round(2 * precision * recall / (precision + recall), 4)


def _prf(matched: int, predicted: int, gold: int) -> dict[str, Any]:
    precision, recall = _ratio(matched, predicted), _ratio(matched, gold)
    return {"matched": matched, "predicted": predicted, "gold": gold,
            "precision": precision, "recall": recall, "f1": _f1(precision, recall)}


def label_accuracy(items: Sequence[GoldItem], preds: dict[str, Prediction],
                   kind: str) -> dict[str, Any] | None:
    """Share of texts with gold events whose top predicted event has a gold label."""
    total = correct = 0
    for item in items:
        labels = {gold_label(g, kind) for g in item.events} - {None}
        if not labels:
            continue
        total += 1
        correct += predicted_label(top_event(preds[item.item_id].events), kind) in labels
    return {"n": total, "correct": correct, "accuracy": _ratio(correct, total)} if total else None


def confusion(items: Sequence[GoldItem], preds: dict[str, Prediction],
              kind: str) -> dict[str, Any] | None:
    """Gold label x top predicted label; must-give-nothing texts are the gold row "none"."""
    cells: Counter[tuple[str, str]] = Counter()
    for item in items:
        guess = predicted_label(top_event(preds[item.item_id].events), kind)
        labels = [x for x in (gold_label(g, kind) for g in item.events) if x is not None]
        if item.events and not labels:
            continue
        truth = NONE if not labels else guess if guess in labels else labels[0]
        cells[(truth, guess)] += 1
    if not any(t != NONE for t, _ in cells):
        return None
    order = _label_order({t for t, _ in cells} | {p for _, p in cells})
    matrix = {t: {p: cells.get((t, p), 0) for p in order} for t in order
              if any(cells.get((t, p)) for p in order)}
    return {"kind": kind, "labels": order, "matrix": matrix}


def _label_order(present: set[str]) -> list[str]:
    labels = sorted(present - {NONE}, key=lambda x: (len(x), x))
    return [*labels, NONE]


# --- actors and spans --------------------------------------------------------------------

def actor_accuracy(items: Sequence[GoldItem], preds: dict[str, Prediction]) -> dict[str, Any]:
    """Per gold event giving a country: does the aligned prediction have that country?"""
    out: dict[str, Any] = {}
    for side in ("source", "target"):
        total = correct = 0
        for item in items:
            events = preds[item.item_id].events
            for gold in item.events:
                key = getattr(gold, side)
                if key is None:
                    continue
                total += 1
                best = align(gold, events)
                correct += best is not None and actor_matches(key, getattr(best, side))
        if total:
            out[side] = {"n": total, "correct": correct, "accuracy": _ratio(correct, total)}
    return out


def span_overlap(items: Sequence[GoldItem], preds: dict[str, Prediction]) -> dict[str, Any]:
    """Word-overlap precision / recall / F1 of source and target spans (micro-averaged).

    The prediction read for a gold event is the aligned event together with the other
    events of its trigger, since the coder gives one event per conjunct where the gold
    marks "sanctions on A and B" as one event with two target phrases (a pair and its
    mirror, as of a joint act, count once). The participants of a joint event (CoNLL R)
    go each to the side where the prediction has them: the gold leaves the direction open.
    """
    counts = {side: Counter() for side in ("source", "target")}
    used = False
    for item in items:
        events = preds[item.item_id].events
        for gold in item.events:
            if not gold.spans_given:
                continue
            used = True
            guess = predicted_sides(align(gold, events), events)
            truth = gold_sides(gold, guess)
            for side in counts:
                counts[side]["overlap"] += sum((guess[side] & truth[side]).values())
                counts[side]["predicted"] += sum(guess[side].values())
                counts[side]["gold"] += sum(truth[side].values())
    if not used:
        return {}
    out: dict[str, Any] = {}
    for side, c in counts.items():
        p, r = _ratio(c["overlap"], c["predicted"]), _ratio(c["overlap"], c["gold"])
        out[side] = {"overlap": c["overlap"], "predicted_tokens": c["predicted"],
                     "gold_tokens": c["gold"], "precision": p, "recall": r, "f1": _f1(p, r)}
    return out


def predicted_sides(best: Event | None, events: Sequence[Event]) -> dict[str, Counter[str]]:
    """Words of the source and target phrases the coder gave for `best`'s event mention:
    every distinct phrase of the events sharing its trigger, a mirrored pair once."""
    if best is None:
        return {"source": Counter(), "target": Counter()}
    pairs: list[tuple[str, str]] = []
    for event in events:
        if event is not best and (best.trigger_start is None
                                  or event.trigger_start != best.trigger_start
                                  or event.trigger_text != best.trigger_text):
            continue
        pair = (event.source.text or "", event.target.text or "" if event.target else "")
        if pair not in pairs and pair[::-1] not in pairs:
            pairs.append(pair)
    return {side: sum((Counter(tokens(text)) for text in dict.fromkeys(p[index] for p in pairs)),
                      Counter())
            for index, side in enumerate(("source", "target"))}


def gold_sides(gold: GoldEvent, guess: dict[str, Counter[str]]) -> dict[str, Counter[str]]:
    """The gold's words per side; each joint participant (in order) joins the side whose
    still unmatched predicted words it shares most with (the source on a tie)."""
    truth = {"source": Counter(gold.source_span), "target": Counter(gold.target_span)}
    left = {side: guess[side] - truth[side] for side in truth}
    for words in gold.joint_spans:
        bag = Counter(words)
        shared = {side: sum((bag & left[side]).values()) for side in truth}
        side = "target" if shared["target"] > shared["source"] else "source"
        truth[side] += bag
        left[side] -= bag
    return truth


# --- misses ------------------------------------------------------------------------------

def tag_miss(gold: GoldEvent, pred: Prediction) -> str:
    """Why a gold event was missed: filter, actor, lexicon or parse.

    filter: the coder found a fitting trigger and the gold actors, and its policies
    dropped the frame. actor: an event with the right code came out with wrong or missing
    actors, or the gold actors were not found in the text. lexicon: no trigger of the
    right code was found (or the right actors came out under another code). parse:
    trigger and actors were found but never linked.
    Without introspection from the coder, a text with no fitting event counts as lexicon.
    """
    if any(_trigger_fits(gold, code) for code in pred.dropped_codes) \
            and _actors_found(gold, pred):
        return "filter"
    if any(code_matches(gold, e) for e in pred.events):
        return "actor"
    if any(source_matches(gold, e) and target_matches(gold, e) for e in pred.events) \
            and (gold.source or gold.target or gold.source_span or gold.target_span):
        return "lexicon"
    if not pred.introspected:
        return "lexicon"
    if not any(_trigger_fits(gold, code) for code in pred.trigger_codes):
        return "lexicon"
    return "parse" if _actors_found(gold, pred) else "actor"


def _actors_found(gold: GoldEvent, pred: Prediction) -> bool:
    """Were the gold's countries among the actor mentions found in the text?"""
    found = set(pred.actor_keys)
    return all(key is None or key in GENERIC or key in found
               for key in (gold.source, gold.target))


GENERIC = ("IGO", "NGO")


def _trigger_fits(gold: GoldEvent, code: str) -> bool:
    """A trigger fits when its code is the gold code or a more specific one (112 -> 1121)."""
    if gold.code is not None and not code.startswith(gold.code):
        return False
    probe = Event(dataset="entente", doc_id="", source=Actor(""), target=Actor(""),
                  cameo_code=code)
    return gold.code is not None or code_matches(gold, probe)


# --- thresholds and calibration ----------------------------------------------------------

def _matched_flags(items: Sequence[GoldItem], preds: dict[str, Prediction],
                   keep: Callable[[Event], bool]) -> tuple[int, int, int]:
    matched = predicted = gold = 0
    for item in items:
        events = [e for e in preds[item.item_id].events if keep(e)]
        matched += len(match_events(item.events, events))
        predicted += len(events)
        gold += len(item.events)
    return matched, predicted, gold


def by_threshold(items: Sequence[GoldItem], preds: dict[str, Prediction],
                 thresholds: Iterable[float] = DEFAULT_THRESHOLDS) -> list[dict[str, Any]]:
    """Event precision / recall keeping only events with confidence >= each threshold."""
    rows = []
    for t in thresholds:
        matched, predicted, gold = _matched_flags(items, preds, lambda e, t=t: _confidence(e) >= t)
        rows.append({"threshold": t, **_prf(matched, predicted, gold)})
    return rows


def calibration(items: Sequence[GoldItem], preds: dict[str, Prediction],
                bins: int = 5) -> list[dict[str, Any]]:
    """Share of predicted events that match gold, per confidence bin (calibration)."""
    stats: dict[int, list[float]] = {}
    for item in items:
        events = preds[item.item_id].events
        pairs = match_events(item.events, events)
        hit = set(pairs.values())
        for index, event in enumerate(events):
            b = min(int(_confidence(event) * bins), bins - 1)
            cell = stats.setdefault(b, [0, 0, 0.0])
            cell[0] += 1
            cell[1] += index in hit
            cell[2] += _confidence(event)
    rows = []
    for b in sorted(stats):
        n, ok, conf = stats[b]
        rows.append({"bin": f"{b / bins:.1f}-{(b + 1) / bins:.1f}", "predicted": int(n),
                     "matched": int(ok), "precision": _ratio(int(ok), int(n)),
                     "mean_confidence": round(conf / n, 4)})
    return rows


# --- everything together -----------------------------------------------------------------

def _category(gold: GoldEvent) -> tuple[str, str]:
    if gold.code is not None:
        return "root", gold.code[:2]
    if gold.plover is not None:
        return "plover", gold.plover
    return "penta", "spans only" if gold.penta is None else str(gold.penta)


def item_errors(item: GoldItem, pred: Prediction) -> dict[str, Any]:
    """Matched pairs, misses with their tags and false positives for one item."""
    pairs = match_events(item.events, pred.events)
    misses = [{"gold": g.describe(), "tag": tag_miss(g, pred)}
              for i, g in enumerate(item.events) if i not in pairs]
    hit = set(pairs.values())
    false_pos = [e for i, e in enumerate(pred.events) if i not in hit]
    return {"pairs": pairs, "misses": misses, "false_positives": false_pos}


def describe_event(event: Event) -> str:
    src = event.source.country or event.source.text or "?"
    tgt = event.target.country or event.target.text or "?"
    conf = "" if event.confidence is None else f" ({event.confidence:.2f})"
    return f"{src} -> {tgt} {event.cameo_code or event.plover_event or '?'}{conf}"


def score(items: Sequence[GoldItem], preds: dict[str, Prediction],
          thresholds: Iterable[float] = DEFAULT_THRESHOLDS) -> dict[str, Any]:
    """All figures for one set of items (see the module docstring for the conventions)."""
    matched = predicted = gold = 0
    per_category: dict[str, Counter[str]] = {}
    category_kind = None
    misses: Counter[str] = Counter({kind: 0 for kind in MISS_KINDS})
    nothing_total = nothing_clean = 0
    for item in items:
        pred = preds[item.item_id]
        errors = item_errors(item, pred)
        matched += len(errors["pairs"])
        predicted += len(pred.events)
        gold += len(item.events)
        misses.update(m["tag"] for m in errors["misses"])
        for index, g in enumerate(item.events):
            category_kind, key = _category(g)
            cell = per_category.setdefault(key, Counter())
            cell["gold"] += 1
            cell["matched"] += index in errors["pairs"]
        if item.must_give_nothing:
            nothing_total += 1
            nothing_clean += not pred.events
    labels = {k: v for k in LABEL_KINDS if (v := label_accuracy(items, preds, k)) is not None}
    confusions = {k: v for k in ("penta", "root", "plover")
                  if (v := confusion(items, preds, k)) is not None}
    return {
        "items": len(items),
        "events": _prf(matched, predicted, gold),
        "labels": labels,
        "must_give_nothing": {"n": nothing_total, "clean": nothing_clean,
                              "accuracy": _ratio(nothing_clean, nothing_total)},
        "actors": actor_accuracy(items, preds),
        "spans": span_overlap(items, preds),
        "recall_by": {"kind": category_kind,
                      "rows": {k: {"gold": c["gold"], "matched": c["matched"],
                                   "recall": _ratio(c["matched"], c["gold"])}
                               for k, c in sorted(per_category.items())}},
        "confusion": confusions,
        "thresholds": by_threshold(items, preds, thresholds),
        "calibration": calibration(items, preds),
        "misses": dict(misses),
    }


def worst_cases(items: Sequence[GoldItem], preds: dict[str, Prediction],
                n: int = 10) -> list[dict[str, Any]]:
    """The n texts with the most errors (misses + false positives).

    Held-out items are never listed: their sentences must stay unread by rule writers.
    """
    scored = []
    for item in items:
        if item.holdout:
            continue
        pred = preds[item.item_id]
        errors = item_errors(item, pred)
        count = len(errors["misses"]) + len(errors["false_positives"])
        if count:
            scored.append((count, item, pred, errors))
    scored.sort(key=lambda row: (-row[0], row[1].item_id))
    out = []
    for count, item, pred, errors in scored[:n]:
        out.append({
            "id": item.item_id,
            "errors": count,
            "text": item.text,
            "gold": [g.describe() for g in item.events] or ["(nothing)"],
            "predicted": [describe_event(e) for e in pred.events] or ["(nothing)"],
            "misses": errors["misses"],
        })
    return out
