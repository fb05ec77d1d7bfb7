"""`entente dyad A B`: the dyad series as a table, CSV or JSON (a thin layer over analysis)."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from ..errors import InputError
from . import app
from .options import DbOption, open_store, option_names

if TYPE_CHECKING:  # pandas and entente.analysis are imported when the command runs
    import pandas as pd

_FORMATS = ("table", "csv", "json")


@app.command(rich_help_panel="Questions")
def dyad(
    a: str = typer.Argument(..., help="first country: ISO3, CAMEO code or name"),
    b: str = typer.Argument(..., help="second country"),
    start: str = typer.Option(None, "--from", help="first day (YYYY-MM-DD)"),
    end: str = typer.Option(None, "--to", help="last day (YYYY-MM-DD)"),
    freq: str = typer.Option("month", "--freq", help="day, week, month, quarter or year"),
    directed: bool = typer.Option(False, "--directed/--undirected",
                                  help="A->B and B->A rows per period, or one row for both"),
    dataset: list[str] = typer.Option(None, "--dataset", help="only these datasets"),
    root: list[str] = typer.Option(None, "--root", help="only these CAMEO roots (01-20)"),
    sector: list[str] = typer.Option(None, "--sector", help="either actor in these sectors"),
    actor: list[str] = typer.Option(None, "--actor", help="either actor has this CAMEO code"),
    one_a_day: bool = typer.Option(False, "--one-a-day",
                                   help="same date, source, target and code count once"),
    normalize: bool = typer.Option(False, "--normalize",
                                   help="add volume_a, volume_b (each side's events with anyone) "
                                        "and events_norm (the pair's share of them)"),
    successors: bool = typer.Option(False, "--successors",
                                    help="roll historic states up (YUG, SCG -> SRB; USR -> RUS)"),
    vs: tuple[str, str] | None = typer.Option(None, "--vs", metavar="C D",
                                              help="compare side by side with the dyad C D"),
    context: bool = typer.Option(False, "--context",
                                 help="add the pair's yearly trade, sanctions and UN voting "
                                      "(loaded with entente context)"),
    fmt: str = typer.Option("table", "--format", help="table, csv or json"),
    db: Path = DbOption,
) -> None:
    """How A and B get along, per period: events, quad classes, Goldstein, net cooperation.

    Example: entente dyad IRN Serbia --from 2020-01-01 --freq quarter --directed
    Example: entente dyad IRN SRB --vs IRN HUN --format csv
    Example: entente dyad Serbia Iran --freq year --context --format json
    """
    fmt = fmt.lower()
    if fmt not in _FORMATS:
        raise InputError(f"--format: unknown format {fmt!r} (use {', '.join(_FORMATS)})")
    if context and vs:
        raise InputError("--context takes one pair: use it without --vs")
    options: dict[str, Any] = dict(
        start=start, end=end, freq=freq, directed=directed, datasets=dataset, roots=root,
        sectors=sector, actors=actor, one_a_day=one_a_day, normalize=normalize,
        successors=successors)
    from ..analysis import compare_dyads, dyad_series, why_empty, with_context

    with open_store(db, read_only=True) as store, option_names():
        if vs:
            df = compare_dyads(store, [(a, b), (vs[0], vs[1])], **options)
        else:
            df = dyad_series(store, a, b, **options)
            if context:
                df = with_context(df, store, a, b)
        empty = [] if vs or int(df["events"].sum()) else why_empty(
            store, a, b, start, end, datasets=dataset, roots=root, sectors=sector, actors=actor,
            successors=successors, one_a_day=one_a_day)
    for note in empty:
        typer.echo(f"note: {note}", err=True)
    for note in df.attrs.get("warnings", []):
        typer.echo(f"warning: {note}", err=True)
    for note in df.attrs.get("context_missing", []):
        typer.echo(f"note: {note}", err=True)
    _print(df, fmt, f"{a} - {b}")


def _cells(df: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as plain values: ISO dates, None for nulls."""
    import pandas as pd

    rows = []
    for record in df.to_dict(orient="records"):
        row = {}
        for key, value in record.items():
            if isinstance(value, pd.Timestamp):
                value = value.date().isoformat()
            elif isinstance(value, float) and math.isnan(value):
                value = None
            elif hasattr(value, "item"):
                value = value.item()
            if isinstance(value, float):  # 37.2, not the sum's 37.199999999999996
                value = float(f"{value:.15g}")
            row[key] = value
        rows.append(row)
    return rows


def _print(df: pd.DataFrame, fmt: str, title: str) -> None:
    from ..analysis import CONTEXT_LAYER_COLUMNS

    sources = CONTEXT_LAYER_COLUMNS["sources"]
    rows = _cells(df)
    if fmt == "json":
        typer.echo(json.dumps(rows, ensure_ascii=False))
    elif fmt == "csv":
        out = df.copy()
        out["period"] = out["period"].dt.strftime("%Y-%m-%d")
        # USD totals would lose digits in the short float format of the event measures.
        for col in set(CONTEXT_LAYER_COLUMNS.values()) & set(out.columns):
            if out[col].dtype.kind == "f":
                out[col] = out[col].map(lambda v: "" if math.isnan(v) else f"{v:.15g}")
        typer.echo(out.to_csv(index=False, float_format="%.6g", lineterminator="\n"), nl=False)
    else:
        # The yearly context figures get a table of their own under the series, one row a
        # year, and their long sources cell is listed under that.
        layers = {new: old for old, new in CONTEXT_LAYER_COLUMNS.items()}
        columns = [c for c in df.columns if c not in layers]
        if rows:
            _print_table(rows, columns, title, df.attrs.get("datasets", []))
        else:  # no period at all: the notes on stderr say why
            typer.echo("no events")
        if sources in df.columns:
            _print_context(rows, layers, title)
            parts = dict.fromkeys(p for cell in df[sources] for p in cell.split(" | ") if p)
            typer.echo("context sources:\n" + "\n".join(f"  {p}" for p in parts) if parts
                       else "context sources: none")


def _print_context(rows: list[dict[str, Any]], layers: dict[str, str], title: str) -> None:
    """The context columns of the series, once a year, as `entente context show` shows them."""
    from .tables import print_context_rows

    years: dict[str, dict[str, Any]] = {}
    for row in rows:
        year = str(row["period"])[:4]
        years.setdefault(year, {"year": int(year)} | {layers[c]: row[c] for c in layers
                                                      if c in row})
    a, _, b = title.partition(" - ")
    print_context_rows(list(years.values()), a, b, f"{title}: context by year")


def _print_table(rows: list[dict[str, Any]], columns: list[str], title: str,
                 datasets: list[str]) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    caption = f"datasets: {', '.join(datasets) or 'none'}"
    table = Table(title=escape(title), caption=escape(caption))
    for col in columns:
        table.add_column(col, justify="left" if col in ("period", "source", "target", "dyad",
                                                        "datasets") else "right")
    for row in rows:
        table.add_row(*(escape(_fmt(row[c])) for c in columns))
    # Off a terminal (pipes, CI logs) rich would squeeze the table into 80 columns.
    console = Console() if sys.stdout.isatty() else Console(width=240)
    console.print(table)


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)
