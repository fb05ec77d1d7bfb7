"""What a dyad brief says, gathered from the store through `entente.analysis`.

`build_brief` asks the analysis functions for every number and every counted event; the
brief adds no measure of its own beyond sums over the series and the events it is given.
Every event it counts (between the two, and between each of them and the major powers)
is kept in `events` / `power_events`, so the rendered brief can list them all in its
appendix and link every figure to them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import pandas as pd

from .. import __version__, ontology
from ..analysis import QUAD_COLUMNS
from ..record import Event
from ..store import Store
from .layers import context_of, context_years
from .topics import TOPICS, topic_of

__all__ = ["Brief", "Balance", "Coverage", "ChangePoint", "ChangeSummary", "build_brief",
           "resolve_side", "records", "event_period", "coder_floor", "strongest"]

#: How many periods at the end of the series make up "the current balance".
CURRENT_WINDOW = {"day": 30, "week": 8, "month": 6, "quarter": 2, "year": 1}
#: Days either side of a change point whose events are shown beside it.
CHANGE_WINDOW = {"day": 7, "week": 21, "month": 45, "quarter": 100, "year": 200}
#: Share of events above which one publisher or dataset "carries" the figures.
DOMINANT_SHARE = 0.5


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
    """Where the dyad's events come from: documents, publishers, datasets, coders."""

    events: int
    documents: int
    publishers: int
    datasets: list[str]
    first_date: date | None
    last_date: date | None
    coder_versions: list[str]
    not_day_precision: int
    warnings: list[str] = field(default_factory=list)
    publisher_counts: list[tuple[str, int]] = field(default_factory=list)
    dataset_counts: list[tuple[str, int]] = field(default_factory=list)


@dataclass(slots=True)
class ChangePoint:
    period: str
    before_mean: float | None
    after_mean: float | None
    events: pd.DataFrame


