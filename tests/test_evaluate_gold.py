"""The real coder measured on gold data: entente's own set against its floors (CI), and
the shared human-coded sets when ../shared/gold is present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import GOLD, ROOT
from entente.cli import main
from entente.errors import EntenteError
from entente.evaluate import (
    GoldEvent,
    GoldItem,
    evaluate,
    figure,
    predict,
    read_gold,
    read_thresholds,
)
from entente.evaluate.metrics import tag_miss
from entente.evaluate.predict import default_coder
from entente.record import Document

OWN_GOLD = ROOT / "gold" / "entente_gold.jsonl"
THRESHOLDS = ROOT / "gold" / "thresholds.json"


@pytest.fixture(scope="module")
def coder():
    try:
        return default_coder()
    except EntenteError as exc:  # the coder is built in parallel; until then there is none
        pytest.skip(str(exc))


def test_own_gold_set_is_large_varied_and_valid():
    items = read_gold([OWN_GOLD], "entente")
    roots = {e.root for i in items for e in i.events}
    assert roots == {f"{r:02d}" for r in range(1, 21)}
    assert sum(i.must_give_nothing for i in items) >= 40
    sentences = sum(i.text.count(". ") + 1 for i in items)
    assert sentences >= 300
    tags = {t for i in items for t in i.tags}
    for needed in ("passive", "nominal", "coordination", "speech", "negation", "modality",
                   "boilerplate", "opinion", "travel", "sport", "economy", "navigation"):
        assert needed in tags
    assert len({i.date.year for i in items if i.date}) >= 20


def test_thresholds_file_is_valid():
    floors = read_thresholds(THRESHOLDS)
    assert {"event_f1", "event_precision", "event_recall", "root_accuracy",
            "must_give_nothing"} <= set(floors)


def test_coder_meets_the_floors_on_entente_gold(coder, tmp_path: Path, capsys):
    out = tmp_path / "report.json"
    code = 0
    try:
        main(["evaluate", str(OWN_GOLD), "--check", str(THRESHOLDS), "--json", str(out)])
    except SystemExit as exc:
        code = exc.code or 0
    assert code == 0, capsys.readouterr().err
    report = json.loads(out.read_text(encoding="utf-8"))
    main_section = report["sections"]["all"]
    for name, floor in read_thresholds(THRESHOLDS).items():
        assert figure(main_section, name) >= floor, name


def test_misses_are_tagged_with_the_real_coders_parts(coder):
    expel = GoldEvent(source="POL", target="RUS", code="166")
    items = [
        # the coder finds the trigger and both actors, and negation drops the event
        GoldItem("filter", "Poland did not expel the Russian ambassador on Monday.",
                 events=(expel,)),
        # no lexicon entry for this verb
        GoldItem("lexicon", "Poland serenaded the Russian ambassador on Monday.",
                 events=(expel,)),
        # the event comes out, but with actors the gazetteer cannot place
        GoldItem("actor", "The Zubrowkan government expelled the ambassador of Ruritania.",
                 events=(expel,)),
    ]
    preds = predict(items, coder)
    tags = {item.item_id: tag_miss(item.events[0], preds[item.item_id]) for item in items}
    assert tags == {"filter": "filter", "lexicon": "lexicon", "actor": "actor"}
    assert preds["filter"].introspected and "POL" in preds["filter"].actor_keys


needs_shared = pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/gold is absent")


@needs_shared
def test_shared_gold_files_are_read_whole():
    plover = read_gold([GOLD / "plover_gsr_dev.json"], "plover")
    assert len(plover) == 161 and all(i.events for i in plover)
    assert {e.plover for i in plover for e in i.events} >= {"REQUEST", "ASSAULT", "ACCUSE"}
    assert not {e.plover for i in plover for e in i.events} & {"DEMAND", "FIGHT", "DISAPPROVE"}
    mcp = read_gold([GOLD / "multicoped_class_train.tsv", GOLD / "multicoped_ner_train.txt"],
                    "conflibert")
    classed = [i for i in mcp if i.events[0].penta is not None]
    assert len(classed) >= 1300
    joined = [i for i in classed if i.events[0].spans_given]
    assert len(joined) >= 800  # most NER sentences find their class line
    share = sum(i.holdout for i in classed) / len(classed)
    assert 0.25 < share < 0.35


@needs_shared
@pytest.mark.slow
def test_coder_on_plover_dev(coder):
    report = evaluate(GOLD / "plover_gsr_dev.json", "plover", coder=coder)
    events = report.main["events"]
    assert events["gold"] == 177 and report.main["items"] == 161
    assert events["predicted"] > 0
    assert report.main["labels"]["plover"]["n"] == 161
    assert 0.0 <= (events["recall"] or 0.0) <= 1.0


def test_check_fails_with_exit_1_below_a_floor(coder, tmp_path: Path, capsys):
    floors = tmp_path / "floors.json"
    floors.write_text('{"event_recall": 0.5}', encoding="utf-8")
    # The gold asks for an event the text does not report, so recall is 0 whatever the coder.
    small = tmp_path / "unreachable.jsonl"
    small.write_text('{"id": "u1", "date": "2024-05-13", "text": "Light rain is expected in '
                     'Lisbon on Sunday.", "events": [{"source": "SRB", "target": "IRN", '
                     '"code": "040"}]}\n', encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        main(["evaluate", str(small), "--check", str(floors), "--worst", "0"])
    assert exit_info.value.code == 1
    printed = capsys.readouterr()
    assert "  FAIL  event_recall  0.000 < 0.500" in printed.out
    assert "0 of 1 floors passed, 1 FAILED" in printed.out
    assert printed.err.strip() == "error: 1 of 1 floors failed (event_recall)"


def test_cli_scores_petrarch_xml_with_the_real_coder(coder, tmp_path: Path, capsys):
    out = tmp_path / "p.json"
    small = ROOT / "tests" / "fixtures" / "evaluate" / "petrarch_small.xml"
    main(["evaluate", str(small), "--format", "petrarch", "--json", str(out)])
    printed = capsys.readouterr().out
    assert "event precision" in printed and "root accuracy" in printed
    report = json.loads(out.read_text(encoding="utf-8"))
    section = report["sections"]["all"]
    assert report["format"] == "petrarch" and section["items"] == 3
    assert section["events"]["gold"] == 3 and section["must_give_nothing"]["n"] == 1
    assert report["coder_version"]


def test_plover_scoring_counts_one_sided_happenings_but_never_as_dyads(coder, tmp_path: Path):
    """PLOVER makes the recipient optional, so `evaluate --format plover` asks the coder for
    one-sided happenings (as `entente code --one-sided`); a gold recipient is still needed."""
    records = [
        {"id": "T-PROTEST-1", "date": "2019-06-13", "event": "PROTEST",
         "source": [{"actorText": "Chilean students", "code": "CHL"}], "target": "",
         "text": "Thousands of Chilean students marched through Santiago on Thursday."},
        {"id": "T-PROTEST-2", "date": "2019-06-14", "event": "PROTEST",
         "source": [{"actorText": "Peruvian doctors", "code": "PER"}],
         "target": [{"actorText": "the health ministry", "code": "PER", "sector": "GOV"}],
         "text": "Peruvian doctors began a hunger strike outside the health ministry in Lima."},
    ]
    gold = tmp_path / "plover.json"
    gold.write_text(json.dumps(records), encoding="utf-8")
    section = evaluate(gold, "plover").main
    assert section["labels"]["plover"]["correct"] == 2   # both are protests
    assert section["events"]["matched"] == 1             # the one with no recipient
    assert section["actors"]["target"]["correct"] == 0   # a missing recipient is no PER
    # the plain coder (and `entente code` without --one-sided) gives neither
    assert not any(events for _, events in coder.code_documents(
        Document(text=r["text"], doc_id=r["id"]) for r in records))
