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
import math
import os
import re
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from ..errors import EntenteError, InputError
from ..record import column_names
from ..store import DedupScope, Store, sql_literal
from ..timeutil import utc_now
from . import unpack
from .digest import file_digest
from .report import IngestReport, InputResult, LoadProgress, RowProblem
from .unpack import PlainInput, PlainPart, plain_input, split_parts

__all__ = ["TableSpec", "LoadOptions", "load_table_files", "ingest_files", "file_checksum",
           "MISSING_VALUES", "MAX_ROW_BYTES", "load_threads"]

#: Most malformed rows listed per file (all are counted).
MAX_LISTED_PROBLEMS = 200

#: The longest row read; a longer one is reported, not stored. DuckDB reads in buffers of
#: 16 rows of this size, one per file it has open, so a larger limit would not fit the
#: load memory limit; it skips rows longer than a buffer without a word, which the line
#: count catches (`_lost_lines`).
MAX_ROW_BYTES = 2_000_000

#: Values that mean "missing" in a numeric column typed with a trailing "?" ("DOUBLE?").
MISSING_VALUES = ("", "NA", "N/A", "n/a", "na", "NaN", "nan", "NULL", "null", "None", "-")

#: DuckDB memory while loading files: beyond it DuckDB spills to its temporary directory,
#: so a load's memory stays flat however large the file, which is loaded in parts of
#: `unpack.PART_BYTES` (bench/bench_gdelt.py (e)). DuckDB fills what it is given with the
#: blocks of the transaction: in process, peak memory of the 300,000-row GDELT export and
#: of 4x its rows was 558 and 691 MB with 512 MB, 438 and 561 MB with 384 MB, 401 and
#: 459 MB (1.14x) with 256 MB, for the same cpu time.
LOAD_MEMORY_LIMIT = "256MB"

