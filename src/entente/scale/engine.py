"""Run partitions on a Dask cluster: Parquet out, a manifest for resuming, ordered results.

Each partition (a batch of documents, or one whole data file) runs as one Dask task that
writes its events to ``<out_dir>/parts/<key>.parquet``. The partition key is a fingerprint
of the input and the settings, so a rerun over the same input finds the finished
partitions in ``manifest.jsonl`` and does not redo them. Finished partitions are handed
back in input order, whatever order the workers finish in, so the distributed result is
the single-process result.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from ..errors import EntenteError
from ..timeutil import utc_now
from .cluster import worker_count

__all__ = ["Partition", "Finished", "PartitionFailure", "RunReport", "PartitionError",
           "Manifest", "run_partitions", "fingerprint"]

#: A partition task: (payload, Parquet path to write) -> stats, a small JSON-ready dict.
Task_ = Callable[[Any, Path], dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Partition:
    """One unit of distributed work."""

    index: int
    #: fingerprint of the input and the settings: the same key means the same result
    key: str
    #: what a person calls it in a message: "documents 1-250", a file path
    label: str
    #: documents or bytes in it, for the progress rate
    items: int
    payload: Any = field(repr=False)


@dataclass(frozen=True, slots=True)
class Finished:
    """A partition's outcome: its Parquet file and stats, or the error that stopped it."""

    partition: Partition
    path: Path | None
    stats: dict[str, Any]
    error: str | None = None
    resumed: bool = False


@dataclass(frozen=True, slots=True)
class PartitionFailure:
    label: str
    key: str
    error: str


@dataclass(slots=True)
class RunReport:
    """What a distributed run did: partitions computed, resumed from disk, failed."""

    out_dir: Path
    computed: int = 0
    resumed: int = 0
    failed: list[PartitionFailure] = field(default_factory=list)
    attempts: int = 1

    def raise_for_failures(self) -> None:
        if self.failed:
            raise PartitionError(self)


class PartitionError(EntenteError):
    """Some partitions failed on every attempt; the others are done and kept."""

    def __init__(self, report: RunReport) -> None:
        self.report = report
        first = report.failed[0]
        more = f" (and {len(report.failed) - 1} more)" if len(report.failed) > 1 else ""
        super().__init__(
            f"{len(report.failed)} partition(s) failed after {report.attempts} attempt(s): "
            f"{first.label}: {first.error}{more}; finished partitions are kept in "
            f"{report.out_dir}, run again to redo only the failed ones")


def fingerprint(*parts: object) -> str:
    """A stable hex key for partition contents and settings (repr of plain values)."""
    digest = hashlib.sha1()
    for part in parts:
        digest.update(repr(part).encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()[:24]


class Manifest:
    """``manifest.jsonl`` in the output directory: one line per finished partition.

    Appended and flushed after each partition, so an interrupted run loses at most the
    partitions that were still running. A partition counts as finished only if its line
    and its Parquet file are both there.
    """

    FILE = "manifest.jsonl"

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = Path(out_dir)
        self.parts_dir = self.out_dir / "parts"
        self.parts_dir.mkdir(parents=True, exist_ok=True)
        self.path = self.out_dir / self.FILE
        self._entries = self._read()

    def _read(self) -> dict[str, dict[str, Any]]:
        entries: dict[str, dict[str, Any]] = {}
        if not self.path.exists():
            return entries
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
                entries[entry["key"]] = entry
            except (json.JSONDecodeError, KeyError, TypeError):
                continue  # a line cut short by an interruption: that partition is redone
        return entries

    def keys(self) -> list[str]:
        """Keys of the partitions recorded as finished, in the order they finished."""
        return list(self._entries)

    def part_path(self, key: str) -> Path:
        return self.parts_dir / f"{key}.parquet"

    def finished(self, key: str) -> dict[str, Any] | None:
        entry = self._entries.get(key)
        if entry is None or not self.part_path(key).exists():
            return None
        return entry

    def record(self, partition: Partition, stats: dict[str, Any]) -> None:
        entry = {"key": partition.key, "label": partition.label, "file":
                 f"parts/{partition.key}.parquet", "finished_at":
                 utc_now().isoformat(timespec="seconds") + "Z", "stats": stats}
        with self.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(entry, sort_keys=True) + "\n")
            out.flush()
            os.fsync(out.fileno())
        self._entries[partition.key] = entry


def _execute(task: Task_, payload: Any, path: str) -> dict[str, Any]:
    """Runs on a worker: compute one partition and write its Parquet file."""
    return task(payload, Path(path))


