"""The one event record every part of entente speaks (see DESIGN.md, "The event record").

`Event` is what the coder emits and what every dataset reader normalises to; the store
flattens it into columns (`Event.to_row`) and `Event.to_dict` gives the nested JSON form
used by `entente code --format jsonl`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from typing import Any

from . import ontology

DATASETS = ("entente", "gdelt2", "gdelt1", "icews", "polecat")
ACTOR_KINDS = ("state", "igo", "ngo", "group", "person", "unresolved")
#: The word the coder puts in an event's `rule` when it tells the act in an "after" clause
#: ("protested after Belgrade reimposed visas"): ingest counts such a retold act once.
RETOLD_FLAG = "after-clause"


@dataclass(slots=True)
class Actor:
    """One side of an event. `country` is ISO3 (or an IGO short code), None if unresolved."""

    text: str
    start: int | None = None
    end: int | None = None
    kind: str = "unresolved"
    country: str | None = None
    sector: str | None = None
    code: str | None = None

    def key(self) -> str:
        """Identity used for "two different entities" and for event ids."""
        return self.code or self.country or self.text.lower()


@dataclass(slots=True)
class Event:
    dataset: str
    doc_id: str
    source: Actor
    target: Actor
    cameo_code: str | None = None
    date: date | None = None
    date_precision: str | None = "day"
    pub_date: date | None = None
    ingested_at: datetime | None = None
    cameo_root: str | None = None
    quad_class: int | None = None
    penta_class: int | None = None
    goldstein: float | None = None
    plover_event: str | None = None
    plover_mode: str | None = None
    plover_context: str | None = None
    trigger_text: str | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None
    attributed_to: str | None = None
    location_name: str | None = None
    location_country: str | None = None
    location_lat: float | None = None
    location_lon: float | None = None
    sentence_index: int | None = None
    sentence: str | None = None
    evidence: list[str] = field(default_factory=list)
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    language: str | None = None
    rule: str | None = None
    confidence: float | None = None
    coder_version: str | None = None
    extras: dict[str, Any] = field(default_factory=dict)
    #: doc_id of the original when this event's document is a near-duplicate (the same wire
    #: story on another site): stored for provenance, counted once by analysis.
    duplicate_of: str | None = None
    #: True for a one-sided happening (an actor missing: "a storm hit X"), produced only when
    #: asked for (`entente code --one-sided`); never counted in a dyad.
    one_sided: bool = False
    event_id: str = ""
    #: The dataset's own id of the row this event was read from (GDELT GLOBALEVENTID,
    #: ICEWS Event ID); None for coded articles and for datasets with text ids.
    source_event_id: int | None = None

    def __post_init__(self) -> None:
        if self.cameo_code is not None:
            self.apply_ontology()
        if not self.event_id:
            self.event_id = make_event_id(
                self.dataset, self.doc_id, self.source.key(), self.target.key(),
                self.cameo_code or self.plover_event or "")

    @property
    def retold(self) -> bool:
        """The act is told in an "after" clause of another (`RETOLD_FLAG` in its rule)."""
        return RETOLD_FLAG in (self.rule or "").split()

    def apply_ontology(self) -> None:
        """Fill root, quad / penta class, Goldstein and PLOVER fields from the CAMEO code.

        Values the source already gave (GDELT's own Goldstein and QuadClass) are kept.
        """
        code = str(self.cameo_code).strip()
        self.cameo_code = code
        self.cameo_root = code[:2]
        known = ontology.event_types().get(code)
        if known is None:
            return
        if self.quad_class is None:
            self.quad_class = known.quad_class
        if self.penta_class is None:
            self.penta_class = known.penta_class
        if self.goldstein is None:
            self.goldstein = known.goldstein
        if self.plover_event is None:
            self.plover_event = known.plover_event
            self.plover_mode = known.plover_mode
            self.plover_context = known.plover_context

    def to_dict(self) -> dict[str, Any]:
        """Nested JSON-ready form: source, target, trigger and location as objects."""
        flat = asdict(self)
        out: dict[str, Any] = {"event_id": self.event_id}
        for key in ("dataset", "date", "date_precision", "pub_date", "ingested_at"):
            out[key] = _jsonable(flat[key])
        out["source"] = flat["source"]
        out["target"] = flat["target"]
        for key in ("cameo_code", "cameo_root", "quad_class", "penta_class", "goldstein",
                    "plover_event", "plover_mode", "plover_context"):
            out[key] = flat[key]
        out["trigger"] = {"text": self.trigger_text, "start": self.trigger_start,
                          "end": self.trigger_end}
        out["attributed_to"] = self.attributed_to
        out["location"] = None if self.location_name is None and self.location_country is None \
            else {"name": self.location_name, "country": self.location_country,
                  "lat": self.location_lat, "lon": self.location_lon}
        for key in ("doc_id", "sentence_index", "sentence", "evidence", "url", "title",
                    "publisher", "language", "rule", "confidence", "coder_version", "extras",
                    "duplicate_of", "one_sided"):
            out[key] = _jsonable(flat[key])
        return out

    def to_row(self) -> dict[str, Any]:
        """Flat columns, as stored in the `events` table and exported."""
        row: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in ("source", "target"):
                for sub in fields(Actor):
                    row[f"{f.name}_{sub.name}"] = getattr(value, sub.name)
            elif f.name in ("evidence", "extras"):
                row[f.name] = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str) \
                    if value else None
            else:
                row[f.name] = value
        return row

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Event:
        """Inverse of `to_row` (for rows read back from the store)."""
        kwargs: dict[str, Any] = {}
        for side in ("source", "target"):
            values = {sub.name: row.get(f"{side}_{sub.name}") for sub in fields(Actor)}
            kwargs[side] = Actor(**values)
        for f in fields(cls):
            if f.name in ("source", "target") or f.name not in row:
                continue
            value = row[f.name]
            if f.name in ("evidence", "extras"):
                value = json.loads(value) if value else ([] if f.name == "evidence" else {})
            kwargs[f.name] = value
        return cls(**kwargs)


def column_names() -> list[str]:
    """The flat column names of `Event.to_row`, in order."""
    names: list[str] = []
    for f in fields(Event):
        if f.name in ("source", "target"):
            names.extend(f"{f.name}_{sub.name}" for sub in fields(Actor))
        else:
            names.append(f.name)
    return names


def make_event_id(dataset: str, doc_id: str, source: str, target: str, code: str) -> str:
    """Stable id of (dataset, document or row id, source, target, code)."""
    key = "\x1f".join((dataset, doc_id, source, target, code))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def content_hash(text: str) -> str:
    """Document id for inputs that give none: hash of the normalised text."""
    normal = " ".join(text.split())
    return hashlib.sha1(normal.encode("utf-8")).hexdigest()[:16]


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


@dataclass(slots=True)
class Document:
    """An article or text as read by `sources`, before coding."""

    text: str
    doc_id: str = ""
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    pub_date: date | None = None
    language: str | None = "en"
    kind: str = "text"
    near_duplicate_of: str | None = None

    def __post_init__(self) -> None:
        if not self.doc_id:
            self.doc_id = content_hash(self.text)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)
