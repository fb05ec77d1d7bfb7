"""What every context layer shares: source registry, country codes, reports and the write step.

Every load ends in `write_layer`: one transaction that replaces rows by their natural key
and records the load (source, origin, retrieval time, licence, counts) in the store's
`ingests` log, the one event files use too; it answers with the same `IngestReport`.
A failure anywhere leaves every table as it was.
"""

from __future__ import annotations

import csv
import gzip
import io
import math
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import IO

import duckdb
import pandas as pd

from .. import ontology
from ..errors import InputError
from ..sources.report import IngestReport, InputResult, RowProblem
from ..store import Store
from ..timeutil import parse_date, utc_now

#: Natural key of each context table: a new load replaces rows with the same key.
TABLE_KEYS: dict[str, tuple[str, ...]] = {
    "trade_flows": ("source", "reporter", "exporter", "importer", "year", "product"),
    "tariffs": ("source", "reporter", "partner", "year", "product", "indicator"),
    "sanctions": ("source", "entity_id", "country", "authority", "programme"),
    "unga_votes": ("source", "rcid", "country"),
    "unga_ideal_points": ("source", "country", "session"),
}

MAX_PROBLEMS = 5


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """One context source: its key, layer, display name, licence and default address."""

    source: str
    layer: str
    name: str
    licence: str
    url: str


@lru_cache(maxsize=1)
def sources() -> dict[str, SourceInfo]:
    """The source registry (data/context/sources.tsv), keyed by source key."""
    return {r["source"]: SourceInfo(**r) for r in data_rows("sources.tsv")}


def source_info(key: str) -> SourceInfo:
    try:
        return sources()[key]
    except KeyError:
        raise InputError(f"unknown context source: {key!r} "
                         f"(known: {', '.join(sorted(sources()))})") from None


