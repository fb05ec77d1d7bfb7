"""A possessive in a verb conjoined to an earlier one shares that verb's subject ("Qatar
refused to send troops to Yemen and urged its citizens to leave": Qatar's citizens); a
state's own people told to act are the teller's, while another owned thing acted on still
belongs to the other party named before ("attacked Ukraine and destroyed its power plants").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from coder_helpers import coded, triples


@pytest.mark.parametrize("sentence", [
    "Qatar, a close U.S. ally in the Gulf, has refused to send troops to Yemen and has urged "
    "its citizens to leave the region.",
    "Poland closed its border with Belarus and urged its citizens to leave the country.",
    "Canada condemned the Iranian strikes and advised its nationals to avoid travel to "
    "the region.",
    "Kenya recalled its envoy from Somalia and told its diplomats to stay home.",
])
def test_own_people_told_to_act_are_no_other_party(coder, sentence):
    for event in coded(coder, sentence):
        if event.target.text.startswith("its "):
            assert event.target.country == event.source.country


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Qatar refused to send troops to Yemen and urged its citizens to leave the region.",
     ("QAT", "1224", "YEM")),
    ("Kenya recalled its envoy from Somalia and told its diplomats to stay home.",
     ("KEN", "161", "SOM")),
])
def test_the_first_act_keeps_its_target(coder, sentence, expected):
    assert expected in triples(coder, sentence)


def test_a_thing_of_the_other_party_stays_the_other_partys(coder):
    found = triples(coder, "Ukraine downed a Russian drone and captured its operator.")
    assert ("UKR", "193", "RUS") in found
    found = triples(coder, "Armenia said Azerbaijani troops shelled its villages.")
    assert ("AZE", "194", "ARM") in found
