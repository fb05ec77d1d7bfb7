"""Reading a dyad's events: pages of the events every measure counts, one event, provenance.

The web explorer and the brief read events only through these functions, so the events a
page lists are exactly the events the series and the brief count (the same filters as
`dyad_series`: near-duplicates and undated events left out, `dyad_condition` for "between
a and b").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pandas as pd

from .. import ontology
from ..errors import InputError
from ..record import Event
from ..store import Store
from ._filters import (
    EventFilter,
    Params,
    check_freq,
    dyad_condition,
    events_ctes,
    resolve_pair,
    to_date,
)

__all__ = ["EventPage", "dyad_events", "event_by_id", "dyad_provenance", "Provenance",
           "countries_in_store", "period_bounds", "SORT_KEYS"]

#: Sort keys of `dyad_events` and the columns they order by (event_id breaks ties).
SORT_KEYS = {"date": "date", "goldstein": "goldstein", "confidence": "confidence"}

#: Every column of the events table plus `src` / `tgt` (the countries as counted).
_ALL_COLUMNS = "*"
#: What choosing a page needs: sort keys, filters, one-a-day's key. The page's rows are
#: then read in full by id and date (few rows: the date zone maps skip most of the table).
_NARROW_COLUMNS = ("event_id, date, dataset, cameo_code, cameo_root, plover_event, "
                   "quad_class, goldstein, confidence, sentence")


@dataclass(slots=True)
class EventPage:
    """One page of a dyad's events: `total` matching events, `events` the rows of the page
    (every stored column, as `Event` records) in the order asked for."""

    a: str
    b: str
    total: int
    offset: int
    events: list[Event]


def _quads(values: Iterable[int | str] | None) -> tuple[int, ...]:
    out = set()
    for value in values or ():
        text = str(value).strip()
        if text not in ("1", "2", "3", "4"):
            raise InputError(f"quad: not a quad class (1-4): {value!r}")
        out.add(int(text))
    return tuple(sorted(out))


def _direction(direction: str | None, ka: str, kb: str) -> tuple[str, str] | None:
    """(source, target) for a direction given as "a->b" / "b->a" or "SRB->IRN"; None: both."""
    if direction in (None, "", "both"):
        return None
    text = str(direction).replace(" ", "").upper()
    if text in ("A->B", f"{ka}->{kb}"):
        return ka, kb
    if text in ("B->A", f"{kb}->{ka}"):
        return kb, ka
    raise InputError(f"direction: use a->b, b->a or both, not {direction!r}")


def _page_sql(table: str, f: EventFilter, ka: str, kb: str, params: Params, *,
              direction: tuple[str, str] | None, quads: tuple[int, ...], text: str | None,
              order: str, window: str | None = None, narrow: bool = False) -> str:
    conds = ["selected", dyad_condition(ka, kb, params)]
    if window:
        conds.append(window)
    if direction is not None:
        conds.append(f"src = {params.add(direction[0])} AND tgt = {params.add(direction[1])}")
    if quads:
        conds.append(f"quad_class IN ({params.add_list(quads)})")
    if text:
        conds.append(f"strpos(lower(coalesce(sentence, '')), {params.add(text.lower())}) > 0")
    columns = _NARROW_COLUMNS if narrow else _ALL_COLUMNS
    chosen = "event_id, date" if narrow else "* EXCLUDE (src, tgt, selected)"
    return events_ctes(table, f, [ka, kb], params, columns=columns, between=True) + f""",