#: DuckDB threads for a load are the machine's idle cores, measured when the load starts
#: (`python bench/bench_gdelt.py --threads` on the 2-core development machine): with both
#: cores idle a second thread made the 300,000-row export 1.14x faster by wall time (0.89x
#: the cpu efficiency; 2026-12-06 21:55, load 1), while under a load of 6-7 it cost 1.4x the
#: cpu for no wall time. `ENTENTE_LOAD_THREADS` overrides the choice.
def load_threads(size: int) -> int:
    """DuckDB threads for reading `size` bytes: `ENTENTE_LOAD_THREADS` if set, else the
    cores not busy over the last minute (at least one); never more threads than 8 MB
    pieces of input."""
    value = os.environ.get("ENTENTE_LOAD_THREADS", "")
    wanted = int(value) if value.isdigit() and int(value) > 0 else idle_cores()
    return max(1, min(wanted, size // (8 << 20) or 1))


def idle_cores() -> int:
    """Cores this process may use that the one-minute load average leaves idle (a core
    partly busy counts as idle); 1 where the system gives no load average."""
    if hasattr(os, "sched_getaffinity"):
        cores = len(os.sched_getaffinity(0))
    else:
        cores = os.cpu_count() or 1
    try:
        busy = os.getloadavg()[0]
    except (AttributeError, OSError):
        return 1
    return max(1, min(cores, math.ceil(cores - busy)))


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


def _missing_sql(column: str) -> str:
    """Whether `column` holds a missing value. A list look-up, not `IN (...)`: DuckDB plans
    an `IN` list of this length as a join over every row of the file, even inside a CASE
    branch that only rows failing their cast reach (0.5 s of cpu for the six coordinates
    of a 300,000-row GDELT export; bench/bench_gdelt.py)."""
    values = ", ".join(sql_literal(v) for v in MISSING_VALUES)
    return f"list_contains([{values}], trim({column}))"


def _used_columns(spec: TableSpec, options: LoadOptions) -> set[str]:
    """The file's columns some expression of the load reads: only these are cast and
    staged (DuckDB's CSV reader then skips converting the others)."""
    text = " ".join([*spec.select.values(), *spec.extras.values(), spec.reason, spec.joins,
                     spec.key, spec.unique_key, options.src_where])
    return {name for name, _ in spec.columns
            if re.search(rf'(src\.{re.escape(name)}\b|"{re.escape(name)}")', text)}


def _stage_columns(spec: TableSpec, used: set[str]) -> tuple[str, str]:
    """The stage's column list (lenient numbers converted) and the reason of a lenient
    number that is neither a number nor a missing value."""
    cols, checks = [], []
    for name, kind in spec.columns:
        if name not in used:
            continue
        column = f"src.{_q(name)}"
        if not kind.endswith("?"):
            cols.append(column)
            continue
        typed = kind[:-1]
        # a missing value does not cast (NULL) except "NaN", which is missing here too; the
        # list of missing values is read only for a field that is not a number (rare)
        value = f"TRY_CAST({column} AS {typed})"
        if typed in ("DOUBLE", "FLOAT", "REAL"):
            value = f"nullif({value}, 'NaN'::{typed})"
        cols.append(f"{value} AS {_q(name)}")
        checks.append(f"WHEN {column} IS NOT NULL AND TRY_CAST({column} AS {typed}) IS NULL "
                      f"AND NOT {_missing_sql(column)} "
                      f"THEN 'field {name}: ' || {column} || ' is not a number'")
    lenient = f"CASE {' '.join(checks)} END" if checks else "NULL"
    return ", ".join(cols), lenient




@dataclass(slots=True)
class _File:
    """One input of a load: its name, what DuckDB reads, its checksum and its results."""

    name: str
    plain: PlainInput
    checksum: str | None
    report: IngestReport = field(default_factory=IngestReport)
    rows: int = 0
    good: int = 0
    low: Any = None
    high: Any = None
    scoped: bool = True
    #: a large text's parts, loaded one after the other (`_load_parts`)
    parts: list[PlainPart] = field(default_factory=list)
    #: added to a line number of what DuckDB read to give the line in the file
    skew: int = 0

    @property
    def result(self) -> InputResult:
        return self.report.inputs[0]

    @property
    def reader_path(self) -> str:
        return str(self.plain.path)


@dataclass(slots=True)
class _Stage:
    """Files read into one temporary stage table (column `_file` says which)."""

    table: str
    files: list[_File]
    unique: bool


def _read_csv_sql(files: list[_File], spec: TableSpec, rejects: str, threads: int) -> str:
    cols = ", ".join(f"'{n}': '{'VARCHAR' if t.endswith('?') else t}'" for n, t in spec.columns)
    paths = ", ".join(sql_literal(f.reader_path) for f in files)
    return (f"read_csv([{paths}], delim = '\\t', header = {str(spec.header).lower()}, "
            f"quote = '{spec.quote}', escape = '{spec.quote}', columns = {{{cols}}}, "
            "auto_detect = false, strict_mode = true, null_padding = false, "
            f"ignore_errors = true, max_line_size = {MAX_ROW_BYTES}, filename = true, "
            f"dateformat = '{spec.dateformat}', parallel = {str(threads > 1).lower()}, "
            f"store_rejects = true, rejects_table = '{rejects}', "
            f"rejects_scan = '{rejects}_scan')")


def _stage(con: duckdb.DuckDBPyConnection, files: list[_File], spec: TableSpec,
           options: LoadOptions) -> _Stage:
    """The one pass over the data: the files into a stage table; for each file its rows,
    good rows, native id range and the rejected rows with their lines and reasons."""
    table = "_stage_" + uuid.uuid4().hex[:12]
    rejects = "_rejects_" + uuid.uuid4().hex[:12]
    columns, lenient = _stage_columns(spec, _used_columns(spec, options))
    threads = load_threads(sum(f.plain.path.stat().st_size for f in files))
    con.execute(f"SET threads = {threads}")
    scope = spec.select.get(spec.scope_column, "NULL")
    unique = spec.unique_key or spec.select["doc_id"]
    ok = "FILTER (WHERE _reason IS NULL)"
    try:
        con.execute(f"CREATE TEMP TABLE {table} AS SELECT {columns}, coalesce({lenient}, "
                    f"{spec.reason}) AS _reason, src.filename AS _file FROM "
                    f"{_read_csv_sql(files, spec, rejects, threads)} src")
        stats = con.execute(
            f"SELECT _file, count(*), count(*) {ok}, min({scope}) {ok}, max({scope}) {ok}, "
            f"count({scope}) {ok}, (SELECT count(DISTINCT {unique}) {ok} FROM {table} src) "
            f"FROM {table} src GROUP BY _file").fetchall()
        distinct = stats[0][6] if stats else 0
        bad = [] if all(row[1] == row[2] for row in stats) else con.execute(
            f"SELECT _file, coalesce(CAST(src.{spec.key} AS VARCHAR), ''), _reason "
            f"FROM {table} src WHERE _reason IS NOT NULL "
            f"QUALIFY row_number() OVER (PARTITION BY _file) <= {MAX_LISTED_PROBLEMS}"
            ).fetchall()
        rows_of = {row[0]: row[1] for row in stats}
        counted = all(f.plain.lines - int(spec.header) == rows_of.get(f.reader_path, 0)
                      for f in files)
        # one row per line (DuckDB may list a short line once per missing column); when
        # every line came out as a row, there is nothing to look for
        rejected = [] if counted else con.execute(
            f"SELECT s.file_path, r.line, first(r.error_type ORDER BY r.column_idx), "
            "first(r.column_name ORDER BY r.column_idx), "
            "first(r.error_message ORDER BY r.column_idx), first(r.csv_line), "
            f"count(*) OVER (PARTITION BY s.file_path) FROM {rejects} r "
            f"JOIN {rejects}_scan s USING (scan_id, file_id) GROUP BY s.file_path, r.line "
            f"QUALIFY row_number() OVER (PARTITION BY s.file_path ORDER BY r.line) "
            f"<= {MAX_LISTED_PROBLEMS}").fetchall()
    except duckdb.Error as exc:
        _drop(con, table)
        names = files[0].name if len(files) == 1 else f"{len(files)} files"
        raise _DuckDBInputError(f"{names}: cannot read as {spec.label or spec.dataset}: "
                                f"{str(exc).splitlines()[0]}") from None
    finally:
        _drop(con, rejects, rejects + "_scan")
    _file_results(files, spec, stats, bad, rejected)
    good = sum(f.good for f in files)
    return _Stage(table, files, int(distinct or 0) == good)


def _file_results(files: list[_File], spec: TableSpec, stats: list[tuple[Any, ...]],
                  bad: list[tuple[Any, ...]], rejected: list[tuple[Any, ...]]) -> None:
    """Each file's counts and problems, from the stage's statistics."""
    by_path = {f.reader_path: f for f in files}
    for path, rows, good, low, high, scoped, _ in stats:
        file = by_path[path]
        file.rows, file.good, file.low, file.high = int(rows), int(good), low, high
        file.scoped = scoped == good
    rejected_count: dict[str, int] = {}
    problems: dict[str, list[RowProblem]] = {f.reader_path: [] for f in files}
    for path, line, kind, column, message, text, count in rejected:
        rejected_count[path] = int(count)
        problems[path].append(RowProblem(by_path[path].name, int(line), _reject_reason(
            kind, column, message, text, len(spec.columns))))
    for file in files:
        path = file.reader_path
        mine = [(key, reason) for p, key, reason in bad if p == path]
        found = problems[path] + _locate(file.plain.path, file.name, spec, mine)
        skipped = file.rows - file.good + rejected_count.get(path, 0)
        lost = file.plain.lines - int(spec.header) - file.rows - rejected_count.get(path, 0)
        if lost > 0:
            missing = _lost_lines(file.plain.path, file.name, spec, lost)
            found += missing
            skipped += max(lost, len(missing))
        found.sort(key=lambda p: (p.line or 0, p.reason))
        if file.skew:
            found = [RowProblem(p.path, p.line + file.skew, p.reason)
                     if isinstance(p.line, int) else p for p in found]
        file.result.rows_read = file.good + skipped
        file.result.rows_skipped = skipped
        file.report.problems.extend(found[:MAX_LISTED_PROBLEMS])
        if file.good == 0 and found:
            raise_for = f"{file.name}: no readable rows ({found[0]})"
            file.result.status, file.result.message = "error", raise_for


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
        return f"row longer than {MAX_ROW_BYTES:,} bytes, not read"
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
                                    f"row longer than {MAX_ROW_BYTES:,} bytes, not read"))
        elif not raw.strip():
            found.append(RowProblem(name, number, "empty line"))
    if len(found) < lost:
        found.append(RowProblem(name, None, f"{lost - len(found)} lines not read"))
    return found


