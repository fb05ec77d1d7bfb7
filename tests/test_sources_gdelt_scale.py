"""GDELT at history scale: every row stored or reported, native ids, de-duplication within
the id range of a file, zipped inputs with a size cap, range ingest in batches."""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from entente import runtime
from entente.errors import StoreError
from entente.sources import ingest_gdelt, tabular
from entente.sources.gdelt import file_span, ingest_gdelt_files, select_files
from entente.sources.report import LoadProgress
from entente.sources.unpack import unpack_root
from entente.store import MIGRATIONS, SCHEMA_VERSION, Store
from httpserver import LocalWeb
from test_sources_server import run

_FIPS = {"SRB": "RI", "IRN": "IR", "RUS": "RS", "UKR": "UP", "CHN": "CH", "USA": "US",
         "TUR": "TU", "DEU": "GM"}
_PLACES = {"SRB": ("Belgrade, Central Serbia, Serbia", "44.8186", "20.4681"),
           "IRN": ("Tehran, Tehran, Iran", "35.75", "51.5148"),
           "RUS": ("Moscow, Moskva, Russia", "55.7522", "37.6156"),
           "UKR": ("Kyiv, Kyyiv, Misto, Ukraine", "50.4333", "30.5167"),
           "CHN": ("Beijing, Beijing, China", "39.9289", "116.388"),
           "USA": ("Washington, District of Columbia, United States", "38.8951", "-77.0364"),
           "TUR": ("Ankara, Ankara, Turkey", "39.9272", "32.8644"),
           "DEU": ("Berlin, Berlin, Germany", "52.5167", "13.4")}
_PAIRS = [("SRB", "IRN", "036"), ("RUS", "UKR", "190"), ("CHN", "USA", "042"),
          ("TUR", "DEU", "057"), ("UKR", "RUS", "111"), ("USA", "CHN", "0251")]


def gdelt_row(event_id: int, day: str = "20250601", pair: int = 0, *, gdelt1: bool = False,
              lat: str | None = None, **override: str) -> str:
    """One genuine-looking GDELT export row (2.0: 61 columns, 1.0: 58)."""
    src, tgt, code = _PAIRS[pair % len(_PAIRS)]
    place, plat, plon = _PLACES[src]

    def actor(c: str) -> list[str]:
        return [c + "GOV", c, c, "", "", "", "", "GOV", "", ""]

    def geo(c: str) -> list[str]:
        name, la, lo = _PLACES[c]
        return ["4", name, _FIPS[c], _FIPS[c] + "00", *([] if gdelt1 else [""]), la, lo,
                "-1"]

    action = ["4", place, _FIPS[src], _FIPS[src] + "02", *([] if gdelt1 else [""]),
              lat or plat, lat or plon, "-2"]
    fields = {"GLOBALEVENTID": str(event_id), "SQLDATE": day}
    row = [fields["GLOBALEVENTID"], override.get("SQLDATE", day), day[:6], day[:4],
           f"{day[:4]}.4110", *actor(src), *actor(tgt), "1", code, code[:3], code[:2],
           override.get("QuadClass", "1"), "3.4", override.get("NumMentions", "6"), "1", "6",
           "-1.2345", *geo(src), *geo(tgt), *action,
           (day if gdelt1 else day + "120000"),
           f"https://www.example-news.org/world/{day}/{event_id}.html"]
    return "\t".join(row)


def write(path: Path, lines: list[str | bytes], zipped: bool = False) -> Path:
    data = b"".join((line if isinstance(line, bytes) else line.encode()) + b"\n"
                    for line in lines)
    if zipped:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(path.name.removesuffix(".zip"), data)
    else:
        path.write_bytes(data)
    return path


