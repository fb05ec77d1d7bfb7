"""The README's tour runs verbatim after `make demo` and shows what the README shows.

The outputs in README.md are written by `make readme` (scripts/readme_tour.py); after a
deliberate change of output, run it again and commit the README.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("readme_tour", ROOT / "scripts" / "readme_tour.py")
assert _spec is not None and _spec.loader is not None
tour = importlib.util.module_from_spec(_spec)
sys.modules["readme_tour"] = tour  # its dataclasses look their module up by name
_spec.loader.exec_module(tour)


def _steps() -> list:  # type: ignore[type-arg]
    _, items, _ = tour.split_readme(tour.README.read_text(encoding="utf-8"))
    return [item for item in items if isinstance(item, tour.Step)]


def test_parse_and_render_give_back_the_readme_unchanged() -> None:
    text = tour.README.read_text(encoding="utf-8")
    assert tour.render(*tour.split_readme(text)) == text


def test_the_tour_sets_the_store_once_and_runs_no_network_command() -> None:
    steps = _steps()
    assert steps[0].command == "export ENTENTE_DB=demo-out/entente-demo.duckdb"
    assert len(steps) >= 12
    for step in steps:
        assert "http://" not in step.command and "https://" not in step.command
        assert " serve" not in step.command and "--db" not in step.command


def test_continued_commands_are_joined_and_outputs_split() -> None:
    lines = ["text", "    $ echo hi \\", "        | cat", "    hi", "", "    $ true", "after"]
    items = tour.parse(lines)
    first, second = items[1], items[3]
    assert first.command == "echo hi          | cat" and first.output == ["hi"]
    assert second.command == "true" and second.output == [] and items[-1] == "after"


def test_drift_check_ignores_what_varies_and_nothing_else(tmp_path: Path) -> None:
    norm = tour.normalize
    assert norm(["coder: 0.1.0+f7466d2e24"]) == norm(["coder: 0.1.0+1431f650a9"])
    assert norm(["coded 27 articles in 41.2 s"]) == norm(["coded 27 articles in 9.8 s"])
    assert norm(["at 2026-11-27T10:01:02Z"]) == norm(["at 2026-12-05 19:00:00"])
    assert norm(["(retrieved 2026-11-02; licence: CC0)"]) == norm(["(retrieved 2026-12-05; "
                                                                   "licence: CC0)"])
    assert norm([f"wrote {tmp_path}/brief.html"], tmp_path) == norm(["wrote brief.html"])
    assert norm(["3 events"]) != norm(["4 events"])
    assert norm(["2024-01-01      7"]) != norm(["2024-01-01      8"])
    assert norm(["coder: 0.1.0+f7466d2e24"]) != norm(["coder: 0.2.0+f7466d2e24"])


def test_every_tour_command_runs_and_shows_what_the_readme_shows() -> None:
    _, problems = tour.run_tour()
    assert not problems, "\n\n".join(problems) + \
        "\n\n(after a deliberate change of output, run `make readme` and commit README.md)"
