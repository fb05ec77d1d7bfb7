"""The sides of a conflict named by the conflict they fight in: "the parties to the conflict
in Yemen", "all sides in the Libyan conflict", "the warring factions in the Sudanese civil
war" are groups of the one state that conflict is placed in, even where the parser hangs
the conflict's phrase on the verb. A conflict between two states, or in two, places no side;
"both sides" alone stays the pair the text named before, if any."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic, triples


@pytest.mark.parametrize("text, expected", [
    ("The UN envoy urged the parties to the conflict in Yemen to allow aid convoys through.",
     ("UN", "020", "YEM")),
    ("Egypt called on all sides in the Libyan conflict to halt the fighting.",
     ("EGY", "0256", "LBY")),
    ("Qatar urged the warring factions in the Sudanese civil war to return to talks.",
     ("QAT", "020", "SDN")),
])
def test_the_sides_of_a_conflict_belong_to_its_state(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    # two states in the conflict's phrase: no side is placed
    "Turkey called on both sides to the conflict in Libya and Egypt to talk.",
    # no conflict named
    "The envoy urged both sides to show restraint.",
])
def test_no_single_state_places_no_side(coder, text):
    assert not dyadic(coder, text)
