"""What a dyad brief says, gathered from the store through `entente.analysis`.

`build_brief` asks the analysis functions for every number and event; this module adds
no measure of its own beyond sums over the series it is given and the provenance counts
(documents, publishers, coder versions) the "what the data cannot say" section needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import pandas as pd

from .. import __version__, ontology
from ..store import Store
from .layers import context_of, context_years

__all__ = ["Brief", "Balance", "Coverage", "ChangePoint", "build_brief", "resolve_side"]

#: How many periods at the end of the series make up "the current balance".
CURRENT_WINDOW = {"day": 30, "week": 8, "month": 6, "quarter": 2, "year": 1}
#: Days either side of a change point whose events are shown beside it.
CHANGE_WINDOW = {"day": 7, "week": 21, "month": 45, "quarter": 100, "year": 200}


@dataclass(slots=True)
class Balance:
    """Cooperation against conflict over the last periods of the series."""

    periods: int
    first_period: str | None
    events: int
    cooperation: int
    conflict: int
    goldstein_mean: float | None

    @property
    def cooperation_share(self) -> float | None:
        return self.cooperation / self.events if self.events else None


@dataclass(slots=True)
class Coverage:
    """Where the dyad's events come from: the facts behind "what the data cannot say"."""

    events: int
    documents: int
    publishers: int
    datasets: list[str]
    first_date: date | None
    last_date: date | None
    coder_versions: list[str]
    not_day_precision: int
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ChangePoint:
    period: str
    before_mean: float | None
    after_mean: float | None
    events: pd.DataFrame


