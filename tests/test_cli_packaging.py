"""Getting the command: the package metadata, the demo from an installed package, Dask
imported only by the commands that use it, and test modules that fail (not skip) when
entente itself is broken."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

from entente import demo

ROOT = Path(__file__).resolve().parents[1]

# Runs the CLI in a fresh interpreter, then says on stderr whether Dask was imported.
_IMPORTS = """
import sys
from entente.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print("distributed imported:", "distributed" in sys.modules, file=sys.stderr)
"""


def _run_and_report_imports(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _IMPORTS, *args], input=stdin,
                          capture_output=True, text=True, timeout=300)


def test_license_is_an_spdx_string_and_examples_are_package_data() -> None:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert meta["project"]["license"] == "MIT"
    assert "examples/*" in meta["tool"]["setuptools"]["package-data"]["entente"]
    # setuptools reads the string form (PEP 639) without a warning from 77 on
    assert any(r.startswith("setuptools>=7") for r in meta["build-system"]["requires"])


def test_demo_articles_ship_inside_the_package() -> None:
    package = Path(demo.__file__).resolve().parent
    assert demo.EXAMPLES.is_file()
    assert package in demo.EXAMPLES.resolve().parents
    assert not (ROOT / "examples").exists()  # no second copy that could drift


def test_path_hint_names_the_activate_script_of_a_venv(tmp_path: Path) -> None:
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "entente").write_text("#!/bin/sh\n")
    (bin_dir / "activate").write_text("")
    hint = demo.path_hint(bin_dir, search_path="/usr/bin")
    assert hint == f"next: run `source {bin_dir / 'activate'}` to put the `entente` command " \
                   "on your PATH"
    (bin_dir / "entente").chmod(0o755)
    assert "is on your PATH" in demo.path_hint(bin_dir, search_path=str(bin_dir))
    assert "pip install" in demo.path_hint(tmp_path / "elsewhere", search_path="/usr/bin")


def test_code_help_and_plain_code_never_import_dask() -> None:
    helped = _run_and_report_imports("code", "--help")
    assert "entente code" in helped.stdout
    assert "distributed imported: False" in helped.stderr
    coded = _run_and_report_imports("code", "-", "--date", "2025-03-04", "--format", "jsonl",
                                    stdin="Hungary and Serbia signed an energy agreement "
                                          "in Budapest on Monday.\n")
    assert '"cameo_code"' in coded.stdout, coded.stderr
    assert "distributed imported: False" in coded.stderr


def test_no_test_module_skips_when_an_entente_module_fails_to_import() -> None:
    guarded = re.compile(r"except ImportError[^\n]*\n(?:[^\n]*\n){0,2}?[^\n]*pytest\.skip",
                         re.MULTILINE)
    offenders = []
    for path in sorted(Path(__file__).parent.glob("test_*.py")):
        text = path.read_text(encoding="utf-8")
        if re.search(r"importorskip\(\s*['\"]entente", text):
            offenders.append(path.name)
        for match in guarded.finditer(text):
            before = text[max(0, match.start() - 200):match.start()]
            if "entente" in before.rsplit("try:", 1)[-1]:
                offenders.append(path.name)
    assert offenders == []
