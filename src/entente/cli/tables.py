"""Context figures for people: short labels with units, thousands separators, "-" for a
missing figure, and only the columns that hold data. Machines get `--format csv|json`
with the raw column names instead."""

from __future__ import annotations

import math
import sys
from collections.abc import Sequence
from typing import Any

__all__ = ["CONTEXT_LABELS", "cell", "print_context_rows"]

#: Raw column of `entente.context.dyad_context` -> (label, unit kind); {a}/{b} are the pair.
CONTEXT_LABELS: dict[str, tuple[str, str]] = {
    "year": ("year", "year"),
    "trade_a_view": ("trade, {a} figures (USD)", "usd"),
    "trade_b_view": ("trade, {b} figures (USD)", "usd"),
    "trade_baci": ("trade, BACI (USD)", "usd"),
    "exports_a_to_b_by_a": ("{a}→{b}, {a} figures (USD)", "usd"),
    "exports_a_to_b_by_b": ("{a}→{b}, {b} figures (USD)", "usd"),
    "exports_b_to_a_by_b": ("{b}→{a}, {b} figures (USD)", "usd"),
    "exports_b_to_a_by_a": ("{b}→{a}, {a} figures (USD)", "usd"),
    "top_product": ("top product", "text"),
    "top_product_usd": ("top product (USD)", "usd"),
    "tariff_a_on_b": ("tariff {a} on {b} (%)", "pct"),
    "tariff_b_on_a": ("tariff {b} on {a} (%)", "pct"),
    "mfn_a": ("MFN {a} (%)", "pct"),
    "mfn_b": ("MFN {b} (%)", "pct"),
    "sanctions_on_a": ("sanctions on {a}", "text"),
    "sanctions_on_b": ("sanctions on {b}", "text"),
    "sanctioned_entities_a": ("sanctioned in {a}", "count"),
    "sanctioned_entities_b": ("sanctioned in {b}", "count"),
    "sanctions_a_on_b": ("sanctions by {a} on {b}", "count"),
    "sanctions_b_on_a": ("sanctions by {b} on {a}", "count"),
    "unga_agreement": ("UN votes alike (%)", "share"),
    "unga_joint_votes": ("UN joint votes", "count"),
    "ideal_point_distance": ("ideal-point distance", "number"),
}


def _missing(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, float) and math.isnan(value))


def cell(value: Any, kind: str) -> str:
    """One figure as text: "-" when missing, USD and counts with thousands separators,
    percentages with one decimal (a share 0..1 becomes a percentage)."""
    if _missing(value):
        return "-"
    if kind == "usd":
        return f"{float(value):,.0f}"
    if kind == "count":
        return f"{int(value):,}"
    if kind == "pct":
        return f"{float(value):.1f}"
    if kind == "share":
        return f"{100 * float(value):.1f}"
    if kind == "number":
        return f"{float(value):.3f}"
    return str(value)


def _has_data(rows: Sequence[dict[str, Any]], column: str, kind: str) -> bool:
    """A column is shown when some row has a figure (a count of 0 everywhere is no data)."""
    return any(not _missing(r.get(column)) and not (kind == "count" and r.get(column) == 0)
               for r in rows)


def print_context_rows(rows: Sequence[dict[str, Any]], a: str, b: str, title: str) -> None:
    """A compact table of yearly context rows (raw column names) with labelled units."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    columns = [c for c, (_, kind) in CONTEXT_LABELS.items()
               if c == "year" or _has_data(rows, c, kind)]
    table = Table(title=escape(title))
    for column in columns:
        label, kind = CONTEXT_LABELS[column]
        table.add_column(escape(label.format(a=a, b=b)),
                         justify="left" if kind in ("text", "year") else "right")
    for row in rows:
        table.add_row(*(escape(cell(row.get(c), CONTEXT_LABELS[c][1])) for c in columns))
    console = Console() if sys.stdout.isatty() else Console(width=240)
    if len(columns) == 1:
        console.print(f"{escape(title)}: no context figures for these years")
    else:
        console.print(table)
