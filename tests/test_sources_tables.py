"""ICEWS and POLECAT event files into the events table."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from entente.sources.eventtables import ingest_icews, ingest_polecat
from entente.store import Store
from test_sources_server import run

FIX = Path(__file__).parent / "fixtures" / "sources"
ICEWS = FIX / "events.2018.sample.tab"
POLECAT = FIX / "ngecEvents.20230101-20230108.sample.txt"


def rows_of(store: Store, dataset: str) -> dict[str, dict]:
    cur = store.con.execute("SELECT * FROM events WHERE dataset = ?", [dataset])
    names = [d[0] for d in cur.description]
    return {r[names.index("doc_id")]: dict(zip(names, r, strict=True)) for r in cur.fetchall()}


def test_icews_names_become_iso3_and_ids_include_the_date(store: Store) -> None:
    report = ingest_icews(store, [ICEWS])
    assert report.events_added == 5 and not report.problems
    rows = rows_of(store, "icews")
    # the same Event ID on two dates is two events
    assert {"26182519:2018-01-02", "26182519:2018-01-03"} <= set(rows)
    putin = rows["26182518:2018-01-01"]
    assert (putin["source_country"], putin["target_country"]) == ("RUS", "TUR")
    assert putin["source_kind"] == "state" and putin["source_sector"] == "GOV"
    koreas = rows["26182519:2018-01-03"]
    assert (koreas["source_country"], koreas["target_country"]) == ("KOR", "PRK")
    assert koreas["target_sector"] == "MIL" and koreas["cameo_code"] == "111"
    meet = rows["26182519:2018-01-02"]
    assert meet["cameo_code"] == "036"  # a dropped leading zero is restored
    un = rows["26182530:2018-01-03"]
    assert (un["source_country"], un["source_kind"], un["location_country"]) == \
        ("UN", "igo", "CHE")
    extras = json.loads(putin["extras"])
    assert extras["story_id"] == "44876551" and extras["intensity"] == 0.0
    assert putin["publisher"] == "Interfax" and putin["sentence_index"] == 3


def test_icews_bad_rows_header_and_reingest(store: Store) -> None:
    ingest_icews(store, [ICEWS])
    report = ingest_icews(store, [FIX / "events.2018.broken.tab", ICEWS,
                                  FIX / "icews_wrong_header.tab"])
    assert [(p.line, p.reason) for p in report.problems] == [
        (4, "Event Date 2018-13-45 is not a date"), (5, "CAMEO Code 999 is not a CAMEO code"),
        (6, "7 columns, expected 20")]
    assert report.inputs[1].status == "already ingested"
    assert report.errors == [f"{FIX / 'icews_wrong_header.tab'}: header column 20 is 'lon', "
                             "expected 'longitude' (ICEWS)"]
    assert report.events_added == 0 and store.count_events() == 5


def test_polecat_keeps_plover_and_invents_no_cameo(store: Store) -> None:
    report = ingest_polecat(store, [POLECAT])
    assert report.events_added == 4
    rows = rows_of(store, "polecat")
    strike = rows["20230105-RU-UA-0001"]
    assert (strike["source_country"], strike["target_country"]) == ("RUS", "UKR")
    assert strike["plover_event"] == "ASSAULT" and strike["plover_mode"] == "aerial"
    assert strike["quad_class"] == 4 and strike["plover_context"] == "military"
    assert strike["source_sector"] == "MIL" and str(strike["pub_date"]) == "2023-01-05"
    assert all(r["cameo_code"] is None and r["goldstein"] is None and r["cameo_root"] is None
               for r in rows.values())
    wfp = rows["20230107-UN-SD-0003"]
    assert (wfp["source_country"], wfp["source_kind"]) == ("WFP", "igo")
    assert rows["20230108-IR-IL-0004"]["quad_class"] == 3
    extras = json.loads(strike["extras"])
    assert extras["intensity"] == -9.0 and extras["actor_wikipedia_id"] == "Q159"


def test_polecat_cli_strict_and_export(db_path: Path, tmp_path: Path, capsys) -> None:
    broken = str(FIX / "ngecEvents.broken.txt")
    assert run(["ingest", "polecat", broken, "--strict", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "2 malformed rows, file not stored (--strict)" in err
    assert run(["ingest", "polecat", broken, "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "line 4: Event Date 09/01/2023 is not a date" in out
    assert "line 5: Event Type is empty" in out
    target = tmp_path / "out.csv"
    assert run(["export", "--format", "csv", "--out", str(target), "--db", str(db_path)]) == 0
    with target.open(newline="", encoding="utf-8") as handle:
        exported = sorted((r["doc_id"], r["plover_event"], r["cameo_code"])
                          for r in csv.DictReader(handle))
    assert exported == [("20230105-RU-UA-0001", "ASSAULT", ""),
                        ("20230106-CN-BR-0002", "CONSULT", "")]
    assert run(["ingest", "polecat", broken, "--db", str(db_path)]) == 0
    with Store(db_path) as store:
        assert store.count_events() == 2


def test_icews_dataverse_quoted_export_gives_the_same_events(store: Store) -> None:
    quoted = ingest_icews(store, [FIX / "events.2018.dataverse_quoted.tab"])
    assert quoted.events_added == 5 and not quoted.problems
    assert rows_of(store, "icews")["26182518:2018-01-01"]["source_text"] == "Vladimir Putin"
    assert ingest_icews(store, [ICEWS]).events_added == 0  # same event ids
