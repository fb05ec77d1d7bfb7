"""The event store: one DuckDB file holding documents, events and the ingest log.

Writes go through `Store.transaction()`: one transaction per input unit (a file, a batch of
documents), so a failure half-way leaves the store exactly as it was. Events are keyed by
their stable `event_id`, so writing the same events twice adds nothing.

The path comes from the caller, else `ENTENTE_DB`, else ``./entente.duckdb``.

One process writes a store at a time (DuckDB's file lock): opening waits for another
process's lock up to `entente.runtime.lock_wait()` seconds, then fails saying so. DuckDB's
spill files go to entente's cache folder, not to a ``<db>.tmp`` folder beside the store.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb

from . import runtime
from .errors import StoreError
from .record import Document, Event, column_names
from .timeutil import utc_now

__all__ = ["Store", "default_db_path", "SCHEMA_VERSION", "open_store", "sql_literal",
           "events_arrow_schema", "DedupScope", "GDELT_EXTRAS_COLUMNS", "GDELT_EXTRAS_TEXT",
           "GDELT_EXTRAS_TABLE", "gdelt_codes_sql"]

DEFAULT_DB = "entente.duckdb"

_EVENT_TYPES: dict[str, str] = {
    "date": "DATE", "pub_date": "DATE", "ingested_at": "TIMESTAMP",
    "source_start": "INTEGER", "source_end": "INTEGER",
    "target_start": "INTEGER", "target_end": "INTEGER",
    "quad_class": "TINYINT", "penta_class": "TINYINT", "goldstein": "DOUBLE",
    "trigger_start": "INTEGER", "trigger_end": "INTEGER",
    "location_lat": "DOUBLE", "location_lon": "DOUBLE",
    "sentence_index": "INTEGER", "confidence": "DOUBLE", "source_event_id": "BIGINT",
    "one_sided": "BOOLEAN",
}

#: Typed GDELT columns kept beside `events` (one row per stored GDELT event, keyed by its
#: dataset and GLOBALEVENTID): cheaper to write and to store than a JSON text per event
#: (measured in bench/bench_gdelt_store.py) and queryable as plain columns of the view
#: `gdelt_extras` (a table up to schema 6; see GDELT_EXTRAS_TEXT).
GDELT_EXTRAS_COLUMNS: tuple[tuple[str, str], ...] = (
    ("dataset", "VARCHAR"), ("source_event_id", "BIGINT"), ("is_root_event", "TINYINT"),
    ("event_base_code", "VARCHAR"), ("num_mentions", "INTEGER"), ("num_sources", "INTEGER"),
    ("num_articles", "INTEGER"), ("avg_tone", "DOUBLE"), ("date_added", "BIGINT"),
    ("action_geo_type", "TINYINT"), ("action_geo_fips", "VARCHAR"),
    ("action_geo_adm1", "VARCHAR"), ("action_geo_adm2", "VARCHAR"),
    ("action_geo_feature_id", "VARCHAR"),
    *((f"actor{n}_geo_{k}", t) for n in (1, 2) for k, t in (
        ("type", "TINYINT"), ("fips", "VARCHAR"), ("adm1", "VARCHAR"), ("lat", "DOUBLE"),
        ("lon", "DOUBLE"))),
    ("translated", "BOOLEAN"),
)

#: The text fields of `GDELT_EXTRAS_COLUMNS`, stored since schema 7 packed into one
#: tab-separated column (`codes` of `gdelt_extras_data`), in this order; the view
#: `gdelt_extras` unpacks them into the columns above. DuckDB spends about as much writing
#: a short text column as a long one (60-80 ms per 300,000 rows, even a constant one):
#: nine such columns cost 0.55 s per 300,000 GDELT rows, the packed one 0.16 s
#: (bench/bench_gdelt.py). A GDELT field holds no tab (the files are tab-separated
#: without quotes) and an empty field is read as NULL, so the packing is lossless.
GDELT_EXTRAS_TEXT: tuple[str, ...] = tuple(
    n for n, t in GDELT_EXTRAS_COLUMNS if t == "VARCHAR" and n != "dataset")

#: The table holding the GDELT extras (schema 7 on); `gdelt_extras` is a view over it.
GDELT_EXTRAS_TABLE = "gdelt_extras_data"


def gdelt_codes_sql(values: dict[str, str]) -> str:
    """The packed `codes` value of a GDELT extras row, from SQL expressions of its text
    fields (`GDELT_EXTRAS_TEXT`, by name; a missing one is NULL). One `concat` call: a
    chain of `||` built a new string at each step (0.17 against 0.05 s of cpu for the
    300,000 rows of bench/bench_gdelt.py)."""
    return "concat(" + ", chr(9), ".join(f"coalesce({values.get(n, 'NULL')}, '')"
                                         for n in GDELT_EXTRAS_TEXT) + ")"


def _gdelt_extras_kept() -> list[tuple[str, str]]:
    """The typed (not packed) columns of `gdelt_extras_data`."""
    return [(n, t) for n, t in GDELT_EXTRAS_COLUMNS if n not in GDELT_EXTRAS_TEXT]


def _gdelt_extras_ddl(codes: str = "") -> str:
    """The columns of `gdelt_extras_data`; `codes`: a clause for the packed text column."""
    return ", ".join("dataset ENUM('gdelt1', 'gdelt2')" if n == "dataset" else f"{n} {t}"
                     for n, t in _gdelt_extras_kept()) + f", codes VARCHAR{codes}"


def _gdelt_extras_v7() -> list[str]:
    """Schema 7: the GDELT extras with their text fields packed (see GDELT_EXTRAS_TEXT)
    and the dataset as an enum (a constant text column cost 60 ms per 300,000 rows, the
    enum 6), kept readable as before through the view `gdelt_extras`."""
    kept = _gdelt_extras_kept()
    view = ", ".join(
        "CAST(dataset AS VARCHAR) AS dataset" if n == "dataset" else
        f"nullif(split_part(codes, chr(9), {GDELT_EXTRAS_TEXT.index(n) + 1}), '') AS {n}"
        if n in GDELT_EXTRAS_TEXT else n for n, _ in GDELT_EXTRAS_COLUMNS)
    names = ", ".join(n for n, _ in kept)
    return [
        f"CREATE TABLE {GDELT_EXTRAS_TABLE} ({_gdelt_extras_ddl()})",
        f"INSERT INTO {GDELT_EXTRAS_TABLE} SELECT {names}, "
        f"{gdelt_codes_sql({n: n for n in GDELT_EXTRAS_TEXT})} FROM gdelt_extras",
        "DROP TABLE gdelt_extras",
        f"CREATE VIEW gdelt_extras AS SELECT {view} FROM {GDELT_EXTRAS_TABLE}",
    ]


#: How DuckDB compresses the text columns of `events` (schema 8 on). Left to itself it
#: analyses every candidate method for every column segment it writes (dictionary, FSST,
#: uncompressed, constant ...), and for the two dozen text columns of a dataset row that
#: analysis was a large part of a load: with the methods named here, the method it chose
#: anyway, a 300,000-row GDELT export took about a tenth less cpu to load, the store the
#: same size (bench/bench_gdelt.py). Ids and addresses (few repeats): FSST; codes, names,
#: kinds and labels (many repeats): dictionary. Columns holding article text or JSON
#: (`sentence`, `evidence`, `title`, `extras`) keep DuckDB's choice.
_FSST_COLUMNS = ("doc_id", "url", "event_id")
_ANALYSED_COLUMNS = ("sentence", "evidence", "title", "extras")


def _text_compression(name: str) -> str:
    """The `USING COMPRESSION` clause of a text column of `events` ('' for DuckDB's own
    choice)."""
    if name in _ANALYSED_COLUMNS:
        return ""
    return f" USING COMPRESSION {'fsst' if name in _FSST_COLUMNS else 'dictionary'}"


def _events_v8() -> list[str]:
    """Schema 8: `events` and the GDELT extras rebuilt with chosen compression (see
    `_text_compression`): the same rows and columns, cheaper to write. A large store pays
    its rebuild once, on its first write."""
    cols = ", ".join(
        f"{n} {_EVENT_TYPES.get(n, 'VARCHAR')}"
        + (_text_compression(n) if n not in _EVENT_TYPES else "") for n in column_names())
    names = ", ".join(column_names())
    extras_names = ", ".join([n for n, _ in _gdelt_extras_kept()] + ["codes"])
    return [
        f"CREATE TABLE events_v8 ({cols})",
        f"INSERT INTO events_v8 ({names}) SELECT {names} FROM events",
        "DROP TABLE events",
        "ALTER TABLE events_v8 RENAME TO events",
        f"CREATE TABLE {GDELT_EXTRAS_TABLE}_v8 "
        f"({_gdelt_extras_ddl(' USING COMPRESSION dictionary')})",
        f"INSERT INTO {GDELT_EXTRAS_TABLE}_v8 ({extras_names}) SELECT {extras_names} "
        f"FROM {GDELT_EXTRAS_TABLE}",
        f"DROP TABLE {GDELT_EXTRAS_TABLE}",
        f"ALTER TABLE {GDELT_EXTRAS_TABLE}_v8 RENAME TO {GDELT_EXTRAS_TABLE}",
    ]


#: The columns a dataset loader may bound its de-duplication with (see `DedupScope`).
_SCOPE_COLUMNS = ("source_event_id", "doc_id")

_DOCUMENT_COLUMNS = ("doc_id", "text", "title", "url", "publisher", "pub_date", "language",
                     "kind", "content_hash", "near_duplicate_of", "ingested_at", "coder_version")


def _events_ddl(table: str = "events") -> str:
    # No PRIMARY KEY and no index: DuckDB keeps ART indexes in memory and maintains them
    # row by row, which made bulk loads slow and their memory grow with the store.
    # `event_id` stays unique because every insert goes through `insert_new_events`.
    cols = [f"    {name} {_EVENT_TYPES.get(name, 'VARCHAR')}" for name in column_names()]
    return f"CREATE TABLE IF NOT EXISTS {table} (\n" + ",\n".join(cols) + "\n)"


#: Daily totals kept beside `events` so that dyad series need not scan every event.
#: `dyad_days`: events between two different resolved countries (the pair stored sorted,
#: `reversed` when the source is the later one); `country_days`: events involving a
#: country on either side (once per event). Both cover only events every measure counts
#: (dated, not near-duplicates) and hold partial sums: a write appends rows (negative for
#: a delete), readers sum them. `aggregate_state.events` is the number of rows of
#: `events` they account for: when it differs from `count(*)` (the table was written
#: around the Store), readers fall back to `events` until `refresh_aggregates()`.
_AGGREGATE_DDL = [
    """CREATE TABLE IF NOT EXISTS dyad_days (
        date DATE, dataset VARCHAR, country_lo VARCHAR, country_hi VARCHAR, reversed BOOLEAN,
        cameo_root VARCHAR, quad_class TINYINT, events BIGINT, goldstein_sum DOUBLE,
        goldstein_n BIGINT)""",
    """CREATE TABLE IF NOT EXISTS country_days (
        date DATE, dataset VARCHAR, country VARCHAR, events BIGINT)""",
    "CREATE TABLE IF NOT EXISTS aggregate_state (events BIGINT)",
]


def _aggregate_sql(source: str, sign: int = 1) -> list[str]:
    """Statements adding (sign 1) or taking away (-1) the events of `source` from the
    daily totals."""
    counted = f"(SELECT * FROM {source}) AS e WHERE duplicate_of IS NULL AND date IS NOT NULL " \
        "AND one_sided IS NOT TRUE"
    return [
        f"""INSERT INTO dyad_days SELECT date, dataset,
            least(source_country, target_country), greatest(source_country, target_country),
            source_country > target_country, cameo_root, quad_class, {sign} * count(*),
            {sign} * sum(goldstein), {sign} * count(goldstein)
        FROM {counted} AND source_country <> target_country
        GROUP BY ALL ORDER BY 3, 4, 1""",
        f"""INSERT INTO country_days SELECT date, dataset, country, {sign} * count(*) FROM (
            SELECT date, dataset, source_country AS country FROM {counted}
                AND source_country IS NOT NULL
            UNION ALL SELECT date, dataset, target_country FROM {counted}
                AND target_country IS NOT NULL
                AND target_country IS DISTINCT FROM source_country)
        GROUP BY ALL ORDER BY 3, 1""",
    ]


_REFRESH_AGGREGATES = [
    "DELETE FROM dyad_days", "DELETE FROM country_days", "DELETE FROM aggregate_state",
    *_aggregate_sql("events"),
    "INSERT INTO aggregate_state SELECT count(*) FROM events",
]

#: Columns of the `ingests` log, in order (after the last migration).
_INGEST_COLUMNS = ("ingest_id", "kind", "path", "checksum", "started_at", "finished_at",
                   "rows_read", "rows_kept", "rows_skipped", "status", "message", "source",
                   "licence", "retrieved_at")

# Each migration takes the store from version i to i + 1. Append, never edit.
MIGRATIONS: list[list[str]] = [
    [
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER, applied_at TIMESTAMP)",
        """CREATE TABLE IF NOT EXISTS documents (
            doc_id VARCHAR PRIMARY KEY, text VARCHAR, title VARCHAR, url VARCHAR,
            publisher VARCHAR, pub_date DATE, language VARCHAR, kind VARCHAR,
            content_hash VARCHAR, near_duplicate_of VARCHAR, ingested_at TIMESTAMP,
            coder_version VARCHAR)""",
        _events_ddl(),
        """CREATE TABLE IF NOT EXISTS ingests (
            ingest_id VARCHAR, kind VARCHAR, path VARCHAR, checksum VARCHAR,
            started_at TIMESTAMP, finished_at TIMESTAMP, rows_read BIGINT, rows_kept BIGINT,
            rows_skipped BIGINT, status VARCHAR, message VARCHAR)""",
    ],
    [  # context layers (issue 10): each row keeps its source, retrieval time and licence
        """CREATE TABLE IF NOT EXISTS context_loads (
            load_id VARCHAR PRIMARY KEY, layer VARCHAR, source VARCHAR, origin VARCHAR,
            checksum VARCHAR, retrieved_at TIMESTAMP, licence VARCHAR, rows_read BIGINT,
            rows_kept BIGINT, rows_skipped BIGINT, loaded_at TIMESTAMP)""",
        """CREATE TABLE IF NOT EXISTS trade_flows (
            source VARCHAR, reporter VARCHAR, exporter VARCHAR, importer VARCHAR,
            year INTEGER, product VARCHAR, value_usd DOUBLE, quantity DOUBLE,
            load_id VARCHAR, retrieved_at TIMESTAMP, licence VARCHAR,
            PRIMARY KEY (source, reporter, exporter, importer, year, product))""",
        """CREATE TABLE IF NOT EXISTS tariffs (
            source VARCHAR, reporter VARCHAR, partner VARCHAR, year INTEGER, product VARCHAR,
            indicator VARCHAR, value_pct DOUBLE, load_id VARCHAR, retrieved_at TIMESTAMP,
            licence VARCHAR,
            PRIMARY KEY (source, reporter, partner, year, product, indicator))""",
        """CREATE TABLE IF NOT EXISTS sanctions (
            source VARCHAR, entity_id VARCHAR, schema VARCHAR, name VARCHAR, country VARCHAR,
            target_kind VARCHAR, authority VARCHAR, programme VARCHAR, dataset VARCHAR,
            start_date DATE, end_date DATE, first_seen DATE, last_seen DATE,
            load_id VARCHAR, retrieved_at TIMESTAMP, licence VARCHAR,
            PRIMARY KEY (source, entity_id, country, authority, programme))""",
        """CREATE TABLE IF NOT EXISTS unga_votes (
            source VARCHAR, rcid BIGINT, country VARCHAR, year INTEGER, session INTEGER,
            vote TINYINT, resolution VARCHAR, load_id VARCHAR, retrieved_at TIMESTAMP,
            licence VARCHAR, PRIMARY KEY (source, rcid, country))""",
        """CREATE TABLE IF NOT EXISTS unga_ideal_points (
            source VARCHAR, country VARCHAR, session INTEGER, year INTEGER, ideal_point DOUBLE,
            load_id VARCHAR, retrieved_at TIMESTAMP, licence VARCHAR,
            PRIMARY KEY (source, country, session))""",
    ],
    [*_AGGREGATE_DDL, *_REFRESH_AGGREGATES],  # daily totals for fast dyad series
    [  # native ids (issue 18): the dataset's own event id as a typed column, GDELT extras
        # as typed columns beside the events; stored dataset rows get their ids back
        "ALTER TABLE events ADD COLUMN IF NOT EXISTS source_event_id BIGINT",
        "UPDATE events SET source_event_id = TRY_CAST(doc_id AS BIGINT) "
        "WHERE dataset IN ('gdelt1', 'gdelt2')",
        "UPDATE events SET source_event_id = TRY_CAST(split_part(doc_id, ':', 1) AS BIGINT) "
        "WHERE dataset = 'icews'",
        "CREATE TABLE IF NOT EXISTS gdelt_extras ("
        + ", ".join(f"{n} {t}" for n, t in GDELT_EXTRAS_COLUMNS) + ")",
    ],
    [  # one log for every load (issue 14): context layers join `ingests`, checksums
        # "sha256:<hex>" everywhere; a context row's load_id is its ingest's ingest_id
        "ALTER TABLE ingests ADD COLUMN source VARCHAR",
        "ALTER TABLE ingests ADD COLUMN licence VARCHAR",
        "ALTER TABLE ingests ADD COLUMN retrieved_at TIMESTAMP",
        f"INSERT INTO ingests ({', '.join(_INGEST_COLUMNS)}) "
        "SELECT load_id, layer, origin, CASE WHEN checksum IS NULL OR checksum LIKE 'sha256:%' "
        "THEN checksum ELSE 'sha256:' || checksum END, loaded_at, loaded_at, rows_read, "
        "rows_kept, rows_skipped, 'ok', '', source, licence, retrieved_at FROM context_loads",
        "DROP TABLE context_loads",
    ],
    # one-sided happenings (issue 13): stored only when asked for, never in a dyad
    ["ALTER TABLE events ADD COLUMN IF NOT EXISTS one_sided BOOLEAN"],
    _gdelt_extras_v7(),  # lean rows (issue 18): GDELT extras cheaper to write
    _events_v8(),  # chosen compression (issue 18): dataset rows cheaper to write
]
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True, slots=True)
class DedupScope:
    """Where stored copies of a batch of dataset rows can be: rows of `dataset` whose
    `column` (the native id, or the doc_id for datasets with text ids) lies in [low, high].

    An event's id is a hash of its dataset and doc_id, and a dataset's doc_id is a function
    of its native id, so a stored copy of a new row always lies in this range: comparing
    only there is exact, and DuckDB's zone maps skip every other row group, which keeps
    the cost of a file flat however large the store grows."""

    dataset: str
    column: str
    low: int | str
    high: int | str

    def where(self) -> str:
        if self.column not in _SCOPE_COLUMNS:
            raise ValueError(f"not a de-duplication column: {self.column!r}")
        return (f"dataset = {sql_literal(self.dataset)} AND {self.column} BETWEEN "
                f"{sql_literal(self.low)} AND {sql_literal(self.high)}")


@contextmanager
def optimizers_disabled(con: duckdb.DuckDBPyConnection, names: Sequence[str]
                        ) -> Iterator[None]:
    """DuckDB's optimizers `names` (those this DuckDB knows) off for the block, besides any
    the connection had off; the connection's own setting comes back afterwards."""
    if not names:
        yield
        return
    before = con.execute("SELECT current_setting('disabled_optimizers')").fetchone()[0]  # type: ignore[index]
    known = {row[0] for row in con.execute("SELECT name FROM duckdb_optimizers()").fetchall()}
    off = [n.strip() for n in (before or "").split(",") if n.strip()]
    off += [n for n in names if n in known and n not in off]
    con.execute(f"SET disabled_optimizers = {sql_literal(','.join(off))}")
    try:
        yield
    finally:
        con.execute(f"SET disabled_optimizers = {sql_literal(before or '')}")


