"""Context layers beside a dyad series: trade, tariffs, sanctions, UN voting, by year.

The context tables hold one value per year, so every period of a series takes the value of
the year it starts in; for periods shorter than a year the value repeats, and the column
names end in `_yearly` to say so. The figures themselves come from
`entente.context.dyad_context`; this module only joins them onto the series.
"""

from __future__ import annotations

import pandas as pd

from ..store import Store

__all__ = ["CONTEXT_LAYER_COLUMNS", "with_context"]

#: Columns of `entente.context.dyad_context` that `with_context` adds, and their new names.
CONTEXT_LAYER_COLUMNS = {
    "trade_a_view": "trade_a_view_usd_yearly",
    "trade_b_view": "trade_b_view_usd_yearly",
    "trade_baci": "trade_baci_usd_yearly",
    "tariff_a_on_b": "tariff_a_on_b_pct_yearly",
    "tariff_b_on_a": "tariff_b_on_a_pct_yearly",
    "sanctions_on_a": "sanctions_on_a_yearly",
    "sanctions_on_b": "sanctions_on_b_yearly",
    "unga_agreement": "unga_agreement_yearly",
    "ideal_point_distance": "ideal_point_distance_yearly",
    "sources": "context_sources_yearly",
}


def with_context(series_df: pd.DataFrame, store: Store, a: str, b: str) -> pd.DataFrame:
    """The dyad series with the pair's yearly context columns added to every row.

    Each period (a `period` timestamp, as `dyad_series` gives it) takes the values of the
    calendar year it starts in: `trade_a_view_usd_yearly` / `trade_b_view_usd_yearly` are
    all A-B trade in USD as A and as B declared it (mirror statistics),
    `trade_baci_usd_yearly` CEPII's reconciled figure, `tariff_a_on_b_pct_yearly` /
    `tariff_b_on_a_pct_yearly` the applied simple average tariff each way, in percent
    (A on goods from B, B on goods from A), `sanctions_on_a_yearly` /
    `sanctions_on_b_yearly` the `authority: programme` pairs in force on each side ("" for
    none), `unga_agreement_yearly` the share of UN General Assembly roll calls where both
    voted alike, `ideal_point_distance_yearly` the distance of their ideal points, and
    `context_sources_yearly` the source, year, retrieval date and licence of each figure.
    Figures a layer does not have are null, never zero. The series' attrs are kept;
    `attrs["context_missing"]` holds one plain sentence per layer with no data for the pair.

    >>> with_context(dyad_series(store, "SRB", "IRN", freq="year"), store, "SRB", "IRN")
    ... # doctest: +SKIP
    """
    from ..context import dyad_context

    years = series_df["period"].dt.year if len(series_df) else pd.Series(dtype="int64")
    start = int(years.min()) if len(years) else None
    end = int(years.max()) if len(years) else None
    context = dyad_context(store, a, b, start, end)
    layers = context[["year", *CONTEXT_LAYER_COLUMNS]].rename(columns=CONTEXT_LAYER_COLUMNS)
    out = series_df.assign(_year=years.astype("int64")).merge(
        layers, how="left", left_on="_year", right_on="year", sort=False)
    out = out.drop(columns=["_year", "year"])
    out.index = series_df.index
    out.attrs = {**series_df.attrs, "context_missing": list(context.attrs["missing"])}
    return out
