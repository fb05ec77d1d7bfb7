"""`entente evaluate --format realnews`: reader, hand-counted scoring, slices, hidden check half."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import FIXTURES, GOLD
from entente.cli import main
from entente.errors import InputError
from entente.evaluate import (
    Prediction,
    evaluate,
    evaluate_realnews_predictions,
    read_gold,
    read_realnews,
    select,
    sniff_format,
)
from entente.evaluate.realnews import expected_matches
from entente.record import Actor, Event

SMALL = FIXTURES / "evaluate" / "realnews_small.jsonl"


def actor(key: str | None, kind: str = "state") -> Actor:
    if key == "IGO":
        return Actor("the African Union", kind="igo", country="AU")
    return Actor(key or "officials", kind=kind if key else "unresolved", country=key)


def ev(src: str | None, tgt: str | None, code: str, conf: float = 0.6) -> Event:
    return Event("entente", "t", actor(src), actor(tgt), cameo_code=code, confidence=conf)


# Hand-made output for the six fixture sentences; the figures below are counted by hand.
HAND = {
    "rs01": [ev("AUS", "IDN", "111", 0.7), ev("AUS", "IDN", "042", 0.3)],  # right; wrong quad
    "rs02": [ev("TGO", "GHA", "057", 0.8), ev("GHA", "TGO", "057", 0.8)],  # both right (sym.)
    "rs03": [ev(None, "GHA", "010", 0.2)],                                # false on non-event
    "rs04": [ev("IGO", "SAU", "040", 0.5)],  # only the optional event: right, recall 0
    "rs05": [ev("PER", "MEX", "161", 0.9), ev("MEX", "PER", "111", 0.4)],  # right; wrong way
    "rs06": [ev("CHL", "ARG", "190", 0.6)],                               # false on non-event
}


@pytest.fixture
def report():
    items = read_realnews(SMALL)
    preds = {k: Prediction(events=v) for k, v in HAND.items()}
    return evaluate_realnews_predictions(items, preds, gold=[str(SMALL)], worst=10)


def test_reader_keeps_alternatives_optional_events_and_halves():
    items = {i.item_id: i for i in read_realnews(SMALL)}
    assert len(items) == 6
    assert items["rs02"].events[0].symmetric and items["rs02"].events[0].quads == (1, 2)
    assert items["rs04"].events[1].optional and len(items["rs04"].required) == 1
    assert items["rs03"].must_give_nothing and not items["rs03"].holdout
    assert items["rs05"].holdout and items["rs05"].kind == "headline"


def test_scores_equal_the_hand_count(report):
    study, check, whole = report.sections["study"], report.sections["check"], \
        report.sections["all"]
    # study: required rs01, rs02, rs04(AU->SDN) = 3; found rs01, rs02 = 2
    assert (study["events"]["required"], study["events"]["found"]) == (3, 2)
    # study output 2+2+1+1 = 6; right: rs01 111, both rs02, rs04 optional = 4
    assert (study["events"]["predicted"], study["events"]["matched"]) == (6, 4)
    assert study["events"]["recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert study["events"]["precision"] == pytest.approx(4 / 6, abs=1e-4)
    # the rs03 event has no placed source: left out of the "both sides placed" precision
    assert study["placed"] == {"predicted": 5, "matched": 4, "precision": 0.8}
    assert study["non_event"] == {"sentences": 1, "false_events": 1, "per_sentence": 1.0}
    # check: rs05 found (1/1); right 1 of 3 (rs05's reverse 111, rs06's false 190)
    assert (check["events"]["recall"], check["events"]["precision"]) == (1.0, 0.3333)
    assert check["non_event"]["false_events"] == 1
    assert whole["events"]["required"] == 4 and whole["events"]["found"] == 3
    assert whole["must_give_nothing"] == {"n": 2, "clean": 0, "accuracy": 0.0}
    assert whole["recall_by"]["quad"]["3"] == {"required": 2, "found": 2, "recall": 1.0}


def test_confidence_floors_drop_low_events(report):
    rows = {r["threshold"]: r for r in report.sections["all"]["thresholds"]}
    # >= 0.5 keeps 111 0.7, 057 x2, 040 0.5, 161 0.9, 190 0.6: right 5 of 6
    assert (rows[0.5]["predicted"], rows[0.5]["matched"]) == (6, 5)
    assert rows[0.8]["found"] == 2  # rs02 (0.8) and rs05 (0.9) stay


def test_symmetric_events_match_either_way_and_igo_keys_any_organisation():
    items = {i.item_id: i for i in read_realnews(SMALL)}
    joint = items["rs02"].events[0]
    assert expected_matches(joint, ev("TGO", "GHA", "036"))
    assert not expected_matches(joint, ev("TGO", "GHA", "173"))  # quad 4 not allowed
    one_way = items["rs01"].events[0]
    assert not expected_matches(one_way, ev("IDN", "AUS", "111"))
    assert expected_matches(items["rs04"].events[0], ev("IGO", "SDN", "025"))


def test_worst_cases_never_show_the_check_half(report):
    ids = [w["id"] for w in report.worst]
    # rs05 and rs06 have errors too (a wrong direction, a false event), yet are not listed
    assert ids == ["rs01", "rs03", "rs04"]
    assert report.worst[0]["misses"] == []
    assert report.worst[2]["misses"][0]["gold"] == "IGO -> SDN quad 1 roots 02"


def test_slices_select_the_halves_under_both_names():
    items = read_realnews(SMALL)
    assert [i.item_id for i in select(items, "study")] == ["rs01", "rs02", "rs03", "rs04"]
    assert [i.item_id for i in select(items, "check")] == ["rs05", "rs06"]
    assert select(items, "holdout") == select(items, "check")
    with pytest.raises(InputError, match="unknown slice"):
        select(items, "dev")


@pytest.mark.parametrize(("row", "message"), [
    ('{"id": "x", "text": "A met B.", "events": []}', "missing field 'split'"),
    ('{"id": "x", "text": "A met B.", "split": "test", "events": []}', "field 'split'"),
    ('{"id": "x", "text": "A met B.", "split": "study", "events": [{"src": ["XXQ"], '
     '"tgt": ["FRA"], "quad": [1]}]}', "events[0].src: unknown country"),
    ('{"id": "x", "text": "A met B.", "split": "study", "events": [{"src": ["DEU"], '
     '"tgt": ["FRA"], "quad": [5]}]}', "events[0].quad"),
    ('{"id": "x", "text": "A met B.", "split": "study", "events": [{"src": ["DEU"], '
     '"tgt": ["FRA"]}]}', "missing field 'quad'"),
    ('{"id": "x", "text": "A met B.", "split": "study", "events": []', "invalid JSON"),
])
def test_bad_lines_are_named(tmp_path: Path, row: str, message: str):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "text": "Fine.", "split": "check", "events": []}\n' + row,
                    encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_realnews(path)
    assert f"{path}:2" in str(err.value) and message in str(err.value)


class FixedCoder:
    """A stand-in with the real coder's batch interface, giving the hand-made events."""

    version = "fixed"

    def code_documents(self, docs, date=None):  # type: ignore[no-untyped-def]
        for doc in docs:
            yield doc, HAND[doc.doc_id]