def default_db_path() -> Path:
    """`ENTENTE_DB` if set, else ``entente.duckdb`` in the working directory."""
    return Path(os.environ.get("ENTENTE_DB") or DEFAULT_DB)


def connection_config() -> dict[str, str]:
    """The settings every connection of this process opens a store with (DuckDB refuses a
    second connection to one file with other settings): spill files in the cache."""
    return {"temp_directory": str(runtime.scratch_dir("duckdb-tmp") / "spill")}


def _remove_stray_spill(path: Path) -> None:
    """Remove the ``<db>.tmp`` spill folder a killed DuckDB process left beside the store
    (call only while holding the store's write lock: no one else can be using it)."""
    folder = path.with_name(path.name + ".tmp")
    if not folder.is_dir():
        return
    for item in folder.glob("duckdb_temp_*"):
        item.unlink(missing_ok=True)
    if not any(folder.iterdir()):
        folder.rmdir()


class Store:
    """A DuckDB-backed event store. Use as a context manager or call `close()`.

    `keep_empty=False` removes a store file this object created if it still holds no data
    when closed (so a failed first ingest leaves no empty store behind).
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False,
                 create: bool = True, keep_empty: bool = True) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self._discard_if_empty = not keep_empty and not self.path.exists()
        try:
            if (read_only or not create) and not self.path.exists():
                raise StoreError(f"{self.path}: no such store (ingest something first)")
            self.con = runtime.connect_waiting(self.path, read_only=read_only,
                                               config=connection_config())
            # no progress bar: it would write over the command's own output
            self.con.execute("SET enable_progress_bar = false")
        except duckdb.Error as exc:
            if runtime.is_lock_error(exc):
                raise StoreError(f"{self.path}: the store is in use by another process "
                                 f"(waited {runtime.lock_wait():g} s for it; set "
                                 "ENTENTE_LOCK_WAIT to wait longer)") from None
            raise StoreError(f"{self.path}: cannot open store: {exc}") from None
        if not read_only:
            _remove_stray_spill(self.path)
        #: The relation analysis reads events from: the `events` table, or a view that also
        #: covers attached Parquet partitions (see `attach_parquet`).
        self.events_table = "events"
        if not read_only:
            self.migrate()
        elif self.version() < SCHEMA_VERSION:
            raise StoreError(f"{self.path}: store schema is older than this entente; "
                             "open it once without read-only to migrate")

    # -- lifecycle -------------------------------------------------------------------
    def close(self) -> None:
        empty = self._discard_if_empty and self._holds_nothing()
        self.con.close()
        if empty:
            for leftover in (self.path, self.path.with_name(self.path.name + ".wal")):
                leftover.unlink(missing_ok=True)

    def _holds_nothing(self) -> bool:
        """True when no table but the schema bookkeeping has a row."""
        try:
            tables = [r[0] for r in self.con.execute(
                "SELECT table_name FROM duckdb_tables() WHERE database_name = "
                "current_database() AND table_name NOT IN ('schema_version', "
                "'aggregate_state')").fetchall()]
            return not any(self.con.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone()
                           for t in tables)
        except duckdb.Error:
            return False

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def version(self) -> int:
        try:
            row = self.con.execute("SELECT max(version) FROM schema_version").fetchone()
        except duckdb.CatalogException:
            return 0
        return int(row[0]) if row and row[0] is not None else 0

    def migrate(self) -> None:
        """Bring the schema up to `SCHEMA_VERSION`, one transaction per step; a new store
        gets every step in one transaction (one commit instead of one per step: a fresh
        process loading one file paid for each)."""
        current = self.version()
        steps = list(enumerate(MIGRATIONS[current:], start=current + 1))
        for group in ([steps] if current == 0 else [[step] for step in steps]):
            with self.transaction():
                for number, statements in group:
                    for sql in statements:
                        self.con.execute(sql)
                    self.con.execute(f"INSERT INTO schema_version VALUES "
                                     f"({sql_literal(number)}, {sql_literal(utc_now())})")

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """All or nothing: on any exception the store is rolled back and it re-raises."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        else:
            self.con.execute("COMMIT")

    def attach_parquet(self, directory: str | Path) -> None:
        """Query a directory of Parquet event partitions in place, beside the stored events.

        Analysis then reads `all_events` (a temporary view), so data larger than memory
        never has to be loaded into the store.
        """
        pattern = str(Path(directory) / "**" / "*.parquet").replace("'", "''")
        if not list(Path(directory).glob("**/*.parquet")):
            raise StoreError(f"{directory}: no Parquet partitions to attach")
        self.con.execute(
            "CREATE OR REPLACE TEMP VIEW all_events AS SELECT * FROM events UNION ALL BY NAME "
            f"SELECT * FROM read_parquet('{pattern}', union_by_name = true)")
        self.events_table = "all_events"

    # -- writes ----------------------------------------------------------------------
    def earlier_report(self, event: Event, window_days: int, *,
                       con: duckdb.DuckDBPyConnection | None = None) -> str | None:
        """The document of a stored report of the same act (same dataset, countries and
        CAMEO code, dated up to `window_days` before `event`, from another document), or
        None. Used to count an act a story retells as background only once."""
        if event.date is None or not (event.source.country and event.target.country):
            return None
        row = (con or self.con).execute(
            "SELECT doc_id FROM events WHERE dataset = ? AND source_country = ? "
            "AND target_country = ? AND cameo_code = ? AND doc_id IS DISTINCT FROM ? "
            "AND duplicate_of IS NULL AND date BETWEEN ? - CAST(? AS INTEGER) AND ? "
            "ORDER BY date, doc_id LIMIT 1",
            [event.dataset, event.source.country, event.target.country, event.cameo_code,
             event.doc_id, event.date, window_days, event.date]).fetchone()
        return row[0] if row else None

    def add_events(self, events: Iterable[Event], *, con: duckdb.DuckDBPyConnection | None = None
                   ) -> int:
        """Insert events not yet stored (by `event_id`); returns how many were new.

        Call inside `transaction()` to make it part of a larger unit; otherwise the call
        is its own transaction.
        """
        rows = [e.to_row() for e in events]
        if not rows:
            return 0
        if con is None:
            with self.transaction() as tx:
                return self._insert_events(tx, rows)
        return self._insert_events(con, rows)

    def _insert_events(self, con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> int:
        import pyarrow as pa

        stamp = utc_now()
        for row in rows:
            row["ingested_at"] = row["ingested_at"] or stamp
        table = pa.Table.from_pylist(rows, schema=events_arrow_schema())
        con.register("_new_events", table)
        try:
            unique = len({row["event_id"] for row in rows}) == len(rows)
            return self.insert_new_events(con, "SELECT * FROM _new_events", unique=unique)
        finally:
            con.unregister("_new_events")

    def insert_new_events(self, con: duckdb.DuckDBPyConnection, select: str,
                          params: Sequence[Any] = (), *, unique: bool = False,
                          scope: DedupScope | None = None,
                          on_added: Callable[[str, int], None] | None = None,
                          optimizers_off: Sequence[str] = ()) -> int:
        """Insert the rows of `select` (a query giving event columns by name) whose
        `event_id` is not stored yet, one row per `event_id`; returns how many were added.

        Every write to `events` goes through here (the bulk loaders too): it is what keeps
        `event_id` unique. `unique=True` promises that `select` yields each event_id once,
        which skips the costly de-duplication of the new rows. `scope` bounds where stored
        copies can be (see `DedupScope`): only the event ids stored there are compared,
        and none at all when that range holds no row. `on_added(relation, count)` is called
        with the rows just added (to write rows of a side table for them). DuckDB's
        `optimizers_off` are turned off for the INSERT statement alone (not for the
        de-duplication queries before it). Run it on the connection of an open transaction.
        """
        names = ", ".join(column_names())
        once = "" if unique else " QUALIFY row_number() OVER (PARTITION BY event_id) = 1"
        in_scope = f"SELECT * FROM events WHERE {scope.where()}" if scope else ""
        if in_scope and con.execute(f"{in_scope} LIMIT 1").fetchone() is None:
            # nothing stored in the range (the usual case for a new file): nothing to
            # compare with, and afterwards the range holds exactly the new rows, which
            # zone maps find without reading the rest of the store
            fresh, added_rows = "", f"({in_scope})"
        else:
            # live rows have distinct row ids, so the largest is at least count - 1
            last_row = con.execute(
                "SELECT coalesce(max(rowid), -1) FROM events "
                "WHERE rowid >= (SELECT count(*) - 1 FROM events)").fetchone()[0]  # type: ignore[index]
            fresh = self._without_stored(con, select, params, scope)
            # appended rows take row ids after every existing one
            added_rows = self.new_rows(last_row)
        with optimizers_disabled(con, optimizers_off):
            row = con.execute(f"INSERT INTO events ({names}) SELECT {names} FROM ({select}) "
                              f"AS new_events{fresh}{once}", list(params)).fetchone()
        added = int(row[0]) if row else 0
        self._update_aggregates(con, added_rows, added, 1)
        if added and on_added is not None:
            on_added(added_rows, added)
        return added

    @staticmethod
    def _without_stored(con: duckdb.DuckDBPyConnection, select: str, params: Sequence[Any],
                        scope: DedupScope | None) -> str:
        """A WHERE clause leaving out the rows of `select` stored already ('' if none is).

        Compared on event ids alone (a narrow join: a wide one held every new row in
        memory and ran out of it on large files), and only within `scope`, if given."""
        stored = "SELECT event_id FROM events" + (f" WHERE {scope.where()}" if scope else "")
        if scope is None and con.execute(f"{stored} LIMIT 1").fetchone() is None:
            return ""  # nothing stored: nothing to compare with
        con.execute("CREATE OR REPLACE TEMP TABLE _entente_stored_ids AS SELECT event_id "
                    f"FROM (SELECT event_id FROM ({select})) AS new_ids SEMI JOIN ({stored}) "
                    "AS stored USING (event_id)", list(params))
        if con.execute("SELECT 1 FROM _entente_stored_ids LIMIT 1").fetchone() is None:
            return ""
        return " WHERE event_id NOT IN (SELECT event_id FROM _entente_stored_ids)"

    @staticmethod
    def new_rows(last_row: int) -> str:
        """The events appended after row id `last_row`, as a relation."""
        return f"(SELECT * FROM events WHERE rowid > {int(last_row)})"

    def insert_parquet_events(self, con: duckdb.DuckDBPyConnection, path: str | Path,
                              stamp: datetime) -> int:
        """Insert the events of a Parquet file (event columns by name) not stored yet; an
        empty `ingested_at` takes `stamp`. Returns how many were added (see
        `insert_new_events`; run it in a transaction of the caller)."""
        values = ", ".join(f"coalesce({n}, CAST(? AS TIMESTAMP)) AS {n}" if n == "ingested_at"
                           else n for n in column_names())
        source = str(path).replace("'", "''")
        return self.insert_new_events(con, f"SELECT {values} FROM read_parquet('{source}')",
                                      [stamp])

    def delete_events(self, con: duckdb.DuckDBPyConnection, where: str,
                      params: Sequence[Any] = ()) -> int:
        """Delete the events matching `where` (daily totals kept in step); returns how many.
        Run it on the connection of an open transaction."""
        source = f"(SELECT * FROM events WHERE {where})"
        count = int(con.execute(f"SELECT count(*) FROM {source}", list(params)).fetchone()[0])  # type: ignore[index]
        if count:
            # the totals first, while the rows are still there
            self._update_aggregates(con, source, count, -1, params)
            con.execute(f"DELETE FROM events WHERE {where}", list(params))
        return count

    def _update_aggregates(self, con: duckdb.DuckDBPyConnection, source: str, count: int,
                           sign: int, params: Sequence[Any] = ()) -> None:
        """Add (or take away) `count` events of `source` to the daily totals."""
        if not count:
            return
        found = int(con.execute(f"SELECT count(*) FROM {source}", list(params)).fetchone()[0])  # type: ignore[index]
        if found != count:  # should not happen; never let the totals go wrong quietly
            con.execute("UPDATE aggregate_state SET events = -1")
            return
        for sql in _aggregate_sql(source, sign):
            con.execute(sql, list(params) * sql.count(source))  # its `?` once per use
        con.execute(f"UPDATE aggregate_state SET events = events + {int(sign * count)} "
                    "WHERE events >= 0")

    def aggregates_current(self) -> bool:
        """True when the daily totals account for exactly the rows of `events`."""
        try:
            row = self.con.execute(
                "SELECT (SELECT max(events) FROM aggregate_state) = "
                "(SELECT count(*) FROM events)").fetchone()
        except duckdb.CatalogException:
            return False
        return bool(row and row[0])

    def refresh_aggregates(self) -> None:
        """Rebuild the daily totals from `events` (after writing events around the Store)."""
        with self.transaction() as tx:
            for sql in _REFRESH_AGGREGATES:
                tx.execute(sql)

    def add_documents(self, docs: Iterable[Document], *, coder_version: str | None = None,
                      con: duckdb.DuckDBPyConnection | None = None) -> int:
        """Store the documents whose id is not stored yet, in one statement; returns how many.

        One INSERT per batch, not per document: DuckDB holds about a megabyte per statement
        until the transaction commits.
        """
        import pyarrow as pa

        target = con or self.con
        stamp = utc_now()
        rows = [{"doc_id": d.doc_id, "text": d.text, "title": d.title, "url": d.url,
                 "publisher": d.publisher, "pub_date": d.pub_date, "language": d.language,
                 "kind": d.kind, "content_hash": d.content_hash,
                 "near_duplicate_of": d.near_duplicate_of, "ingested_at": stamp,
                 "coder_version": coder_version} for d in docs]
        if not rows:
            return 0
        types = {"pub_date": pa.date32(), "ingested_at": pa.timestamp("us")}
        schema = pa.schema([(name, types.get(name, pa.string())) for name in _DOCUMENT_COLUMNS])
        names = ", ".join(_DOCUMENT_COLUMNS)
        target.register("_new_documents", pa.Table.from_pylist(rows, schema=schema))
        try:  # DuckDB answers an INSERT with the number of rows it added
            row = target.execute(
                f"INSERT INTO documents ({names}) SELECT {names} FROM _new_documents "
                "ANTI JOIN (SELECT doc_id FROM documents) AS stored USING (doc_id) "
                "QUALIFY row_number() OVER (PARTITION BY doc_id) = 1").fetchone()
            return int(row[0]) if row else 0
        finally:
            target.unregister("_new_documents")

    def log_ingest(self, *, kind: str, path: str, checksum: str | None, started_at: datetime,
                   rows_read: int, rows_kept: int, rows_skipped: int, status: str,
                   message: str = "", source: str | None = None, licence: str | None = None,
                   retrieved_at: datetime | None = None,
                   con: duckdb.DuckDBPyConnection | None = None) -> str:
        """Record what was read, when, and how it went (for a context layer also its source,
        licence and retrieval time); returns the ingest's id."""
        entry = {"kind": kind, "path": path, "checksum": checksum, "started_at": started_at,
                 "rows_read": rows_read, "rows_kept": rows_kept, "rows_skipped": rows_skipped,
                 "status": status, "message": message, "source": source, "licence": licence,
                 "retrieved_at": retrieved_at}
        return self.log_ingests([entry], con=con)[0]

    def log_ingests(self, entries: Sequence[dict[str, Any]], *,
                    con: duckdb.DuckDBPyConnection | None = None) -> list[str]:
        """`log_ingest` for many inputs in one statement (a batch of files: one round trip,
        not one per file); each entry holds `log_ingest`'s keyword arguments."""
        if not entries:
            return []
        finished, ids, rows = utc_now(), [], []
        for e in entries:
            ids.append(f"{e['kind']}:{e['checksum'] or e['path']}:{e['started_at'].isoformat()}")
            values = [ids[-1], e["kind"], e["path"], e["checksum"], e["started_at"], finished,
                      e["rows_read"], e["rows_kept"], e["rows_skipped"], e["status"],
                      e.get("message", ""), e.get("source"), e.get("licence"),
                      e.get("retrieved_at")]
            rows.append(f"({', '.join(map(sql_literal, values))})")
        (con or self.con).execute(f"INSERT INTO ingests ({', '.join(_INGEST_COLUMNS)}) "
                                  f"VALUES {', '.join(rows)}")
        return ids

    def ingested_checksums(self) -> set[str]:
        """The checksums of every input stored successfully (one query for a whole load
        of many files, instead of one per file)."""
        rows = self.con.execute("SELECT DISTINCT checksum FROM ingests WHERE status = 'ok' "
                                "AND checksum IS NOT NULL").fetchall()
        return {row[0] for row in rows}

    def has_ingested(self, checksum: str) -> bool:
        """True if an input with this checksum was stored successfully before."""
        row = self.con.execute(
            f"SELECT 1 FROM ingests WHERE checksum = {sql_literal(checksum)} "
            "AND status = 'ok' LIMIT 1").fetchone()
        return row is not None

    # -- reads -----------------------------------------------------------------------
    def _count(self, con: duckdb.DuckDBPyConnection, table: str) -> int:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[index]

    def count_events(self, dataset: str | None = None) -> int:
        """Stored events, or those of one `dataset` ("entente", "gdelt2", ...)."""
        if dataset is None:
            return self._count(self.con, "events")
        row = self.con.execute("SELECT count(*) FROM events WHERE dataset = ?",
                               [dataset]).fetchone()
        return int(row[0]) if row else 0

    def has_dataset(self, dataset: str) -> bool:
        """Whether any event of `dataset` is stored (zone maps answer without a scan)."""
        # a literal, not a bound parameter: binding one imports pandas (see sql_literal)
        return self.con.execute(f"SELECT 1 FROM events WHERE dataset = {sql_literal(dataset)} "
                                "LIMIT 1").fetchone() is not None

    def shared_days(self, first: str, second: str) -> tuple[int, date | None, date | None]:
        """Days on which both datasets hold events: (how many, the first, the last)."""
        row = self.con.execute(
            "SELECT count(*), min(date), max(date) FROM (SELECT DISTINCT date FROM events "
            "WHERE dataset = ? INTERSECT SELECT DISTINCT date FROM events WHERE dataset = ?)",
            [first, second]).fetchone()
        return (int(row[0]), row[1], row[2]) if row else (0, None, None)

    def count_documents(self) -> int:
        return self._count(self.con, "documents")

    def events(self, where: str = "", params: Sequence[Any] = ()) -> list[Event]:
        """Stored events as `Event` records, in a stable order."""
        sql = "SELECT * FROM events" + (f" WHERE {where}" if where else "") + \
            " ORDER BY date NULLS LAST, event_id"
        cur = self.con.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [Event.from_row(dict(zip(names, row, strict=True))) for row in cur.fetchall()]

    def documents(self) -> list[Document]:
        """Every stored document, in id order."""
        return list(self.iter_documents())

    def iter_documents(self, page: int = 1000) -> Iterator[Document]:
        """Every stored document in id order, read `page` at a time (each page a query of
        its own, so writes between pages are safe)."""
        last = ""
        while rows := self.con.execute(
                "SELECT doc_id, text, title, url, publisher, pub_date, language, kind, "
                "near_duplicate_of FROM documents WHERE doc_id > ? ORDER BY doc_id LIMIT ?",
                [last, page]).fetchall():
            for r in rows:
                yield Document(text=r[1], doc_id=r[0], title=r[2], url=r[3], publisher=r[4],
                               pub_date=r[5], language=r[6], kind=r[7],
                               near_duplicate_of=r[8])
            last = rows[-1][0]

    def document_texts(self) -> Iterator[tuple[str, str, str, str | None]]:
        """(doc_id, content_hash, text, near_duplicate_of) of every stored document in the
        order they were ingested, fetched a thousand at a time (for de-duplication)."""
        cursor = self.con.execute(
            "SELECT doc_id, content_hash, text, near_duplicate_of FROM documents "
            "ORDER BY ingested_at, doc_id")
        while rows := cursor.fetchmany(1000):
            yield from rows

    def set_coder_version(self, con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str],
                          version: str) -> None:
        """Stamp documents as coded by `version` (run in the caller's transaction)."""
        con.execute("UPDATE documents SET coder_version = ? WHERE list_contains(?, doc_id)",
                    [version, list(doc_ids)])

    # -- context layers -----------------------------------------------------------------
    def context_layer(self, name: str, a: str, b: str, start: int | None = None,
                      end: int | None = None) -> Any:
        """One context layer's rows for the pair `a`, `b` over the years `start`..`end`
        (None: open), as a pandas DataFrame; `name` is one of `CONTEXT_READS`."""
        if name not in CONTEXT_READS:
            raise StoreError(f"unknown context layer read {name!r} (known: "
                             f"{', '.join(CONTEXT_READS)})")
        sql = CONTEXT_READS[name]
        for column in ("year", "va.year", "pa.year"):
            sql = sql.replace(f"{{years:{column}}}", _years_sql(column, start, end))
        return self.con.execute(sql, {"a": a, "b": b}).df()

    def context_sources(self, a: str, b: str, layers: Sequence[str]) -> Any:
        """Every source stored for the pair in `layers` (trade, tariffs, sanctions, unga),
        with licence, retrieval time and first and last year, as a pandas DataFrame."""
        sql = " UNION ALL ".join(_CONTEXT_SOURCES[layer] for layer in layers)
        return self.con.execute(f"SELECT * FROM ({sql}) ORDER BY ALL", {"a": a, "b": b}).df()

    def export(self, out: str | Path, fmt: str = "parquet") -> int:
        """Write the events table (flat columns) to Parquet or CSV; returns the row count."""
        fmt = fmt.lower()
        if fmt not in ("parquet", "csv"):
            raise StoreError(f"unknown export format: {fmt!r} (use parquet or csv)")
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        options = "FORMAT PARQUET" if fmt == "parquet" else "FORMAT CSV, HEADER"
        target = str(out).replace("'", "''")
        self.con.execute(
            f"COPY (SELECT * FROM {self.events_table} ORDER BY date NULLS LAST, event_id) "
            f"TO '{target}' ({options})")
        return self.count_events()


