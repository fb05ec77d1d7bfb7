"""Context for a pair of countries: trade, tariffs, sanctions and UN voting, year by year.

`dyad_context` is the table `entente dyad` joins on its yearly rows: each figure null when
its layer has no data, a `sources` cell naming source, year and licence, and a plain
sentence for every layer missing for the pair.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from .. import ontology
from ..errors import InputError
from ..store import Store
from ._common import product_label, source_info
from .sanctions import AUTHORITY_KEYS

CONTEXT_COLUMNS = [
    "year", "trade_a_view", "trade_b_view", "trade_baci",
    "exports_a_to_b_by_a", "exports_a_to_b_by_b", "exports_b_to_a_by_b", "exports_b_to_a_by_a",
    "top_product", "top_product_usd", "tariff_a_on_b", "tariff_b_on_a", "mfn_a", "mfn_b",
    "sanctions_on_a", "sanctions_on_b", "sanctioned_entities_a", "sanctioned_entities_b",
    "sanctions_a_on_b", "sanctions_b_on_a", "unga_agreement", "unga_joint_votes",
    "ideal_point_distance", "sources",
]

_TEXT_COLUMNS = ("top_product", "sanctions_on_a", "sanctions_on_b", "sources")
_COUNT_COLUMNS = ("year", "sanctioned_entities_a", "sanctioned_entities_b",
                  "sanctions_a_on_b", "sanctions_b_on_a", "unga_joint_votes")
# Stable types whatever the data: missing figures are NaN in float columns, never None.
_DTYPES = {c: "object" if c in _TEXT_COLUMNS else "int64" if c in _COUNT_COLUMNS
           else "float64" for c in CONTEXT_COLUMNS}

_HOW_TO_LOAD = {
    "trade": "entente context fetch trade A B, or entente context load a Comtrade/BACI file",
    "tariffs": "entente context fetch tariffs A B",
    "sanctions": "entente context fetch sanctions, or load an OpenSanctions export",
    "unga": "entente context load the Voeten et al. votes and ideal points files",
}
_LAYER_NAMES = {"trade": "trade", "tariffs": "tariff", "sanctions": "sanctions",
                "unga": "UN General Assembly voting"}


@dataclass(frozen=True, slots=True)
class Pair:
    a: str
    b: str
    start: int | None
    end: int | None



# -- layer reads (the SQL lives in `Store.context_layer`) ----------------------------------

def _read(store: Store, layer: str, pair: Pair) -> pd.DataFrame:
    return store.context_layer(layer, pair.a, pair.b, pair.start, pair.end)


@dataclass(slots=True)
class Layers:
    trade: pd.DataFrame
    products: pd.DataFrame
    tariffs: pd.DataFrame
    sanctions: pd.DataFrame
    agreement: pd.DataFrame
    ideal: pd.DataFrame


def read_layers(store: Store, pair: Pair) -> Layers:
    return Layers(*(_read(store, layer, pair) for layer in (
        "trade_totals", "trade_products", "tariffs", "sanctions", "unga_agreement",
        "ideal_distance")))


# -- one row per year ----------------------------------------------------------------------

def _years(layers: Layers, pair: Pair) -> list[int]:
    if pair.start is not None and pair.end is not None:
        return list(range(int(pair.start), int(pair.end) + 1))
    found: set[int] = set()
    for frame in (layers.trade, layers.tariffs, layers.agreement, layers.ideal):
        found |= {int(y) for y in frame["year"].dropna()}
    found |= {int(y) for y in layers.sanctions["start_year"].dropna()
              if (pair.start is None or y >= pair.start) and (pair.end is None or y <= pair.end)}
    if not found:
        return []
    low = pair.start if pair.start is not None else min(found)
    high = pair.end if pair.end is not None else max(found)
    return list(range(int(low), int(high) + 1))


def _value(frame: pd.DataFrame, column: str = "value_usd", **match: Any) -> float | None:
    mask = pd.Series(True, index=frame.index)
    for key, value in match.items():
        mask &= frame[key] == value
    values = frame.loc[mask, column].dropna()
    return float(values.sum()) if not values.empty else None


def _trade_cells(layers: Layers, pair: Pair, year: int) -> dict[str, Any]:
    t = layers.trade[layers.trade["year"] == year]
    comtrade = t[t["source"] == "comtrade"]
    a, b = pair.a, pair.b
    cells = {
        "trade_a_view": _value(comtrade, reporter=a),
        "trade_b_view": _value(comtrade, reporter=b),
        "trade_baci": _value(t[t["source"] == "baci"]),
        "exports_a_to_b_by_a": _value(comtrade, reporter=a, exporter=a),
        "exports_a_to_b_by_b": _value(comtrade, reporter=b, exporter=a),
        "exports_b_to_a_by_b": _value(comtrade, reporter=b, exporter=b),
        "exports_b_to_a_by_a": _value(comtrade, reporter=a, exporter=b),
    }
    cells["top_product"], cells["top_product_usd"] = _top_product(layers.products, pair, year)
    return cells


def product_view(products: pd.DataFrame, pair: Pair, year: int) -> pd.DataFrame:
    """Chapter values of one view: A's declarations, else B's, else BACI's."""
    p = products[products["year"] == year]
    for source, reporter in (("comtrade", pair.a), ("comtrade", pair.b), ("baci", "")):
        view = p[(p["source"] == source) & (p["reporter"] == reporter)]
        if not view.empty:
            return view
    return p.iloc[0:0]


