"""Load a tab-separated event file into the events table through DuckDB's CSV reader.

The shared machinery behind the GDELT, ICEWS and POLECAT readers. One pass over the data:
DuckDB reads the file once (zipped members are unpacked first, gzip is read as it is) into
a temporary stage table, with every column cast; rows it cannot read (wrong column count,
text that is not UTF-8, a failed cast, a row over `MAX_ROW_BYTES`) go to its reject table
with their line and reason, and the dataset's own checks mark the rest. Conventional
missing values (`NA`, `N/A`, empty ...) in numeric columns that allow them load as NULL.
The lines are counted on the way, so a row can be neither stored nor reported only if the
count says so, and then it is reported too. The good rows then go from the stage into
`events` in one transaction, compared with stored rows only within the range of the
file's native ids (`DedupScope`): no Python loop touches the rows, and the store never
holds half a file.
"""

from __future__ import annotations

import gzip
import os
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from ..errors import EntenteError, InputError
from ..record import column_names
from ..store import DedupScope, Store, sql_literal
from .fetch import file_digest
from .report import IngestReport, InputResult, LoadProgress, RowProblem
from .unpack import PlainInput, plain_input

__all__ = ["TableSpec", "LoadOptions", "load_table_file", "ingest_files", "file_checksum",
           "MISSING_VALUES", "MAX_ROW_BYTES", "load_threads"]

#: Most malformed rows listed per file (all are counted).
MAX_LISTED_PROBLEMS = 200

#: The longest row read; a longer one is reported, not stored (DuckDB reads in buffers
#: of 16 rows of this size, so a larger limit would not fit the load memory limit).
MAX_ROW_BYTES = 8 << 20

#: Values that mean "missing" in a numeric column typed with a trailing "?" ("DOUBLE?").
MISSING_VALUES = ("", "NA", "N/A", "n/a", "na", "NaN", "nan", "NULL", "null", "None", "-")

#: DuckDB memory while loading files: beyond it DuckDB spills to its temporary directory,
#: so a load's memory stays flat however large the file (measured in bench/bench_gdelt.py).
LOAD_MEMORY_LIMIT = "512MB"

#: Files smaller than this are read with one DuckDB thread: a second thread only adds
#: coordination to a scan of a few hundred kB (bench/bench_gdelt.py --threads measures it).
PARALLEL_MIN_BYTES = 8 << 20


def load_threads(size: int) -> int:
    """DuckDB threads for reading a file of `size` bytes: `ENTENTE_LOAD_THREADS` if set,
    else one for small files and every core for large ones (see `PARALLEL_MIN_BYTES`)."""
    value = os.environ.get("ENTENTE_LOAD_THREADS", "")
    if value.isdigit() and int(value) > 0:
        return int(value)
    return 1 if size < PARALLEL_MIN_BYTES else max(1, os.cpu_count() or 1)


