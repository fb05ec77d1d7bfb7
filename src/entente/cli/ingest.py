"""`entente ingest ...` and `entente recode`: read sources into the store."""

from __future__ import annotations

from contextlib import nullcontext
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import typer

from ..errors import EntenteError
from ..sources.digest import DEFAULT_MIRROR
from ..sources.report import IngestReport
from . import app
from .options import (
    AllowPrivateOption,
    DbOption,
    DeadlineOption,
    SchedulerOption,
    WorkersOption,
    open_store,
)
from .progress import QuietOption, load_progress, progress_bar

ingest_app = typer.Typer(help="Read articles, feeds and event datasets into the store.\n\n"
                         "Example: entente ingest text my-article.txt --date 2025-06-03",
                         no_args_is_help=True)
app.add_typer(ingest_app, name="ingest", rich_help_panel="Data in")

StrictOption = typer.Option(False, "--strict",
                            help="exit 1 and store nothing from a file with malformed rows")
DateOption = typer.Option(None, "--date", help="publication date (YYYY-MM-DD) of documents "
                          "that carry none")
DelayOption = typer.Option(1.0, "--delay", min=0.0,
                           help="seconds between two requests to the same host")


def _finish(report: IngestReport, strict: bool = False) -> None:
    """Print the report; a failed input (or, with --strict, a skipped row) exits 1.

    The failure itself is the one `error:` line on stderr (the CLI contract); the
    per-input lines, skipped rows and the total stay on stdout.
    """
    errors = [f"error: {e}" for e in report.errors]
    for line in report.summary():
        if line not in errors:
            typer.echo(line, err=line.startswith("warning:"))
    if report.failed(strict):
        raise EntenteError("; ".join(report.errors) or
                           f"--strict: {len(report.problems)} malformed rows")


def _cluster_coder(workers: int | None, scheduler: str | None) -> Any:
    """A context giving a cluster coder, or None (the default coder) without a cluster:
    Dask is imported only when --workers or --scheduler asks for it."""
    if workers is None and scheduler is None:
        return nullcontext(None)
    from ..scale import wiring

    return wiring.cluster_coder(workers, scheduler)


def _date(value: str | None) -> date | None:
    from ..timeutil import parse_date

    return parse_date(value, "--date") if value else None


def _articles(inputs: list[str], input_format: str, kind: str, db: Path | None,
              when: str | None, delay: float = 1.0, workers: int | None = None,
              scheduler: str | None = None, allow_private: bool = False,
              deadline: float = 60.0, quiet: bool = False) -> None:
    from ..sources.fetch import Fetcher
    from ..sources.ingest import ingest_inputs

    with open_store(db, keep_empty=False) as store, \
            Fetcher(min_interval=delay, allow_private=allow_private,
                    deadline=deadline) as fetcher, \
            _cluster_coder(workers, scheduler) as coder, \
            progress_bar(f"ingesting {kind}", "inputs", quiet=quiet) as advance:
        report = ingest_inputs(store, inputs, input_format, coder, date=_date(when),
                               fetcher=fetcher, kind=kind, progress=advance)
    _finish(report)


@ingest_app.command("text")
def ingest_text(paths: list[str] = typer.Argument(..., help="text files, or - for stdin"),
                when: str = DateOption, db: Path = DbOption,
                workers: int = WorkersOption,
                scheduler: str = SchedulerOption, quiet: bool = QuietOption) -> None:
    """Code plain-text articles and store them with their events.

    Example: entente ingest text article.txt --date 2025-06-03
    """
    _articles(paths, "text", "text", db, when, workers=workers, scheduler=scheduler, quiet=quiet)


@ingest_app.command("html")
def ingest_html(paths: list[str] = typer.Argument(..., help="HTML files, or - for stdin"),
                when: str = DateOption, db: Path = DbOption,
                workers: int = WorkersOption,
                scheduler: str = SchedulerOption, quiet: bool = QuietOption) -> None:
    """Extract the main text of saved web pages, code it and store it.

    Example: entente ingest html saved_page.html
    """
    _articles(paths, "html", "html", db, when, workers=workers, scheduler=scheduler, quiet=quiet)


