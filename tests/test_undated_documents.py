"""An article ingested without a date: its events are stored, the ingest warns, and an empty
dyad says why (the events have no period) instead of claiming there are none."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ARTICLE = ("QUITO - Ecuador and Colombia signed a border security agreement in Quito on "
           "Monday, officials said.")


def entente(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "entente", *args], input=stdin,
                          capture_output=True, text=True)


def test_undated_article_warns_on_ingest_and_explains_the_empty_dyad(tmp_path: Path):
    db = str(tmp_path / "undated.duckdb")
    ingest = entente("ingest", "text", "-", "--db", db, stdin=ARTICLE)
    assert ingest.returncode == 0, ingest.stderr
    assert "have no date" in ingest.stderr + ingest.stdout and "--date" in ingest.stderr
    dyad = entente("dyad", "Ecuador", "Colombia", "--db", db)
    assert dyad.returncode == 0
    assert "2 Ecuador-Colombia events have no date" in dyad.stderr
    assert "no Ecuador-Colombia events in the store at all" not in dyad.stderr


def test_dated_article_gives_no_warning(tmp_path: Path):
    db = str(tmp_path / "dated.duckdb")
    ingest = entente("ingest", "text", "-", "--date", "2025-04-07", "--db", db, stdin=ARTICLE)
    assert ingest.returncode == 0, ingest.stderr
    assert "no date" not in ingest.stderr + ingest.stdout
    dyad = entente("dyad", "Ecuador", "Colombia", "--freq", "year", "--db", db)
    assert "2025" in dyad.stdout and "have no date" not in dyad.stderr