@dataclass(slots=True)
class ChangeSummary:
    """The sharpest shift in net cooperation, whether or not the test finds it significant.

    `significant` is True when PELT (`analysis.change_points`) puts a change there; else
    this is the largest difference of means between the periods before and after any
    split (at least two periods each side), and `noise` the typical period-to-period
    change it has to stand out from.
    """

    period: date
    before_mean: float
    after_mean: float
    significant: bool
    noise: float
    events: list[Event]


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
    #: The confidence floor the brief counted with, and the coder's default floor.
    min_confidence: float = 0.0
    default_floor: float = 0.0
    directed: pd.DataFrame = field(default_factory=pd.DataFrame)
    #: Every event between the two that the brief counts, by date.
    events: list[Event] = field(default_factory=list)
    #: Every event between each side and each major power, keyed (side, power).
    power_events: dict[tuple[str, str], list[Event]] = field(default_factory=dict)
    #: Topic of every counted dyad event, by event id.
    topics: dict[str, str] = field(default_factory=dict)
    change: ChangeSummary | None = None

    @property
    def names(self) -> dict[str, str]:
        return {self.a: self.a_name, self.b: self.b_name}

    def topic_counts(self) -> list[tuple[str, int]]:
        """(topic, events) in the order of TOPICS, topics without events left out."""
        counts = {t: 0 for t in TOPICS}
        for topic in self.topics.values():
            counts[topic] += 1
        return [(t, n) for t, n in counts.items() if n]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (the web API's `/api/brief`)."""
        return {
            "a": self.a, "b": self.b, "a_name": self.a_name, "b_name": self.b_name,
            "start": _iso(self.start), "end": _iso(self.end), "freq": self.freq,
            "min_confidence": self.min_confidence,
            "series": records(self.series),
            "directed": records(self.directed),
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
            "topics": [{"topic": t, "events": n} for t, n in self.topic_counts()],
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
            "event_ids": [e.event_id for e in self.events],
            "version": self.version,
            "context": context_dict(self.context, self.context_years),
        }


def resolve_side(value: str) -> str:
    """A country given as ISO3, CAMEO code or name -> its key (raises with close matches)."""
    return ontology.country(value)


def build_brief(store: Store, a: str, b: str, start: date | str | None = None,
                end: date | str | None = None, freq: str = "month", n_events: int = 12,
                min_confidence: float | None = None) -> Brief:
    """Gather every section of the brief on countries `a` and `b` from the store.

    `min_confidence` leaves out coded events the coder was less sure of (default: the
    coder's own floor, `coder_floor()`; events without a confidence always count).

    Example:
        >>> with open_store("entente.duckdb") as store:          # doctest: +SKIP
        ...     brief = build_brief(store, "Serbia", "Iran", min_confidence=0.5)
        ...     Path("brief.html").write_text(render_html(brief))
    """
    from .. import analysis
    from ..analysis import resolve_pair, to_date

    a_key, b_key = resolve_pair(a, b)
    start, end = to_date(start, "from"), to_date(end, "to")
    floor = coder_floor() if min_confidence is None else min_confidence
    span: dict[str, Any] = {"start": start, "end": end, "min_confidence": floor}
    series = analysis.dyad_series(store, a_key, b_key, freq=freq, **span)
    directed = analysis.dyad_series(store, a_key, b_key, freq=freq, directed=True, **span)
    events = analysis.dyad_events(store, a_key, b_key, limit=None, **span).events
    covered = coverage(store, a_key, b_key, series, **span)
    # the major powers over the dyad's own period, so that both are compared on one window
    power_span = {**span, "start": start or covered.first_date, "end": end or covered.last_date}
    powers = analysis.major_power_balance(store, a_key, b_key, **power_span)
    years = context_years(start, end, covered.first_date, covered.last_date)
    return Brief(
        a=a_key, b=b_key, a_name=ontology.name_of(a_key), b_name=ontology.name_of(b_key),
        start=start, end=end, freq=freq, series=series,
        balance=current_balance(series, CURRENT_WINDOW.get(freq, 6)),
        trend=analysis.trend(series),
        key_events=key_events_of(store, a_key, b_key, n_events, **span),
        contexts=analysis.context_breakdown(store, a_key, b_key, **span),
        powers=powers,
        alignment=analysis.alignment(store, a_key, b_key, **span),
        actors=analysis.top_actors(store, a_key, b_key, **span),
        change_points=_change_points(store, series, a_key, b_key, freq, floor),
        coverage=covered,
        context=context_of(store, a_key, b_key, years),
        context_years=years,
        min_confidence=float(floor or 0.0), default_floor=coder_floor(),
        directed=directed,
        events=events,
        power_events=_power_events(store, powers, power_span),
        topics={e.event_id: topic_of(e.cameo_code, e.plover_context,
                                     [e.sentence or "", *e.evidence]) for e in events},
        change=sharpest_change(series, events, freq),
    )


def coder_floor() -> float:
    """The coder's default confidence floor (`min_confidence` in policies.yaml): what
    `entente code` keeps without --min-confidence, and so what the brief counts."""
    from ..coder.bundle import Rules

    return float(Rules.default().min_confidence)


def _power_events(store: Store, powers: pd.DataFrame, span: dict[str, Any]
                  ) -> dict[tuple[str, str], list[Event]]:
    """The events behind every non-empty row of the major-powers table."""
    from ..analysis import dyad_events

    out = {}
    for row in powers.itertuples(index=False):
        if int(row.events):
            out[(str(row.side), str(row.power))] = dyad_events(
                store, str(row.side), str(row.power), limit=None, **span).events
    return out


def current_balance(series: pd.DataFrame, periods: int) -> Balance:
    """Sums of the quad-class counts over the last `periods` rows of a dyad series."""
    tail = series.tail(periods)
    if tail.empty:
        return Balance(0, None, 0, 0, 0, None)
    coop = int(tail[COOP[0]].sum() + tail[COOP[1]].sum())
    conflict = int(tail[CONFLICT[0]].sum() + tail[CONFLICT[1]].sum())
    events = int(tail["events"].sum())
    gsum = tail["goldstein_sum"].fillna(0).sum()
    return Balance(len(tail), str(tail["period"].iloc[0])[:10], events, coop, conflict,
                   float(gsum) / events if events else None)


#: Series columns of the four quad classes (verbal / material cooperation and conflict).
COOP, CONFLICT = QUAD_COLUMNS[:2], QUAD_COLUMNS[2:]
COOPERATION_ROOTS = [f"{r:02d}" for r in range(1, 10)]
CONFLICT_ROOTS = [f"{r:02d}" for r in range(10, 21)]


def key_events_of(store: Store, a: str, b: str, n: int, start: date | None = None,
                  end: date | None = None, **options: Any) -> pd.DataFrame:
    """The strongest cooperative and the strongest conflictual events, half each, by date.

    Ranking by the size of the Goldstein score alone would let a run of agreements crowd
    out every quarrel (or the reverse); the same sentence coded in both directions ("Serbia
    and Iran agreed ...") is shown once.
    """
    from .. import analysis

    def strongest(roots: list[str]) -> pd.DataFrame:
        found = analysis.top_events(store, a, b, start=start, end=end, by="goldstein",
                                    n=2 * n, roots=roots, **options)
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


def _change_points(store: Store, series: pd.DataFrame, a: str, b: str, freq: str,
                   floor: float) -> list[ChangePoint]:
    from .. import analysis

    if len(series) < 4:
        return []
    found = analysis.change_points(series)
    window = timedelta(days=CHANGE_WINDOW.get(freq, 45))
    out = []
    for row in found.itertuples(index=False):
        when = pd.Timestamp(row.period).date()
        near = analysis.top_events(store, a, b, start=when - window, end=when + window,
                                   by="goldstein", n=4, min_confidence=floor)
        out.append(ChangePoint(str(row.period)[:10], _clean(row.before_mean),
                               _clean(row.after_mean), _by_date(_distinct(near))))
    return out


def sharpest_change(series: pd.DataFrame, events: list[Event], freq: str
                    ) -> ChangeSummary | None:
    """The significant change point with the largest shift, else the largest candidate.

    None when the series has fewer than four periods (no split leaves two on each side).
    """
    from .. import analysis

    if len(series) < 4:
        return None
    values = series["net_coop"].astype(float).tolist()
    periods = [pd.Timestamp(p).date() for p in series["period"]]
    diffs = [abs(x - y) for x, y in zip(values, values[1:], strict=False)]
    noise = float(pd.Series(diffs).median()) if diffs else 0.0
    found = analysis.change_points(series)
    candidates = []
    if len(found):
        for row in found.itertuples(index=False):
            when = pd.Timestamp(row.period).date()
            candidates.append((abs(row.after_mean - row.before_mean), when,
                               float(row.before_mean), float(row.after_mean), True))
    else:
        for i in range(2, len(values) - 1):
            before, after = values[:i], values[i:]
            mb, ma = sum(before) / len(before), sum(after) / len(after)
            candidates.append((abs(ma - mb), periods[i], mb, ma, False))
    shift, when, before, after, significant = max(candidates, key=lambda c: (c[0], c[1]))
    window = timedelta(days=CHANGE_WINDOW.get(freq, 45))
    near = [e for e in events if e.date is not None and abs(e.date - when) <= window]
    return ChangeSummary(when, before, after, significant, noise, strongest(near)[:3])


def strongest(events: list[Event]) -> list[Event]:
    """By size of Goldstein score; one sentence coded in both directions ("Serbia and Iran
    signed ...") counts once."""
    out, seen = [], set()
    for e in sorted(events, key=lambda e: (-abs(e.goldstein or 0.0), str(e.date),
                                           e.event_id)):
        if (e.date, e.sentence, e.cameo_code) not in seen:
            seen.add((e.date, e.sentence, e.cameo_code))
            out.append(e)
    return out


def coverage(store: Store, a: str, b: str, series: pd.DataFrame, **span: Any) -> Coverage:
    """Provenance counts for the dyad's counted events; warns when one publisher or one
    dataset carries most of them."""
    from ..analysis import dyad_provenance

    found = dyad_provenance(store, a, b, **span)
    warnings = list(series.attrs.get("warnings", []))
    for what, counts in (("publisher", found.publishers), ("dataset", found.datasets)):
        if found.events and counts and counts[0][1] / found.events > DOMINANT_SHARE:
            name, n = counts[0]
            warnings.append(f"one {what}, {name}, carries {n} of the {found.events} events "
                            f"({100 * n / found.events:.0f}%): the figures mostly say what "
                            f"it reported")
    return Coverage(events=found.events, documents=found.documents,
                    publishers=len(found.publishers),
                    datasets=sorted(series.attrs.get("datasets", [])),
                    first_date=found.first_date, last_date=found.last_date,
                    coder_versions=found.coder_versions,
                    not_day_precision=found.not_day_precision,
                    warnings=warnings, publisher_counts=found.publishers,
                    dataset_counts=found.datasets)


def event_period(day: date | None, freq: str) -> date | None:
    """First day of the period of `freq` holding `day` (None for undated events)."""
    from ..analysis import period_bounds

    return None if day is None else period_bounds(day, freq)[0]


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
