"""GDELT ingest speed and memory (issue 18 (a) and (e)): the whole `entente ingest gdelt`
command against pandas and bare DuckDB, each in a fresh process.

Builds a zipped GDELT 2.0 export of N rows (default 300,000; genuine layout, 61 columns),
then times, interleaved, `--repeat` times (default 3):
  * the whole `entente ingest gdelt FILE --db NEW` command, and with `--no-extras`,
  * `pandas.read_csv` of the same zip (event codes as strings), in a fresh Python,
  * bare DuckDB in a fresh Python: unzip, then `CREATE TABLE AS read_csv` of all 61 typed
    columns, and of the 25 typed columns a user needs ("lean"),
and prints the median of the pair-by-pair ratios (goal >= 1.5x pandas), by wall and by CPU
time; then (e) the peak memory of the command for 1x and 4x the input (goal <= 1.3x).
entente is byte-compiled first, as an installed package is (see `compile_package`), and
the baselines import pandas or duckdb only, not entente.
`--threads` times the command with ENTENTE_LOAD_THREADS=1 against 2 instead.
`--profile` instead loads the file once in this process and prints the cpu and wall time
of each SQL statement of the load, and the cpu of its busiest thread (and what is left
outside them: unzipping, line count, Python), with and without the extras; the busiest
threads plus the cpu outside SQL are the load's time on idle cores, which a loaded machine
cannot show by wall time (run it with ENTENTE_LOAD_THREADS=2 for two cores); then the
cpu of a narrow table in the same process: the file's used columns typed in one statement,
without and with the event id and the two countries, and with what a whole load also does
(rejects, row checks, statistics, daily totals): the cost of the load if `events` were a
view over such a table (`--repeat` runs each).

Usage: python bench/bench_gdelt.py [--rows 300000] [--repeat 3] [--threads | --profile]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from entente.sources.gdelt import GDELT2_COLUMNS

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
    peak_mb: float


def _timed(argv: list[str], env: dict[str, str] | None = None) -> Timing:
    """Wall and CPU seconds and peak RSS of a fresh process."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, **(env or {})})
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{argv[:3]} failed: {proc.stderr.read().decode()}")  # type: ignore[union-attr]
    return Timing(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def run_ingest(zip_path: Path, db: Path, env: dict[str, str] | None = None,
               options: tuple[str, ...] = ()) -> Timing:
    """A fresh `entente ingest gdelt` process into a new store."""
    entente = Path(sys.executable).with_name("entente")
    for suffix in ("", ".wal"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    return _timed([str(entente), "ingest", "gdelt", str(zip_path), "--db", str(db),
                   *options], env)


_PANDAS = """
import json, sys, pandas as pd
GDELT2_COLUMNS = json.loads(sys.argv[2])
names = [n for n, _ in GDELT2_COLUMNS]
text = {n: "string" for n, t in GDELT2_COLUMNS if t == "VARCHAR"}
frame = pd.read_csv(sys.argv[1], sep="\\t", header=None, names=names, quoting=3, dtype=text,
                    compression="zip")
assert len(frame) > 0
"""

#: The columns a user needs (the events record's sources), typed: the lean load.
LEAN = ("GLOBALEVENTID SQLDATE Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode "
        "Actor1Type1Code Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode "
        "Actor2Type1Code IsRootEvent EventCode EventRootCode QuadClass GoldsteinScale "
        "NumArticles AvgTone ActionGeo_FullName ActionGeo_CountryCode ActionGeo_Lat "
        "ActionGeo_Long DATEADDED SOURCEURL").split()

_DUCKDB = """
import json, sys, zipfile, duckdb
from pathlib import Path
GDELT2_COLUMNS = json.loads(sys.argv[5])
zip_path, work, lean = sys.argv[1], Path(sys.argv[2]), sys.argv[3] == "lean"
cols = ", ".join(f"'{n}': '{t.rstrip('?')}'" for n, t in GDELT2_COLUMNS)
keep = sys.argv[4].split(",") if lean else ["*"]
with zipfile.ZipFile(zip_path) as archive:
    plain = Path(archive.extract(archive.infolist()[0], work))
con = duckdb.connect(str(work / "bare.duckdb"))
con.execute(f"CREATE TABLE t AS SELECT {', '.join(keep)} FROM read_csv('{plain}', "
            "delim = '\\t', header = false, quote = '', escape = '', "
            f"columns = {{{cols}}}, dateformat = '%Y%m%d', auto_detect = false)")
con.close()
plain.unlink()
"""


#: The published layout, handed to the baselines as text: they import pandas or duckdb
#: alone, not entente.
_LAYOUT = json.dumps(GDELT2_COLUMNS)


def run_pandas(zip_path: Path) -> Timing:
    return _timed([sys.executable, "-c", _PANDAS, str(zip_path), _LAYOUT])


def run_duckdb(zip_path: Path, work: Path, lean: bool) -> Timing:
    (work / "bare.duckdb").unlink(missing_ok=True)
    return _timed([sys.executable, "-c", _DUCKDB, str(zip_path), str(work),
                   "lean" if lean else "all", ",".join(LEAN), _LAYOUT])


def compile_package() -> None:
    """Byte-compile entente as an installed package is (pip compiles on install): an
    editable install under PYTHONDONTWRITEBYTECODE would otherwise compile every module
    from source in each fresh process, while pandas and duckdb come compiled."""
    import entente

    compileall.compile_dir(Path(entente.__file__).parent, quiet=1)


def _ratio(baseline: list[Timing], ours: list[Timing], field: str) -> float:
    """The median of the pair-by-pair ratios baseline / ours (> 1: ours is faster)."""
    return statistics.median(getattr(b, field) / getattr(o, field)
                             for b, o in zip(baseline, ours, strict=True))


def _line(label: str, rows: int, runs: list[Timing]) -> str:
    wall = statistics.median(t.wall for t in runs)
    cpu = statistics.median(t.cpu for t in runs)
    return f"{label:40s} {wall:6.2f} s  {rows / wall:>10,.0f} rows/s  (cpu {cpu:5.2f} s)"


def compare(small: Path, work: Path, rows: int, repeat: int) -> list[Timing]:
    runs: dict[str, list[Timing]] = {"ingest": [], "pandas": [], "duckdb": [], "lean": [],
                                     "no-extras": []}
    sizes = {}
    for _ in range(repeat):
        runs["ingest"].append(run_ingest(small, work / "a.duckdb"))
        sizes["ingest"] = (work / "a.duckdb").stat().st_size
        runs["no-extras"].append(run_ingest(small, work / "n.duckdb", options=("--no-extras",)))
        sizes["no-extras"] = (work / "n.duckdb").stat().st_size
        runs["pandas"].append(run_pandas(small))
        runs["duckdb"].append(run_duckdb(small, work, lean=False))
        runs["lean"].append(run_duckdb(small, work, lean=True))
    print(_line("entente ingest gdelt (whole command):", rows, runs["ingest"]))
    print(_line("entente ingest gdelt --no-extras:", rows, runs["no-extras"]))
    print(_line("pandas.read_csv (fresh process):", rows, runs["pandas"]))
    print(_line("duckdb, 61 typed columns (fresh process):", rows, runs["duckdb"]))
    print(_line("duckdb, 25 typed columns (fresh process):", rows, runs["lean"]))
    ours = runs["ingest"]
    print(f"(a) entente ingest against pandas.read_csv: "
          f"{_ratio(runs['pandas'], ours, 'wall'):.2f}x by wall time (goal >= 1.5x), "
          f"{_ratio(runs['pandas'], ours, 'cpu'):.2f}x by cpu; against bare duckdb: "
          f"{_ratio(runs['duckdb'], ours, 'wall'):.2f}x (61 columns), "
          f"{_ratio(runs['lean'], ours, 'wall'):.2f}x (25 columns); "
          f"median of {repeat} interleaved runs")
    lean = runs["no-extras"]
    print(f"    --no-extras: {_ratio(runs['pandas'], lean, 'wall'):.2f}x pandas by wall time, "
          f"{_ratio(runs['pandas'], lean, 'cpu'):.2f}x by cpu; {_ratio(ours, lean, 'cpu'):.2f}x "
          f"the cpu time of the default; store {sizes['no-extras'] / rows:.0f} against "
          f"{sizes['ingest'] / rows:.0f} bytes per event")
    return ours


def threads(small: Path, work: Path, repeat: int) -> None:
    one, two = [], []
    for _ in range(repeat):
        one.append(run_ingest(small, work / "a.duckdb", {"ENTENTE_LOAD_THREADS": "1"}))
        two.append(run_ingest(small, work / "a.duckdb", {"ENTENTE_LOAD_THREADS": "2"}))
    print(f"threads: 2 DuckDB threads against 1: {_ratio(one, two, 'wall'):.2f}x by wall "
          f"time, {_ratio(one, two, 'cpu'):.2f}x by cpu (median of {repeat} pairs)")


def thread_cpu() -> dict[str, float]:
    """Cpu seconds of each thread of this process so far (Linux; {} elsewhere)."""
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    out = {}
    try:
        tids = os.listdir("/proc/self/task")
    except OSError:
        return {}
    for tid in tids:
        try:
            with open(f"/proc/self/task/{tid}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:  # the thread ended meanwhile
            continue
        out[tid] = (int(fields[11]) + int(fields[12])) / ticks
    return out


class _TimedConnection:
    """A DuckDB connection that records the wall and cpu time of each `execute`, and the
    cpu of the busiest thread of the process meanwhile: a statement's wall time on idle
    cores, whatever the machine's load (DuckDB's threads share out its work)."""

    def __init__(self, con: Any) -> None:
        self._con = con
        self.log: list[tuple[float, float, str]] = []
        self.busiest: list[float] = []

    def execute(self, sql: str, *args: Any) -> Any:
        before = thread_cpu()
        wall, cpu = time.perf_counter(), time.process_time()
        result = self._con.execute(sql, *args)
        self.log.append((time.perf_counter() - wall, time.process_time() - cpu,
                         " ".join(sql.split())))
        after = thread_cpu()
        self.busiest.append(max((after[t] - before.get(t, 0.0) for t in after), default=0.0))
        return result

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)


def _statement(sql: str) -> str:
    """A short name for a statement: its first words and the table it writes or reads."""
    words = sql.split()
    head = " ".join(words[:3]) if words[0] in ("INSERT", "CREATE") else " ".join(words[:2])
    return head[:60]


def profile_load(small: Path, work: Path, extras: bool = True) -> tuple[float, float]:
    """One in-process load with the time of each statement; returns its cpu seconds and
    its time on idle cores (each statement's busiest thread, plus the cpu outside SQL)."""
    from entente.sources.gdelt import GdeltFilters, ingest_gdelt_files
    from entente.store import Store

    db = work / "p.duckdb"
    cpu, wall = time.process_time(), time.perf_counter()
    store = Store(db)
    timed = _TimedConnection(store.con)
    store.con = timed  # type: ignore[assignment]
    report = ingest_gdelt_files(store, [small], filters=GdeltFilters(extras=extras))
    store.con = timed._con
    store.close()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    totals: dict[str, list[float]] = {}
    for (w, c, sql), busy in zip(timed.log, timed.busiest, strict=True):
        entry = totals.setdefault(_statement(sql), [0.0, 0.0, 0.0, 0])
        entry[0] += w
        entry[1] += c
        entry[2] += busy
        entry[3] += 1
    inside = sum(c for _, c, _ in timed.log), sum(w for w, _, _ in timed.log)
    idle = sum(timed.busiest) + cpu - inside[0]
    print(f"load in process{'' if extras else ' (--no-extras)'}: {cpu:.2f} s cpu, "
          f"{wall:.2f} s wall, {idle:.2f} s on idle cores, "
          f"{report.inputs[0].events_added:,} events")
    for name, (w, c, busy, n) in sorted(totals.items(), key=lambda kv: -kv[1][1])[:10]:
        print(f"  {c:6.2f} s cpu {w:6.2f} s wall {busy:6.2f} s busiest thread  {n:3d}x {name}")
    print(f"  {cpu - inside[0]:6.2f} s cpu {wall - inside[1]:6.2f} s wall                    "
          "outside SQL (unzip, line count, Python)")
    for path in work.glob("p.duckdb*"):
        path.unlink()
    return cpu, idle


_NARROW_TOTALS = """
INSERT INTO dyad_days SELECT date, 'gdelt2', least(a, b), greatest(a, b), a > b, root, quad,
    count(*), sum(goldstein), count(goldstein)
FROM (SELECT SQLDATE AS date, source_country AS a, target_country AS b, EventRootCode AS root,
      QuadClass AS quad, GoldsteinScale AS goldstein FROM g) WHERE a <> b
GROUP BY ALL ORDER BY 3, 4, 1;
INSERT INTO country_days SELECT date, 'gdelt2', country, count(*) FROM (
    SELECT SQLDATE AS date, source_country AS country FROM g WHERE source_country IS NOT NULL
    UNION ALL SELECT SQLDATE, target_country FROM g WHERE target_country IS NOT NULL
        AND target_country IS DISTINCT FROM source_country) GROUP BY ALL ORDER BY 3, 1
"""


def narrow_load(small: Path, work: Path, variant: str) -> float:
    """Cpu seconds of unzipping the file and loading its used columns, typed, into a
    narrow GDELT table behind a would-be `events` view, in one statement. `variant`:
    "floor" (the columns alone), "ids" (with the event id and both countries: the
    code-table joins too), "whole" (the ids, and what a load must also do: DuckDB's
    rejects, the dataset's row checks, the file's statistics and the daily totals)."""
    import duckdb

    from entente.sources.codes import register_code_tables
    from entente.sources.gdelt import gdelt_spec
    from entente.sources.tabular import LoadOptions, _used_columns
    from entente.sources.unpack import plain_input
    from entente.store import _AGGREGATE_DDL

    spec = gdelt_spec("gdelt2", GDELT2_COLUMNS)
    used = _used_columns(spec, LoadOptions())
    types = {n: t.rstrip("?") for n, t in GDELT2_COLUMNS}
    cols = ", ".join(f"'{n}': '{t}'" for n, t in types.items())
    keep = ", ".join(f"src.{n}" for n, _ in GDELT2_COLUMNS if n in used)
    joins = where = options = ""
    if variant != "floor":
        keep += ", " + ", ".join(f"{spec.select[c]} AS {c}"
                                 for c in ("event_id", "source_country", "target_country"))
        joins = spec.joins
    if variant == "whole":
        options = (", strict_mode = true, null_padding = false, ignore_errors = true, "
                   "store_rejects = true, rejects_table = 'rj', rejects_scan = 'rjs'")
        where = f" WHERE ({spec.reason}) IS NULL"
    db = work / "narrow.duckdb"
    db.unlink(missing_ok=True)
    cpu = time.process_time()
    con = duckdb.connect(str(db))
    con.execute("SET threads = 1")
    con.execute("SET preserve_insertion_order = false")
    register_code_tables(con)
    for sql in _AGGREGATE_DDL:
        con.execute(sql)
    with plain_input(small) as plain:
        con.execute("BEGIN")
        con.execute(f"CREATE TABLE g AS SELECT {keep} FROM read_csv('{plain.path}', "
                    "delim = '\\t', header = false, quote = '', escape = '', "
                    f"columns = {{{cols}}}, dateformat = '%Y%m%d', auto_detect = false"
                    f"{options}) src {joins}{where}")
        if variant == "whole":
            con.execute("SELECT count(*), min(GLOBALEVENTID), max(GLOBALEVENTID), "
                        "count(DISTINCT GLOBALEVENTID) FROM g").fetchall()
            for sql in _NARROW_TOTALS.split(";"):
                con.execute(sql)
        con.execute("COMMIT")
    con.close()
    seconds = time.process_time() - cpu
    db.unlink()
    return seconds


def profile(small: Path, work: Path, repeat: int) -> None:
    ours = [profile_load(small, work) for _ in range(repeat)]
    bare = [profile_load(small, work, extras=False) for _ in range(repeat)]
    mine = statistics.median(c for c, _ in ours)
    print(f"the load: {mine:.2f} s cpu, {statistics.median(i for _, i in ours):.2f} s on idle "
          f"cores; --no-extras {statistics.median(c for c, _ in bare):.2f} s cpu, "
          f"{statistics.median(i for _, i in bare):.2f} s on idle cores (medians of {repeat}; "
          "idle cores: the busiest thread of each statement plus the cpu outside SQL, what "
          "the load would take on cores of its own)")
    parts = []
    for variant, label in (("floor", "used columns"), ("ids", "with event id and countries"),
                           ("whole", "the whole load (rejects, checks, statistics, daily "
                                     "totals)")):
        cpu = statistics.median(narrow_load(small, work, variant) for _ in range(repeat))
        parts.append(f"{label}: {cpu:.2f} s cpu ({cpu / mine:.2f}x)")
    print(f"narrow table, {'; '.join(parts)}; the load {mine:.2f} s cpu (medians of {repeat})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=300_000)
    parser.add_argument("--repeat", type=int, default=3)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--threads", action="store_true",
                      help="time 1 against 2 DuckDB threads instead")
    mode.add_argument("--profile", action="store_true",
                      help="the cost of each statement of one load, in process, instead")
    args = parser.parse_args()
    compile_package()
    with tempfile.TemporaryDirectory(prefix="entente-bench-") as tmp:
        work = Path(tmp)
        small = work / "20250601000000.export.CSV.zip"
        build(small, args.rows)
        size = small.stat().st_size / 1e6
        print(f"input: {args.rows:,} rows, {size:.1f} MB zipped (GDELT 2.0, 61 columns); "
              f"load average {_load()}")
        if args.threads:
            threads(small, work, max(args.repeat, 1))
        elif args.profile:
            profile(small, work, max(args.repeat, 1))
        else:
            measure(small, work, args.rows, max(args.repeat, 1))
        print(f"load average at the end: {_load()}")


def _load() -> str:
    """The machine's load averages (1, 5, 15 minutes): the benchmark's figures need them."""
    try:
        return " ".join(f"{v:.1f}" for v in os.getloadavg())
    except (AttributeError, OSError):
        return "unknown"


def measure(small: Path, work: Path, rows: int, repeat: int) -> None:
    """(a) against pandas and bare DuckDB, then (e) the peak memory at 1x and 4x."""
    ours = compare(small, work, rows, repeat)
    large = work / "20250601001500.export.CSV.zip"
    build(large, rows * 4, seed=11)
    big = run_ingest(large, work / "b.duckdb")
    peak = max(t.peak_mb for t in ours)
    print(f"(e) peak memory of entente ingest: {peak:.0f} MB for 1x, {big.peak_mb:.0f} MB "
          f"for 4x ({rows * 4:,} rows, {rows * 4 / big.wall:,.0f} rows/s): "
          f"{big.peak_mb / peak:.2f}x for 4x the rows (goal <= 1.3x)")


if __name__ == "__main__":
    main()
