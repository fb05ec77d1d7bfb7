"""The brief's "Economic ties" and "Sanctions and alignment" sections, as display rows.

The figures come from `entente.context.context_sections`; this module only picks the
years that have figures, formats the numbers and keeps, beside every yearly row, the
source, year, retrieval date and licence of its figures. The HTML and Markdown renderers
share these rows, so both say the same thing.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import pandas as pd

from ..store import Store
from .views import number, percent

__all__ = ["context_of", "context_view", "context_years"]

_ECONOMIC_FIGURES = ("trade_a_view", "trade_b_view", "trade_baci", "top_product",
                     "tariff_a_on_b", "tariff_b_on_a", "mfn_a", "mfn_b")
_ALIGNMENT_FIGURES = ("sanctions_on_a", "sanctions_on_b", "unga_agreement",
                      "ideal_point_distance")
# Prefixes of the parts of a `sources` cell (see entente.context.dyad_context).
_ECONOMIC_LAYERS = ("trade: ", "tariffs: ")
_ALIGNMENT_LAYERS = ("sanctions: ", "UN voting: ")
_LAYER_LABELS = {"trade": "trade", "tariffs": "tariffs", "sanctions": "sanctions",
                 "unga": "UN voting"}
_TREND_SOURCE = {"trade_a_view": "comtrade", "trade_b_view": "comtrade",
                 "trade_baci": "baci"}


def context_years(start: date | None, end: date | None, first_event: date | None,
                  last_event: date | None) -> tuple[int | None, int | None]:
    """The years the context sections cover: the brief's dates, else its events' dates,
    else (no events either) every year with context data."""
    low, high = start or first_event, end or last_event
    return (low.year if low else None, high.year if high else None)


def context_of(store: Store, a: str, b: str, years: tuple[int | None, int | None]
               ) -> dict[str, dict[str, Any]]:
    """`context_sections` for the pair over `years` (plain data, see entente.context)."""
    from ..context import context_sections

    return context_sections(store, a, b, years[0], years[1])


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or \
        value is pd.NA


def usd(value: Any) -> str:
    return "–" if _missing(value) else f"{number(value, 0)} USD"


def _pct_points(value: Any) -> str:
    return "–" if _missing(value) else f"{float(value):.2f}%"


def _source_parts(cell: Any, prefixes: tuple[str, ...]) -> list[str]:
    if _missing(cell) or not cell:
        return []
    return [part for part in str(cell).split(" | ") if part.startswith(prefixes)]


def _has_figure(row: dict[str, Any], columns: tuple[str, ...]) -> bool:
    return any(not _missing(row[c]) for c in columns)


def _sources_rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    rows = []
    for r in frame.to_dict("records"):
        licence = str(r["licence"])
        retrieved = r["retrieved_at"]
        rows.append({
            "layer": _LAYER_LABELS.get(r["layer"], r["layer"]), "name": r["name"],
            "licence": licence,
            "years": _span(r["first_year"], r["last_year"]),
            "retrieved": "–" if _missing(retrieved) else str(pd.Timestamp(retrieved).date()),
            "restricted": "non-commercial" in licence.lower(),
        })
    return rows


def _span(first: Any, last: Any) -> str:
    if _missing(first) and _missing(last):
        return "undated"
    if _missing(first) or _missing(last) or int(first) == int(last):
        return str(int(last if _missing(first) else first))
    return f"{int(first)}–{int(last)}"


def _years_without(table: pd.DataFrame, columns: tuple[str, ...], what: str) -> str | None:
    """"No trade or tariff figure for 2023–2024." when some years have none of `columns`."""
    rows = table.to_dict("records")
    empty = [int(r["year"]) for r in rows if not _has_figure(r, columns)]
    if not empty or len(empty) == len(rows):  # all empty: the missing layers say it already
        return None
    runs: list[list[int]] = []
    for year in empty:
        if runs and runs[-1][-1] == year - 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return f"No {what} figure for " + ", ".join(_span(r[0], r[-1]) for r in runs) + "."


def _economic_rows(table: pd.DataFrame) -> list[dict[str, Any]]:
    rows = []
    for r in table.to_dict("records"):
        if not _has_figure(r, _ECONOMIC_FIGURES):
            continue
        rows.append({
            "year": int(r["year"]), "a_view": usd(r["trade_a_view"]),
            "b_view": usd(r["trade_b_view"]), "baci": usd(r["trade_baci"]),
            "top_product": "–" if _missing(r["top_product"]) else
            f"{r['top_product']}: {usd(r['top_product_usd'])}",
            "tariff_a_on_b": _pct_points(r["tariff_a_on_b"]),
            "tariff_b_on_a": _pct_points(r["tariff_b_on_a"]),
            "mfn": f"{_pct_points(r['mfn_a'])} / {_pct_points(r['mfn_b'])}",
            "sources": _source_parts(r["sources"], _ECONOMIC_LAYERS),
        })
    return rows


def _alignment_rows(table: pd.DataFrame) -> list[dict[str, Any]]:
    rows = []
    for r in table.to_dict("records"):
        if not _has_figure(r, _ALIGNMENT_FIGURES):
            continue
        agreement = r["unga_agreement"]
        rows.append({
            "year": int(r["year"]),
            "on_a": "–" if _missing(r["sanctions_on_a"]) else r["sanctions_on_a"] or "none",
            "on_b": "–" if _missing(r["sanctions_on_b"]) else r["sanctions_on_b"] or "none",
            "targets_a": int(r["sanctioned_entities_a"]),
            "targets_b": int(r["sanctioned_entities_b"]),
            "a_on_b": int(r["sanctions_a_on_b"]), "b_on_a": int(r["sanctions_b_on_a"]),
            "agreement": "–" if _missing(agreement) else
            f"{percent(agreement)} of {int(r['unga_joint_votes'])} roll calls",
            "distance": number(r["ideal_point_distance"]),
            "sources": _source_parts(r["sources"], _ALIGNMENT_LAYERS),
        })
    return rows


def _trend_text(trend: dict[str, Any], sources: pd.DataFrame, names: dict[str, str],
                a: str, b: str) -> str | None:
    column = trend.get("column")
    if not column:
        return None
    view = {"trade_a_view": f"as {names[a]} declared it", "trade_b_view":
            f"as {names[b]} declared it", "trade_baci": "as CEPII reconciled it"}[column]
    known = sources[sources["source"] == _TREND_SOURCE[column]]["name"]
    source = known.iloc[0] if len(known) else _TREND_SOURCE[column]
    change = trend.get("change_pct")
    change_text = "" if _missing(change) else f" changed by {float(change):+.1f}%"
    return (f"Total trade {view}{change_text} from {trend['first_year']} to "
            f"{trend['last_year']}, a least-squares slope of "
            f"{usd(trend['slope_usd_per_year'])} a year "
            f"({source}, {trend['first_year']}–{trend['last_year']}).")


def _top_products(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{"year": int(r["year"]), "view": r["view"], "label": r["label"],
             "value": usd(r["value_usd"]), "share": percent(r["share"])}
            for r in frame.to_dict("records")]


def _programmes(frame: pd.DataFrame, names: dict[str, str]) -> list[dict[str, Any]]:
    return [{"side": names.get(str(r["side"]), str(r["side"])), "authority": r["authority"],
             "programme": r["programme"], "targets": int(r["targets"]), "kinds": r["kinds"],
             "since": "–" if _missing(r["first_year"]) else int(r["first_year"]),
             "ended": "in force" if _missing(r["ended"]) else f"ended {int(r['ended'])}"}
            for r in frame.to_dict("records")]


def context_view(context: dict[str, dict[str, Any]] | None, a: str, b: str,
                 names: dict[str, str], years: tuple[int | None, int | None]
                 ) -> dict[str, Any] | None:
    """Both sections as display rows: tables, statements, missing layers and sources."""
    if context is None:
        return None
    economic, alignment = context["economic_ties"], context["sanctions_and_alignment"]
    return {
        "years": _years_text(years, economic["table"]),
        "economic": {
            "rows": _economic_rows(economic["table"]),
            "gaps": _years_without(economic["table"], _ECONOMIC_FIGURES, "trade or tariff"),
            "statements": list(economic["statements"]),
            "trend": _trend_text(economic["trend"], economic["sources"], names, a, b),
            "top_products": _top_products(economic["top_products"]),
            "missing": list(economic["missing"]),
            "sources": _sources_rows(economic["sources"]),
        },
        "alignment": {
            "rows": _alignment_rows(alignment["table"]),
            "gaps": _years_without(alignment["table"], _ALIGNMENT_FIGURES,
                                   "sanctions or UN voting"),
            "statements": list(alignment["statements"]),
            "programmes": _programmes(alignment["programmes"], names),
            "missing": list(alignment["missing"]),
            "sources": _sources_rows(alignment["sources"]),
        },
    }


def _years_text(years: tuple[int | None, int | None], table: pd.DataFrame) -> str:
    low, high = years
    if low is None and len(table):
        low = int(table["year"].min())
    if high is None and len(table):
        high = int(table["year"].max())
    if low is None and high is None:
        return "all years in the store"
    return _span(low, high)
