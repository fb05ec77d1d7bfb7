"""Reading a store that another process may be writing: serve its last committed state.

DuckDB lets no other process open a store file while one writes it, and a writer cannot
start while another process has the file open. `SnapshotReader` (what `entente serve`
uses) therefore never reads the store file in place: it copies it into a private
snapshot while holding a read lock for the moment of the copy, and answers every
request from that snapshot. When the store file changes and no writer holds it, the next
request takes a fresh snapshot; while a writer holds it, requests go on from the last
snapshot (the last committed state). A writer waits at most for one copy.

Snapshots live in this process's scratch folder in entente's cache (removed at exit, and
by the next server when a killed one left them behind). A snapshot takes as much disk as
the store file.
"""

from __future__ import annotations

import itertools
import os
import shutil
import threading
import time
from pathlib import Path

import duckdb

from . import runtime
from .errors import StoreError
from .store import Store, connection_config

__all__ = ["SnapshotReader", "BUSY_MESSAGE", "MISSING_MESSAGE"]

BUSY_MESSAGE = ("the store is being written by another process and has no earlier state "
                "to show yet; try again when the ingest has finished")
MISSING_MESSAGE = "no such store (ingest something first)"

#: Snapshot numbers, unique in the process (DuckDB shares one database per file name).
_NUMBERS = itertools.count(1)
#: DuckDB threads of each snapshot's queries: ENTENTE_READ_THREADS, else DuckDB's default
#: (one per core).
READ_THREADS = int(os.environ.get("ENTENTE_READ_THREADS", "0") or 0)
#: Seconds between two attempts to refresh while a writer holds the store.
_RETRY = 0.5


def _stamp(path: Path) -> tuple[tuple[int, int], ...] | None:
    """(mtime, size) of the store file and its write-ahead log; None without a store."""
    parts = []
    for item in (path, path.with_name(path.name + ".wal")):
        try:
            info = item.stat()
        except FileNotFoundError:
            if item == path:
                return None
            parts.append((0, -1))
        else:
            parts.append((info.st_mtime_ns, info.st_size))
    return tuple(parts)


class SnapshotReader:
    """Read-only `Store`s over the last committed state of the store at `path`.

    `open()` gives a read-only Store (close it after the request). `wait` is how long a
    first open waits for a writer when there is no snapshot yet.
    """

    def __init__(self, path: str | Path, *, wait: float = 2.0) -> None:
        self.path = Path(path)
        self.wait = wait
        self._lock = threading.Lock()
        self._stamp: tuple[tuple[int, int], ...] | None = None
        self._current: Path | None = None
        self._anchor: duckdb.DuckDBPyConnection | None = None  # keeps the snapshot loaded
        self._next_try = 0.0

    def open(self) -> Store:
        """A read-only Store over the newest snapshot (refreshed first when the store
        changed and no writer holds it). StoreError when there is nothing to show."""
        end = time.monotonic() + self.wait
        while True:
            with self._lock:
                self._refresh()
                if self._current is not None:
                    return Store(self._current, read_only=True)
            if time.monotonic() >= end:
                raise StoreError(BUSY_MESSAGE)
            time.sleep(0.1)

    def current(self) -> Path | None:
        """The snapshot requests read now (refreshed first, as `open` does); None when
        there is none to read."""
        with self._lock:
            try:
                self._refresh()
            except StoreError:
                return None
            return self._current

    def close(self) -> None:
        """Drop the snapshot (its files too)."""
        with self._lock:
            self._swap(None)

    def _refresh(self) -> None:
        stamp = _stamp(self.path)
        if stamp is None:
            self._swap(None)
            raise StoreError(MISSING_MESSAGE)
        if self._current is not None and (stamp == self._stamp or
                                          time.monotonic() < self._next_try):
            return
        try:  # a read lock on the store: no writer can start while we copy
            source = runtime.connect_waiting(self.path, read_only=True, wait=0,
                                             config=connection_config())
        except duckdb.Error as exc:
            if runtime.is_lock_error(exc):
                self._next_try = time.monotonic() + _RETRY
                return  # a writer is at work: keep showing the last snapshot
            raise StoreError(f"the store cannot be read ({type(exc).__name__})") from None
        try:
            stamp = _stamp(self.path)
            target = self._copy()
        finally:
            source.close()
        self._swap(target)
        self._stamp = stamp

    def _copy(self) -> Path:
        target = runtime.scratch_dir("serve") / f"snapshot-{next(_NUMBERS)}.duckdb"
        shutil.copyfile(self.path, target)
        wal = self.path.with_name(self.path.name + ".wal")
        if wal.exists():
            shutil.copyfile(wal, target.with_name(target.name + ".wal"))
        return target

    def _swap(self, target: Path | None) -> None:
        """Make `target` the snapshot requests read; the old one's files go (requests
        still reading it keep their open handles)."""
        old, old_anchor = self._current, self._anchor
        self._anchor = None if target is None else duckdb.connect(
            str(target), read_only=True, config=connection_config())
        if self._anchor is not None and READ_THREADS:
            # e.g. 1 on a small machine serving many clients: requests already run side
            # by side in the server's threads, per-query threads only fight over cores
            self._anchor.execute(f"SET threads = {READ_THREADS}")
        self._current = target
        if old_anchor is not None:
            old_anchor.close()
        if old is not None and old != target:
            for item in (old, old.with_name(old.name + ".wal")):
                item.unlink(missing_ok=True)
