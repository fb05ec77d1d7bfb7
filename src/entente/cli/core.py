"""Core commands: version and export."""

from __future__ import annotations

from pathlib import Path

import typer

from .. import __version__
from . import app
from .options import DbOption, open_store


@app.command(rich_help_panel="Quality")
def version() -> None:
    """Print entente's version and the coder / data versions it would stamp on events.

    Example: entente version
    """
    from ..coder import Coder
    from ..coder.nlp import model_name

    typer.echo(f"entente {__version__}")
    # The same stamp the coder writes into every event's coder_version.
    typer.echo(f"coder {Coder().version}")
    typer.echo(f"spacy model {model_name()}")


@app.command(rich_help_panel="Questions")
def export(
    fmt: str = typer.Option("parquet", "--format", help="parquet or csv"),
    out: Path = typer.Option(None, "--out", help="output file (default events.<format>)"),
    db: Path = DbOption,
) -> None:
    """Write the events table with flat columns (source_country, cameo_code, ...).

    Example: entente export --format parquet --out events.parquet
    """
    out = out or Path(f"events.{fmt.lower()}")
    with open_store(db, create=False) as store:
        n = store.export(out, fmt)
    typer.echo(f"wrote {n} events to {out}")
