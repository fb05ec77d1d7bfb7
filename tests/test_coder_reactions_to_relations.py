"""A reaction to a relation mended ("welcomed the thaw", "criticised the rapprochement")
is aimed at both sides of it (session 21, the lead), also when the story told the
relation as one side's step to the other ("the Saudi minister will visit Tehran"). A
reaction to one party's deed ("the decision", "the launch") stays aimed at its doer
alone. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import roots


@pytest.mark.parametrize("text, reaction, sides", [
    ("The Saudi foreign minister will visit Tehran next month, Iranian media said. The "
     "United States cautiously welcomed the thaw.", ("USA", "05"), ("SAU", "IRN")),
    ("Kenya's president flew to Addis Ababa on Monday to repair ties. Egypt voiced concern "
     "about the rapprochement.", ("EGY", "01"), ("KEN", "ETH")),
    ("Serbia offered Kosovo talks on energy. Russia criticised the normalisation.",
     ("RUS", "11"), ("SRB", "XKX")),
])
def test_a_reaction_to_a_mended_relation_is_aimed_at_both_sides(coder, text, reaction, sides):
    coded = roots(coder, text)
    for side in sides:
        assert (*reaction, side) in coded


@pytest.mark.parametrize("text, doer, other", [
    ("India expelled a Canadian diplomat on Tuesday. Britain criticised the decision.",
     "IND", "CAN"),
    ("North Korea fired a missile over Japan. Washington condemned the launch.", "PRK",
     "JPN"),
])
def test_a_reaction_to_one_partys_deed_is_aimed_at_its_doer(coder, text, doer, other):
    coded = roots(coder, text)
    assert any(t == doer for _, r, t in coded if r == "11")
    assert not any(t == other for _, r, t in coded if r == "11")
