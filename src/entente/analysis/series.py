"""Dyad series: counts, quad classes and Goldstein scores between two countries per period."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

import pandas as pd

from ..store import Store
from ._filters import (
    FREQ_INTERVALS,
    EventFilter,
    Params,
    check_freq,
    dataset_warnings,
    dyad_condition,
    events_ctes,
    resolve_pair,
)

__all__ = ["dyad_series", "compare_dyads", "SERIES_COLUMNS", "QUAD_COLUMNS"]

#: Event counts by CAMEO quad class 1..4, in that order.
QUAD_COLUMNS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")
#: Columns of `dyad_series` (source and target follow period when directed).
SERIES_COLUMNS = ["period", "events", *QUAD_COLUMNS, "goldstein_sum",
                  "goldstein_mean", "net_coop", "material_conflict_share", "datasets"]
NORMALIZE_COLUMNS = ["volume_a", "volume_b", "events_norm"]


def dyad_series(store: Store, a: str, b: str, start: date | str | None = None,
                end: date | str | None = None, freq: str = "month", directed: bool = False,
                datasets: Iterable[str] | None = None, roots: Iterable[str | int] | None = None,
                sectors: Iterable[str] | None = None, actors: Iterable[str] | None = None,
                one_a_day: bool = False, normalize: bool = False,
                successors: bool = False, min_confidence: float | None = None
                ) -> pd.DataFrame:
    """One row per period (and per direction when `directed`) of events between a and b.

    Undirected rows count both directions. Empty periods between `start` and `end` (or the
    first and last event) are present with zero counts and null means and shares.
    With `normalize`, `volume_a` / `volume_b` are all events involving a / b in the period
    (same datasets and dates, before root, sector and actor filters) and `events_norm` is
    `events` divided by the events involving a or b (volume_a + volume_b - their shared
    events). `df.attrs["datasets"]` lists the datasets drawn on, `df.attrs["warnings"]`
    notes such as GDELT 1.0 and 2.0 counted over the same days.

    >>> dyad_series(store, "IRN", "Serbia", start="2024-01-01", freq="quarter")  # doctest: +SKIP
    """
    ka, kb = resolve_pair(a, b, successors=successors)
    f = EventFilter.make(start, end, datasets, roots, sectors, actors, successors, one_a_day,
                         min_confidence)
    params = Params()
    if _daily_totals_serve(store, f):
        sql = _daily_series_sql(f, ka, kb, check_freq(freq), directed, normalize, params)
    else:
        sql = _series_sql(store.events_table, f, ka, kb, check_freq(freq), directed,
                          normalize, params)
    df = store.con.execute(sql, params).df()
    return _finish(df, ka, kb, directed, normalize)


def _daily_totals_serve(store: Store, f: EventFilter) -> bool:
    """The store's daily totals give the same answer (and fast) unless the query needs
    single events (sector, actor, one-a-day filters, successor roll-up), reads attached
    Parquet, or the totals are not current."""
    return (store.events_table == "events" and not (f.sectors or f.actors or f.one_a_day
                                                    or f.successors)
            and not _below_floor(store, f.min_confidence) and store.aggregates_current())


def _below_floor(store: Store, floor: float | None) -> bool:
    """True when a confidence floor leaves out some stored event (when it leaves out none,
    as for datasets' rows without a confidence, the totals still give the answer)."""
    if not floor:
        return False
    return store.con.execute("SELECT EXISTS (SELECT 1 FROM events WHERE confidence < $f)",
                             {"f": floor}).fetchone()[0] is True


# Days in a period that both GDELT versions cover (their counts overlap there).
_OVERLAP_CTE = """overlap AS (SELECT period, count(*) AS overlap_days FROM (
    SELECT period, date FROM dyad GROUP BY period, date
    HAVING bool_or(dataset = 'gdelt1') AND bool_or(dataset = 'gdelt2'))
    GROUP BY period)"""


def _spine_ctes(f: EventFilter, freq: str, params: Params) -> str:
    """`bounds` and `spine` CTEs: every period from the filter's start (else the first event
    of `dyad`) to its end (else the last), so quiet periods still get a row."""
    lo, hi = params.add(f.start), params.add(f.end)
    return f"""bounds AS (SELECT coalesce({lo}::DATE, min(date)) AS lo,
    coalesce({hi}::DATE, max(date)) AS hi FROM dyad),
spine AS (SELECT unnest(generate_series(date_trunc('{freq}', lo), date_trunc('{freq}', hi),
                 {FREQ_INTERVALS[freq]}))::DATE AS period FROM bounds)"""


def _daily_series_sql(f: EventFilter, a: str, b: str, freq: str, directed: bool,
                      normalize: bool, params: Params) -> str:
    """`_series_sql` over the daily totals (`dyad_days`, `country_days`) of the store."""
    lo_key, hi_key = sorted((a, b))
    pa, pb = (params.add(a), params.add(b)) if directed or normalize else ("", "")
    dates = " AND ".join(["TRUE", *f.range_conditions(params)])
    pair = f"country_lo = {params.add(lo_key)} AND country_hi = {params.add(hi_key)}"
    roots = f"cameo_root IN ({params.add_list(f.roots)})" if f.roots else "TRUE"
    trunc = f"date_trunc('{freq}', date)::DATE"
    spine = _spine_ctes(f, freq, params)
    # Partial sums of one key may cancel out (deletes): keep only keys still holding events.
    ctes = f"""WITH dyad AS (
    SELECT date, dataset, CASE WHEN reversed THEN country_hi ELSE country_lo END AS src,
        CASE WHEN reversed THEN country_lo ELSE country_hi END AS tgt, quad_class,
        sum(events) AS events, sum(goldstein_sum) AS goldstein_sum,
        sum(goldstein_n) AS goldstein_n, {trunc} AS period
    FROM dyad_days WHERE {pair} AND {dates} AND {roots}
    GROUP BY date, dataset, reversed, country_lo, country_hi, cameo_root, quad_class
    HAVING sum(events) > 0),
{spine},
counts AS (SELECT period{", src AS source, tgt AS target" if directed else ""},
    sum(events)::BIGINT AS events,
    coalesce(sum(events) FILTER (WHERE quad_class = 1), 0)::BIGINT AS verbal_coop,
    coalesce(sum(events) FILTER (WHERE quad_class = 2), 0)::BIGINT AS material_coop,
    coalesce(sum(events) FILTER (WHERE quad_class = 3), 0)::BIGINT AS verbal_conflict,
    coalesce(sum(events) FILTER (WHERE quad_class = 4), 0)::BIGINT AS material_conflict,
    sum(goldstein_sum) FILTER (WHERE goldstein_n > 0) AS goldstein_sum,
    sum(goldstein_sum) FILTER (WHERE goldstein_n > 0) / nullif(sum(goldstein_n), 0)
        AS goldstein_mean,
    array_to_string(list_sort(list(DISTINCT dataset)), ',') AS datasets
    FROM dyad GROUP BY ALL),
{_OVERLAP_CTE}"""
    norm = ""
    if normalize:
        norm = f""",
volume AS (SELECT period, coalesce(sum(events) FILTER (WHERE country = {pa}), 0)::BIGINT
        AS volume_a, coalesce(sum(events) FILTER (WHERE country = {pb}), 0)::BIGINT AS volume_b,
    coalesce(sum(events) FILTER (WHERE country IS NULL), 0)::BIGINT AS volume_ab FROM (
        SELECT {trunc} AS period, country, events FROM country_days
        WHERE country IN ({pa}, {pb}) AND {dates}
        UNION ALL SELECT {trunc}, NULL, events FROM dyad_days WHERE {pair} AND {dates})
    GROUP BY period)"""
    return ctes + norm + _final_select(directed, normalize, pa, pb)


def _series_sql(table: str, f: EventFilter, a: str, b: str, freq: str, directed: bool,
                normalize: bool, params: Params) -> str:
    # Named parameters must all be used: add a and b only when the SQL refers to them.
    pa, pb = (params.add(a), params.add(b)) if directed or normalize else ("", "")
    trunc = f"date_trunc('{freq}', date)::DATE"
    spine = _spine_ctes(f, freq, params)
    sides = ", src AS source, tgt AS target" if directed else ""
    ctes = events_ctes(table, f, [a, b], params) + f""",
dyad AS (SELECT *, {trunc} AS period FROM base WHERE selected AND {dyad_condition(a, b, params)}),
{spine},
counts AS (SELECT period{sides}, count(*) AS events,
    count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
    count(*) FILTER (WHERE quad_class = 2) AS material_coop,
    count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
    count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
    sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean,
    array_to_string(list_sort(list(DISTINCT dataset)), ',') AS datasets
    FROM dyad GROUP BY ALL),
{_OVERLAP_CTE}"""
    norm_cte = ""
    if normalize:
        in_a, in_b = f"(src = {pa} OR tgt = {pa})", f"(src = {pb} OR tgt = {pb})"
        norm_cte = f""",
volume AS (SELECT {trunc} AS period, count(*) FILTER (WHERE {in_a}) AS volume_a,
    count(*) FILTER (WHERE {in_b}) AS volume_b,
    count(*) FILTER (WHERE {in_a} AND {in_b}) AS volume_ab FROM base GROUP BY 1)"""
    return ctes + norm_cte + _final_select(directed, normalize, pa, pb)


def _final_select(directed: bool, normalize: bool, pa: str, pb: str) -> str:
    """The result rows: the period spine joined to `counts`, `overlap` (and `volume`)."""
    dirs = (f"CROSS JOIN (VALUES ({pa}, {pb}, 0), ({pb}, {pa}, 1)) d(source, target, ord)"
            if directed else "")
    on_dir = " AND c.source = d.source AND c.target = d.target" if directed else ""
    norm_cols, norm_join = "", ""
    if normalize:
        norm_cols = """,
    coalesce(v.volume_a, 0) AS volume_a, coalesce(v.volume_b, 0) AS volume_b,
    coalesce(c.events, 0) / nullif(coalesce(v.volume_a + v.volume_b - v.volume_ab, 0), 0)
        AS events_norm"""
        norm_join = "LEFT JOIN volume v ON v.period = s.period"
    select_dir = "d.source, d.target, " if directed else ""
    order_dir = ", d.ord" if directed else ""
    return f"""
SELECT s.period, {select_dir}coalesce(c.events, 0) AS events,
    coalesce(c.verbal_coop, 0) AS verbal_coop, coalesce(c.material_coop, 0) AS material_coop,
    coalesce(c.verbal_conflict, 0) AS verbal_conflict,
    coalesce(c.material_conflict, 0) AS material_conflict,
    coalesce(c.goldstein_sum, 0.0) AS goldstein_sum,
    c.goldstein_mean,
    coalesce(c.verbal_coop + c.material_coop - c.verbal_conflict - c.material_conflict, 0)
        AS net_coop,
    c.material_conflict / nullif(c.events, 0) AS material_conflict_share,
    coalesce(c.datasets, '') AS datasets{norm_cols},
    coalesce(o.overlap_days, 0) AS _overlap_days
FROM spine s {dirs}
LEFT JOIN counts c ON c.period = s.period{on_dir}
LEFT JOIN overlap o ON o.period = s.period
{norm_join}
ORDER BY s.period{order_dir}"""


def _finish(df: pd.DataFrame, a: str, b: str, directed: bool, normalize: bool) -> pd.DataFrame:
    """Fix dtypes (also for empty results), attach datasets and warnings."""
    overlap_days = int(df.drop_duplicates("period")["_overlap_days"].sum()) if len(df) else 0
    columns = SERIES_COLUMNS[:1] + (["source", "target"] if directed else []) + \
        SERIES_COLUMNS[1:] + (NORMALIZE_COLUMNS if normalize else [])
    df = df[columns].copy()
    df["period"] = pd.to_datetime(df["period"])
    for col in ("events", *QUAD_COLUMNS, "net_coop") + \
            (("volume_a", "volume_b") if normalize else ()):
        df[col] = df[col].astype("int64")
    for col in ("goldstein_sum", "goldstein_mean", "material_conflict_share") + \
            (("events_norm",) if normalize else ()):
        df[col] = df[col].astype("float64")
    used = sorted({name for cell in df["datasets"] for name in cell.split(",") if name})
    df.attrs.update(dyad=(a, b), datasets=used, warnings=dataset_warnings(used, overlap_days))
    return df


def compare_dyads(store: Store, pairs: Sequence[tuple[str, str]], **options: object
                  ) -> pd.DataFrame:
    """`dyad_series` for several pairs side by side, with a `dyad` column ("IRN-SRB").

    Without an explicit range every pair spans the same periods (the union of their
    ranges), so rows line up.

    >>> compare_dyads(store, [("IRN", "SRB"), ("IRN", "HUN")], freq="year")  # doctest: +SKIP
    """
    if not pairs:
        raise ValueError("compare_dyads needs at least one pair")
    frames = [dyad_series(store, a, b, **options) for a, b in pairs]  # type: ignore[arg-type]
    if options.get("start") is None or options.get("end") is None:
        periods = [df["period"] for df in frames if len(df)]
        if periods:
            lo, hi = min(p.min() for p in periods), max(p.max() for p in periods)
            span = {"start": options.get("start") or lo.date(),
                    "end": options.get("end") or _period_end(hi, str(options.get("freq",
                                                                               "month")))}
            frames = [dyad_series(store, a, b, **{**options, **span})  # type: ignore[arg-type]
                      for a, b in pairs]
    out = []
    for df in frames:
        a, b = df.attrs["dyad"]
        out.append(df.assign(dyad=f"{a}-{b}"))
    result = pd.concat(out, ignore_index=True)
    result = result[["dyad"] + [c for c in result.columns if c != "dyad"]]
    used = sorted({name for df in frames for name in df.attrs["datasets"]})
    warnings = sorted({w for df in frames for w in df.attrs["warnings"]})
    result.attrs.update(datasets=used, warnings=warnings)
    return result


def _period_end(period: pd.Timestamp, freq: str) -> date:
    """Last day of the period starting at `period`."""
    step = {"day": pd.DateOffset(days=1), "week": pd.DateOffset(days=7),
            "month": pd.DateOffset(months=1), "quarter": pd.DateOffset(months=3),
            "year": pd.DateOffset(years=1)}[freq]
    return (period + step - pd.DateOffset(days=1)).date()