def data_rows(name: str) -> list[dict[str, str]]:
    """Rows of a TSV under data/context/, comment lines (#) skipped."""
    path = ontology.data_path(f"context/{name}")
    with path.open(encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


class Problems:
    """Counts skipped rows by reason and keeps the first few with their line numbers."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.reasons: Counter[str] = Counter()
        self.examples: list[RowProblem] = []

    def skip(self, line: int | str | None, reason: str, count: int = 1) -> None:
        """Count `count` rows skipped for `reason`; `line`: where (None for many rows)."""
        self.reasons[reason] += count
        if len(self.examples) < MAX_PROBLEMS:
            shown = reason if count == 1 else f"{count} rows: {reason}"
            self.examples.append(RowProblem(self.origin, line, shown))

    @property
    def count(self) -> int:
        return sum(self.reasons.values())


# -- country codes ---------------------------------------------------------------------

def state_iso3(value: object) -> str | None:
    """ISO3 (or entente's historic code) for a state given as ISO3, ISO2 or name; else None."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    key = ontology.to_iso3(text)
    if key in ontology.countries() or key in ontology.historic_states():
        return key
    return None


# Comtrade's own numbers where they differ from ISO 3166 numeric codes.
_COMTRADE_NUMERIC = {842: "USA", 251: "FRA", 699: "IND", 757: "CHE", 579: "NOR", 490: "TWN"}


@lru_cache(maxsize=1)
def _numeric_index() -> dict[int, str]:
    import pycountry

    index = {int(c.numeric): c.alpha_3 for c in pycountry.countries}
    index.update(_COMTRADE_NUMERIC)
    return index


def iso3_from_m49(value: object) -> str | None:
    """ISO3 for a UN M49 / ISO numeric code as Comtrade and BACI use them."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return _numeric_index().get(number)


def m49_of(iso3: str) -> int:
    """The numeric code Comtrade expects for an ISO3 country."""
    for number, key in sorted(_COMTRADE_NUMERIC.items()):
        if key == iso3:
            return number
    for number, key in _numeric_index().items():
        if key == iso3:
            return number
    raise InputError(f"no UN M49 code known for {iso3!r}")


@lru_cache(maxsize=1)
def _cow_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for row in data_rows("cow_states.tsv"):
        index[row["ccode"]] = row["iso3"]
        index[row["cow"]] = row["iso3"]
    return index


def iso3_from_cow(value: object) -> str | None:
    """ISO3 for a Correlates of War code, numeric ("710") or letters ("CHN", "UKG")."""
    text = str(value or "").strip().upper()
    if text.endswith(".0"):
        text = text[:-2]
    return _cow_index().get(text)


def require_country(value: str) -> str:
    """A user-given country (ISO3, ISO2, CAMEO code or name) as ISO3, or a clear error."""
    key = ontology.country(value)
    if key not in ontology.countries() and key not in ontology.historic_states():
        raise InputError(f"{value!r} is an organisation, not a country")
    return key


# -- HS products -----------------------------------------------------------------------

@lru_cache(maxsize=1)
def _sections() -> list[tuple[str, int, int, str]]:
    return [(r["section"], int(r["first_chapter"]), int(r["last_chapter"]), r["name"])
            for r in data_rows("hs_sections.tsv")]


def hs_section(chapter: str) -> tuple[str, str] | None:
    """(section numeral, section name) of a 2-digit HS chapter, or None."""
    if not chapter.isdigit():
        return None
    number = int(chapter[:2])
    for section, first, last, name in _sections():
        if first <= number <= last:
            return section, name
    return None


def product_label(product: str) -> str:
    """'HS 27 (V Mineral products)' for a chapter, 'all products' for TOTAL."""
    if product == "TOTAL":
        return "all products"
    section = hs_section(product)
    return f"HS {product} ({section[0]} {section[1]})" if section else f"HS {product}"


# -- files -----------------------------------------------------------------------------

def open_text(path: Path) -> IO[str]:
    """Open a text file, transparently reading .gz and single-member .zip files."""
    try:
        if path.suffix == ".gz":
            return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8-sig", newline="")
        if path.suffix == ".zip":
            archive = zipfile.ZipFile(path)
            members = [n for n in archive.namelist() if not n.endswith("/")]
            if len(members) != 1:
                raise InputError(f"{path}: zip holds {len(members)} files; extract the one "
                                 "to load")
            return io.TextIOWrapper(archive.open(members[0]), encoding="utf-8-sig",
                                    newline="")
        return path.open(encoding="utf-8-sig", newline="")
    except (OSError, zipfile.BadZipFile, gzip.BadGzipFile) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from None


def head(path: Path, size: int = 4096) -> str:
    """The first characters of a file, for format detection."""
    with open_text(path) as fh:
        try:
            return fh.read(size)
        except (OSError, UnicodeDecodeError, EOFError) as exc:
            raise InputError(f"{path}: cannot read: {exc}") from None


def csv_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for a comma- or tab-separated file with a header."""
    sample = head(path)
    delimiter = "\t" if sample.split("\n", 1)[0].count("\t") > sample.split("\n", 1)[0].count(
        ",") else ","
    with open_text(path) as fh:
        reader = csv.DictReader(fh, delimiter=delimiter)
        if not reader.fieldnames:
            raise InputError(f"{path}: empty file (no header)")
        try:
            for row in reader:
                yield reader.line_num, {(k or "").strip(): (v or "").strip()
                                        for k, v in row.items() if isinstance(v, str)}
        except (csv.Error, UnicodeDecodeError) as exc:
            raise InputError(f"{path}:{reader.line_num}: unreadable CSV: {exc}") from None


def finite_number(text: str) -> float | None:
    """The number a field holds, or None when it is not one (or NaN, infinite)."""
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def clean_text(value: object, limit: int = 300) -> str:
    """Text from a file with control characters (terminal escapes, NULs) removed, capped."""
    text = "".join(ch if ch.isprintable() else " " for ch in str(value or ""))
    return " ".join(text.split())[:limit]


def optional_date(value: object) -> date | None:
    """A field's date (YYYY, YYYY-MM, YYYY-MM-DD or an ISO datetime; periods start on their
    first day), or None when absent, unreadable or outside 1800-2200 (a typo, not a date):
    a bad date empties the field, it does not cost the row."""
    try:
        found = parse_date(value, "", partial="start")
    except InputError:
        return None
    return found if found is not None and 1800 <= found.year <= 2200 else None


def file_time(path: Path) -> datetime:
    """When a file was written (downloaded), in UTC: the retrieval date of a local file."""
    return datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(tzinfo=None)


# -- the one write step ------------------------------------------------------------------

def write_layer(store: Store, frames: dict[str, pd.DataFrame], result: InputResult,
                problems: Problems, checksum: str | None = None, *,
                allow_empty: bool = False) -> IngestReport:
    """Store the frames (table -> rows) and the ingest record in ONE transaction.

    Rows replace stored rows with the same natural key, so loading a file twice changes
    nothing. Raises InputError, leaving the store untouched, when every row was broken, or
    when the input held no rows at all (unless `allow_empty`: an API answering "no data"
    for a query is recorded as an empty load).
    """
    result.rows_skipped = problems.count
    kept = sum(len(f) for f in frames.values())
    if kept == 0 and (problems.count or (result.rows_read == 0 and not allow_empty)):
        first = f" (first problem: {problems.examples[0]})" if problems.examples else ""
        raise InputError(f"{result.name}: no usable {result.kind} rows "
                         f"({result.rows_skipped} skipped){first}")
    frames = {table: frame.drop_duplicates(list(TABLE_KEYS[table]), keep="last")
              for table, frame in frames.items() if not frame.empty}
    result.tables = {table: len(frame) for table, frame in frames.items()}
    try:
        _insert(store, frames, result, checksum)
    except duckdb.Error as exc:  # rolled back by the transaction: nothing was written
        raise InputError(f"{result.name}: rows could not be stored: {exc}") from None
    return IngestReport(inputs=[result], problems=list(problems.examples))


def _insert(store: Store, frames: dict[str, pd.DataFrame], result: InputResult,
            checksum: str | None) -> None:
    with store.transaction() as con:
        result.ingest_id = store.log_ingest(
            kind=result.kind, path=result.name, checksum=checksum, started_at=utc_now(),
            rows_read=result.rows_read, rows_kept=result.rows_kept,
            rows_skipped=result.rows_skipped, status="ok", source=result.source,
            licence=result.licence, retrieved_at=result.retrieved_at, con=con)
        for table, frame in frames.items():
            frame = frame.assign(load_id=result.ingest_id, retrieved_at=result.retrieved_at,
                                 licence=result.licence)
            columns = ", ".join(frame.columns)
            con.register("_context_rows", frame)
            try:
                con.execute(f"INSERT OR REPLACE INTO {table} ({columns}) "
                            f"SELECT {columns} FROM _context_rows")
            finally:
                con.unregister("_context_rows")


def new_result(layer: str, source: str, origin: str, retrieved_at: datetime | None = None,
               licence: str | None = None) -> InputResult:
    """The record of one load of `layer` from `source` (read from `origin`), under the
    registry's licence unless the caller gives another."""
    info = source_info(source)
    return InputResult(name=origin, kind=layer, source=source, source_name=info.name,
                       licence=licence or info.licence, retrieved_at=retrieved_at or utc_now())


def merged(reports: Iterable[IngestReport]) -> IngestReport:
    """One report of several loads, in order."""
    total = IngestReport()
    for report in reports:
        total.merge(report)
    return total
