"""The README's CLI tour, run for real: `make readme` writes each command's output under it,
and `tests/test_readme_tour.py` fails when a command errors or its output drifts.

The tour is the part of README.md between `<!-- tour:start -->` and `<!-- tour:end -->`.
In its indented code blocks a line `$ command` (continued by lines ending in a backslash)
is run with bash, from a scratch copy of the repository root where `make demo` has just
written `demo-out/`; the indented lines after it, up to a blank line, are its output.
`$ export NAME=value` sets a variable for the commands after it. Lines without `$` (the
network commands, `serve`) are shown and never run.

    python scripts/readme_tour.py            # run the tour, rewrite README.md's outputs
    python scripts/readme_tour.py --check    # run it, exit 1 on an error or a drift
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
START, END = "<!-- tour:start -->", "<!-- tour:end -->"
PROMPT = "    $ "
# Repository entries the scratch copy links to (demo-out is made fresh, the rest is not read).
_SKIP = {".git", ".venv", "demo-out", "build", "dist", ".pytest_cache", ".ruff_cache"}
# What legitimately varies between two runs of the same command.
_VARYING = [
    (re.compile(r"\b(\d+\.\d+\.\d+)\+[0-9a-f]{6,}\b"), r"\1+HASH"),  # coder data fingerprint
    (re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?"),
     "TIMESTAMP"),
    (re.compile(r"\b\d+(\.\d+)? ?(s|ms|seconds)\b"), "N s"),         # durations
    (re.compile(r"retrieved \d{4}-\d{2}-\d{2}"), "retrieved DATE"),    # context load date
]


@dataclass
class Step:
    """One `$ command` of the tour with the output shown under it."""

    lines: list[str]
    output: list[str] = field(default_factory=list)

    @property
    def command(self) -> str:
        text = "\n".join(line.removeprefix(PROMPT) for line in self.lines)
        return text.replace("\\\n", " ")


def split_readme(text: str) -> tuple[str, list[str | Step], str]:
    """README text -> (before the tour, the tour as lines and steps, after the tour)."""
    try:
        head, rest = text.split(START + "\n", 1)
        body, tail = rest.split(END, 1)
    except ValueError:
        raise SystemExit(f"README.md: markers {START} / {END} not found") from None
    return head + START + "\n", parse(body.split("\n")[:-1]), END + tail


def parse(lines: list[str]) -> list[str | Step]:
    items: list[str | Step] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.startswith(PROMPT):
            items.append(line)
            i += 1
            continue
        step = Step([line])
        while step.lines[-1].endswith("\\") and i + 1 < len(lines):
            i += 1
            step.lines.append(lines[i])
        i += 1
        while i < len(lines) and lines[i].startswith("    ") and \
                not lines[i].startswith(PROMPT):
            step.output.append(lines[i][4:])
            i += 1
        items.append(step)
    return items


def render(head: str, items: list[str | Step], tail: str) -> str:
    out: list[str] = []
    for item in items:
        if isinstance(item, Step):
            out += item.lines + ["    " + line if line else "" for line in item.output]
        else:
            out.append(item)
    return head + "\n".join(out) + "\n" + tail


def normalize(lines: list[str], workdir: Path | None = None) -> list[str]:
    """Output lines with what legitimately varies replaced by placeholders."""
    text = "\n".join(line.rstrip() for line in lines)
    if workdir is not None:
        text = text.replace(str(workdir.resolve()) + "/", "").replace(str(workdir) + "/", "")
    for pattern, replacement in _VARYING:
        text = pattern.sub(replacement, text)
    return [line for line in text.split("\n") if line.strip()]


def prepare(workdir: Path) -> dict[str, str]:
    """A scratch repository root: links to the repository's files and a fresh demo-out."""
    for entry in ROOT.iterdir():
        if entry.name not in _SKIP:
            (workdir / entry.name).symlink_to(entry)
    env = dict(os.environ, COLUMNS="100", NO_COLOR="1", TERM="dumb")
    env.pop("ENTENTE_DB", None)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    demo = subprocess.run([sys.executable, "-m", "entente.demo"], cwd=workdir, env=env,
                          capture_output=True, text=True, timeout=900)
    if demo.returncode != 0:
        raise SystemExit(f"make demo failed:\n{demo.stderr}")
    return env


def run_step(step: Step, workdir: Path, env: dict[str, str]) -> tuple[int, list[str]]:
    """Run one step; `export NAME=value` only sets the variable."""
    exported = re.fullmatch(r"export (\w+)=(\S+)", step.command.strip())
    if exported:
        env[exported.group(1)] = exported.group(2)
        return 0, []
    done = subprocess.run(["bash", "-o", "pipefail", "-c", step.command], cwd=workdir, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          timeout=900)
    lines = [line.rstrip() for line in done.stdout.splitlines()]
    return done.returncode, [line for line in lines if line.strip()]


def run_tour(readme: Path = README) -> tuple[str, list[str]]:
    """Run every step; returns (README text with the real outputs, problems found)."""
    head, items, tail = split_readme(readme.read_text(encoding="utf-8"))
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="entente-tour-") as tmp:
        workdir = Path(tmp)
        env = prepare(workdir)
        for step in (item for item in items if isinstance(item, Step)):
            code, output = run_step(step, workdir, env)
            if code != 0:
                problems.append(f"$ {step.command}\nexit {code}:\n" + "\n".join(output))
            shown = normalize(step.output)
            real = normalize(output, workdir)
            if shown != real:
                diff = "\n".join(difflib.unified_diff(shown, real, "README", "real run",
                                                      lineterm=""))
                problems.append(f"$ {step.command}\noutput drifted from the README:\n{diff}")
            step.output = [line.replace(str(workdir) + "/", "") for line in output]
        shutil.rmtree(workdir / "demo-out", ignore_errors=True)
    return render(head, items, tail), problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write README.md; exit 1 on an error or a drift")
    args = parser.parse_args(argv)
    text, problems = run_tour()
    if args.check:
        for problem in problems:
            print(problem, end="\n\n", file=sys.stderr)
        return 1 if problems else 0
    README.write_text(text, encoding="utf-8")
    failing = [p for p in problems if "output drifted" not in p]
    print(f"README.md: tour outputs rewritten ({len(problems) - len(failing)} changed, "
          f"{len(failing)} failing)")
    for problem in failing:
        print(problem, end="\n\n", file=sys.stderr)
    return 1 if failing else 0

if __name__ == "__main__":
    sys.exit(main())
