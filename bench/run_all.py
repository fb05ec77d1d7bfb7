"""`make bench`: run every benchmark in bench/ and print the ratios they measured.

Each ``bench_*.py`` script runs in its own process (so one script's memory or loaded models
do not slow the next) and prints its findings; a result line carries a ratio written like
``2.35x`` against a baseline measured in the same run. This script echoes every script's
output as it goes, then a summary of the ratio lines and the machine they came from.
Exit status 1 if a script failed.
"""

from __future__ import annotations

import os
import platform
import re
import subprocess
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
EXPECTED = ("bench_coder.py", "bench_gdelt.py", "bench_dyad.py", "bench_scale.py")
RATIO = re.compile(r"\b\d+(?:\.\d+)?x\b")


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs ({model}), Python {platform.python_version()}, " \
           f"{platform.system()} {platform.machine()}"


def run(script: Path) -> tuple[int, list[str], float]:
    """Run one script, echoing its output; returns its exit code, ratio lines and seconds."""
    print(f"== {script.name}", flush=True)
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE,
                               text=True, cwd=BENCH_DIR.parent)
    ratios = []
    assert process.stdout is not None
    for line in process.stdout:
        print(line, end="", flush=True)
        if RATIO.search(line):
            ratios.append(line.rstrip())
    return process.wait(), ratios, time.perf_counter() - started


def main() -> int:
    scripts = sorted(BENCH_DIR.glob("bench_*.py"))
    missing = [name for name in EXPECTED if not (BENCH_DIR / name).exists()]
    summary: list[str] = []
    failed: list[str] = []
    for script in scripts:
        code, ratios, seconds = run(script)
        if code != 0:
            failed.append(f"{script.name} (exit {code})")
        summary.extend(f"{script.stem}: {line}" for line in ratios or ["printed no ratio"])
        print(f"== {script.name} done in {seconds:.0f} s\n", flush=True)
    print("== summary")
    print(f"machine: {machine()}")
    for line in summary:
        print(line)
    for name in missing:
        print(f"{name}: not present")
    for name in failed:
        print(f"FAILED: {name}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
