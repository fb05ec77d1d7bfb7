"""`entente actors resolve`: the CLI prints what the resolver decided and why."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "actors"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "entente", "actors", "resolve", *args],
                          capture_output=True, text=True, timeout=120)


def test_jsonl_output_has_country_sector_code_and_reason():
    result = run("Serbian President Aleksandar Vucic met Chile's Ambassador to Peru in "
                 "Belgrade.", "--date", "2025-03-01", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["text"], r["kind"], r["country"], r["sector"], r["code"]) for r in rows] == [
        ("Serbian President Aleksandar Vucic", "person", "SRB", "GOV", "SRBGOV"),
        ("Chile's Ambassador to Peru", "state", "CHL", "GOV", "CHLGOV"),
        ("Belgrade", "location", "SRB", None, None),
    ]
    assert rows[1]["role_country"] == "PER"
    assert "people.tsv" in rows[0]["reason"]


def test_table_output_shows_unresolved_candidates():
    result = run("Congo and Georgia signed the memorandum.")
    assert result.returncode == 0, result.stderr
    assert "unresolved" in result.stdout and "COD|COG" in result.stdout


def test_user_dictionary_option():
    result = run("Rama met Vucic.", "--dict", str(FIXTURES / "user.tsv"), "--date",
                 "2024-01-01", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[0])["code"] == "ALBGOV"


def test_bad_inputs_give_one_line_and_exit_1():
    bad_date = run("Iran", "--date", "March 3rd")
    assert bad_date.returncode == 1
    assert bad_date.stderr.strip() == "error: --date: not a date: 'March 3rd' (use YYYY-MM-DD)"
    bad_dict = run("Iran", "--dict", str(FIXTURES / "bad_country.tsv"))
    assert bad_dict.returncode == 1
    assert "bad_country.tsv:2: unknown country 'Atlantis'" in bad_dict.stderr
    assert "Traceback" not in bad_dict.stderr


def test_no_mentions():
    result = run("It rained all day.")
    assert (result.returncode, result.stdout.strip()) == (0, "no actor mentions found")