def _top_product(products: pd.DataFrame, pair: Pair, year: int) -> tuple[str | None,
                                                                           float | None]:
    view = product_view(products, pair, year)
    if view.empty:
        return None, None
    top = view.sort_values(["value_usd", "product"], ascending=[False, True]).iloc[0]
    return product_label(str(top["product"])), float(top["value_usd"])


def _tariff_cells(tariffs: pd.DataFrame, pair: Pair, year: int) -> dict[str, Any]:
    t = tariffs[tariffs["year"] == year]

    def pick(reporter: str, partners: tuple[str, ...], indicator: str) -> float | None:
        for partner in partners:
            value = _value(t, "value_pct", reporter=reporter, partner=partner,
                           indicator=indicator)
            if value is not None:
                return value
        return None

    return {"tariff_a_on_b": pick(pair.a, (pair.b,), "applied_simple"),
            "tariff_b_on_a": pick(pair.b, (pair.a,), "applied_simple"),
            "mfn_a": pick(pair.a, ("WLD", pair.b), "mfn_simple"),
            "mfn_b": pick(pair.b, ("WLD", pair.a), "mfn_simple")}


def in_force(sanctions: pd.DataFrame, year: int) -> pd.DataFrame:
    """Listings in force during `year`: started by then and not ended before it."""
    started = sanctions["start_year"].isna() | (sanctions["start_year"] <= year)
    running = sanctions["end_year"].isna() | (sanctions["end_year"] >= year)
    return sanctions[started & running]


def _programmes(frame: pd.DataFrame) -> str:
    pairs = sorted({f"{r.authority}: {r.programme}" for r in frame.itertuples()})
    return "; ".join(pairs)


def _sanction_cells(sanctions: pd.DataFrame, pair: Pair, year: int) -> dict[str, Any]:
    now = in_force(sanctions, year)
    on_a, on_b = now[now["country"] == pair.a], now[now["country"] == pair.b]
    imposed_by = {a: k for k, a in AUTHORITY_KEYS.items()}
    by_a, by_b = imposed_by.get(pair.a), imposed_by.get(pair.b)
    return {
        "sanctions_on_a": _programmes(on_a) if not sanctions.empty else None,
        "sanctions_on_b": _programmes(on_b) if not sanctions.empty else None,
        "sanctioned_entities_a": int(on_a["entity_id"].nunique()),
        "sanctioned_entities_b": int(on_b["entity_id"].nunique()),
        "sanctions_a_on_b": int(on_b[on_b["authority"] == by_a]["programme"].nunique()),
        "sanctions_b_on_a": int(on_a[on_a["authority"] == by_b]["programme"].nunique()),
    }


def _unga_cells(layers: Layers, year: int) -> dict[str, Any]:
    agree = layers.agreement[layers.agreement["year"] == year]
    ideal = layers.ideal[layers.ideal["year"] == year]
    return {
        "unga_agreement": float(agree["agreement"].iloc[0]) if not agree.empty else None,
        "unga_joint_votes": int(agree["joint_votes"].iloc[0]) if not agree.empty else 0,
        "ideal_point_distance": float(ideal["distance"].iloc[0]) if not ideal.empty else None,
    }