@ingest_app.command("jsonl")
def ingest_jsonl(paths: list[str] = typer.Argument(..., help='JSONL files of {"id", "text", '
                                                   '"date"?, "url"?}, or - for stdin'),
                 when: str = DateOption, db: Path = DbOption,
                 workers: int = WorkersOption,
                 scheduler: str = SchedulerOption, quiet: bool = QuietOption) -> None:
    """Code a batch of documents, one JSON object per line; "id" becomes the doc_id.

    Example: entente ingest jsonl articles.jsonl
    """
    _articles(paths, "jsonl", "jsonl", db, when, workers=workers, scheduler=scheduler, quiet=quiet)


@ingest_app.command("url")
def ingest_url(urls: list[str] = typer.Argument(..., help="http(s) URLs of articles"),
               when: str = DateOption, delay: float = DelayOption,
               db: Path = DbOption,
               workers: int = WorkersOption,
               scheduler: str = SchedulerOption,
               allow_private: bool = AllowPrivateOption,
               deadline: float = DeadlineOption, quiet: bool = QuietOption) -> None:
    """Fetch articles (http/https only, with time and size limits), code and store them.

    Example: entente ingest url https://example.org/news/serbia-iran-deal
    """
    _articles(urls, "auto", "url", db, when, delay, workers, scheduler, allow_private,
              deadline, quiet)


@ingest_app.command("feed")
def ingest_feed(feeds: list[str] = typer.Argument(..., help="RSS or Atom feed URLs or files"),
                delay: float = DelayOption, db: Path = DbOption,
                workers: int = WorkersOption,
                scheduler: str = SchedulerOption,
                allow_private: bool = AllowPrivateOption,
                deadline: float = DeadlineOption) -> None:
    """Fetch every article a feed links to, code and store each.

    Example: entente ingest feed https://example.org/world/rss.xml
    """
    from ..sources.feed import ingest_feeds
    from ..sources.fetch import Fetcher

    with open_store(db, keep_empty=False) as store, \
            Fetcher(min_interval=delay, allow_private=allow_private,
                    deadline=deadline) as fetcher, \
            _cluster_coder(workers, scheduler) as coder:
        report = ingest_feeds(store, feeds, coder, fetcher=fetcher)
    _finish(report)


def _stamp(value: str, end: bool) -> datetime:
    """A --from/--to value: a date (the whole day) or a date and time, UTC."""
    text = value.strip()
    try:
        if len(text) == 14 and text.isdigit():
            return datetime.strptime(text, "%Y%m%d%H%M%S")
        if len(text) == 10:
            day = date.fromisoformat(text)
            return datetime.combine(day, time.max if end else time.min)
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        raise EntenteError(f"not a date or time: {value!r} (use YYYY-MM-DD or "
                           "YYYY-MM-DDTHH:MM)") from None


