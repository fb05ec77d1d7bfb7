"""`entente code` on a local file loads what coding needs and nothing else: no DuckDB (no
store is opened), no fetcher (nothing is fetched), no HTML extractor (plain text)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

# Runs the CLI in a fresh interpreter, then prints which of the heavy modules were imported.
_IMPORTS = """
import json, sys
from entente.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
heavy = ("duckdb", "entente.store", "entente.sources.fetch", "trafilatura", "pandas",
         "distributed")
print(json.dumps({name: name in sys.modules for name in heavy}), file=sys.stderr)
"""


def _imported(*args: str) -> tuple[subprocess.CompletedProcess[str], dict[str, bool]]:
    done = subprocess.run([sys.executable, "-c", _IMPORTS, *args], capture_output=True,
                          text=True, timeout=300)
    return done, json.loads(done.stderr.strip().splitlines()[-1])


def test_coding_a_text_file_imports_no_store_fetcher_or_extractor(tmp_path: Path) -> None:
    article = tmp_path / "note.txt"
    article.write_text("Norway and Chile signed a fisheries agreement in Oslo on Friday.\n",
                       encoding="utf-8")
    done, heavy = _imported("code", str(article), "--date", "2025-02-07", "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in done.stdout.splitlines()]
    assert {(e["source"]["country"], e["target"]["country"]) for e in events} >= \
        {("NOR", "CHL"), ("CHL", "NOR")}
    assert heavy == dict.fromkeys(heavy, False)


def test_the_store_still_loads_for_the_commands_that_open_it(tmp_path: Path) -> None:
    done, heavy = _imported("export", "--db", str(tmp_path / "none.duckdb"),
                            "--out", str(tmp_path / "events.csv"), "--format", "csv")
    assert heavy["duckdb"]
    assert "none.duckdb" in done.stderr  # the missing store, named
    assert not (tmp_path / "none.duckdb").exists()