def load_table_files(store: Store, files: list[_File], spec: TableSpec,
                     options: LoadOptions, log: bool = True, *, own_transaction: bool = False
                     ) -> list[IngestReport]:
    """Check and load files of one layout; a file with malformed rows under `strict`, or
    with no readable row, stores nothing. `log=False` leaves the ingest log to the caller
    (the parts of one file). `own_transaction=True`: the files are read into the stage
    first, outside any transaction, and their rows stored by a transaction of their own
    (DuckDB reads a temporary table made inside a transaction with one thread: the insert
    of a 300,000-row GDELT export ran on one core of two); otherwise everything runs in
    the caller's open transaction."""
    stage = _stage(store.con, files, spec, options)
    try:
        for file in files:
            if options.strict and file.result.rows_skipped and file.result.status == "ok":
                file.result.status = "rejected"
                file.result.message = (
                    f"{file.name}: {file.result.rows_skipped} malformed rows, file not "
                    f"stored (--strict); first: {file.report.problems[0]}")
        kept = [f for f in files if f.result.status == "ok"]
        if kept:
            try:
                with store.transaction() if own_transaction else nullcontext():
                    _insert(store, stage, kept, spec, options, log)
            except duckdb.Error as exc:
                raise _DuckDBInputError(
                    f"{kept[0].name if len(kept) == 1 else f'{len(kept)} files'}: cannot "
                    f"load as {spec.label or spec.dataset}: {str(exc).splitlines()[0]}"
                    ) from None
    finally:
        _drop(store.con, stage.table)
    return [f.report for f in files]


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