@dataclass(frozen=True, slots=True)
class TableSpec:
    """How one file format maps onto the events table.

    `columns` are (name, DuckDB type); a type ending in "?" ("DOUBLE?") is a number that
    may be written as a missing value (`MISSING_VALUES`, loaded as NULL) and is checked
    in SQL. `select` maps the columns of relation `src` to every event column (by name);
    its `event_id` must be computed from its `doc_id`. `unique_key` is an expression over
    `src` whose distinct values mean distinct doc_ids (so distinct event_ids, which spares
    the insert a de-duplication); `scope_column` is the event column bounding where stored
    copies can be (`source_event_id`, or `doc_id` for text ids). `reason` is a SQL
    expression that is NULL for a good row and says what is wrong otherwise; `key` names
    the row for error messages (its first field). `extras_table` (with `extras`, its
    columns as expressions over `src`) keeps typed dataset fields beside the events,
    joined by `source_event_id`.
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
    unique_key: str = ""
    scope_column: str = "source_event_id"
    extras_table: str = ""
    extras: dict[str, str] = field(default_factory=dict)

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
    """The key of a loaded file in the ingest log: "sha256:<hex>"."""
    return "sha256:" + file_digest(path, "sha256")


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _read_csv_sql(path: Path, spec: TableSpec, rejects: str, threads: int) -> str:
    cols = ", ".join(f"'{n}': '{t.rstrip('?') if not t.endswith('?') else 'VARCHAR'}'"
                     for n, t in spec.columns)
    file = str(path).replace("'", "''")
    return (f"read_csv('{file}', delim = '\\t', header = {str(spec.header).lower()}, "
            f"quote = '{spec.quote}', escape = '{spec.quote}', columns = {{{cols}}}, "
            "auto_detect = false, strict_mode = true, null_padding = false, "
            f"ignore_errors = true, max_line_size = {MAX_ROW_BYTES}, "
            f"dateformat = '{spec.dateformat}', parallel = {str(threads > 1).lower()}, "
            f"store_rejects = true, rejects_table = '{rejects}', "
            f"rejects_scan = '{rejects}_scan')")


def _missing_sql(column: str) -> str:
    values = ", ".join(sql_literal(v) for v in MISSING_VALUES)
    return f"(trim({column}) IN ({values}))"


def _stage_columns(spec: TableSpec) -> tuple[str, str]:
    """The stage's column list (lenient numbers converted) and the reason of a lenient
    number that is neither a number nor a missing value."""
    cols, checks = [], []
    for name, kind in spec.columns:
        column = f"src.{_q(name)}"
        if not kind.endswith("?"):
            cols.append(column)
            continue
        typed = kind[:-1]
        cols.append(f"CASE WHEN {_missing_sql(column)} THEN NULL "
                    f"ELSE TRY_CAST({column} AS {typed}) END AS {_q(name)}")
        checks.append(f"WHEN NOT {_missing_sql(column)} AND TRY_CAST({column} AS {typed}) "
                      f"IS NULL THEN 'field {name}: ' || {column} || ' is not a number'")
    lenient = f"CASE {' '.join(checks)} END" if checks else "NULL"
    return ", ".join(cols), lenient


@dataclass(slots=True)
class _Staged:
    """A file read into a temporary stage table, with what its checks found."""

    table: str
    rows: int
    good: int
    unique: bool
    low: Any
    high: Any
    problems: list[RowProblem]
    skipped: int


def _stage(con: duckdb.DuckDBPyConnection, plain: PlainInput, name: str, spec: TableSpec
           ) -> _Staged:
    """The one pass over the data: the file into a stage table, rejected rows counted and
    listed with their lines and reasons."""
    table = "_stage_" + uuid.uuid4().hex[:12]
    rejects = "_rejects_" + uuid.uuid4().hex[:12]
    columns, lenient = _stage_columns(spec)
    threads = load_threads(plain.path.stat().st_size)
    con.execute(f"SET threads = {threads}")
    try:
        con.execute(f"CREATE TEMP TABLE {table} AS SELECT {columns}, coalesce({lenient}, "
                    f"{spec.reason}) AS _reason FROM "
                    f"{_read_csv_sql(plain.path, spec, rejects, threads)} src")
        scope = spec.select.get(spec.scope_column, "NULL")
        unique = spec.unique_key or spec.select["doc_id"]
        ((rows, good, distinct, low, high, scoped),) = con.execute(
            f"SELECT count(*), count(*) FILTER (WHERE _reason IS NULL), "
            f"count(DISTINCT {unique}) FILTER (WHERE _reason IS NULL), "
            f"min({scope}) FILTER (WHERE _reason IS NULL), "
            f"max({scope}) FILTER (WHERE _reason IS NULL), "
            f"count({scope}) FILTER (WHERE _reason IS NULL) FROM {table} src").fetchall()
        if scoped != good:  # a row without a native id: compare with every stored row
            low = high = None
        bad = con.execute(
            f"SELECT coalesce(CAST(src.{spec.key} AS VARCHAR), ''), _reason FROM {table} src "
            f"WHERE _reason IS NOT NULL LIMIT {MAX_LISTED_PROBLEMS}").fetchall()
        (rejected_count,) = con.execute(
            f"SELECT count(DISTINCT line) FROM {rejects}").fetchone()  # type: ignore[misc]
        # one row per line (DuckDB may list a short line once per missing column)
        rejected = con.execute(
            f"SELECT line, first(error_type ORDER BY column_idx), "
            f"first(column_name ORDER BY column_idx), first(error_message ORDER BY column_idx), "
            f"first(csv_line) FROM {rejects} GROUP BY line ORDER BY line "
            f"LIMIT {MAX_LISTED_PROBLEMS}").fetchall()
    except duckdb.Error as exc:
        _drop(con, table)
        raise _DuckDBInputError(f"{name}: cannot read as {spec.label or spec.dataset}: "
                                f"{str(exc).splitlines()[0]}") from None
    finally:
        _drop(con, rejects, rejects + "_scan")
    problems = [RowProblem(name, int(line), _reject_reason(kind, column, message, text,
                                                           len(spec.columns)))
                for line, kind, column, message, text in rejected]
    problems += _locate(plain.path, name, spec, bad)
    skipped = int(rows - good) + int(rejected_count)
    lost = plain.lines - int(spec.header) - int(rows) - int(rejected_count)
    if lost > 0:
        found = _lost_lines(plain.path, name, spec, lost)
        problems += found
        skipped += max(lost, len(found))
    problems.sort(key=lambda p: (p.line or 0, p.reason))
    staged = _Staged(table, int(rows) + skipped - int(rows - good), int(good),
                     int(distinct) == int(good), low, high, problems[:MAX_LISTED_PROBLEMS],
                     skipped)
    if good == 0 and problems:
        _drop(con, table)
        raise InputError(f"{name}: no readable rows ({problems[0]})")
    return staged


def _reject_reason(kind: str, column: str | None, message: str, text: str | None,
                   expected: int) -> str:
    if kind == "CAST":
        return f"field {column}: {message.split('. ', 1)[-1]}"
    if kind in ("MISSING COLUMNS", "TOO MANY COLUMNS"):
        found = (text or "").count("\t") + 1
        return f"{found} columns, expected {expected}"
    if kind == "INVALID ENCODING":
        return "not UTF-8 text; convert the file to UTF-8 first"
    if kind == "LINE SIZE OVER MAXIMUM":
        return f"row longer than {MAX_ROW_BYTES >> 20} MB, not read"
    return message


def _lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """(number, raw bytes) of each line of a plain or gzipped file (rare paths only)."""
    opener: Any = gzip.open if path.suffix.lower() == ".gz" else open
    with opener(path, "rb") as handle:
        yield from enumerate(handle, start=1)


def _locate(path: Path, name: str, spec: TableSpec, bad: list[tuple[str, str]]
            ) -> list[RowProblem]:
    """Line numbers of rows the dataset's own checks rejected (rare: a Python scan)."""
    if not bad:
        return []
    wanted: dict[str, list[str]] = {}
    for key, reason in bad:
        wanted.setdefault(str(key), []).append(reason)
    problems: list[RowProblem] = []
    for number, raw in _lines(path):
        if spec.header and number == 1:
            continue
        key = raw.split(b"\t", 1)[0].decode("utf-8", errors="replace").strip().strip('"')
        if wanted.get(key):
            problems.append(RowProblem(name, number, wanted[key].pop(0)))
    return problems