@contextmanager
def open_store(path: str | Path | None = None, *, read_only: bool = False,
               create: bool = True, keep_empty: bool = True) -> Iterator[Store]:
    """`with open_store(db) as store:` — the usual way to use a store briefly.

    `create=False` refuses a path with no store instead of creating an empty one;
    `keep_empty=False` removes a store it created that is still empty at the end.
    """
    store = Store(path, read_only=read_only, create=create, keep_empty=keep_empty)
    try:
        yield store
    finally:
        store.close()


def sql_literal(value: str | int | float | date | None) -> str:
    """A SQL literal for a plain value (None, number, text, date or timestamp).

    The bulk-load path writes its few scalars this way rather than as `?` parameters:
    binding any parameter makes DuckDB's Python client import pandas, a fixed 0.25-0.4 s
    of every `entente ingest gdelt` command otherwise (measured on the 2-core dev machine).
    """
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):  # from its text: a bare 2.5 would be a DECIMAL
        return f"CAST('{value!r}' AS DOUBLE)"
    if isinstance(value, datetime):
        return f"TIMESTAMP '{value.isoformat(sep=' ')}'"
    if isinstance(value, date):
        return f"DATE '{value.isoformat()}'"
    return "'" + str(value).replace("'", "''") + "'"


def events_arrow_schema() -> Any:
    """The pyarrow schema of the events table's flat columns (for Parquet partitions)."""
    import pyarrow as pa

    arrow = {"DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"), "INTEGER": pa.int32(),
             "TINYINT": pa.int8(), "DOUBLE": pa.float64(), "VARCHAR": pa.string(),
             "BIGINT": pa.int64(), "BOOLEAN": pa.bool_()}
    return pa.schema([(n, arrow[_EVENT_TYPES.get(n, "VARCHAR")]) for n in column_names()])


