"""Large files are loaded in parts (`unpack.PART_BYTES`), one transaction per file: the
same events, the same problems on the same lines and the same counts as a load in one
piece, for GDELT 2.0, GDELT 1.0, ICEWS and POLECAT; strict and failed files store nothing;
re-ingesting adds nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from entente.sources import tabular, unpack
from entente.sources.eventtables import (
    ICEWS_COLUMNS,
    POLECAT_COLUMNS,
    ingest_icews,
    ingest_polecat,
)
from entente.sources.gdelt import ingest_gdelt_files
from entente.sources.report import IngestReport
from entente.store import Store
from test_sources_gdelt_scale import gdelt_row, write
from test_sources_tables_rows import _write, icews_row, polecat_row

#: Parts of about one row: every problem row lands in some later part.
SMALL_PART = 600


def _broken_gdelt2(folder: Path) -> Path:
    lines: list[str | bytes] = [gdelt_row(1400000000 + n, pair=n) for n in range(1, 7)]
    lines[1:1] = [gdelt_row(1400000020, SQLDATE="20251341")]          # a failed cast
    lines[4:4] = ["\t".join(gdelt_row(1400000021).split("\t")[:40])]  # 40 columns
    lines += [gdelt_row(1400000022).replace("SRBGOV", "SRB\xe9GOV").encode("latin-1"),
              gdelt_row(1400000023, pair=2).replace("world", "w" * 5000),  # longer than a part
              gdelt_row(1400000024, NumMentions="many"),
              gdelt_row(1400000001, pair=1)]                                # a repeated row
    return write(folder / "20250601140000.export.CSV.zip", lines, zipped=True)


def _broken_gdelt1(folder: Path) -> Path:
    lines = [gdelt_row(482300000 + n, gdelt1=True, pair=n) for n in range(1, 6)]
    lines[2:2] = [gdelt_row(482300020, gdelt1=True, SQLDATE="2025-06-01"),
                  "\t".join(gdelt_row(482300021, gdelt1=True).split("\t")[:57])]
    return write(folder / "20250601.export.CSV", lines)


def _broken_icews(folder: Path) -> Path:
    rows: list[str | bytes] = [icews_row(27100000 + n, day=f"2018-01-{n + 10}")
                               for n in range(1, 7)]
    rows[2:2] = [icews_row(27100020, day="2018-02-30"), icews_row(27100021, code="999")]
    rows += [icews_row(27100022, lat="north"), icews_row(27100023, lat="NA", lon="NA")]
    return _write(folder / "events.2018.tab", ICEWS_COLUMNS, rows)


def _broken_polecat(folder: Path) -> Path:
    rows = [polecat_row(f"20230109-RS-IR-02{n:02d}") for n in range(1, 6)]
    rows[3:3] = [polecat_row("20230109-RS-IR-0290", day="09/01/2023"),
                 polecat_row("20230109-RS-IR-0291") + "\tspare"]
    return _write(folder / "ngecEvents.20230109.txt", POLECAT_COLUMNS, rows)


def _gdelt(store: Store, paths: list[Path], strict: bool = False) -> IngestReport:
    return ingest_gdelt_files(store, paths, strict=strict)


def _icews(store: Store, paths: list[Path], strict: bool = False) -> IngestReport:
    return ingest_icews(store, paths, strict=strict)


def _polecat(store: Store, paths: list[Path], strict: bool = False) -> IngestReport:
    return ingest_polecat(store, paths, strict=strict)


CASES: list[tuple[str, Callable[[Path], Path], Callable[..., IngestReport]]] = [
    ("gdelt2", _broken_gdelt2, _gdelt), ("gdelt1", _broken_gdelt1, _gdelt),
    ("icews", _broken_icews, _icews), ("polecat", _broken_polecat, _polecat)]


def _loaded(store: Store, report: IngestReport) -> dict[str, Any]:
    (result,) = report.inputs
    return {"events": sorted(r[0] for r in store.con.execute(
                "SELECT event_id FROM events").fetchall()),
            "problems": [(p.path, p.line, p.reason) for p in report.problems],
            "counts": (result.status, result.rows_read, result.events_added,
                       result.rows_skipped),
            "log": store.con.execute("SELECT rows_read, rows_kept, rows_skipped FROM "
                                     "ingests").fetchall(),
            "totals": store.aggregates_current()}


def _parts_spy(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make parts small and record the number of parts of each large file loaded."""
    monkeypatch.setattr(unpack, "PART_BYTES", SMALL_PART)
    seen: list[int] = []
    real = tabular._load_parts

    def spy(store: Store, file: Any, *args: Any) -> None:
        seen.append(len(file.parts))
        real(store, file, *args)

    monkeypatch.setattr(tabular, "_load_parts", spy)
    return seen


