"""A crowd outside an embassy: the embassy's state is the target, the city the crowd
stands in places the crowd. "Protesters rallied outside the US embassy in Manila" is a
Philippine crowd protesting at the USA: the "US" glued before "embassy" names whose
embassy it is, never where the crowd is. What a crowd burns or throws (flags, tyres)
names no party: the embassy still does."""

from __future__ import annotations

import pytest

from coder_helpers import coded


@pytest.mark.parametrize("text, source, target", [
    ("Protesters rallied outside the US embassy in Manila.", "PHL", "USA"),
    ("Demonstrators gathered outside the Israeli embassy in Amman on Friday.", "JOR", "ISR"),
    ("Protesters burned tyres outside the French embassy in Niamey.", "NER", "FRA"),
])
def test_a_crowd_at_an_embassy_protests_at_its_state(one_sided_coder, text, source, target):
    found = {(e.source.country, e.cameo_code[:2], e.target.country)
             for e in coded(one_sided_coder, text)}
    assert (source, "14", target) in found


def test_an_embassy_names_no_crowd(one_sided_coder):
    found = coded(one_sided_coder, "Protesters burned flags outside the US embassy.")
    assert [(e.source.country, e.target.country) for e in found] == [(None, "USA")]