#: The reads of context layers for a pair ($a, $b); `{years:COLUMN}` bounds the years.
CONTEXT_READS = {
    # one value per source, reporter, direction and year: TOTAL if given, else the sum of
    # chapters
    "trade_totals": """
        SELECT source, reporter, exporter, importer, year,
               coalesce(max(value_usd) FILTER (WHERE product = 'TOTAL'),
                        sum(value_usd) FILTER (WHERE product <> 'TOTAL')) AS value_usd,
               max(retrieved_at) AS retrieved_at, any_value(licence) AS licence
        FROM trade_flows
        WHERE ((exporter = $a AND importer = $b) OR (exporter = $b AND importer = $a))
          AND {years:year}
        GROUP BY ALL ORDER BY ALL""",
    "trade_products": """
        SELECT source, reporter, year, product, sum(value_usd) AS value_usd
        FROM trade_flows
        WHERE ((exporter = $a AND importer = $b) OR (exporter = $b AND importer = $a))
          AND product <> 'TOTAL' AND {years:year}
        GROUP BY ALL ORDER BY year, value_usd DESC, product""",
    "tariffs": """
        SELECT reporter, partner, year, indicator, value_pct, retrieved_at, licence, source
        FROM tariffs
        WHERE product = 'TOTAL' AND ((reporter = $a AND partner IN ($b, 'WLD'))
                                     OR (reporter = $b AND partner IN ($a, 'WLD')))
          AND {years:year}
        ORDER BY ALL""",
    "sanctions": """
        SELECT country, authority, programme, entity_id, target_kind,
               year(coalesce(start_date, first_seen)) AS start_year, year(end_date) AS end_year,
               retrieved_at, licence, source
        FROM sanctions WHERE country IN ($a, $b) ORDER BY ALL""",
    "unga_agreement": """
        SELECT va.year, count(*) AS joint_votes, avg(CASE WHEN va.vote = vb.vote THEN 1.0
               ELSE 0.0 END) AS agreement, max(va.retrieved_at) AS retrieved_at,
               any_value(va.licence) AS licence
        FROM unga_votes va JOIN unga_votes vb
          ON va.rcid = vb.rcid AND va.source = vb.source
        WHERE va.country = $a AND vb.country = $b AND va.vote IN (1, 2, 3)
          AND vb.vote IN (1, 2, 3) AND {years:va.year}
        GROUP BY va.year ORDER BY va.year""",
    "ideal_distance": """
        SELECT pa.year, abs(pa.ideal_point - pb.ideal_point) AS distance,
               pa.ideal_point AS ideal_a, pb.ideal_point AS ideal_b,
               pa.retrieved_at, pa.licence
        FROM unga_ideal_points pa JOIN unga_ideal_points pb
          ON pa.session = pb.session AND pa.source = pb.source
        WHERE pa.country = $a AND pb.country = $b AND {years:pa.year}
        ORDER BY pa.year""",
}

