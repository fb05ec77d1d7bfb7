"""Download GDELT 2.0 15-minute export files for a time range, from `masterfilelist.txt`.

Files are fetched in parallel into a local cache, each verified against the size and MD5
the master list gives; a file already in the cache with the right size and MD5 is not
fetched again, so an interrupted download resumes where it stopped. Files missing upstream
or arriving with a wrong checksum are skipped and reported.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..errors import EntenteError, FetchError, InputError
from ..store import Store
from .fetch import Fetcher
from .gdelt import GdeltFilters, ingest_gdelt_files
from .report import IngestReport

__all__ = ["DEFAULT_MIRROR", "MasterEntry", "DownloadResult", "parse_master_list",
           "download_range", "ingest_gdelt_range", "default_cache_dir"]

DEFAULT_MIRROR = "http://data.gdeltproject.org/gdeltv2/"
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


def default_cache_dir() -> Path:
    root = os.environ.get("ENTENTE_CACHE") or Path.home() / ".cache" / "entente"
    return Path(root) / "gdelt"


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


def _md5(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _is_cached(path: Path, entry: MasterEntry) -> bool:
    return path.is_file() and path.stat().st_size == entry.size and _md5(path) == entry.md5


def _fetch_entry(fetcher: Fetcher, base: str, entry: MasterEntry, cache: Path) -> str:
    """Fetch one file into the cache; returns "cached" or "fetched", raises FetchError."""
    target = cache / entry.name
    if _is_cached(target, entry):
        return "cached"
    url = base + entry.name
    page = fetcher.fetch(url)
    body = page.body
    if len(body) != entry.size:
        raise FetchError(f"{url}: {len(body)} bytes, the master list says {entry.size}")
    if hashlib.md5(body, usedforsecurity=False).hexdigest() != entry.md5:
        raise FetchError(f"{url}: MD5 does not match the master list")
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(body)
    partial.replace(target)
    return "fetched"


def download_range(start: datetime, end: datetime, *, mirror: str = DEFAULT_MIRROR,
                   cache_dir: Path | None = None, translation: bool = False,
                   parallel: int = 4, show_progress: bool = True,
                   fetcher: Fetcher | None = None) -> DownloadResult:
    """Fetch (or find in the cache) every export file stamped within [start, end]."""
    base = mirror if mirror.endswith("/") else mirror + "/"
    cache = cache_dir or default_cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    own = fetcher is None
    fetcher = fetcher or Fetcher(max_bytes=MAX_FILE_BYTES, min_interval=0.0, timeout=60.0)
    try:
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
    finally:
        if own:
            fetcher.close()
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
                       show_progress: bool = True) -> IngestReport:
    """Download the export files of a time range, then load each (skipping files stored
    before). Files missing upstream or with a wrong size or MD5 are skipped with a warning
    (GDELT has gaps); the rest go on."""
    downloaded = download_range(start, end, mirror=mirror, cache_dir=cache_dir,
                                translation=translation, parallel=parallel,
                                show_progress=show_progress)
    report = ingest_gdelt_files(store, downloaded.files, strict=strict, filters=filters)
    report.warnings.extend(f"skipped {problem}" for problem in downloaded.problems)
    report.notes.append(f"{downloaded.fetched} files fetched, {downloaded.cached} found in "
                           f"the cache, {len(downloaded.problems)} skipped")
    return report
