"""`entente code`: print the events coded from files, URLs, stdin or JSONL batches."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import typer

from ..errors import EntenteError, InputError
from ..record import Document, Event, column_names
from ..timeutil import parse_date
from . import app
from .options import AllowPrivateOption, SchedulerOption, WorkersOption
from .progress import Advance, QuietOption, progress_bar

OUTPUT_FORMATS = ("table", "jsonl", "csv")


@app.command("code", rich_help_panel="Code and inspect")
def code_command(
    inputs: list[str] = typer.Argument(None, help="files, http(s) URLs, or - for stdin"),
    input_format: str = typer.Option("auto", "--input-format", help="auto, text, html or jsonl"),
    fmt: str = typer.Option("table", "--format", help="table, jsonl or csv"),
    on: str = typer.Option(None, "--date", help="date of documents without one (YYYY-MM-DD)"),
    explain: bool = typer.Option(False, "--explain", help="show why each event was coded"),
    min_confidence: float = typer.Option(
        None, "--min-confidence", min=0.0, max=1.0,
        help="leave out events below this confidence (default: the coder's documented "
             "floor, policies.yaml min_confidence; 0 shows every event)"),
    one_sided: bool = typer.Option(False, "--one-sided",
                                   help="also print one-sided happenings (one actor only), "
                                        "flagged one_sided"),
    dictionaries: list[Path] = typer.Option(
        None, "--dict", help="user actor dictionary (.yaml, .tsv, PETRARCH .actors.txt or "
                             ".agents.txt), read on top of the bundled one; repeatable"),
    workers: int = WorkersOption,
    scheduler: str = SchedulerOption,
    allow_private: bool = AllowPrivateOption,
    quiet: bool = QuietOption,
) -> None:
    """Code news text into events (who did what to whom, when) and print them.

    Example: echo "Serbia and Iran signed a trade deal." | entente code - --date 2024-03-14

    JSONL input is one {"id", "text", "date"?, "url"?} object per line; each event carries
    that id as doc_id. No events is a normal result (exit 0). Events below the confidence
    floor are left out; with --workers the workers' coders already leave out those below the
    default floor, so there --min-confidence can only raise it.
    """
    fmt = fmt.lower()
    if fmt not in OUTPUT_FORMATS:
        raise InputError(f"unknown output format {fmt!r} (use one of {', '.join(OUTPUT_FORMATS)})")
    from ..coder import DictionaryCoder, default_coder, one_sided_coder
    from ..sources import read_documents

    default_date = parse_date(on, "--date")
    factory = DictionaryCoder(dictionaries, one_sided) if dictionaries else None
    coder = factory() if factory is not None else default_coder(one_sided)  # bad files stop here
    failed: list[EntenteError] = []  # a failing input is reported; the others go on
    docs = read_documents(list(inputs or ["-"]), input_format.lower(), default_date,
                          allow_private=allow_private, on_error=failed.append)
    floor = coder.min_confidence if min_confidence is None else min_confidence
    default_floor = coder.min_confidence
    coder.min_confidence = min(floor, default_floor)  # the cached coder: restored below
    try:
        if workers is None and scheduler is None:  # Dask is imported only for a cluster
            coded = coder.code_documents(docs, default_date)
        else:
            from ..scale.wiring import code_documents

            coded = code_documents(coder, docs, default_date, workers=workers,
                                   scheduler=scheduler,
                                   factory=factory or (one_sided_coder if one_sided else None))
        with progress_bar("coding", "documents", quiet=quiet) as advance:
            kept = ((doc, [e for e in events if (e.confidence or 0.0) >= floor])
                    for doc, events in _counted(coded, advance))
            explanations = (lambda e: coder.explain(e)) if explain else None
            {"table": _print_table, "jsonl": _print_jsonl,
             "csv": _print_csv}[fmt](kept, explanations)
    finally:
        coder.min_confidence = default_floor
    for problem in failed[:-1]:
        typer.echo(f"error: {problem}", err=True)
    if failed:
        raise failed[-1]


def _counted(coded: Iterable[tuple[Document, list[Event]]], advance: Advance
             ) -> Iterator[tuple[Document, list[Event]]]:
    """The coded documents, telling the progress bar of each one as it comes."""
    for item in coded:
        advance(1)
        yield item


def _events(coded: Iterable[tuple[Document, list[Event]]]) -> Iterator[Event]:
    for _, events in coded:
        yield from events


def _print_jsonl(coded, explain) -> None:  # type: ignore[no-untyped-def]
    for event in _events(coded):
        sys.stdout.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        if explain:
            sys.stderr.write(explain(event) + "\n")


def _print_csv(coded, explain) -> None:  # type: ignore[no-untyped-def]
    writer = csv.DictWriter(sys.stdout, fieldnames=column_names(), extrasaction="ignore")
    writer.writeheader()
    for event in _events(coded):
        row = event.to_row()
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
        if explain:
            sys.stderr.write(explain(event) + "\n")


def _print_table(coded, explain) -> None:  # type: ignore[no-untyped-def]
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    # Off a terminal (pipes, logs) rich would squeeze the table into 80 columns and cut dates.
    console = Console(highlight=False) if sys.stdout.isatty() else \
        Console(highlight=False, width=240)
    table = Table("doc", "sent", "date", "source", "code", "target", "trigger", "conf",
                  title="coded events")
    events = list(_events(coded))
    for event in events:  # Text(...) never interprets markup: article text is untrusted
        table.add_row(Text(event.doc_id[:12]), Text(str(event.sentence_index)),
                      Text(str(event.date or event.date_precision or "")),
                      Text(_actor(event.source)),
                      Text(f"{event.cameo_code} {event.plover_event or ''}".strip()),
                      Text(_actor(event.target)), Text(event.trigger_text or ""),
                      Text(f"{event.confidence:.2f}"))
    if events:
        console.print(table)
    else:
        console.print("no events")
    for event in events if explain else ():
        console.print(Text(explain(event)))


def _actor(actor) -> str:  # type: ignore[no-untyped-def]
    where = actor.country or "?"
    return f"{actor.text} [{where}]" if actor.text else "-"
