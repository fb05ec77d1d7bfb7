"""GDELT per-file cost as the store grows, and bytes on disk (issue 18 (b) and (d)).

(b) One realistic 15-minute file (2,000 rows, one day, GLOBALEVENTIDs above every stored
one, as GDELT numbers them) is loaded into an empty store and into a store of 10 million
events, `--repeat` times interleaved (a new file each time: new ids, new checksum), timing
the `ingest_gdelt_files` call in this process; prints the median of the pair-by-pair
ratios (goal <= 1.3x). The 10-million-event store is built once by SQL (synthetic events
of 2015-2024 with their daily totals) and reused from `$ENTENTE_CACHE/bench/`.

(d) A 300,000-row export is loaded into a new store; the store's bytes per event are
compared with zstd Parquet of the same rows (the events with their GDELT extras columns)
(goal <= 1.5x).

Usage: python bench/bench_gdelt_store.py [--repeat 5] [--events 10000000] [--rows 300000]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_gdelt import build  # noqa: E402
from entente.sources.fetch import download_cache_dir  # noqa: E402
from entente.sources.gdelt import ingest_gdelt_files  # noqa: E402
from entente.store import Store  # noqa: E402

_FILL = """
INSERT INTO events (dataset, doc_id, source_text, source_kind, source_country, source_sector,
    source_code, target_text, target_kind, target_country, target_sector, target_code,
    cameo_code, date, date_precision, pub_date, ingested_at, cameo_root, quad_class,
    penta_class, goldstein, location_name, location_lat, location_lon, url, publisher,
    language, extras, event_id, source_event_id)
SELECT 'gdelt2', CAST(1000000000 + i AS VARCHAR), c1, 'state', c1, 'GOV', c1 || 'GOV', c2,
    'state', c2, 'MIL', c2 || 'MIL', code, day, 'day', day, TIMESTAMP '2025-01-01', left(code, 2),
    1 + i % 4, i % 5, (i % 21) - 10.0, 'Somewhere, Some Province, ' || c2,
    (i % 1200) / 10.0 - 60, (i % 3400) / 10.0 - 170,
    'https://www.example-' || (i % 997) || '.com/world/' || i || '.html',
    'example-' || (i % 997) || '.com', 'en', '{"num_articles":' || (1 + i % 9) || '}',
    left(sha1(CAST(i AS VARCHAR)), 20), 1000000000 + i
FROM (SELECT i, DATE '2015-01-01' + CAST(i * 3653 // {n} AS INTEGER) AS day,
        ['USA', 'RUS', 'CHN', 'SRB', 'IRN', 'UKR', 'DEU', 'FRA', 'TUR', 'IND'][1 + i % 10] AS c1,
        ['GBR', 'ISR', 'PSE', 'PAK', 'BRA', 'ZAF', 'NGA', 'EGY', 'KOR', 'JPN'][1 + i % 7] AS c2,
        ['010', '036', '042', '057', '111', '130', '163', '190', '061', '0841'][1 + i % 10]
            AS code
      FROM range({n}) t(i))
"""


def big_store(events: int) -> Path:
    """The store of `events` synthetic events, built once and kept in the cache."""
    path = download_cache_dir("bench") / f"gdelt-{events}.duckdb"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    started = time.perf_counter()
    with Store(partial) as store:
        store.con.execute("SET preserve_insertion_order = false")
        store.con.execute(_FILL.replace("{n}", str(events)))
        store.refresh_aggregates()
        store.con.execute("CHECKPOINT")
    partial.rename(path)
    print(f"built {path} ({events:,} events) in {time.perf_counter() - started:.0f} s")
    return path


def one_file(folder: Path, k: int) -> Path:
    """The k-th realistic 15-minute file: 2,000 rows dated one day, fresh ids."""
    path = folder / f"2025060112{k:02d}00.export.CSV.zip"
    build(path, 2000, seed=100 + k, first_id=5_000_000 + k * 2000, day="20250601")
    return path


def timed_load(db: Path, path: Path) -> tuple[float, float]:
    """Wall and cpu seconds of loading one file (cpu: every thread of this process)."""
    with Store(db) as store:
        started, cpu = time.perf_counter(), time.process_time()
        report = ingest_gdelt_files(store, [path])
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    assert report.events_added == 2000, report.summary()
    return seconds, cpu


def growth(repeat: int, events: int, work: Path) -> None:
    stored = work / "big.duckdb"
    shutil.copy(big_store(events), stored)
    empty_times, big_times = [], []
    timed_load(work / "warm.duckdb", one_file(work, 90))  # imports, code tables
    for k in range(repeat):
        empty = work / f"empty{k}.duckdb"
        empty_times.append(timed_load(empty, one_file(work, 2 * k)))
        big_times.append(timed_load(stored, one_file(work, 2 * k + 1)))
    pairs = list(zip(big_times, empty_times, strict=True))
    wall = statistics.median(b[0] / e[0] for b, e in pairs)
    cpu = statistics.median(b[1] / e[1] for b, e in pairs)
    print(f"(b) a 2,000-row file into a store of {events:,} events: "
          f"{statistics.median(b[0] for b, _ in pairs) * 1000:.0f} ms against "
          f"{statistics.median(e[0] for _, e in pairs) * 1000:.0f} ms into an empty store: "
          f"{wall:.2f}x by wall time, {cpu:.2f}x by cpu time "
          f"(goal <= 1.3x; median of {repeat} interleaved pairs)")


def disk(rows: int, work: Path) -> None:
    path = work / "20250601000000.export.CSV.zip"
    build(path, rows)
    db = work / "disk.duckdb"
    with Store(db) as store:
        ingest_gdelt_files(store, [path])
        store.con.execute("CHECKPOINT")
        count = store.count_events()
        out = str(work / "same.parquet").replace("'", "''")
        store.con.execute(
            "COPY (SELECT e.*, x.* EXCLUDE (dataset, source_event_id) FROM events e "
            "JOIN gdelt_extras x USING (dataset, source_event_id)) "
            f"TO '{out}' (FORMAT PARQUET, COMPRESSION ZSTD)")
    store_bytes = db.stat().st_size
    parquet = (work / "same.parquet").stat().st_size
    print(f"(d) bytes on disk per event: store {store_bytes / count:.0f}, zstd Parquet of the "
          f"same rows (events with their extras) {parquet / count:.0f}: "
          f"{store_bytes / parquet:.2f}x (goal <= 1.5x; {count:,} events)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--rows", type=int, default=300_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="entente-bench-") as tmp:
        growth(args.repeat, args.events, Path(tmp))
        disk(args.rows, Path(tmp))


if __name__ == "__main__":
    main()
