"""A thing hit by force and owned by a pronoun that finds no owner but the doer (session 18,
the lead): "a Russian missile struck their home in Odesa" is an attack on the place's state
(or on the victims a sentence before told of), never an act of Russia on itself; a found
owner still decides ("Pakistan said Afghan forces shelled its border posts"). Every sentence
is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import roots, triples


@pytest.mark.parametrize("text, expected", [
    ("A Russian missile struck their home in Odesa.", ("RUS", "19", "UKR")),
    ("A family of four died when a Russian missile hit their apartment block in Odesa.",
     ("RUS", "19", "UKR")),
    ("A Russian drone hit its power station in Odesa overnight.", ("RUS", "19", "UKR")),
    ("Israeli jets struck their targets in Gaza overnight.", ("ISR", "19", "PSE")),
    ("Five Ukrainian civilians were killed in Kharkiv on Monday. A Russian missile struck "
     "their building shortly after dawn.", ("RUS", "19", "UKR")),
])
def test_a_thing_hit_is_not_the_doers_own(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Pakistan said Afghan forces shelled its border posts.", ("AFG", "194", "PAK")),
    ("Hanoi said Chinese ships rammed its fishing boats.", ("CHN", "171", "VNM")),
])
def test_an_owner_found_for_the_pronoun_still_decides(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The Sudanese army shelled its positions in Omdurman.",
    "Russian forces destroyed their own ammunition depot in Kherson before retreating.",
])
def test_no_act_between_states_on_a_states_own_ground(coder, text):
    assert roots(coder, text) == set()
