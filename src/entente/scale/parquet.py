"""Events as Parquet partitions: the flat store columns, written in row groups."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ..record import Event
from ..store import events_arrow_schema

__all__ = ["write_events", "read_events", "ROW_GROUP"]

#: Rows per row group: big enough for fast scans, small enough to keep memory flat.
ROW_GROUP = 5000


def write_events(path: Path, events: Iterable[Event]) -> int:
    """Write events to `path` atomically (a reader never sees half a file); returns the count."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    schema = events_arrow_schema()
    count = 0
    with pq.ParquetWriter(partial, schema) as writer:
        batch: list[dict] = []
        for event in events:
            batch.append(event.to_row())
            if len(batch) >= ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        # An empty partition still gets a file (with the schema), so it counts as done.
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
        count += len(batch)
    os.replace(partial, path)
    return count


def read_events(path: Path) -> Iterator[Event]:
    """The events of one partition file, in the order they were written."""
    parquet = pq.ParquetFile(path)
    for group in range(parquet.num_row_groups):
        for row in parquet.read_row_group(group).to_pylist():
            yield Event.from_row(row)
