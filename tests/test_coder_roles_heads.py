"""An actor phrase is headed by an actor, never by an abstract or content noun that merely
contains a country (DESIGN.md, "Coding policies"; entente.coder.heads)."""

from __future__ import annotations

import pytest

from coder_helpers import coded
from entente.coder.bundle import Rules
from entente.coder.heads import HeadRules


def pairs(coder, text: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.country, e.target.country) for e in coded(coder, text)}


@pytest.mark.parametrize("text", [
    # an abstract subject holding a country: no actor, and no surface guess either
    "The partnership with Ankara gives Budapest leverage over Brussels.",
    "Hungary's closeness to Beijing may be read with suspicion in Washington.",
    "The deepening of relations between Serbia and Iran worried observers.",
    # content nouns whose author is not named
    "Syria and Russia denied the allegations on Monday.",
    # things and places that are no party to the act
    "Ghanaian cocoa reached record prices in London.",
    "North Korea fired two ballistic missiles into the Yellow Sea.",
])
def test_phrases_headed_by_no_actor_give_no_event(coder, text):
    assert coded(coder, text) == []


def test_a_named_author_of_an_act_is_the_actor(coder):
    assert pairs(coder, "Serbia condemned Croatian aggression.") == {("SRB", "HRV")}
    assert pairs(coder, "Ecuador rejected Peru's accusations on Friday.") == {("ECU", "PER")}


def test_a_people_noun_with_a_demonym_is_an_actor(coder):
    # the gunmen are placed by the sentence's "in Niger" (ActorResolver.locate)
    assert pairs(coder, "Gunmen kidnapped three Turkish engineers in Niger.") == {("NER", "TUR")}


def test_things_stand_for_their_owner_only_as_the_object_of_a_material_act(coder):
    assert pairs(coder, "Canada imposed tariffs on Chinese steel.") == {("CAN", "CHN")}
    assert pairs(coder, "Turkish jets bombed Syrian territory on Sunday.") == {("TUR", "SYR")}
    assert coded(coder, "Chile praised Argentine wine at the fair.") == []
    assert coded(coder, "Brazil praised Paraguayan territory in a speech.") == []


def test_a_thing_is_never_the_source(coder):
    assert coded(coder, "The Russian economy hit Ukrainian exporters hard.") == []


def test_a_measure_heads_the_noun_it_counts(coder):
    assert pairs(coder, "Ukraine detained dozens of Russian sailors on Monday.") == {
        ("UKR", "RUS")}


def test_ships_and_aircraft_act_for_their_country(coder):
    assert pairs(coder, "Chinese coast guard ships blocked a Philippine supply boat.") == {
        ("CHN", "PHL")}


def test_head_word_lists_are_data():
    heads = HeadRules.from_rules(Rules.default())
    assert {"country", "allies"} <= heads.actors
    assert {"sea", "ocean"} <= heads.water
    assert {"16", "19"} <= heads.material_roots and "04" not in heads.material_roots
