"""Charts for the brief, drawn at build time as inline SVG (no library, no script).

A period chart puts cooperation above the zero line and conflict below it, stacked by
quad class, with round ticks, headroom above the tallest bar, month labels such as
"Jan 2024", numbered markers on the largest events and, on every bar, a link to that
period's events in the appendix. Each chart comes in a wide and a narrow drawing; the
page shows the one that fits, so text stays at least 11 px from 420 to 1920 px.
Colours are the Okabe-Ito palette, readable with the common colour-vision deficiencies.
Output is deterministic: the same data gives the same bytes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from html import escape

from .names import short_period

__all__ = ["PeriodBars", "Mark", "period_chart", "nice_ticks", "QUAD_LABELS",
           "QUAD_COLOURS", "SIZES"]

QUAD_LABELS = ("verbal cooperation", "material cooperation", "verbal conflict",
               "material conflict")
#: Okabe-Ito: sky blue, blue, orange, vermillion.
QUAD_COLOURS = ("#56B4E9", "#0072B2", "#E69F00", "#D55E00")
NET_COLOUR = "#1b1b1b"
#: (width, height, font px) of the wide and the narrow drawing.
SIZES = {"wide": (900, 300, 14), "narrow": (400, 260, 12)}


@dataclass(slots=True)
class Mark:
    """A numbered marker on the bar of period `index` (above it when `up`)."""

    index: int
    number: int
    label: str
    up: bool


@dataclass(slots=True)
class PeriodBars:
    """Counts per period: `quads[k][i]` events of quad class k+1 in period i."""

    periods: list[date]
    freq: str
    quads: list[list[float]]
    net: list[float] | None = None
    marks: list[Mark] = field(default_factory=list)
    #: href of each period's bars (an anchor in the same page), or None for no links.
    links: list[str] | None = None


def nice_ticks(low: float, high: float, most: int = 5) -> list[float]:
    """Round ticks (1, 2 or 5 times a power of ten) covering low..high, zero included."""
    low, high = min(low, 0.0), max(high, 0.0)
    if high - low <= 0:
        high = 1.0
    raw = (high - low) / max(most - 1, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(step, 1.0)  # counts: no fractional ticks
    first = math.floor(low / step) * step
    last = math.ceil(high / step) * step
    count = int(round((last - first) / step))
    return [first + i * step for i in range(count + 1)]


def _label_step(labels: Sequence[str], plot_width: float, font: int) -> int:
    widest = max((len(t) for t in labels), default=1) * font * 0.62 + font
    per_label = plot_width / max(len(labels), 1)
    return max(1, math.ceil(widest / per_label))


def _limits(data: PeriodBars, shared: tuple[float, float] | None) -> tuple[float, float]:
    up = [data.quads[0][i] + data.quads[1][i] for i in range(len(data.periods))]
    down = [data.quads[2][i] + data.quads[3][i] for i in range(len(data.periods))]
    high, low = max(up, default=0.0), -max(down, default=0.0)
    if data.net:
        high, low = max(high, max(data.net)), min(low, min(data.net))
    if shared:
        low, high = min(low, shared[0]), max(high, shared[1])
    # Headroom: a tenth of the range, and room for markers beyond the longest bars.
    span = high - low or 1.0
    up = sum(m.up for m in data.marks)
    down = len(data.marks) - up
    top = span * (0.1 + 0.12 * min(up, 2))
    bottom = span * (0.1 + 0.12 * min(down, 2)) if low < 0 or down else 0.0
    return low - bottom, high + top


def period_chart(data: PeriodBars, name: str, size: str = "wide", title: str = "",
                 shared: tuple[float, float] | None = None) -> str:
    """One drawing of a period chart as an ``<svg>`` element (ids prefixed by `name`)."""
    width, height, font = SIZES[size]
    left, right = round(font * 3.2), font
    top, bottom = round(font * 1.2), round(font * 2.4)
    plot_w, plot_h = width - left - right, height - top - bottom
    n = len(data.periods)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
           f'class="chart-svg chart-{size}" id="{name}-{size}" role="img" '
           f'font-family="system-ui, sans-serif" font-size="{font}">',
           f"<title>{escape(title or 'events per period')}</title>"]
    if n == 0:
        out.append(f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle">'
                   "no events in this period</text></svg>")
        return "".join(out)
    ticks = nice_ticks(*_limits(data, shared), most=8)
    lo, hi = ticks[0], ticks[-1]

    def y(value: float) -> float:
        return round(top + (hi - value) / (hi - lo) * plot_h, 2)

    out.append(f'<rect class="plot" x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" '
               'fill="none"/>')
    for t in ticks:
        out.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(t)}" y2="{y(t)}" '
                   f'stroke="{"#888" if t == 0 else "#e3e3e3"}" stroke-width="1"/>'
                   f'<text x="{left - 6}" y="{round(y(t) + font * 0.35, 2)}" '
                   'text-anchor="end" '
                   f'fill="#444">{int(t):,}</text>')
    slot = plot_w / n
    bar_w = round(max(min(slot * 0.72, 48.0), 1.0), 2)
    labels = [short_period(p, data.freq) for p in data.periods]
    for i in range(n):
        x = round(left + i * slot + (slot - bar_w) / 2, 2)
        out.append(_bars_at(data, i, x, bar_w, y, labels[i]))
    out.append(_net_line(data, left, slot, y))
    out += _marks(data, left, slot, y, top, top + plot_h, font)
    step = _label_step(labels, plot_w, font)
    for i in range(0, n, step):
        cx = round(left + (i + 0.5) * slot, 2)
        out.append(f'<text class="tick" x="{cx}" y="{round(top + plot_h + font * 1.5, 2)}" '
                   f'text-anchor="middle" fill="#444">{escape(labels[i])}</text>')
    out.append("</svg>")
    return "".join(out)


def _bars_at(data: PeriodBars, i: int, x: float, w: float, y, label: str) -> str:  # type: ignore[no-untyped-def]
    parts = []
    for sign, ks in ((1, (0, 1)), (-1, (2, 3))):
        base = 0.0
        for k in ks:
            value = float(data.quads[k][i])
            if value <= 0:
                continue
            end = base + sign * value
            y0, y1 = sorted((y(base), y(end)))
            parts.append(f'<rect class="bar q{k + 1}" x="{x}" y="{y0}" width="{w}" '
                         f'height="{round(y1 - y0, 2)}" fill="{QUAD_COLOURS[k]}">'
                         f"<title>{escape(label)}: {int(value)} {QUAD_LABELS[k]}</title></rect>")
            base = end
    if not parts:
        return ""
    group = "".join(parts)
    href = data.links[i] if data.links else None
    period = data.periods[i].isoformat()
    if href:
        return f'<a href="{escape(href)}" data-period="{period}">{group}</a>'
    return f'<g data-period="{period}">{group}</g>'


def _net_line(data: PeriodBars, left: float, slot: float, y) -> str:  # type: ignore[no-untyped-def]
    if not data.net or len(data.net) < 2:
        return ""
    points = " ".join(f"{round(left + (i + 0.5) * slot, 2)},{y(v)}"
                      for i, v in enumerate(data.net))
    return (f'<polyline class="net" points="{points}" fill="none" stroke="{NET_COLOUR}" '
            'stroke-width="2"/>')


def _marks(data: PeriodBars, left: float, slot: float, y, top: float,  # type: ignore[no-untyped-def]
           bottom: float, font: int) -> list[str]:
    out = []
    radius = font * 0.75
    stacked: dict[int, int] = {}
    for mark in data.marks:
        i = mark.index
        shift = stacked.get(i, 0) * (2 * radius + 2)  # several marks on one bar: a column
        stacked[i] = stacked.get(i, 0) + 1
        cx = round(left + (i + 0.5) * slot, 2)
        end = data.quads[0][i] + data.quads[1][i] if mark.up else \
            -(data.quads[2][i] + data.quads[3][i])
        cy = y(end) - radius - 3 - shift if mark.up else y(end) + radius + 3 + shift
        cy = round(min(max(cy, top + radius), bottom - radius), 2)
        out.append(f'<g class="mark"><circle cx="{cx}" cy="{cy}" r="{radius}" fill="#fff" '
                   f'stroke="{NET_COLOUR}" stroke-width="1.5"/><text x="{cx}" '
                   f'y="{round(cy + font * 0.35, 2)}" text-anchor="middle" font-weight="700">'
                   f"{mark.number}</text><title>{escape(mark.label)}</title></g>")
    return out
