"""`entente actors ...`: look at what the actor resolver makes of a text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from ..errors import InputError
from ..timeutil import parse_date
from . import app

if TYPE_CHECKING:
    from ..actors import Mention

actors_app = typer.Typer(help="The actor gazetteer and resolver.\n\n"
                         "Example: entente actors resolve \"President Vucic met the Iranian "
                         "ambassador in Belgrade.\" --date 2025-03-01", no_args_is_help=True)
app.add_typer(actors_app, name="actors", rich_help_panel="Code and inspect")

_COLUMNS = ("text", "kind", "country", "sector", "code", "role_country", "candidates", "reason")


@actors_app.command("resolve")
def resolve(
    text: str = typer.Argument(..., help="text to resolve (a sentence or a whole article)"),
    date: str = typer.Option(None, "--date", help="date the text speaks of, YYYY-MM-DD "
                             "(decides who holds which office)"),
    dictionary: list[Path] = typer.Option(None, "--dict", help="user dictionary "
                                          "(.yaml, .tsv or PETRARCH .actors.txt); repeatable"),
    fmt: str = typer.Option("table", "--format", help="table or jsonl"),
) -> None:
    """Print each actor mention in TEXT with its country, sector, code and the reason.

    Example: entente actors resolve "Chile's Ambassador to Peru met Vucic." --date 2025-03-01
    """
    if fmt not in ("table", "jsonl"):
        raise InputError(f"--format: unknown format {fmt!r} (use table or jsonl)")
    parse_date(date, "--date")
    from ..actors import ActorResolver, Gazetteer  # heavy: imported when the command runs

    gazetteer = Gazetteer.load(dictionary) if dictionary else None
    mentions = ActorResolver(gazetteer).find(text, date=date)
    if fmt == "jsonl":
        for mention in mentions:
            typer.echo(json.dumps(_row(mention), ensure_ascii=False))
        return
    _print_table(mentions)


def _row(mention: Mention) -> dict[str, object]:
    row: dict[str, object] = {key: getattr(mention, key) for key in _COLUMNS}
    row["candidates"] = list(mention.candidates)
    row.update(start=mention.start, end=mention.end, role=mention.role, name=mention.name)
    return row


def _print_table(mentions: list[Mention]) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    if not mentions:
        typer.echo("no actor mentions found")
        return
    table = Table(*_COLUMNS, show_lines=False)
    for mention in mentions:
        values = [mention.text, mention.kind, mention.country, mention.sector, mention.code,
                  mention.role_country, "|".join(mention.candidates), mention.reason]
        table.add_row(*(escape(str(v)) if v else "" for v in values))
    Console(width=200).print(table)