def _lost_lines(path: Path, name: str, spec: TableSpec, lost: int) -> list[RowProblem]:
    """Lines DuckDB neither returned nor rejected (rare: a Python scan finds them)."""
    found = []
    for number, raw in _lines(path):
        if spec.header and number == 1:
            continue
        if len(raw) > MAX_ROW_BYTES:
            found.append(RowProblem(name, number,
                                    f"row longer than {MAX_ROW_BYTES >> 20} MB, not read"))
        elif not raw.strip():
            found.append(RowProblem(name, number, "empty line"))
    if len(found) < lost:
        found.append(RowProblem(name, None, f"{lost - len(found)} lines not read"))
    return found


def load_table_file(store: Store, plain: PlainInput, spec: TableSpec, *, name: str,
                    options: LoadOptions | None = None, checksum: str | None = None,
                    commit: bool = True) -> IngestReport:
    """Check and load one file in one transaction (or, with commit=False, in the caller's
    open transaction); see module docs."""
    options = options or LoadOptions()
    report = IngestReport()
    result = InputResult(name=name, kind=spec.kind)
    report.inputs.append(result)
    started = _now()
    staged = _stage(store.con, plain, name, spec)
    try:
        result.rows_read = staged.rows
        report.problems.extend(staged.problems)
        result.rows_skipped = staged.skipped
        if options.strict and staged.skipped:
            result.status = "rejected"
            result.message = (f"{name}: {staged.skipped} malformed rows, file not stored "
                              f"(--strict); first: {staged.problems[0]}")
            return report
        try:
            if commit:
                with store.transaction() as tx:
                    _insert(store, tx, staged, spec, options, name, result, started, checksum)
            else:
                _insert(store, store.con, staged, spec, options, name, result, started,
                        checksum)
        except duckdb.Error as exc:
            raise _DuckDBInputError(f"{name}: cannot load as {spec.label or spec.dataset}: "
                                    f"{str(exc).splitlines()[0]}") from None
    finally:
        _drop(store.con, staged.table)
    return report