dyad AS (SELECT * FROM base WHERE {" AND ".join(conds)})
SELECT {chosen}{"" if window else ", count(*) OVER () AS _total"}
FROM dyad ORDER BY {order}"""


def _order(sort: str, descending: bool) -> str:
    if sort not in SORT_KEYS:
        raise InputError(f"sort: use one of {', '.join(SORT_KEYS)}, not {sort!r}")
    way = "DESC" if descending else "ASC"
    return f"{SORT_KEYS[sort]} {way} NULLS LAST, date {way}, event_id"


def dyad_events(store: Store, a: str, b: str, start: date | str | None = None,
                end: date | str | None = None, *, direction: str | None = None,
                quads: Iterable[int | str] | None = None, text: str | None = None,
                sort: str = "date", descending: bool = False, limit: int | None = 200,
                offset: int = 0, **options: Any) -> EventPage:
    """The events between a and b that the dyad's measures count, one page at a time.

    `direction` ("a->b", "b->a" or "SRB->IRN") keeps one direction; `quads` quad classes;
    `text` events whose sentence contains it (any case); `sort` is date, goldstein or
    confidence. Other options (datasets, roots, sectors, actors, one_a_day, successors,
    min_confidence) are those of `dyad_series`. `limit=None` returns every event.

    >>> dyad_events(store, "SRB", "IRN", sort="goldstein", limit=5)  # doctest: +SKIP
    """
    ka, kb = resolve_pair(a, b, successors=bool(options.get("successors")))
    f = EventFilter.make(start, end, **options)
    if limit is not None and limit < 1 or offset < 0:
        raise InputError("limit must be at least 1 and offset not negative")
    where = _direction(direction, ka, kb)
    quad_set, words = _quads(quads), (text or "").strip() or None
    params = Params()
    window, total = None, None
    if limit is not None and sort == "date" and not words:
        found = _date_window(store, f, ka, kb, where, quad_set, limit + offset, descending)
        if found is not None:
            total, narrowed = found
            window = "TRUE" if narrowed is not None else "FALSE"
            f = narrowed or f
    sql = _page_sql(store.events_table, f, ka, kb, params, direction=where, quads=quad_set,
                    text=words, order=_order(sort, descending), window=window,
                    narrow=limit is not None)
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    cur = store.con.execute(sql, params)
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    if total is None:
        total = int(rows[0]["_total"]) if rows else 0
        if not rows and offset:
            total = dyad_events(store, ka, kb, start, end, direction=direction, quads=quads,
                                text=text, limit=1, **options).total
    if limit is not None:
        rows = _rows_by_id(store, [(r["event_id"], r["date"]) for r in rows])
    events = [Event.from_row({k: v for k, v in row.items() if k != "_total"}) for row in rows]
    return EventPage(ka, kb, total, offset, events)


#: Days between two wanted dates above which `_rows_by_id` reads them apart (reading
#: another run costs about what reading a few more days of rows does).
_GAP_DAYS = 3


def _rows_by_id(store: Store, wanted: list[tuple[str, date]]) -> list[dict[str, Any]]:
    """Full rows of the events `wanted` (id, date), in that order. The dates are cut into
    runs without long gaps and each run is read on its own, so the date zone maps let the
    scan skip the row groups in between."""
    if not wanted:
        return []
    runs: list[list[tuple[str, date]]] = []
    for event_id, day in sorted(wanted, key=lambda w: w[1]):
        if runs and (day - runs[-1][-1][1]).days <= _GAP_DAYS:
            runs[-1].append((event_id, day))
        else:
            runs.append([(event_id, day)])
    params = Params()
    parts = [f"SELECT * FROM {store.events_table} WHERE {_run_condition(run, params)}"
             for run in runs]
    cur = store.con.execute(" UNION ALL ".join(parts), params)
    names = [d[0] for d in cur.description]
    at = names.index("event_id")
    found = {row[at]: dict(zip(names, row, strict=True)) for row in cur.fetchall()}
    return [found[event_id] for event_id, _ in wanted if event_id in found]


def _run_condition(run: list[tuple[str, date]], params: Params) -> str:
    """The rows of one run: a lone event by equalities (both are filters inside the scan,
    so the other columns are read for that row only), more by their dates' span."""
    if len(run) == 1:
        return f"date = {params.add(run[0][1])} AND event_id = {params.add(run[0][0])}"
    return (f"date BETWEEN {params.add(run[0][1])} AND {params.add(run[-1][1])} AND "
            f"event_id IN ({params.add_list(e for e, _ in run)})")


