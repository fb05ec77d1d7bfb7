"""Shared option checking and SQL fragments for the analysis functions.

Every measure reads the same relation (`store.events_table`) through the same filters:
near-duplicates left out, unresolved countries left out of country dyads, optional
succession roll-up. Keeping them here means every function counts the same events.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from .. import ontology
from ..errors import InputError
from ..record import DATASETS
from ..timeutil import parse_date

#: SQL interval of one period for each supported frequency.
FREQ_INTERVALS: dict[str, str] = {
    "day": "INTERVAL 1 DAY", "week": "INTERVAL 7 DAY", "month": "INTERVAL 1 MONTH",
    "quarter": "INTERVAL 3 MONTH", "year": "INTERVAL 1 YEAR",
}


def resolve_country(value: str, *, successors: bool = False) -> str:
    """ISO3 / IGO key for a country given as ISO3, CAMEO code or name (error if unknown)."""
    key = ontology.country(str(value))
    return ontology.successor(key) if successors else key


def resolve_pair(a: str, b: str, *, successors: bool = False) -> tuple[str, str]:
    """The two sides of a dyad as store keys; an error when they are the same country."""
    ka, kb = resolve_country(a, successors=successors), resolve_country(b, successors=successors)
    if ka == kb:
        raise InputError(f"a dyad needs two different countries: {a!r} and {b!r} are both {ka}")
    return ka, kb


class Params(dict[str, Any]):
    """Named query parameters: `add(value)` returns the placeholder to put in the SQL."""

    def add(self, value: Any) -> str:
        name = f"p{len(self)}"
        self[name] = value
        return f"${name}"

    def add_list(self, values: Iterable[Any]) -> str:
        return ", ".join(self.add(v) for v in values)


def to_date(value: date | str | None, name: str) -> date | None:
    """Accept a date, a datetime or an ISO string (YYYY or YYYY-MM: the first day)."""
    return parse_date(value, name, partial="start")


def check_freq(freq: str) -> str:
    freq = str(freq).lower()
    if freq not in FREQ_INTERVALS:
        raise InputError(f"freq: unknown frequency {freq!r} (use {', '.join(FREQ_INTERVALS)})")
    return freq


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events count: date range, datasets, roots, sectors, actor codes, roll-up."""

    start: date | None = None
    end: date | None = None
    datasets: tuple[str, ...] = ()
    roots: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    successors: bool = False
    one_a_day: bool = False
    #: Events the coder was less sure of are left out; events without a confidence (the
    #: datasets' rows) always count.
    min_confidence: float | None = None

    @classmethod
    def make(cls, start: date | str | None = None, end: date | str | None = None,
             datasets: Iterable[str] | None = None, roots: Iterable[str | int] | None = None,
             sectors: Iterable[str] | None = None, actors: Iterable[str] | None = None,
             successors: bool = False, one_a_day: bool = False,
             min_confidence: float | None = None) -> EventFilter:
        s, e = to_date(start, "start"), to_date(end, "end")
        if s is not None and e is not None and s > e:
            raise InputError(f"start {s} is after end {e}")
        return cls(s, e, _datasets(datasets), _roots(roots),
                   tuple(sorted({x.strip().upper() for x in sectors or ()})),
                   tuple(sorted({x.strip().upper() for x in actors or ()})),
                   successors, one_a_day, check_confidence(min_confidence))

    def country_expr(self, column: str) -> str:
        """The country column, rolled up into successor states when asked."""
        if not self.successors:
            return column
        cases = " ".join(
            f"WHEN {column} = '{code}' AND date BETWEEN DATE '{st.start}' AND DATE '{st.end}' "
            f"THEN '{st.successor}'"
            for code, st in sorted(ontology.historic_states().items()))
        return f"(CASE {cases} ELSE {column} END)"

    def raw_codes(self, keys: Sequence[str]) -> list[str]:
        """Stored codes that may stand for `keys` (their historic predecessors included)."""
        codes = set(keys)
        if self.successors:
            codes |= {code for code, st in ontology.historic_states().items()
                      if st.successor in keys}
        return sorted(codes)

    def base_where(self, params: Params, *, with_content: bool = True) -> str:
        """WHERE conditions shared by every measure: date range, datasets, near-duplicates.

        With `with_content`, the root / sector / actor filters too (volumes leave them out).
        """
        conds = ["duplicate_of IS NULL", "date IS NOT NULL", "one_sided IS NOT TRUE",
                 *self.range_conditions(params)]
        if with_content:
            conds.append(self.content_condition(params))
        return " AND ".join(conds)

    def range_conditions(self, params: Params) -> list[str]:
        """The date range and dataset conditions (none when the filter leaves them open)."""
        conds = []
        if self.start is not None:
            conds.append(f"date >= {params.add(self.start)}")
        if self.end is not None:
            conds.append(f"date <= {params.add(self.end)}")
        if self.datasets:
            conds.append(f"dataset IN ({params.add_list(self.datasets)})")
        return conds

    def content_condition(self, params: Params) -> str:
        """Root, sector, actor and confidence filters (TRUE when none): they select the
        dyad's events."""
        conds = []
        if self.min_confidence:
            conds.append(f"(confidence IS NULL OR confidence >= {params.add(self.min_confidence)})")
        if self.roots:
            conds.append(f"cameo_root IN ({params.add_list(self.roots)})")
        for field, values in (("sector", self.sectors), ("code", self.actors)):
            if values:
                marks = params.add_list(values)
                conds.append(f"(upper(source_{field}) IN ({marks}) "
                             f"OR upper(target_{field}) IN ({marks}))")
        return " AND ".join(conds) or "TRUE"


