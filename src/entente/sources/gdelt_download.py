"""GDELT into the store: `ingest_gdelt`, the one entry point for local export files and for
a time range of GDELT 2.0 15-minute files downloaded from `masterfilelist.txt`.

Files are fetched in parallel into a local cache, each verified against the size and MD5
the master list gives; a file already in the cache with the right size and MD5 is not
fetched again, so an interrupted download resumes where it stopped. Files missing upstream
or arriving with a wrong checksum are skipped and reported. A range is loaded while it
downloads, in order, committed in batches of files (`tabular.BATCH_ROWS`): a killed run
resumes after the last committed batch, and a progress callback sees the rate and the time
left after each batch.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import EntenteError, FetchError, InputError
from ..store import Store
from .digest import DEFAULT_MIRROR, download_cache_dir, file_digest
from .gdelt import GdeltFilters, ingest_gdelt_files, select_files
from .report import IngestReport, LoadProgress

if TYPE_CHECKING:  # the HTTP stack is imported only when a range is downloaded
    from .fetch import Fetcher

__all__ = ["DEFAULT_MIRROR", "MasterEntry", "DownloadResult", "parse_master_list",
           "download_range", "ingest_gdelt_range", "ingest_gdelt", "default_cache_dir"]

#: What a progress callback gets after each batch of files.
Progress = Callable[[LoadProgress], None]

_LINE = re.compile(r"^\s*(\d+)\s+([0-9a-fA-F]{32})\s+(\S+)\s*$")
_STAMP = re.compile(r"(\d{14})\.(translation\.)?export\.CSV\.zip$", re.IGNORECASE)
MAX_FILE_BYTES = 1 << 30


@dataclass(frozen=True, slots=True)
class MasterEntry:
    size: int
    md5: str
    name: str
    stamp: datetime


@dataclass(slots=True)
class DownloadResult:
    files: list[Path] = field(default_factory=list)
    fetched: int = 0
    cached: int = 0
    problems: list[str] = field(default_factory=list)

    def add_to(self, report: IngestReport) -> IngestReport:
        """The ingest report of the files, with the skipped ones and the counts added."""
        report.warnings.extend(f"skipped {problem}" for problem in self.problems)
        report.notes.append(f"{self.fetched} files fetched, {self.cached} found in the "
                            f"cache, {len(self.problems)} skipped")
        return report


def default_cache_dir() -> Path:
    """`ENTENTE_CACHE`/gdelt if set, else ~/.cache/entente/gdelt."""
    return download_cache_dir("gdelt")


def parse_master_list(text: str) -> list[MasterEntry]:
    """Export-file entries of a master file list (`<bytes> <md5> <url>` per line)."""
    entries = []
    for line in text.splitlines():
        match = _LINE.match(line)
        if not match:
            continue
        name = match.group(3).rsplit("/", 1)[-1]
        stamp = _STAMP.search(name)
        if stamp is None:
            continue
        entries.append(MasterEntry(int(match.group(1)), match.group(2).lower(), name,
                                   datetime.strptime(stamp.group(1), "%Y%m%d%H%M%S")))
    return entries


def _mismatch(path: Path, entry: MasterEntry) -> str | None:
    """How a file differs from its master-list entry (size first, then MD5), or None."""
    size = path.stat().st_size
    if size != entry.size:
        return f"{size} bytes, the master list says {entry.size}"
    if file_digest(path, "md5") != entry.md5:
        return "MD5 does not match the master list"
    return None


def _fetch_entry(fetcher: Fetcher, base: str, entry: MasterEntry, cache: Path) -> str:
    """Fetch one file into the cache; returns "cached" or "fetched", raises FetchError."""
    target = cache / entry.name
    if target.is_file() and _mismatch(target, entry) is None:
        return "cached"
    url = base + entry.name

    def verify(partial: Path) -> None:
        problem = _mismatch(partial, entry)
        if problem:
            raise FetchError(f"{url}: {problem}")

    fetcher.download(url, target, verify)
    return "fetched"


def download_range(start: datetime, end: datetime, *, mirror: str = DEFAULT_MIRROR,
                   cache_dir: Path | None = None, translation: bool = False,
                   parallel: int = 4, show_progress: bool = True,
                   fetcher: Fetcher | None = None, allow_private: bool = False
                   ) -> DownloadResult:
    """Fetch (or find in the cache) every export file stamped within [start, end]; a
    mirror on a private address needs `allow_private`."""
    from .fetch import open_fetcher

    base = mirror if mirror.endswith("/") else mirror + "/"
    cache = cache_dir or default_cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    with open_fetcher(fetcher, max_bytes=MAX_FILE_BYTES, min_interval=0.0,
                      timeout=60.0, deadline=1800.0, allow_private=allow_private) as fetcher:
        entries = _entries(fetcher, base, translation, start, end)
        result = DownloadResult()
        with _progress(show_progress, len(entries)) as advance:
            with ThreadPoolExecutor(max_workers=max(1, parallel)) as pool:
                futures = {pool.submit(_fetch_entry, fetcher, base, e, cache): e
                           for e in entries}
                for future in as_completed(futures):
                    entry = futures[future]
                    try:
                        outcome = future.result()
                    except EntenteError as exc:
                        result.problems.append(str(exc))
                    else:
                        result.files.append(cache / entry.name)
                        result.fetched += outcome == "fetched"
                        result.cached += outcome == "cached"
                    advance()
    result.files.sort(key=lambda p: p.name)
    result.problems.sort()
    return result


def _entries(fetcher: Fetcher, base: str, translation: bool, start: datetime, end: datetime
             ) -> list[MasterEntry]:
    lists = ["masterfilelist.txt"] + (["masterfilelist-translation.txt"] if translation else [])
    entries: dict[str, MasterEntry] = {}
    for list_name in lists:
        page = fetcher.fetch(base + list_name)
        for entry in parse_master_list(page.text()):
            if start <= entry.stamp <= end:
                entries[entry.name] = entry
    if not entries:
        raise InputError(f"{base}masterfilelist.txt: no export files between "
                         f"{start:%Y-%m-%d %H:%M} and {end:%Y-%m-%d %H:%M}")
    return sorted(entries.values(), key=lambda e: e.name)


class _progress:
    """A rich progress bar over files (silent when disabled)."""

    def __init__(self, enabled: bool, total: int) -> None:
        self.enabled, self.total = enabled, total

    def __enter__(self) -> Callable[[], None]:
        if not self.enabled:
            return lambda: None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self._bar = Progress("[progress.description]{task.description}", BarColumn(),
                             MofNCompleteColumn(), TimeRemainingColumn(), transient=False)
        self._bar.__enter__()
        task = self._bar.add_task("GDELT files", total=self.total)
        return lambda: self._bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self._bar.__exit__(*exc)


def ingest_gdelt_range(store: Store, start: datetime, end: datetime, *,
                       mirror: str = DEFAULT_MIRROR, cache_dir: Path | None = None,
                       translation: bool = False, parallel: int = 4,
                       filters: GdeltFilters | None = None, strict: bool = False,
                       progress: Progress | None = None, workers: int | None = None,
                       scheduler: str | None = None, allow_private: bool = False
                       ) -> IngestReport:
    """Download the export files of a time range and load each (skipping files stored
    before). Files missing upstream or with a wrong size or MD5 are skipped with a warning
    (GDELT has gaps); the rest go on. In one process the files are loaded as they arrive;
    with `workers` or `scheduler`, downloaded first, then loaded on a Dask cluster. A
    mirror on a private address needs `allow_private`."""
    if workers is not None or scheduler is not None:
        from ..scale.files import ingest_files_distributed

        downloaded = download_range(start, end, mirror=mirror, cache_dir=cache_dir,
                                    translation=translation, parallel=parallel,
                                    show_progress=False, allow_private=allow_private)
        return downloaded.add_to(ingest_files_distributed(
            store, downloaded.files, ingest_gdelt_files, kind="gdelt", workers=workers,
            scheduler=scheduler, strict=strict, filters=filters))
    from .fetch import open_fetcher

    base = mirror if mirror.endswith("/") else mirror + "/"
    cache = cache_dir or default_cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    result = DownloadResult()
    with open_fetcher(None, max_bytes=MAX_FILE_BYTES, min_interval=0.0, timeout=60.0,
                      deadline=1800.0, allow_private=allow_private) as fetcher:
        entries = _entries(fetcher, base, translation, start, end)
        with ThreadPoolExecutor(max_workers=max(1, parallel)) as pool:
            arriving = _arriving(pool, fetcher, base, entries, cache, result)
            report = ingest_gdelt_files(store, arriving, strict=strict, filters=filters,
                                        progress=progress, total=len(entries))
    result.problems.sort()
    return result.add_to(report)


def _arriving(pool: ThreadPoolExecutor, fetcher: Fetcher, base: str,
              entries: list[MasterEntry], cache: Path, result: DownloadResult
              ) -> Iterator[Path]:
    """The cached files of `entries`, in order, as their downloads finish."""
    futures = [pool.submit(_fetch_entry, fetcher, base, entry, cache) for entry in entries]
    try:
        for entry, future in zip(entries, futures, strict=True):
            try:
                outcome = future.result()
            except EntenteError as exc:
                result.problems.append(str(exc))
                continue
            result.files.append(cache / entry.name)
            result.fetched += outcome == "fetched"
            result.cached += outcome == "cached"
            yield cache / entry.name
    finally:
        for future in futures:
            future.cancel()


def ingest_gdelt(store: Store, files: Iterable[str | Path] = (), *,
                 start: datetime | None = None, end: datetime | None = None,
                 filters: GdeltFilters | None = None, strict: bool = False,
                 progress: Progress | None = None, workers: int | None = None,
                 scheduler: str | None = None, **download: Any) -> IngestReport:
    """GDELT into the store: local export `files`, or without files the UTC range
    [`start`, `end`] downloaded from a mirror (`download`: mirror, cache_dir, translation,
    parallel, allow_private; see `ingest_gdelt_range`). With files, `start`/`end` choose
    among them by the time in their names (20250601001500.export.CSV.zip); a file named
    otherwise is read.
    `filters` and `strict` apply to both; `workers` / `scheduler` load on a Dask cluster;
    `progress` is called after each batch of files with a `LoadProgress` (rate, time left).

    >>> ingest_gdelt(store, start=datetime(2025, 6, 1), end=datetime(2025, 6, 1, 23, 59))
    ... # doctest: +SKIP
    """
    paths = [Path(f) for f in files]
    if not paths:
        if start is None or end is None:
            raise EntenteError("give GDELT files, or a start and an end to download a range")
        return ingest_gdelt_range(store, start, end, filters=filters, strict=strict,
                                  progress=progress, workers=workers, scheduler=scheduler,
                                  **download)
    chosen = select_files(paths, start, end)
    if workers is not None or scheduler is not None:
        from ..scale.files import ingest_files_distributed

        report = ingest_files_distributed(store, chosen, ingest_gdelt_files, kind="gdelt",
                                          workers=workers, scheduler=scheduler,
                                          strict=strict, filters=filters)
    else:
        report = ingest_gdelt_files(store, chosen, strict=strict, filters=filters,
                                    progress=progress)
    if len(chosen) < len(paths):
        # the CLI's words: start and end are its --from and --to
        report.notes.insert(0, f"{len(paths) - len(chosen)} of {len(paths)} files are "
                               "outside --from/--to: not read")
    return report
