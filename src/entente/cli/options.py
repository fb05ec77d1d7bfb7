"""Options shared by several commands."""

from __future__ import annotations

import typer

DbOption = typer.Option(None, "--db", envvar="ENTENTE_DB",
                        help="store file (default: $ENTENTE_DB or ./entente.duckdb)")
