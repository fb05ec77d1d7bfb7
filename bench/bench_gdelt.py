"""GDELT ingest speed and memory: `entente ingest gdelt` against pandas and bare DuckDB.

Builds a zipped GDELT 2.0 export of N rows (default 300,000; genuine layout, 61 columns),
then in the same run times:
  * the whole `entente ingest gdelt FILE --db ...` command in a fresh process,
  * `pandas.read_csv` of the same zip (event codes as strings),
  * DuckDB's bare `read_csv` of the unzipped file into a table (unzip included),
and prints rows per second and the ratio to pandas (goal >= 3x), then the peak memory of
the ingest process for 1x and 4x the input (goal: roughly flat).

On a shared machine the wall times swing with the load, so `--repeat N` runs each of the
three N times, interleaved, and keeps each one's best; CPU seconds (user + system) are
printed beside them as a second, steadier view.

Usage: python bench/bench_gdelt.py [--rows 300000] [--repeat 1]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

COUNTRIES = ["USA", "RUS", "CHN", "SRB", "IRN", "UKR", "DEU", "FRA", "GBR", "TUR", "ISR", "PSE",
             "IND", "PAK", "ROM", "KOS", "BRA", "ZAF", "NGA", "EGY"]
FIPS = {"USA": "US", "RUS": "RS", "CHN": "CH", "SRB": "RI", "IRN": "IR", "UKR": "UP",
        "DEU": "GM", "FRA": "FR", "GBR": "UK", "TUR": "TU", "ISR": "IS", "PSE": "WE",
        "IND": "IN", "PAK": "PK", "ROM": "RO", "KOS": "KV", "BRA": "BR", "ZAF": "SF",
        "NGA": "NI", "EGY": "EG"}
CODES = [("010", "01", 1, 0.0), ("036", "03", 1, 4.0), ("042", "04", 1, 1.9),
         ("0251", "02", 1, 3.0), ("057", "05", 1, 8.0), ("111", "11", 3, -2.0),
         ("130", "13", 3, -4.4), ("163", "16", 4, -8.0), ("190", "19", 4, -10.0),
         ("1822", "18", 4, -9.0), ("061", "06", 2, 6.4), ("0841", "08", 2, 7.0)]
SECTORS = ["GOV", "MIL", "", "BUS", "MED", "OPP"]


def _row(rng: random.Random, n: int, day: str | None = None) -> str:
    a, b = rng.sample(COUNTRIES, 2)
    t1, t2 = rng.choice(SECTORS), rng.choice(SECTORS)
    code, root, quad, gold = rng.choice(CODES)
    day = day or f"2025{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"

    def actor(c: str, t: str) -> list[str]:
        return [c + t, c, c, "", "", "", "", t, "", ""]

    def geo(c: str) -> list[str]:
        lat, lon = f"{rng.uniform(-60, 60):.4f}", f"{rng.uniform(-170, 170):.4f}"
        return ["1", c.title(), FIPS[c], FIPS[c], "", lat, lon, FIPS[c]]

    fields = [str(1_200_000_000 + n), day, day[:6], day[:4], f"{2025 + n / 1e7:.4f}",
              *actor(a, t1), *actor(b, t2), str(rng.randint(0, 1)), code, code[:3], root,
              str(quad), str(gold), str(rng.randint(1, 50)), str(rng.randint(1, 5)),
              str(rng.randint(1, 50)), f"{rng.uniform(-10, 10):.6f}", *geo(a), *geo(b),
              *geo(a), day + "001500",
              f"https://www.example-{n % 997}.com/world/{day}/story-{n}.html"]
    return "\t".join(fields)


def build(path: Path, rows: int, seed: int = 7, first_id: int = 0,
          day: str | None = None) -> None:
    """A zipped GDELT 2.0 export of `rows` rows, GLOBALEVENTIDs from 1,200,000,000 +
    `first_id`; `day` (YYYYMMDD) dates every row, as in a 15-minute file, else random."""
    rng = random.Random(seed)
    member = path.name.removesuffix(".zip")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive, \
            archive.open(member, "w") as out:
        chunk: list[str] = []
        for n in range(first_id, first_id + rows):
            chunk.append(_row(rng, n, day))
            if len(chunk) == 10_000:
                out.write(("\n".join(chunk) + "\n").encode())
                chunk = []
        if chunk:
            out.write(("\n".join(chunk) + "\n").encode())


@dataclass(frozen=True)
class Timing:
    wall: float
    cpu: float


def run_ingest(zip_path: Path, db: Path) -> tuple[Timing, float]:
    """Wall and CPU seconds and peak RSS (MB) of a fresh `entente ingest gdelt` process
    (into a new store)."""
    entente = Path(sys.executable).with_name("entente")
    db.unlink(missing_ok=True)
    db.with_name(db.name + ".wal").unlink(missing_ok=True)
    start = time.perf_counter()
    proc = subprocess.Popen([str(entente), "ingest", "gdelt", str(zip_path), "--db", str(db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"entente ingest failed: {proc.stderr.read().decode()}")  # type: ignore[union-attr]
    return Timing(seconds, usage.ru_utime + usage.ru_stime), usage.ru_maxrss / 1024


def run_pandas(zip_path: Path) -> Timing:
    import pandas as pd

    from entente.sources.gdelt import GDELT2_COLUMNS

    names = [n for n, _ in GDELT2_COLUMNS]
    dtypes = {n: ("string" if t == "VARCHAR" else None) for n, t in GDELT2_COLUMNS}
    start, cpu = time.perf_counter(), time.process_time()
    frame = pd.read_csv(zip_path, sep="\t", header=None, names=names, quoting=3,
                        dtype={k: v for k, v in dtypes.items() if v}, compression="zip")
    timing = Timing(time.perf_counter() - start, time.process_time() - cpu)
    assert len(frame) > 0
    return timing


def run_duckdb(zip_path: Path, work: Path) -> Timing:
    import duckdb

    from entente.sources.gdelt import GDELT2_COLUMNS

    cols = ", ".join(f"'{n}': '{t}'" for n, t in GDELT2_COLUMNS)
    (work / "bare.duckdb").unlink(missing_ok=True)
    start, cpu = time.perf_counter(), time.process_time()
    with zipfile.ZipFile(zip_path) as archive:
        plain = Path(archive.extract(archive.infolist()[0], work))
    con = duckdb.connect(str(work / "bare.duckdb"))
    con.execute(f"CREATE TABLE t AS SELECT * FROM read_csv('{plain}', delim = '\\t', "
                f"header = false, quote = '', escape = '', columns = {{{cols}}}, "
                "dateformat = '%Y%m%d', auto_detect = false)")
    con.close()
    timing = Timing(time.perf_counter() - start, time.process_time() - cpu)
    plain.unlink()
    return timing


def _line(label: str, rows: int, t: Timing) -> str:
    return f"{label:38s} {t.wall:6.2f} s  {rows / t.wall:>10,.0f} rows/s  (cpu {t.cpu:5.2f} s)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=300_000)
    parser.add_argument("--repeat", type=int, default=1,
                        help="run each measurement N times (interleaved), keep each best")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="entente-bench-") as tmp:
        work = Path(tmp)
        small = work / "20250601000000.export.CSV.zip"
        large = work / "20250601001500.export.CSV.zip"
        build(small, args.rows)
        build(large, args.rows * 4, seed=11)
        size = small.stat().st_size / 1e6
        print(f"input: {args.rows:,} rows, {size:.1f} MB zipped (GDELT 2.0, 61 columns)")
        runs: list[tuple[Timing, float, Timing, Timing]] = []
        for _ in range(max(args.repeat, 1)):
            ingest, ingest_mb = run_ingest(small, work / "a.duckdb")
            runs.append((ingest, ingest_mb, run_pandas(small), run_duckdb(small, work)))
        ingest = min((r[0] for r in runs), key=lambda t: t.wall)
        ingest_mb = max(r[1] for r in runs)
        pandas_t = min((r[2] for r in runs), key=lambda t: t.wall)
        duck_t = min((r[3] for r in runs), key=lambda t: t.wall)
        print(_line("entente ingest gdelt (whole command):", args.rows, ingest))
        print(_line("pandas.read_csv (parse only):", args.rows, pandas_t))
        print(_line("duckdb read_csv into a table:", args.rows, duck_t))
        print(f"ratio entente ingest / pandas: {pandas_t.wall / ingest.wall:.2f}x (goal >= 3x); "
              f"entente ingest / bare duckdb: {duck_t.wall / ingest.wall:.2f}x; "
              f"by cpu time: {pandas_t.cpu / ingest.cpu:.2f}x pandas, "
              f"{duck_t.cpu / ingest.cpu:.2f}x bare duckdb"
              + (f" (best of {args.repeat})" if args.repeat > 1 else ""))
        large_t, large_mb = run_ingest(large, work / "b.duckdb")
        print(f"peak memory of entente ingest: {ingest_mb:.0f} MB for 1x, {large_mb:.0f} MB for "
              f"4x ({args.rows * 4:,} rows, {args.rows * 4 / large_t.wall:,.0f} rows/s); "
              f"growth {large_mb / ingest_mb:.2f}x for 4x the rows")


if __name__ == "__main__":
    main()
