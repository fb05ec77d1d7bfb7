"""Benchmark: coding on two local Dask workers against one, and peak memory as input grows.

    python bench/bench_scale.py [--docs 10000] [--memory-docs 1500]

Speed: the same >= 10,000 news documents are coded through `entente.scale` on a local
cluster of 1 worker and on one of 2 workers; both clusters are started and their workers
have loaded the coder (and coded a small warm-up batch) before any clock starts, so
start-up is not counted. Runs alternate and the best of each size counts; all must give
the same events. Prints the ratio (goal >= 1.6x).

Memory: peak resident memory of a fresh process that codes (and, separately, ingests into
a new store) a JSONL file of N documents, at 1x and 4x N. Flat memory means a ratio near
1.0x, not near 4x. The distributed driver's peak is measured the same way.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from entente.record import Document

COUNTRIES = [  # (name, demonym, capital)
    ("Serbia", "Serbian", "Belgrade"), ("Iran", "Iranian", "Tehran"),
    ("Russia", "Russian", "Moscow"), ("China", "Chinese", "Beijing"),
    ("the United States", "American", "Washington"), ("France", "French", "Paris"),
    ("Germany", "German", "Berlin"), ("Turkey", "Turkish", "Ankara"),
    ("Israel", "Israeli", "Jerusalem"), ("Egypt", "Egyptian", "Cairo"),
    ("India", "Indian", "New Delhi"), ("Pakistan", "Pakistani", "Islamabad"),
    ("Japan", "Japanese", "Tokyo"), ("South Korea", "South Korean", "Seoul"),
    ("Brazil", "Brazilian", "Brasilia"), ("Ukraine", "Ukrainian", "Kyiv"),
    ("Poland", "Polish", "Warsaw"), ("Hungary", "Hungarian", "Budapest"),
    ("Saudi Arabia", "Saudi", "Riyadh"), ("Qatar", "Qatari", "Doha"),
]
TOPICS = ["energy supplies", "trade", "migration", "water rights", "nuclear safety",
          "border security", "grain exports", "visa rules", "tourism", "cyber security"]
ISSUES = ["nuclear programme", "treatment of minorities", "missile tests", "border dispute",
          "fishing rights", "military exercises"]
INCIDENTS = ["shelling of a border village", "attack on an aid convoy",
             "seizure of a fuel tanker", "arrest of an aid worker"]
ACCUSATIONS = ["spying on its officials", "arming rebel groups", "violating the ceasefire",
               "meddling in its elections"]
DISASTERS = ["earthquake", "floods", "wildfires"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

EVENT_SENTENCES = [
    "{A} and {B} signed an agreement on {topic} on {day}.",
    "The {a} foreign minister met his {b} counterpart in {city} to discuss {topic}.",
    "{A} imposed new sanctions on {B} over its {issue}.",
    "{A} condemned {B} for the {incident}.",
    "{A} accused {B} of {accusation}.",
    "{A} expelled two {b} diplomats after a row over the {issue}.",
    "{A} sent humanitarian aid to {B} after the {disaster}.",
    "Officials from {A} and {B} held talks on {topic} in {city} on {day}.",
    "{A} praised {B} for its support on {topic}.",
    "{A} urged {B} to release the detained journalists.",
    "{A} threatened {B} with retaliation if the {issue} was not settled.",
    "The {a} army launched air strikes near the border with {B}.",
    "{A} recalled its ambassador from {B} in protest at the {incident}.",
    "{A} rejected a proposal from {B} on {topic}.",
    "The {a} president will visit {B} next month, his office said.",
    "{A} agreed to supply {B} with wheat and fertiliser.",
    "Protesters gathered outside the {b} embassy in {city} to denounce the {issue}.",
    "{A} and {B} pledged to deepen economic cooperation.",
    "{A} demanded that {B} pull its soldiers back from the contested zone.",
    "The {a} prime minister said {B} was a reliable partner on {topic}.",
]
FILLER_SENTENCES = [
    "Markets in {city} closed slightly higher on {day} as investors awaited inflation data.",
    "Heavy rain is expected across the region for the rest of the week.",
    "The central bank left its main interest rate unchanged at {rate} percent.",
    "Local elections are scheduled for the spring.",
    "The ministry did not respond to a request for comment.",
    "Analysts said the move was largely symbolic.",
    "Ticket sales for the national football league rose by {rate} percent this season.",
    "The report was based on interviews with more than {count} residents.",
    "The city's new metro line is due to open in {year}.",
    "Fuel prices have risen for the third month in a row.",
]


def make_documents(count: int, seed: int = 7) -> list[Document]:
    """`count` short wire stories: a dateline, two to five event sentences and some filler."""
    rng = random.Random(seed)
    first = date(2024, 1, 1)
    docs = []
    for number in range(count):
        (a_name, a_dem, a_city), (b_name, b_dem, b_city) = rng.sample(COUNTRIES, 2)
        slots = {
            "A": a_name[0].upper() + a_name[1:], "B": b_name, "a": a_dem, "b": b_dem,
            "city": rng.choice((a_city, b_city)), "topic": rng.choice(TOPICS),
            "issue": rng.choice(ISSUES), "incident": rng.choice(INCIDENTS),
            "accusation": rng.choice(ACCUSATIONS), "disaster": rng.choice(DISASTERS),
            "day": rng.choice(DAYS), "rate": rng.randint(2, 19), "count": rng.randint(2, 9) * 100,
            "year": rng.randint(2025, 2030),
        }
        chosen = rng.sample(EVENT_SENTENCES, rng.randint(2, 5)) + \
            rng.sample(FILLER_SENTENCES, rng.randint(1, 3))
        rng.shuffle(chosen)
        body = " ".join(s.format(**slots) for s in chosen)
        text = f"{a_city.upper()} (Wire) - {body}"
        docs.append(Document(text=text, doc_id=f"bench-{number:06d}",
                             pub_date=first + timedelta(days=number % 700)))
    return docs


def write_jsonl(docs: list[Document], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for doc in docs:
            out.write(json.dumps({"id": doc.doc_id, "text": doc.text,
                                  "date": doc.pub_date.isoformat()}) + "\n")
    return path


# -- speed ------------------------------------------------------------------------------
def time_coding(docs: list[Document], work_dir: Path, rounds: int) -> dict[int, float]:
    """Best seconds to code `docs` on 1 and on 2 local workers, start-up excluded.

    Both clusters are started, and their coders loaded and warmed up, before any clock
    runs; then runs alternate (1, 2, 1, 2, ...) and the best of each is kept, so a burst of
    load from other programs on a shared machine hurts neither side more than the other.
    Every run must give the same events.
    """
    from entente.scale import DistributedCoder, connect

    best: dict[int, float] = {}
    seen: set[tuple[str, ...]] = set()
    with connect(workers=1) as one, connect(workers=2) as two:
        clients = {1: one, 2: two}
        for workers, client in clients.items():
            warm = DistributedCoder(client=client, out_dir=work_dir / f"warm{workers}",
                                    progress=False, batch_size=25)
            list(warm.code_documents(make_documents(25 * workers * 2, seed=99)))
        for number in range(rounds):
            for workers, client in clients.items():
                coder = DistributedCoder(client=client, progress=False,
                                         out_dir=work_dir / f"run{workers}-{number}")
                started, cpu = time.perf_counter(), time.process_time()
                worker_cpu = sum(client.run(cpu_seconds).values())
                ids = tuple(e.event_id for _, events in coder.code_documents(docs)
                            for e in events)
                seconds = time.perf_counter() - started
                worker_cpu = sum(client.run(cpu_seconds).values()) - worker_cpu
                # The share of its cores the cluster got: well under 100% means other
                # programs were using the machine during the run.
                print(f"scale: {workers} worker(s), run {number + 1}: {seconds:.1f} s, "
                      f"{len(docs) / seconds:,.0f} docs/s, {len(ids):,} events; workers got "
                      f"{100 * worker_cpu / (workers * seconds):.0f}% of {workers} core(s), "
                      f"{worker_cpu / len(docs) * 1000:.1f} CPU-ms per document; driver CPU "
                      f"{time.process_time() - cpu:.1f} s", flush=True)
                best[workers] = min(best.get(workers, seconds), seconds)
                seen.add(ids)
    if len(seen) != 1:
        raise SystemExit("scale: runs gave different events (was the code edited meanwhile?)")
    return best


# -- memory (each measurement in a fresh process, so its peak is its own) --------------
def cpu_seconds() -> float:
    """CPU time of this process (asked of each worker through `Client.run`)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def gdelt_rows(count: int, seed: int = 5) -> str:
    """`count` GDELT 2.0 export rows (61 tab-separated columns) between a few countries."""
    rng = random.Random(seed)
    actors = [("SRBGOV", "SERBIA", "SRB", "GOV"), ("IRN", "IRAN", "IRN", ""),
              ("RUSMIL", "RUSSIA", "RUS", "MIL"), ("UKR", "UKRAINE", "UKR", ""),
              ("CHNGOV", "CHINA", "CHN", "GOV"), ("USAGOV", "UNITED STATES", "USA", "GOV")]
    codes = [("036", 4.0, 1), ("042", 1.9, 1), ("057", 8.0, 1), ("111", -2.0, 3),
             ("163", -8.0, 4), ("190", -10.0, 4)]
    geo = ["4", "Belgrade, Central Serbia, Serbia", "RI", "RI00", "", "44.8186", "20.4681",
           "-74897"]
    lines = []
    for number in range(count):
        (c1, n1, k1, t1), (c2, n2, k2, t2) = rng.sample(actors, 2)
        code, goldstein, quad = rng.choice(codes)
        day = f"202506{rng.randint(1, 28):02d}"
        cells = [str(1300000000 + number), day, day[:6], day[:4], "2025.4219",
                 c1, n1, k1, "", "", "", "", t1, "", "", c2, n2, k2, "", "", "", "", t2, "", "",
                 "1", code, code, code[:2], str(quad), str(goldstein), "6", "2", "6", "-1.5",
                 *geo, *geo, *geo, f"{day}001500", f"https://news.example.net/{day}/{number}"]
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def measure(what: str, path: Path, work_dir: Path) -> None:
    """Run one job in this (fresh) process and print its peak memory in MB."""
    from entente.store import Store

    workers_mb = 0.0
    if what == "gdelt":
        from entente.sources.gdelt import ingest_gdelt_files

        with Store(work_dir / "memory.duckdb") as store:
            ingest_gdelt_files(store, [path])
            events = store.count_events()
    elif what == "ingest":
        from entente.sources.ingest import ingest_inputs

        with Store(work_dir / "memory.duckdb") as store:
            ingest_inputs(store, [str(path)])
            events = store.count_events()
    else:
        from entente.sources import read_documents

        docs = read_documents([str(path)], input_format="jsonl")
        if what == "code":
            from entente.coder import Coder

            events = sum(len(e) for _, e in Coder().code_documents(docs))
        else:  # the driver and the workers of a distributed run on two local workers
            from entente.scale import DistributedCoder, connect

            with connect(workers=2) as client:
                coder = DistributedCoder(client=client, out_dir=work_dir / "parts",
                                         progress=False)
                events = sum(len(e) for _, e in coder.code_documents(docs))
                workers_mb = max(client.run(peak_mb).values())
    print(json.dumps({"peak_mb": peak_mb(), "workers_mb": workers_mb, "events": events}))


