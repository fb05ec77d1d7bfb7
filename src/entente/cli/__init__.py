"""The `entente` command line: thin Typer commands over the Python API.

Each command group lives in its own module and registers itself on `app`; this module
only builds the app and turns errors into one clear line and a non-zero exit.
"""

from __future__ import annotations

import os
import sys

import typer

from ..errors import EntenteError
from .help import HelpGroup

app = typer.Typer(
    cls=HelpGroup,
    name="entente",
    help="News to political events, and how relations between two countries evolve.\n\n"
         "Example: echo \"Serbia and Iran signed a trade deal.\" | entente code -\n"
         "Example: entente dyad Serbia Iran --freq year\n\n"
         "The store is one DuckDB file: --db PATH, else $ENTENTE_DB, else ./entente.duckdb. "
         "Every command has --help with an example.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Command modules: importing one registers its commands on `app` (keep the list sorted:
# ruff's isort merges separate `from . import x` lines into this one statement).
from . import (  # noqa: E402
    actors,  # noqa: F401
    brief,  # noqa: F401
    code,  # noqa: F401
    context,  # noqa: F401
    core,  # noqa: F401
    dyad,  # noqa: F401
    evaluate,  # noqa: F401
    ingest,  # noqa: F401
)


def main(argv: list[str] | None = None) -> None:
    """Console entry point: one line per error, never a traceback (ENTENTE_DEBUG=1 shows it)."""
    try:
        # Without standalone mode click returns the code of typer.Exit instead of exiting.
        result = app(args=argv, standalone_mode=False)
        if isinstance(result, int) and result:
            sys.exit(result)
    except EntenteError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except (typer.Exit, SystemExit) as exc:
        code = getattr(exc, "exit_code", None)
        sys.exit(code if code is not None else getattr(exc, "code", 0))
    except Exception as exc:  # a click usage error or a bug: still one line
        # Typer >= 0.16 vendors click (typer._click), so the usage errors are recognised by
        # their shape, not by click's classes; click's own show() would print several lines.
        if callable(getattr(exc, "format_message", None)) and \
                isinstance(getattr(exc, "exit_code", None), int):
            typer.echo(f"error: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        if type(exc).__name__ == "Abort":
            sys.exit(1)
        if os.environ.get("ENTENTE_DEBUG"):
            raise
        typer.echo(f"error: {type(exc).__name__}: {exc}", err=True)
        sys.exit(1)
