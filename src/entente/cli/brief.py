"""`entente brief A B` (a dyad brief as HTML or Markdown) and `entente serve` (the web app)."""

from __future__ import annotations

import socket
from pathlib import Path

import typer

from ..errors import EntenteError
from . import app
from .options import DbOption, open_store, option_names


@app.command(rich_help_panel="Questions")
def brief(
    a: str = typer.Argument(..., help="first country: ISO3, CAMEO code or name"),
    b: str = typer.Argument(..., help="second country"),
    start: str = typer.Option(None, "--from", help="first day (YYYY-MM-DD)"),
    end: str = typer.Option(None, "--to", help="last day (YYYY-MM-DD)"),
    out: Path = typer.Option(None, "--out",
                             help="FILE.html or FILE.md (default brief-<A>-<B>.html by ISO3 "
                                  "code, e.g. brief-SRB-IRN.html)"),
    freq: str = typer.Option("month", "--freq", help="day, week, month, quarter or year"),
    min_confidence: float = typer.Option(
        None, "--min-confidence", help="leave out coded events below this confidence "
                                       "(default: the coder's own floor; dataset rows without "
                                       "a confidence always count)"),
    db: Path = DbOption,
) -> None:
    """Write a brief on how A and B get along, every number and event from the store.

    Example: entente brief Serbia Iran --from 2022-01-01 --out serbia-iran.html
    Example: entente brief SRB IRN --out serbia-iran.md
    """
    from ..analysis import why_empty
    from ..brief import resolve_side, write_brief  # pandas: imported when the command runs

    out = out or Path(f"brief-{resolve_side(a)}-{resolve_side(b)}.html")
    with open_store(db, read_only=True) as store, option_names():
        written = write_brief(store, a, b, out, start=start, end=end, freq=freq,
                              min_confidence=min_confidence)
        empty = why_empty(store, a, b, start, end, min_confidence=min_confidence)
    typer.echo(f"wrote {written}")
    for note in empty:  # the brief is written all the same: it says what is missing
        typer.echo(f"note: {note}", err=True)


@app.command(rich_help_panel="Questions")
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="interface to bind (local only by "
                                                         "default)"),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port (1-65535)"),
    db: Path = DbOption,
) -> None:
    """Run the web explorer: pick two countries, read the events, code a pasted article.

    Example: entente serve --port 8000 --db entente.duckdb   (then open http://127.0.0.1:8000)
    """
    from ..web import serve as run

    with open_store(db, read_only=True, create=False) as store:  # refuse a missing store
        db = store.path
    _check_port(host, port)
    if not _loopback(host):
        typer.echo(f"warning: --host {host}: other machines can reach the explorer and its "
                   "article coder; it has no login", err=True)
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"entente explorer on http://{shown}:{port} over {db} (Ctrl+C to stop)")
    run(db=db, host=host, port=port)  # uvicorn returns on Ctrl+C, after a clean shutdown
    typer.echo("stopped")


def _loopback(host: str) -> bool:
    """True for an address only this machine reaches (127.0.0.0/8, ::1, localhost)."""
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _check_port(host: str, port: int) -> None:
    """One clear line when the address is taken (uvicorn would log several and exit 3)."""
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        raise EntenteError(f"--host/--port: cannot listen on {host}:{port} "
                           f"({exc.strerror or exc})") from None