@pytest.mark.parametrize(("name", "make", "load"), CASES, ids=[c[0] for c in CASES])
def test_a_file_loaded_in_parts_gives_what_one_piece_gives(
        name: str, make: Callable[[Path], Path], load: Callable[..., IngestReport],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make(tmp_path)
    with Store(tmp_path / "whole.duckdb") as whole:
        expected = _loaded(whole, load(whole, [path]))
    parts = _parts_spy(monkeypatch)
    with Store(tmp_path / "parts.duckdb") as store:
        got = _loaded(store, load(store, [path]))
        assert parts and parts[0] >= 3  # really split
        assert got == expected
        assert expected["problems"] and expected["counts"][2] >= 4
        # the same file again is skipped, changed bytes (the rows reversed) add nothing
        again = path.with_name("again-" + path.name.removesuffix(".zip"))
        lines = unpack_text(path).splitlines(keepends=True)
        head = lines[:1] if name in ("icews", "polecat") else []
        again.write_bytes(b"".join(head + lines[len(head):][::-1]))
        assert load(store, [path]).inputs[0].status == "already ingested"
        assert load(store, [again]).events_added == 0
        assert store.count_events() == len(expected["events"])


def unpack_text(path: Path) -> bytes:
    with unpack.plain_input(path) as plain:
        return plain.path.read_bytes()


@pytest.mark.parametrize(("name", "make", "load"), CASES, ids=[c[0] for c in CASES])
def test_strict_stores_nothing_of_a_file_with_a_bad_row_in_a_later_part(
        name: str, make: Callable[[Path], Path], load: Callable[..., IngestReport],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parts = _parts_spy(monkeypatch)
    with Store(tmp_path / "strict.duckdb") as store:
        report = load(store, [make(tmp_path)], strict=True)
        (result,) = report.inputs
        assert parts and result.status == "rejected" and "file not stored" in result.message
        assert result.events_added == 0 and store.count_events() == 0
        assert store.con.execute("SELECT count(*) FROM ingests").fetchone() == (0,)


def test_a_file_failing_in_a_later_part_stores_nothing(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """DuckDB failing on the third part takes back the rows of the first two."""
    parts = _parts_spy(monkeypatch)
    real, calls = tabular._insert, []

    def failing(store: Store, *args: Any) -> None:
        calls.append(1)
        if len(calls) == 3:
            store.con.execute("SELECT CAST('not a number' AS INTEGER)")
        real(store, *args)

    monkeypatch.setattr(tabular, "_insert", failing)
    with Store(tmp_path / "failed.duckdb") as store:
        report = ingest_gdelt_files(store, [_broken_gdelt2(tmp_path)])
        (result,) = report.inputs
        assert parts and result.status == "error" and "cannot load" in result.message
        assert store.count_events() == 0 and store.aggregates_current()
        assert store.con.execute("SELECT count(*) FROM ingests").fetchone() == (0,)


def test_parts_cut_at_line_ends_and_repeat_the_header(tmp_path: Path) -> None:
    rows = [f"{n}\tBelgrade and Tehran agree on a visa regime, talk {n}" for n in range(400)]
    rows[123] = "123\t" + "long " * 3000  # longer than a part: stays whole
    text = ("id\tnote\n" + "\n".join(rows)).encode()  # no newline at the end
    path = tmp_path / "notes.tab"
    path.write_bytes(text)
    with unpack.plain_input(path) as plain, unpack.split_parts(plain, True, 4000) as parts:
        assert len(parts) > 5
        numbered: dict[int, bytes] = {}
        for part in parts:
            lines = part.plain.path.read_bytes().removesuffix(b"\n").split(b"\n")
            assert lines[0] == b"id\tnote" and len(lines) == part.plain.lines
            for number, line in enumerate(lines[1:], start=2):
                numbered[number + part.skew] = line
        assert numbered == {n + 2: row.encode() for n, row in enumerate(rows)}
    assert not any(part.plain.path.exists() for part in parts)
