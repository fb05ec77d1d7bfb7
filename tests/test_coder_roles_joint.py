"""Coordination, reciprocals and joint events (issue 13, class 3): every pair of the
coordinated parties, both directions of "each other", joint nominal events between two
parties, companions ("along with"); and whose act an infinitive or a charge names."""

from __future__ import annotations

import pytest

from coder_helpers import coded, triples


def pairs(coder, text: str, root: str | None = None) -> set[tuple[str | None, str | None]]:
    return {(e.source.country, e.target.country) for e in coded(coder, text)
            if root is None or e.cameo_code.startswith(root)}


def test_three_coordinated_parties_meeting_give_every_pair(coder):
    found = pairs(coder, "Chile, Peru and Bolivia met in Lima on Tuesday.", "04")
    assert found == {(a, b) for a in ("CHL", "PER", "BOL") for b in ("CHL", "PER", "BOL")
                     if a != b}


@pytest.mark.parametrize("text, root", [
    ("Ecuador and Colombia accused each other of smuggling arms across the frontier.", "11"),
    ("Armenia and Azerbaijan blamed one another for the clashes.", "11"),
])
def test_a_reciprocal_object_gives_both_directions(coder, text, root):
    first, second = {"Ecuador": ("ECU", "COL"), "Armenia": ("ARM", "AZE")}[text.split()[0]]
    assert pairs(coder, text, root) == {(first, second), (second, first)}


def test_a_swap_between_coordinated_parties_is_joint(coder):
    assert pairs(coder, "Sudan and South Sudan swapped prisoners on Tuesday.") == {
        ("SDN", "SSD"), ("SSD", "SDN")}


@pytest.mark.parametrize("text, expected", [
    ("Talks between Armenia and Azerbaijan resumed in Geneva on Monday.", ("ARM", "AZE")),
    ("The first joint naval exercises between Egypt and Greece took place last year.",
     ("EGY", "GRC")),
    ("A summit between the Kenyan president and his Ugandan counterpart ended in Nairobi.",
     ("KEN", "UGA")),
])
def test_a_joint_event_noun_between_two_parties_is_symmetric(coder, text, expected):
    a, b = expected
    assert pairs(coder, text) == {(a, b), (b, a)}


def test_relations_between_two_parties_are_no_event(coder):
    assert coded(coder, "Relations between Serbia and Croatia remain tense.") == []


def test_coordinated_demonyms_of_one_noun_are_two_joint_parties(coder):
    assert pairs(coder, "The Indian and French navies held joint drills off Goa.",
                 "06") == {("IND", "FRA"), ("FRA", "IND")}


def test_a_companion_along_with_the_subject_is_a_source_too(coder):
    assert pairs(coder, "Chile, along with Peru, has given Bolivia vital military backing.") \
        == {("CHL", "BOL"), ("PER", "BOL")}


def test_an_infinitive_after_a_non_control_verb_belongs_to_the_subject(coder):
    found = pairs(coder, "Peru summoned Chile's envoy to protest against Santiago's new "
                         "fishing quotas.", "1")
    assert ("PER", "CHL") in found and ("CHL", "CHL") not in found
    assert ("IRN", "GBR") in pairs(coder, "Tehran urged Britain to release the tanker.", "02") \
        or ("IRN", "GBR") in pairs(coder, "Tehran urged Britain to release the tanker.")


def test_the_act_an_accusation_names_is_no_event(coder):
    events = coded(coder, "Yerevan accuses Baku of shelling border villages.")
    assert [(e.source.country, e.cameo_code[:2], e.target.country) for e in events] == [
        ("ARM", "11", "AZE")]


def test_a_passive_with_no_agent_takes_no_doer_from_the_speaker(one_sided_coder):
    events = coded(one_sided_coder, "The Lithuanian army said two shells were fired "
                                    "across the border from Belarus.")
    assert all(e.source.country != "LTU" for e in events)


@pytest.mark.parametrize("text", [
    # the parser folds "A and <title> B" into B's phrase, or splits the title off B
    "On Tuesday, Pashinyan and Azerbaijani President Ilham Aliyev held talks in Washington.",
    "Lula and Argentine President Javier Milei met in Brasilia on Friday.",
    "Erdogan and Russian President Vladimir Putin spoke by phone on Monday.",
])
def test_a_name_and_a_titled_name_are_two_parties_of_a_joint_act(coder, text):
    found = {(s, t) for s, _, t in triples(coder, text)}
    assert len(found) == 2 and all(s != t for s, t in found)
    assert {s for s, _ in found} == {t for _, t in found}


def test_two_names_sharing_one_head_stay_one_coordination(coder):
    found = {(s, t) for s, _, t in triples(coder, "The leaders of North and South Korea met "
                                                  "at the border on Friday.")}
    assert found == {("PRK", "KOR"), ("KOR", "PRK")}


def test_progress_on_a_treaty_signs_nothing(coder):
    # "went on strike" takes its noun from "on"; a verb with an object of its own does not
    found = triples(coder, "Armenia and Azerbaijan said they had made progress on a peace "
                           "treaty but disagreed on border demarcation.")
    assert not [c for _, c, _ in found if c == "057"]