class _DuckDBInputError(InputError):
    """A file DuckDB failed on: inside a shared transaction, that transaction is lost."""


def _drop(con: duckdb.DuckDBPyConnection, *tables: str) -> None:
    """Drop temporary tables; nothing to do in a transaction DuckDB has aborted (its
    rollback takes them away)."""
    for table in filter(None, tables):
        try:
            con.execute(f"DROP TABLE IF EXISTS {table}")
        except duckdb.Error:
            return


def _insert(store: Store, con: duckdb.DuckDBPyConnection, staged: _Staged, spec: TableSpec,
            options: LoadOptions, name: str, result: InputResult, started: datetime,
            checksum: str | None) -> None:
    """The good rows from the stage into `events` (and the extras table)."""
    exprs = {**spec.select, "ingested_at": sql_literal(started)}
    select = ", ".join(f"{exprs.get(c, 'NULL')} AS {c}" for c in column_names())
    good = f"(SELECT * FROM {staged.table} src WHERE _reason IS NULL AND ({options.src_where}))"
    scope = None
    if staged.low is not None and spec.scope_column in spec.select:
        scope = DedupScope(spec.dataset, spec.scope_column, staged.low, staged.high)

    def add_extras(added: str) -> None:
        if not spec.extras_table:
            return
        names = ", ".join(spec.extras)
        values = ", ".join(f"{expr} AS {col}" for col, expr in spec.extras.items())
        once = "" if staged.unique else \
            f" QUALIFY row_number() OVER (PARTITION BY {spec.select['source_event_id']}) = 1"
        con.execute(f"INSERT INTO {spec.extras_table} ({names}) SELECT {values} FROM {good} "
                    f"src WHERE {spec.select['source_event_id']} IN (SELECT source_event_id "
                    f"FROM {added} n WHERE n.dataset = {sql_literal(spec.dataset)}){once}")

    result.events_added = store.insert_new_events(
        con, f"SELECT * FROM (SELECT {select} FROM {good} src {spec.joins}) ev "
        f"WHERE {options.where}", options.params, unique=staged.unique, scope=scope,
        on_added=add_extras)
    store.log_ingest(kind=spec.kind, path=name, checksum=checksum, started_at=started,
                     rows_read=result.rows_read, rows_kept=result.events_added,
                     rows_skipped=result.rows_skipped, status="ok", con=con)