def test_evaluate_slice_study_scores_only_the_study_half():
    report = evaluate(SMALL, "realnews", coder=FixedCoder(), slice_name="study")
    assert list(report.sections) == ["study"]
    assert report.main["events"]["required"] == 3


def test_cli_prints_study_and_check_side_by_side_but_no_check_sentence(capsys):
    main(["evaluate", str(SMALL), "--format", "realnews"])
    out = capsys.readouterr().out
    assert "study" in out and "check" in out and "recall" in out
    assert "Recalls Envoy" not in out and "Heavy rain" not in out  # check half stays unread


def test_cli_json_has_both_halves(tmp_path: Path, capsys):
    out = tmp_path / "rn.json"
    main(["evaluate", str(SMALL), "--format", "realnews", "--json", str(out)])
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data["sections"]) == {"all", "study", "check"}
    assert data["format"] == "realnews"
    assert all(w["id"] not in ("rs05", "rs06") for w in data["worst"])


def test_plover_has_a_fixed_check_part():
    items = read_gold([FIXTURES / "evaluate" / "plover_small.json"], "plover")
    from entente.evaluate import in_holdout

    assert all(i.holdout == in_holdout(i.text) for i in items)


@pytest.mark.skipif(not (GOLD / "realnews_dev.jsonl").is_file(), reason="shared gold absent")
def test_shared_realnews_file_reads_whole_with_both_halves():
    items = read_realnews(GOLD / "realnews_dev.jsonl")
    assert len(items) >= 250
    halves = {i.holdout for i in items}
    assert halves == {True, False}


@pytest.mark.parametrize("name,fmt", [
    ("realnews_small.jsonl", "realnews"),
    ("plover_small.json", "plover"),
    ("petrarch_small.xml", "petrarch"),
    ("handcount.jsonl", "entente"),
])
def test_format_is_told_by_the_file_shape(name: str, fmt: str):
    assert sniff_format(FIXTURES / "evaluate" / name) == fmt


def test_format_sniffing_of_each_shape(tmp_path: Path):
    plover = tmp_path / "p.json"
    plover.write_text('[{"about": "records"}]', encoding="utf-8")
    own = tmp_path / "own.jsonl"
    own.write_text('{"id": "g1", "text": "Peru recalled its envoy.", "events": '
                   '[{"source": "PER", "target": "MEX", "code": "161"}]}\n', encoding="utf-8")
    xml = tmp_path / "val.xml"
    xml.write_text("<Sentences></Sentences>", encoding="utf-8")
    assert sniff_format(plover) == "plover"
    assert sniff_format(own) == "entente"
    assert sniff_format(xml) == "petrarch"
    assert sniff_format(own, tmp_path / "ner.txt") == "conflibert"


def test_unknown_shape_asks_for_format(tmp_path: Path, capsys):
    odd = tmp_path / "sheet.csv"
    odd.write_text("sentence,label\n", encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        main(["evaluate", str(odd)])
    assert stop.value.code != 0
    err = capsys.readouterr().err
    assert "sheet.csv" in err and "--format" in err and "Traceback" not in err


def test_cli_reads_realnews_without_format_option(capsys):
    main(["evaluate", str(SMALL)])
    out = capsys.readouterr().out
    assert "(realnews)" in out and "study" in out and "check" in out