#: DuckDB optimizers turned off for the statement that inserts a load's rows into `events`.
#: `build_side_probe_side` built one code-table join of that insert (`TableSpec.joins`: a
#: few hundred rows) on the side of the staged rows instead, hashing every staged column of
#: every row: 0.37 s of cpu of a 300,000-row GDELT export, the other six joins 0.01-0.03 s
#: each; without it the insert and commit took 1.85-1.89 against 2.00-2.11 s, a month of
#: 15-minute files 0.85x the cpu (bench/bench_gdelt.py --profile, docs/benchmarks.md).
#: Only that statement: the de-duplication before it needs the optimizer to build its join
#: on the new rows rather than on every stored event id (1.0 against 0.34 s of cpu, and
#: the memory, for 2,000 rows against 10 million stored events).
INSERT_OPTIMIZERS_OFF = ("build_side_probe_side",)


def _insert(store: Store, stage: _Stage, kept: list[_File], spec: TableSpec,
            options: LoadOptions, log: bool = True) -> None:
    """The good rows of the kept files from the stage into `events` (and the extras
    table), then one ingest log row per file."""
    con = store.con
    started = utc_now()
    exprs = {**spec.select, "ingested_at": sql_literal(started)}
    select = ", ".join(f"{exprs.get(c, 'NULL')} AS {c}" for c in column_names())
    where_files = "TRUE" if len(kept) == len(stage.files) else \
        "_file IN (" + ", ".join(sql_literal(f.reader_path) for f in kept) + ")"
    good = (f"(SELECT * FROM {stage.table} src WHERE _reason IS NULL AND {where_files} "
            f"AND ({options.src_where}))")
    scope = None
    if all(f.scoped for f in kept) and spec.scope_column in spec.select and \
            any(f.low is not None for f in kept):
        scope = DedupScope(spec.dataset, spec.scope_column,
                           min(f.low for f in kept if f.low is not None),
                           max(f.high for f in kept if f.high is not None))
    counts: dict[str, int] = {}

    def after_insert(added: str, count: int) -> None:
        every = (options.where == "TRUE" and options.src_where == "TRUE" and stage.unique
                 and count == sum(f.good for f in kept))
        if every:  # every good row was added (the usual case): no need to look for which
            counts.update((f.reader_path, f.good) for f in kept)
        elif len(kept) == 1:
            counts[kept[0].reader_path] = count
        else:  # which file each new event came from, by its doc_id
            doc_id = spec.select["doc_id"]
            counts.update(con.execute(
                f"SELECT src._file, count(DISTINCT {doc_id}) FROM {good} src WHERE {doc_id} "
                f"IN (SELECT doc_id FROM {added} n) GROUP BY ALL").fetchall())
        if spec.extras_table:
            _insert_extras(con, spec, good, added, every, stage.unique)

    total = store.insert_new_events(
        con, f"SELECT * FROM (SELECT {select} FROM {good} src {spec.joins}) ev "
        f"WHERE {options.where}", options.params, unique=stage.unique, scope=scope,
        on_added=after_insert, optimizers_off=INSERT_OPTIMIZERS_OFF)
    for file in kept:
        file.result.events_added = counts.get(file.reader_path, 0) if total else 0
    if log:
        _log(store, kept, spec, started)