def _source_note(frame: pd.DataFrame, year: int, layer: str) -> list[str]:
    notes = []
    for source, group in frame.groupby("source", sort=True):
        info = source_info(str(source))
        retrieved = pd.Timestamp(group["retrieved_at"].max()).date().isoformat()
        notes.append(f"{layer}: {info.name} {year} (retrieved {retrieved}; licence: "
                     f"{group['licence'].iloc[0]})")
    return notes


def _sources_cell(layers: Layers, year: int) -> str:
    notes = _source_note(layers.trade[layers.trade["year"] == year], year, "trade")
    notes += _source_note(layers.tariffs[layers.tariffs["year"] == year], year, "tariffs")
    notes += _source_note(in_force(layers.sanctions, year), year, "sanctions")
    unga = pd.concat([layers.agreement[layers.agreement["year"] == year],
                      layers.ideal[layers.ideal["year"] == year]]).assign(source="unga")
    notes += _source_note(unga.dropna(subset=["retrieved_at"]), year, "UN voting")
    return " | ".join(notes)


def make_pair(a: str, b: str, start_year: int | None, end_year: int | None) -> Pair:
    # Organisations (EU, UN) are accepted: they impose sanctions; their other layers are
    # simply reported missing.
    pair = Pair(ontology.country(a), ontology.country(b), start_year, end_year)
    if pair.a == pair.b:
        raise InputError(f"{a!r} and {b!r} are the same country: a pair needs two sides")
    return pair


def dyad_context(store: Store, a: str, b: str, start_year: int | None = None,
                 end_year: int | None = None) -> pd.DataFrame:
    """One row per year of context for the pair A, B (columns: CONTEXT_COLUMNS).

    Trade in USD: `trade_a_view` is all A-B trade as A declared it, `trade_b_view` as B
    declared it (mirror statistics), `trade_baci` CEPII's reconciled figure;
    `exports_a_to_b_by_b` is B's declared imports from A. Tariffs are simple averages in
    percent (`tariff_a_on_b`: applied by A on goods from B). Sanctions list the programmes
    in force that year on each side's government, people and entities; `sanctions_a_on_b`
    counts programmes imposed by A (when A is the US, the UK, the EU or the UN).
    `unga_agreement` is the share of roll calls where both voted alike (yes, no or
    abstain), `ideal_point_distance` the absolute distance of their ideal points. `sources`
    names source, year, retrieval date and licence of every figure in the row.
    `df.attrs["missing"]` says which layers have no data for the pair.
    """
    pair = make_pair(a, b, start_year, end_year)
    layers = read_layers(store, pair)
    rows = []
    for year in _years(layers, pair):
        row: dict[str, Any] = {"year": year}
        row |= _trade_cells(layers, pair, year)
        row |= _tariff_cells(layers.tariffs, pair, year)
        row |= _sanction_cells(layers.sanctions, pair, year)
        row |= _unga_cells(layers, year)
        row["sources"] = _sources_cell(layers, year)
        rows.append(row)
    frame = pd.DataFrame(rows, columns=CONTEXT_COLUMNS).astype(_DTYPES)
    frame.attrs["pair"] = (pair.a, pair.b)
    frame.attrs["missing"] = list(missing_layers(layers, pair).values())
    return frame


def missing_layers(layers: Layers, pair: Pair) -> dict[str, str]:
    """Layer -> one plain sentence, for each layer without data for the pair."""
    empty = {"trade": layers.trade.empty, "tariffs": layers.tariffs.empty,
             "sanctions": layers.sanctions.empty,
             "unga": layers.agreement.empty and layers.ideal.empty}
    names = f"{ontology.name_of(pair.a)} and {ontology.name_of(pair.b)}"
    span = _span(pair)
    return {layer: f"No {_LAYER_NAMES[layer]} data for {names}{span} in the store "
                   f"(to add it: {_HOW_TO_LOAD[layer]})."
            for layer, is_empty in empty.items() if is_empty}


def _span(pair: Pair) -> str:
    if pair.start is None and pair.end is None:
        return ""
    return f" in {pair.start or '…'}–{pair.end or '…'}"
