from __future__ import annotations

import subprocess
import sys

import duckdb

from entente.store import Store


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "entente", *args], capture_output=True,
                          text=True, env=env)


def test_version():
    r = run("version")
    assert r.returncode == 0 and r.stdout.startswith("entente ")


def test_export_empty_store_writes_parquet(tmp_path):
    out = tmp_path / "e.parquet"
    Store(tmp_path / "x.duckdb").close()
    r = run("export", "--format", "parquet", "--out", str(out), "--db", str(tmp_path / "x.duckdb"))
    assert r.returncode == 0, r.stderr
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}')").fetchone()[0] == 0


def test_export_of_a_missing_store_is_an_error_and_creates_nothing(tmp_path):
    missing = tmp_path / "typo.duckdb"
    r = run("export", "--out", str(tmp_path / "e.parquet"), "--db", str(missing))
    assert r.returncode == 1 and "no such store" in r.stderr
    assert not missing.exists() and not (tmp_path / "e.parquet").exists()


def test_bad_format_is_one_line_error(tmp_path):
    Store(tmp_path / "x.duckdb").close()
    r = run("export", "--format", "xml", "--db", str(tmp_path / "x.duckdb"))
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0 and "xml" in r.stderr
    assert "Traceback" not in r.stderr
