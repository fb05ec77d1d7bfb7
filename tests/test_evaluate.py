"""entente.evaluate: gold readers, scoring against a hand count, report and CLI errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import FIXTURES
from entente.cli import main
from entente.errors import InputError
from entente.evaluate import (
    Prediction,
    check_thresholds,
    evaluate,
    evaluate_predictions,
    in_holdout,
    read_gold,
    read_thresholds,
)
from entente.evaluate.metrics import match_events, tag_miss
from entente.record import Actor, Document, Event

HERE = FIXTURES / "evaluate"


def state(iso3: str, text: str | None = None) -> Actor:
    return Actor(text or iso3, kind="state", country=iso3)


def ev(src: str, tgt: str, code: str, conf: float | None = None) -> Event:
    return Event("entente", "t", state(src), state(tgt), cameo_code=code, confidence=conf)


# --- the hand count ----------------------------------------------------------------------

# Hand-made predictions for tests/fixtures/evaluate/handcount.jsonl; the figures below were
# counted by hand (see each assertion's comment).
HAND_PREDICTIONS = {
    "h1": [ev("SRB", "IRN", "040", 0.9), ev("IRN", "SRB", "042", 0.5)],  # both match root 04
    "h2": [ev("CHN", "LTU", "172", 0.8)],  # right actors, wrong code: a miss and a false hit
    "h3": [ev("GBR", "USA", "010", 0.3)],  # an event where nothing was due
    "h4": [ev("FRA", "DEU", "062", 0.7)],  # one of two; DEU -> FRA missed
    "h5": [],                              # nothing found
}


@pytest.fixture
def hand_report():
    items = read_gold([HERE / "handcount.jsonl"], "entente")
    preds = {k: Prediction(events=v) for k, v in HAND_PREDICTIONS.items()}
    return evaluate_predictions(items, preds, gold=["handcount.jsonl"], worst=3)


def test_event_precision_recall_f1_equal_the_hand_count(hand_report):
    events = hand_report.main["events"]
    # predicted 2+1+1+1+0 = 5, gold 2+1+0+2+1 = 6, matched 2 (h1) + 1 (h4) = 3
    assert (events["predicted"], events["gold"], events["matched"]) == (5, 6, 3)
    assert events["precision"] == 0.6
    assert events["recall"] == 0.5
    assert events["f1"] == pytest.approx(2 * 0.6 * 0.5 / 1.1, abs=1e-4)


def test_label_accuracies_equal_the_hand_count(hand_report):
    labels = hand_report.main["labels"]
    # texts with gold events: h1 h2 h4 h5. Top events: 040 ok, 172 vs 163, 062 ok, none.
    assert labels["root"] == {"n": 4, "correct": 2, "accuracy": 0.5}
    assert labels["penta"] == {"n": 4, "correct": 2, "accuracy": 0.5}
    # 172 and 163 share quad class 4 (material conflict): three right
    assert labels["quad"] == {"n": 4, "correct": 3, "accuracy": 0.75}
    assert "plover" not in labels  # the entente gold gives no PLOVER events
    assert hand_report.main["must_give_nothing"] == {"n": 1, "clean": 0, "accuracy": 0.0}


def test_actor_accuracy_and_recall_per_root_equal_the_hand_count(hand_report):
    actors = hand_report.main["actors"]
    # right: SRB>IRN, IRN>SRB, CHN>LTU, FRA>DEU; wrong: DEU>FRA (aligned FRA>DEU), EGY>ETH
    assert actors["source"] == {"n": 6, "correct": 4, "accuracy": 0.6667}
    assert actors["target"] == {"n": 6, "correct": 4, "accuracy": 0.6667}
    rows = hand_report.main["recall_by"]["rows"]
    assert hand_report.main["recall_by"]["kind"] == "root"
    assert {k: (r["gold"], r["matched"]) for k, r in rows.items()} == {
        "04": (2, 2), "06": (2, 1), "11": (1, 0), "16": (1, 0)}


def test_misses_thresholds_calibration_and_confusion_equal_the_hand_count(hand_report):
    main = hand_report.main
    # h2: right actors under another code -> lexicon; h4: right code, wrong actors -> actor;
    # h5: no event and no introspection -> lexicon
    assert main["misses"] == {"lexicon": 2, "actor": 1, "parse": 0, "filter": 0}
    at = {row["threshold"]: row for row in main["thresholds"]}
    assert (at[0.6]["predicted"], at[0.6]["matched"]) == (3, 2)  # 0.9, 0.8, 0.7 kept
    assert at[0.6]["precision"] == 0.6667 and at[0.6]["recall"] == 0.3333
    assert at[0.9]["predicted"] == 1 and at[0.9]["matched"] == 1
    bins = {row["bin"]: (row["predicted"], row["matched"]) for row in main["calibration"]}
    assert bins == {"0.2-0.4": (1, 0), "0.4-0.6": (1, 1), "0.6-0.8": (1, 1),
                    "0.8-1.0": (2, 1)}
    penta = main["confusion"]["penta"]["matrix"]
    assert penta["1"]["1"] == 1 and penta["2"]["2"] == 1
    assert penta["3"]["4"] == 1 and penta["3"]["none"] == 1  # h2 and h5 (accuse -> 3)
    assert penta["none"]["0"] == 1  # the statement predicted on the boilerplate line
    assert sum(sum(row.values()) for row in penta.values()) == 5


def test_worst_cases_list_the_most_errors_first_with_their_text(hand_report):
    worst = hand_report.worst
    assert [w["id"] for w in worst] == ["h2", "h3", "h4"]  # 2 errors, then 1 each by id
    assert worst[0]["errors"] == 2
    assert worst[0]["text"].startswith("China imposed sanctions")
    assert worst[1]["gold"] == ["(nothing)"]
    assert worst[0]["predicted"] == ["CHN -> LTU 172 (0.80)"]


def test_report_json_round_trips(hand_report, tmp_path: Path):
    out = tmp_path / "report.json"
    hand_report.write_json(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["sections"]["all"]["events"]["matched"] == 3
    assert data["format"] == "entente" and len(data["worst"]) == 3


# --- matching rules ----------------------------------------------------------------------

def test_matching_is_one_to_one_and_maximal():
    items = read_gold([HERE / "handcount.jsonl"], "entente")
    gold = items[0].events  # SRB>IRN 04, IRN>SRB 04
    one = [ev("SRB", "IRN", "043"), ev("SRB", "IRN", "040")]
    assert match_events(gold, one) == {0: 0}  # two predictions cannot both take one gold
    both = [ev("IRN", "SRB", "040"), ev("SRB", "IRN", "040")]
    assert match_events(gold, both) == {0: 1, 1: 0}


def test_full_code_gold_needs_the_exact_code_and_generic_igo_matches_any_igo():
    items = read_gold([HERE / "petrarch_small.xml"], "petrarch")
    arrest = items[0].events[0]  # GRC > ALB 173
    assert match_events([arrest], [ev("GRC", "ALB", "17")]) == {}
    assert match_events([arrest], [ev("GRC", "ALB", "173")]) == {0: 0}
    assert match_events([arrest], [ev("GRC", "ALB", "174")]) == {}
    accuse = read_gold([HERE / "handcount.jsonl"], "entente")[4].events[0]  # 112
    assert match_events([accuse], [ev("EGY", "ETH", "1121")]) == {0: 0}  # more specific
    from entente.evaluate.metrics import actor_matches

    assert actor_matches("IGO", Actor("the OSCE mission", kind="igo", country="OSCE"))
    assert not actor_matches("IGO", state("FRA"))
    assert actor_matches(None, None)
    # a CAMEO group code with no country matches an actor coded as that kind of group
    boko = Actor("Boko Haram fighters", kind="group", sector="REB", code="IMGMOSBKH")
    assert actor_matches("IMG", boko)
    assert not actor_matches("IMG", state("NGA"))
    assert not actor_matches("NGA", boko)
    assert not actor_matches("FRA", Actor("French rebels", kind="group", code="FRAREB"))


def test_miss_tags_use_the_coders_introspection():
    gold = read_gold([HERE / "handcount.jsonl"], "entente")[4].events[0]  # EGY > ETH 112
    dropped = Prediction(dropped_codes=["112"], trigger_codes=["112"], actor_keys=["EGY", "ETH"],
                         introspected=True)
    assert tag_miss(gold, dropped) == "filter"
    no_trigger = Prediction(trigger_codes=["042"], actor_keys=["EGY", "ETH"], introspected=True)
    assert tag_miss(gold, no_trigger) == "lexicon"
    no_actor = Prediction(trigger_codes=["112"], actor_keys=["EGY"], introspected=True)
    assert tag_miss(gold, no_actor) == "actor"
    unlinked = Prediction(trigger_codes=["1121"], actor_keys=["EGY", "ETH"], introspected=True)
    assert tag_miss(gold, unlinked) == "parse"


def test_span_f1_counts_word_overlap():
    items = read_gold([HERE / "mcp_small.tsv", HERE / "mcp_small.conll"], "conflibert")
    by_text = {i.text.split()[0]: i for i in items}
    nigeria = by_text["Nigerian"]
    preds = {i.item_id: Prediction() for i in items}
    # source "Nigerian troops" vs gold "Nigerian troops": 2/2; target "insurgents" vs
    # gold "camp of the insurgents": overlap 1, predicted 1, gold 4
    source = Actor("Nigerian troops", kind="state", country="NGA")
    target = Actor("insurgents", kind="group")
    preds[nigeria.item_id] = Prediction(events=[
        Event("entente", "t", source, target, cameo_code="190", confidence=0.7)])
    report = evaluate_predictions([nigeria], preds)
    spans = report.sections["holdout"]["spans"]
    assert spans["source"]["precision"] == 1.0 and spans["source"]["recall"] == 1.0
    assert (spans["target"]["overlap"], spans["target"]["predicted_tokens"],
            spans["target"]["gold_tokens"]) == (1, 1, 4)
    assert report.sections["holdout"]["labels"]["penta"]["accuracy"] == 1.0


def _span_figures(item, events: list[Event]) -> dict:
    report = evaluate_predictions([item], {item.item_id: Prediction(events=events)})
    section = report.main
    return {side: (f["overlap"], f["predicted_tokens"], f["gold_tokens"])
            for side, f in section["spans"].items()}


def test_joint_participants_count_on_whichever_side_the_coder_put_them():
    items = read_gold([HERE / "mcp_small.tsv", HERE / "mcp_small.conll"], "conflibert")
    talks = next(i for i in items if i.text.startswith("Peru and Chile"))
    assert talks.events[0].joint_spans == (("peru",), ("and", "chile"))
    assert not talks.events[0].source_span and not talks.events[0].target_span
    peru, chile = state("PER", "Peru"), state("CHL", "Chile")
    mirrored = [Event("entente", "t", chile, peru, cameo_code="036", confidence=0.8,
                      trigger_text="agreed", trigger_start=15),
                Event("entente", "t", peru, chile, cameo_code="036", confidence=0.8,
                      trigger_text="agreed", trigger_start=15)]
    # Chile as source, Peru as target: each participant joins the side that names it,
    # and the mirrored pair of the same trigger counts once
    assert _span_figures(talks, mirrored) == {"source": (1, 1, 2), "target": (1, 1, 1)}
    # a third party on one side is wrong there, the participant left out is missed
    bolivia = [Event("entente", "t", peru, state("BOL", "Bolivia"), cameo_code="036",
                     confidence=0.8, trigger_text="agreed", trigger_start=15)]
    assert _span_figures(talks, bolivia) == {"source": (1, 1, 3), "target": (0, 1, 0)}
    assert "peru <-> and chile" in talks.events[0].describe()


def test_coordinated_targets_are_read_from_every_event_of_the_trigger(tmp_path):
    conll = tmp_path / "coordinated.conll"
    conll.write_text("\n".join(f"{w} {t}" for w, t in [
        ("Ghana", "B-S"), ("sealed", "O"), ("its", "O"), ("borders", "O"), ("with", "O"),
        ("Togo", "B-T"), ("and", "O"), ("Benin", "B-T"), (".", "O")]) + "\n", encoding="utf-8")
    item = read_gold([conll], "conflibert")[0]
    ghana = state("GHA", "Ghana")
    split = [Event("entente", "t", ghana, state(iso, name), cameo_code="172", confidence=0.7,
                   trigger_text="sealed", trigger_start=6)
             for iso, name in (("TGO", "Togo"), ("BEN", "Benin"))]
    assert _span_figures(item, split) == {"source": (1, 1, 1), "target": (2, 2, 2)}
    # another trigger's event is another event: not read into this one
    other = [split[0], Event("entente", "t", ghana, state("BEN", "Benin"), cameo_code="172",
                             confidence=0.5, trigger_text="closed", trigger_start=40)]
    assert _span_figures(item, other) == {"source": (1, 1, 1), "target": (1, 1, 2)}


# --- readers -----------------------------------------------------------------------------

def test_entente_reader_gives_events_and_nothing_items():
    items = read_gold([HERE / "handcount.jsonl"], "entente")
    assert [i.item_id for i in items] == ["h1", "h2", "h3", "h4", "h5"]
    assert items[2].must_give_nothing and not items[0].must_give_nothing
    assert items[1].events[0].code == "163" and items[1].date.isoformat() == "2021-12-03"


def test_plover_reader_maps_2016_names_compounds_and_igos():
    items = {i.item_id: i for i in read_gold([HERE / "plover_small.json"], "plover")}
    assert "TEST-DOCUMENT-0001" not in items  # documentation record
    agree = items["TEST-AGREE-0001"].events
    assert [(e.source, e.target, e.plover) for e in agree] == [
        ("GHA", None, "AGREE"), ("TGO", None, "AGREE")]
    demand = items["TEST-DEMAND-0001"].events[0]
    assert (demand.plover, demand.target) == ("REQUEST", "UN")  # "U.N." named the IGO
    assert items["TEST-FIGHT-0001"].events[0].plover == "ASSAULT"
    blame = items["TEST-DISAPPROVE-0001"].events  # SRC/TAR compound: no self-pairs
    assert {(e.source, e.target, e.plover) for e in blame} == {
        ("SWE", "DNK", "ACCUSE"), ("DNK", "SWE", "ACCUSE")}
    assert items["TEST-FIGHT-0001"].events[0].source == "BOL"  # same country, two actors
    # 2016 events the 2021 table moved: 09x investigate is ACCUSE, 1712 destroy is ASSAULT
    assert items["TEST-INVESTIGATE-0001"].events[0].plover == "ACCUSE"
    assert items["TEST-COERCE-0001"].events[0].plover == "ASSAULT"


def test_petrarch_reader_converts_cameo_actor_codes():
    items = read_gold([HERE / "petrarch_small.xml"], "petrarch")
    assert [(e.source, e.target, e.code) for e in items[1].events] == [
        ("EU", "SRB", "051"), ("NATO", None, "051")]
    assert items[2].must_give_nothing
    assert items[0].text.startswith("Greek police arrested") and "\n" not in items[0].text


def test_conflibert_reader_joins_by_text_and_flags_the_holdout():
    items = read_gold([HERE / "mcp_small.conll", HERE / "mcp_small.tsv"], "conflibert")
    assert len(items) == 5  # 4 classed sentences + 1 only in the CoNLL file
    by_text = {i.text: i for i in items}
    praised = by_text["The Indonesian president praised Australia for its help after the floods."]
    assert praised.events[0].penta == 1
    assert praised.events[0].source_span == ("indonesian", "president")
    assert praised.events[0].target_span == ("australia",)
    for item in items:
        assert item.holdout == in_holdout(item.text)
    assert {i.holdout for i in items} == {True, False}


def test_holdout_slice_definition():
    import hashlib

    sentence = "Peru and Chile agreed to resume talks on their maritime border."
    value = int(hashlib.sha1(sentence.encode("utf-8")).hexdigest(), 16) % 10
    assert in_holdout("  " + sentence + "\n") == (value < 3)


@pytest.mark.parametrize(("name", "content", "message"), [
    ("bad.jsonl", '{"id": "a", "text": "x", "events": []}\n{"id": "b", "text": ',
     "bad.jsonl:2: invalid JSON"),
    ("code.jsonl", None, "broken.jsonl:2: events[0].code: unknown CAMEO event code '999'"),
    ("country.jsonl", '{"id": "a", "text": "x", "events": [{"source": "XXQ", "code": "01"}]}',
     "country.jsonl:1: events[0].source: unknown country"),
    ("dup.jsonl", '{"id": "a", "text": "x", "events": []}\n{"id": "a", "text": "y", '
     '"events": []}', "dup.jsonl:2: duplicate id 'a'"),
    ("nolist.jsonl", '{"id": "a", "text": "x", "events": {}}', "must be a list"),
])
def test_entente_reader_names_the_bad_line(tmp_path: Path, name, content, message):
    path = HERE / "broken.jsonl" if content is None else tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message.replace("[", r"\[").replace("]", r"\]")):
        read_gold([path], "entente")


def test_other_readers_name_their_bad_input(tmp_path: Path):
    xml = tmp_path / "v.xml"
    xml.write_text("<Validation><Sentence><Text>Hi</Text></Validation>", encoding="utf-8")
    with pytest.raises(InputError, match=r"v.xml:1: invalid XML"):
        read_gold([xml], "petrarch")
    tsv = tmp_path / "c.tsv"
    tsv.write_text("Rwanda thanked Kenya.\t1\nUganda shelled a village.\t7\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"c.tsv:2: penta class must be 0-4"):
        read_gold([tsv], "conflibert")
    plover = tmp_path / "p.json"
    plover.write_text('[{"id": "x", "event": "AGREE"}]', encoding="utf-8")
    with pytest.raises(InputError, match=r"p.json: record 0: missing field 'text'"):
        read_gold([plover], "plover")
    with pytest.raises(InputError, match="unknown gold format"):
        read_gold([plover], "gdelt")
    with pytest.raises(InputError, match="gold file not found"):
        read_gold([tmp_path / "absent.jsonl"], "entente")


@given(st.text(max_size=200))
def test_entente_reader_never_crashes_on_arbitrary_lines(tmp_path_factory, line):
    path = tmp_path_factory.mktemp("fuzz") / "g.jsonl"
    path.write_text(line, encoding="utf-8")
    try:
        read_gold([path], "entente")
    except InputError as exc:
        assert str(exc).startswith(str(path))


# --- thresholds and the evaluate() entry point -------------------------------------------

def test_thresholds_fail_below_the_floor(hand_report, tmp_path: Path):
    floors = tmp_path / "t.json"
    floors.write_text('{"_note": "floors", "event_f1": 0.5, "event_precision": 0.7}',
                      encoding="utf-8")
    failures = check_thresholds(hand_report, read_thresholds(floors))
    assert failures == ["event_precision = 0.6 is below the floor 0.7"]
    floors.write_text('{"event_fun": 0.5}', encoding="utf-8")
    with pytest.raises(InputError, match="unknown figure 'event_fun'"):
        read_thresholds(floors)


class ListCoder:
    """A stand-in coder made of hand-made answers, to test the predict step's plumbing."""

    def __init__(self, answers: dict[str, list[Event]]) -> None:
        self.answers = answers
        self.seen: list[Document] = []
        self.version = "hand-1"

    def code_documents(self, docs, date=None):
        for doc in docs:
            self.seen.append(doc)
            yield doc, self.answers.get(doc.doc_id, [])