def _date_window(store: Store, f: EventFilter, ka: str, kb: str,
                 direction: tuple[str, str] | None, quads: tuple[int, ...], need: int,
                 descending: bool) -> tuple[int, EventFilter | None] | None:
    """From the store's daily totals: how many events match, and the filter narrowed to
    the days that hold the first `need` of them in date order (so the page reads only
    those days, which the date zone maps of the table skip to; None when no event
    matches). None when the totals cannot answer (filters on single events, attached
    Parquet, totals not current)."""
    from .series import _daily_totals_serve

    if not _daily_totals_serve(store, f):
        return None
    lo_key, hi_key = sorted((ka, kb))
    local = Params()
    conds = [f"country_lo = {local.add(lo_key)}", f"country_hi = {local.add(hi_key)}",
             *f.range_conditions(local)]
    if f.roots:
        conds.append(f"cameo_root IN ({local.add_list(f.roots)})")
    if quads:
        conds.append(f"quad_class IN ({local.add_list(quads)})")
    if direction is not None:
        conds.append(f"reversed = {local.add(direction[0] != lo_key)}")
    days = store.con.execute(
        f"SELECT date, sum(events) AS n FROM dyad_days WHERE {' AND '.join(conds)} "
        f"GROUP BY date HAVING sum(events) > 0 ORDER BY date {'DESC' if descending else ''}",
        local).fetchall()
    total = int(sum(n for _, n in days))
    if not days:
        return 0, None
    seen, bound = 0, days[-1][0]
    for day, n in days:
        seen += int(n)
        if seen >= need:
            bound = day
            break
    low, high = (bound, days[0][0]) if descending else (days[0][0], bound)
    return total, replace(f, start=low, end=high)


def event_by_id(store: Store, event_id: str, day: date | str | None = None) -> Event | None:
    """One stored event by its id (None when the store has no such event). With `day`
    (the date the caller saw it on), that date's rows are read first; otherwise, or when
    it is not there, the id column alone is read to find its date, then its row."""
    when = to_date(day, "date") if day is not None else None
    if when is not None:
        rows = _rows_by_id(store, [(str(event_id), when)])
        if rows:
            return Event.from_row(rows[0])
    found = store.con.execute(f"SELECT date FROM {store.events_table} WHERE event_id = $id "
                              "LIMIT 1", {"id": str(event_id)}).fetchone()
    if found is None:
        return None
    if found[0] is None:
        cur = store.con.execute(f"SELECT * FROM {store.events_table} WHERE event_id = $id "
                                "LIMIT 1", {"id": str(event_id)})
        row = cur.fetchone()
        return Event.from_row(dict(zip([d[0] for d in cur.description], row, strict=True)))
    rows = _rows_by_id(store, [(str(event_id), found[0])])
    return Event.from_row(rows[0]) if rows else None


@dataclass(slots=True)
class Provenance:
    """Where a dyad's counted events come from: documents, publishers, datasets, coders."""

    events: int
    documents: int
    first_date: date | None
    last_date: date | None
    not_day_precision: int
    #: (name, events) by events, most first; events without a publisher are left out.
    publishers: list[tuple[str, int]]
    datasets: list[tuple[str, int]]
    coder_versions: list[str]


