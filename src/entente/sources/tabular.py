"""Load a tab-separated event file into the events table through DuckDB's CSV reader.

The shared machinery behind the GDELT, ICEWS and POLECAT readers. A file is checked
first (not empty, UTF-8, the right number of columns, the expected header), then read
once to find malformed rows (DuckDB's reject table gives line and reason; the dataset's
own checks give the rest), then read again straight into `events` inside one transaction:
no Python loop touches the rows, and the store never holds half a file.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import tempfile
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from ..errors import EntenteError, InputError
from ..record import column_names
from ..store import Store, sql_literal
from .report import IngestReport, InputResult, RowProblem

__all__ = ["TableSpec", "LoadOptions", "load_table_file", "ingest_files", "file_checksum",
           "opened_text_file", "first_line"]

#: Most malformed rows listed per file (all are counted).
MAX_LISTED_PROBLEMS = 200

#: DuckDB memory while loading files: beyond it DuckDB spills to its temporary directory,
#: so a load's memory stays flat however large the file (measured in bench/bench_gdelt.py).
LOAD_MEMORY_LIMIT = "512MB"

#: DuckDB threads while loading files. One: a load is a single CSV scan feeding one
#: insert, and extra threads mostly add coordination (measured on a 2-core machine: about
#: half the CPU time and a shorter wall time than the default; bench/bench_gdelt.py).
LOAD_THREADS = 1


@dataclass(frozen=True, slots=True)
class TableSpec:
    """How one file format maps onto the events table.

    `select` maps the columns of relation `src` to every event column (by name); its
    `event_id` must be computed from its `doc_id` (distinct doc_ids in a file then mean
    distinct event_ids, which spares the insert a de-duplication); `reason` is a SQL
    expression that is NULL for a good row and says what is wrong
    otherwise; `key` names the row for error messages (its first field).
    """

    dataset: str
    columns: tuple[tuple[str, str], ...]
    header: bool
    select: dict[str, str]
    reason: str
    key: str
    kind: str
    joins: str = ""
    dateformat: str = "%Y%m%d"
    quote: str = ""
    label: str = ""

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.columns]


@dataclass(slots=True)
class LoadOptions:
    """Per-load choices: `strict` rejects a file with any malformed row; `src_where`
    filters on the file's own columns (no parameters), `where` on the event columns
    (relation `ev`, with `params`)."""

    strict: bool = False
    src_where: str = "TRUE"
    where: str = "TRUE"
    params: list[Any] = field(default_factory=list)


def file_checksum(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return "sha256:" + digest.hexdigest()


@contextmanager
def opened_text_file(path: Path) -> Iterator[Path]:
    """The plain UTF-8 file to read, checked for its encoding on the way.

    A zip's single member (or a .gz file) is extracted to a temporary file; a plain file is
    read once to check it. Raises InputError naming the file (and line) for a corrupt
    archive or text that is not UTF-8, before DuckDB ever sees it.
    """
    name = str(path)
    if zipfile.is_zipfile(path) or path.suffix.lower() in (".zip", ".gz"):
        with tempfile.TemporaryDirectory(prefix="entente-") as tmp:
            target = Path(tmp) / "member.tsv"
            with _archive_member(path) as src, target.open("wb") as dst:
                _copy_utf8(src, dst, name)
            yield target
        return
    with path.open("rb") as src:
        _copy_utf8(src, None, name)
    yield path


@contextmanager
def _archive_member(path: Path) -> Iterator[Any]:
    try:
        if path.suffix.lower() == ".gz":
            with gzip.open(path, "rb") as member:
                yield _Guarded(member, path)
            return
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.infolist() if not m.is_dir()]
            if len(members) != 1:
                raise InputError(f"{path}: expected one file inside the zip, "
                                 f"found {len(members)}")
            with archive.open(members[0]) as member:
                yield _Guarded(member, path)
    except (zipfile.BadZipFile, gzip.BadGzipFile, EOFError, zipfile.LargeZipFile,
            zlib.error) as exc:
        raise InputError(f"{path}: truncated or corrupt archive ({exc})") from None


class _Guarded:
    """A binary stream whose read errors become InputError naming the archive."""

    def __init__(self, raw: Any, path: Path) -> None:
        self.raw, self.path = raw, path

    def read(self, size: int = -1) -> bytes:
        try:
            return self.raw.read(size)
        except (zipfile.BadZipFile, gzip.BadGzipFile, EOFError, zlib.error, OSError) as exc:
            raise InputError(f"{self.path}: truncated or corrupt archive ({exc})") from None


def _copy_utf8(src: Any, dst: Any, name: str) -> None:
    """Copy src to dst (if given) in blocks, checking that the bytes are UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    lines = 0
    while True:
        block = src.read(1 << 20)
        try:
            decoder.decode(block, final=not block)
        except UnicodeDecodeError as exc:
            line = lines + block[: max(exc.start, 0)].count(b"\n") + 1
            raise InputError(f"{name}: not UTF-8 text (line {line}); "
                             "convert it to UTF-8 first") from None
        if not block:
            return
        lines += block.count(b"\n")
        if dst is not None:
            dst.write(block)


