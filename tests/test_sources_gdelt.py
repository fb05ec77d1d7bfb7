"""GDELT 1.0 / 2.0 export files through DuckDB into the events table, and back out."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import pytest

from entente.record import make_event_id
from entente.sources.gdelt import GdeltFilters, ingest_gdelt_files
from entente.store import Store
from test_sources_server import run

FIX = Path(__file__).parent / "fixtures" / "sources"
FIRST = FIX / "20250601001500.export.CSV"
SECOND = FIX / "20250601003000.export.CSV"
MIXED = FIX / "20250602120000.export.CSV"


def zipped(tmp_path: Path, source: Path) -> Path:
    out = tmp_path / (source.name + ".zip")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(source, source.name)
    return out


def rows_of(store: Store) -> dict[str, dict[str, str]]:
    cur = store.con.execute("SELECT * FROM events")
    names = [d[0] for d in cur.description]
    return {r[names.index("doc_id")]: dict(zip(names, r, strict=True)) for r in cur.fetchall()}


def extras_of(store: Store) -> dict[int, dict[str, object]]:
    cur = store.con.execute("SELECT * FROM gdelt_extras")
    names = [d[0] for d in cur.description]
    return {r[names.index("source_event_id")]: dict(zip(names, r, strict=True))
            for r in cur.fetchall()}


def test_gdelt2_zip_to_events(store: Store, tmp_path: Path) -> None:
    report = ingest_gdelt_files(store, [zipped(tmp_path, FIRST), SECOND])
    assert report.events_added == 6 and not report.errors and not report.problems
    rows = rows_of(store)
    serbia = rows["1241930001"]
    assert (serbia["dataset"], serbia["source_country"], serbia["target_country"]) == \
        ("gdelt2", "SRB", "IRN")
    assert serbia["cameo_code"] == "036" and serbia["cameo_root"] == "03"
    assert serbia["quad_class"] == 1 and serbia["goldstein"] == 4.0
    assert serbia["source_sector"] == "GOV" and serbia["source_kind"] == "state"
    assert serbia["publisher"] == "b92.net" and str(serbia["pub_date"]) == "2025-06-01"
    assert serbia["location_name"] == "Belgrade, Central Serbia, Serbia"
    assert serbia["source_event_id"] == 1241930001
    assert json.loads(serbia["extras"]) == {"num_articles": 10}
    extras = extras_of(store)[1241930001]
    assert extras["num_mentions"] == 10 and extras["num_articles"] == 10
    assert extras["avg_tone"] == pytest.approx(2.35294117647059)
    # FIPS geo codes stay geo: RI is Serbia in FIPS 10-4, never an actor country
    assert extras["action_geo_fips"] == "RI" and extras["actor2_geo_fips"] == "IR"
    assert extras["dataset"] == "gdelt2" and extras["translated"] is False
    assert serbia["location_country"] is None
    # CAMEO codes that are not ISO become ISO3; IGOs get their short code
    assert rows["1241930002"]["source_country"] == "ROU"
    assert rows["1241930006"]["source_country"] == "XKX"
    eu = rows["1241930003"]
    assert (eu["source_country"], eu["source_kind"], eu["penta_class"]) == ("EU", "igo", 3)
    assert rows["1241930005"]["cameo_code"] == "0251"
    lone = rows["1241930004"]
    assert lone["target_country"] is None and lone["target_kind"] == "unresolved"


def test_event_ids_match_the_record_definition(store: Store) -> None:
    ingest_gdelt_files(store, [FIRST, SECOND])
    for event in store.events():
        assert event.event_id == make_event_id(event.dataset, event.doc_id, event.source.key(),
                                               event.target.key(), event.cameo_code or "")


def test_second_ingest_adds_nothing(store: Store, tmp_path: Path) -> None:
    ingest_gdelt_files(store, [FIRST])
    again = ingest_gdelt_files(store, [FIRST])
    assert again.inputs[0].status == "already ingested" and again.events_added == 0
    copy = tmp_path / "renamed.export.CSV"
    copy.write_bytes(FIRST.read_bytes() + b"")
    assert ingest_gdelt_files(store, [copy]).events_added == 0  # same checksum
    assert store.count_events() == 3


def test_malformed_rows_are_skipped_with_line_and_reason(store: Store) -> None:
    report = ingest_gdelt_files(store, [MIXED])
    assert report.events_added == 2
    assert [(p.line, p.reason.split(":")[0]) for p in report.problems] == [
        (2, "field SQLDATE"), (3, "60 columns, expected 61"),
        (4, "EventCode --- is not a CAMEO code")]
    assert all(p.path == str(MIXED) for p in report.problems)
    assert not report.failed() and report.failed(strict=True)


def test_strict_stores_nothing_of_a_file_with_bad_rows(store: Store) -> None:
    report = ingest_gdelt_files(store, [MIXED], strict=True)
    assert report.inputs[0].status == "rejected" and store.count_events() == 0


@pytest.mark.parametrize(("make", "message"), [
    (lambda tmp: _truncated(tmp), "truncated or corrupt archive"),
    (lambda tmp: FIX / "wrong_columns.export.CSV", "59 tab-separated columns"),
    (lambda tmp: FIX / "empty.export.CSV", "empty file"),
])
def test_unreadable_file_is_one_error_and_store_untouched(tmp_path: Path, db_path: Path, make,
                                                          message: str, capsys) -> None:
    assert run(["ingest", "gdelt", str(FIRST), "--db", str(db_path)]) == 0
    bad = make(tmp_path)
    assert run(["ingest", "gdelt", str(bad), "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert f"error: {bad}: " in err and message in err and "Traceback" not in err
    with Store(db_path) as store:
        assert store.count_events() == 3


def test_a_row_that_is_not_utf8_is_reported_the_others_stored(store: Store) -> None:
    report = ingest_gdelt_files(store, [FIX / "latin1.export.CSV"])
    assert [(p.line, p.reason) for p in report.problems] == [
        (2, "not UTF-8 text; convert the file to UTF-8 first")]
    assert report.events_added == 1 and report.failed(strict=True)


def _truncated(tmp_path: Path) -> Path:
    data = zipped(tmp_path, SECOND).read_bytes()
    out = tmp_path / "20250601003000.export.CSV.zip"
    out.write_bytes(data[: len(data) // 2])
    return out


def test_translation_and_gdelt1_files_and_overlap_warning(store: Store) -> None:
    report = ingest_gdelt_files(store, [FIRST, FIX / "20250601001500.translation.export.CSV",
                                       FIX / "20250601.export.CSV", FIX / "1999.csv"])
    assert report.events_added == 3 + 1 + 2 + 2
    rows = rows_of(store)
    translated = rows["1241930101"]
    assert translated["language"] is None and extras_of(store)[1241930101]["translated"]
    gdelt1 = rows["482101001"]
    assert gdelt1["dataset"] == "gdelt1" and gdelt1["source_country"] == "SRB"
    assert extras_of(store)[482101001]["action_geo_adm2"] is None
    backfile = rows["1001"]
    assert backfile["url"] is None and str(backfile["date"]) == "1999-03-24"
    assert any("GDELT 1.0 and 2.0 both hold events for 1 days" in w for w in report.warnings)


def test_filters_keep_only_what_is_asked(store: Store) -> None:
    ingest_gdelt_files(store, [FIRST, SECOND], filters=GdeltFilters(countries=("Serbia",)))
    assert sorted(rows_of(store)) == ["1241930001", "1241930006"]


def test_root_and_root_event_filters(tmp_path: Path) -> None:
    with Store(tmp_path / "a.duckdb") as a:
        ingest_gdelt_files(a, [FIRST, SECOND], filters=GdeltFilters(roots=("16", "19")))
        assert sorted(rows_of(a)) == ["1241930003", "1241930004"]
    with Store(tmp_path / "b.duckdb") as b:
        ingest_gdelt_files(b, [SECOND], filters=GdeltFilters(root_events_only=True))
        assert sorted(rows_of(b)) == ["1241930005", "1241930006"]


def test_cli_ingest_then_export_csv(db_path: Path, tmp_path: Path) -> None:
    assert run(["ingest", "gdelt", str(FIRST), str(SECOND), "--db", str(db_path)]) == 0
    out = tmp_path / "events.csv"
    assert run(["export", "--format", "csv", "--out", str(out), "--db", str(db_path)]) == 0
    with out.open(newline="", encoding="utf-8") as handle:
        exported = list(csv.DictReader(handle))
    assert len(exported) == 6
    by_id = {r["doc_id"]: r for r in exported}
    assert by_id["1241930002"]["cameo_code"] == "042"
    assert (by_id["1241930002"]["source_country"], by_id["1241930002"]["target_country"]) == \
        ("ROU", "UKR")
    assert run(["ingest", "gdelt", str(FIRST), str(SECOND), "--db", str(db_path)]) == 0
    with Store(db_path) as store:
        assert store.count_events() == 6


def test_cli_rejects_unknown_filter_values(db_path: Path, capsys) -> None:
    assert run(["ingest", "gdelt", str(FIRST), "--root", "42", "--db", str(db_path)]) == 1
    assert "not a CAMEO root code: '42'" in capsys.readouterr().err


def test_no_extras_stores_the_same_events_without_the_side_table(tmp_path: Path) -> None:
    lean, full = tmp_path / "lean.duckdb", tmp_path / "full.duckdb"
    assert run(["ingest", "gdelt", str(FIRST), "--no-extras", "--db", str(lean)]) == 0
    assert run(["ingest", "gdelt", str(FIRST), "--db", str(full)]) == 0
    with Store(lean) as a, Store(full) as b:
        assert a.con.execute("SELECT count(*) FROM gdelt_extras").fetchone() == (0,)
        assert b.con.execute("SELECT count(*) FROM gdelt_extras").fetchone() == (3,)
        columns = "event_id, source_event_id, source_country, target_country, cameo_code"
        query = f"SELECT {columns} FROM events ORDER BY event_id"
        assert a.con.execute(query).fetchall() == b.con.execute(query).fetchall()
        # the native id leads back to the file's row; a second load adds nothing
        assert {r[1] for r in a.con.execute(query).fetchall()} == {
            1241930001, 1241930002, 1241930003}
    assert run(["ingest", "gdelt", str(FIRST), "--db", str(lean)]) == 0
    with Store(lean) as a:
        assert a.count_events() == 3
        assert a.con.execute("SELECT count(*) FROM gdelt_extras").fetchone() == (0,)