def _log(store: Store, kept: list[_File], spec: TableSpec, started: Any) -> None:
    """One ingest log row per loaded file."""
    store.log_ingests([{"kind": spec.kind, "path": f.name, "checksum": f.checksum,
                        "started_at": started, "rows_read": f.result.rows_read,
                        "rows_kept": f.result.events_added,
                        "rows_skipped": f.result.rows_skipped, "status": "ok"}
                       for f in kept], con=store.con)


def _insert_extras(con: duckdb.DuckDBPyConnection, spec: TableSpec, good: str, added: str,
                   every: bool, unique: bool) -> None:
    """The extras rows of the events just added."""
    key = spec.select["source_event_id"]
    names = ", ".join(spec.extras)
    values = ", ".join(f"{expr} AS {col}" for col, expr in spec.extras.items())
    once = "" if unique else f" QUALIFY row_number() OVER (PARTITION BY {key}) = 1"
    keep = "TRUE" if every else (f"{key} IN (SELECT source_event_id FROM {added} n "
                                 f"WHERE n.dataset = {sql_literal(spec.dataset)})")
    con.execute(f"INSERT INTO {spec.extras_table} ({names}) SELECT {values} FROM {good} src "
                f"WHERE {keep}{once}")


#: A multi-file load commits files together until they hold `BATCH_ROWS` lines, or
#: `BATCH_FILES` files, or `BATCH_BYTES` of text: fewer commits and one statement for many
#: small files, each file still whole. DuckDB writes the rows of a transaction that fill
#: a row group (122,880 rows) straight into the database file, compressed, at the commit;
#: smaller transactions go to its write-ahead log first and are compressed again by a later
#: checkpoint, which cost more than the rest of the load together
#: (bench/bench_gdelt_range.py: see the README's Speed section).
BATCH_ROWS = 184_320
BATCH_FILES = 512
BATCH_BYTES = 512 << 20


def ingest_files(store: Store, files: Iterable[str | Path],
                 choose_spec: Callable[[str, str], TableSpec], *, kind: str,
                 options: LoadOptions, batch: int = BATCH_FILES,
                 progress: Callable[[LoadProgress], None] | None = None,
                 total: int | None = None) -> IngestReport:
    """Load each file, whole or not at all; `choose_spec(name, first_line)` picks (and
    checks) the layout. A file stored before (same checksum) is skipped; an unreadable
    file is reported with its error and the others go on.

    Up to `batch` consecutive files of one layout are read by one statement and committed
    together (a killed run loses at most that batch; the next run loads it again);
    `files` may be a lazy iterable (downloads still arriving); `progress` is called after
    each batch with the files done, the rate and the time left (`total` files expected).
    """
    from .codes import register_code_tables

    register_code_tables(store.con)
    report = IngestReport()
    tracker = LoadProgress(total=total or 0, started=time.monotonic())
    groups = _groups(store.ingested_checksums(), files, choose_spec, kind, batch)
    with _bulk_load_settings(store.con), closing(groups):
        for group in groups:
            for part in _load_group(store, group, kind, options):
                report.merge(part)
                tracker.advance(part)
            if progress is not None:
                tracker.total = max(tracker.total, tracker.done)
                progress(tracker)
        if report.events_added >= ROW_GROUP_ROWS:
            _checkpoint(store.con)
    return report


#: Rows of a DuckDB row group: a load adding fewer cannot have left a partial row group
#: per thread (see `_bulk_load_settings`).
ROW_GROUP_ROWS = 122_880


def _checkpoint(con: duckdb.DuckDBPyConnection) -> None:
    """A checkpoint with the load's settings (no vacuum); if another transaction is open,
    the store's close checkpoints instead."""
    try:
        con.execute("CHECKPOINT")
    except duckdb.Error:
        pass


@dataclass(slots=True)
class _Group:
    """Consecutive inputs, in order: files of one layout to load, and finished reports
    (files stored before or unreadable)."""

    spec: TableSpec | None = None
    items: list[_File | IngestReport] = field(default_factory=list)
    opened: list[Any] = field(default_factory=list)

    @property
    def files(self) -> list[_File]:
        return [item for item in self.items if isinstance(item, _File)]


