"""`entente evaluate`: measure the coder against human-coded gold data."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from ..errors import EntenteError
from ..evaluate import (
    FORMATS,
    SLICES,
    FloorCheck,
    evaluate,
    floor_checks,
    read_thresholds,
    render,
)
from . import app
from .progress import QuietOption, progress_bar


@app.command("evaluate", rich_help_panel="Quality")
def evaluate_command(
    gold: Path = typer.Argument(..., help="gold file"),
    gold2: Path = typer.Argument(None, help="second gold file (conflibert: the CoNLL file)"),
    fmt: str = typer.Option("auto", "--format",
                            help="auto (told by the file's shape) | " + " | ".join(FORMATS)),
    json_out: Path = typer.Option(None, "--json", help="also write all figures as JSON"),
    slice_name: str = typer.Option("all", "--slice",
                                   help="which part to score: " + " | ".join(SLICES)
                                   + " (study/check: realnews halves; train/holdout: the"
                                   " fixed 30% check part of plover and conflibert)"),
    worst: int = typer.Option(10, "--worst", min=0, help="how many worst cases to show"),
    check: Path = typer.Option(None, "--check",
                               help="thresholds JSON: print each floor PASS or FAIL, exit 1 "
                                    "if a figure falls below its floor"),
    dictionaries: list[Path] = typer.Option(
        None, "--dict", help="user actor dictionary the gold's actors come from (.yaml, .tsv, "
                             "PETRARCH .actors.txt or .agents.txt); repeatable"),
    quiet: bool = QuietOption,
) -> None:
    """Code the gold texts and print precision, recall, accuracies, misses and worst cases.

    Example: entente evaluate gold/entente_gold.jsonl --check gold/thresholds.json
    Example: entente evaluate plover_gsr_dev.json --json plover.json
    Example: entente evaluate realnews_dev.jsonl --slice study --worst 20
    Example: entente evaluate class_train.tsv ner_train.txt --format conflibert --slice holdout

    The gold files of the examples after the first are optional downloads kept outside the
    repository (see the README's Accuracy section).
    """
    floors = read_thresholds(check) if check is not None else None
    console = Console()
    with progress_bar("coding gold texts", "texts", quiet=quiet) as advance:
        report = evaluate(gold, fmt, gold2=gold2, slice_name=slice_name, worst=worst,
                          progress=advance, dictionaries=dictionaries or ())
    render(report, console)
    if json_out is not None:
        report.write_json(json_out)
        typer.echo(f"wrote {json_out}", err=True)
    if floors is not None:
        checks = floor_checks(report, floors)
        _print_checks(checks, check)
        failed = [c.name for c in checks if not c.passed]
        if failed:
            raise EntenteError(f"{len(failed)} of {len(checks)} floors failed "
                               f"({', '.join(failed)})")


def _print_checks(checks: list[FloorCheck], path: Path) -> None:
    """One line a floor: PASS or FAIL, the figure, the floor; then the summary line."""
    typer.echo(f"floors of {path}:")
    width = max((len(c.name) for c in checks), default=0)
    for c in checks:
        against = (f"not measured (floor {c.floor:.3f})" if c.value is None else
                   f"{c.value:.3f} {'>=' if c.passed else '<'} {c.floor:.3f}")
        typer.echo(f"  {'PASS' if c.passed else 'FAIL'}  {c.name:<{width}}  {against}")
    passed = sum(c.passed for c in checks)
    failed = len(checks) - passed
    typer.echo(f"{passed} of {len(checks)} floors passed" + (f", {failed} FAILED" if failed
                                                              else ""))
