"""What the explorer's JSON answers hold: events as display rows, an event's full detail,
a dyad's series with its directed split. Every number comes from `entente.analysis`;
article text stays plain strings (the page inserts it as text nodes) and links are
offered only for http(s) URLs."""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd

from .. import ontology
from ..brief.model import records
from ..brief.names import actor_words, period_label
from ..brief.safety import safe_url
from ..brief.topics import topic_of
from ..brief.views import event_row
from ..record import Actor, Event

__all__ = ["event_json", "event_detail", "series_json", "ROOTS"]

#: CAMEO roots with their labels, for the explorer's root filter.
ROOTS = [{"root": code, "label": t.label} for code, t in sorted(ontology.event_types().items())
         if len(code) == 2]


def event_json(event: Event) -> dict[str, Any]:
    """The stored record (nested form) plus `view`: the row as the explorer shows it."""
    data = event.to_dict()
    topic = topic_of(event.cameo_code, event.plover_context,
                     [event.sentence or "", *event.evidence])
    data["view"] = event_row(event, topic)
    return data


def _actor_detail(actor: Actor, when: date | None, resolver: Any) -> dict[str, Any]:
    reason = None
    if resolver is not None and actor.text:
        reason = resolver.resolve_phrase(actor.text, when).reason or None
    return {"name": actor_words(actor.text, actor.kind, actor.country, actor.sector),
            "text": actor.text, "kind": actor.kind, "country": actor.country,
            "country_name": ontology.name_of(actor.country) if actor.country else None,
            "sector": actor.sector, "code": actor.code,
            "reason": reason or ("no reason recorded: the event came from a dataset"
                                 if actor.start is None else "not resolved again")}


def event_detail(event: Event, resolver: Any = None) -> dict[str, Any]:
    """Everything about one event: actors with why they resolved so, rule, confidence,
    every evidence sentence with its link, coder version."""
    data = event_json(event)
    evidence = event.evidence or ([event.sentence] if event.sentence else [])
    data["detail"] = {
        "source": _actor_detail(event.source, event.date, resolver),
        "target": _actor_detail(event.target, event.date, resolver),
        "evidence": [{"sentence": s, "url": safe_url(event.url), "title": event.title}
                     for s in evidence],
        "rule": event.rule, "confidence": event.confidence,
        "coder_version": event.coder_version, "dataset": event.dataset,
        "attributed_to": event.attributed_to, "location": event.location_name,
        "date_precision": event.date_precision,
    }
    return data


def series_json(series: pd.DataFrame, freq: str) -> list[dict[str, Any]]:
    """Series rows with ISO periods and their label in words ("Jan 2024")."""
    out = []
    for row in records(series):
        start = pd.Timestamp(row["period"]).date()
        out.append({**row, "period": start.isoformat(), "label": period_label(start, freq)})
    return out
