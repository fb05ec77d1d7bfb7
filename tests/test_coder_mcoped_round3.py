"""Classes found studying the Multi-CoPED train slice (round 3 of issue 13), each pinned by
sentences we wrote: who counts as an actor, whose phrase a target keeps."""

from __future__ import annotations

import pytest

from coder_helpers import coded


def pairs(coder, text: str) -> set[tuple[str, str, str]]:
    """(source text, CAMEO root, target text) of every event."""
    return {(e.source.text or "", e.cameo_code[:2], e.target.text or "")
            for e in coded(coder, text)}


# --- people named by their standing, trade or family tie are actors ---------------------

@pytest.mark.parametrize("text, expected", [
    ("Taliban gunmen killed a prominent Pakistani tribal elder in the Kurram district on Sunday.",
     ("Taliban gunmen", "19", "a prominent Pakistani tribal elder")),
    ("Ugandan police arrested a Kenyan shopkeeper at the border crossing on Friday.",
     ("Ugandan police", "17", "a Kenyan shopkeeper")),
    ("Rwandan soldiers detained a Congolese local councillor after the protest in Goma.",
     ("Rwandan soldiers", "17", "a Congolese local councillor")),
    ("The Red Cross handed food parcels to 400 Malawian households in the flooded district.",
     ("The Red Cross", "07", "400 Malawian households in the flooded district")),
])
def test_people_named_by_standing_or_trade_are_targets(coder, text, expected):
    assert expected in pairs(coder, text)


@pytest.mark.parametrize("text, conjunct", [
    # a set noun whose "of" phrase names people is no set of states beside the first conjunct
    ("Boko Haram fighters shot dead a Nigerian village chief and three members of his "
     "family near Maiduguri.", "three members of his family"),
    ("Houthi rebels freed a British aid worker and two Yemeni members of her team.",
     "two Yemeni members of her team"),
])
def test_members_of_a_family_or_crew_are_a_conjunct_of_their_own(coder, text, conjunct):
    assert conjunct in {e.target.text for e in coded(coder, text)}


@pytest.mark.parametrize("text", [
    "A tribal elder from Kurram said the harvest had been poor this year.",
    "Shopkeepers in Nairobi said prices had risen for the third month.",
    "The village chief welcomed the early rains.",
])
def test_people_without_a_second_party_give_nothing(coder, text):
    assert coded(coder, text) == []


def test_other_member_states_beside_a_named_state_stay_no_actor(coder):
    # the set noun of states keeps its old reading: the named state carries the event
    found = pairs(coder, "Japan and other member states condemned the missile launch by "
                         "North Korea.")
    assert ("Japan", "11", "North Korea") in found
    assert not any(s.startswith("other member") for s, _, _ in found)
