"""Render a `Brief` as a self-contained HTML page or as Markdown, and write it to a file.

HTML goes through a Jinja2 template with autoescaping on, so every sentence, title and
actor name is escaped; the only markup inserted unescaped is the SVG the charts module
drew. Links are rendered only for http(s) URLs. The page loads nothing at view time and
forbids scripts with a Content-Security-Policy.
"""

from __future__ import annotations

import base64
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from ..analysis import QUAD_COLUMNS
from ..errors import InputError
from ..store import Store
from . import charts
from .layers import context_view
from .model import Brief, build_brief, records
from .safety import md_cell, md_link, md_text
from .views import QUAD_NAMES, event_view, number, percent, signed, trend_view

__all__ = ["render_html", "render_markdown", "write_brief", "brief_context"]


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(loader=PackageLoader("entente.brief", "templates"),
                      autoescape=select_autoescape(["html", "j2"], default=True),
                      undefined=StrictUndefined, trim_blocks=False, lstrip_blocks=False)
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
    coop = int(s["verbal_coop"].sum() + s["material_coop"].sum())
    conflict = int(s["verbal_conflict"].sum() + s["material_conflict"].sum())
    events = int(s["events"].sum())
    return {"events": events, "coop": coop, "conflict": conflict,
            "coop_share": coop / events if events else None}


def _quads(brief: Brief) -> list[dict[str, Any]]:
    total = _totals(brief)["events"]
    out = []
    for i, label in QUAD_NAMES.items():
        col = QUAD_COLUMNS[i - 1]
        n = int(brief.series[col].sum()) if not brief.series.empty else 0
        out.append({"label": label, "events": n, "share": n / total if total else None})
    return out


def _actors(brief: Brief) -> list[tuple[str, list[dict[str, Any]]]]:
    rows = records(brief.actors)
    sides: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        sides.setdefault(str(row.get("side")), []).append(row)
    return [(side, items[:5]) for side, items in sides.items()]


def _series_rows(brief: Brief) -> list[dict[str, Any]]:
    rows = records(brief.series)
    for row in rows:
        row["period"] = str(row["period"])[:10]
    return rows


def brief_context(brief: Brief) -> dict[str, Any]:
    """Everything the templates use, with events as display rows and safe URLs only."""
    return {
        "b": brief,
        "names": brief.names,
        "period": _period(brief),
        "total": _totals(brief),
        "trend": trend_view(brief.trend),
        "actors": _actors(brief),
        "events": [event_view(r) for r in records(brief.key_events)],
        "series": _series_rows(brief),
        "quads": _quads(brief),
        "contexts": records(brief.contexts),
        "powers": records(brief.powers),
        "alignment": None if brief.alignment is None else {
            "cosine": brief.alignment.cosine, "n_third_parties": brief.alignment.n_third_parties},
        "changes": [{"period": c.period, "before_mean": c.before_mean,
                     "after_mean": c.after_mean,
                     "events": [event_view(r) for r in records(c.events)]}
                    for c in brief.change_points],
        "layers": context_view(brief.context, brief.a, brief.b, brief.names,
                               brief.context_years),
    }


def _charts(brief: Brief) -> dict[str, str]:
    return {
        "series": charts.series_chart(brief.series),
        "quad": charts.quad_mix_chart(brief.series),
        "context": charts.context_chart(brief.contexts),
        "powers": charts.power_chart(brief.powers, brief.names),
    }


def render_html(brief: Brief) -> str:
    """The brief as one self-contained HTML page (inline CSS and SVG, no scripts)."""
    context = brief_context(brief)
    # The SVG is ours (drawn from numbers; matplotlib escapes its text), so it is trusted.
    context["charts"] = {k: Markup(v) for k, v in _charts(brief).items()}
    return _environment().get_template("brief.html.j2").render(**context)


def _svg_image(svg: str, alt: str) -> str:
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return f"![{md_text(alt)}](data:image/svg+xml;base64,{data})"


