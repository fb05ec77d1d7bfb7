"""ICEWS and POLECAT: every row of a broken file stored or reported with its line and
reason, NA coordinates as NULL, native ids kept, re-ingesting changed bytes adds nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

from entente.sources.eventtables import (
    ICEWS_COLUMNS,
    POLECAT_COLUMNS,
    ingest_icews,
    ingest_polecat,
)
from entente.store import Store
from test_sources_server import run


def icews_row(event_id: int, day: str = "2018-01-05", *, lat: str = "44.804",
              lon: str = "20.4651", code: str = "042", intensity: str = "1.9") -> str:
    return "\t".join([str(event_id), day, "Aleksandar Vucic", "Executive,Government",
                      "Serbia", "Make a visit", code, intensity, "Hassan Rouhani",
                      "Executive,Government", "Iran", "44901234", "2", "Tanjug", "Tehran",
                      "", "Tehran", "Iran", lat, lon])


def polecat_row(event_id: str, day: str = "2023-01-09", *, lat: str = "44.8125") -> str:
    cells = {"Event ID": event_id, "Event Date": day, "Event Type": "CONSULT",
             "Event Mode": "visit", "Intensity": "1", "Quad Code": "VERBAL COOPERATION",
             "Contexts": "diplomatic", "Actor Name": "Serbia", "Actor Country": "SRB",
             "Actor COW": "345", "Primary Actor Sector": "GOV", "Actor Sectors": "GOV",
             "Actor Name Raw": "Serbian officials", "Recipient Name": "Iran",
             "Recipient Country": "IRN", "Recipient COW": "630",
             "Primary Recipient Sector": "GOV", "Recipient Sectors": "GOV",
             "Placename": "Belgrade", "City": "Belgrade", "Province": "Belgrade",
             "Country": "SRB", "Latitude": lat, "Longitude": "20.46513" if lat != "NA" else "NA",
             "GeoNames ID": "792680", "Source": "N1", "Publication Date": day,
             "Language": "en", "Version": "1.0"}
    return "\t".join(cells.get(name, "") for name in POLECAT_COLUMNS)


def _write(path: Path, header: tuple[str, ...], rows: list[str | bytes]) -> Path:
    lines = ["\t".join(header).encode()] + [r if isinstance(r, bytes) else r.encode()
                                            for r in rows]
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_every_icews_row_is_stored_or_reported(store: Store, tmp_path: Path) -> None:
    rows: list[str | bytes] = [
        icews_row(27000001),
        icews_row(27000002, lat="NA", lon="NA"),        # NA coordinates: stored, NULL
        icews_row(27000003, intensity="NA"),            # NA intensity too
        icews_row(27000004, day="2018-02-30"),          # no such day
        icews_row(27000005, code="999"),                # not a CAMEO code
        icews_row(27000006, lat="north"),               # a cast no check names
        "\t".join(icews_row(27000007).split("\t")[:12]),  # 12 columns
        icews_row(27000008).replace("Tanjug", "Tanjug \xab").encode("latin-1"),
        icews_row(27000009).replace("Make a visit", "v" * 2_100_000),  # a 2 MB row
        icews_row(27000010, lat="", lon=""),
    ]
    path = _write(tmp_path / "events.2018.part.tab", ICEWS_COLUMNS, rows)
    report = ingest_icews(store, [path])
    stored = dict(store.con.execute(
        "SELECT source_event_id, location_lat FROM events").fetchall())
    assert stored == {27000001: 44.804, 27000002: None, 27000003: 44.804, 27000010: None}
    assert {p.line: p.reason for p in report.problems} == {
        5: "Event Date 2018-02-30 is not a date", 6: "CAMEO Code 999 is not a CAMEO code",
        7: "field Latitude: north is not a number", 8: "12 columns, expected 20",
        9: "not UTF-8 text; convert the file to UTF-8 first",
        10: "row longer than 2,000,000 bytes, not read"}
    (result,) = report.inputs
    assert (result.rows_read, result.events_added, result.rows_skipped) == (10, 4, 6)


def test_icews_zip_reingested_with_changed_bytes_adds_nothing(store: Store,
                                                              tmp_path: Path) -> None:
    rows = [icews_row(27000100 + n, day=f"2018-01-{n + 10}") for n in range(5)]
    ingest_icews(store, [_write(tmp_path / "a.tab", ICEWS_COLUMNS, rows)])
    again = tmp_path / "events.2018.tab.zip"
    with zipfile.ZipFile(again, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("events.2018.tab", "\t".join(ICEWS_COLUMNS) + "\r\n"
                         + "\r\n".join(reversed(rows)) + "\r\n")
    report = ingest_icews(store, [again])
    assert report.events_added == 0 and not report.problems and store.count_events() == 5


def test_every_polecat_row_is_stored_or_reported(store: Store, tmp_path: Path,
                                                 capsys) -> None:
    rows = [polecat_row("20230109-RS-IR-0101"), polecat_row("20230109-RS-IR-0102", lat="NA"),
            polecat_row("20230109-RS-IR-0103", day="09/01/2023"),
            polecat_row("20230109-RS-IR-0104") + "\tspare"]
    path = _write(tmp_path / "ngecEvents.20230109.txt", POLECAT_COLUMNS, rows)
    report = ingest_polecat(store, [path])
    assert sorted(r[0] for r in store.con.execute("SELECT doc_id FROM events").fetchall()) \
        == ["20230109-RS-IR-0101", "20230109-RS-IR-0102"]
    assert [(p.line, p.reason) for p in report.problems] == [
        (4, "Event Date 09/01/2023 is not a date"), (5, "41 columns, expected 40")]
    assert ingest_polecat(store, [_write(tmp_path / "copy.txt", POLECAT_COLUMNS,
                                         rows[:2][::-1])]).events_added == 0
    db = tmp_path / "strict.duckdb"
    assert run(["ingest", "polecat", str(path), "--strict", "--db", str(db)]) == 1
    assert "2 malformed rows, file not stored" in capsys.readouterr().err
