"""Small hand-built stores for the analysis tests: a few events whose measures we know."""

from __future__ import annotations

from datetime import date
from typing import Any

from entente.record import Actor, Event

_NAMES = {"SRB": "Serbia", "IRN": "Iran", "HUN": "Hungary", "USA": "Washington",
          "RUS": "Moscow", "CHN": "Beijing", "EU": "the European Union", "YUG": "Yugoslavia",
          "USR": "the Soviet Union", "SCG": "Serbia and Montenegro", "TUR": "Ankara",
          "FRA": "Paris", "DEU": "Berlin"}


def actor(country: str | None, sector: str | None = None, text: str | None = None) -> Actor:
    """A state actor (with a CAMEO code such as SRBGOV), or an unresolved one for None."""
    if country is None:
        return Actor(text=text or "unidentified gunmen", kind="unresolved")
    kind = "igo" if country == "EU" else "state"
    return Actor(text=text or _NAMES.get(country, country), kind=kind, country=country,
                 sector=sector, code=country + (sector or ""))


def event(dataset: str, day: str, source: str | None, target: str | None, code: str,
          doc: str | None = None, *, source_sector: str | None = None,
          target_sector: str | None = None, **extra: Any) -> Event:
    """One event; the doc id defaults to a value unique to its fields."""
    doc = doc or f"{dataset}-{day}-{source}-{target}-{code}-{source_sector}-{target_sector}"
    return Event(dataset=dataset, doc_id=doc, source=actor(source, source_sector),
                 target=actor(target, target_sector), cameo_code=code,
                 date=date.fromisoformat(day), **extra)


# Serbia and Iran, January to April 2024; February has nothing between them.
BALKAN_EVENTS = [
    event("entente", "2024-01-10", "SRB", "IRN", "040", "belgrade-talks", source_sector="GOV",
          sentence="Serbian Foreign Minister Marko Djuric held talks with his Iranian "
                   "counterpart in Belgrade on Wednesday."),
    event("entente", "2024-01-20", "IRN", "SRB", "057", "tehran-accord", target_sector="GOV",
          sentence="Iran and Serbia signed an agreement on visa-free travel in Tehran."),
    # The same wire story on another site: stored for provenance, counted once.
    event("entente", "2024-01-20", "IRN", "SRB", "057", "tehran-accord-copy",
          target_sector="GOV", duplicate_of="tehran-accord"),
    event("icews", "2024-03-02", "IRN", "SRB", "061", source_sector="BUS"),
    event("gdelt2", "2024-03-02", "SRB", "IRN", "111", source_sector="OPP"),
    event("gdelt2", "2024-03-15", "SRB", "IRN", "163", source_sector="GOV"),
    # An actor the gazetteer could not place: never part of a country dyad.
    event("entente", "2024-03-15", "SRB", None, "190", "border-clash"),
    event("entente", "2024-03-20", "IRN", "HUN", "042", "budapest-visit"),
    event("entente", "2024-04-03", "SRB", "HUN", "036", "pipeline-talks"),
]
