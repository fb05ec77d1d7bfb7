"""Help that teaches: every command has an example that parses, values are named by words,
flags carry no type, commands come in four panels, and prose wraps to the terminal."""

from __future__ import annotations

import re
import shlex

import pytest
import typer.main
from typer.testing import CliRunner

from entente.cli import app
from entente.cli.help import reflow

RUNNER = CliRunner()
ROOT = typer.main.get_command(app)


def _paths(command=ROOT, path=()):  # type: ignore[no-untyped-def]
    yield path
    for name, sub in getattr(command, "commands", {}).items():
        yield from _paths(sub, (*path, name))


PATHS = list(_paths())


def _help(path: tuple[str, ...]) -> str:
    result = RUNNER.invoke(app, [*path, "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("path", PATHS, ids=lambda p: " ".join(p) or "entente")
def test_help_names_values_by_words_and_shows_an_example(path: tuple[str, ...]) -> None:
    text = _help(path)
    assert re.search(r"^ +Example: ", text, re.MULTILINE), text
    # no Python types (<str>, <list[str]>, <bool>, <Path>) and no {A} placeholders
    assert not re.search(r"<(str|int|float|bool|path|Path|list|file)", text), text
    assert not re.search(r"\{[A-Z_]+\}", text), text


def _examples() -> list[str]:
    found = []
    for path in PATHS:
        for line in _help(path).splitlines():
            match = re.match(r"^ +Example: (?:.*\| )?(entente .*?)(?:\s{2,}\(.*)?\s*$", line)
            if match:
                found.append(match.group(1))
    return found


def test_every_example_parses_against_its_command() -> None:
    examples = _examples()
    assert len(examples) >= len(PATHS)
    for example in examples:
        args = shlex.split(example)[1:]
        command, ctx = ROOT, ROOT.make_context("entente", [], resilient_parsing=True)
        while getattr(command, "commands", None) and args and args[0] in command.commands:
            command = command.commands[args.pop(0)]
        # parses options and converts their values; raises on an unknown option or bad value
        command.make_context(command.name, list(args), parent=ctx)


def test_commands_come_in_four_panels_in_a_useful_order() -> None:
    text = _help(())
    panels = re.findall(r"╭─ ([A-Za-z ]+?) ─", text)
    assert panels == ["Options", "Code and inspect", "Data in", "Questions", "Quality"]
    listed = re.findall(r"^│ ([a-z]+) ", text, re.MULTILINE)
    assert listed == ["code", "actors", "ingest", "recode", "context", "dyad", "brief",
                      "serve", "export", "evaluate", "version"]


def test_dyad_direction_is_a_pair_of_flags() -> None:
    text = _help(("dyad",))
    assert re.search(r"--directed +--undirected", text)
    assert "COUNTRY" in text and "DATE" in text and "PATH" in text


def test_reflow_joins_wrapped_prose_and_keeps_examples_on_their_lines() -> None:
    doc = """Load files.

    With FILEs, --from/--to select among them by the time
    in their names; without, they download.

    Example: entente ingest gdelt a.zip
    Example: entente ingest gdelt --from 2025-06-01
    """
    assert reflow(doc) == (
        "Load files.\n\n"
        "With FILEs, --from/--to select among them by the time in their names; without, "
        "they download.\n\n"
        "Example: entente ingest gdelt a.zip\nExample: entente ingest gdelt --from 2025-06-01")