def test_evaluate_passes_ids_and_dates_to_the_coder_and_scores():
    coder = ListCoder(HAND_PREDICTIONS)
    report = evaluate(HERE / "handcount.jsonl", "entente", coder=coder)
    assert [d.doc_id for d in coder.seen] == ["h1", "h2", "h3", "h4", "h5"]
    assert coder.seen[1].pub_date.isoformat() == "2021-12-03"
    assert report.main["events"]["f1"] == pytest.approx(0.5455, abs=1e-4)
    assert report.coder_version == "hand-1"


def test_evaluate_slices_multicoped_into_train_and_holdout():
    coder = ListCoder({})
    report = evaluate(HERE / "mcp_small.tsv", "conflibert", coder=coder,
                      gold2=HERE / "mcp_small.conll")
    assert list(report.sections) == ["all", "train", "holdout"]
    assert report.sections["holdout"]["items"] == 3 and report.sections["train"]["items"] == 2
    assert all(w["text"] is not None for w in report.worst)
    holdout_texts = {i.text for i in read_gold([HERE / "mcp_small.tsv"], "conflibert")
                     if i.holdout}
    assert not holdout_texts & {w["text"] for w in report.worst}
    only = evaluate(HERE / "mcp_small.tsv", "conflibert", coder=coder, slice_name="train")
    assert list(only.sections) == ["all"] and only.main["items"] == 1


def test_cli_reports_bad_gold_in_one_line(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["evaluate", str(HERE / "broken.jsonl")])
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert "broken.jsonl:2: events[0].code: unknown CAMEO event code '999'" in err
    assert "Traceback" not in err
    with pytest.raises(SystemExit):
        main(["evaluate", str(HERE / "handcount.jsonl"), "--slice", "half"])
    assert "unknown slice 'half'" in capsys.readouterr().err


def test_entente_reader_prefers_igo_codes_over_iso2(tmp_path: Path):
    path = tmp_path / "au.jsonl"
    path.write_text('{"id": "a", "text": "The African Union urged Sudan to talk.", "events": '
                    '[{"source": "AU", "target": "Sudan", "code": "02"}]}', encoding="utf-8")
    event = read_gold([path], "entente")[0].events[0]
    assert (event.source, event.target) == ("AU", "SDN")