def memory_at(what: str, count: int, work_dir: Path) -> dict:
    run_dir = Path(tempfile.mkdtemp(dir=work_dir))
    if what == "gdelt":
        path = run_dir / "20250601001500.export.CSV"
        path.write_text(gdelt_rows(count), encoding="utf-8")
    else:
        path = write_jsonl(make_documents(count, seed=11), run_dir / "docs.jsonl")
    out = subprocess.run([sys.executable, __file__, "--measure", what, str(path), str(run_dir)],
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"memory measurement {what} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def report_memory(what: str, count: int, unit: str, work_dir: Path) -> None:
    small, large = memory_at(what, count, work_dir), memory_at(what, 4 * count, work_dir)
    line = (f"scale: peak memory of {what}: {small['peak_mb']:,.0f} MB at 1x ({count:,} {unit},"
            f" {small['events']:,} events), {large['peak_mb']:,.0f} MB at 4x "
            f"({4 * count:,} {unit}, {large['events']:,} events): "
            f"{large['peak_mb'] / small['peak_mb']:.2f}x (flat is 1.00x)")
    if small["workers_mb"]:
        line += (f"; busiest worker {small['workers_mb']:,.0f} MB at 1x, "
                 f"{large['workers_mb']:,.0f} MB at 4x")
    print(line, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--memory-docs", type=int, default=1_500)
    parser.add_argument("--rounds", type=int, default=2, help="timed runs per cluster size")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--measure", nargs=3, metavar=("WHAT", "JSONL", "DIR"))
    args = parser.parse_args()
    if args.measure:
        what, path, work = args.measure
        measure(what, Path(path), Path(work))
        return
    with tempfile.TemporaryDirectory(prefix="entente-bench-scale-") as tmp:
        work_dir = Path(tmp)
        docs = make_documents(args.docs)
        best = time_coding(docs, work_dir, args.rounds)
        print(f"scale: coding {len(docs):,} documents on 2 local workers vs 1 (best of "
              f"{args.rounds} runs each): {best[1] / best[2]:.2f}x (goal >= 1.6x)", flush=True)
        if args.skip_memory:
            return
        for what in ("code", "ingest", "distributed"):
            report_memory(what, args.memory_docs, "documents", work_dir)
        report_memory("gdelt", args.memory_docs * 20, "GDELT rows", work_dir)


if __name__ == "__main__":
    main()