def _groups(seen: set[str], files: Iterable[str | Path],
            choose_spec: Callable[[str, str], TableSpec], kind: str, batch: int
            ) -> Iterator[_Group]:
    """The inputs opened (unpacked) and grouped for loading, at most `batch` files,
    `BATCH_ROWS` lines or `BATCH_BYTES` a group; files already stored (`seen` holds the
    stored checksums) or unreadable come as finished reports."""
    group, size, rows = _Group(), 0, 0
    try:
        for file in files:
            path = Path(file)
            opening = _open_input(path, seen, choose_spec, kind)
            if isinstance(opening, IngestReport):
                group.items.append(opening)
                continue
            opened, plain, spec, checksum = opening
            large = plain.size > unpack.PART_BYTES
            full = group.files and (spec != group.spec or len(group.files) >= batch or large
                                    or size >= BATCH_BYTES or rows >= BATCH_ROWS)
            done, group = (group, _Group()) if full else (None, group)
            size, rows = (0, 0) if full else (size, rows)
            seen.add(checksum)
            group.spec = spec
            group.opened.append(opened)
            size += plain.path.stat().st_size
            rows += plain.lines
            item = _File(str(path), plain, checksum,
                         IngestReport(inputs=[InputResult(str(path), spec.kind)]))
            group.items.append(item)
            if done is not None:
                yield done
            if large:  # a file of its own, loaded in parts
                splitter = split_parts(plain, spec.header)
                try:
                    item.parts = splitter.__enter__()
                    group.opened.insert(0, splitter)
                except EntenteError as exc:
                    group.items[-1] = _failed(item, kind, str(exc))
                done, group, size, rows = group, _Group(), 0, 0
                yield done
        if group.items:
            done, group = group, _Group()
            yield done
    except BaseException:  # stopped or failed: remove what was unpacked and not handed out
        _close(group)
        raise


def _open_input(path: Path, seen: set[str], choose_spec: Callable[[str, str], TableSpec],
                kind: str) -> IngestReport | tuple[Any, PlainInput, TableSpec, str]:
    """One input opened (unpacked, its layout chosen) with its checksum, or the finished
    report of a file stored before or unreadable."""
    name = str(path)
    try:
        if not path.is_file():
            raise InputError(f"{name}: no such file")
        checksum = file_checksum(path)
        if checksum in seen:
            return IngestReport(inputs=[InputResult(name, kind, status="already ingested")])
        opened = plain_input(path)
        plain = opened.__enter__()
        try:
            spec = choose_spec(name, plain.first_line)
        except BaseException:
            opened.__exit__(None, None, None)
            raise
    except EntenteError as exc:
        return IngestReport(inputs=[InputResult(name, kind, status="error", message=str(exc))])
    return opened, plain, spec, checksum


def _load_group(store: Store, group: _Group, kind: str, options: LoadOptions
                ) -> list[IngestReport]:
    """Load a group in one transaction (if DuckDB fails on it, each file on its own);
    the reports in input order."""
    try:
        files = group.files
        if files:
            assert group.spec is not None
            _load_files(store, files, group.spec, kind, options)
        return [item.report if isinstance(item, _File) else item for item in group.items]
    finally:
        _close(group)


def _close(group: _Group) -> None:
    """Remove what was unpacked for a group."""
    for opened in group.opened:
        opened.__exit__(None, None, None)


def _load_files(store: Store, files: list[_File], spec: TableSpec, kind: str,
                options: LoadOptions) -> None:
    if len(files) == 1 and files[0].parts:
        _load_parts(store, files[0], spec, kind, options)
        return
    try:
        load_table_files(store, files, spec, options, own_transaction=True)
        return
    except _DuckDBInputError as exc:
        if len(files) == 1:
            files[0].report = _failed(files[0], kind, str(exc))
            return
    for file in files:
        file.report = IngestReport(inputs=[InputResult(file.name, spec.kind)])
        try:
            load_table_files(store, [file], spec, options, own_transaction=True)
        except _DuckDBInputError as exc:
            file.report = _failed(file, kind, str(exc))


class _NotStored(Exception):
    """A file whose parts were loaded but that must store nothing (rolled back)."""


