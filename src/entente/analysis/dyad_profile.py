"""A dyad's profile: strongest events, most active actors, PLOVER contexts, third parties."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd

from .. import ontology
from ..store import Store
from ._filters import EventFilter, Params, dyad_condition, events_ctes, resolve_pair, sql_list

__all__ = ["top_events", "top_actors", "context_breakdown", "alignment", "Alignment",
           "major_power_balance", "CONTEXTS"]

#: The contexts `context_breakdown` reports, in order. Sanctions are CAMEO 163 (embargo,
#: boycott, sanctions); the others come from the PLOVER context of the event type.
CONTEXTS = ("diplomatic", "economic", "military", "sanctions", "other")

_CONTEXT_SQL = """CASE WHEN cameo_code LIKE '163%' THEN 'sanctions'
    WHEN list_contains(string_split(plover_context, ';'), 'military') THEN 'military'
    WHEN list_contains(string_split(plover_context, ';'), 'economic') THEN 'economic'
    WHEN list_contains(string_split(plover_context, ';'), 'diplomatic') THEN 'diplomatic'
    ELSE 'other' END"""


def _prepare(a: str, b: str, start: date | str | None, end: date | str | None,
             options: dict[str, Any]) -> tuple[str, str, EventFilter, Params]:
    ka, kb = resolve_pair(a, b, successors=bool(options.get("successors")))
    f = EventFilter.make(start, end, **options)
    return ka, kb, f, Params()


def _run(store: Store, sql: str, params: Params) -> pd.DataFrame:
    return store.con.execute(sql, params).df()


def top_events(store: Store, a: str, b: str, start: date | str | None = None,
               end: date | str | None = None, by: str = "goldstein", n: int = 10,
               **options: Any) -> pd.DataFrame:
    """The n strongest events between a and b, with their sentences and sources.

    `by="goldstein"` ranks by the size of the Goldstein score (either sign);
    `by="coverage"` by how widely it was reported: the dataset's article count (GDELT
    `num_articles`) or 1, plus the near-duplicate reports stored for it. Options
    (datasets, roots, sectors, actors, one_a_day, successors) are those of `dyad_series`.

    >>> top_events(store, "IRN", "SRB", by="coverage", n=5)  # doctest: +SKIP
    """
    if by not in ("goldstein", "coverage"):
        raise ValueError(f"by must be 'goldstein' or 'coverage', not {by!r}")
    ka, kb, f, params = _prepare(a, b, start, end, options)
    order = "abs(goldstein) DESC NULLS LAST, coverage DESC" if by == "goldstein" else \
        "coverage DESC, abs(goldstein) DESC NULLS LAST"
    sql = events_ctes(store.events_table, f, [ka, kb], params) + f""",
reports AS (SELECT duplicate_of AS doc_id, source_country, target_country, cameo_code,
    count(*) AS copies FROM {store.events_table} WHERE duplicate_of IS NOT NULL GROUP BY ALL)
SELECT e.date, e.dataset, e.src AS source, e.tgt AS target, e.source_text, e.target_text,
    e.cameo_code, e.quad_class, e.goldstein,
    (coalesce(TRY_CAST(json_extract_string(e.extras, '$.num_articles') AS BIGINT), 1)
        + coalesce(r.copies, 0))::BIGINT AS coverage,
    e.sentence, e.url, e.title, e.publisher, e.event_id
FROM base e
LEFT JOIN reports r ON r.doc_id = e.doc_id AND r.cameo_code IS NOT DISTINCT FROM e.cameo_code
    AND r.source_country IS NOT DISTINCT FROM e.src AND r.target_country IS NOT DISTINCT FROM e.tgt
WHERE e.selected AND {dyad_condition(ka, kb, params)}
ORDER BY {order}, e.date, e.event_id
LIMIT {int(n)}"""
    df = _run(store, sql, params)
    labels = {code: t.label for code, t in ontology.event_types().items()}
    df.insert(7, "label", df["cameo_code"].map(labels))
    return df


def top_actors(store: Store, a: str, b: str, start: date | str | None = None,
               end: date | str | None = None, n: int = 10, **options: Any) -> pd.DataFrame:
    """The n most active actors on each side of the dyad (by events between a and b).

    An actor is its CAMEO actor code (SRBGOV), or its text when it has none.

    >>> top_actors(store, "IRN", "SRB", n=3)  # doctest: +SKIP
    """
    ka, kb, f, params = _prepare(a, b, start, end, options)
    sql = events_ctes(store.events_table, f, [ka, kb], params) + f""",
dyad AS (SELECT * FROM base WHERE selected AND {dyad_condition(ka, kb, params)}),
sides AS (SELECT src AS side, coalesce(source_code, source_text) AS actor FROM dyad
    UNION ALL SELECT tgt, coalesce(target_code, target_text) FROM dyad),
ranked AS (SELECT side, actor, count(*) AS events FROM sides GROUP BY side, actor
    QUALIFY row_number() OVER (PARTITION BY side ORDER BY count(*) DESC, actor) <= {int(n)})
SELECT side, actor, events FROM ranked
ORDER BY side = {params.add(ka)} DESC, events DESC, actor"""
    return _run(store, sql, params)


def context_breakdown(store: Store, a: str, b: str, start: date | str | None = None,
                      end: date | str | None = None, **options: Any) -> pd.DataFrame:
    """Events between a and b by context: diplomatic, economic, military, sanctions, other.

    Every context is a row (zero when absent); `share` is null when there are no events.

    >>> context_breakdown(store, "IRN", "SRB", start="2024-01-01")  # doctest: +SKIP
    """
    ka, kb, f, params = _prepare(a, b, start, end, options)
    names = ", ".join(f"('{c}', {i})" for i, c in enumerate(CONTEXTS))
    sql = events_ctes(store.events_table, f, [ka, kb], params) + f""",