def check_confidence(value: float | str | None) -> float | None:
    """A confidence floor between 0 and 1 (None or 0: every event counts)."""
    if value is None:
        return None
    try:
        floor = float(value)
    except (TypeError, ValueError):
        raise InputError(f"min-confidence: not a number: {value!r}") from None
    if not 0.0 <= floor <= 1.0:
        raise InputError(f"min-confidence: must be between 0 and 1, not {value!r}")
    return floor or None


def _datasets(values: Iterable[str] | None) -> tuple[str, ...]:
    out = tuple(sorted({v.strip().lower() for v in values or ()}))
    for name in out:
        if name not in DATASETS:
            raise InputError(f"dataset: unknown dataset {name!r} (use {', '.join(DATASETS)})")
    return out


def _roots(values: Iterable[str | int] | None) -> tuple[str, ...]:
    out = set()
    for value in values or ():
        text = str(value).strip()
        if not text.isdigit() or not 1 <= int(text) <= 20:
            raise InputError(f"root: not a CAMEO root code (01-20): {value!r}")
        out.add(f"{int(text):02d}")
    return tuple(sorted(out))


def sql_list(values: Sequence[str]) -> str:
    """A literal SQL list of codes that come from the ontology (never from user text)."""
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


def dataset_warnings(datasets: Sequence[str], overlap_days: int) -> list[str]:
    """Notes about mixing datasets: GDELT 1.0 and 2.0 on the same dates count twice."""
    notes = []
    if overlap_days:
        notes.append(f"gdelt1 and gdelt2 both cover {overlap_days} day(s) of this result: "
                     "events on those days may be counted twice (filter with --dataset)")
    if len(datasets) > 1:
        notes.append(f"counts combine {len(datasets)} datasets: {', '.join(datasets)}")
    return notes


#: Columns every measure may read from the events relation.
_BASE_COLUMNS = ("event_id, date, dataset, cameo_code, cameo_root, quad_class, goldstein, "
                 "plover_event, plover_context, source_text, target_text, source_code, "
                 "target_code, source_sector, target_sector, sentence, url, title, publisher, "
                 "doc_id, extras")


def _base_select(table: str, f: EventFilter, params: Params, columns: str, where: str) -> str:
    return (f"SELECT {columns}, {f.country_expr('source_country')} AS src, "
            f"{f.country_expr('target_country')} AS tgt, "
            f"({f.content_condition(params)}) AS selected FROM {table} "
            f"WHERE {f.base_where(params, with_content=False)}{where}")


def events_ctes(table: str, f: EventFilter, keys: Sequence[str] | None, params: Params,
                columns: str = _BASE_COLUMNS, *, between: bool = False) -> str:
    """`WITH` clauses defining `base`: events touching any of `keys` (all events when None;
    with `between`, only events whose both sides are among `keys`: for a pair, one scan per
    direction whose equality conditions DuckDB applies inside the scan, so the other
    columns are read only for the rows that match).

    `base` has `src` / `tgt` (countries, rolled up when asked), `selected` (the root, sector
    and actor filters) and, with one-a-day, one row per date, source, target and code.
    """
    codes = f.raw_codes(keys) if keys is not None else []
    if between and len(codes) == 2:
        # One scan per direction: equality conditions are filters DuckDB applies inside the
        # scan (an OR or IN across the two columns is checked only after every projected
        # column of every row was read).
        ctes = "base_all AS (" + " UNION ALL ".join(
            _base_select(table, f, params, columns,
                         f" AND source_country = {sql_list([s])} "
                         f"AND target_country = {sql_list([t])}")
            for s, t in (codes, codes[::-1])) + ")"
    else:
        touching = ""
        if keys is not None:
            way = "AND" if between else "OR"
            touching = (f" AND (source_country IN ({sql_list(codes)}) {way} "
                        f"target_country IN ({sql_list(codes)}))")
        ctes = f"base_all AS ({_base_select(table, f, params, columns, touching)})"
    if not f.one_a_day:
        return f"WITH {ctes}, base AS (SELECT * FROM base_all)"
    # One a day: the same date, source, target and code count once; a row the filters
    # select is kept over one they do not, then the first by dataset and id (deterministic).
    return (f"WITH {ctes}, base AS (SELECT * FROM base_all QUALIFY row_number() OVER ("
            "PARTITION BY date, src, tgt, coalesce(cameo_code, plover_event) "
            "ORDER BY selected DESC, dataset, event_id) = 1)")


def dyad_condition(a: str, b: str, params: Params) -> str:
    """Events between a and b in either direction (unresolved sides never match)."""
    pa, pb = params.add(a), params.add(b)
    return f"((src = {pa} AND tgt = {pb}) OR (src = {pb} AND tgt = {pa}))"
