"""Options shared by several commands."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from ..errors import InputError

if TYPE_CHECKING:
    from ..store import Store



@contextmanager
def open_store(path: str | Path | None = None, *, read_only: bool = False, create: bool = True,
               keep_empty: bool = True) -> Iterator[Store]:
    """`entente.store.open_store`, imported when a command opens its store: declaring the
    commands loads no DuckDB (`entente code` never needs it)."""
    from ..store import open_store as opened

    with opened(path, read_only=read_only, create=create, keep_empty=keep_empty) as store:
        yield store


DbOption = typer.Option(None, "--db", envvar="ENTENTE_DB",
                        help="store file (default: $ENTENTE_DB or ./entente.duckdb)")

# The cluster options (run by `entente.scale.wiring`), defined here so that declaring a
# command does not import Dask (`entente.scale` loads `distributed` at import time).
WorkersOption = typer.Option(
    None, "--workers", min=1,
    help="run on N local Dask worker processes (bound to 127.0.0.1)")
SchedulerOption = typer.Option(
    None, "--scheduler", metavar="ADDRESS",
    help="run on the Dask cluster at ADDRESS, e.g. tcp://10.0.0.5:8786 (workers must see "
         "the input files and $ENTENTE_PARTS)")

AllowPrivateOption = typer.Option(
    False, "--allow-private",
    help="also fetch from loopback, private, link-local and multicast addresses (refused "
         "by default, also after redirects)")
DeadlineOption = typer.Option(
    60.0, "--deadline", min=1.0, metavar="SECONDS",
    help="most seconds one fetch may take in all (redirects and body included)")


# The analysis API names its parameters (start, end, ...); a CLI user typed --from, --to.
ANALYSIS_OPTION_NAMES = {"start": "--from", "end": "--to", "from": "--from", "to": "--to",
                         "freq": "--freq", "root": "--root", "dataset": "--dataset",
                         "sector": "--sector", "actor": "--actor"}


@contextmanager
def option_names(names: dict[str, str] = ANALYSIS_OPTION_NAMES) -> Iterator[None]:
    """Re-raise an InputError that names an API parameter with the option's name instead."""
    try:
        yield
    except InputError as exc:
        field, sep, rest = str(exc).partition(": ")
        if sep and field in names:
            raise InputError(f"{names[field]}: {rest}") from None
        raise
