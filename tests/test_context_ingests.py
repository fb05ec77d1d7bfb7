"""Context layers and event files share one ingest log, one report type and one checksum
form; a store written before they did opens and moves its context loads over."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb

from entente.context import load_file
from entente.sources.eventtables import ingest_icews
from entente.sources.report import IngestReport
from entente.store import MIGRATIONS, SCHEMA_VERSION, Store

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHA = "4f1c0a9d2b7e65f3c8a1d0e9b6c5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7"


def log(store: Store) -> list[tuple]:
    return store.con.execute(
        "SELECT kind, source, checksum, rows_kept, status, licence IS NOT NULL "
        "FROM ingests ORDER BY kind").fetchall()


def test_event_file_and_context_layer_land_in_the_same_log(store):
    events = ingest_icews(store, [FIXTURES / "sources" / "events.2018.sample.tab"])
    votes = load_file(store, FIXTURES / "context" / "unga_votes.csv")
    assert isinstance(events, IngestReport) and isinstance(votes, IngestReport)
    (icews, unga) = log(store)
    assert icews[0] == "icews" and icews[1] is None and icews[2].startswith("sha256:")
    assert unga[:2] == ("unga", "unga") and unga[2].startswith("sha256:")
    assert unga[3] == sum(votes.inputs[0].tables.values()) and unga[4:] == ("ok", True)
    assert len(unga[2]) == len("sha256:") + 64


def test_context_rows_point_at_their_ingest(store):
    report = load_file(store, FIXTURES / "context" / "unga_votes.csv")
    ingest_id = report.inputs[0].ingest_id
    stored = store.con.execute("SELECT DISTINCT load_id FROM unga_votes").fetchall()
    assert stored == [(ingest_id,)]
    assert store.con.execute("SELECT count(*) FROM ingests WHERE ingest_id = ?",
                             [ingest_id]).fetchone() == (1,)


def test_the_context_summary_names_source_tables_and_licence(store):
    lines = load_file(store, FIXTURES / "context" / "unga_votes.csv").summary()
    assert "unga_votes.csv: unga from UN General Assembly voting data (Voeten" in lines[0]
    assert "stored " in lines[0] and " unga_votes" in lines[0] and "(licence: " in lines[0]
    assert lines[-1].startswith("total: ") and "context rows stored" in lines[-1]
    assert any(line.startswith("skipped ") and ": line " in line for line in lines)


def _old_store(path: Path) -> None:
    """A store as entente wrote it before context loads joined `ingests`."""
    ours = next(i for i, steps in enumerate(MIGRATIONS)
                if "DROP TABLE context_loads" in steps)
    con = duckdb.connect(str(path))
    for number, steps in enumerate(MIGRATIONS[:ours], start=1):
        for sql in steps:
            con.execute(sql)
        con.execute("INSERT INTO schema_version VALUES (?, ?)", [number, datetime(2026, 11, 2)])
    load_id = f"unga:{SHA}:2026-11-02T09:15:00"
    con.execute("INSERT INTO context_loads VALUES (?, 'unga', 'unga', '/data/UNVotes.csv', ?, "
                "?, 'CC BY 4.0', 120, 118, 2, ?)",
                [load_id, SHA, datetime(2026, 11, 1, 8), datetime(2026, 11, 2, 9, 15)])
    con.execute("INSERT INTO context_loads VALUES ('wits:https://wits.example/q:2026-11-02', "
                "'tariffs', 'wits', 'https://wits.example/q', NULL, ?, 'CC BY 4.0', 0, 0, 0, ?)",
                [datetime(2026, 11, 2), datetime(2026, 11, 2, 10)])
    con.execute("INSERT INTO unga_votes VALUES ('unga', 3021, 'SRB', 2021, 76, 1, "
                "'A/RES/76/1', ?, ?, 'CC BY 4.0')", [load_id, datetime(2026, 11, 1, 8)])
    con.close()


def test_an_old_store_opens_and_its_context_loads_move_to_ingests(tmp_path):
    path = tmp_path / "old.duckdb"
    _old_store(path)
    with Store(path) as store:
        assert store.version() == SCHEMA_VERSION
        tables = {r[0] for r in store.con.execute("SHOW TABLES").fetchall()}
        assert "context_loads" not in tables
        moved = store.con.execute(
            "SELECT kind, source, path, checksum, rows_read, rows_kept, rows_skipped, status, "
            "licence, retrieved_at, started_at FROM ingests ORDER BY kind").fetchall()
    assert moved == [
        ("tariffs", "wits", "https://wits.example/q", None, 0, 0, 0, "ok", "CC BY 4.0",
         datetime(2026, 11, 2), datetime(2026, 11, 2, 10)),
        ("unga", "unga", "/data/UNVotes.csv", f"sha256:{SHA}", 120, 118, 2, "ok", "CC BY 4.0",
         datetime(2026, 11, 1, 8), datetime(2026, 11, 2, 9, 15)),
    ]


def test_a_migrated_store_keeps_loading(tmp_path):
    path = tmp_path / "old.duckdb"
    _old_store(path)
    with Store(path) as store:
        load_file(store, FIXTURES / "context" / "unga_votes.csv")
        ingest_icews(store, [FIXTURES / "sources" / "events.2018.sample.tab"])
        kinds = store.con.execute("SELECT kind, count(*) FROM ingests GROUP BY kind "
                                  "ORDER BY kind").fetchall()
    assert kinds == [("icews", 1), ("tariffs", 1), ("unga", 2)]
