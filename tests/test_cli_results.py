"""Results for people: an empty dyad says why (and what the store does have), context
figures print as a compact table with units, "-" for missing and only columns with data."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from analysis_events import event
from entente.analysis import why_empty
from entente.cli.tables import cell
from entente.context import load_file
from entente.store import Store

F = Path(__file__).parent / "fixtures" / "context"

EVENTS = [
    event("entente", "2023-02-14", "SRB", "IRN", "042", "belgrade-visit", source_sector="GOV",
          target_sector="GOV"),
    event("entente", "2023-05-09", "IRN", "SRB", "057", "energy-accord", source_sector="GOV"),
    event("icews", "2023-05-20", "SRB", "IRN", "111", source_sector="OPP"),
    event("entente", "2023-06-01", "HUN", "SRB", "036", "pipeline-talks"),
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "results.duckdb"
    with Store(path) as store:
        store.add_events(EVENTS)
    return path


def entente(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "entente", *args], capture_output=True,
                          text=True, timeout=120)


def test_an_unknown_actor_code_lists_the_pairs_codes_and_guesses_from_a_name(db: Path) -> None:
    with Store(db, read_only=True) as store:
        reasons = why_empty(store, "Serbia", "Iran", actors=["Vucic"])
        assert reasons == ["--actor Vucic: no Serbia-Iran event has this actor code; theirs "
                           "are IRNGOV (2), IRN (1), SRB (1), SRBGOV (1), SRBOPP (1); did "
                           "you mean SRBGOV?"]
        # a typo of a code present: the close spelling
        assert why_empty(store, "SRB", "IRN", actors=["IRNGVO"])[0].endswith(
            "did you mean IRNGOV or IRN?")
        assert why_empty(store, "SRB", "IRN", actors=["IRNGOV"]) == []


def test_the_filter_that_emptied_the_result_is_named(db: Path) -> None:
    with Store(db, read_only=True) as store:
        assert why_empty(store, "SRB", "IRN", datasets=["gdelt2"]) == [
            "--dataset gdelt2: no Serbia-Iran event has this dataset; theirs are entente (2), "
            "icews (1)"]
        assert why_empty(store, "SRB", "IRN", roots=["19"])[0].startswith(
            "--root 19: no Serbia-Iran event has this CAMEO root; theirs are 04 (1), 05 (1), "
            "11 (1)")
        assert why_empty(store, "SRB", "IRN", "2024-01-01", "2024-12-31") == [
            "--from/--to: no Serbia-Iran events between 2024-01-01 and 2024-12-31; their "
            "events run from 2023-02-14 to 2023-05-20"]
        # each filter alone keeps something, together nothing
        together = why_empty(store, "SRB", "IRN", datasets=["icews"], sectors=["GOV"])
        assert together == ["each filter alone leaves some of the 3 Serbia-Iran events, but "
                             "together they match none: drop one of them"]


def test_a_pair_that_never_meets_and_an_empty_store(db: Path, tmp_path: Path) -> None:
    with Store(db, read_only=True) as store:
        assert why_empty(store, "Serbia", "Chile") == [
            "no Serbia-Chile events in the store at all; the countries with the most events "
            "are SRB (4), IRN (3), HUN (1)"]
    empty = tmp_path / "empty.duckdb"
    Store(empty).close()
    r = entente("dyad", "SRB", "IRN", "--db", str(empty))
    assert r.returncode == 0 and r.stdout.strip() == "no events"
    assert r.stderr.startswith(f"note: the store {empty} has no events yet: add some with "
                               "`entente ingest text FILE`")


def test_the_cli_prints_the_reason_beside_the_zero_table(db: Path) -> None:
    r = entente("dyad", "Serbia", "Iran", "--actor", "Vucic", "--from", "2023-01-01", "--to",
                "2023-12-31", "--freq", "year", "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert "2023-01-01 │      0 │" in r.stdout
    assert r.stderr.startswith("note: --actor Vucic: no Serbia-Iran event has this actor code")


def test_cells_use_units_separators_and_a_dash_for_missing() -> None:
    assert cell(79958114.0, "usd") == "79,958,114"
    assert cell(float("nan"), "usd") == "-" and cell(None, "text") == "-"
    assert cell(0.5, "share") == "50.0" and cell(7.25, "pct") == "7.2"
    assert cell(12345, "count") == "12,345" and cell(2.01449, "number") == "2.014"


def test_context_show_is_a_compact_table_and_csv_json_keep_raw_columns(tmp_path: Path) -> None:
    db = tmp_path / "context.duckdb"
    with Store(db) as store:
        for name in ("unga_votes.csv", "unga_idealpoints.csv"):
            load_file(store, F / name)
    r = entente("context", "show", "Serbia", "Iran", "--from-year", "2021", "--to-year", "2021",
                "--db", str(db))
    assert r.returncode == 0, r.stderr
    header = next(line for line in r.stdout.splitlines() if "year" in line and "┃" in line)
    # only the UN voting columns hold figures: trade, tariffs and sanctions are left out
    assert "UN votes alike (%)" in header and "ideal-point distance" in header
    assert "trade" not in header and "tariff" not in header and "sanction" not in header
    assert "│ 2021 │" in r.stdout and "50.0" in r.stdout and "2.014" in r.stdout
    assert "NaN" not in r.stdout and "None" not in r.stdout
    assert "missing: No trade data for Serbia and Iran" in r.stdout
    raw = entente("context", "show", "SRB", "IRN", "--from-year", "2021", "--to-year", "2021",
                  "--format", "csv", "--db", str(db))
    assert raw.stdout.splitlines()[0].startswith("year,trade_a_view,trade_b_view,trade_baci")
    rows = json.loads(entente("context", "show", "SRB", "IRN", "--from-year", "2021",
                              "--to-year", "2021", "--format", "json", "--db",
                              str(db)).stdout)["rows"]
    assert rows[0]["unga_agreement"] == 0.5 and rows[0]["trade_a_view"] is None


def test_a_brief_without_events_is_written_and_says_why(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    r = entente("brief", "Serbia", "Iran", "--from", "2024-01-01", "--to", "2024-12-31",
                "--out", str(out), "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"wrote {out}" and out.is_file()
    assert r.stderr.strip() == (
        "note: --from/--to: no Serbia-Iran events between 2024-01-01 and 2024-12-31; their "
        "events run from 2023-02-14 to 2023-05-20")
