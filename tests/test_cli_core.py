from __future__ import annotations

import subprocess
import sys

import duckdb


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "entente", *args], capture_output=True,
                          text=True, env=env)


def test_version():
    r = run("version")
    assert r.returncode == 0 and r.stdout.startswith("entente ")


def test_export_empty_store_writes_parquet(tmp_path):
    out = tmp_path / "e.parquet"
    r = run("export", "--format", "parquet", "--out", str(out), "--db", str(tmp_path / "x.duckdb"))
    assert r.returncode == 0, r.stderr
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}')").fetchone()[0] == 0


def test_bad_format_is_one_line_error(tmp_path):
    r = run("export", "--format", "xml", "--db", str(tmp_path / "x.duckdb"))
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0 and "xml" in r.stderr
    assert "Traceback" not in r.stderr
