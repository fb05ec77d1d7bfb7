"""What was said (issue 13, class 6): evaluations, threats, positions, no filler statements;
and the confidence floor. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from coder_helpers import coded, triples
from entente.cli import main
from entente.coder import Coder, Rules
from entente.coder.lexicon import LEXICON_DIR
from entente.errors import InputError


@pytest.mark.parametrize(("text", "expected"), [
    # a reporting verb whose clause judges an actor's act: criticism by the content
    ("The Chinese foreign ministry said the remarks by the Japanese prime minister were "
     "unacceptable.", ("CHN", "111", "JPN")),
    ("Moscow said the American move violated international norms.", ("RUS", "111", "USA")),
    ("Turkey said Greece's decision was a grave mistake.", ("TUR", "111", "GRC")),
    ("Cuba said the new American measures were not acceptable.", ("CUB", "111", "USA")),
    # ... or praise
    ("Iran's foreign minister said the Saudi proposal was constructive.", ("IRN", "051", "SAU")),
    # a verb of naming with a judging complement
    ("The Armenian foreign ministry called the Azerbaijani claims an absolute lie.",
     ("ARM", "111", "AZE")),
    ("Seoul described the North Korean launch as a grave provocation.", ("KOR", "111", "PRK")),
])
def test_a_judging_clause_is_criticism_or_praise_not_a_statement(coder, text, expected):
    found = triples(coder, text)
    assert expected in found
    assert not any(code in ("010", "041", "128") for _, code, _ in found)


def test_a_judged_act_that_threatens_peace_is_no_threat_event(coder):
    found = triples(coder, "The Japanese minister said the Russian drills threatened regional "
                           "stability.")
    assert ("JPN", "111", "RUS") in found
    assert not any(code.startswith("13") for _, code, _ in found)


@pytest.mark.parametrize("text", [
    "The report suggests that Russia is preparing a new offensive.",
    "The data indicate that Chinese exports to Russia rose.",
    "Analysts said the decision was a mistake.",  # no actor behind "the decision"
    "Relations between Ankara and Washington soured after the purchase.",
    "Relations between India and Canada have deteriorated sharply.",
    "Chile said the proposal was not a mistake.",  # a denied criticism is none
])
def test_no_filler_statement_and_no_cooperation_from_souring_relations(coder, text):
    assert triples(coder, text) == set()


def test_a_vow_of_revenge_is_a_threat(coder):
    assert ("LBN", "138", "ISR") in triples(coder, "Hezbollah vowed revenge against Israel.")
    found = triples(coder, "Tehran promised retaliation against Washington.")
    assert found and all(code.startswith("13") for _, code, _ in found)


def test_opposing_sanctions_of_a_union_is_a_position_not_a_sanction(coder):
    found = triples(coder, "Hungary opposed new EU sanctions on Russia.")
    assert not any(code.startswith("16") for _, code, _ in found)
    assert all(src == "HUN" for src, _, _ in found)


# --- the confidence floor ---------------------------------------------------------------

SENTENCE = "Serbia and Iran signed a trade agreement on Tuesday."


def test_the_floor_leaves_out_events_below_it():
    everything = Coder(min_confidence=0.0)
    events = coded(everything, SENTENCE)
    assert events
    top = max(e.confidence for e in events)
    strict = Coder(min_confidence=min(top + 0.01, 1.0))
    assert coded(strict, SENTENCE) == []


def test_the_default_floor_comes_from_the_policies_file():
    assert Coder().min_confidence == Rules.default().min_confidence
    assert 0.0 <= Rules.default().min_confidence < 0.5


def test_cli_min_confidence(tmp_path: Path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(SENTENCE, encoding="utf-8")
    main(["code", str(article), "--date", "2024-03-14", "--min-confidence", "1", "--format",
          "jsonl"])
    assert capsys.readouterr().out == ""
    main(["code", str(article), "--date", "2024-03-14", "--min-confidence", "0", "--format",
          "jsonl"])
    assert '"057"' in capsys.readouterr().out


def _policies_with(tmp_path: Path, old: str, new: str) -> Path:
    text = (LEXICON_DIR / "policies.yaml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "policies.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_policies_file_errors_name_the_field(tmp_path: Path):
    bad = _policies_with(tmp_path, "min_confidence:", "min_confidence: 2\nold_floor:")
    with pytest.raises(InputError, match="old_floor|min_confidence"):
        Rules.load(LEXICON_DIR / "roles.yaml", bad)
    bad = _policies_with(tmp_path, "criticism_code:", "criticism_kode:")
    with pytest.raises(InputError, match="criticism_kode"):
        Rules.load(LEXICON_DIR / "roles.yaml", bad)


def test_telling_the_media_is_no_statement_to_their_country(coder):
    assert triples(coder, "Aliyev told the Russian news agency that the talks were going "
                          "well.") == set()
    assert ("AZE", "010", "RUS") in triples(coder, "Aliyev told the Russian president that "
                                                   "the talks were going well.")


def test_a_hypothetical_act_as_a_subject_is_no_event(coder):
    found = triples(coder, "Freeing every detainee would help end the war, "
                           "the Ukrainian leader said.")
    assert not any(code.startswith("08") for _, code, _ in found)
    assert ("UKR", "0841", "RUS") in triples(coder, "Ukraine released Russian prisoners.")


def test_a_conditional_threat_is_aimed_at_the_subject_of_its_condition(coder):
    # (a warning of tariffs threatens sanctions: 1312)
    assert ("USA", "1312", "CHN") in triples(coder, "Trump warned of new tariffs if China hit "
                                                   "back.")
    # the condition's own event is not coded
    assert not any(code.startswith("19") for _, code, _ in
                   triples(coder, "Trump warned of new tariffs if China hit back."))


@pytest.mark.parametrize("text", [
    "Bolivia hopes that donor countries will soon send food aid to Haiti.",
    "The Kenyan minister was hopeful that quick steps would calm the dispute.",
    "The Argentine president is confident that the bloc can deepen links with China.",
])
def test_hope_about_what_a_clause_may_bring_is_no_event(coder, text):
    found = triples(coder, text)
    assert not any(code.startswith(("012", "013")) for _, code, _ in found), found


def test_optimism_towards_a_named_actor_is_kept(coder):
    assert ("FRA", "013", "IRN") in triples(coder, "France expressed optimism about Iran.")


def test_concern_about_what_a_named_actor_may_do_is_kept(coder):
    assert ("DEU", "012", "HUN") in triples(coder, "Germany expressed concern that Hungary "
                                                   "would block the deal.")


@pytest.mark.parametrize("text", [
    "Poland scrambled its jets as a precaution, the Polish army said.",
    "Japan will extend its coast guard patrols next month, the Japanese defence ministry said.",
])
def test_a_report_about_the_speakers_own_country_is_no_statement(coder, text):
    assert triples(coder, text) == set()


def test_a_statement_about_another_named_country_is_still_coded(coder):
    found = triples(coder, "Turkey's foreign ministry said Greece had acted recklessly.")
    assert {(s, t) for s, _, t in found} == {("TUR", "GRC")}


@pytest.mark.parametrize("text", [
    "A Chinese fighter jet shadowed an American surveillance plane for an hour, the Pentagon "
    "said.",
    "Seoul's military said North Korean workers had dismantled a road across the border.",
])
def test_a_reported_act_the_lexicon_cannot_code_is_no_statement_about_its_doer(coder, text):
    # the clause tells what its subject did to something: no filler "make statement"
    assert not any(c.startswith("01") for _, c, _ in triples(coder, text))


@pytest.mark.parametrize(("text", "expected"), [
    # a judging verb acting on a thing a state owns (its sovereignty, its security) judges
    # the doer: criticism by the speaker, not an act of force
    ("Vietnam said China violated its sovereignty.", ("VNM", "111", "CHN")),
    ("Manila said Beijing had violated Philippine sovereignty in the shoal.",
     ("PHL", "111", "CHN")),
    ("Ukraine said Russia undermined its security.", ("UKR", "111", "RUS")),
    # a space violated is the act itself, whoever the subject
    ("Finland said Russian jets violated its airspace.", ("RUS", "190", "FIN")),
    ("Finland said Russia violated its airspace.", ("RUS", "190", "FIN")),
    ("Kyiv said Russian drones damaged its power grid.", ("RUS", "195", "UKR")),
])
def test_a_verdict_on_what_a_state_owns_is_criticism_unless_a_space_or_harm(coder, text,
                                                                        expected):
    assert triples(coder, text) == {expected}


def test_a_claim_of_violated_sovereignty_is_no_use_of_force(coder):
    assert not [c for _, c, _ in triples(coder, "Hanoi said the Chinese survey ship violated "
                                                 "Vietnam's sovereignty.") if c[:2] == "19"]
