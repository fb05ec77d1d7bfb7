"""Fault injection: `entente ingest` killed with SIGKILL at several moments of a document
ingest, then run again, stores every document and event exactly once and leaves no stray
files beyond a few kB."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from entente.errors import StoreError
from entente.store import Store

ROOT = Path(__file__).resolve().parents[1]

PAIRS = [("Serbia", "Iran", "Belgrade"), ("Greece", "Turkey", "Athens"),
         ("Japan", "China", "Tokyo"), ("Kenya", "Ethiopia", "Nairobi"),
         ("Chile", "Argentina", "Santiago"), ("Poland", "Germany", "Warsaw"),
         ("Egypt", "Sudan", "Cairo"), ("Vietnam", "Cambodia", "Hanoi")]
ACTS = ["signed an agreement on closer trade ties with",
        "accused {b} of violating the ceasefire, and officials in {a} condemned",
        "hosted a delegation from {b}; the foreign minister of {a} praised",
        "imposed new sanctions on the banks of {b} after talks with"]


def _documents(batch: int) -> list[dict[str, str]]:
    docs = []
    for i, (a, b, city) in enumerate(PAIRS):
        act = ACTS[(i + batch) % len(ACTS)].format(a=a, b=b)
        docs.append({"id": f"wire-{batch}-{i}", "date": f"2025-0{batch + 1}-1{i}",
                     "text": f"{city.upper()} (Newswire) - The government of {a} {act} "
                             f"{b} on Tuesday, according to a statement from the ministry. "
                             f"Diplomats said the move had been expected for weeks."})
    return docs


def _inputs(folder: Path) -> list[str]:
    paths = []
    for batch in range(3):
        path = folder / f"batch-{batch}.jsonl"
        path.write_text("".join(json.dumps(d) + "\n" for d in _documents(batch)), "utf-8")
        paths.append(str(path))
    return paths


def _env(cache: Path) -> dict[str, str]:
    return dict(os.environ, ENTENTE_CACHE=str(cache), ENTENTE_LOCK_WAIT="30")


def _ingest(inputs: list[str], db: Path, cache: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "entente", "ingest", "jsonl", *inputs,
                             "--db", str(db)], cwd=ROOT, env=_env(cache),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _kill_when(child: subprocess.Popen[bytes], ready: Callable[[], bool],
               extra: float = 0.0, limit: float = 120.0) -> int:
    """SIGKILL the child once `ready()` (and `extra` seconds more); its exit status."""
    end = time.monotonic() + limit
    while child.poll() is None and not ready() and time.monotonic() < end:
        time.sleep(0.01)
    time.sleep(extra)
    if child.poll() is None:
        os.kill(child.pid, signal.SIGKILL)
    return child.wait(30)


def _content(db: Path) -> tuple[list[str], list[str], int]:
    with Store(db, read_only=True) as store:
        docs = sorted(d.doc_id for d in store.documents())
        ids = [e.event_id for e in store.events()]
        logged = store.con.execute("SELECT count(*) FROM ingests WHERE status = 'ok'"
                                   ).fetchone()[0]
    return docs, ids, int(logged)


def _partial(db: Path) -> list[str]:
    """The documents a killed run committed (none when it died before its schema did)."""
    try:
        return _content(db)[0]
    except StoreError:
        return []


def _wal(db: Path) -> Path:
    return db.with_name(db.name + ".wal")


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], list[str]]:
    folder = tmp_path_factory.mktemp("reference")
    db = folder / "clean.duckdb"
    child = _ingest(_inputs(folder), db, folder / "cache")
    assert child.wait(300) == 0, child.stderr.read() if child.stderr else ""
    docs, ids, _ = _content(db)
    assert len(docs) == 24 and ids and len(ids) == len(set(ids))
    return docs, sorted(ids)


MOMENTS = {
    "at start": (lambda db: True, 0.3),
    "store just created": (lambda db: db.exists(), 0.0),
    "first writes": (lambda db: _wal(db).exists(), 0.0),
    "writes under way": (lambda db: _wal(db).exists(), 0.8),
}


@pytest.mark.parametrize("moment", list(MOMENTS))
def test_kill_during_ingest_then_rerun_loses_and_doubles_nothing(
        tmp_path: Path, moment: str, reference: tuple[list[str], list[str]]) -> None:
    inputs, db, cache = _inputs(tmp_path), tmp_path / "store.duckdb", tmp_path / "cache"
    ready, extra = MOMENTS[moment]
    assert _kill_when(_ingest(inputs, db, cache), lambda: ready(db), extra) == -signal.SIGKILL
    assert set(_partial(db)) <= set(reference[0])  # whatever was committed is whole
    again = _ingest(inputs, db, cache)
    assert again.wait(300) == 0, again.stderr.read() if again.stderr else ""
    docs, ids, logged = _content(db)
    assert (docs, sorted(ids)) == reference  # nothing lost, nothing twice
    assert logged == 3  # each input logged once, however the first run ended
    strays = [(p, p.stat().st_size) for p in tmp_path.rglob("*") if p.is_file()
              and p != db and p.suffix != ".jsonl"]
    assert all(size <= 4096 for _, size in strays), strays
    assert not (tmp_path / "store.duckdb.tmp").exists()
