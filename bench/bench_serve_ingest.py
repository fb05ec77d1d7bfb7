"""Load test: the explorer under 16 concurrent clients while an ingest writes the same store.

Builds the demo store (the example articles, coded), starts `entente serve` on 127.0.0.1
and runs 16 client threads asking what the dyad page asks (the series with trend and
change points, the first page of events, the chart, the country list). First for
`--seconds` with the store quiet (the baseline, same run), then while `entente ingest
jsonl` codes and stores another batch into the same file. Prints, per phase, the number
of requests, the statuses, and p50 / p99 latency of each request kind, the ratio of the
ingest phase's p99 to the baseline's, and whether the explorer showed the new events once
the ingest had committed. Exit status 1 when any answer is a 5xx, the dyad page's p99 is
1 s or more, or the new events never appear.

    .venv/bin/python bench/bench_serve_ingest.py
    .venv/bin/python bench/bench_serve_ingest.py --clients 16 --seconds 20
    .venv/bin/python bench/bench_serve_ingest.py --distinct   # every question new

Identical questions on one snapshot are answered from the explorer's answer cache;
`--distinct` gives every request its own (equivalent) date range, so each is computed.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

import httpx

A, B = "SRB", "IRN"
PAGE = {"dyad": f"/api/dyad?a={A}&b={B}", "events": f"/api/events?a={A}&b={B}&limit=50",
        "chart": f"/api/dyad/chart.svg?a={A}&b={B}", "countries": "/api/countries"}


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _entente(*args: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "entente", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _second_batch(out: Path) -> Path:
    """The example articles again as new documents (other ids, a changed last line)."""
    from entente.demo import EXAMPLES

    lines = []
    endings = ["Officials said further meetings would follow next month.",
               "Diplomats expected a reply within the week.",
               "Neither ministry commented further on Friday."]
    for round_, ending in enumerate(endings):
        for n, line in enumerate(EXAMPLES.read_text(encoding="utf-8").splitlines()):
            record = json.loads(line)
            record["id"] = f"second-{round_}-{n}"
            record["text"] += " " + ending
            lines.append(json.dumps(record))
    path = out / "second.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class Load:
    """`clients` threads asking the page's requests in turn until stopped."""

    def __init__(self, base: str, clients: int, distinct: bool = False) -> None:
        self.base, self.clients, self.distinct = base, clients, distinct
        self.times: dict[str, list[float]] = defaultdict(list)
        self.statuses: Counter[int] = Counter()
        self._stop = threading.Event()
        self._lock = threading.Lock()

    def run(self, seconds: float, until: subprocess.Popen[bytes] | None = None) -> None:
        threads = [threading.Thread(target=self._client, args=(i,)) for i in
                   range(self.clients)]
        for thread in threads:
            thread.start()
        end = time.monotonic() + seconds
        while time.monotonic() < end or (until is not None and until.poll() is None):
            time.sleep(0.1)
        self._stop.set()
        for thread in threads:
            thread.join(30)

    def _client(self, number: int) -> None:
        kinds = list(PAGE)
        with httpx.Client(base_url=self.base, timeout=30) as client:
            i = number
            while not self._stop.is_set():
                kind = kinds[i % len(kinds)]
                i += 1
                path = PAGE[kind]
                if self.distinct and "?" in path:  # the same answer, asked anew
                    path += (f"&start=2024-06-{1 + i % 28:02d}"
                             f"&end=2026-06-{1 + (i // 28 + number) % 28:02d}")
                started = time.perf_counter()
                try:
                    status = client.get(path).status_code
                except httpx.HTTPError:
                    status = 0  # no answer in time (counted apart from the 5xx)
                with self._lock:
                    self.times[kind].append(time.perf_counter() - started)
                    self.statuses[status] += 1

    def p(self, kind: str, q: float) -> float:
        values = sorted(self.times[kind])
        return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")

    def report(self, name: str) -> None:
        total = sum(self.statuses.values())
        print(f"{name}: {total} requests, statuses {dict(sorted(self.statuses.items()))}")
        for kind in PAGE:
            print(f"  {kind:9s} n={len(self.times[kind]):5d}  p50={self.p(kind, .5) * 1000:7.1f} ms"
                  f"  p99={self.p(kind, .99) * 1000:7.1f} ms")


def _events(base: str) -> int:
    return int(httpx.get(base + "/api/health", timeout=30).json()["events"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--distinct", action="store_true",
                        help="no two requests alike (no answer cache hits)")
    parser.add_argument("--seconds", type=float, default=15.0,
                        help="length of the baseline phase (the ingest phase lasts as "
                             "long as the ingest, at least this long)")
    args = parser.parse_args()
    from entente.demo import run_demo

    with tempfile.TemporaryDirectory(prefix="entente-bench-") as tmp:
        work = Path(tmp)
        env = dict(os.environ, ENTENTE_CACHE=str(work / "cache"), ENTENTE_LOCK_WAIT="120")
        demo = run_demo(work / "demo")
        print(f"demo store: {demo.documents} documents, {demo.events} events")
        port = _port()
        base = f"http://127.0.0.1:{port}"
        server = _entente("serve", "--port", str(port), "--db", str(demo.store), env=env)
        try:
            for _ in range(300):
                try:
                    if httpx.get(base + "/api/health", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            for path in PAGE.values():  # warm up: the first answers import the analysis
                for _ in range(3):
                    httpx.get(base + path, timeout=60)
            before = _events(base)
            print(f"load average before the run: {os.getloadavg()[0]:.1f} "
                  f"on {os.cpu_count()} cores")
            quiet = Load(base, args.clients, args.distinct)
            quiet.run(args.seconds)
            quiet.report("baseline (no ingest)")
            ingest = _entente("ingest", "jsonl", str(_second_batch(work)), "--db",
                              str(demo.store), env=env)
            busy = Load(base, args.clients, args.distinct)
            busy.run(args.seconds, until=ingest)
            code = ingest.wait()
            busy.report("during the ingest")
            after = _events(base)
        finally:
            server.terminate()
            server.wait(30)
    errors = sum(n for status, n in busy.statuses.items() if status >= 500) + \
        sum(n for status, n in quiet.statuses.items() if status >= 500)
    lost = busy.statuses[0] + quiet.statuses[0]
    ratio = busy.p("dyad", .99) / quiet.p("dyad", .99)
    print(f"ingest exit {code}; events {before} before, {after} after (seen by the explorer)")
    print(f"dyad p99 during the ingest / baseline: {ratio:.2f}x; 5xx answers: {errors}; "
          f"no answer within 30 s: {lost}")
    print(f"load average after the run: {os.getloadavg()[0]:.1f}")
    ok = errors == 0 and lost == 0 and busy.p("dyad", .99) < 1.0 and after > before and code == 0
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
