"""A measure its doers agree among themselves to take is decided, not threatened (session
19, the lead): "EU foreign ministers agreed to impose sanctions on six Iranian officials" is
a sanction (163), as "decided to impose" is; with a condition it stays a threat, with a
partner ("agreed with Washington to ...") an accord, and an agreement to ease a measure
stays an intent. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic


@pytest.mark.parametrize("text, expected", [
    ("EU foreign ministers agreed on Monday to impose sanctions on six Iranian officials.",
     ("IGOEUREEC", "163", "IRN")),
    ("The European Union agreed to sanction Russian oil traders.", ("IGOEUREEC", "163", "RUS")),
    ("NATO allies agreed to expel Russian diplomats.", ("IGOWSTNAT", "166", "RUS")),
    ("Canada and Australia agreed to impose an arms embargo on Myanmar.", ("CAN", "163", "MMR")),
])
def test_an_agreed_measure_is_taken(coder, text, expected):
    source, code, target = expected
    found = dyadic(coder, text)
    assert any(c == code and t == target for _, c, t in found), found
    assert not any(c.startswith("13") for _, c, _ in found)


@pytest.mark.parametrize("text, code", [
    ("The EU agreed to impose sanctions on Belarus if Minsk continued to push migrants "
     "across the border.", "1312"),
    ("Washington agreed to lift sanctions on Syria.", "0354"),
])
def test_conditions_and_easing_stay_intents(coder, text, code):
    assert code in {c for _, c, _ in dyadic(coder, text)}


def test_an_agreement_with_a_partner_stays_an_accord(coder):
    found = dyadic(coder, "Britain agreed with the United States to impose sanctions on "
                          "Iranian oil firms.")
    assert not any(c == "163" and s == "GBR" and t == "IRN" for s, c, t in found)
