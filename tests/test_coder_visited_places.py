"""A visit to a place that a people's adjective places is a visit to that state (session 21,
the lead): "visited the Chinese capital", "travelled to the Ukrainian capital", "arrived
in a Turkish port city" make the state the host (042). A place where two other parties
meet stays where they met, never a party. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import roots


@pytest.mark.parametrize("text, expected", [
    ("Prime Minister Anthony Albanese visited the Chinese capital last year.",
     ("AUS", "04", "CHN")),
    ("Germany's chancellor travelled to the Ukrainian capital on Monday.", ("DEU", "04", "UKR")),
    ("The Indian prime minister arrived in the Russian capital for a two-day visit.",
     ("IND", "04", "RUS")),
    ("Macron visited a Ukrainian village near the front line on Saturday.",
     ("FRA", "04", "UKR")),
])
def test_a_visited_place_stands_for_its_state(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, place", [
    ("Chinese and Indian ministers met in the Russian capital.", "RUS"),
    ("The Saudi crown prince met the Chinese president in the Emirati capital.", "ARE"),
])
def test_where_two_others_meet_is_no_party(coder, text, place):
    assert not any(place in (s, t) for s, _, t in roots(coder, text))
