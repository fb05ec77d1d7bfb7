"""Why a dyad question found no events, in words a user can act on.

`why_empty` looks for the first reason that explains an empty result: a store without
events, a pair that never meets, or the filter (date range, dataset, root, sector, actor,
confidence) that emptied the pair's events; for a value that matches nothing it lists the
values the pair's events do have, with a "did you mean" when one is close.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from datetime import date
from typing import Any

from .. import ontology
from ..store import Store
from ._filters import EventFilter, Params, dyad_condition, events_ctes, resolve_pair
from .events import countries_in_store, dyad_events

__all__ = ["why_empty"]

_HOW_TO_ADD = ("add some with `entente ingest text FILE` (or jsonl, html, url, gdelt, icews, "
               "polecat), or run `make demo` and use demo-out/entente-demo.duckdb")
# The column of the pair's events that each value filter reads.
_COLUMNS = {"dataset": "dataset", "root": "cameo_root",
            "sector": "coalesce(source_sector, '') || ' ' || coalesce(target_sector, '')",
            "actor": "coalesce(source_code, '') || ' ' || coalesce(target_code, '')"}

_WORDS = {"dataset": "dataset", "root": "CAMEO root", "sector": "sector",
          "actor": "actor code"}


def why_empty(store: Store, a: str, b: str, start: date | str | None = None,
              end: date | str | None = None, *, datasets: Iterable[str] | None = None,
              roots: Iterable[str | int] | None = None,
              sectors: Iterable[str] | None = None, actors: Iterable[str] | None = None,
              successors: bool = False, one_a_day: bool = False,
              min_confidence: float | None = None) -> list[str]:
    """Sentences saying why the a-b events under these filters are none ([] if some are).

    >>> why_empty(store, "Serbia", "Iran", actors=["Vucic"])  # doctest: +SKIP
    ['--actor Vucic: no Serbia-Iran event has this actor code; ... did you mean SRBGOV?']
    """
    ka, kb = resolve_pair(a, b, successors=successors)
    pair = f"{ontology.name_of(ka)}-{ontology.name_of(kb)}"

    def count(**options: Any) -> int:
        return dyad_events(store, ka, kb, limit=1, successors=successors, **options).total

    asked = dict(start=start, end=end, datasets=datasets, roots=roots, sectors=sectors,
                 actors=actors, one_a_day=one_a_day, min_confidence=min_confidence)
    if count(**asked):
        return []
    if store.count_events() == 0:
        return [f"the store {store.path} has no events yet: {_HOW_TO_ADD}"]
    if count() == 0:
        undated = _undated(store, ka, kb)
        if undated:
            return [f"the store's {undated} {pair} events have no date (their documents gave "
                    "none), so no period holds them; a document's date is given when it is "
                    "ingested (--date YYYY-MM-DD, or a \"date\" field in JSONL)"]
        return [f"no {pair} events in the store at all; {_busiest(store)}"]
    reasons = []
    if (start or end) and count(start=start, end=end) == 0:
        first, last = _date_span(store, ka, kb, successors)
        reasons.append(f"--from/--to: no {pair} events between {start or 'the start'} and "
                       f"{end or 'the end'}; their events run from {first} to {last}")
    for option, key, values in (("--dataset", "dataset", datasets), ("--root", "root", roots),
                                ("--sector", "sector", sectors), ("--actor", "actor", actors)):
        if values and count(**{key + "s": values}) == 0:
            reasons.append(_no_match(store, ka, kb, successors, option, key, list(values),
                                     pair))
    if min_confidence and count(min_confidence=min_confidence) == 0:
        reasons.append(f"--min-confidence {min_confidence}: every {pair} event is coded with "
                       "less confidence")
    if not reasons:
        reasons.append(f"each filter alone leaves some of the {count()} {pair} events, but "
                       "together they match none: drop one of them")
    return reasons


def _undated(store: Store, ka: str, kb: str) -> int:
    """Dyadic events of the pair stored without a date (left out of every period)."""
    row = store.con.execute(
        f"SELECT count(*) FROM {store.events_table} WHERE date IS NULL "
        "AND ((source_country = ? AND target_country = ?) "
        "OR (source_country = ? AND target_country = ?))", [ka, kb, kb, ka]).fetchone()
    return int(row[0]) if row else 0


def _busiest(store: Store, n: int = 6) -> str:
    top = countries_in_store(store).head(n)
    listed = ", ".join(f"{k} ({e})" for k, e in zip(top["key"], top["events"], strict=True))
    return f"the countries with the most events are {listed}"


def _date_span(store: Store, ka: str, kb: str, successors: bool) -> tuple[Any, Any]:
    f, params = EventFilter.make(successors=successors), Params()
    sql = events_ctes(store.events_table, f, [ka, kb], params) + (
        f" SELECT min(date), max(date) FROM base WHERE {dyad_condition(ka, kb, params)}")
    first, last = store.con.execute(sql, params).fetchone() or (None, None)
    return first, last


def _present(store: Store, ka: str, kb: str, successors: bool, key: str) -> dict[str, int]:
    """The values of one filter's column over the pair's events, with their counts."""
    f, params = EventFilter.make(successors=successors), Params()
    column = _COLUMNS[key]
    sql = events_ctes(store.events_table, f, [ka, kb], params,
                      columns=f"*, {column} AS _value") + (
        f" SELECT _value, count(*) FROM base WHERE {dyad_condition(ka, kb, params)} "
        "GROUP BY ALL")
    counts: dict[str, int] = {}
    for value, n in store.con.execute(sql, params).fetchall():
        text = str(value or "")
        for part in dict.fromkeys((text if key == "dataset" else text.upper()).split()):
            counts[part] = counts.get(part, 0) + int(n)
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _no_match(store: Store, ka: str, kb: str, successors: bool, option: str, key: str,
              values: list[Any], pair: str) -> str:
    present = _present(store, ka, kb, successors, key)
    shown = ", ".join(f"{v} ({n})" for v, n in list(present.items())[:10]) or "none"
    text = (f"{option} {' '.join(map(str, values))}: no {pair} event has this "
            f"{_WORDS[key]}; theirs are {shown}")
    guesses = [g for v in values for g in _guesses(str(v), key, list(present))]
    if guesses:
        text += f"; did you mean {' or '.join(dict.fromkeys(guesses))}?"
    return text


def _guesses(value: str, key: str, present: list[str]) -> list[str]:
    """Close spellings among the values present; for an actor, the code of a name too."""
    close = difflib.get_close_matches(value.upper(), present, n=2, cutoff=0.6)
    if key == "actor" and not close:
        from ..actors import ActorResolver  # the gazetteer: loaded only to explain a miss

        codes = [m.code for m in ActorResolver().find(value) if m.code]
        close = [c for c in codes if c in present] or codes[:1]
    return close