def dyad_provenance(store: Store, a: str, b: str, start: date | str | None = None,
                    end: date | str | None = None, **options: Any) -> Provenance:
    """Documents, publishers, datasets and coder versions behind the dyad's counted events.

    >>> dyad_provenance(store, "SRB", "IRN").publishers[:3]  # doctest: +SKIP
    """
    ka, kb = resolve_pair(a, b, successors=bool(options.get("successors")))
    f = EventFilter.make(start, end, **options)
    params = Params()
    sql = events_ctes(store.events_table, f, [ka, kb], params, columns=_ALL_COLUMNS,
                      between=True) + f""",
dyad AS (SELECT * FROM base WHERE selected AND {dyad_condition(ka, kb, params)})
SELECT 'total' AS kind, NULL AS name, count(*) AS n, count(DISTINCT doc_id) AS docs,
    min(date) AS first, max(date) AS last,
    count(*) FILTER (WHERE coalesce(date_precision, 'day') <> 'day') AS rough FROM dyad
UNION ALL SELECT 'publisher', publisher, count(*), NULL, NULL, NULL, NULL FROM dyad
    WHERE publisher IS NOT NULL GROUP BY publisher
UNION ALL SELECT 'dataset', dataset, count(*), NULL, NULL, NULL, NULL FROM dyad GROUP BY dataset
UNION ALL SELECT 'coder', coder_version, count(*), NULL, NULL, NULL, NULL FROM dyad
    WHERE coder_version IS NOT NULL GROUP BY coder_version"""
    rows = store.con.execute(sql, params).fetchall()
    total = next(r for r in rows if r[0] == "total")

    def ranked(kind: str) -> list[tuple[str, int]]:
        found = [(str(r[1]), int(r[2])) for r in rows if r[0] == kind]
        return sorted(found, key=lambda x: (-x[1], x[0]))

    return Provenance(events=int(total[2]), documents=int(total[3]), first_date=total[4],
                      last_date=total[5], not_day_precision=int(total[6]),
                      publishers=ranked("publisher"), datasets=ranked("dataset"),
                      coder_versions=sorted(name for name, _ in ranked("coder")))


def countries_in_store(store: Store) -> pd.DataFrame:
    """Countries and organisations that are an actor in the store, with the events that
    involve them (near-duplicates and undated events left out, as every measure does):
    key, name, events. Read from the store's daily totals when they are current."""
    if store.events_table == "events" and store.aggregates_current():
        sql = ("SELECT country AS key, sum(events)::BIGINT AS events FROM country_days "
               "WHERE country IS NOT NULL GROUP BY country HAVING sum(events) > 0 "
               "ORDER BY events DESC, key")
    else:
        table = store.events_table
        sql = (f"SELECT key, count(DISTINCT event_id) AS events FROM (SELECT event_id, "
               f"source_country AS key FROM {table} WHERE duplicate_of IS NULL AND date IS "
               f"NOT NULL UNION ALL SELECT event_id, target_country FROM {table} WHERE "
               "duplicate_of IS NULL AND date IS NOT NULL) WHERE key IS NOT NULL "
               "GROUP BY key ORDER BY events DESC, key")
    df = store.con.execute(sql).df()
    df.insert(1, "name", [ontology.name_of(k) for k in df["key"]])
    return df


def busiest_dyads(store: Store, limit: int = 8) -> pd.DataFrame:
    """Country pairs with the most events between them, either direction (near-duplicates
    and events the text told as history left out, undated events counted): a, b (a < b),
    events; the busiest first."""
    table = store.events_table
    return store.con.execute(
        "SELECT least(source_country, target_country) AS a, "
        "greatest(source_country, target_country) AS b, count(*) AS events "
        f"FROM {table} WHERE source_country IS NOT NULL AND target_country IS NOT NULL "
        "AND source_country <> target_country AND duplicate_of IS NULL "
        "AND date_precision IS DISTINCT FROM 'historical' "
        "GROUP BY a, b ORDER BY events DESC, a, b LIMIT ?", [int(limit)]).df()


def period_bounds(period: date | str, freq: str) -> tuple[date, date]:
    """First and last day of the period of `freq` that starts on (or contains) `period`."""
    freq = check_freq(freq)
    day = to_date(period, "period")
    assert day is not None
    stamp = pd.Timestamp(day)
    first = {"day": stamp, "week": stamp - pd.Timedelta(days=stamp.weekday()),
             "month": stamp.replace(day=1),
             "quarter": stamp.replace(day=1, month=3 * ((stamp.month - 1) // 3) + 1),
             "year": stamp.replace(day=1, month=1)}[freq]
    step = {"day": pd.DateOffset(days=1), "week": pd.DateOffset(days=7),
            "month": pd.DateOffset(months=1), "quarter": pd.DateOffset(months=3),
            "year": pd.DateOffset(years=1)}[freq]
    return first.date(), (first + step - pd.DateOffset(days=1)).date()
