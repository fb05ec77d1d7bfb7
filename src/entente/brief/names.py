"""Actors and periods in words: "Serbian government" rather than SRBGOV, "Jan 2024" rather
than 2024-01-01. CAMEO codes stay available for hover text and the appendix."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

from .. import ontology
from ..actors.entries import read_tsv

__all__ = ["actor_words", "actor_code", "adjective", "period_label", "short_period",
           "period_in_text", "count_of_periods"]

# Words that only point back at an actor named earlier: show the actor's name instead.
_POINTERS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them",
                       "his", "its", "their", "both", "both sides", "the two sides",
                       "the two countries", "the country", "the government", "the side",
                       "the latter", "the former"})
# A trailing place ("ministers negotiated in Tehran"): the place is where, not who.
_PLACE_TAIL = re.compile(r"\s+(?:in|at|near|from)\s+(?:the\s+)?[A-Z][\w'’.-]*"
                         r"(?:\s+[A-Z][\w'’.-]*)*\s*$")
# A trailing day ("a delegation led by the minister in Tehran on Wednesday"): when, not who.
_DAY_TAIL = re.compile(r"\s+(?:on|last|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|"
                       r"Friday|Saturday|Sunday)\s*$", re.I)
# "the United Nations", "the European Union": a proper name read without its article.
_THE_NAME = re.compile(r"^[Tt]he\s+[A-Z][\w'’.-]*(?:\s+(?:(?:of|and|for|the)\s+)?"
                       r"[A-Z][\w'’.-]*)*$")
_SECTOR_WORDS = {"GOV": "government", "MIL": "military", "COP": "police", "JUD": "judiciary",
                 "LEG": "parliament", "OPP": "opposition", "REB": "rebels", "BUS": "business",
                 "MED": "media", "HLH": "health authorities", "CVL": "civilians",
                 "REF": "refugees", "SPY": "intelligence services", "AGR": "agriculture ministry",
                 "EDU": "education authorities", "LAB": "labour unions", "PTY": "party"}


@lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    path = resources.files("entente").joinpath("data/actors/states.tsv")
    out = {}
    for _, row in read_tsv("states.tsv", path.read_text(encoding="utf-8")):
        forms = [f for f in (row.get("adjectives") or "").split("|") if f]
        if forms:
            out[row["iso3"]] = forms[0]
    return out


def adjective(country: str | None) -> str | None:
    """"Serbian" for SRB (None when the gazetteer has no adjective)."""
    return _adjectives().get(country or "")


def _built(country: str | None, sector: str | None) -> str:
    if not country:
        return "unnamed actor"
    name = ontology.name_of(country)
    word = _SECTOR_WORDS.get((sector or "").upper())
    if not word:
        return name
    adj = adjective(country)
    return f"{adj} {word}" if adj else f"{name}'s {word}"


def actor_words(text: Any, kind: Any = None, country: Any = None, sector: Any = None) -> str:
    """The actor as a reader would name it.

    People and descriptive phrases keep their words (trimmed of a trailing place);
    a bare country, capital or pronoun becomes the country's name, with its sector
    ("Serbian government") when the event has one.
    """
    words = " ".join(str(text or "").split())
    for tail in (_DAY_TAIL, _PLACE_TAIL, _DAY_TAIL):
        words = tail.sub("", words).strip(" ,;:")
    if not words or words.lower() in _POINTERS:
        return _built(country, sector)
    if kind in ("state", "igo") and len(words.split()) == 1:
        return _built(country, sector)
    if kind in ("state", "igo") and _THE_NAME.match(words):
        words = words.split(None, 1)[1]
    return words[0].upper() + words[1:]


def actor_code(code: Any, country: Any) -> str:
    """The CAMEO actor code shown on hover (the country key when there is none)."""
    return str(code or country or "no code")


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
           "Dec")


def period_label(start: date, freq: str) -> str:
    """"Jan 2024", "Q1 2024", "2024", "week of 8 Jan 2024", "8 Jan 2024"."""
    if freq == "month":
        return f"{_MONTHS[start.month - 1]} {start.year}"
    if freq == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if freq == "year":
        return str(start.year)
    day = f"{start.day} {_MONTHS[start.month - 1]} {start.year}"
    return f"week of {day}" if freq == "week" else day


def period_in_text(start: date, freq: str) -> str:
    """A period as it reads inside a sentence: "from the week of 2 Dec 2024 on"."""
    return ("the " if freq == "week" else "") + period_label(start, freq)


def count_of_periods(n: int, freq: str) -> str:
    """"the last month" rather than "the last 1 months": "month", "6 months"."""
    return freq if n == 1 else f"{n} {freq}s"


def short_period(start: date, freq: str) -> str:
    """A chart tick: "Jan 2024" for months, "Q1 2024", "2024", "8 Jan" for days and weeks."""
    if freq in ("day", "week"):
        return f"{start.day} {_MONTHS[start.month - 1]}"
    return period_label(start, freq)