def first_line(path: Path, name: str) -> str:
    """The first line of a plain text file; an error for an empty file."""
    with path.open("rb") as handle:
        raw = handle.readline(1 << 20)
    if not raw.strip():
        raise InputError(f"{name}: empty file")
    return raw.decode("utf-8", errors="replace").rstrip("\r\n")


def _read_csv_sql(path: Path, spec: TableSpec, rejects: str | None) -> str:
    cols = ", ".join(f"'{n}': '{t}'" for n, t in spec.columns)
    file = str(path).replace("'", "''")
    reject_opts = (f", store_rejects = true, rejects_table = '{rejects}', "
                   f"rejects_scan = '{rejects}_scan'") if rejects else ""
    return (f"read_csv('{file}', delim = '\\t', header = {str(spec.header).lower()}, "
            f"quote = '{spec.quote}', escape = '{spec.quote}', columns = {{{cols}}}, "
            f"auto_detect = false, strict_mode = true, null_padding = false, ignore_errors = true, "
            f"dateformat = '{spec.dateformat}'{reject_opts})")


def _check_rows(con: duckdb.DuckDBPyConnection, path: Path, name: str, spec: TableSpec
                ) -> tuple[int, list[RowProblem], bool]:
    """First pass: count rows, collect malformed ones with their line and reason, and
    tell whether the good rows have distinct doc_ids (so distinct event_ids)."""
    rejects = "_rejects_" + uuid.uuid4().hex[:12]
    try:
        # fetchall, not fetchone: the reject table is written when the scan finishes
        ((total, bad, unique),) = con.execute(
            f"SELECT count(*), list([CAST({spec.key} AS VARCHAR), reason] ORDER BY {spec.key}) "
            "FILTER (WHERE reason IS NOT NULL), count(DISTINCT _doc_id) FILTER (WHERE reason "
            "IS NULL) = count(*) FILTER (WHERE reason IS NULL) "
            f"FROM (SELECT *, {spec.reason} AS reason, {spec.select['doc_id']} AS _doc_id "
            f"FROM {_read_csv_sql(path, spec, rejects)} src)").fetchall()
        # one row per line (DuckDB may list a short line once per missing column)
        rejected = con.execute(
            f"SELECT line, first(error_type ORDER BY column_idx), "
            f"first(column_name ORDER BY column_idx), first(error_message ORDER BY column_idx), "
            f"first(csv_line) FROM {rejects} GROUP BY line ORDER BY line").fetchall()
    except duckdb.Error as exc:
        raise InputError(f"{name}: cannot read as {spec.label or spec.dataset}: "
                         f"{str(exc).splitlines()[0]}") from None
    finally:
        con.execute(f"DROP TABLE IF EXISTS {rejects}")
        con.execute(f"DROP TABLE IF EXISTS {rejects}_scan")
    problems = [RowProblem(name, int(line), _reject_reason(kind, column, message, text,
                                                           len(spec.columns)))
                for line, kind, column, message, text in rejected]
    problems += _locate(path, name, spec, bad or [])
    problems.sort(key=lambda p: (p.line or 0, p.reason))
    if total == 0 and problems:
        raise InputError(f"{name}: no readable rows ({problems[0]})")
    return int(total) + len(rejected), problems, bool(unique)


def _reject_reason(kind: str, column: str | None, message: str, text: str | None,
                   expected: int) -> str:
    if kind == "CAST":
        return f"field {column}: {message.split('. ', 1)[-1]}"
    if kind in ("MISSING COLUMNS", "TOO MANY COLUMNS"):
        found = (text or "").count("\t") + 1
        return f"{found} columns, expected {expected}"
    return message


def _locate(path: Path, name: str, spec: TableSpec, bad: list[list[str]]) -> list[RowProblem]:
    """Line numbers of rows the dataset's own checks rejected (rare: a Python scan)."""
    if not bad:
        return []
    wanted: dict[str, list[str]] = {}
    for key, reason in bad:
        wanted.setdefault(str(key), []).append(reason)
    problems: list[RowProblem] = []
    with path.open("r", encoding="utf-8", errors="replace", newline="\n") as handle:
        for number, line in enumerate(handle, start=1):
            if spec.header and number == 1:
                continue
            key = line.split("\t", 1)[0]
            if key in wanted and wanted[key]:
                problems.append(RowProblem(name, number, wanted[key].pop(0)))
    return problems