def test_every_row_of_a_broken_gdelt2_file_is_stored_or_reported(store: Store,
                                                                 tmp_path: Path) -> None:
    lines: list[str | bytes] = [
        gdelt_row(1300000001),
        gdelt_row(1300000002, lat="NA"),                      # NA lat/lon: stored, NULL
        gdelt_row(1300000003, SQLDATE="20251341"),            # bad date
        "\t".join(gdelt_row(1300000004).split("\t")[:40]),    # 40 columns
        gdelt_row(1300000005) + "\textra",                    # 62 columns
        gdelt_row(1300000006).replace("SRBGOV", "SRB\xe9GOV").encode("latin-1"),  # not UTF-8
        gdelt_row(1300000007).replace("world", "w" * 2_100_000),  # a 2 MB row
        gdelt_row(1300000008, NumMentions="many"),            # a cast no check names
        gdelt_row(1300000009, QuadClass=""),                  # empty: NULL, then the ontology
        gdelt_row(1300000010, pair=3),
    ]
    path = write(tmp_path / "20250601120000.export.CSV.zip", lines, zipped=True)
    report = ingest_gdelt_files(store, [path])
    stored = {r[0]: r[1:] for r in store.con.execute(
        "SELECT source_event_id, location_lat, location_lon, quad_class FROM events"
        ).fetchall()}
    reported = {p.line: p.reason for p in report.problems}
    assert sorted(stored) == [1300000001, 1300000002, 1300000009, 1300000010]
    assert stored[1300000002][:2] == (None, None) and stored[1300000009][2] == 1
    assert reported == {
        3: "field SQLDATE: Could not convert string \"20251341\" to 'DATE'",
        4: "40 columns, expected 61", 5: "62 columns, expected 61",
        6: "not UTF-8 text; convert the file to UTF-8 first",
        7: "row longer than 2,000,000 bytes, not read",
        8: 'field NumMentions: Could not convert string "many" to \'INTEGER\''}
    (result,) = report.inputs
    assert (result.rows_read, result.events_added, result.rows_skipped) == (10, 4, 6)
    assert all(p.path == str(path) for p in report.problems)


def test_missing_coordinates_load_as_null_and_a_word_is_reported(store: Store,
                                                                  tmp_path: Path) -> None:
    """Action coordinates written as a missing value of any spelling (NaN too) are NULL;
    a word that is neither a number nor a missing value rejects its row with the field."""
    lines = [gdelt_row(1300000031, lat="NaN"), gdelt_row(1300000032, lat=" nan "),
             gdelt_row(1300000033, lat="-"), gdelt_row(1300000034, lat=" 44.25 "),
             gdelt_row(1300000035, lat="north")]
    report = ingest_gdelt_files(store, [write(tmp_path / "20250601123000.export.CSV",
                                              lines)])
    stored = dict(store.con.execute(
        "SELECT source_event_id, location_lat FROM events").fetchall())
    assert stored == {1300000031: None, 1300000032: None, 1300000033: None,
                      1300000034: 44.25}
    assert {p.line: p.reason for p in report.problems} == {
        5: "field ActionGeo_Lat: north is not a number"}


def test_strict_cli_exits_1_on_a_row_only_the_cast_rejects(tmp_path: Path, capsys) -> None:
    path = write(tmp_path / "20250601121500.export.CSV",
                 [gdelt_row(1300000020), gdelt_row(1300000021, NumMentions="seven")])
    db = tmp_path / "s.duckdb"
    assert run(["ingest", "gdelt", str(path), "--strict", "--db", str(db)]) == 1
    assert "1 malformed rows, file not stored" in capsys.readouterr().err
    with Store(db) as store:
        assert store.count_events() == 0


def test_every_row_of_a_broken_gdelt1_file_is_stored_or_reported(store: Store,
                                                                 tmp_path: Path) -> None:
    lines = [gdelt_row(482200001, gdelt1=True), gdelt_row(482200002, gdelt1=True, lat="NA"),
             gdelt_row(482200003, gdelt1=True, SQLDATE="2025-06-01"),
             "\t".join(gdelt_row(482200004, gdelt1=True).split("\t")[:57])]
    report = ingest_gdelt_files(store, [write(tmp_path / "20250601.export.CSV", lines)])
    assert [(p.line, p.reason.split(":")[0]) for p in report.problems] == [
        (3, "field SQLDATE"), (4, "57 columns, expected 58")]
    assert store.con.execute("SELECT dataset, count(*) FROM events GROUP BY 1").fetchall() \
        == [("gdelt1", 2)]


