"""Predicting: run the coder over gold items and collect events plus any introspection.

The coder is another module; this side only relies on `Coder().code_documents` (or
`code_document`). To tell why a gold event was missed, texts with a miss are inspected
with the coder's `diagnose(doc, date=None)` when it has one (a result with any of
`triggers` and `dropped_codes` carrying CAMEO codes and `mentions` with a `country`). A
coder without it is not inspected: its misses are tagged by the fallback rules of
`metrics.tag_miss`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from ..errors import EntenteError
from ..record import Document, Event
from .gold import GoldItem
from .metrics import Prediction, match_events

__all__ = ["default_coder", "predict"]


def default_coder(one_sided: bool = False) -> Any:
    """The project's coder (with `one_sided`, one that also gives one-sided happenings), or
    a clear error when it cannot be loaded."""
    try:
        from ..coder import Coder

        return Coder(one_sided=one_sided)
    except ImportError as exc:
        raise EntenteError(f"the coder is not available ({exc})") from None


def _document(item: GoldItem) -> Document:
    return Document(text=item.text, doc_id=item.item_id, pub_date=item.date)


def predict(items: Sequence[GoldItem], coder: Any = None,
            progress: Callable[[int], None] | None = None,
            inspect: bool = True) -> dict[str, Prediction]:
    """Code every gold item; returns {item id: Prediction}. `progress(n)` after each item.

    With `inspect`, texts where a gold event was missed are inspected to tag the miss.
    """
    coder = coder if coder is not None else default_coder()
    out: dict[str, Prediction] = {}
    for item, events in zip(items, _code_all(coder, items), strict=True):
        pred = Prediction(events=list(events))
        if inspect and len(match_events(item.events, pred.events)) < len(item.events):
            _introspect(coder, item, pred)
        out[item.item_id] = pred
        if progress is not None:
            progress(1)
    return out


def _code_all(coder: Any, items: Sequence[GoldItem]) -> Iterable[list[Event]]:
    batch = getattr(coder, "code_documents", None)
    if batch is not None:
        # Each gold item carries its own date as the document's publication date.
        return (events for _, events in batch(_document(item) for item in items))
    return (coder.code_document(_document(item), date=item.date) for item in items)


def _introspect(coder: Any, item: GoldItem, pred: Prediction) -> None:
    diagnose = getattr(coder, "diagnose", None)
    if diagnose is not None:
        report = diagnose(_document(item), date=item.date)
        pred.trigger_codes = [c for c in (_code_of(t) for t in _get(report, "triggers")) if c]
        pred.dropped_codes = [c for c in (_code_of(t) for t in _get(report, "dropped_codes")) if c]
        pred.actor_keys = [k for k in (_country_of(m) for m in _get(report, "mentions")) if k]
        pred.introspected = True


def _get(report: Any, name: str) -> list[Any]:
    value = report.get(name) if isinstance(report, dict) else getattr(report, name, None)
    return list(value or [])


def _code_of(trigger: Any) -> str | None:
    if isinstance(trigger, str):
        return trigger
    for name in ("cameo_code", "code"):
        value = trigger.get(name) if isinstance(trigger, dict) else getattr(trigger, name, None)
        if value:
            return str(value)
    return None


def _country_of(mention: Any) -> str | None:
    value = mention.get("country") if isinstance(mention, dict) \
        else getattr(mention, "country", None)
    return str(value) if value else None
