"""`entente context ...`: fetch and load trade, tariffs, sanctions and UN voting; show a pair."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from ..errors import InputError
from . import app
from .options import AllowPrivateOption, DbOption, open_store

if TYPE_CHECKING:  # entente.context imports pandas: the commands import it when they run
    from ..context import FetchOptions
    from ..sources.report import IngestReport

#: `entente.context.load.KINDS`, spelled out for the help text (importing it loads pandas).
KINDS = ("comtrade", "baci", "wits", "opensanctions", "unga")

context_app = typer.Typer(help="Trade, tariffs, sanctions and UN voting beside the events.\n\n"
                          "Example: entente context show Serbia Iran", no_args_is_help=True)
fetch_app = typer.Typer(help="Download a context layer over http(s) into the cache and store."
                        "\n\nExample: entente context fetch trade Serbia Iran --years 2019-2022",
                        no_args_is_help=True)
context_app.add_typer(fetch_app, name="fetch")
app.add_typer(context_app, name="context", rich_help_panel="Data in")

UrlOption = typer.Option(None, "--url", help="base address instead of the public service")
CacheOption = typer.Option(None, "--cache", help="download cache (default ~/.cache/entente)")
RefreshOption = typer.Option(False, "--refresh", help="download again even when cached")
TimeoutOption = typer.Option(60.0, "--timeout", help="seconds to wait for the server")
MaxMbOption = typer.Option(512, "--max-mb", help="refuse downloads larger than this (MB)")
YearsOption = typer.Option(..., "--years", help="2019-2022 or 2019,2021")


def parse_years(text: str) -> list[int]:
    """'2019-2022' or '2019,2021' -> years; a clear error otherwise."""
    years: list[int] = []
    try:
        for part in text.split(","):
            low, _, high = part.strip().partition("-")
            years += list(range(int(low), int(high or low) + 1))
    except ValueError:
        raise InputError(f"--years: cannot read {text!r} (use 2019-2022 or 2019,2021)"
                         ) from None
    if not years or len(years) > 100:
        raise InputError(f"--years: {text!r} gives {len(years)} years (1 to 100 allowed)")
    return years


def _options(cache: Path | None, refresh: bool, timeout: float, max_mb: int,
             allow_private: bool = False) -> FetchOptions:
    from ..context import FetchOptions

    return FetchOptions(cache_dir=cache, refresh=refresh, timeout=timeout,
                        max_bytes=max_mb * 1024 * 1024, allow_private=allow_private)


def _print(report: IngestReport) -> None:
    for line in report.summary():
        typer.echo(line)


@fetch_app.command("trade")
def fetch_trade_command(
    a: str, b: str, years: str = YearsOption,
    products: str = typer.Option("both", "--products", help="total, chapters or both"),
    key: str = typer.Option(None, "--key", envvar="ENTENTE_COMTRADE_KEY",
                            help="your Comtrade subscription key"),
    url: str = UrlOption, cache: Path = CacheOption, refresh: bool = RefreshOption,
    timeout: float = TimeoutOption, max_mb: int = MaxMbOption,
    allow_private: bool = AllowPrivateOption, db: Path = DbOption,
) -> None:
    """Both reporters' views of A-B trade by year and HS chapter from UN Comtrade.

    Example: entente context fetch trade Serbia Iran --years 2019-2022
    """
    from ..context import fetch_trade

    with open_store(db) as store:
        _print(fetch_trade(store, a, b, parse_years(years), products=products, url=url,
                           key=key, options=_options(cache, refresh, timeout, max_mb,
                                                 allow_private)))


@fetch_app.command("tariffs")
def fetch_tariffs_command(
    a: str, b: str, years: str = YearsOption, url: str = UrlOption,
    cache: Path = CacheOption, refresh: bool = RefreshOption, timeout: float = TimeoutOption,
    max_mb: int = MaxMbOption, db: Path = DbOption,
    allow_private: bool = AllowPrivateOption,
) -> None:
    """Applied and MFN tariff averages each way between A and B from WITS.

    Example: entente context fetch tariffs SRB IRN --years 2018-2021
    """
    from ..context import fetch_tariffs

    with open_store(db) as store:
        _print(fetch_tariffs(store, a, b, parse_years(years), url=url,
                             options=_options(cache, refresh, timeout, max_mb,
                                                 allow_private)))


@fetch_app.command("sanctions")
def fetch_sanctions_command(
    export: str = typer.Option("entities.ftm.json", "--export",
                               help="entities.ftm.json, targets.nested.json or "
                                    "targets.simple.csv"),
    url: str = UrlOption, cache: Path = CacheOption, refresh: bool = RefreshOption,
    timeout: float = TimeoutOption, max_mb: int = typer.Option(2048, "--max-mb"),
    db: Path = DbOption, allow_private: bool = AllowPrivateOption,
) -> None:
    """UN, US (OFAC), EU and UK sanctions from OpenSanctions (CC BY-NC 4.0: non-commercial).

    Example: entente context fetch sanctions --export targets.simple.csv
    """
    from ..context import fetch_sanctions

    with open_store(db) as store:
        _print(fetch_sanctions(store, url=url, export=export,
                               options=_options(cache, refresh, timeout, max_mb,
                                                allow_private)))


@fetch_app.command("unga")
def fetch_unga_command(
    urls: list[str] = typer.Argument(..., help="addresses of votes / ideal points files"),
    cache: Path = CacheOption, refresh: bool = RefreshOption, timeout: float = TimeoutOption,
    max_mb: int = MaxMbOption, db: Path = DbOption,
    allow_private: bool = AllowPrivateOption,
) -> None:
    """UN General Assembly votes and ideal points (Voeten et al.) from the addresses given.

    Example: entente context fetch unga https://example.org/UNVotes.csv
    """
    from ..context import fetch_unga

    with open_store(db) as store:
        _print(fetch_unga(store, urls, options=_options(cache, refresh, timeout, max_mb,
                                                 allow_private)))


@context_app.command("load")
def load_command(
    files: list[Path] = typer.Argument(..., help="context files you already have"),
    kind: str = typer.Option(None, "--kind", help=f"one of {', '.join(KINDS)} (else detected)"),
    codes: Path = typer.Option(None, "--codes", help="BACI country codes file"),
    country: list[str] = typer.Option(None, "--country",
                                      help="BACI: keep flows touching these countries"),
    licence: str = typer.Option(None, "--licence", help="licence text to record instead"),
    db: Path = DbOption,
) -> None:
    """Load Comtrade, BACI (CSV or CEPII's zip), WITS, OpenSanctions or UNGA files.

    One transaction per file (per year file of a BACI zip).

    Example: entente context load UNVotes.csv Idealpointestimates.csv
    """
    from ..context import load_paths
    from ..context._common import require_country

    keep = [require_country(c) for c in country or []] or None
    with open_store(db) as store:
        _print(load_paths(store, list(files), kind, codes=codes, countries=keep,
                          licence=licence))


@context_app.command("show")
def show_command(
    a: str, b: str,
    start: int = typer.Option(None, "--from-year", help="first year"),
    end: int = typer.Option(None, "--to-year", help="last year"),
    fmt: str = typer.Option("table", "--format", help="table, csv or json"),
    db: Path = DbOption,
) -> None:
    """Year-by-year context of a pair: trade, tariffs, sanctions, UN voting, sources.

    Example: entente context show Serbia Iran --from-year 2019 --to-year 2022

    The table shows the columns that hold figures, with their units ("-": no figure that
    year); --format csv or json gives every column under its raw name.
    """
    if fmt not in ("table", "csv", "json"):
        raise InputError(f"--format: unknown format {fmt!r} (use table, csv or json)")
    from ..context import dyad_context

    with open_store(db) as store:
        frame = dyad_context(store, a, b, start, end)
    if fmt == "csv":
        typer.echo(frame.to_csv(index=False), nl=False)
    elif fmt == "json":
        typer.echo(json.dumps({"pair": list(frame.attrs["pair"]),
                               "missing": frame.attrs["missing"],
                               "rows": json.loads(frame.to_json(orient="records"))}, indent=1))
    else:
        from .tables import print_context_rows

        pa, pb = frame.attrs["pair"]
        print_context_rows(frame.to_dict(orient="records"), pa, pb, f"{pa} - {pb} by year")
        for line in sorted({s for cell in frame["sources"] for s in cell.split(" | ") if s}):
            typer.echo(f"source: {line}")
        for line in frame.attrs["missing"]:
            typer.echo(f"missing: {line}")