dyad AS (SELECT {_CONTEXT_SQL} AS context FROM base
    WHERE selected AND {dyad_condition(ka, kb, params)}),
counts AS (SELECT context, count(*) AS events FROM dyad GROUP BY context)
SELECT c.context, coalesce(n.events, 0) AS events,
    coalesce(n.events, 0) / nullif(sum(coalesce(n.events, 0)) OVER (), 0) AS share
FROM (VALUES {names}) c(context, ord) LEFT JOIN counts n USING (context)
ORDER BY c.ord"""
    df = _run(store, sql, params)
    df["share"] = df["share"].astype(float)
    return df


@dataclass(frozen=True, slots=True)
class Alignment:
    """How alike a's and b's relations with third parties are.

    `cosine` compares their mean Goldstein scores toward every third party either of them
    dealt with (no contact counts as 0); None when either has no scored third party.
    `profile` has one row per third party: third, a_events, a_goldstein, b_events,
    b_goldstein.
    """

    cosine: float | None
    n_third_parties: int
    profile: pd.DataFrame


def alignment(store: Store, a: str, b: str, start: date | str | None = None,
              end: date | str | None = None, **options: Any) -> Alignment:
    """Cosine similarity of a's and b's Goldstein profiles toward third parties.

    Third parties are every other country or organisation (events between a and b, and
    within one country, are left out).

    >>> alignment(store, "IRN", "SRB", start="2023-01-01").cosine  # doctest: +SKIP
    """
    ka, kb, f, params = _prepare(a, b, start, end, options)
    pa, pb = params.add(ka), params.add(kb)
    sql = events_ctes(store.events_table, f, [ka, kb], params) + f""",
ties AS (SELECT CASE WHEN src IN ({pa}, {pb}) THEN src ELSE tgt END AS side,
    CASE WHEN src IN ({pa}, {pb}) THEN tgt ELSE src END AS third, goldstein FROM base
    WHERE selected AND src IS NOT NULL AND tgt IS NOT NULL
      AND (src IN ({pa}, {pb})) <> (tgt IN ({pa}, {pb}))),
profile AS (SELECT third,
    count(*) FILTER (WHERE side = {pa}) AS a_events, avg(goldstein) FILTER (WHERE side = {pa})
        AS a_goldstein,
    count(*) FILTER (WHERE side = {pb}) AS b_events, avg(goldstein) FILTER (WHERE side = {pb})
        AS b_goldstein
    FROM ties GROUP BY third)
SELECT *, sum(coalesce(a_goldstein, 0) * coalesce(b_goldstein, 0)) OVER ()
    / nullif(sqrt(sum(coalesce(a_goldstein, 0) ^ 2) OVER ()
                  * sum(coalesce(b_goldstein, 0) ^ 2) OVER ()), 0) AS cosine
FROM profile ORDER BY a_events + b_events DESC, third"""
    df = _run(store, sql, params)
    cosine = None if df.empty or pd.isna(df["cosine"].iloc[0]) else float(df["cosine"].iloc[0])
    profile = df.drop(columns="cosine").astype(
        {"a_events": "int64", "b_events": "int64", "a_goldstein": float, "b_goldstein": float})
    return Alignment(cosine, len(profile), profile.reset_index(drop=True))


def major_power_balance(store: Store, a: str, b: str, start: date | str | None = None,
                        end: date | str | None = None, **options: Any) -> pd.DataFrame:
    """Each side's relations with the major powers (USA, EU, RUS, CHN) in the same period.

    One row per side and power (a side is not compared with itself): events in either
    direction, mean Goldstein (null without events) and net cooperation.

    >>> major_power_balance(store, "IRN", "SRB", start="2024-01-01")  # doctest: +SKIP
    """
    ka, kb, f, params = _prepare(a, b, start, end, options)
    powers = ontology.MAJOR_POWERS
    pairs = ", ".join(f"('{side}', '{power}', {i})"
                      for i, (side, power) in enumerate(
                          (s, p) for s in (ka, kb) for p in powers if p != s))
    sql = events_ctes(store.events_table, f, [ka, kb], params) + f""",
ties AS (SELECT src AS side, tgt AS power, quad_class, goldstein FROM base WHERE selected
    UNION ALL SELECT tgt, src, quad_class, goldstein FROM base WHERE selected),
agg AS (SELECT side, power, count(*) AS events, avg(goldstein) AS goldstein_mean,
    count(*) FILTER (WHERE quad_class IN (1, 2)) - count(*) FILTER (WHERE quad_class IN (3, 4))
        AS net_coop
    FROM ties WHERE side IN ({sql_list([ka, kb])}) AND power IN ({sql_list(powers)})
    GROUP BY ALL)
SELECT p.side, p.power, coalesce(g.events, 0) AS events, g.goldstein_mean,
    coalesce(g.net_coop, 0) AS net_coop
FROM (VALUES {pairs}) p(side, power, ord) LEFT JOIN agg g USING (side, power)
ORDER BY p.ord"""
    df = _run(store, sql, params)
    return df.astype({"events": "int64", "goldstein_mean": float, "net_coop": "int64"})