def _load_parts(store: Store, file: _File, spec: TableSpec, kind: str,
                options: LoadOptions) -> None:
    """Load a large file part by part, each read and inserted by its own statements (the
    memory of a part, not of the file), all in one transaction: the file is stored whole
    or not at all, and its report reads as if it had been loaded in one piece."""
    started = utc_now()
    pieces = [_File(file.name, part.plain, file.checksum, IngestReport(
        inputs=[InputResult(file.name, spec.kind)]), skew=part.skew) for part in file.parts]
    lenient = LoadOptions(strict=False, src_where=options.src_where, where=options.where,
                          params=options.params)
    try:
        with store.transaction():
            for piece in pieces:
                load_table_files(store, [piece], spec, lenient, log=False)
            _merge_parts(file, pieces, options.strict)
            if file.result.status != "ok":
                raise _NotStored
            _log(store, [file], spec, started)
    except _NotStored:
        return
    except _DuckDBInputError as exc:
        file.report = _failed(file, kind, str(exc))


def _merge_parts(file: _File, pieces: list[_File], strict: bool) -> None:
    """The file's result from its parts' results."""
    result = file.result
    result.rows_read = sum(p.result.rows_read for p in pieces)
    result.rows_skipped = sum(p.result.rows_skipped for p in pieces)
    result.events_added = sum(p.result.events_added for p in pieces)
    problems = [problem for p in pieces for problem in p.report.problems]
    file.report.problems.extend(problems[:MAX_LISTED_PROBLEMS])
    if strict and result.rows_skipped:
        result.status = "rejected"
        result.message = (f"{file.name}: {result.rows_skipped} malformed rows, file not "
                          f"stored (--strict); first: {problems[0]}")
    elif not any(p.good for p in pieces) and problems:
        result.status, result.message = "error", f"{file.name}: no readable rows ({problems[0]})"
    if result.status != "ok":
        result.events_added = 0


def _failed(file: _File, kind: str, message: str) -> IngestReport:
    return IngestReport(inputs=[InputResult(file.name, kind, status="error", message=message)])


#: Write-ahead log that a load lets grow before DuckDB checkpoints. DuckDB's default of
#: 16 MB checkpointed after nearly every batch of files, at a cost that grew with the store:
#: 640 15-minute files took 31 s cpu, 17 s of it in commits (bench/bench_gdelt_range.py);
#: with 256 MB, 20 s. Over 1,280 files, 256 MB gave 29 files per cpu second and 64 MB 21
#: (more checkpoints), both flat. A committed batch is as durable in the log as in the
#: file (a killed load keeps it). About 440 bytes of log per GDELT event: a checkpoint every
#: ~500,000 events bounds the memory held by committed rows not yet checkpointed.
LOAD_CHECKPOINT_WAL = "256MB"


@contextmanager
def _bulk_load_settings(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Bounded memory, no row order to keep (readers sort; it costs time and memory),
    checkpoints every `LOAD_CHECKPOINT_WAL` of log and no vacuum for the duration of a
    load (threads are set per statement); the previous settings come back afterwards.

    No vacuum: DuckDB inserts with several threads, each writing full row groups of its
    own and, if it wrote one, a partial row group at the end; the next checkpoint (the
    store's close) merged those partial row groups by rewriting them and their
    neighbours, 0.7 s of cpu, single-threaded, after a 300,000-row GDELT export
    (bench/bench_gdelt.py), and left the file larger. A load that adds a row group's
    worth of rows ends with a checkpoint of its own, with vacuum off, which keeps them
    as they are (written to the database file already, they cost it little); a smaller
    one leaves its rows in the log for the close, as before (a checkpoint after a
    2,000-row file into a store of 10 million events: 0.13 s)."""
    names = ("memory_limit", "preserve_insertion_order", "threads", "checkpoint_threshold",
             "max_vacuum_tasks")
    before = [con.execute(f"SELECT current_setting('{n}')").fetchone()[0]  # type: ignore[index]
              for n in names]
    con.execute(f"SET memory_limit = '{LOAD_MEMORY_LIMIT}'")
    con.execute("SET preserve_insertion_order = false")
    con.execute(f"SET checkpoint_threshold = '{LOAD_CHECKPOINT_WAL}'")
    con.execute("SET max_vacuum_tasks = 0")
    try:
        yield
    finally:
        for name, value in zip(names, before, strict=True):
            con.execute(f"SET {name} = {sql_literal(value)}")
