"""One store, several processes: an ingest waits for the lock, the explorer answers from
the last committed state while another process writes, no stray files or empty stores,
and caches stay inside entente's cache folder."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from entente.errors import StoreError
from entente.record import Actor, Event
from entente.store import Store
from entente.web import create_app
from test_sources_server import run

ROOT = Path(__file__).resolve().parents[1]

#: A child process that holds the store's write lock: it opens the store, adds `n` events
#: dated 2025-05-<day>, says "locked", waits `hold` seconds, then commits and exits.
WRITER = """
import sys, time
from entente.record import Actor, Event
from entente.store import Store
path, n, hold = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
with Store(path) as store:
    with store.transaction() as tx:
        events = [Event(dataset="entente", doc_id=f"w-{i}", date=__import__("datetime").date(
                        2025, 5, 1 + i % 28), source=Actor(text="Serbia", kind="state",
                        country="SRB"), target=Actor(text="Iran", kind="state",
                        country="IRN"), cameo_code="036", cameo_root="03", quad_class=1,
                        goldstein=4.0) for i in range(n)]
        store.add_events(events, con=tx)
        print("locked", flush=True)
        time.sleep(hold)
print("done", flush=True)
"""


def _writer(path: Path, n: int, hold: float) -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(n), str(hold)],
                             stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert child.stdout is not None and child.stdout.readline().strip() == "locked"
    return child


def _seed(path: Path, n: int = 3) -> None:
    with Store(path) as store:
        store.add_events([Event(dataset="entente", doc_id=f"s-{i}",
                                date=__import__("datetime").date(2025, 4, 2 + i),
                                source=Actor(text="Iran", kind="state", country="IRN"),
                                target=Actor(text="Serbia", kind="state", country="SRB"),
                                cameo_code="042", cameo_root="04", quad_class=1,
                                goldstein=1.9) for i in range(n)])


def test_an_open_waits_for_another_writer_then_proceeds(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    db = tmp_path / "shared.duckdb"
    _seed(db)
    child = _writer(db, 5, 1.5)
    monkeypatch.setenv("ENTENTE_LOCK_WAIT", "30")
    started = time.monotonic()
    with Store(db) as store:
        waited = time.monotonic() - started
        assert store.count_events() == 8  # the writer's events, committed before we got in
    assert 0.5 < waited < 30
    child.wait(10)


def test_an_open_gives_up_after_the_documented_wait(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "shared.duckdb"
    _seed(db)
    child = _writer(db, 1, 4)
    monkeypatch.setenv("ENTENTE_LOCK_WAIT", "0.5")
    try:
        with pytest.raises(StoreError, match=r"in use by another process \(waited 0\.5 s.*"
                                             r"ENTENTE_LOCK_WAIT"):
            Store(db)
    finally:
        child.wait(10)


def test_the_explorer_answers_during_an_ingest_and_sees_it_after(tmp_path: Path) -> None:
    db = tmp_path / "shared.duckdb"
    _seed(db, 3)
    client = TestClient(create_app(db))
    assert client.get("/api/health").json()["events"] == 3
    child = _writer(db, 40, 2.0)
    try:
        during = [client.get("/api/health") for _ in range(5)]
        series = client.get("/api/dyad", params={"a": "SRB", "b": "IRN"})
    finally:
        assert child.wait(15) == 0
    assert [r.status_code for r in during] == [200] * 5
    assert {r.json()["events"] for r in during} == {3}  # the last committed state
    assert series.status_code == 200
    after = client.get("/api/health").json()
    assert after["events"] == 43 and "/" not in after["store"]


def test_a_writer_is_not_shut_out_by_the_explorer(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "shared.duckdb"
    _seed(db, 2)
    client = TestClient(create_app(db))
    assert client.get("/api/health").status_code == 200
    monkeypatch.setenv("ENTENTE_LOCK_WAIT", "5")
    result = subprocess.run([sys.executable, "-c", WRITER, str(db), "4", "0"],
                            capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert client.get("/api/health").json()["events"] == 6


def test_no_path_in_an_answer_about_a_missing_or_busy_store(tmp_path: Path) -> None:
    missing = TestClient(create_app(tmp_path / "deep" / "nothing.duckdb")).get("/api/health")
    assert missing.status_code == 503 and str(tmp_path) not in missing.text
    db = tmp_path / "busy.duckdb"
    _seed(db)
    child = _writer(db, 1, 4)  # a writer from the start: no earlier state to show
    try:
        busy = TestClient(create_app(db)).get("/api/countries")
    finally:
        child.wait(10)
    assert busy.status_code == 503 and busy.headers["retry-after"]
    assert str(tmp_path) not in busy.text and "being written by another process" in busy.text


def test_a_failed_first_ingest_leaves_no_store_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": 5}\n', encoding="utf-8")
    db = tmp_path / "new.duckdb"
    assert run(["ingest", "jsonl", str(bad), "--db", str(db)]) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.jsonl"]


def test_a_stray_spill_folder_is_removed_and_spills_go_to_the_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "store.duckdb"
    _seed(db)
    stray = tmp_path / "store.duckdb.tmp"
    stray.mkdir()
    (stray / "duckdb_temp_storage_S32K-0.tmp").write_bytes(b"\0" * 4096)
    with Store(db) as store:
        spill = store.con.execute("SELECT current_setting('temp_directory')").fetchone()[0]
    assert not stray.exists()
    assert "store.duckdb.tmp" not in spill and "duckdb-tmp" in spill


def test_brief_writes_nothing_under_the_home_folder(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    _seed(db, 6)
    home, cache = tmp_path / "home", tmp_path / "cache"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("MPLCONFIGDIR", "XDG_CACHE_HOME",
                                                            "XDG_CONFIG_HOME")}
    env.update(HOME=str(home), ENTENTE_CACHE=str(cache))
    result = subprocess.run([sys.executable, "-m", "entente", "brief", "SRB", "IRN", "--db",
                             str(db), "--out", str(tmp_path / "b.html")], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert list(home.rglob("*")) == []  # no font or config caches (matplotlib's were)
