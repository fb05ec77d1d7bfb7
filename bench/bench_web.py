"""Benchmark: the explorer's dyad page on a large store answers in under a second.

Fills a fresh store with synthetic events (the generator of bench_dyad.py, stored in date
order as a store filled from dated files has them; --shuffled for random order), then times
what the page asks for when an analyst picks a pair, through the real app (FastAPI's
TestClient, JSON included): the monthly series with its trend and change points, the
first page of events, the events of one clicked month, the events sorted by Goldstein
score, the directed split, one event's detail, and the country list the page loads
first. The baseline, timed in the same run, is one scan of the store counting the events
that touch either country (what any answer about the pair has to read at least once).

    .venv/bin/python bench/bench_web.py              # 10 million events
    .venv/bin/python bench/bench_web.py --rows 1000000
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_dyad import A, B, fill  # noqa: E402
from entente.store import Store  # noqa: E402
from entente.web import create_app  # noqa: E402

GOAL_SECONDS = 1.0


def timed(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    """Median wall time in seconds over `repeat` runs."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    from fastapi.testclient import TestClient

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000, help="events to generate")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each request")
    parser.add_argument("--shuffled", action="store_true",
                        help="store the events in random date order (no date zone maps)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        t0 = time.perf_counter()
        with Store(db) as store:
            fill(store, args.rows, by_date=not args.shuffled)
            print(f"filled {store.count_events():,} events in {time.perf_counter() - t0:.1f} s")
        client = TestClient(create_app(db))
        pair = {"a": A, "b": B}

        calls = itertools.count()

        def get(path: str, **params: object) -> dict:
            # a new `run` each call: the app's answer cache must not serve the timed calls
            response = client.get(path, params={**pair, **params, "run": next(calls)})
            response.raise_for_status()
            return response.json()

        first = get("/api/events", limit=100)
        event_id, event_date = first["events"][0]["event_id"], first["events"][0]["date"]
        requests = {
            "series, trend, change points (monthly)": lambda: get("/api/dyad", freq="month"),
            "first 100 events by date": lambda: get("/api/events", limit=100),
            "one month's events (chart click)": lambda: get("/api/events", period="2020-03-01",
                                                            limit=100),
            "events by Goldstein, conflict only": lambda: get(
                "/api/events", sort="goldstein", order="desc", quad=4, limit=100),
            "directed split": lambda: get("/api/dyad", freq="month", directed="true"),
            # the table's rows open the detail with the date they show
            "one event's detail": lambda: client.get(
                f"/api/event/{event_id}", params={"date": event_date, "run": next(calls)}).json(),
            "one event's detail by id alone (permalink)": lambda: client.get(
                f"/api/event/{event_id}", params={"run": next(calls)}).json(),
        }
        for fn in requests.values():
            fn()  # warm: first touch of the columns
        with Store(db, read_only=True) as store:
            scan = timed(lambda: store.con.execute(
                "SELECT count(*) FROM events WHERE source_country IN ($a, $b) OR "
                "target_country IN ($a, $b)", {"a": A, "b": B}).fetchone(), args.repeat)
        results = {name: timed(fn, args.repeat) for name, fn in requests.items()}
        page = results["series, trend, change points (monthly)"] + \
            results["first 100 events by date"]
        countries = timed(lambda: client.get("/api/countries").json(), max(1, args.repeat // 2))
    print(f"dyad {A}-{B}: {first['total']:,} events counted; medians of {args.repeat} runs")
    print(f"baseline: one scan of the pair's events   {scan * 1000:8.1f} ms")
    for name, seconds in results.items():
        print(f"{name:40s} {seconds * 1000:8.1f} ms ({seconds / scan:5.1f}x the scan)")
    print(f"country list (page load, whole store)    {countries * 1000:8.1f} ms "
          f"({countries / scan:5.1f}x the scan)")
    print(f"dyad page (series + first events): {page * 1000:.1f} ms; under "
          f"{GOAL_SECONDS:.0f} s: {'yes' if page < GOAL_SECONDS else 'no'}")


if __name__ == "__main__":
    main()
