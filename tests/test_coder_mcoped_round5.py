"""Classes found studying the Multi-CoPED train slice (round 5 of issue 13), each pinned by
sentences we wrote: the party whose words a "the demands of ..." phrase names."""

from __future__ import annotations

import pytest

from coder_helpers import coded


@pytest.fixture(scope="module")
def every_coder(coder):
    """One-sided happenings and events under the confidence floor too, as the Multi-CoPED
    evaluation reads them: for tests of where a target phrase is, not of whether it shows."""
    from entente.coder import Coder

    return Coder(resolver=coder.resolver, model=coder.nlp, one_sided=True, min_confidence=0)


def targets(coder, text: str) -> set[tuple[str, str]]:
    """(CAMEO root, target text) of every event with a target."""
    return {(e.cameo_code[:2], e.target.text) for e in coded(coder, text)
            if e.target is not None and e.target.text}


# --- the "of" phrase of a word said or offered names its author ----------------------------

@pytest.mark.parametrize("text, expected", [
    ("The government gave in to the demands of the striking teachers.",
     "the striking teachers"),
    ("The president rejected the proposal of the opposition leader.",
     "the opposition leader"),
    ("The cabinet turned down the request of the farmers' union for new subsidies.",
     "the farmers' union"),
    ("The minister dismissed the concerns of local residents.", "local residents"),
])
def test_the_words_of_a_party_stand_for_that_party(every_coder, text, expected):
    assert expected in {t for _, t in targets(every_coder, text)}


@pytest.mark.parametrize("text, unwanted", [
    # the "of" object of a deed is its patient, and one of words that is no party no author
    ("The court ordered the release of the detained journalists.", None),
    ("The president rejected the demands of the reform campaign.", "the reform campaign"),
])
def test_the_of_phrase_of_a_deed_or_a_thing_is_no_author(every_coder, text, unwanted):
    found = {t for _, t in targets(every_coder, text)}
    assert unwanted not in found
    assert not any(t in ("the detained journalists",) for t in found)


# --- a second object the parser made a conjunct of the verb --------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The junta banned the Democratic Alliance and the recently formed People's Front.",
     {"the Democratic Alliance", "the recently formed People's Front"}),
    ("The military government outlawed the Liberation Front and the newly created Workers "
     "Party.", {"the Liberation Front", "the newly created Workers Party"}),
])
def test_a_second_object_is_the_first_objects_conjunct(every_coder, text, expected):
    assert expected <= {t for _, t in targets(every_coder, text)}


@pytest.mark.parametrize("text, unwanted", [
    # a second clause with a subject of its own is no object
    ("The army shelled the village and the police said nothing.", "the police"),
    ("Ankara expelled the ambassador and then Moscow recalled its envoy.", "Moscow"),
])
def test_a_second_clause_is_no_object(every_coder, text, unwanted):
    assert unwanted not in {t for _, t in targets(every_coder, text)}


# --- hope or concern about what a party will do is aimed at that party -------------------

@pytest.mark.parametrize("text, expected", [
    ("The foreign minister voiced hope that the new government in Athens would ease "
     "tensions.", "the new government in Athens"),
    ("The minister said he hoped that insurers would pay the flood claims quickly.",
     "insurers"),
    ("The mediator expressed confidence that the rebels would honour the truce.",
     "the rebels"),
])
def test_an_attitude_to_what_a_party_will_do_targets_the_party(every_coder, text, expected):
    assert ("01", expected) in targets(every_coder, text)


@pytest.mark.parametrize("text", [
    # a clause whose subject is no party addresses nobody
    "The ministry expressed confidence that decisions would be made soon.",
    "The union expressed concern that the reforms would hurt the economy.",
])
def test_an_attitude_to_a_happening_has_no_target(every_coder, text):
    assert not {t for root, t in targets(every_coder, text) if root == "01"}


# --- the incident people were caught up in is no part of who they are --------------------

@pytest.mark.parametrize("text, expected", [
    ("Militants wounded 30 soldiers in simultaneous raids on three army posts.", "30 soldiers"),
    ("Security forces detained hundreds of protesters in violent clashes across the capital.",
     "hundreds of protesters"),
])
def test_an_incident_phrase_ends_the_victims_phrase(every_coder, text, expected):
    found = {t for _, t in targets(every_coder, text)}
    assert expected in found
    assert not any(t.startswith(expected + " in") for t in found)


def test_a_place_phrase_still_belongs_to_the_people(every_coder):
    # "in" with a place is no incident: "the protesters in the capital" stay whole
    found = {t for _, t in targets(
        every_coder, "Parliament rejected the demands of the protesters in the capital.")}
    assert found <= {"the protesters", "the protesters in the capital"} and found


# --- a protest at a foreign mission targets the mission's state, not the host city --------

@pytest.mark.parametrize("text, expected", [
    ("Hundreds of students rallied outside the Chinese consulate in Sydney.",
     "the Chinese consulate"),
    ("Exiled activists demonstrated near the Iranian embassy in London on Sunday.",
     "the Iranian embassy"),
])
def test_a_protest_at_a_mission_in_a_city_targets_the_mission(every_coder, text, expected):
    found = {t for root, t in targets(every_coder, text) if root == "14"}
    assert found == {expected}


def test_a_protest_in_a_city_against_a_party_keeps_that_party(every_coder):
    found = {t for root, t in targets(
        every_coder, "Thousands of people rallied in Tehran against the United States.")
        if root == "14"}
    assert found == {"the United States"}


# --- doubt about what a party is doing is aimed at the party -----------------------------

def test_an_attitude_to_a_partys_doing_targets_the_party(every_coder):
    found = targets(every_coder, "The union is skeptical about the government keeping its "
                                 "promises on pensions.")
    assert ("01", "the government") in found


def test_an_attitude_to_a_things_working_has_no_target(every_coder):
    found = targets(every_coder, "The union is skeptical about the reform working.")
    assert not {t for root, t in found if root == "01"}