def test_reingesting_changed_bytes_adds_nothing_and_keeps_one_extras_row(
        store: Store, tmp_path: Path) -> None:
    rows = [gdelt_row(1300000100 + n, pair=n) for n in range(6)]
    first = write(tmp_path / "20250601130000.export.CSV", rows)
    ingest_gdelt_files(store, [first])
    # the same rows in another order, zipped, with one new row: only that row is new
    again = write(tmp_path / "20250601130000.export.CSV.zip",
                  rows[::-1] + [gdelt_row(1300000199, pair=2)], zipped=True)
    report = ingest_gdelt_files(store, [again])
    assert report.events_added == 1 and store.count_events() == 7
    assert store.con.execute("SELECT count(*), count(DISTINCT source_event_id) "
                             "FROM gdelt_extras").fetchone() == (7, 7)
    assert store.aggregates_current()


def test_dedup_compares_only_within_the_new_files_id_range(store: Store, tmp_path: Path,
                                                           monkeypatch) -> None:
    old = write(tmp_path / "20250601000000.export.CSV",
                [gdelt_row(1300000000 + n, pair=n) for n in range(0, 300)])
    new = write(tmp_path / "20250601001500.export.CSV",
                [gdelt_row(1300000000 + n, pair=n) for n in range(290, 600)])
    ingest_gdelt_files(store, [old])
    seen: list[str] = []
    real = store.insert_new_events

    def spy(con, select, params=(), **kw):
        seen.append(kw["scope"].where())
        return real(con, select, params, **kw)

    monkeypatch.setattr(store, "insert_new_events", spy)
    assert ingest_gdelt_files(store, [new]).events_added == 300
    assert seen == ["dataset = 'gdelt2' AND source_event_id BETWEEN 1300000290 AND 1300000599"]
    assert store.count_events() == 600


def test_a_large_file_into_a_filled_store_fits_the_load_memory(tmp_path: Path,
                                                               monkeypatch) -> None:
    """The out-of-memory case of issue 17: a file overlapping a filled store, with 160 MB
    of load memory, one thread (the bench runs 500,000 rows under the real limit)."""
    monkeypatch.setattr(tabular, "LOAD_MEMORY_LIMIT", "160MB")
    monkeypatch.setenv("ENTENTE_LOAD_THREADS", "1")
    with Store(tmp_path / "big.duckdb") as store:
        filled = write(tmp_path / "20250601000000.export.CSV",
                       [gdelt_row(1300000000 + n, pair=n) for n in range(40_000)])
        ingest_gdelt_files(store, [filled])
        big = write(tmp_path / "20250601001500.export.CSV",
                    [gdelt_row(1300000000 + n, pair=n) for n in range(30_000, 150_000)])
        report = ingest_gdelt_files(store, [big])
        assert not report.errors and report.events_added == 110_000
        assert store.count_events() == 150_000


