"""Ingesting event data files (GDELT, ICEWS, POLECAT) on a Dask cluster, a file a partition.

A worker reads one whole file with the single-process reader of `entente.sources` into a
scratch in-memory store and writes its events as a Parquet partition; the driver then
loads each partition into the real store in one transaction, with the same ingest log
row, so the store ends as the single-process ingest would leave it. A file already
ingested (same checksum) is not sent to the cluster at all.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import asdict
from pathlib import Path
from typing import Any

from .._version import __version__
from ..sources.report import IngestReport, InputResult, RowProblem
from ..sources.tabular import file_checksum
from ..store import Store
from ..timeutil import utc_now
from .cluster import connect
from .coding import default_out_dir
from .engine import Finished, Partition, RunReport, fingerprint, run_partitions
from .load import insert_partition

__all__ = ["ingest_files_distributed", "read_file_partition"]

#: A single-process ingest of files, e.g. `entente.sources.gdelt.ingest_gdelt_files`.
IngestFiles = Callable[..., IngestReport]


def read_file_partition(source: tuple[int, str, str], out_path: Path, *,
                        ingest: IngestFiles, options: dict[str, Any]) -> dict[str, Any]:
    """Runs on a worker: ingest one file (position, path, checksum) into a scratch store
    and write its events as Parquet."""
    path = source[1]
    with Store(":memory:") as scratch:
        report = ingest(scratch, [path], **options)
        partial = out_path.with_name(f".{out_path.name}.{os.getpid()}.partial")
        rows = scratch.export(partial, "parquet")
        os.replace(partial, out_path)
    return {"report": asdict(report), "rows": rows}


def ingest_files_distributed(store: Store, files: Iterable[str | Path], ingest: IngestFiles,
                             *, kind: str, workers: int | None = None,
                             scheduler: str | None = None, client: Any = None,
                             out_dir: str | Path | None = None, retries: int = 2,
                             progress: bool = True, **options: Any) -> IngestReport:
    """Ingest data files on a Dask cluster: the store ends as `ingest(store, files, ...)`
    would leave it. `options` go to `ingest` (e.g. strict=True, filters=...).

    Example: ``ingest_files_distributed(store, paths, ingest_gdelt_files, kind="gdelt",
    workers=2)``
    """
    run = RunReport(Path(out_dir) if out_dir else default_out_dir(kind))
    names = [str(f) for f in files]
    task = functools.partial(read_file_partition, ingest=ingest, options=options)
    settings = f"{kind}|{__version__}|{getattr(ingest, '__qualname__', ingest)}|{options!r}"
    # One report per input, in input order, whether it was sent to the cluster or not.
    results: list[IngestReport | None] = [None] * len(names)
    with ExitStack() as stack:
        client = client or stack.enter_context(connect(workers, scheduler))
        partitions = _file_partitions(store, names, kind, settings, results)
        for outcome in run_partitions(client, partitions, task, run.out_dir, run,
                                      retries=retries, unit="files", total=len(names),
                                      progress=progress, description=f"ingesting {kind}"):
            position, _, _ = outcome.partition.payload
            results[position] = _load(store, outcome, kind, run.attempts)
    report = IngestReport()
    for result in results:
        if result is not None:
            report.merge(result)
    _add_overlap_warning(store, report, kind)
    return report


def _file_partitions(store: Store, names: list[str], kind: str, settings: str,
                     results: list[IngestReport | None]) -> Iterator[Partition]:
    """One partition per new file, its payload (position, path, checksum); missing and
    already stored files are reported in `results` here."""
    index = 0
    for position, name in enumerate(names):
        path = Path(name)
        if not path.is_file():
            results[position] = IngestReport(inputs=[InputResult(
                name, kind, status="error", message=f"{name}: no such file")])
            continue
        checksum = file_checksum(path)
        if store.has_ingested(checksum):
            results[position] = IngestReport(inputs=[InputResult(
                name, kind, status="already ingested")])
            continue
        key = fingerprint(settings, checksum)
        yield Partition(index=index, key=key, label=name, items=1,
                        payload=(position, str(path.resolve()), checksum))
        index += 1


def _load(store: Store, outcome: Finished, kind: str, attempts: int) -> IngestReport:
    """One finished file into the store, in one transaction, logged as the reader logs it."""
    name = outcome.partition.label
    if outcome.error is not None:
        message = f"{name}: failed on {attempts} attempt(s): {outcome.error}"
        return IngestReport(inputs=[InputResult(name, kind, status="error", message=message)])
    report = _named_report(outcome.stats["report"], outcome.partition.payload[1], name)
    for result in report.inputs:
        if result.status != "ok":
            continue
        assert outcome.path is not None
        started = utc_now()
        with store.transaction() as tx:
            result.events_added = insert_partition(store, tx, outcome.path)
            store.log_ingest(kind=result.kind, path=name, checksum=outcome.partition.payload[2],
                             started_at=started, rows_read=result.rows_read,
                             rows_kept=result.events_added, rows_skipped=result.rows_skipped,
                             status="ok", con=tx)
    return report


def _named_report(done: dict[str, Any], worker_path: str, name: str) -> IngestReport:
    """The worker's report, naming the file as the user gave it."""
    def named(text: str) -> str:
        return text.replace(worker_path, name)

    return IngestReport(
        inputs=[InputResult(**{**r, "name": name, "message": named(r["message"])})
                for r in done["inputs"]],
        problems=[RowProblem(name, p["line"], named(p["reason"])) for p in done["problems"]],
        warnings=[named(w) for w in done["warnings"]])


def _add_overlap_warning(store: Store, report: IngestReport, kind: str) -> None:
    if kind != "gdelt":
        return
    from ..sources.gdelt import overlap_warning

    warning = overlap_warning(store)
    if warning and warning not in report.warnings:
        report.warnings.append(warning)