@dataclass(slots=True)
class Brief:
    """Everything a dyad brief shows; rendered by `render_html` / `render_markdown`."""

    a: str
    b: str
    a_name: str
    b_name: str
    start: date | None
    end: date | None
    freq: str
    series: pd.DataFrame
    balance: Balance
    trend: Any
    key_events: pd.DataFrame
    contexts: pd.DataFrame
    powers: pd.DataFrame
    alignment: Any
    actors: pd.DataFrame
    change_points: list[ChangePoint]
    coverage: Coverage
    version: str = __version__
    #: `entente.context.context_sections` for the pair over `context_years` (trade,
    #: tariffs, sanctions, UN voting), or None when the brief was built without it.
    context: dict[str, dict[str, Any]] | None = None
    context_years: tuple[int | None, int | None] = (None, None)

    @property
    def names(self) -> dict[str, str]:
        return {self.a: self.a_name, self.b: self.b_name}

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (the web API's `/api/brief`)."""
        return {
            "a": self.a, "b": self.b, "a_name": self.a_name, "b_name": self.b_name,
            "start": _iso(self.start), "end": _iso(self.end), "freq": self.freq,
            "series": records(self.series),
            "datasets": list(self.series.attrs.get("datasets", [])),
            "balance": {"periods": self.balance.periods,
                        "first_period": self.balance.first_period,
                        "events": self.balance.events,
                        "cooperation": self.balance.cooperation,
                        "conflict": self.balance.conflict,
                        "cooperation_share": self.balance.cooperation_share,
                        "goldstein_mean": self.balance.goldstein_mean},
            "trend": _plain(self.trend),
            "key_events": records(self.key_events),
            "contexts": records(self.contexts),
            "powers": records(self.powers),
            "alignment": None if self.alignment is None else {
                "cosine": _clean(getattr(self.alignment, "cosine", None)),
                "n_third_parties": _clean(getattr(self.alignment, "n_third_parties", None)),
                "profile": records(getattr(self.alignment, "profile", pd.DataFrame()))},
            "actors": records(self.actors),
            "change_points": [{"period": c.period, "before_mean": _clean(c.before_mean),
                               "after_mean": _clean(c.after_mean),
                               "events": records(c.events)} for c in self.change_points],
            "coverage": {"events": self.coverage.events, "documents": self.coverage.documents,
                         "publishers": self.coverage.publishers,
                         "datasets": self.coverage.datasets,
                         "first_date": _iso(self.coverage.first_date),
                         "last_date": _iso(self.coverage.last_date),
                         "coder_versions": self.coverage.coder_versions,
                         "not_day_precision": self.coverage.not_day_precision,
                         "warnings": self.coverage.warnings},
            "version": self.version,
            "context": context_dict(self.context, self.context_years),
        }


def resolve_side(value: str) -> str:
    """A country given as ISO3, CAMEO code or name -> its key (raises with close matches)."""
    return ontology.country(value)


def build_brief(store: Store, a: str, b: str, start: date | str | None = None,
                end: date | str | None = None, freq: str = "month", n_events: int = 12
                ) -> Brief:
    """Gather every section of the brief on countries `a` and `b` from the store.

    Example:
        >>> with open_store("entente.duckdb") as store:          # doctest: +SKIP
        ...     brief = build_brief(store, "Serbia", "Iran")
        ...     Path("brief.html").write_text(render_html(brief))
    """
    from .. import analysis
    from ..analysis import resolve_pair, to_date

    a_key, b_key = resolve_pair(a, b)
    start, end = to_date(start, "from"), to_date(end, "to")
    span = {"start": start, "end": end}
    series = analysis.dyad_series(store, a_key, b_key, freq=freq, **span)
    key_events = key_events_of(store, a_key, b_key, n_events, **span)
    covered = coverage(store, a_key, b_key, start, end, series)
    years = context_years(start, end, covered.first_date, covered.last_date)
    return Brief(
        a=a_key, b=b_key, a_name=ontology.name_of(a_key), b_name=ontology.name_of(b_key),
        start=start, end=end, freq=freq, series=series,
        balance=current_balance(series, CURRENT_WINDOW.get(freq, 6)),
        trend=analysis.trend(series),
        key_events=key_events,
        contexts=analysis.context_breakdown(store, a_key, b_key, **span),
        powers=analysis.major_power_balance(store, a_key, b_key, **span),
        alignment=analysis.alignment(store, a_key, b_key, **span),
        actors=analysis.top_actors(store, a_key, b_key, **span),
        change_points=_change_points(store, series, a_key, b_key, freq),
        coverage=covered,
        context=context_of(store, a_key, b_key, years),
        context_years=years,
    )


def current_balance(series: pd.DataFrame, periods: int) -> Balance:
    """Sums of the quad-class counts over the last `periods` rows of a dyad series."""
    tail = series.tail(periods)
    if tail.empty:
        return Balance(0, None, 0, 0, 0, None)
    coop = int(tail["verbal_coop"].sum() + tail["material_coop"].sum())
    conflict = int(tail["verbal_conflict"].sum() + tail["material_conflict"].sum())
    events = int(tail["events"].sum())
    gsum = tail["goldstein_sum"].fillna(0).sum()
    return Balance(len(tail), str(tail["period"].iloc[0])[:10], events, coop, conflict,
                   float(gsum) / events if events else None)


COOPERATION_ROOTS = [f"{r:02d}" for r in range(1, 10)]
CONFLICT_ROOTS = [f"{r:02d}" for r in range(10, 21)]


def key_events_of(store: Store, a: str, b: str, n: int, start: date | None = None,
                  end: date | None = None) -> pd.DataFrame:
    """The strongest cooperative and the strongest conflictual events, half each, by date.

    Ranking by the size of the Goldstein score alone would let a run of agreements crowd
    out every quarrel (or the reverse); the same sentence coded in both directions ("Serbia
    and Iran agreed ...") is shown once.
    """
    from .. import analysis

    def strongest(roots: list[str]) -> pd.DataFrame:
        found = analysis.top_events(store, a, b, start=start, end=end, by="goldstein",
                                    n=2 * n, roots=roots)
        return _distinct(found)

    conflict, cooperation = strongest(CONFLICT_ROOTS), strongest(COOPERATION_ROOTS)
    k = min(len(conflict), max(n // 2, n - len(cooperation)))
    parts = [f for f in (conflict.head(k), cooperation.head(n - k)) if not f.empty]
    return _by_date(pd.concat(parts, ignore_index=True) if parts else conflict)


def _distinct(events: pd.DataFrame) -> pd.DataFrame:
    """One row per reported event: the same sentence and code in both directions once."""
    if events.empty:
        return events
    return events.drop_duplicates(subset=["date", "sentence", "cameo_code"]).reset_index(
        drop=True)


def _change_points(store: Store, series: pd.DataFrame, a: str, b: str, freq: str
                   ) -> list[ChangePoint]:
    from .. import analysis

    if len(series) < 4:
        return []
    found = analysis.change_points(series)
    window = timedelta(days=CHANGE_WINDOW.get(freq, 45))
    out = []
    for row in found.itertuples(index=False):
        when = pd.Timestamp(row.period).date()
        near = analysis.top_events(store, a, b, start=when - window, end=when + window,
                                   by="goldstein", n=4)
        out.append(ChangePoint(str(row.period)[:10], _clean(row.before_mean),
                               _clean(row.after_mean), _by_date(_distinct(near))))
    return out


def coverage(store: Store, a: str, b: str, start: date | None, end: date | None,
             series: pd.DataFrame) -> Coverage:
    """Provenance counts for the dyad's events (either direction, duplicates left out)."""
    from ..analysis import dyad_provenance

    found = dyad_provenance(store, a, b, start, end)
    return Coverage(events=found.events, documents=found.documents,
                    publishers=len(found.publishers),
                    datasets=sorted(series.attrs.get("datasets", [])),
                    first_date=found.first_date, last_date=found.last_date,
                    coder_versions=found.coder_versions,
                    not_day_precision=found.not_day_precision,
                    warnings=list(series.attrs.get("warnings", [])))


def _by_date(events: pd.DataFrame) -> pd.DataFrame:
    if events.empty or "date" not in events:
        return events
    return events.sort_values(["date"], kind="stable").reset_index(drop=True)


def context_dict(context: dict[str, dict[str, Any]] | None,
                 years: tuple[int | None, int | None]) -> dict[str, Any] | None:
    """The context sections JSON-ready: tables as row lists, the trend as a plain dict."""
    if context is None:
        return None
    out: dict[str, Any] = {"first_year": years[0], "last_year": years[1]}
    for name, section in context.items():
        out[name] = {key: records(value) if isinstance(value, pd.DataFrame)
                     else {k: _clean(v) for k, v in value.items()} if isinstance(value, dict)
                     else list(value) for key, value in section.items()}
    return out


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """DataFrame rows as JSON-ready dicts (dates as ISO strings, NaN as None)."""
    return [{str(k): _clean(v) for k, v in row.items()} for row in df.to_dict("records")]


def _clean(value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (pd.Timestamp, date)):
        return value.isoformat()[:10] if isinstance(value, pd.Timestamp) else value.isoformat()
    if hasattr(value, "tolist") and not isinstance(value, (str, bytes)):
        value = value.tolist()  # numpy scalars and arrays to plain Python
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


def _plain(obj: Any) -> Any:
    if obj is None:
        return None
    names = getattr(obj, "__dataclass_fields__", None) or getattr(obj, "_fields", ())
    return {n: _clean(getattr(obj, n)) for n in names}


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
