"""Where entente keeps its own files, and how a process waits for the store's lock.

Caches and scratch files live under one folder, `ENTENTE_CACHE` if set, else
``~/.cache/entente``: downloads, DuckDB's spill files (never a ``<db>.tmp`` folder beside
the store), the web server's snapshots. A process's scratch
folder carries its id, so the next process removes what a killed one left behind.

DuckDB lets one process write a store file at a time (readers in other processes are
shut out while it does). Opening a store waits for the lock up to `lock_wait()` seconds
(`ENTENTE_LOCK_WAIT`, default 60) before it fails with a message saying so.
"""

from __future__ import annotations

import atexit
import os
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # DuckDB loads with the first store opened, not with this module
    import duckdb

__all__ = ["cache_dir", "scratch_dir", "lock_wait", "connect_waiting", "is_lock_error",
           "remove_stale", "process_alive", "DEFAULT_LOCK_WAIT"]

#: Seconds an open waits for another process to release the store (ENTENTE_LOCK_WAIT).
DEFAULT_LOCK_WAIT = 60.0


def cache_dir(name: str = "") -> Path:
    """entente's cache folder `name`: under `ENTENTE_CACHE` if set, else ~/.cache/entente."""
    root = os.environ.get("ENTENTE_CACHE")
    base = Path(root) if root else Path.home() / ".cache" / "entente"
    return base / name if name else base


def process_alive(pid: int) -> bool:
    """True while the process `pid` exists (also when it belongs to another user)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale(parent: Path) -> None:
    """Remove the folders under `parent` named "<pid>-..." whose process has ended."""
    if not parent.is_dir():
        return
    for folder in parent.iterdir():
        head = folder.name.split("-", 1)[0]
        if folder.is_dir() and head.isdigit() and int(head) != os.getpid() \
                and not process_alive(int(head)):
            shutil.rmtree(folder, ignore_errors=True)


_SCRATCH: dict[str, Path] = {}


def scratch_dir(kind: str) -> Path:
    """This process's scratch folder for `kind` (created; removed at exit; the folders of
    ended processes are removed on first use)."""
    if kind not in _SCRATCH:
        parent = cache_dir(kind)
        parent.mkdir(parents=True, exist_ok=True)
        remove_stale(parent)
        folder = parent / f"{os.getpid()}-{time.time_ns():x}"
        folder.mkdir()
        atexit.register(shutil.rmtree, folder, True)
        _SCRATCH[kind] = folder
    return _SCRATCH[kind]


def lock_wait() -> float:
    """Seconds to wait for the store's lock: `ENTENTE_LOCK_WAIT`, else 60."""
    try:
        return max(0.0, float(os.environ.get("ENTENTE_LOCK_WAIT", DEFAULT_LOCK_WAIT)))
    except ValueError:
        return DEFAULT_LOCK_WAIT


def is_lock_error(exc: BaseException) -> bool:
    """True for DuckDB's "another process holds this file" error."""
    import duckdb

    return isinstance(exc, duckdb.IOException) and "lock" in str(exc).lower()


def connect_waiting(path: Path, *, read_only: bool, wait: float | None = None,
                    config: dict[str, str] | None = None) -> duckdb.DuckDBPyConnection:
    """`duckdb.connect`, retried while another process holds the file's lock, for up to
    `wait` seconds (default `lock_wait()`); then the lock error is raised."""
    import duckdb

    end = time.monotonic() + (lock_wait() if wait is None else wait)
    pause = 0.02
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=config or {})
        except duckdb.IOException as exc:
            left = end - time.monotonic()
            if not is_lock_error(exc) or left <= 0:
                raise
            time.sleep(min(pause, left))
            pause = min(pause * 2, 0.25)
