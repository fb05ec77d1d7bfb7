"""One-sided happenings (DESIGN.md, "Coding policies"): an event needs two actors present in
the text; a happening with one side only comes out only when asked for, flagged
`one_sided`, and never counts in a dyad."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from coder_helpers import coded
from entente.analysis import dyad_series
from entente.record import Actor, Event

ONE_SIDED = [
    "A powerful storm hit southern Chile on Monday.",
    "Dozens of soldiers were killed in the north of Mali.",
    "The Bolivian foreign minister resigned on Friday.",
    "Pakistan tested a nuclear-capable missile on Friday.",
    "Thousands of Kenyans marched through Nairobi on Saturday.",
]


@pytest.mark.parametrize("text", ONE_SIDED)
def test_a_happening_with_one_actor_gives_no_event_by_default(coder, text):
    assert coded(coder, text) == []


def test_asked_for_one_sided_happenings_come_flagged(one_sided_coder):
    events = coded(one_sided_coder, "Pakistan tested a nuclear-capable missile on Friday.")
    assert [(e.source.country, e.cameo_code[:2], e.target.text, e.one_sided)
            for e in events] == [("PAK", "15", "", True)]
    assert events[0].to_dict()["one_sided"] is True


def test_an_unresolved_but_real_actor_counts_as_present(coder):
    events = coded(coder, "Gunmen kidnapped three Turkish engineers in Niger.")
    assert events and all(not e.one_sided for e in events)
    assert {(e.source.text, e.target.country) for e in events} == {("Gunmen", "TUR")}


def test_two_actor_events_are_never_flagged(one_sided_coder):
    events = coded(one_sided_coder, "Serbia expelled two Croatian diplomats on Tuesday.")
    assert [(e.source.country, e.target.country, e.one_sided) for e in events] == [
        ("SRB", "HRV", False)]


def test_the_python_api_takes_one_sided():
    import entente

    text = "A powerful storm hit southern Chile on Monday."
    assert entente.code(text, date=date(2024, 3, 14)) == []
    events = entente.code(text, date=date(2024, 3, 14), one_sided=True)
    assert events and all(e.one_sided for e in events)


def test_the_cli_prints_one_sided_happenings_only_with_the_option():
    def run(*extra: str) -> list[dict]:
        result = subprocess.run(
            [sys.executable, "-m", "entente", "code", "-", "--format", "jsonl",
             "--date", "2024-03-14", *extra],
            input="Pakistan tested a nuclear-capable missile on Friday.\n",
            capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        return [json.loads(line) for line in result.stdout.splitlines()]

    assert run() == []
    events = run("--one-sided")
    assert events and all(e["one_sided"] is True and e["target"]["text"] == "" for e in events)


def test_one_sided_events_never_enter_a_dyad(store):
    def event(code: str, one_sided: bool) -> Event:
        return Event(dataset="entente", doc_id=f"d-{code}", source=Actor("Serbia", 0, 6,
                     "state", "SRB"), target=Actor("Iran", 10, 14, "state", "IRN"),
                     cameo_code=code, date=date(2024, 3, 14), one_sided=one_sided)

    store.add_events([event("057", False), event("042", True)])
    assert sorted(e.one_sided for e in store.events()) == [False, True]
    series = dyad_series(store, "SRB", "IRN", "2024-03-01", "2024-03-31")
    assert int(series["events"].sum()) == 1
    by_root = dyad_series(store, "SRB", "IRN", "2024-03-01", "2024-03-31", roots=["04"])
    assert int(by_root["events"].sum()) == 0


def test_multi_coped_is_scored_with_one_sided_happenings(tmp_path):
    """Multi-CoPED classifies a sentence's event whether or not it names a target, so
    `entente evaluate --format conflibert` codes one-sided happenings too."""
    from entente.evaluate import evaluate

    tsv = tmp_path / "classes.tsv"
    tsv.write_text("Pakistan tested a nuclear-capable missile on Friday.\t4\n", encoding="utf-8")
    conll = tmp_path / "spans.conll"
    words = ["Pakistan", "tested", "a", "nuclear-capable", "missile", "on", "Friday", "."]
    tags = ["B-S"] + ["O"] * 7
    conll.write_text("".join(f"{w} {t}\n" for w, t in zip(words, tags, strict=True)) + "\n",
                     encoding="utf-8")
    report = evaluate(tsv, "conflibert", gold2=conll)
    assert report.sections["all"]["events"]["predicted"] == 1
