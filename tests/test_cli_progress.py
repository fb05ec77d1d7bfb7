"""Progress on long work: a bar with rate and time left on a terminal; nothing in a pipe or
with --quiet. The API reports progress through a callback the CLI only draws."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from entente.sources.ingest import ingest_inputs, recode
from entente.store import Store

ARTICLE = ("BELGRADE - Serbia and Hungary signed an agreement on a new oil pipeline in "
           "Belgrade on Thursday, the two governments said.\n")


def _on_a_terminal(*args: str) -> str:
    """Run `entente ARGS` with stdout and stderr on a pseudo-terminal; all it wrote."""
    if shutil.which("script") is None:
        pytest.skip("util-linux `script` is needed to give the command a terminal")
    command = shlex.join([sys.executable, "-m", "entente", *args])
    done = subprocess.run(["script", "-qfec", command, "/dev/null"], capture_output=True,
                          text=True, timeout=300, env={"COLUMNS": "120", "TERM": "xterm",
                                                       "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.fixture
def articles(tmp_path: Path) -> list[str]:
    paths = []
    for i in range(3):
        path = tmp_path / f"article{i}.txt"
        path.write_text(ARTICLE.replace("Thursday", ("Monday", "Tuesday", "Friday")[i]),
                        encoding="utf-8")
        paths.append(str(path))
    return paths


def test_the_api_reports_totals_then_steps(tmp_path: Path, articles: list[str],
                                           coder) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[int, int | None]] = []

    def progress(n: int = 1, total: int | None = None) -> None:
        calls.append((n, total))

    with Store(tmp_path / "p.duckdb") as store:
        ingest_inputs(store, articles, "text", coder, progress=progress)
        assert calls == [(0, 3), (1, None), (1, None), (1, None)]
        calls.clear()
        report = recode(store, coder, batch_size=2, progress=progress)
    assert report.documents == sum(n for n, _ in calls) == 3
    assert calls[0] == (0, 3) and calls[1:] == [(2, None), (1, None)]


def test_a_bar_on_a_terminal_none_with_quiet_or_in_a_pipe(tmp_path: Path,
                                                          articles: list[str]) -> None:
    db = str(tmp_path / "bar.duckdb")
    shown = _on_a_terminal("ingest", "text", *articles, "--date", "2025-05-01", "--db", db)
    assert "ingesting text" in shown and "inputs/s" in shown and "ETA" in shown
    assert "total: " in shown  # the summary follows the bar
    quiet = _on_a_terminal("recode", "--quiet", "--db", db)
    assert "recoding" not in quiet and quiet.strip().startswith("recoded 3 documents")
    piped = subprocess.run([sys.executable, "-m", "entente", "recode", "--db", db],
                           capture_output=True, text=True, timeout=300)
    assert piped.returncode == 0 and "recoding" not in piped.stdout + piped.stderr
    assert piped.stdout.startswith("recoded 3 documents")
