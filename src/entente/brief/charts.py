"""Charts for the brief, drawn at build time as inline SVG (matplotlib's SVG backend).

Each function takes a DataFrame from `entente.analysis` and returns an ``<svg>`` element as
a string, without the XML prolog, ready to be placed in an HTML page; nothing is fetched
when the page is viewed. Output is deterministic: the same data gives the same bytes.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

import pandas as pd

__all__ = ["series_chart", "quad_mix_chart", "context_chart", "power_chart", "QUAD_LABELS",
           "QUAD_COLOURS"]

QUAD_LABELS = {
    "verbal_coop": "verbal cooperation",
    "material_coop": "material cooperation",
    "verbal_conflict": "verbal conflict",
    "material_conflict": "material conflict",
}
QUAD_COLOURS = {"verbal_coop": "#7fb3d5", "material_coop": "#1f618d",
                "verbal_conflict": "#f0b27a", "material_conflict": "#c0392b"}
_NET_COLOUR = "#222222"


def _figure(name: str, size: tuple[float, float]):  # type: ignore[no-untyped-def]
    """A figure on the non-interactive backend with deterministic SVG settings."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, dpi=96)
    fig.set_layout_engine("constrained")
    fig.patch.set_alpha(0)
    fig.set_gid(f"chart-{name}")
    return fig


def _to_svg(fig, name: str) -> str:  # type: ignore[no-untyped-def]
    import matplotlib

    buffer = io.StringIO()
    rc = {"svg.fonttype": "none", "svg.hashsalt": f"entente-{name}", "font.size": 9}
    with matplotlib.rc_context(rc):
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]
    # Ids must stay unique when several charts share one page.
    return re.sub(r'id="(?!p)([^"]+)"', rf'id="{name}-\1"', svg)


def _periods(series: pd.DataFrame) -> list[str]:
    return [str(p)[:10] for p in series["period"]]


def _tick_positions(n: int, most: int = 12) -> list[int]:
    step = max(1, -(-n // most))
    return list(range(0, n, step))


def _note(fig, ax, name: str, message: str) -> str:  # type: ignore[no-untyped-def]
    """The chart as a single centred note, for when there is nothing to draw."""
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()
    return _to_svg(fig, name)


def _stack(ax, x: list[int], series: pd.DataFrame,  # type: ignore[no-untyped-def]
           cols: Sequence[str], sign: int) -> None:
    """Bars of `cols` stacked on each other, upwards (sign 1) or downwards (sign -1)."""
    bottom = [0.0] * len(x)
    for col in cols:
        values = [sign * v for v in series[col].fillna(0).astype(float).tolist()]
        ax.bar(x, values, bottom=bottom, color=QUAD_COLOURS[col], label=QUAD_LABELS[col])
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]


def series_chart(series: pd.DataFrame, title: str = "") -> str:
    """Cooperation above the axis, conflict below it, per period, with net cooperation."""
    fig = _figure("series", (8.0, 3.4))
    ax = fig.add_subplot()
    if series.empty:
        return _note(fig, ax, "series", "no events in this period")
    x = list(range(len(series)))
    _stack(ax, x, series, ("verbal_coop", "material_coop"), 1)
    _stack(ax, x, series, ("verbal_conflict", "material_conflict"), -1)
    if "net_coop" in series:
        ax.plot(x, series["net_coop"].astype(float).tolist(), color=_NET_COLOUR, marker="o",
                markersize=2.5, linewidth=1.2, label="net cooperation")
    ax.axhline(0, color="#555555", linewidth=0.6)
    labels = _periods(series)
    ticks = _tick_positions(len(x))
    ax.set_xticks(ticks, [labels[i] for i in ticks], rotation=45, ha="right")
    ax.set_ylabel("events")
    if title:
        ax.set_title(title)
    ax.legend(fontsize=7, ncols=5, loc="upper center", bbox_to_anchor=(0.5, -0.32),
              frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return _to_svg(fig, "series")


def _barh(name: str, labels: Sequence[str], values: Sequence[float], colours: Sequence[str],
          xlabel: str) -> str:
    fig = _figure(name, (6.0, 0.45 * max(len(labels), 1) + 0.9))
    ax = fig.add_subplot()
    if not labels:
        return _note(fig, ax, name, "no events")
    y = list(range(len(labels)))[::-1]
    ax.barh(y, values, color=list(colours))
    ax.set_yticks(y, list(labels))
    for yi, v in zip(y, values, strict=True):
        ax.text(v, yi, f" {v:g}", va="center", fontsize=8)
    ax.set_xlabel(xlabel)
    ax.spines[["top", "right"]].set_visible(False)
    return _to_svg(fig, name)


def quad_mix_chart(series: pd.DataFrame) -> str:
    """Total events per quad class over the whole period."""
    cols = [c for c in QUAD_LABELS if c in series]
    values = [float(series[c].fillna(0).sum()) for c in cols]
    return _barh("quad", [QUAD_LABELS[c] for c in cols], values,
                 [QUAD_COLOURS[c] for c in cols], "events")


def context_chart(contexts: pd.DataFrame) -> str:
    """Events per PLOVER context group (diplomatic, economic, military, sanctions, other)."""
    labels = [str(c) for c in contexts.get("context", [])]
    values = [float(v) for v in contexts.get("events", [])]
    return _barh("context", labels, values, ["#5d6d7e"] * len(labels), "events")


def power_chart(powers: pd.DataFrame, side_names: dict[str, str]) -> str:
    """Net cooperation of each side with each major power, as grouped bars."""
    fig = _figure("powers", (6.0, 2.8))
    ax = fig.add_subplot()
    if powers.empty:
        return _note(fig, ax, "powers", "no events with the major powers")
    power_order = list(dict.fromkeys(str(p) for p in powers["power"]))
    sides = list(dict.fromkeys(str(s) for s in powers["side"]))
    width = 0.8 / max(len(sides), 1)
    colours = ["#1f618d", "#b9770e", "#7d3c98", "#138d75"]
    for i, side in enumerate(sides):
        rows = powers[powers["side"].astype(str) == side].set_index("power")
        values = [float(rows["net_coop"].get(p, 0) or 0) if p in rows.index else 0.0
                  for p in power_order]
        xs = [j + i * width - 0.4 + width / 2 for j in range(len(power_order))]
        ax.bar(xs, values, width=width, color=colours[i % len(colours)],
               label=side_names.get(side, side))
    ax.axhline(0, color="#555555", linewidth=0.6)
    ax.set_xticks(range(len(power_order)), power_order)
    ax.set_ylabel("net cooperation")
    ax.legend(fontsize=7, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return _to_svg(fig, "powers")
