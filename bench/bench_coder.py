"""Benchmark of the coder: sentences/second on article text, against the full spaCy pipeline.

Prints, after the models have loaded and in one run (machines are noisy, so only ratios
measured side by side mean anything):
  - the coder's sentences/second over a fixed corpus of generated articles, by wall-clock
    time and per second of the process's cpu time;
  - the same for running the full en_core_web_sm pipeline over every sentence, and the ratio
    (goal >= 3x). The two take turns over slices of the corpus (`--rounds`, the order
    swapped each round), so that a change in the machine's load during the run weighs on
    both alike; the ratio of cpu times is the one the load moves least;
  - the pre-filter's recall on gold event sentences (goal >= 0.97): the PLOVER dev records
    and the non-held-out Multi-CoPED sentences, when ../shared/gold exists;
  - the actor resolver's share of the coder's time (goal < 10%).

Usage: .venv/bin/python bench/bench_coder.py [--articles N] [--rounds N] [--gold DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

COUNTRIES = [
    ("Serbia", "Serbian", "Belgrade"), ("Iran", "Iranian", "Tehran"),
    ("Turkey", "Turkish", "Ankara"), ("Hungary", "Hungarian", "Budapest"),
    ("China", "Chinese", "Beijing"), ("Russia", "Russian", "Moscow"),
    ("Germany", "German", "Berlin"), ("France", "French", "Paris"),
    ("Japan", "Japanese", "Tokyo"), ("Brazil", "Brazilian", "Brasilia"),
    ("Kenya", "Kenyan", "Nairobi"), ("Egypt", "Egyptian", "Cairo"),
    ("Poland", "Polish", "Warsaw"), ("India", "Indian", "New Delhi"),
    ("Mexico", "Mexican", "Mexico City"), ("Vietnam", "Vietnamese", "Hanoi"),
]
EVENT_TEMPLATES = [
    "{A} and {B} signed a trade agreement in {capA} on {day}.",
    "{adjA} President met his {adjB} counterpart in {capB} to discuss energy cooperation.",
    "{A} condemned {B} over the border incident, the foreign ministry said.",
    "{adjA} officials accused {B} of interfering in the election.",
    "{A} imposed sanctions on {adjB} banks last week.",
    "{adjA} soldiers launched an assault on militia camps close to the {B} frontier.",
    "{A} urged {B} to release the detained journalists.",
    "The {adjA} foreign minister will visit {capB} next month.",
    "{A} threatened to expel {adjB} diplomats.",
    "{adjA} police arrested two {adjB} nationals suspected of espionage.",
    "{A} said it wants to deepen economic ties with {B}.",
    "{A} refused to lift its ban on {adjB} imports.",
    "Protesters in {capA} rallied against the {adjB} embassy on {day}.",
    "{A} pledged humanitarian aid to {B} after the earthquake.",
    "{adjA} warplanes struck targets in {B}, killing at least five people.",
]
BACKGROUND = [
    "The weather in {capA} was unusually warm for the season.",
    "Inflation slowed to {n} percent in the third quarter, the statistics office reported.",
    "The national football team won its qualifying match {n}-1.",
    "Shoppers crowded the markets ahead of the long weekend.",
    "The central bank kept its benchmark rate unchanged at {n} percent.",
    "Analysts expect growth to pick up in the second half of the year.",
    "The new metro line is scheduled to open in {capA} next spring.",
    "Tourism revenue rose sharply compared with the previous year.",
    "Officials gave no further details.",
    "The festival drew more than {n},000 visitors over three days.",
    "Farmers complained that the dry summer had cut their yields.",
    "The museum will reopen after a two-year renovation.",
    "Prices of fresh vegetables climbed for a third consecutive month.",
    "Local elections are due in the autumn.",
    "The company did not respond to a request for comment.",
    "Traffic was diverted for several hours after the accident.",
    "Schools in the region will close early for the holidays.",
    "The report runs to more than {n}0 pages.",
    "It was the highest figure since records began.",
    "Heavy rain is expected across the north on {day}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def make_corpus(articles: int, seed: int = 20240314) -> list[str]:
    """Articles of about 20 sentences, one in four reporting an event (as news does)."""
    rng = random.Random(seed)
    docs = []
    for _ in range(articles):
        (a, adj_a, cap_a), (b, adj_b, cap_b) = rng.sample(COUNTRIES, 2)
        sentences = []
        for _ in range(20):
            pool = EVENT_TEMPLATES if rng.random() < 0.25 else BACKGROUND
            sentences.append(rng.choice(pool).format(
                A=a, B=b, adjA=adj_a, adjB=adj_b, capA=cap_a, capB=cap_b,
                day=rng.choice(DAYS), n=rng.randint(2, 9)))
        paragraphs = [" ".join(sentences[i:i + 4]) for i in range(0, 20, 4)]
        docs.append(f"{cap_a.upper()} (Wire) - " + "\n\n".join(paragraphs))
    return docs


def gold_sentences(gold: Path) -> list[str]:
    """Gold event sentences one may study: PLOVER dev and the non-held-out Multi-CoPED."""
    out: list[str] = []
    plover = gold / "plover_gsr_dev.json"
    if plover.is_file():
        records = json.loads(plover.read_text(encoding="utf-8"))
        out += [r["text"] for r in records if r.get("text") and r.get("event") != "DOCUMENT"]
    multicoped = gold / "multicoped_class_train.tsv"
    if multicoped.is_file():
        for line in multicoped.read_text(encoding="utf-8").splitlines():
            sentence = line.rpartition("\t")[0]
            if sentence and int(hashlib.sha1(sentence.strip().encode("utf-8")).hexdigest(),
                                16) % 10 >= 3:
                out.append(sentence)
    return out


def timed(work: Callable[[Any], None], arg: Any) -> tuple[float, float]:
    """(wall seconds, cpu seconds of this process) that `work(arg)` takes."""
    wall, cpu = time.perf_counter(), time.process_time()
    work(arg)
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=520, help="articles of 20 sentences")
    parser.add_argument("--rounds", type=int, default=4,
                        help="turns the coder and the full pipeline take over the corpus")
    parser.add_argument("--gold", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared" / "gold")
    args = parser.parse_args()

    import spacy

    from entente.coder import Coder, load_nlp
    from entente.coder.nlp import model_name
    from entente.coder.sentences import normalise, split_sentences
    from entente.record import Document

    texts = make_corpus(args.articles)
    docs = [Document(text=t, doc_id=f"bench-{i}") for i, t in enumerate(texts)]
    sentences = [s.text for t in texts for s in split_sentences(t)]
    coder = Coder(model=load_nlp())
    coder.code_document(Document(text="Serbia condemned Iran."))  # warm up the pipeline
    coder.timings.__init__()  # type: ignore[misc]
    full = spacy.load(model_name())  # every component, as a plain spaCy user would run it
    list(full.pipe(sentences[:50]))

    events = 0

    def code(part: list[Document]) -> None:
        nonlocal events
        events += sum(len(found) for _, found in coder.code_documents(part))

    def parse_all(part: list[str]) -> None:
        for _ in full.pipe(part, batch_size=256):
            pass

    rounds = max(1, min(args.rounds, len(docs)))
    coder_time, full_time, ratios = [0.0, 0.0], [0.0, 0.0], []
    for r in range(rounds):
        part = docs[r * len(docs) // rounds:(r + 1) * len(docs) // rounds]
        part_sentences = [s.text for d in part for s in split_sentences(d.text)]
        turns = [(code, part), (parse_all, part_sentences)]
        first, second = turns if r % 2 == 0 else turns[::-1]
        a, b = timed(*first), timed(*second)
        mine, theirs = (a, b) if r % 2 == 0 else (b, a)
        coder_time = [coder_time[k] + mine[k] for k in (0, 1)]
        full_time = [full_time[k] + theirs[k] for k in (0, 1)]
        ratios.append(theirs[1] / mine[1])
    coder_seconds = coder_time[0]
    coder_rate, full_rate = len(sentences) / coder_time[0], len(sentences) / full_time[0]
    coder_cpu, full_cpu = len(sentences) / coder_time[1], len(sentences) / full_time[1]

    print(f"corpus: {len(docs)} articles, {len(sentences)} sentences, "
          f"{coder.timings.parsed} parsed after the pre-filter "
          f"({coder.timings.parsed / len(sentences):.0%}), {events} events")
    print(f"coder:            {coder_rate:8.0f} sentences/second (goal >= 600); "
          f"{coder_cpu:.0f} per cpu second")
    print(f"full {model_name()}: {full_rate:8.0f} sentences/second; "
          f"{full_cpu:.0f} per cpu second")
    print(f"ratio coder/full: {coder_rate / full_rate:8.2f}x by wall time (goal >= 3x); "
          f"{coder_cpu / full_cpu:.2f}x by cpu time ({rounds} alternating rounds, "
          f"{min(ratios):.2f}x-{max(ratios):.2f}x)")
    share = coder.timings.resolver / coder_seconds
    print(f"resolver share of coder time: {share:.1%} (goal < 10%); "
          f"parser share {coder.timings.parse / coder_seconds:.1%}")

    gold = gold_sentences(args.gold) if args.gold.is_dir() else []
    if gold:
        passed = sum(coder.prefilter.passes(normalise(s)) for s in gold)
        print(f"pre-filter recall on {len(gold)} gold event sentences: "
              f"{passed / len(gold):.3f} (goal >= 0.97)")
    else:
        print(f"pre-filter recall: skipped ({args.gold} not found)")


if __name__ == "__main__":
    main()