def _md_table(header: list[str], rows: list[list[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
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


def _md_missing(section: dict[str, Any]) -> list[str]:
    notes = section["missing"] + ([section["gaps"]] if section["gaps"] else [])
    return [f"- **Missing:** {md_text(note)}" for note in notes]


def _md_list(items: list[str]) -> list[str]:
    return [f"- {md_text(item)}" for item in items]


def _md_economic(section: dict[str, Any], brief: Brief, years: str) -> list[str]:
    out = ["", "## Economic ties", "",
           f"Trade and tariffs between {md_text(brief.a_name)} and {md_text(brief.b_name)}, "
           f"{md_text(years)}, from public datasets loaded into the store; every figure names "
           "its source and year, and its licence below.", ""]
    out += _md_missing(section)
    if section["rows"]:
        out += [""] + _md_table(
            ["year", f"total trade as {brief.a_name} reported it",
             f"total trade as {brief.b_name} reported it", "total trade, BACI (reconciled)",
             "largest product group", f"tariff {brief.a} on {brief.b}",
             f"tariff {brief.b} on {brief.a}", f"MFN average {brief.a} / {brief.b}",
             "source, year, licence"],
            [[r["year"], r["a_view"], r["b_view"], r["baci"], r["top_product"],
              r["tariff_a_on_b"], r["tariff_b_on_a"], r["mfn"],
              "; ".join(r["sources"]) or "no source"]
             for r in section["rows"]])
    statements = section["statements"] + ([section["trend"]] if section["trend"] else [])
    if statements:
        out += [""] + _md_list(statements)
    if section["top_products"]:
        out += [""] + _md_table(["year", "view", "product group (HS chapter)", "value", "share"],
                                [[p["year"], p["view"], p["label"], p["value"], p["share"]]
                                 for p in section["top_products"]])
    return out + _md_sources(section["sources"])


def _md_alignment(section: dict[str, Any], brief: Brief, years: str) -> list[str]:
    out = ["", "## Sanctions and alignment", "",
           "Sanctions programmes of the UN, the US, the EU and the UK in force on each side, "
           f"and UN General Assembly voting, {md_text(years)}; every figure names its source "
           "and year, and its licence below.", ""]
    out += _md_missing(section)
    a, b = brief.a, brief.b
    if section["rows"]:
        out += [""] + _md_table(
            ["year", f"sanctions in force on {brief.a_name}",
             f"sanctions in force on {brief.b_name}", f"listed targets {a} / {b}",
             f"programmes {a} on {b} / {b} on {a}", "UNGA agreement", "ideal-point distance",
             "source, year, licence"],
            [[r["year"], r["on_a"], r["on_b"], f"{r['targets_a']} / {r['targets_b']}",
              f"{r['a_on_b']} / {r['b_on_a']}", r["agreement"], r["distance"],
              "; ".join(r["sources"]) or "no source"] for r in section["rows"]])
    if section["statements"]:
        out += [""] + _md_list(section["statements"])
    if section["programmes"]:
        out += ["", "Every programme listed in the store for either side, whatever the years "
                "above:", ""] + _md_table(
            ["side", "authority", "programme", "targets", "kinds of target", "since", "status"],
            [[p["side"], p["authority"], p["programme"], p["targets"], p["kinds"], p["since"],
              p["ended"]] for p in section["programmes"]])
    return out + _md_sources(section["sources"])


def _md_layers(layers: dict[str, Any] | None, brief: Brief) -> list[str]:
    """The "Economic ties" and "Sanctions and alignment" sections in Markdown."""
    if layers is None:
        return []
    return _md_economic(layers["economic"], brief, layers["years"]) + \
        _md_alignment(layers["alignment"], brief, layers["years"])


def render_markdown(brief: Brief) -> str:
    """The brief as Markdown: the same sections, tables, and charts as data-URI SVG images."""
    ctx = brief_context(brief)
    figures = _charts(brief)
    total, trend = ctx["total"], ctx["trend"]
    names = brief.names
    out = [f"# {md_text(brief.a_name)} and {md_text(brief.b_name)}: dyad brief", "",
           f"Period: {md_text(ctx['period'])}. Every number is counted from coded events in "
           "the entente store; every event cites its sentence.", "", "## At a glance", ""]
    bal = brief.balance
    out += [f"- Period covered: {md_text(ctx['period'])}",
            f"- Events between the two: {number(total['events'], 0)}",
            f"- Source documents: {number(brief.coverage.documents, 0)} "
            f"(publishers: {brief.coverage.publishers})",
            f"- Cooperative share: {percent(total['coop_share'])} "
            f"({total['coop']} cooperation, {total['conflict']} conflict)",
            f"- Current balance (last {bal.periods} {brief.freq} periods): "
            f"{percent(bal.cooperation_share)} cooperative, {bal.cooperation} cooperation, "
            f"{bal.conflict} conflict, mean Goldstein {signed(bal.goldstein_mean)}"]
    if trend:
        out.append(f"- Trend of net cooperation: {md_text(trend['direction'])}, slope "
                   f"{md_text(trend['slope'])} per {brief.freq} (95% interval "
                   f"{md_text(trend['low'])} to {md_text(trend['high'])}), Mann-Kendall tau "
                   f"{md_text(trend['tau'])}, p {md_text(trend['p_value'])}")
    else:
        out.append("- Trend: too few periods to measure")
    out += ["", "## Timeline of key events", ""]
    out += [f"- **{md_text(e['date'])}** {md_text(e['source'])} → {md_text(e['target'])}: "
            f"{md_text(e['label'])} ({md_text(e['code'])}, {md_text(e['quad'])}, Goldstein "
            f"{md_text(e['goldstein'])})  \n  > {md_text(e['sentence'])}  \n  "
            f"{md_link(e['title'] or 'source', e['raw_url'])}" for e in ctx["events"]] \
        or ["No events between the two in the store for this period."]
    out += ["", "## Cooperation and conflict over time", "",
            _svg_image(figures["series"], "cooperation and conflict per period"), ""]
    out += _md_table(["period", "events", *QUAD_COLUMNS, "net coop.", "mean Goldstein"],
                     [[r["period"], r["events"], *(r[c] for c in QUAD_COLUMNS),
                       number(r["net_coop"]), number(r["goldstein_mean"])]
                      for r in ctx["series"]])
    out += ["", "## Quad-class mix", ""]
    out += _md_table(["class", "events", "share"],
                     [[q["label"], q["events"], percent(q["share"])] for q in ctx["quads"]])
    out += ["", "## Diplomatic, economic, military, sanctions and other ties", ""]
    out += _md_table(["context (PLOVER)", "events", "share"],
                     [[c["context"], c["events"], percent(c["share"])] for c in ctx["contexts"]])
    out += ["", "## Relations with the major powers and alignment", ""]
    out += _md_table(["side", "power", "events", "mean Goldstein", "net coop."],
                     [[names.get(p["side"], p["side"]), p["power"], p["events"],
                       number(p["goldstein_mean"]), number(p["net_coop"])]
                      for p in ctx["powers"]])
    if ctx["alignment"]:
        out += ["", f"Alignment towards third parties: cosine "
                f"{number(ctx['alignment']['cosine'])} over "
                f"{ctx['alignment']['n_third_parties']} third parties."]
    out += _md_layers(ctx["layers"], brief)
    out += ["", "## Change points and what happened around them", ""]
    for c in ctx["changes"]:
        out.append(f"### {md_text(c['period'])}: net cooperation {number(c['before_mean'])} "
                   f"before, {number(c['after_mean'])} after")
        out += [f"- {md_text(e['date'])} {md_text(e['source'])} → {md_text(e['target'])}, "
                f"{md_text(e['label'])}: “{md_text(e['sentence'])}” "
                f"{md_link('source', e['raw_url'])}" for e in c["events"]]
        out.append("")
    if not ctx["changes"]:
        out.append("No change point found in net cooperation.")
    cov = brief.coverage
    out += ["", "## What the data cannot say", "",
            f"- Coverage: {number(cov.events, 0)} events from {number(cov.documents, 0)} "
            f"documents, dated {cov.first_date or '–'} to {cov.last_date or '–'}; counts "
            "measure what the stored sources reported, not everything that happened.",
            f"- Datasets drawn on: {md_text(', '.join(cov.datasets) or 'none')}"
            + "".join(f"; warning: {md_text(w)}" for w in cov.warnings) + ".",
            "- Coding: events were coded by machine ("
            f"{md_text(', '.join(cov.coder_versions) or 'coder version not recorded')}); "
            "check the cited sentence before relying on an event.",
            "- Goldstein scores weigh event types, not real-world importance; alignment and "
            "change points describe the coded record, not motives.", "",
            f"_Written by entente {md_text(brief.version)}._", ""]
    return "\n".join(out)


def write_brief(store: Store, a: str, b: str, out: str | Path, start: date | None = None,
                end: date | None = None, freq: str = "month") -> Path:
    """Build the brief on `a` and `b` and write it as HTML or Markdown (by `out`'s suffix).

    Example:
        >>> with open_store("entente.duckdb") as store:          # doctest: +SKIP
        ...     write_brief(store, "Serbia", "Iran", "brief.html")
    """
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".html", ".htm", ".md", ".markdown"):
        raise InputError(f"{out}: brief output must end in .html or .md")
    brief = build_brief(store, a, b, start=start, end=end, freq=freq)
    text = render_html(brief) if suffix in (".html", ".htm") else render_markdown(brief)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)
    return out
