"""An act done "in the eastern Afghan province of Paktika" or "in the southern Lebanese town
of Khiam" is placed in that country (session 22, the lead): a place noun of roles.yaml
`named_place_nouns` with a capitalised modifier names a place as a proper name does, and
its demonym says whose. A material act with no target of its own then falls on that
country, as "air strikes in eastern Afghanistan" did before. Acts at home, talks hosted
by a third country and accidents stay as they were. Every sentence is written for this
file."""

from __future__ import annotations

import pytest

from coder_helpers import roots


@pytest.mark.parametrize("text, expected", [
    ("Pakistani forces carried out air strikes in the eastern Afghan province of Paktika "
     "last week.", ("PAK", "19", "AFG")),
    ("Israeli jets carried out strikes in the southern Lebanese town of Khiam on Sunday.",
     ("ISR", "19", "LBN")),
    ("Indian troops opened fire in the Pakistani village of Chakothi.", ("IND", "19", "PAK")),
    ("Russian forces staged an assault in the Ukrainian town of Chasiv Yar.",
     ("RUS", "19", "UKR")),
    ("Ethiopian troops launched an offensive in the Somali region of Gedo, a local "
     "official said.", ("ETH", "19", "SOM")),
])
def test_an_act_in_a_named_place_of_a_country_falls_on_that_country(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, wrong", [
    ("Iranian and Saudi officials held talks in the Chinese city of Beijing last year.",
     "CHN"),
    ("Russian and Ukrainian negotiators met in the Turkish city of Istanbul on Friday.",
     "TUR"),
])
def test_a_host_city_is_no_party_to_talks_held_there(coder, text, wrong):
    coded = roots(coder, text)
    assert coded and not any(wrong in (s, t) for s, _, t in coded)


@pytest.mark.parametrize("text", [
    "Pakistani forces carried out air strikes in the northwestern Pakistani district of "
    "Bajaur.",
    "Two Chinese tourists died in a bus crash in the Thai province of Chiang Mai.",
    "A car bomb exploded in the Syrian city of Aleppo on Monday, killing five people.",
])
def test_no_foreign_target_is_made_from_a_place_at_home_or_an_accident(coder, text):
    assert not roots(coder, text)
