"""The CAMEO / PLOVER ontology and country codes, loaded from the package's data files.

Everything here is public fact kept as data (``entente/data/*.tsv``); this module only
reads it. It imports nothing else of entente, so every other module can depend on it.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .errors import EntenteError

__all__ = [
    "EventType",
    "Country",
    "Igo",
    "HistoricState",
    "event_type",
    "event_types",
    "quad_class",
    "penta_class",
    "country",
    "countries",
    "to_iso3",
    "igo",
    "igos",
    "historic_states",
    "successor",
    "actor_types",
    "plover_event_2016",
    "MAJOR_POWERS",
    "STATE_SECTORS",
]

#: The powers the brief and alignment measures compare each side against.
MAJOR_POWERS: tuple[str, ...] = ("USA", "EU", "RUS", "CHN")

#: Sectors of the state itself (CAMEO actor types): an actor of a state with one of these
#: sectors is that state ("Iranian police"); with another sector ("Iranian protesters",
#: "Serbian opposition") it is a group of that state.
STATE_SECTORS: frozenset[str] = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})

#: PLOVER gold data of 2016 (manual 0.5, CAMEO-PLOV.txt) uses older event names; map them
#: to the 2021 names (CAMEO2PLOVER-2021: 09 investigate and 11 disapprove are both ACCUSE).
_PLOVER_2016: dict[str, str] = {"DEMAND": "REQUEST", "FIGHT": "ASSAULT", "DISAPPROVE": "ACCUSE",
                                "INVESTIGATE": "ACCUSE", "COOPERATION": "COOPERATE"}

#: 2016 (event, mode) pairs whose CAMEO codes the 2021 table moved to another event:
#: 1712 destroy property COERCE -> ASSAULT, 185 attempt to assassinate THREATEN -> ASSAULT.
_PLOVER_2016_MODES: dict[tuple[str, str], str] = {("COERCE", "destroy"): "ASSAULT",
                                                  ("THREATEN", "assassinate"): "ASSAULT"}


@dataclass(frozen=True, slots=True)
class EventType:
    code: str
    root: str
    label: str
    goldstein: float | None
    quad_class: int
    penta_class: int
    plover_event: str | None
    plover_mode: str | None
    plover_context: str | None


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso2: str
    cameo: str
    name: str
    official_name: str


@dataclass(frozen=True, slots=True)
class Igo:
    short: str
    cameo: str
    name: str


@dataclass(frozen=True, slots=True)
class HistoricState:
    code: str
    cameo: str
    name: str
    successor: str
    start: date
    end: date


def _rows(name: str) -> Iterator[dict[str, str]]:
    """Rows of a TSV data file; lines starting with '#' are comments."""
    text = resources.files("entente").joinpath("data", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def data_path(name: str) -> Path:
    """Filesystem path of a bundled data file (for users who want to copy and edit it)."""
    return Path(str(resources.files("entente").joinpath("data", name)))


def quad_class(root: str | int) -> int:
    """GDELT convention: roots 01-05 -> 1, 06-09 -> 2, 10-14 -> 3, 15-20 -> 4."""
    r = int(root)
    if not 1 <= r <= 20:
        raise EntenteError(f"not a CAMEO root code: {root!r}")
    return 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4


def penta_class(root: str | int) -> int:
    """Phoenix convention: 01-02 -> 0, 03-05 -> 1, 06-08 -> 2, 09-13 and 16 -> 3, rest -> 4."""
    r = int(root)
    if not 1 <= r <= 20:
        raise EntenteError(f"not a CAMEO root code: {root!r}")
    if r <= 2:
        return 0
    if r <= 5:
        return 1
    if r <= 8:
        return 2
    if r <= 13 or r == 16:
        return 3
    return 4


@lru_cache(maxsize=1)
def event_types() -> dict[str, EventType]:
    """Every CAMEO event code (roots included), keyed by code string."""
    table: dict[str, EventType] = {}
    for row in _rows("cameo_events.tsv"):
        table[row["code"]] = EventType(
            code=row["code"],
            root=row["root"],
            label=row["label"],
            goldstein=float(row["goldstein"]) if row["goldstein"] else None,
            quad_class=int(row["quad_class"]),
            penta_class=int(row["penta_class"]),
            plover_event=row["plover_event"] or None,
            plover_mode=row["plover_mode"] or None,
            plover_context=row["plover_context"] or None,
        )
    return table


def event_type(code: str) -> EventType:
    """Look up a CAMEO code ("040", "1031"); raises EntenteError naming the code if unknown."""
    code = str(code).strip()
    found = event_types().get(code)
    if found is None:
        raise EntenteError(f"unknown CAMEO event code: {code!r}")
    return found


def plover_event_2016(name: str, mode: str | None = None) -> str:
    """Translate a 2016 PLOVER event (and its mode) to its 2021 event: DEMAND -> REQUEST,
    INVESTIGATE -> ACCUSE, COERCE with mode destroy -> ASSAULT ..."""
    upper = name.strip().upper()
    moved = _PLOVER_2016_MODES.get((upper, (mode or "").strip().lower()))
    return moved or _PLOVER_2016.get(upper, upper)


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """Every country and territory keyed by ISO3."""
    return {
        r["iso3"]: Country(r["iso3"], r["iso2"], r["cameo"] or r["iso3"], r["name"],
                           r["official_name"] or r["name"])
        for r in _rows("countries.tsv")
    }


@lru_cache(maxsize=1)
def igos() -> dict[str, Igo]:
    """International organisations keyed by their short code (EU, UN, NATO ...)."""
    return {r["short"]: Igo(r["short"], r["cameo"], r["name"]) for r in _rows("igos.tsv")}


def igo(short: str) -> Igo | None:
    return igos().get(short.upper())


@lru_cache(maxsize=1)
def historic_states() -> dict[str, HistoricState]:
    out: dict[str, HistoricState] = {}
    for r in _rows("historic_states.tsv"):
        state = HistoricState(r["code"], r["cameo"] or r["code"], r["name"], r["successor"],
                              date.fromisoformat(r["from"]), date.fromisoformat(r["to"]))
        out[state.code] = state
        if state.cameo != state.code:
            out.setdefault(state.cameo, state)
    return out


def successor(code: str, on: date | None = None) -> str:
    """The present-day state a historic code rolls up into (on a date, when given)."""
    state = historic_states().get(code)
    if state is None or (on is not None and not state.start <= on <= state.end):
        return code
    return state.successor


@lru_cache(maxsize=1)
def actor_types() -> dict[str, str]:
    """CAMEO actor type codes (GOV, MIL, MED ...) with their labels."""
    return {r["code"]: r["label"] for r in _rows("actor_types.tsv")}


@lru_cache(maxsize=1)
def _code_index() -> dict[str, str]:
    """Upper-cased ISO3, ISO2, CAMEO codes, IGO codes and English names -> canonical key."""
    index: dict[str, str] = {}
    for c in countries().values():
        for key in (c.name, c.official_name, c.iso2):
            index.setdefault(key.upper(), c.iso3)
        index[c.cameo.upper()] = c.iso3
        index[c.iso3] = c.iso3
    for state in historic_states().values():
        index.setdefault(state.code, state.code)
        index.setdefault(state.cameo, state.code)
        index.setdefault(state.name.upper(), state.code)
    for org in igos().values():
        index.setdefault(org.short, org.short)
        index.setdefault(org.cameo, org.short)
        index.setdefault(org.name.upper(), org.short)
    for alias, key in _COMMON_ALIASES.items():
        index.setdefault(alias.upper(), key)
    return index


# Short names analysts type at the command line ("UK", "US", "Russia" is already a name).
_COMMON_ALIASES = {
    "UK": "GBR", "Britain": "GBR", "Great Britain": "GBR", "US": "USA", "USA": "USA",
    "America": "USA", "United States of America": "USA", "Kosovo": "XKX", "Korea": "KOR",
    "Czech Republic": "CZE", "Turkiye": "TUR", "Türkiye": "TUR", "Burma": "MMR",
    "Vatican": "VAT", "European Union": "EU",
}


def to_iso3(value: str) -> str | None:
    """Canonical key for a country or IGO given as ISO3, ISO2, CAMEO code or English name.

    Returns ISO3 for states (CAMEO's ROM -> ROU, TMP -> TLS, KOS -> XKX), the code as is for
    historic states (USR, YUG, SCG ...), the short code for IGOs (EU, UN), else None.
    """
    if not value:
        return None
    return _code_index().get(value.strip().upper())


def country(value: str) -> str:
    """Like `to_iso3`, but raises a clear error with close matches when unknown."""
    found = to_iso3(value)
    if found is not None:
        return found
    import difflib

    names = sorted({c.name for c in countries().values()} | set(igos()))
    close = difflib.get_close_matches(value, names, n=3, cutoff=0.6)
    hint = f" (did you mean: {', '.join(close)}?)" if close else ""
    raise EntenteError(f"unknown country or organisation: {value!r}{hint}")


def name_of(key: str) -> str:
    """English name for an ISO3 / IGO / historic code, or the code itself."""
    if key in countries():
        return countries()[key].name
    if key in igos():
        return igos()[key].name
    if key in historic_states():
        return historic_states()[key].name
    return key
