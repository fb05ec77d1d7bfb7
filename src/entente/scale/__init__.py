"""Scale: coding and ingest on a Dask cluster, results as partitioned Parquet.

`DistributedCoder` is a drop-in for `entente.coder.Coder` whose `code_documents` runs on
Dask workers (a local cluster on 127.0.0.1 with `workers=N`, or an existing scheduler);
`code_distributed` yields the events. Partitions are written under an output directory
with a manifest, so an interrupted run resumes without redoing finished partitions, and a
partition that fails on every retry is reported by name.
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
