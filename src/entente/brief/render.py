"""Render a `Brief` as a self-contained HTML page or as Markdown, and write it to a file.

HTML goes through a Jinja2 template with autoescaping on, so every sentence, title and
actor name is escaped; the only markup inserted unescaped is the SVG the charts module
drew (it escapes every text it writes). Links are rendered only for http(s) URLs. The
page loads nothing at view time and forbids scripts with a Content-Security-Policy.
"""

from __future__ import annotations

import base64
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from .. import ontology
from ..display import counted as count_of
from ..display import neutralise
from ..errors import InputError
from ..record import Event
from ..store import Store
from . import charts
from .judgements import key_judgements
from .layers import context_view
from .model import CONFLICT, COOP, QUAD_COLUMNS, Brief, build_brief, event_period, strongest
from .names import period_in_text, period_label
from .safety import md_cell, md_link, md_text
from .views import QUAD_NAMES, event_row, number, percent, signed, trend_view

__all__ = ["render_html", "render_markdown", "write_brief", "brief_context", "series_svg"]

#: How many of the largest events the timeline chart marks.
MARKED_EVENTS = 3
#: How many of the largest events the timeline lists.
KEY_EVENTS = 8
PER = {"day": "a day", "week": "a week", "month": "a month", "quarter": "a quarter",
       "year": "a year"}


