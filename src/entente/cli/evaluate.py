"""`entente evaluate`: measure the coder against human-coded gold data."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import Progress

from ..errors import EntenteError
from ..evaluate import (
    FORMATS,
    SLICES,
    check_thresholds,
    evaluate,
    read_thresholds,
    render,
)
from . import app


@app.command("evaluate")
def evaluate_command(
    gold: Path = typer.Argument(..., help="gold file"),
    gold2: Path = typer.Argument(None, help="second gold file (conflibert: the CoNLL file)"),
    fmt: str = typer.Option("entente", "--format", help=" | ".join(FORMATS)),
    json_out: Path = typer.Option(None, "--json", help="also write all figures as JSON"),
    slice_name: str = typer.Option("all", "--slice",
                                   help="which part to score: " + " | ".join(SLICES)
                                   + " (study/check: realnews halves; train/holdout: the"
                                   " fixed 30% check part of plover and conflibert)"),
    worst: int = typer.Option(10, "--worst", min=0, help="how many worst cases to show"),
    check: Path = typer.Option(None, "--check",
                               help="thresholds JSON: exit 1 if a figure falls below"),
) -> None:
    """Code the gold texts and print precision, recall, accuracies, misses and worst cases.

    Examples:
      entente evaluate gold/entente_gold.jsonl --check gold/thresholds.json
      entente evaluate ../shared/gold/plover_gsr_dev.json --format plover --json plover.json
      entente evaluate ../shared/gold/multicoped_class_train.tsv
          ../shared/gold/multicoped_ner_train.txt --format conflibert --slice holdout
      entente evaluate ../shared/gold/realnews_dev.jsonl --format realnews --slice study
    """
    floors = read_thresholds(check) if check is not None else None
    console = Console()
    # Off a terminal the bar would still leave an empty line on stderr at its end.
    with Progress(console=Console(stderr=True), transient=True,
                  disable=not sys.stderr.isatty()) as bar:
        task = bar.add_task("coding gold texts", total=None)
        report = evaluate(gold, fmt, gold2=gold2, slice_name=slice_name, worst=worst,
                          progress=lambda n: bar.advance(task, n))
    render(report, console)
    if json_out is not None:
        report.write_json(json_out)
        typer.echo(f"wrote {json_out}", err=True)
    if floors is not None:
        failures = check_thresholds(report, floors)
        for failure in failures:
            typer.echo(f"below threshold: {failure}", err=True)
        if failures:
            raise EntenteError(f"{len(failures)} figure(s) below the floors of {check}")