class _RateColumn(ProgressColumn):
    """Items per second, e.g. "412 documents/s"."""

    def __init__(self, unit: str) -> None:
        super().__init__()
        self.unit = unit

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        shown = f"{speed:,.0f}" if speed else "–"
        return Text(f"{shown} {self.unit}/s", style="progress.data.speed")


def make_progress(unit: str, show: bool) -> Progress:
    """Rich progress on stderr: bar, count, rate, elapsed and time left."""
    return Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                    MofNCompleteColumn(), _RateColumn(unit), TimeElapsedColumn(),
                    TextColumn("elapsed,"), TimeRemainingColumn(), TextColumn("left"),
                    console=Console(stderr=True), disable=not show)


@dataclass(slots=True)
class _Window:
    """Partitions taken from the input and not yet handed back (bounded, so memory is flat)."""

    by_future: dict[Any, list[Partition]] = field(default_factory=dict)
    by_key: dict[str, Any] = field(default_factory=dict)
    ready: dict[int, Finished] = field(default_factory=dict)
    size: int = 0


def run_partitions(client: Any, partitions: Iterable[Partition], task: Task_, out_dir: Path,
                   report: RunReport, *, retries: int = 2, unit: str = "documents",
                   total: int | None = None, progress: bool = True,
                   description: str = "coding") -> Iterator[Finished]:
    """Run each partition on the cluster and yield its outcome, in input order.

    Finished partitions recorded in the manifest are not run again. A task that raises is
    retried `retries` times by Dask, then reported in `report.failed` (and yielded with
    its error); the run goes on with the other partitions.
    """
    from dask.distributed import as_completed

    manifest = Manifest(out_dir)
    report.attempts = retries + 1
    limit = 4 * worker_count(client) + 2
    window = _Window()
    pending = as_completed()
    source = iter(partitions)
    run_id = uuid.uuid4().hex[:8]
    next_index = 0
    exhausted = False
    with make_progress(unit, progress) as bar:
        bar_task = bar.add_task(description, total=total)
        try:
            while True:
                while not exhausted and window.size < limit:
                    part = next(source, None)
                    if part is None:
                        exhausted = True
                        break
                    window.size += 1
                    _start(client, part, task, manifest, window, pending, retries, run_id)
                    if part.index in window.ready:
                        bar.advance(bar_task, part.items)
                while next_index in window.ready:
                    outcome = window.ready.pop(next_index)
                    window.size -= 1
                    next_index += 1
                    _count(report, outcome)
                    yield outcome
                if exhausted and window.size == 0:
                    break
                if window.size > len(window.ready):
                    done = next(pending)
                    for part in _collect(done, manifest, window):
                        bar.advance(bar_task, part.items)
        finally:
            for future in window.by_future:
                future.cancel()


def _start(client: Any, part: Partition, task: Task_, manifest: Manifest, window: _Window,
           pending: Any, retries: int, run_id: str) -> None:
    entry = manifest.finished(part.key)
    if entry is not None:
        window.ready[part.index] = Finished(part, manifest.part_path(part.key),
                                            entry.get("stats", {}), resumed=True)
        return
    future = window.by_key.get(part.key)
    if future is not None:  # the same input twice in one run: compute it once
        window.by_future[future].append(part)
        return
    future = client.submit(_execute, task, part.payload, str(manifest.part_path(part.key)),
                           key=f"entente-{part.key}-{run_id}", retries=retries, pure=False)
    window.by_key[part.key] = future
    window.by_future[future] = [part]
    pending.add(future)


def _collect(future: Any, manifest: Manifest, window: _Window) -> list[Partition]:
    parts = window.by_future.pop(future)
    window.by_key.pop(parts[0].key, None)
    if future.status == "finished":
        stats = future.result()
        manifest.record(parts[0], stats)
        outcome = {p.index: Finished(p, manifest.part_path(p.key), stats) for p in parts}
    else:
        try:
            exc = future.exception()
        except BaseException as lost:  # cancelled, or the scheduler lost it
            exc = lost
        message = str(exc) if isinstance(exc, EntenteError) else f"{type(exc).__name__}: {exc}"
        outcome = {p.index: Finished(p, None, {}, error=message) for p in parts}
    window.ready.update(outcome)
    future.release()
    return parts


def _count(report: RunReport, outcome: Finished) -> None:
    if outcome.error is not None:
        report.failed.append(PartitionFailure(outcome.partition.label, outcome.partition.key,
                                              outcome.error))
    elif outcome.resumed:
        report.resumed += 1
    else:
        report.computed += 1