_CONTEXT_SOURCES = {
    "trade": "SELECT 'trade' AS layer, source, licence, max(retrieved_at) AS retrieved_at, "
             "min(year) AS first_year, max(year) AS last_year FROM trade_flows WHERE "
             "(exporter = $a AND importer = $b) OR (exporter = $b AND importer = $a) "
             "GROUP BY ALL",
    "tariffs": "SELECT 'tariffs' AS layer, source, licence, max(retrieved_at) AS "
               "retrieved_at, min(year) AS first_year, max(year) AS last_year "
               "FROM tariffs WHERE reporter IN ($a, $b) GROUP BY ALL",
    "sanctions": "SELECT 'sanctions' AS layer, source, licence, max(retrieved_at) AS "
                 "retrieved_at, min(year(coalesce(start_date, first_seen))) AS first_year, "
                 "max(year(coalesce(start_date, first_seen))) AS last_year FROM sanctions "
                 "WHERE country IN ($a, $b) GROUP BY ALL",
    "unga": "SELECT 'unga' AS layer, source, licence, max(retrieved_at) AS retrieved_at, "
            "min(year) AS first_year, max(year) AS last_year "
            "FROM unga_votes WHERE country IN ($a, $b) GROUP BY ALL",
}


def _years_sql(column: str, start: int | None, end: int | None) -> str:
    parts = []
    if start is not None:
        parts.append(f"{column} >= {int(start)}")
    if end is not None:
        parts.append(f"{column} <= {int(end)}")
    return " AND ".join(parts) or "TRUE"
