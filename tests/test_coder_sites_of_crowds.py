"""Where a body or crowd stands is not whose it is (session 18, the lead): "police outside
the US embassy in Baghdad" are Iraq's police, "demonstrators clashed with police outside the
Israeli embassy in Amman" clashed with Jordan's; a protest held at an embassy still aims at
its state. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import coded, roots


@pytest.mark.parametrize("text, country", [
    ("Police outside the US embassy in Baghdad fired tear gas at protesters.", "IRQ"),
    ("Riot police near the French consulate in Algiers detained a dozen demonstrators.", "DZA"),
    ("Protesters outside the Russian embassy in Chisinau burned an effigy of Putin.", "MDA"),
])
def test_a_body_at_a_foreign_mission_is_of_the_city_it_stands_in(coder, text, country):
    events = coded(coder, text)
    assert events and all(e.source.country == country for e in events)


def test_the_party_met_at_a_mission_is_the_host_states(coder):
    found = roots(coder, "Pro-Palestinian demonstrators clashed with police outside the "
                         "Israeli embassy in Amman.")
    assert not any(t == "ISR" for _, _, t in found)


@pytest.mark.parametrize("text, expected", [
    ("Thousands of Kenyans protested outside the Ugandan embassy in Nairobi.",
     ("KEN", "14", "UGA")),
    ("Iranian students rallied outside the British embassy in Tehran.", ("IRN", "14", "GBR")),
])
def test_a_protest_at_a_mission_still_aims_at_its_state(coder, text, expected):
    assert expected in roots(coder, text)
