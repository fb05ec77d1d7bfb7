"""Progress bars for long commands.

The Python API reports progress through a plain callback (`progress(n)` after n more
items); this module only draws it: a Rich bar on stderr with count, rate and time left,
shown only when stdout and stderr are terminals and `--quiet` was not given, so pipes, logs
and tests see the command's output alone.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import typer

__all__ = ["QuietOption", "Advance", "progress_bar", "load_progress", "shows_progress"]

QuietOption = typer.Option(False, "--quiet", "-q", help="no progress bar")

#: `advance(n)`: n more items done; `advance(0, total=T)` sets the total once it is known.
Advance = Callable[..., None]


def shows_progress(quiet: bool = False) -> bool:
    """True when a bar may be drawn: both streams are terminals and --quiet is off."""
    return not quiet and sys.stdout.isatty() and sys.stderr.isatty()


def _silent(n: int = 1, total: int | None = None) -> None:
    return None


@contextmanager
def progress_bar(label: str, unit: str, total: int | None = None,
                 quiet: bool = False) -> Iterator[Advance]:
    """`with progress_bar("coding", "documents") as advance:` and pass `advance` to the API.

    The bar disappears when the block ends (the command's own summary follows it).
    """
    if not shows_progress(quiet):
        yield _silent
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TaskProgressColumn(), TextColumn("{task.fields[rate]}"),
               TextColumn("ETA"), TimeRemainingColumn()]
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total, rate="")

        def advance(n: int = 1, total: int | None = None) -> None:
            if total is not None:
                bar.update(task, total=total)
            bar.advance(task, n)
            speed = next(t.speed for t in bar.tasks if t.id == task)
            bar.update(task, rate=f"{speed:,.1f} {unit}/s" if speed else "")

        yield advance


@contextmanager
def load_progress(label: str, quiet: bool = False) -> Iterator[Callable[[Any], None] | None]:
    """A callback for multi-file loads that report a `LoadProgress` after each file (files
    done of the total), drawn as the same bar; None when no bar is shown."""
    if not shows_progress(quiet):
        yield None
        return
    with progress_bar(label, "files", quiet=quiet) as advance:
        seen = [0]

        def show(state: Any) -> None:
            advance(state.done - seen[0], total=state.total)
            seen[0] = state.done

        yield show