@ingest_app.command("gdelt")
def ingest_gdelt(
    files: list[Path] = typer.Argument(None, help="GDELT 1.0 / 2.0 export files (.zip or "
                                       "plain); or use --from/--to to download"),
    start: str = typer.Option(None, "--from", help="first 15-minute file (UTC date or time)"),
    end: str = typer.Option(None, "--to", help="last 15-minute file (UTC date or time)"),
    mirror: str = typer.Option(DEFAULT_MIRROR, "--mirror", help="GDELT 2.0 base URL"),
    cache: Path = typer.Option(None, "--cache", help="download cache (default "
                               "$ENTENTE_CACHE/gdelt or ~/.cache/entente/gdelt)"),
    translation: bool = typer.Option(False, "--translation",
                                     help="also download the translated-source files"),
    parallel: int = typer.Option(4, "--parallel", min=1, max=16,
                                 help="files downloaded at once"),
    country: list[str] = typer.Option(None, "--country", help="keep events with this country "
                                      "on either side (repeatable; ISO3, CAMEO or name)"),
    root: list[str] = typer.Option(None, "--root", help="keep this CAMEO root code "
                                   "(repeatable, e.g. 14)"),
    root_events: bool = typer.Option(False, "--root-events-only",
                                     help="keep only rows with IsRootEvent = 1"),
    extras: bool = typer.Option(True, "--extras/--no-extras",
                                help="also keep mentions, sources, tone and geo blocks in "
                                "table gdelt_extras (--no-extras: faster, smaller store)"),
    strict: bool = StrictOption,
    db: Path = DbOption,
    workers: int = WorkersOption,
    scheduler: str = SchedulerOption,
    allow_private: bool = AllowPrivateOption,
    quiet: bool = QuietOption,
) -> None:
    """Load GDELT event exports: local files, or a UTC time range downloaded from a mirror.

    With FILEs, --from/--to select among them by the UTC time in their names
    (20250601001500.export.CSV.zip); without, they choose the files to download.

    Example: entente ingest gdelt --from 2025-06-01 --to 2025-06-30 --country SRB --root 14
    Example: entente ingest gdelt downloads/*.export.CSV.zip --from 2025-06-01T06:00
    """
    from ..sources import ingest_gdelt as ingest_gdelt_api
    from ..sources.gdelt import GdeltFilters

    filters = GdeltFilters(countries=tuple(country or ()), roots=tuple(root or ()),
                           root_events_only=root_events, extras=extras)
    filters.options(strict)  # checks country names and root codes before any work
    if not files and not (start and end):
        raise EntenteError("give GDELT files, or --from and --to to download a range")
    with open_store(db, keep_empty=False) as store, \
            load_progress("GDELT files", quiet) as progress:
        report = ingest_gdelt_api(
            store, files or (), start=_stamp(start, False) if start else None,
            end=_stamp(end, True) if end else None, filters=filters, strict=strict,
            progress=progress, workers=workers, scheduler=scheduler, mirror=mirror,
            cache_dir=cache, translation=translation, parallel=parallel,
            allow_private=allow_private)
    _finish(report, strict)


@ingest_app.command("icews")
def ingest_icews_cmd(files: list[Path] = typer.Argument(..., help="ICEWS .tab files"),
                     strict: bool = StrictOption, db: Path = DbOption) -> None:
    """Load ICEWS event files (Dataverse .tab, 20 columns with a header).

    Example: entente ingest icews events.2018.20200427084805.tab
    """
    from ..sources.eventtables import ingest_icews

    with open_store(db, keep_empty=False) as store:
        report = ingest_icews(store, files, strict=strict)
    _finish(report, strict)


@ingest_app.command("polecat")
def ingest_polecat_cmd(files: list[Path] = typer.Argument(..., help="POLECAT event files"),
                       strict: bool = StrictOption, db: Path = DbOption) -> None:
    """Load POLECAT event files (40 PLOVER columns with a header; no CAMEO, no Goldstein).

    Example: entente ingest polecat ngecEvents.20230103111842.Release603.DV.txt
    """
    from ..sources.eventtables import ingest_polecat

    with open_store(db, keep_empty=False) as store:
        report = ingest_polecat(store, files, strict=strict)
    _finish(report, strict)


@app.command(rich_help_panel="Data in")
def recode(db: Path = DbOption, quiet: bool = QuietOption) -> None:
    """Re-run the current coder over every stored document, replacing its events.

    Example: entente recode --db entente.duckdb
    """
    from ..sources.ingest import recode as recode_api

    with open_store(db, create=False) as store, \
            progress_bar("recoding", "documents", quiet=quiet) as advance:
        report = recode_api(store, progress=advance)
    for line in report.summary():
        typer.echo(line)
