"""Sides the gazetteer cannot place by their own words: placed where the text places them
(a place in or after the phrase, "the country" standing for a state named before, "the two
countries" of the sentence), refused where the phrase names no actor (a festival before an
event noun), and left unplaced where nothing places them (DESIGN.md: a real actor the
gazetteer cannot place is still emitted, unresolved).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from coder_helpers import coded
from entente.coder import Coder


def pairs(coder: Coder, text: str) -> set[tuple[str | None, str, str | None]]:
    """(source country, CAMEO root, target country) of every event."""
    return {(e.source.country, e.cameo_code[:2], e.target.country) for e in coded(coder, text)}


# -- people placed by the place their sentence puts them in ----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # the place hangs on the verb, not on the noun: the resolver's own reading of the
    # sentence grows "victims in Malawi" and places them
    ("South Korea pledged emergency aid to flood victims in Malawi.", ("KOR", "03", "MWI")),
    # the place sits inside the phrase, after a participle clause
    ("The Netherlands offered assistance to people affected by the cyclone in Madagascar.",
     ("NLD", "03", "MDG")),
    ("Ireland sent tents to earthquake survivors in western Nepal on Sunday.",
     ("IRL", "07", "NPL")),
])
def test_people_in_a_named_place_take_its_state(coder, text, expected):
    assert expected in pairs(coder, text)


@pytest.mark.parametrize("text", [
    "Norway sent blankets to the victims.",        # no place named: a real, unplaced actor
    "Malta rescued 200 migrants off Tunisia.",     # migrants are not the state they are in
])
def test_people_with_no_place_of_their_own_stay_unplaced(every_event_coder, text):
    # shown under the floor: an unplaced side beside a named state is held back by default
    events = coded(every_event_coder, text)
    assert events, "the unplaced side is still a real actor (DESIGN.md)"
    assert all(e.target.country is None and e.target.kind == "unresolved" for e in events)


# -- "the country", "the Baltic country", "the nation's troops" ------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Estonia expelled a Russian diplomat on Friday, and the Baltic country accused Moscow "
     "of running a spy ring.", ("EST", "11", "RUS")),
    ("Latvia said the country would expel Belarusian diplomats.", ("LVA", "13", "BLR")),
    # a description owning a body: "the nation's troops", "the island nation's coast guard"
    ("Colombia's army said the nation's troops had killed five Venezuelan smugglers.",
     ("COL", "19", "VEN")),
    ("Cuba said the island nation's coast guard had detained the crew of an American yacht.",
     ("CUB", "17", "USA")),
])
def test_a_described_state_is_the_state_named_before_it(coder, text, expected):
    assert expected in pairs(coder, text)


def test_a_description_is_not_its_own_clauses_subject(coder):
    # "Mali's junta said French troops completed their withdrawal from the country's bases":
    # the country is not France, whose troops are the subject of the withdrawal
    found = coded(coder, "Chad's government said French troops had left the country's "
                         "last base.")
    assert not any(e.target.country == "FRA" and "country" in e.target.text for e in found)


def test_a_described_state_with_nothing_named_stays_unplaced(coder):
    events = coded(coder, "The country condemned the attack on the embassy.")
    assert not any(e.source.country for e in events)


def test_a_name_ending_in_a_state_noun_is_no_description(coder):
    events = coded(coder, "The Islamic State group attacked a checkpoint in Raqqa.")
    assert [e.source.text for e in events] == ["The Islamic State group"]


# -- "the two countries" of the same sentence ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Uruguay and Paraguay approved a joint barge shipping plan between the two countries "
    "on Tuesday, ministers said.",
    "Uruguay and Paraguay signed a river transport accord that ends a dispute between the "
    "two countries.",
])
def test_the_two_countries_are_the_pair_the_sentence_named(coder, text):
    events = coded(coder, text)
    assert {(e.source.country, e.target.country) for e in events} == {("URY", "PRY"),
                                                                        ("PRY", "URY")}


def test_the_two_sides_of_one_country_are_no_pair_of_countries(coder):
    # the sentence names one state's two camps and a host: "the two sides" is no pair of
    # two countries, and the host is neither side
    events = coded(coder, "Norway hosted talks between Colombian government negotiators and "
                          "ELN commanders in Oslo, and the two sides agreed on a ceasefire.")
    assert not any("NOR" in (e.source.country, e.target.country)
                   and e.cameo_code.startswith("03") for e in events)


# -- festivals date an act, they do not do it --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Insurgents claimed the Ramadan attacks on army posts in Burkina Faso.",
    "Gunmen carried out the Christmas raids on churches in Nigeria.",
    "Police blamed the Easter bombings on a local cell.",
])
def test_a_festival_before_an_event_noun_is_no_actor(coder, text):
    sides = {a.text for e in coded(coder, text) for a in (e.source, e.target)}
    assert not sides & {"Ramadan", "Christmas", "Easter"}


# -- conjuncts: a shared demonym places a bare body; an unnamed set of states is no actor ---

@pytest.mark.parametrize(("text", "country"), [
    ("Nigerian troops and police detained two Cameroonian smugglers.", "NGA"),
    ("Egyptian jets and drones struck militant camps in Libya.", "EGY"),
])
def test_a_bare_body_shares_the_demonym_of_the_first_conjunct(coder, text, country):
    events = coded(coder, text)
    assert events
    assert {e.source.country for e in events} == {country}


@pytest.mark.parametrize(("text", "named"), [
    ("Canada and other Western countries condemned the crackdown in Belarus.", "CAN"),
    ("Kenya and three neighbouring nations recalled their envoys from Sudan.", "KEN"),
])
def test_an_unnamed_set_of_states_beside_a_named_one_is_no_actor(coder, text, named):
    events = coded(coder, text)
    assert events, "the named state still acts"
    assert {e.source.country for e in events} == {named}
    assert all(e.source.kind != "unresolved" for e in events)


@pytest.mark.parametrize("text", [
    "Ecuador declared a state of emergency on Friday.",
    "Armenia extended the state of martial law for another month.",
])
def test_a_state_of_emergency_is_no_actor(coder, text):
    assert not any("state of" in e.target.text for e in coded(coder, text))


def test_a_lowercase_modifier_keeps_the_shared_demonym(coder):
    events = coded(coder, "Canada sanctioned Iranian banks and state-run shipping firms.")
    assert {(e.source.country, e.target.country) for e in events} == {("CAN", "IRN")}
    assert len(events) == 2


@pytest.mark.parametrize(("text", "other"), [
    ("Ethiopian jets and allied drones struck rebel bases near the border.", "allied drones"),
    ("Saudi jets and local militias struck Houthi positions in Yemen.", "local militias"),
])
def test_a_modifier_marking_another_party_shares_nothing(every_event_coder, text, other):
    sides = [a for e in coded(every_event_coder, text) for a in (e.source, e.target)
             if a.text == other]
    assert sides, "the other party is still an actor"
    assert all(a.country is None for a in sides)
