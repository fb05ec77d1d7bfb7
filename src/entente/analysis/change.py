"""Change over time: trend, change points and reciprocity of dyad series."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from ..store import Store
from .series import dyad_series

__all__ = ["Trend", "trend", "change_points", "reciprocity"]


@dataclass(frozen=True, slots=True)
class Trend:
    """Least-squares slope per period with its 95% interval, and Mann-Kendall's test."""

    slope: float | None
    low: float | None
    high: float | None
    mann_kendall_tau: float | None
    p_value: float | None
    n: int


def _values(series_df: pd.DataFrame, column: str) -> pd.DataFrame:
    """Non-null (position, value) pairs of one column; positions count periods."""
    if "period" in series_df.columns and series_df["period"].duplicated().any():
        raise ValueError("one row per period expected: pass an undirected series, or one "
                         "direction of a directed one")
    if column not in series_df.columns:
        raise ValueError(f"column {column!r} is not in the series "
                         f"(have {', '.join(map(str, series_df.columns))})")
    values = pd.to_numeric(series_df[column], errors="coerce").to_numpy(dtype=float)
    pos = np.arange(len(values), dtype=float)
    keep = ~np.isnan(values)
    return pd.DataFrame({"x": pos[keep], "y": values[keep]})


def trend(series_df: pd.DataFrame, column: str = "net_coop") -> Trend:
    """Slope of `column` per period (OLS, 95% t interval) and Mann-Kendall tau and p-value.

    Null values (empty periods' means) are left out; with fewer than 3 values every
    figure is None. Use an undirected series (one row per period).

    >>> trend(dyad_series(store, "IRN", "SRB", freq="year")).slope  # doctest: +SKIP
    """
    from scipy import stats

    xy = _values(series_df, column)
    n = len(xy)
    if n < 3:
        return Trend(None, None, None, None, None, n)
    fit = stats.linregress(xy["x"], xy["y"])
    half = float(stats.t.ppf(0.975, n - 2) * fit.stderr)
    tau, p_value = stats.kendalltau(xy["x"], xy["y"])
    return Trend(float(fit.slope), float(fit.slope) - half, float(fit.slope) + half,
                 _or_none(tau), _or_none(p_value), n)


def _or_none(value: float) -> float | None:
    return None if value is None or math.isnan(value) else float(value)


def change_points(series_df: pd.DataFrame, column: str = "net_coop",
                  penalty: float | None = None, min_size: int = 2) -> pd.DataFrame:
    """Where the mean of `column` shifts (ruptures PELT, least squares cost).

    One row per change: the first period of the new regime, the means of the segments
    before and after it. The default penalty is 2 * log(n) * sigma^2 with sigma estimated
    robustly from period-to-period differences (so noise alone does not make changes).

    >>> change_points(dyad_series(store, "IRN", "SRB"))  # doctest: +SKIP
    """
    import ruptures

    xy = _values(series_df, column)
    values, positions = xy["y"].to_numpy(), xy["x"].to_numpy(dtype=int)
    empty = pd.DataFrame({"period": pd.Series(dtype="datetime64[ns]"),
                          "before_mean": pd.Series(dtype=float),
                          "after_mean": pd.Series(dtype=float)})
    n = len(values)
    if n < 2 * min_size:
        return empty
    if penalty is None:
        sigma = float(np.median(np.abs(np.diff(values))) / (0.6745 * math.sqrt(2)))
        if sigma == 0.0:
            sigma = float(np.std(values)) / 4 or 1.0
        penalty = 2.0 * math.log(n) * sigma**2
    algo = ruptures.Pelt(model="l2", min_size=min_size, jump=1).fit(values.reshape(-1, 1))
    ends = algo.predict(pen=penalty)
    bounds = [0, *ends]
    rows = []
    for i, cut in enumerate(ends[:-1]):
        rows.append({"period": series_df["period"].iloc[positions[cut]],
                     "before_mean": float(values[bounds[i]:cut].mean()),
                     "after_mean": float(values[cut:bounds[i + 2]].mean())})
    return pd.DataFrame(rows) if rows else empty


def reciprocity(store: Store, a: str, b: str, start: date | str | None = None,
                end: date | str | None = None, freq: str = "month", max_lag: int = 3,
                column: str = "net_coop", **options: object) -> pd.DataFrame:
    """Does b answer a? Correlation of a->b at t with b->a at t + lag.

    Lags run from -max_lag to max_lag: positive lags mean b follows a, negative lags a
    follows b, lag 0 moves within the same period. `n` is the number of period pairs.
    Other options are those of `dyad_series`.

    >>> reciprocity(store, "IRN", "SRB", freq="week", max_lag=4)  # doctest: +SKIP
    """
    if max_lag < 0:
        raise ValueError("max_lag must be >= 0")
    df = dyad_series(store, a, b, start=start, end=end, freq=freq, directed=True,
                     **options)  # type: ignore[arg-type]
    ka, kb = df.attrs["dyad"]
    forward = df[df["source"] == ka].set_index("period")[column].astype(float)
    backward = df[df["source"] == kb].set_index("period")[column].astype(float)
    rows = []
    for lag in range(-max_lag, max_lag + 1):
        pairs = pd.DataFrame({"x": forward, "y": backward.shift(-lag)}).dropna()
        rows.append({"lag": lag, "correlation": _corr(pairs["x"], pairs["y"]),
                     "n": len(pairs)})
    out = pd.DataFrame(rows, columns=["lag", "correlation", "n"])
    out.attrs.update(df.attrs)
    return out


def _corr(x: pd.Series, y: pd.Series) -> float:
    """Pearson correlation; NaN when either side is constant or too short."""
    if len(x) < 3 or x.nunique() < 2 or y.nunique() < 2:
        return float("nan")
    return float(np.corrcoef(x.to_numpy(), y.to_numpy())[0, 1])
