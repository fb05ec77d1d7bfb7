"""The brief's "economic ties" and "sanctions and alignment" sections, as plain data.

Every statement ends with its source and year; every layer without data for the pair has
its sentence in `missing`.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from .. import ontology
from ..store import Store
from ._common import product_label, source_info
from .dyad import (
    Layers,
    Pair,
    dyad_context,
    make_pair,
    missing_layers,
    product_view,
    read_layers,
)


def context_sections(store: Store, a: str, b: str, start_year: int | None = None,
                     end_year: int | None = None) -> dict[str, dict[str, Any]]:
    """Plain data for the brief: {"economic_ties": {...}, "sanctions_and_alignment": {...}}.

    Each section holds `table` (DataFrame, one row per year), `statements` (sentences,
    each naming its source and year), `missing` (a sentence per layer without data) and
    `sources` (DataFrame: layer, source, name, licence, retrieved_at, first_year, last_year).
    The economic section adds `top_products` (latest year's chapters) and `trend`.
    """
    pair = make_pair(a, b, start_year, end_year)
    context = dyad_context(store, pair.a, pair.b, start_year, end_year)
    layers = read_layers(store, pair)
    missing = missing_layers(layers, pair)
    return {
        "economic_ties": {
            "table": context[["year", "trade_a_view", "trade_b_view", "trade_baci",
                              "exports_a_to_b_by_a", "exports_a_to_b_by_b",
                              "exports_b_to_a_by_b", "exports_b_to_a_by_a", "top_product",
                              "top_product_usd", "tariff_a_on_b", "tariff_b_on_a", "mfn_a",
                              "mfn_b", "sources"]],
            "top_products": top_products(layers, pair),
            "trend": trade_trend(context),
            "statements": _economic_statements(context, layers, pair),
            "missing": [missing[k] for k in ("trade", "tariffs") if k in missing],
            "sources": _sources_table(store, pair, ("trade", "tariffs")),
        },
        "sanctions_and_alignment": {
            "table": context[["year", "sanctions_on_a", "sanctions_on_b",
                              "sanctioned_entities_a", "sanctioned_entities_b",
                              "sanctions_a_on_b", "sanctions_b_on_a", "unga_agreement",
                              "unga_joint_votes", "ideal_point_distance", "sources"]],
            "programmes": sanction_programmes(layers.sanctions, pair),
            "designations": designations_by_year(layers.sanctions),
            "statements": _alignment_statements(context, layers, pair),
            "missing": [missing[k] for k in ("sanctions", "unga") if k in missing],
            "sources": _sources_table(store, pair, ("sanctions", "unga")),
        },
    }


def top_products(layers: Layers, pair: Pair, n: int = 5) -> pd.DataFrame:
    """The latest year's largest HS chapters in the first available view, with shares."""
    columns = ["year", "view", "product", "label", "value_usd", "share"]
    if layers.products.empty:
        return pd.DataFrame(columns=columns)
    year = int(layers.products["year"].max())
    view = product_view(layers.products, pair, year)
    total = view["value_usd"].sum()
    view = view.sort_values(["value_usd", "product"], ascending=[False, True]).head(n)
    who = view["reporter"].iloc[0] or "BACI (reconciled)"
    return pd.DataFrame({
        "year": year, "view": f"{who} ({source_info(view['source'].iloc[0]).name})",
        "product": view["product"].tolist(),
        "label": [product_label(p) for p in view["product"]],
        "value_usd": view["value_usd"].tolist(),
        "share": (view["value_usd"] / total).round(4).tolist() if total else None,
    }, columns=columns)


def trade_trend(context: pd.DataFrame) -> dict[str, Any]:
    """Least-squares slope (USD per year) and change from first to last year of the best
    available total (A's view, else B's, else BACI)."""
    for column in ("trade_a_view", "trade_b_view", "trade_baci"):
        series = context[["year", column]].dropna()
        if len(series) >= 2:
            years, values = series["year"].astype(float), series[column].astype(float)
            slope = float(((years - years.mean()) * (values - values.mean())).sum()
                          / ((years - years.mean()) ** 2).sum())
            first, last = float(values.iloc[0]), float(values.iloc[-1])
            return {"column": column, "first_year": int(series["year"].iloc[0]),
                    "last_year": int(series["year"].iloc[-1]), "slope_usd_per_year": slope,
                    "change_pct": (last - first) / first * 100 if first else None}
    return {"column": None, "first_year": None, "last_year": None, "slope_usd_per_year": None,
            "change_pct": None}


def sanction_programmes(sanctions: pd.DataFrame, pair: Pair) -> pd.DataFrame:
    """Per side, authority and programme: targets, first and last year, kinds of target."""
    columns = ["side", "authority", "programme", "targets", "kinds", "first_year", "ended"]
    if sanctions.empty:
        return pd.DataFrame(columns=columns)
    grouped = sanctions.groupby(["country", "authority", "programme"], sort=True).agg(
        targets=("entity_id", "nunique"),
        kinds=("target_kind", lambda k: ", ".join(sorted(set(k)))),
        first_year=("start_year", "min"),
        ended=("end_year", lambda e: None if e.isna().any() else int(e.max())),
    ).reset_index().rename(columns={"country": "side"})
    grouped["side"] = pd.Categorical(grouped["side"], [pair.a, pair.b])
    return grouped.sort_values(["side", "authority", "programme"])[columns].reset_index(
        drop=True).astype({"side": str})


def designations_by_year(sanctions: pd.DataFrame) -> pd.DataFrame:
    """New listings per year, side and authority (where a start date exists)."""
    columns = ["year", "side", "authority", "designations"]
    dated = sanctions.dropna(subset=["start_year"])
    if dated.empty:
        return pd.DataFrame(columns=columns)
    out = dated.groupby(["start_year", "country", "authority"]).size().reset_index()
    out.columns = columns
    return out.astype({"year": int}).sort_values(columns[:3]).reset_index(drop=True)


def _money(value: float | None) -> str:
    if value is None or pd.isna(value):
        return "no reported figure"
    for unit, size in (("bn", 1e9), ("m", 1e6), ("k", 1e3)):
        if abs(value) >= size:
            return f"{value / size:,.1f} {unit} USD"
    return f"{value:,.0f} USD"


def _first_source(sources: str, layer: str) -> str:
    for part in sources.split(" | "):
        if part.startswith(f"{layer}: "):
            return part[len(layer) + 2:].split(" (retrieved")[0]
    return ""


def _economic_statements(context: pd.DataFrame, layers: Layers, pair: Pair) -> list[str]:
    names = {pair.a: ontology.name_of(pair.a), pair.b: ontology.name_of(pair.b)}
    comtrade, baci = source_info("comtrade").name, source_info("baci").name
    out = []
    for row in context.itertuples():
        if pd.notna(row.exports_a_to_b_by_a) or pd.notna(row.exports_b_to_a_by_a):
            out.append(f"In {row.year} {names[pair.a]} reported exports of "
                       f"{_money(row.exports_a_to_b_by_a)} to {names[pair.b]} and imports "
                       f"of {_money(row.exports_b_to_a_by_a)} from it "
                       f"({comtrade}, {row.year}).")
        if pd.notna(row.exports_a_to_b_by_b) or pd.notna(row.exports_b_to_a_by_b):
            out.append(f"In {row.year} {names[pair.b]} reported imports of "
                       f"{_money(row.exports_a_to_b_by_b)} from {names[pair.a]} and "
                       f"exports of {_money(row.exports_b_to_a_by_b)} to it, the mirror "
                       f"view ({comtrade}, {row.year}).")
        if pd.notna(row.trade_baci):
            out.append(f"In {row.year} reconciled bilateral trade was "
                       f"{_money(row.trade_baci)} ({baci}, {row.year}).")
        if row.top_product:
            view = product_view(layers.products, pair, row.year)
            out.append(f"The largest product group in {row.year} was {row.top_product}, "
                       f"{_money(row.top_product_usd)} "
                       f"({source_info(view['source'].iloc[0]).name}, {row.year}).")
        for column, who, whom in (("tariff_a_on_b", pair.a, pair.b),
                                  ("tariff_b_on_a", pair.b, pair.a)):
            value = getattr(row, column)
            if pd.notna(value):
                out.append(f"In {row.year} {names[who]} applied an average tariff of "
                           f"{value:.2f}% on goods from {names[whom]} "
                           f"({source_info('wits').name}, {row.year}).")
    return out


def _alignment_statements(context: pd.DataFrame, layers: Layers, pair: Pair) -> list[str]:
    names = {pair.a: ontology.name_of(pair.a), pair.b: ontology.name_of(pair.b)}
    out = []
    if not context.empty and not layers.sanctions.empty:
        last = context.iloc[-1]
        for side, column, count in ((pair.a, "sanctions_on_a", "sanctioned_entities_a"),
                                    (pair.b, "sanctions_on_b", "sanctioned_entities_b")):
            programmes = last[column] or "none"
            out.append(f"In {last['year']} sanctions programmes in force on {names[side]}'s "
                       f"government, people or entities: {programmes} ({last[count]} listed "
                       f"targets; OpenSanctions, licence: "
                       f"{layers.sanctions['licence'].iloc[0]}).")
    for row in context.itertuples():
        if pd.notna(row.unga_agreement):
            out.append(f"In {row.year} {names[pair.a]} and {names[pair.b]} voted alike on "
                       f"{row.unga_agreement:.0%} of {row.unga_joint_votes} UN General "
                       f"Assembly roll calls ({_first_source(row.sources, 'UN voting')}).")
        if pd.notna(row.ideal_point_distance):
            out.append(f"In {row.year} their UNGA ideal points were "
                       f"{row.ideal_point_distance:.2f} apart "
                       f"({_first_source(row.sources, 'UN voting')}).")
    return out


def _sources_table(store: Store, pair: Pair, layers: tuple[str, ...]) -> pd.DataFrame:
    """Every source stored for the pair in these layers, with licence and years."""
    frame = store.context_sources(pair.a, pair.b, layers)
    frame.insert(2, "name", [source_info(s).name for s in frame["source"]])
    return frame
