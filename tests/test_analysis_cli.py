"""`entente dyad` end to end: table, CSV and JSON output, comparison, clear errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from analysis_events import BALKAN_EVENTS, event
from entente.store import Store


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "entente", "dyad", *args],
                          capture_output=True, text=True)


def json_rows(*args: str) -> list[dict]:
    r = run(*args, "--format", "json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "balkans.duckdb"
    with Store(path) as store:
        store.add_events(BALKAN_EVENTS)
        store.add_events([event("gdelt1", "2024-03-02", "SRB", "IRN", "111", "gdelt1-row")])
    return str(path)


def test_json_rows_with_nulls_for_empty_periods(db: str):
    r = run("Iran", "SRB", "--from", "2024-01-01", "--to", "2024-04-30", "--format", "json",
            "--dataset", "entente", "--dataset", "icews", "--db", db)
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert [row["period"] for row in rows] == ["2024-01-01", "2024-02-01", "2024-03-01",
                                               "2024-04-01"]
    assert [row["events"] for row in rows] == [2, 0, 1, 0]
    assert rows[1]["goldstein_mean"] is None and rows[1]["material_conflict_share"] is None
    assert rows[2]["datasets"] == "icews" and rows[2]["net_coop"] == 1


def test_csv_directed_normalized_and_double_counting_warning(db: str):
    r = run("SRB", "IRN", "--from", "2024-03-01", "--to", "2024-03-31", "--directed",
            "--normalize", "--format", "csv", "--db", db)
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [(row["source"], row["target"], row["events"]) for row in rows] == [
        ("SRB", "IRN", "3"), ("IRN", "SRB", "1")]
    assert rows[0]["datasets"] == "gdelt1,gdelt2"
    assert {"volume_a", "volume_b", "events_norm"} <= set(rows[0])
    assert "warning: gdelt1 and gdelt2" in r.stderr


def test_table_and_comparison(db: str):
    r = run("IRN", "SRB", "--vs", "IRN", "HUN", "--freq", "quarter", "--root", "04",
            "--root", "05", "--db", db)
    assert r.returncode == 0, r.stderr
    assert "IRN-SRB" in r.stdout and "IRN-HUN" in r.stdout and "period" in r.stdout
    assert "datasets: entente" in r.stdout


def test_one_a_day_option(db: str):
    with Store(db) as store:
        store.add_events([event("gdelt2", "2024-03-15", "SRB", "IRN", "163", "gdelt2-copy")])
    plain = json_rows("SRB", "IRN", "--freq", "year", "--db", db)
    once = json_rows("SRB", "IRN", "--freq", "year", "--one-a-day", "--db", db)
    # Two repeats: this copy of the sanctions and GDELT 1.0's copy of the criticism.
    assert plain[0]["events"] - once[0]["events"] == 2


@pytest.mark.parametrize("args, message", [
    (("Persia", "SRB"), "'Persia'"),
    (("IRN", "SRB", "--freq", "decade"), "error: --freq: unknown frequency 'decade'"),
    (("IRN", "SRB", "--format", "xml"), "xml"),
    (("IRN", "SRB", "--from", "last spring"), "error: --from: not a date"),
    (("IRN", "SRB", "--to", "2024-02-30"), "error: --to: not a date"),
    (("IRN", "SRB", "--root", "21"), "error: --root: not a CAMEO root code"),
    (("IRN", "SRB", "--dataset", "gdelt3"), "error: --dataset: unknown dataset 'gdelt3'"),
])
def test_bad_input_is_one_line_error(db: str, args: tuple[str, ...], message: str):
    r = run(*args, "--db", db)
    assert r.returncode == 1
    assert r.stderr.startswith("error: ") and r.stderr.strip().count("\n") == 0
    assert message in r.stderr and "Traceback" not in r.stderr


def test_missing_store_is_an_error_not_a_new_file(tmp_path: Path):
    missing = tmp_path / "nowhere.duckdb"
    r = run("IRN", "SRB", "--db", str(missing))
    assert r.returncode == 1 and "no such store" in r.stderr
    assert not missing.exists()


def test_sector_actor_and_successor_options(db: str):
    with Store(db) as store:
        store.add_events([event("icews", "2004-06-01", "SCG", "IRN", "036", "icews-2004")])

    def total(*args: str) -> int:
        return sum(row["events"] for row in json_rows("SRB", "IRN", "--freq", "year", *args,
                                                      "--db", db))

    assert total("--sector", "GOV") == 3
    assert total("--actor", "IRNBUS") == 1
    assert total("--dataset", "entente", "--dataset", "icews") == 3
    assert total("--dataset", "entente", "--dataset", "icews", "--successors") == 4


def test_json_numbers_carry_no_float_noise(tmp_path: Path):
    # praise (3.4) and hosting a visit (2.8) sum to 6.199999999999999 in binary floats;
    # the JSON a reader or a spreadsheet sees says 6.2
    path = tmp_path / "sums.duckdb"
    with Store(path) as store:
        store.add_events([event("entente", "2024-05-08", "SRB", "IRN", "051"),
                          event("entente", "2024-05-09", "IRN", "SRB", "043")])
    r = run("SRB", "IRN", "--freq", "year", "--format", "json", "--db", str(path))
    assert r.returncode == 0, r.stderr
    assert '"goldstein_sum": 6.2,' in r.stdout and "6.19999" not in r.stdout
    assert json.loads(r.stdout)[0]["goldstein_mean"] == 3.1


def test_help_says_what_normalize_adds():
    r = run("--help")
    assert r.returncode == 0
    for column in ("volume_a", "volume_b", "events_norm"):
        assert column in r.stdout
