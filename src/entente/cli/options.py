"""Options shared by several commands."""

from __future__ import annotations

import typer

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
