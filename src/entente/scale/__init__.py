"""Scale: coding and ingest on a Dask cluster, results as partitioned Parquet.

`DistributedCoder` is a drop-in for `entente.coder.Coder` whose `code_documents` runs on
Dask workers (a local cluster on 127.0.0.1 with `workers=N`, or an existing scheduler);
`code_distributed` yields the events. `ingest_files_distributed` loads GDELT / ICEWS /
POLECAT files one whole file a partition. Partitions are Parquet files under an output
directory with a manifest, so an interrupted run resumes without redoing finished
partitions, and a partition that fails on every retry is reported by name. The directory
can be loaded into a store (`load_partitions`, one transaction per partition) or queried
in place (`Store.attach_parquet`). `entente.scale.wiring` holds the CLI's
``--workers N | --scheduler ADDRESS`` options and calls.

Example::

    with DistributedCoder(workers=2) as coder:
        ingest_inputs(store, ["news.jsonl"], coder=coder)
"""

from __future__ import annotations

from .cluster import connect
from .coding import BATCH_SIZE, DistributedCoder, code_distributed, default_out_dir
from .engine import PartitionError, PartitionFailure, RunReport
from .files import ingest_files_distributed
from .load import load_partitions

__all__ = ["BATCH_SIZE", "DistributedCoder", "PartitionError", "PartitionFailure", "RunReport",
           "code_distributed", "connect", "default_out_dir", "ingest_files_distributed",
           "load_partitions"]
