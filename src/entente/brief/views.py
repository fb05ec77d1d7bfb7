"""Display forms shared by the HTML and Markdown briefs (and the web pages).

Turns analysis rows into plain dicts with labels and formatted numbers; URLs are passed
through `safe_url`, so a template never sees a link that is not http(s).
"""

from __future__ import annotations

import math
from typing import Any

from .. import ontology
from ..record import Event
from .names import actor_code, actor_words
from .safety import safe_url

__all__ = ["event_view", "event_row", "number", "percent", "signed", "quad_label",
           "trend_view", "confidence_text"]

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def number(value: Any, digits: int = 2) -> str:
    """A number as text: integers plainly, floats rounded; missing values as an en dash."""
    if _missing(value):
        return "–"
    if isinstance(value, (int,)) or (isinstance(value, float) and value.is_integer()
                                     and digits == 0):
        return f"{int(value):,}"
    try:
        return f"{float(value):,.{digits}f}"
    except (TypeError, ValueError):
        return str(value)


def signed(value: Any, digits: int = 2) -> str:
    if _missing(value):
        return "–"
    return f"{float(value):+,.{digits}f}"


def percent(value: Any) -> str:
    if _missing(value):
        return "–"
    return f"{100 * float(value):.0f}%"


def quad_label(value: Any) -> str:
    if _missing(value):
        return "–"
    return QUAD_NAMES.get(int(value), str(value))


def _actor(row: dict[str, Any], side: str) -> str:
    """"Serbian President Aleksandar Vucic": the actor in words (see `names.actor_words`)."""
    value = row.get(side)
    if isinstance(value, dict):  # the nested actor form of Event.to_dict
        return actor_words(value.get("text"), value.get("kind"), value.get("country"),
                           value.get("sector"))
    return actor_words(row.get(f"{side}_text"), row.get(f"{side}_kind"),
                       row.get(f"{side}_country") or value, row.get(f"{side}_sector"))


def event_view(row: dict[str, Any]) -> dict[str, Any]:
    """One event row from `top_events` (or the store) as the fields a reader sees."""
    code = row.get("cameo_code")
    label = row.get("label") or row.get("event_label")
    if not label and code:
        known = ontology.event_types().get(str(code))
        label = known.label if known else None
    when = row.get("date")
    return {
        "date": str(when)[:10] if when is not None else "undated",
        "source": _actor(row, "source"),
        "target": _actor(row, "target"),
        "code": code or row.get("plover_event") or "",
        "label": label or row.get("plover_event") or "",
        "quad": quad_label(row.get("quad_class")),
        "quad_class": None if _missing(row.get("quad_class")) else int(row["quad_class"]),
        "goldstein": signed(row.get("goldstein"), 1),
        "sentence": row.get("sentence") or "",
        "url": safe_url(row.get("url")),
        "raw_url": row.get("url") or "",
        "title": row.get("title") or "",
        "publisher": row.get("publisher") or "",
        "dataset": row.get("dataset") or "",
    }


def trend_view(trend: Any) -> dict[str, str] | None:
    """The trend as words and numbers: direction, slope with its interval, Mann-Kendall."""
    if trend is None:
        return None
    slope = getattr(trend, "slope", None)
    low, high = getattr(trend, "low", None), getattr(trend, "high", None)
    p_value = getattr(trend, "p_value", None)
    if _missing(slope):
        direction = "no trend can be measured"
    elif not _missing(p_value) and p_value >= 0.05:
        direction = "no significant trend"
    else:
        direction = "towards cooperation" if slope > 0 else "towards conflict" \
            if slope < 0 else "flat"
    return {"direction": direction, "slope": signed(slope, 3), "low": signed(low, 3),
            "high": signed(high, 3), "tau": signed(getattr(trend, "mann_kendall_tau", None), 2),
            "p_value": number(p_value, 3)}


def confidence_text(value: Any) -> str:
    """"0.82", or "–" for events without a confidence (the datasets' rows)."""
    return "–" if _missing(value) else f"{float(value):.2f}"


def event_row(event: Event, topic: str | None = None) -> dict[str, Any]:
    """One counted event as the brief's appendix and the explorer show it: actors in
    words (codes kept for hover), label, scores, sentence and a safe link."""
    from .judgements import event_anchor

    label = ontology.event_types().get(event.cameo_code or "")
    return {
        "id": event.event_id, "anchor": event_anchor(event.event_id),
        "date": event.date.isoformat() if event.date else "undated",
        "source": actor_words(event.source.text, event.source.kind, event.source.country,
                              event.source.sector),
        "source_code": actor_code(event.source.code, event.source.country),
        "target": actor_words(event.target.text, event.target.kind, event.target.country,
                              event.target.sector),
        "target_code": actor_code(event.target.code, event.target.country),
        "direction": f"{event.source.country or '?'}->{event.target.country or '?'}",
        "code": event.cameo_code or event.plover_event or "",
        "label": label.label if label else (event.plover_event or ""),
        "quad": quad_label(event.quad_class),
        "quad_class": event.quad_class,
        "goldstein": signed(event.goldstein, 1),
        "confidence": confidence_text(event.confidence),
        "sentence": event.sentence or "",
        "more_evidence": max(len(event.evidence) - 1, 0),
        "url": safe_url(event.url),
        "raw_url": event.url or "",
        "title": event.title or "",
        "publisher": event.publisher or "",
        "dataset": event.dataset,
        "topic": topic or "",
    }