def test_a_zip_bomb_is_refused_before_anything_is_written(tmp_path: Path, store: Store,
                                                         monkeypatch) -> None:
    monkeypatch.setenv("ENTENTE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(runtime, "_SCRATCH", {})
    bomb = tmp_path / "20250601140000.export.CSV.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive, \
            archive.open("20250601140000.export.CSV", "w", force_zip64=True) as member:
        block = gdelt_row(1300000300).encode() + b"\n" + b"\t" * (1 << 20)
        for _ in range(200):  # 200 MB unpacked, about 200 kB packed
            member.write(block)
    report = ingest_gdelt_files(store, [bomb])
    assert "times its size (at most 100: a zip bomb?)" in report.errors[0]
    assert not any(p.is_file() for p in (tmp_path / "cache").rglob("*"))
    assert store.count_events() == 0


def test_files_left_by_a_killed_run_are_removed_by_the_next(tmp_path: Path, store: Store,
                                                            monkeypatch) -> None:
    monkeypatch.setenv("ENTENTE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(runtime, "_SCRATCH", {})
    dead = unpack_root() / "999999999-cafe0001"
    dead.mkdir(parents=True)
    (dead / "member.tsv").write_bytes(b"x" * 4096)
    path = write(tmp_path / "20250601150000.export.CSV.zip", [gdelt_row(1300000400)],
                 zipped=True)
    assert ingest_gdelt_files(store, [path]).events_added == 1
    assert not dead.exists()
    (mine,) = unpack_root().iterdir()  # this process's folder, empty, removed at exit
    assert mine.name.startswith(f"{os.getpid()}-") and not any(mine.iterdir())


def old_store(path: Path, version: int, source: Path, copy: list[str]) -> Path:
    """A store made by an older entente (schema `version`), filled from the store at
    `source` (attached as `new`) by the `copy` statements."""
    import duckdb

    con = duckdb.connect(str(path))
    for number, statements in enumerate(MIGRATIONS[:version], start=1):
        for sql in statements:
            con.execute(sql)
        con.execute(f"INSERT INTO schema_version VALUES ({number}, now())")
    con.execute(f"ATTACH '{source}' AS new (READ_ONLY)")
    for sql in copy:
        con.execute(sql)
    con.execute("DETACH new")
    con.close()
    return path


def test_an_old_store_migrates_and_keeps_native_ids(tmp_path: Path) -> None:
    rows = [gdelt_row(1300000500 + n, pair=n) for n in range(4)]
    with Store(tmp_path / "new.duckdb") as new:
        ingest_gdelt_files(new, [write(tmp_path / "20250601160000.export.CSV", rows)])
    old = old_store(tmp_path / "old.duckdb", 3, tmp_path / "new.duckdb", [
        "INSERT INTO events SELECT * REPLACE (NULL AS source_event_id) FROM new.events",
        "INSERT INTO ingests BY NAME SELECT * EXCLUDE (source, licence, retrieved_at) "
        "FROM new.ingests"])
    with Store(old) as store:  # migrates: the stored GDELT rows get their native ids
        assert store.version() == SCHEMA_VERSION
        assert store.con.execute("SELECT count(source_event_id) FROM events").fetchone() == (4,)
        again = write(tmp_path / "20250601160000.export.CSV.zip", rows, zipped=True)
        assert ingest_gdelt_files(store, [again]).events_added == 0


def test_a_store_of_schema_6_keeps_its_gdelt_extras(tmp_path: Path) -> None:
    """Schema 7 packs the extras' text fields into one column: a store made before keeps
    every extras row, read through the same `gdelt_extras` columns, and loads on."""
    files = [write(tmp_path / "20250601170000.export.CSV",
                   [gdelt_row(1300000600 + n, pair=n) for n in range(5)]),
             write(tmp_path / "20250601.export.CSV",
                   [gdelt_row(480000100 + n, pair=n, gdelt1=True) for n in range(3)])]
    with Store(tmp_path / "new.duckdb") as new:
        assert ingest_gdelt_files(new, files).events_added == 8
        expected = new.con.execute(
            "SELECT * FROM gdelt_extras ORDER BY dataset, source_event_id").fetchall()
    old = old_store(tmp_path / "old.duckdb", 6, tmp_path / "new.duckdb", [
        f"INSERT INTO {table} BY NAME SELECT * FROM new.{table}"
        for table in ("events", "ingests", "gdelt_extras")])
    with pytest.raises(StoreError, match=f"{old}.*open it once without read-only"):
        Store(old, read_only=True)
    with Store(old) as store:
        assert store.version() == SCHEMA_VERSION
        rows = store.con.execute(
            "SELECT * FROM gdelt_extras ORDER BY dataset, source_event_id").fetchall()
        assert rows == expected and len(rows) == 8
        serbia = store.con.execute(
            "SELECT action_geo_fips, action_geo_adm1, action_geo_adm2, action_geo_feature_id, "
            "event_base_code FROM gdelt_extras WHERE source_event_id = 1300000600").fetchone()
        assert serbia == ("RI", "RI02", None, "-2", "036")  # an empty field between others
        assert ingest_gdelt_files(store, files).events_added == 0
        again = write(tmp_path / "20250601170000.export.CSV.zip",
                      [gdelt_row(1300000600 + n, pair=n) for n in range(6)], zipped=True)
        assert ingest_gdelt_files(store, [again]).events_added == 1
        assert store.con.execute("SELECT count(*) FROM gdelt_extras").fetchone() == (9,)


def _compression(store: Store, table: str) -> dict[str, set[str]]:
    """The compression DuckDB wrote each column of `table` with (after a checkpoint)."""
    store.con.execute("CHECKPOINT")
    rows = store.con.execute(
        f"SELECT column_name, compression FROM pragma_storage_info('{table}') "
        "WHERE segment_type <> 'VALIDITY'").fetchall()
    found: dict[str, set[str]] = {}
    for column, method in rows:
        found.setdefault(column, set()).add(method)
    return found


def test_a_store_of_schema_7_is_rebuilt_with_chosen_compression(tmp_path: Path) -> None:
    """Schema 8 names the compression of the text columns (DuckDB's analysis of every
    method was a large part of a load): a store made before keeps every event and extras
    row, byte for byte, and writes its rows with the chosen methods from then on."""
    files = [write(tmp_path / "20250601180000.export.CSV",
                   [gdelt_row(1300000700 + n, pair=n) for n in range(6)])]
    with Store(tmp_path / "new.duckdb") as new:
        assert ingest_gdelt_files(new, files).events_added == 6
        events = new.con.execute("SELECT * FROM events ORDER BY event_id").fetchall()
        extras = new.con.execute("SELECT * FROM gdelt_extras ORDER BY source_event_id").fetchall()
        chosen = _compression(new, "events")
    old = old_store(tmp_path / "old.duckdb", 7, tmp_path / "new.duckdb", [
        "INSERT INTO events BY NAME SELECT * FROM new.events",
        "INSERT INTO ingests BY NAME SELECT * FROM new.ingests",
        "INSERT INTO gdelt_extras_data BY NAME SELECT * FROM new.gdelt_extras_data"])
    with Store(old) as store:
        assert store.version() == SCHEMA_VERSION == 8
        assert store.con.execute("SELECT * FROM events ORDER BY event_id").fetchall() == events
        assert store.con.execute(
            "SELECT * FROM gdelt_extras ORDER BY source_event_id").fetchall() == extras
        assert ingest_gdelt_files(store, files).events_added == 0
        again = write(tmp_path / "20250601180000.export.CSV.zip",
                      [gdelt_row(1300000700 + n, pair=n) for n in range(8)], zipped=True)
        assert ingest_gdelt_files(store, [again]).events_added == 2
        rebuilt = _compression(store, "events")
    # a few rows: left to itself, DuckDB stores these two uncompressed
    for found in (chosen, rebuilt):
        assert found["event_id"] == {"FSST"} and found["cameo_code"] == {"Dictionary"}


def test_file_names_choose_files_by_time() -> None:
    assert file_span("20250601001500.export.CSV.zip") == (
        datetime(2025, 6, 1, 0, 15), datetime(2025, 6, 1, 0, 29, 59, 999999))
    assert file_span("201502.zip")[1] == datetime(2015, 2, 28, 23, 59, 59, 999999)
    assert file_span("events.tab") is None
    files = [Path("20250601001500.export.CSV.zip"), Path("20250602.export.CSV"),
             Path("mine.csv")]
    assert select_files(files, datetime(2025, 6, 2), None) == files[1:]


def _master(web: LocalWeb, count: int) -> str:
    lines = []
    for n in range(count):
        stamp = f"20250601{n // 4:02d}{n % 4 * 15:02d}00"
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(f"{stamp}.export.CSV", "\n".join(
                gdelt_row(1300010000 + n * 10 + k, pair=k) for k in range(5)) + "\n")
        data = buffer.getvalue()
        web.add(f"/gdeltv2/{stamp}.export.CSV.zip", data, "application/zip")
        lines.append(f"{len(data)} {hashlib.md5(data).hexdigest()} "
                     f"http://data.gdeltproject.org/gdeltv2/{stamp}.export.CSV.zip")
    web.add("/gdeltv2/masterfilelist.txt", "\n".join(lines) + "\n", "text/plain")
    return web.url("/gdeltv2/")


def test_range_loads_in_batches_with_progress_and_resumes(web: LocalWeb, tmp_path: Path,
                                                          store: Store, monkeypatch) -> None:
    monkeypatch.setattr(tabular, "BATCH_FILES", 4)
    monkeypatch.setattr("entente.sources.gdelt.BATCH_FILES", 4)
    mirror = _master(web, 10)
    seen: list[tuple[int, int]] = []

    def stop_after_first_batch(state: LoadProgress) -> None:
        seen.append((state.done, state.total))
        assert state.rate > 0 and state.eta is not None and "files/s" in state.line()
        raise KeyboardInterrupt  # the user presses Ctrl-C, or the machine dies

    options = {"start": datetime(2025, 6, 1), "end": datetime(2025, 6, 1, 23, 59),
               "mirror": mirror, "cache_dir": tmp_path / "cache", "allow_private": True}
    with pytest.raises(KeyboardInterrupt):
        ingest_gdelt(store, progress=stop_after_first_batch, **options)
    assert seen == [(4, 10)] and store.count_events() == 20  # the first batch is committed
    states: list[int] = []
    report = ingest_gdelt(store, progress=lambda s: states.append(s.done), **options)
    assert states == [8, 10] and store.count_events() == 50
    assert [r.status for r in report.inputs].count("already ingested") == 4
    assert "0 files fetched, 10 found in the cache, 0 skipped" in report.notes


def test_files_commit_together_until_a_batch_holds_enough_rows(store: Store, tmp_path: Path,
                                                               monkeypatch) -> None:
    """Small files are committed together by their line count (a DuckDB row group's worth
    goes straight to the database file), each file still whole and counted once."""
    monkeypatch.setattr(tabular, "BATCH_ROWS", 5)
    files = [write(tmp_path / f"2025060113{n:02d}00.export.CSV",
                   [gdelt_row(1300030000 + n * 10 + k, pair=k) for k in range(3)])
             for n in range(5)]
    done: list[int] = []
    report = ingest_gdelt_files(store, files, progress=lambda s: done.append(s.done))
    assert done == [2, 4, 5]  # 3 + 3 lines reach 5: a commit; the last file alone
    assert report.events_added == 15 and store.count_events() == 15
    assert len(store.ingested_checksums()) == 5 and store.aggregates_current()
    again = ingest_gdelt_files(store, files)
    assert again.events_added == 0 and store.count_events() == 15


_KILLED_LOAD = """
import os, signal, sys
from pathlib import Path
from entente.sources import gdelt
from entente.store import Store

gdelt.BATCH_FILES = 2

def die_after_first_batch(state):
    os.kill(os.getpid(), signal.SIGKILL)  # the machine dies right after a commit

with Store(Path(sys.argv[1])) as store:
    gdelt.ingest_gdelt_files(store, sys.argv[2:], progress=die_after_first_batch)
"""


def test_a_load_killed_after_a_commit_keeps_that_batch_and_resumes(tmp_path: Path) -> None:
    """Batches committed before a SIGKILL are kept from the write-ahead log (a load lets
    the log grow before checkpointing); the rerun adds the rest, nothing twice."""
    import subprocess
    import sys

    files = [str(write(tmp_path / f"2025060112{n:02d}00.export.CSV.zip",
                       [gdelt_row(1300020000 + n * 10 + k, pair=k) for k in range(3)],
                       zipped=True)) for n in range(5)]
    db = tmp_path / "killed.duckdb"
    child = subprocess.run([sys.executable, "-c", _KILLED_LOAD, str(db), *files],
                           env={**os.environ, "ENTENTE_CACHE": str(tmp_path / "cache")},
                           capture_output=True, timeout=120)
    assert child.returncode == -9
    assert Path(str(db) + ".wal").stat().st_size > 0  # committed, not checkpointed
    with Store(db) as store:
        assert store.count_events() == 6 and len(store.ingested_checksums()) == 2
        report = ingest_gdelt_files(store, files)
        assert [r.status for r in report.inputs].count("already ingested") == 2
        assert store.count_events() == 15 and store.aggregates_current()
        ids = [r[0] for r in store.con.execute("SELECT source_event_id FROM events").fetchall()]
        assert len(set(ids)) == 15


def test_a_load_gives_back_the_connection_settings_it_changed(store: Store,
                                                               tmp_path: Path) -> None:
    names = ("preserve_insertion_order", "threads", "checkpoint_threshold", "disabled_optimizers")

    def settings() -> list[object]:
        return [store.con.execute(f"SELECT current_setting('{n}')").fetchone()
                for n in names]

    before = settings()
    path = write(tmp_path / "20250601124500.export.CSV", [gdelt_row(1300000041)])
    assert ingest_gdelt_files(store, [path]).events_added == 1
    assert settings() == before  # (memory_limit too, but DuckDB rounds what it shows)


def test_a_load_stopped_after_a_batch_keeps_it_and_leaves_nothing_unpacked(
        store: Store, tmp_path: Path, monkeypatch) -> None:
    """When a load stops (here the caller's progress callback fails after the first
    commit), the committed batch stays and the file already unpacked for the next batch
    is removed; a rerun loads the rest."""
    monkeypatch.setenv("ENTENTE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(runtime, "_SCRATCH", {})
    monkeypatch.setattr(tabular, "BATCH_ROWS", 3)
    files = [write(tmp_path / f"2025060114{n:02d}00.export.CSV.zip",
                   [gdelt_row(1300040000 + n * 10 + k, pair=k) for k in range(3)],
                   zipped=True) for n in range(6)]

    def screen_closed(state: LoadProgress) -> None:
        raise OSError("progress display went away")

    with pytest.raises(OSError, match="went away"):
        ingest_gdelt_files(store, files, progress=screen_closed)
    assert store.count_events() == 3 and len(store.ingested_checksums()) == 1
    assert not [p for p in unpack_root().rglob("*") if p.is_file()]
    report = ingest_gdelt_files(store, files)  # the rerun loads the other five
    assert [r.status for r in report.inputs].count("already ingested") == 1
    assert report.events_added == 15 and store.count_events() == 18


def test_a_failing_list_of_files_stops_the_load_with_its_own_error(
        store: Store, tmp_path: Path, monkeypatch) -> None:
    """An error raised while the files are listed (a download source that breaks) reaches
    the caller as it is; the file unpacked before it is removed, nothing is stored."""
    monkeypatch.setenv("ENTENTE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(runtime, "_SCRATCH", {})
    first = write(tmp_path / "20250601150000.export.CSV.zip", [gdelt_row(1300050000)],
                  zipped=True)

    def listing():
        yield first
        raise PermissionError("the download folder was unmounted")

    with pytest.raises(PermissionError, match="unmounted"):
        ingest_gdelt_files(store, listing())
    assert store.count_events() == 0
    assert not [p for p in unpack_root().rglob("*") if p.is_file()]


def test_load_threads_follow_the_idle_cores(monkeypatch) -> None:
    """A second DuckDB thread only pays on an idle core (bench/bench_gdelt.py --threads):
    two idle cores give two threads for a large file, a busy machine one, and a file of
    one 8 MB piece one whatever the machine; ENTENTE_LOAD_THREADS overrides the choice."""
    monkeypatch.delenv("ENTENTE_LOAD_THREADS", raising=False)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    large = 120 << 20
    for load, threads in ((0.3, 2), (0.99, 2), (1.4, 1), (7.2, 1)):
        monkeypatch.setattr(os, "getloadavg", lambda load=load: (load, load, load))
        assert tabular.load_threads(large) == threads, load
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert tabular.load_threads(5 << 20) == 1
    monkeypatch.setenv("ENTENTE_LOAD_THREADS", "1")
    assert tabular.load_threads(large) == 1
