"""Loading Parquet partitions into the store, one transaction per partition."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb

from ..errors import StoreError
from ..store import Store
from ..timeutil import utc_now
from .engine import Manifest

__all__ = ["load_partitions", "insert_partition"]


def insert_partition(store: Store, con: duckdb.DuckDBPyConnection, path: Path,
                     stamp: datetime | None = None) -> int:
    """Insert one partition file's events not stored yet (by `event_id`); returns how many.

    Runs on `con` (a transaction of the caller); `stamp` fills an empty `ingested_at`.
    """
    return store.insert_parquet_events(con, path, stamp or utc_now())


def load_partitions(store: Store, out_dir: str | Path) -> int:
    """Add the events of every finished partition under `out_dir` to the store.

    Each partition is its own transaction; events already stored (by `event_id`) are left
    as they are, so loading twice, or after an interruption, adds nothing twice. Returns how
    many events were new. To query partitions without loading them, use
    `Store.attach_parquet(out_dir)`.
    """
    directory = Path(out_dir)
    if not (directory / Manifest.FILE).exists():
        raise StoreError(f"{directory}: no {Manifest.FILE} (not a partition directory)")
    manifest = Manifest(directory)
    added = 0
    for key in manifest.keys():
        if manifest.finished(key) is None:
            continue
        with store.transaction() as tx:
            added += insert_partition(store, tx, manifest.part_path(key))
    return added