#: Files committed together by a multi-file load: fewer commits, each file still whole.
BATCH_FILES = 16


def ingest_files(store: Store, files: Iterable[str | Path],
                 choose_spec: Callable[[str, str], TableSpec], *, kind: str,
                 options: LoadOptions, batch: int = 1,
                 progress: Callable[[LoadProgress], None] | None = None,
                 total: int | None = None) -> IngestReport:
    """Load each file, whole or not at all; `choose_spec(name, first_line)` picks (and
    checks) the layout. A file stored before (same checksum) is skipped; an unreadable
    file is reported with its error and the others go on.

    `batch` files share one commit (a killed run loses at most the files of the batch it
    was in; the next run loads them again); `progress` is called after each file.
    """
    from .codes import register_code_tables

    register_code_tables(store.con)
    report = IngestReport()
    paths = [Path(f) for f in files]
    tracker = LoadProgress(total=total if total is not None else len(paths),
                           started=time.monotonic())
    with _bulk_load_settings(store.con):
        for start in range(0, len(paths), max(1, batch)):
            chunk = paths[start:start + max(1, batch)]
            for part in _ingest_batch(store, chunk, choose_spec, kind, options):
                report.merge(part)
                tracker.advance(part)
                if progress is not None:
                    progress(tracker)
    return report


def _ingest_batch(store: Store, paths: list[Path], choose_spec: Callable[[str, str], TableSpec],
                  kind: str, options: LoadOptions) -> list[IngestReport]:
    """Load files in one transaction; if the commit fails, each file on its own."""
    if len(paths) == 1:
        return [_ingest_one(store, paths[0], choose_spec, kind, options, commit=True)]
    try:
        with store.transaction():
            return [_ingest_one(store, path, choose_spec, kind, options, commit=False)
                    for path in paths]
    except (duckdb.Error, _BatchFailed):
        return [_ingest_one(store, path, choose_spec, kind, options, commit=True)
                for path in paths]


class _BatchFailed(Exception):
    """A file failed while loading inside a shared transaction: redo the batch file by
    file so that the others are not lost with it."""


@contextmanager
def _bulk_load_settings(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Bounded memory and no row order to keep (readers sort; it costs time and memory)
    for the duration of a load (threads are set per file); the previous settings come
    back afterwards."""
    names = ("memory_limit", "preserve_insertion_order", "threads")
    before = [con.execute(f"SELECT current_setting('{n}')").fetchone()[0]  # type: ignore[index]
              for n in names]
    con.execute(f"SET memory_limit = '{LOAD_MEMORY_LIMIT}'")
    con.execute("SET preserve_insertion_order = false")
    try:
        yield
    finally:
        for name, value in zip(names, before, strict=True):
            con.execute(f"SET {name} = {sql_literal(value)}")


def _ingest_one(store: Store, path: Path, choose_spec: Callable[[str, str], TableSpec],
                kind: str, options: LoadOptions, *, commit: bool) -> IngestReport:
    name = str(path)
    try:
        if not path.is_file():
            raise InputError(f"{name}: no such file")
        checksum = file_checksum(path)
        if store.has_ingested(checksum):
            return IngestReport(inputs=[InputResult(name, kind, status="already ingested")])
        with plain_input(path) as plain:
            spec = choose_spec(name, plain.first_line)
            return load_table_file(store, plain, spec, name=name, options=options,
                                   checksum=checksum, commit=commit)
    except _DuckDBInputError as exc:
        if not commit:
            raise _BatchFailed(str(exc)) from None
        return IngestReport(inputs=[InputResult(name, kind, status="error", message=str(exc))])
    except EntenteError as exc:
        return IngestReport(inputs=[InputResult(name, kind, status="error", message=str(exc))])


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