def _shown(value: Any) -> Any:
    """Every value a template prints, with bidi, zero-width and control characters
    neutralised (`entente.display`); trusted markup stays markup."""
    if isinstance(value, Markup):
        return Markup(neutralise(str(value)))
    return neutralise(value) if isinstance(value, str) else value


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(loader=PackageLoader("entente.brief", "templates"),
                      autoescape=select_autoescape(["html", "j2"], default=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      finalize=_shown)
    env.globals.update(num=number, pct=percent, sgn=signed)
    return env


def _period(brief: Brief) -> str:
    first = brief.start or brief.coverage.first_date
    last = brief.end or brief.coverage.last_date
    if first is None and last is None:
        return "no dated events"
    return f"{first or '…'} to {last or '…'}"


def _totals(brief: Brief) -> dict[str, Any]:
    s = brief.series
    if s.empty:
        return {"events": 0, "coop": 0, "conflict": 0, "coop_share": None}
    coop = int(sum(s[c].sum() for c in COOP))
    conflict = int(sum(s[c].sum() for c in CONFLICT))
    events = int(s["events"].sum())
    return {"events": events, "coop": coop, "conflict": conflict,
            "coop_share": coop / events if events else None}


def _anchor(period: date) -> str:
    return f"p-{period.isoformat()}"


def _bars(series: pd.DataFrame, freq: str, marks: list[charts.Mark] | None = None,
          net: bool = True) -> charts.PeriodBars:
    periods = [pd.Timestamp(p).date() for p in series["period"]]
    return charts.PeriodBars(
        periods=periods, freq=freq,
        quads=[series[c].astype(float).tolist() for c in QUAD_COLUMNS],
        net=series["net_coop"].astype(float).tolist() if net else None,
        marks=marks or [], links=["#" + _anchor(p) for p in periods])


def series_svg(series: pd.DataFrame, freq: str, size: str = "wide") -> str:
    """A dyad series (`analysis.dyad_series`) as the brief's period chart, one SVG."""
    return charts.period_chart(_bars(series, freq), "series", size,
                               f"events per {freq}: cooperation above zero, conflict below")


def _figure(bars: charts.PeriodBars, name: str, title: str,
            shared: tuple[float, float] | None = None) -> Markup:
    # The SVG is ours, drawn from numbers with every text escaped: trusted markup.
    return Markup("".join(charts.period_chart(bars, name, size, title, shared)
                          for size in ("wide", "narrow")))


def _largest(events: list[Event], n: int) -> list[Event]:
    """The n largest events by Goldstein score (see `model.strongest`)."""
    return strongest(events)[:n]


def _timeline(brief: Brief) -> dict[str, Any]:
    if brief.series.empty:
        return {"chart": Markup(""), "marks": []}
    index = {pd.Timestamp(p).date(): i for i, p in enumerate(brief.series["period"])}
    marks, marked = [], []
    for number_, e in enumerate(_largest(brief.events, MARKED_EVENTS), 1):
        i = index.get(event_period(e.date, brief.freq))  # type: ignore[arg-type]
        if i is None:
            continue
        row = event_row(e, brief.topics.get(e.event_id))
        marks.append(charts.Mark(i, number_, f"{row['date']}: {row['label']}",
                                 e.quad_class in (1, 2)))
        marked.append({"number": number_, **row})
    title = f"{brief.a_name} and {brief.b_name}: events per {brief.freq}"
    return {"chart": _figure(_bars(brief.series, brief.freq, marks), "timeline", title),
            "marks": marked}


def _series_rows(brief: Brief) -> list[dict[str, Any]]:
    rows = []
    for r in brief.series.to_dict("records"):
        start = pd.Timestamp(r["period"]).date()
        rows.append({"period": period_label(start, brief.freq), "anchor": _anchor(start),
                     "events": int(r["events"]), "quads": [int(r[c]) for c in QUAD_COLUMNS],
                     "net": int(r["net_coop"]), "goldstein": r["goldstein_mean"]})
    return rows


def _directions(brief: Brief) -> dict[str, Any]:
    d = brief.directed
    if d.empty or not brief.events:
        return {"sides": [], "charts": Markup("")}
    sides, parts = [], []
    halves = [d[(d["source"] == src) & (d["target"] == tgt)].reset_index(drop=True)
              for src, tgt in ((brief.a, brief.b), (brief.b, brief.a))]
    high = max(float((h[COOP[0]] + h[COOP[1]]).max()) for h in halves)
    low = -max(float((h[CONFLICT[0]] + h[CONFLICT[1]]).max()) for h in halves)
    for (src, tgt), half in zip(((brief.a, brief.b), (brief.b, brief.a)), halves, strict=True):
        label = f"{brief.names[src]} → {brief.names[tgt]}"
        totals = [int(half[c].sum()) for c in QUAD_COLUMNS]
        sides.append({"label": label, "source": src, "target": tgt, "quads": totals,
                      "events": sum(totals), "net": totals[0] + totals[1] - totals[2] - totals[3]})
        bars = _bars(half, brief.freq, net=False)
        parts.append(Markup('<figure class="half"><figcaption>{}</figcaption>{}</figure>')
                     .format(label, _figure(bars, f"dir-{src}", label, (low, high))))
    return {"sides": sides, "charts": Markup("").join(parts)}


def _topics(brief: Brief) -> list[dict[str, Any]]:
    total = len(brief.events)
    out = []
    for topic, n in brief.topic_counts():
        about = _largest([e for e in brief.events if brief.topics[e.event_id] == topic], 2)
        out.append({"topic": topic, "events": n, "share": n / total if total else None,
                    "width": round(100 * n / max(c for _, c in brief.topic_counts()), 1),
                    "examples": [event_row(e, topic) for e in about]})
    return out


def _powers(brief: Brief) -> list[dict[str, Any]]:
    rows = []
    for r in brief.powers.to_dict("records"):
        side, power = str(r["side"]), str(r["power"])
        evs = brief.power_events.get((side, power), [])
        rows.append({"side": brief.names.get(side, side), "power": ontology.name_of(power),
                     "power_key": power, "events": int(r["events"]),
                     "goldstein": r["goldstein_mean"], "net": int(r["net_coop"]),
                     "anchor": f"pw-{side}-{power}",
                     "examples": [event_row(e) for e in _largest(evs, 2)],
                     "same_dyad": {side, power} == {brief.a, brief.b}})
    return rows


def _trend_words(brief: Brief) -> str:
    t = brief.trend
    if t is None or t.slope is None:
        return (f"Too few {brief.freq}s with events to measure a trend (it needs three).")
    way = "rose" if t.slope > 0 else "fell" if t.slope < 0 else "stayed level"
    p = t.p_value
    verdict = (f"a significant trend (Mann–Kendall p = {p:.3f})"
               if p is not None and p < 0.05 else
               f"not a significant trend: Mann–Kendall p = {p:.2f}, so the ups and downs could "
               "be chance" if p is not None else "no test possible")
    return (f"Over {t.n} {brief.freq}s net cooperation {way} by {abs(t.slope):.2f} events "
            f"{PER[brief.freq]} on average (95% interval {t.low:+.2f} to {t.high:+.2f}); "
            f"{verdict}.")


def _change_words(brief: Brief) -> str | None:
    c = brief.change
    if c is None:
        return None
    way = "rose" if c.after_mean > c.before_mean else "fell"
    text = (f"Net cooperation {way} from {c.before_mean:+.1f} {PER[brief.freq]} to "
            f"{c.after_mean:+.1f} from {period_in_text(c.period, brief.freq)} on")
    if c.significant:
        return text + ": the strongest shift in the period, found by the change-point test."
    return text + (": the largest candidate shift, not significant: the change-point test "
                   f"(PELT) does not find it against the usual swing of {c.noise:.1f} "
                   f"events from one {brief.freq} to the next.")


def _appendix(brief: Brief) -> dict[str, Any]:
    groups: dict[date | None, list[dict[str, Any]]] = {}
    for e in brief.events:
        groups.setdefault(event_period(e.date, brief.freq), []).append(
            event_row(e, brief.topics.get(e.event_id)))
    dyad = [{"label": period_label(p, brief.freq) if p else "undated",
             "anchor": _anchor(p) if p else "p-undated", "rows": rows}
            for p, rows in groups.items()]
    seen = {e.event_id for e in brief.events}
    powers = []
    for (side, power), evs in brief.power_events.items():
        rows = [event_row(e) for e in evs if e.event_id not in seen]
        seen.update(e.event_id for e in evs)
        if rows:
            powers.append({"label": f"{brief.names.get(side, side)} and "
                                    f"{ontology.name_of(power)}",
                           "anchor": f"pw-{side}-{power}", "rows": rows})
    counted = sum(len(g["rows"]) for g in dyad) + sum(len(g["rows"]) for g in powers)
    return {"dyad": dyad, "powers": powers, "counted": counted}


def _sentences(parts: list[str]) -> str:
    """Reasons as one run of sentences, each closed by one full stop."""
    return " ".join(p.strip().rstrip(".") + "." for p in parts if p.strip())


def _missing(brief: Brief, ctx: dict[str, Any]) -> list[dict[str, str]]:
    """Sections with nothing to show, folded into one note: (id, title, why)."""
    none = f"no events between {brief.a_name} and {brief.b_name} in this period"
    out = []
    if not brief.events:
        out += [{"id": s, "title": t, "why": none} for s, t in (
            ("timeline", "Timeline"), ("series", "Series"), ("directions", "Who did what"),
            ("topics", "Topics"))]
    layers = ctx["layers"]
    aligned = layers["alignment"] if layers else None
    if not brief.power_events and not (aligned and (aligned["rows"] or aligned["statements"])):
        why = ("no events between either side and the United States, the EU, Russia or "
               "China")
        out.append({"id": "powers", "title": "Major powers",
                    "why": _sentences([why, *(aligned["missing"] if aligned else [])])})
    if brief.change is None:
        out.append({"id": "changes", "title": "Changes and trend",
                    "why": none if not brief.events else
                    f"fewer than four {brief.freq}s, too short to look for a change"})
    economic = layers["economic"] if layers else None
    if not economic or not (economic["rows"] or economic["statements"]):
        why = _sentences(economic["missing"]) if economic and economic["missing"] else \
            "no trade or tariff figures loaded for the pair (entente context fetch/load)"
        out.append({"id": "economy", "title": "Economy", "why": why})
    if not brief.events:
        out.append({"id": "sources", "title": "Sources", "why": none})
    return out


def brief_context(brief: Brief) -> dict[str, Any]:
    """Everything the templates use, with events as display rows and safe URLs only."""
    layers = context_view(brief.context, brief.a, brief.b, brief.names, brief.context_years)
    ctx: dict[str, Any] = {
        "b": brief, "names": brief.names, "period": _period(brief), "total": _totals(brief),
        "trend": trend_view(brief.trend), "trend_words": _trend_words(brief),
        "change_words": _change_words(brief),
        "judgements": key_judgements(brief),
        "timeline": _timeline(brief),
        "key_events": [event_row(e, brief.topics.get(e.event_id)) for e in
                       sorted(_largest(brief.events, KEY_EVENTS), key=lambda e: (str(e.date),
                                                                         e.event_id))],
        "series": _series_rows(brief), "quad_names": list(QUAD_NAMES.values()),
        "directions": _directions(brief),
        "topics": _topics(brief),
        "powers": _powers(brief),
        "alignment": None if brief.alignment is None else {
            "cosine": brief.alignment.cosine, "n_third_parties": brief.alignment.n_third_parties},
        "changes": [{"period": c.period, "before_mean": c.before_mean,
                     "after_mean": c.after_mean} for c in brief.change_points],
        "layers": layers,
        "appendix": _appendix(brief),
        "floor": f"{brief.min_confidence:.2f}",
    }
    ctx["missing"] = _missing(brief, ctx)
    ctx["folded"] = {m["id"] for m in ctx["missing"]}
    return ctx


def render_html(brief: Brief) -> str:
    """The brief as one self-contained HTML page (inline CSS and SVG, no scripts)."""
    return _environment().get_template("brief.html.j2").render(**brief_context(brief))


def _svg_image(svg: str, alt: str) -> str:
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return f"![{md_text(alt)}](data:image/svg+xml;base64,{data})"


def _md_table(header: list[str], rows: list[list[Any]]) -> list[str]:
    lines = ["| " + " | ".join(md_cell(h) for h in header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(md_cell(v) for v in row) + " |" for row in rows]
    return lines


def _md_sources(rows: list[dict[str, Any]]) -> list[str]:
    if not rows:
        return []
    return ["", "Sources:", ""] + [
        f"- {md_text(s['layer'])}: {md_text(s['name'])}, {md_text(s['years'])} (retrieved "
        f"{md_text(s['retrieved'])}) · licence: "
        + (f"**{md_text(s['licence'])}**" if s["restricted"] else md_text(s["licence"]))
        for s in rows]


def _md_event(e: dict[str, Any]) -> str:
    return (f"- **{md_text(e['date'])}** {md_text(e['source'])} → {md_text(e['target'])}: "
            f"{md_text(e['label'])} ({md_text(e['code'])}, {md_text(e['quad'])}, Goldstein "
            f"{md_text(e['goldstein'])}, confidence {md_text(e['confidence'])})  \n"
            f"  > {md_text(e['sentence'])}  \n  "
            f"{md_link(e['title'] or 'source', e['raw_url'])} · id `{md_text(e['id'])}`")


def _md_economy(section: dict[str, Any], brief: Brief) -> list[str]:
    out = [""] + [f"- **Missing:** {md_text(m)}" for m in section["missing"]]
    if section["rows"]:
        out += [""] + _md_table(
            ["year", f"trade as {brief.a_name} reported it",
             f"trade as {brief.b_name} reported it", "trade, BACI", "largest product group",
             f"tariff {brief.a} on {brief.b}", f"tariff {brief.b} on {brief.a}",
             f"MFN average {brief.a} / {brief.b}", "source, year, licence"],
            [[r["year"], r["a_view"], r["b_view"], r["baci"], r["top_product"],
              r["tariff_a_on_b"], r["tariff_b_on_a"], r["mfn"],
              "; ".join(r["sources"]) or "no source"]
             for r in section["rows"]])
    statements = section["statements"] + ([section["trend"]] if section["trend"] else [])
    out += [""] + [f"- {md_text(s)}" for s in statements] if statements else []
    return out + _md_sources(section["sources"])


def _md_alignment(section: dict[str, Any], brief: Brief) -> list[str]:
    """Sanctions and UN voting (the context layers beside the major powers)."""
    out = ["", "### Sanctions and UN voting", ""]
    out += [f"- **Missing:** {md_text(m)}" for m in section["missing"]]
    if section["rows"]:
        out += [""] + _md_table(
            ["year", f"sanctions on {brief.a_name}", f"sanctions on {brief.b_name}",
             "UNGA agreement", "ideal-point distance", "source, year, licence"],
            [[r["year"], r["on_a"], r["on_b"], r["agreement"], r["distance"],
              "; ".join(r["sources"]) or "no source"] for r in section["rows"]])
    out += [""] + [f"- {md_text(s)}" for s in section["statements"]]
    return out + _md_sources(section["sources"])


def render_markdown(brief: Brief) -> str:
    """The brief as Markdown: the same sections and figures; the timeline as an SVG image."""
    ctx = brief_context(brief)
    total, names = ctx["total"], brief.names
    folded = ctx["folded"]
    counted = (f"{total['events']} between the two, {ctx['appendix']['counted']} in all "
               "(every one listed in the appendix)" if ctx["appendix"]["counted"] else "none")
    out = [f"# {md_text(brief.a_name)} and {md_text(brief.b_name)}: dyad brief", "",
           f"Period: {md_text(ctx['period'])}. Events counted: {counted}. "
           f"Confidence floor: {ctx['floor']} (the coder's default: "
           f"{brief.default_floor:.2f}).", "",
           "## Key judgements", ""]
    out += [f"{i}. {md_text(j.text)}" for i, j in enumerate(ctx["judgements"], 1)]
    if "timeline" not in folded:
        out += ["", "## Timeline", "",
                _svg_image(charts.period_chart(_bars(brief.series, brief.freq), "timeline"),
                           "events per period: cooperation above zero, conflict below"), ""]
        out += [_md_event(e) for e in ctx["key_events"]]
        out += ["", "## Series", ""]
        out += _md_table(["period", "events", *QUAD_NAMES.values(), "net cooperation",
                          "mean Goldstein"],
                         [[r["period"], r["events"], *r["quads"], r["net"],
                           number(r["goldstein"])] for r in ctx["series"]])
        out += ["", "## Who did what to whom", ""]
        out += _md_table(["direction", "events", *QUAD_NAMES.values(), "net cooperation"],
                         [[s["label"], s["events"], *s["quads"], s["net"]]
                          for s in ctx["directions"]["sides"]])
        out += ["", "## Topics", ""]
        out += _md_table(["topic", "events", "share"],
                         [[t["topic"], t["events"], percent(t["share"])] for t in ctx["topics"]])
    if "powers" not in folded:
        out += ["", "## Major powers", ""]
        out += _md_table(["side", "power", "events", "mean Goldstein", "net cooperation"],
                         [[p["side"], p["power"], p["events"], number(p["goldstein"]), p["net"]]
                          for p in ctx["powers"]]) if brief.power_events else [
            "No events between either side and the United States, the EU, Russia or China "
            "in this period."]
        if ctx["layers"]:
            out += _md_alignment(ctx["layers"]["alignment"], brief)
    if "changes" not in folded:
        out += ["", "## Changes and trend", "", md_text(ctx["change_words"]), "",
                md_text(ctx["trend_words"])]
    if "economy" not in folded:
        out += ["", "## Economy"] + _md_economy(ctx["layers"]["economic"], brief)
    cov = brief.coverage
    if "sources" not in folded:
        out += ["", "## Sources", "",
                f"- {count_of(cov.events, 'event')} from {count_of(cov.documents, 'document')}, "
                f"{count_of(cov.publishers, 'publisher')}, datasets: "
                f"{md_text(', '.join(f'{n} ({k})' for n, k in cov.dataset_counts) or 'none')}",
                "- Publishers: " + (md_text(", ".join(f"{n} ({k})" for n, k in
                                                      cov.publisher_counts[:8]))
                                    or "none recorded")]
        out += [f"- **Warning:** {md_text(w)}" for w in cov.warnings]
    out += ["", "## Appendix: every event counted", ""]
    if not ctx["appendix"]["counted"]:
        out += ["No events to list."]
    for group in ctx["appendix"]["dyad"] + ctx["appendix"]["powers"]:
        out += ["", f"### {md_text(group['label'])} ({len(group['rows'])})", ""]
        out += [_md_event(e) for e in group["rows"]]
    if ctx["missing"]:
        out += ["", "## What is missing", ""]
        out += [f"- {md_text(m['title'])}: {md_text(m['why'].strip().rstrip('.'))}."
                for m in ctx["missing"]]
    out += ["", f"_Written by entente {md_text(brief.version)}; "
            f"{md_text(names[brief.a])} = {brief.a}, {md_text(names[brief.b])} = {brief.b}._",
            ""]
    return "\n".join(out)


def write_brief(store: Store, a: str, b: str, out: str | Path, start: date | None = None,
                end: date | None = None, freq: str = "month",
                min_confidence: float | None = None) -> Path:
    """Build the brief on `a` and `b` and write it as HTML or Markdown (by `out`'s suffix).

    Example:
        >>> with open_store("entente.duckdb") as store:          # doctest: +SKIP
        ...     write_brief(store, "Serbia", "Iran", "brief.html")
    """
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".html", ".htm", ".md", ".markdown"):
        raise InputError(f"{out}: brief output must end in .html or .md")
    brief = build_brief(store, a, b, start=start, end=end, freq=freq,
                        min_confidence=min_confidence)
    text = render_html(brief) if suffix in (".html", ".htm") else render_markdown(brief)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)
    return out