def load_table_file(store: Store, path: Path, spec: TableSpec, *, name: str | None = None,
                    options: LoadOptions | None = None, checksum: str | None = None
                    ) -> IngestReport:
    """Check and load one file (already unzipped) in one transaction; see module docs."""
    options = options or LoadOptions()
    name = name or str(path)
    report = IngestReport()
    result = InputResult(name=name, kind=spec.kind)
    report.inputs.append(result)
    started = _now()
    con = store.con
    result.rows_read, problems, unique = _check_rows(con, path, name, spec)
    report.problems.extend(problems[:MAX_LISTED_PROBLEMS])
    result.rows_skipped = len(problems)
    if options.strict and problems:
        result.status = "rejected"
        result.message = (f"{name}: {len(problems)} malformed rows, file not stored "
                          f"(--strict); first: {problems[0]}")
        return report
    try:
        _insert(store, path, spec, options, name, result, started, checksum, unique)
    except duckdb.Error as exc:
        raise InputError(f"{name}: cannot load as {spec.label or spec.dataset}: "
                         f"{str(exc).splitlines()[0]}") from None
    return report


def _insert(store: Store, path: Path, spec: TableSpec, options: LoadOptions, name: str,
            result: InputResult, started: datetime, checksum: str | None,
            unique: bool) -> None:
    """Second pass: the good rows straight into `events`, in one transaction."""
    exprs = {**spec.select, "ingested_at": sql_literal(started)}
    select = ", ".join(f"{exprs.get(c, 'NULL')} AS {c}" for c in column_names())
    with store.transaction() as tx:
        result.events_added = store.insert_new_events(
            tx, f"SELECT * FROM (SELECT {select} FROM (SELECT * FROM "
            f"{_read_csv_sql(path, spec, None)} src WHERE {spec.reason} IS NULL "
            f"AND ({options.src_where})) src {spec.joins}) ev WHERE {options.where}",
            options.params, unique=unique)
        store.log_ingest(kind=spec.kind, path=name, checksum=checksum, started_at=started,
                         rows_read=result.rows_read, rows_kept=result.events_added,
                         rows_skipped=result.rows_skipped, status="ok", con=tx)


def ingest_files(store: Store, files: Iterable[str | Path],
                 choose_spec: Callable[[str, str], TableSpec], *, kind: str,
                 options: LoadOptions) -> IngestReport:
    """Load each file in its own transaction; `choose_spec(name, first_line)` picks (and
    checks) the layout. A file stored before (same checksum) is skipped; an unreadable
    file is reported with its error and the others go on."""
    from .codes import register_code_tables

    register_code_tables(store.con)
    report = IngestReport()
    with _bulk_load_settings(store.con):
        for file in files:
            report.merge(_ingest_one(store, Path(file), choose_spec, kind, options))
    return report


@contextmanager
def _bulk_load_settings(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Bounded memory, no row order to keep (readers sort; it costs time and memory) and
    `LOAD_THREADS` threads, for the duration of a load; the previous settings come back
    afterwards."""
    names = ("memory_limit", "preserve_insertion_order", "threads")
    before = [con.execute(f"SELECT current_setting('{n}')").fetchone()[0]  # type: ignore[index]
              for n in names]
    con.execute(f"SET memory_limit = '{LOAD_MEMORY_LIMIT}'")
    con.execute("SET preserve_insertion_order = false")
    con.execute(f"SET threads = {LOAD_THREADS}")
    try:
        yield
    finally:
        for name, value in zip(names, before, strict=True):
            con.execute(f"SET {name} = {sql_literal(value)}")


def _ingest_one(store: Store, path: Path, choose_spec: Callable[[str, str], TableSpec],
                kind: str, options: LoadOptions) -> IngestReport:
    name = str(path)
    try:
        if not path.is_file():
            raise InputError(f"{name}: no such file")
        checksum = file_checksum(path)
        if store.has_ingested(checksum):
            return IngestReport(inputs=[InputResult(name, kind, status="already ingested")])
        with opened_text_file(path) as plain:
            spec = choose_spec(name, first_line(plain, name))
            return load_table_file(store, plain, spec, name=name, options=options,
                                   checksum=checksum)
    except EntenteError as exc:
        return IngestReport(inputs=[InputResult(name, kind, status="error", message=str(exc))])


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
