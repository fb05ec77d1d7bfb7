"""A month of GDELT 2.0 15-minute files end to end (issue 18 (c)): 2,880 synthetic files of
1,500 rows each served by a local mirror on 127.0.0.1 with its MD5 master list, downloaded
and loaded by `entente.sources.ingest_gdelt` in one process into a new store. The mirror
stands in for the internet: it runs in a process of its own, so neither its cpu time nor
its threads (which would hold this process's GIL) count against the load.

Prints files per second overall (goal >= 20) and for the first and the last hundred files
(goal: flat, the last hundred within 1.3x of the first), from the progress callback the CLI
also uses; then the rate in each eighth of the month by wall and by cpu time. A load lets
DuckDB's log grow to `tabular.LOAD_CHECKPOINT_WAL` before a checkpoint compresses the rows,
so the cost of a file comes in lumps: an eighth (360 files) holds about one checkpoint, a
hundred files may hold none (the first) or the last one at close (the last). The mirror's
files are built once and kept in `$ENTENTE_CACHE/bench/`.

`--local` loads the mirror's files from disk (the load alone: no HTTP, no MD5);
`--batch-rows` and `--batch-files` change how many lines and files are committed together
(`tabular.BATCH_ROWS`, `tabular.BATCH_FILES`) to compare batch sizes.

Usage: python bench/bench_gdelt_range.py [--files 2880] [--rows 1500] [--local]
       [--batch-rows 184320] [--batch-files 512]
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_gdelt import build  # noqa: E402
from entente.sources import LoadProgress, gdelt, ingest_gdelt, tabular  # noqa: E402
from entente.sources.fetch import download_cache_dir  # noqa: E402
from entente.store import Store  # noqa: E402

FIRST = datetime(2025, 6, 1)


def mirror_files(count: int, rows: int) -> Path:
    """The mirror folder: `count` export files from FIRST, every 15 minutes, and the
    master list; built once."""
    folder = download_cache_dir("bench") / f"gdelt-mirror-{count}x{rows}"
    master = folder / "masterfilelist.txt"
    if master.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    lines = []
    for n in range(count):
        stamp = FIRST + timedelta(minutes=15 * n)
        path = folder / f"{stamp:%Y%m%d%H%M%S}.export.CSV.zip"
        if not path.exists():
            build(path, rows, seed=n, first_id=n * rows, day=f"{stamp:%Y%m%d}")
        data = path.read_bytes()
        lines.append(f"{len(data)} {hashlib.md5(data).hexdigest()} "
                     f"http://data.gdeltproject.org/gdeltv2/{path.name}")
    master.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"built the mirror ({count:,} files) in {time.perf_counter() - started:.0f} s")
    return folder


_MIRROR = """
import functools, sys, threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass
server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=sys.argv[1]))
print(server.server_address[1], flush=True)
threading.Thread(target=server.serve_forever, daemon=True).start()
sys.stdin.read()  # ends when the bench ends, however it ends (its end of the pipe closes)
"""


def serve(folder: Path) -> tuple[subprocess.Popen[str], str]:
    """The mirror: a static file server on 127.0.0.1 in a child process, and its URL; the
    child stops when this process ends, even if it is killed."""
    server = subprocess.Popen([sys.executable, "-c", _MIRROR, str(folder)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    port = int(server.stdout.readline())  # type: ignore[union-attr]
    return server, f"http://127.0.0.1:{port}/"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2880)
    parser.add_argument("--rows", type=int, default=1500)
    parser.add_argument("--local", action="store_true",
                        help="load the mirror's files from disk: no HTTP, no MD5 check")
    parser.add_argument("--batch-rows", type=int, default=tabular.BATCH_ROWS,
                        help="lines committed together (tabular.BATCH_ROWS)")
    parser.add_argument("--batch-files", type=int, default=tabular.BATCH_FILES,
                        help="files committed together at most (tabular.BATCH_FILES)")
    args = parser.parse_args()
    tabular.BATCH_ROWS = args.batch_rows
    gdelt.BATCH_FILES = args.batch_files
    folder = mirror_files(args.files, args.rows)
    server, url = serve(folder)
    source = "from disk" if args.local else "from a mirror on 127.0.0.1"
    marks: list[tuple[int, float]] = []
    cpu_marks: list[tuple[int, float]] = []
    with tempfile.TemporaryDirectory(prefix="entente-bench-") as tmp:
        started = time.perf_counter()
        cpu_before = _cpu()

        def progress(state: LoadProgress) -> None:
            marks.append((state.done, time.perf_counter() - started))
            cpu_marks.append((state.done, _cpu() - cpu_before))

        with Store(Path(tmp) / "month.duckdb") as store:
            end = FIRST + timedelta(minutes=15 * (args.files - 1))
            if args.local:
                report = ingest_gdelt(store, sorted(folder.glob("*.export.CSV.zip")),
                                      start=FIRST, end=end, progress=progress)
            else:
                report = ingest_gdelt(store, start=FIRST, end=end, mirror=url,
                                      cache_dir=Path(tmp) / "cache", progress=progress,
                                      allow_private=True)
            events = store.count_events()
        seconds = time.perf_counter() - started
        cpu = _cpu() - cpu_before  # this process: downloads, checks and the load
    server.terminate()
    server.wait()
    assert not report.errors and events == args.files * args.rows, report.summary()[-3:]
    first = next((d, t) for d, t in marks if d >= min(100, args.files))
    before_last = [(d, t) for d, t in marks if d <= args.files - 100]
    last_start = before_last[-1] if before_last else (0, 0.0)
    first_rate = first[0] / first[1]
    last_rate = (args.files - last_start[0]) / (seconds - last_start[1])
    print(f"(c) {args.files:,} files of {args.rows:,} rows {source}, end to end, committed "
          f"by {args.batch_rows:,} lines or {args.batch_files} files: "
          f"{args.files / seconds:.1f} files/s (goal >= 20), {events / seconds:,.0f} events/s; "
          f"first hundred {first_rate:.1f} files/s, last hundred "
          f"{last_rate:.1f} files/s: {first_rate / last_rate:.2f}x (flat: close to 1.0x); "
          f"{args.files / cpu:.1f} files per cpu second (cpu {cpu:.0f} s, wall {seconds:.0f} s)")
    marks.append((args.files, seconds))  # the store closed: its last checkpoint included
    cpu_marks.append((args.files, cpu))
    print("    each eighth, files/s by wall (by cpu): " + ", ".join(
        f"{w:.1f} ({c:.1f})" for w, c in zip(_eighths(marks, args.files),
                                             _eighths(cpu_marks, args.files), strict=True)))


def _eighths(marks: list[tuple[int, float]], files: int) -> list[float]:
    """Files per second in each eighth of the run, from (files done, seconds) marks."""
    rates, before = [], (0, 0.0)
    for k in range(1, 9):
        done, at = next(m for m in marks if m[0] >= files * k // 8)
        if done > before[0]:
            rates.append((done - before[0]) / max(at - before[1], 1e-9))
            before = (done, at)
    return rates


def _cpu() -> float:
    """User + system seconds of this process so far (all its threads)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    main()
