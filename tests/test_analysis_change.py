"""trend, change_points and reciprocity on series constructed to have a known answer."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis_events import event
from entente.analysis import change_points, dyad_series, reciprocity, trend
from entente.store import Store


def _series(values: list[float | None], start: str = "2020-01-01") -> pd.DataFrame:
    periods = pd.date_range(start, periods=len(values), freq="MS")
    return pd.DataFrame({"period": periods, "net_coop": values})


def test_trend_of_a_straight_line():
    t = trend(_series([1, 3, 5, 7, 9]))
    assert (t.slope, t.low, t.high) == pytest.approx((2.0, 2.0, 2.0))
    assert t.mann_kendall_tau == pytest.approx(1.0) and t.n == 5


def test_trend_slope_interval_and_kendall_by_hand():
    # y = 1 3 2 5 4 6 at x = 0..5: Sxx = 17.5, Sxy = 15.5, Syy = 17.5.
    t = trend(_series([1, 3, 2, 5, 4, 6]))
    slope = 15.5 / 17.5
    sse = 17.5 - 15.5**2 / 17.5
    half = 2.776445 * math.sqrt(sse / 4 / 17.5)  # t(0.975, 4 df) from the table
    assert t.slope == pytest.approx(slope)
    assert (t.low, t.high) == pytest.approx((slope - half, slope + half), rel=1e-5)
    # 15 pairs, 2 discordant ((3, 2) and (5, 4)): tau = (13 - 2) / 15.
    assert t.mann_kendall_tau == pytest.approx(11 / 15)
    # Exact two-sided p: orderings of 6 with at most 2 inversions are 1 + 5 + 14 = 20 of 720.
    assert t.p_value == pytest.approx(2 * 20 / 720)


def test_trend_skips_nulls_and_needs_three_values():
    assert trend(_series([None, 2.0, None, 4.0]), "net_coop").slope is None
    t = trend(_series([1.0, None, 3.0, None, 5.0]))
    assert t.n == 3 and t.slope == pytest.approx(1.0)  # positions 0, 2, 4 -> 1, 3, 5
    with pytest.raises(ValueError, match="nonexistent"):
        trend(_series([1, 2, 3]), "nonexistent")


def test_directed_series_must_be_split_first(store: Store):
    store.add_events([event("icews", f"2021-0{m}-03", "SRB", "IRN", "040") for m in (1, 2, 3)])
    directed = dyad_series(store, "SRB", "IRN", directed=True)
    with pytest.raises(ValueError, match="one row per period"):
        trend(directed)
    assert trend(directed[directed["source"] == "SRB"], "events").slope == pytest.approx(0.0)


def _broken_store(store: Store) -> Store:
    """Serbia and Iran: a year of agreements, then a year of sanctions."""
    events = []
    for month in range(1, 13):
        for k in range(3 if month % 2 else 2):
            events.append(event("icews", f"2020-{month:02d}-{10 + k}", "SRB", "IRN", "057"))
        for k in range(4 if month % 3 else 5):
            events.append(event("icews", f"2021-{month:02d}-{10 + k}", "IRN", "SRB", "163"))
    store.add_events(events)
    return store


def test_change_point_found_where_the_series_breaks(store: Store):
    df = dyad_series(_broken_store(store), "SRB", "IRN")
    cps = change_points(df)
    assert list(cps.columns) == ["period", "before_mean", "after_mean"]
    assert [p.strftime("%Y-%m") for p in cps["period"]] == ["2021-01"]
    assert cps["before_mean"].iloc[0] == pytest.approx(30 / 12)
    assert cps["after_mean"].iloc[0] == pytest.approx(-52 / 12)


def test_no_change_point_in_a_flat_or_short_series():
    assert change_points(_series([2, 3, 2, 3, 2, 3, 2, 3, 2, 3])).empty
    assert change_points(_series([1, 9, 1])).empty
    assert change_points(_series([4] * 12)).empty


def test_rising_trend_on_a_store_series(store: Store):
    store.add_events([event("entente", f"2023-{m:02d}-0{k + 1}", "HUN", "SRB", "042")
                      for m in range(1, 7) for k in range(m)])
    t = trend(dyad_series(store, "HUN", "SRB"), "events")
    assert t.slope == pytest.approx(1.0) and t.mann_kendall_tau == pytest.approx(1.0)


def test_reciprocity_peaks_at_the_constructed_lag(store: Store):
    # Serbia answers every Iranian move one month later, in the same measure.
    pattern = [1, 3, 0, 2, 4, 1, 0, 3]
    events = []
    for i, count in enumerate(pattern):
        for k in range(count):
            events.append(event("entente", f"2022-{i + 1:02d}-1{k}", "IRN", "SRB", "040"))
            events.append(event("entente", f"2022-{i + 2:02d}-2{k}", "SRB", "IRN", "040"))
    store.add_events(events)
    out = reciprocity(store, "IRN", "SRB", max_lag=2)
    assert list(out.columns) == ["lag", "correlation", "n"]
    assert out["lag"].tolist() == [-2, -1, 0, 1, 2]
    assert out["n"].tolist() == [7, 8, 9, 8, 7]  # nine months, 2022-01 to 2022-09
    by_lag = dict(zip(out["lag"], out["correlation"], strict=True))
    assert by_lag[1] == pytest.approx(1.0)
    assert max(by_lag, key=lambda lag: by_lag[lag]) == 1
    # Lag 0 by hand: x = 1 3 0 2 4 1 0 3 0, y = 0 1 3 0 2 4 1 0 3 (means 14/9).
    x = [1, 3, 0, 2, 4, 1, 0, 3, 0]
    y = [0, 1, 3, 0, 2, 4, 1, 0, 3]
    mx = sum(x) / 9
    cov = sum((a - mx) * (b - mx) for a, b in zip(x, y, strict=True))
    var = sum((a - mx) ** 2 for a in x)
    assert by_lag[0] == pytest.approx(cov / var)


def test_reciprocity_without_events_is_well_formed(store: Store):
    out = reciprocity(store, "FRA", "TUR", max_lag=1)
    assert out["lag"].tolist() == [-1, 0, 1]
    assert out["n"].tolist() == [0, 0, 0] and out["correlation"].isna().all()
