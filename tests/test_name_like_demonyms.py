"""Coordinated people's adjectives that look like names: in "dozens of Sierra Leonean and
Liberian traders" or "Emirati and Liberian sailors" the parser reads the first adjective as
the head noun and the real head as its conjunct. Each adjective still gives one actor of
the phrase ("South African and Liberian traders" is parsed right and reads the same); a
name of a state coordinated with an adjective ("met Kenya and Ugandan officials") is left
as the parser has it."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic


@pytest.mark.parametrize("text, expected", [
    ("Kenya deported dozens of Sierra Leonean and Liberian traders.",
     {("KEN", "174", "SLE"), ("KEN", "174", "LBR")}),
    ("Kenya deported dozens of Emirati and Liberian traders.",
     {("KEN", "174", "ARE"), ("KEN", "174", "LBR")}),
    ("Ghanaian police tortured dozens of South African and Liberian traders.",
     {("GHA", "1822", "ZAF"), ("GHA", "1822", "LBR")}),
    ("Thai police detained hundreds of Sri Lankan and Bangladeshi workers.",
     {("THA", "173", "LKA"), ("THA", "173", "BGD")}),
])
def test_each_coordinated_demonym_gives_a_target(coder, text, expected):
    assert expected <= dyadic(coder, text)


@pytest.mark.parametrize("text", [
    # no act: a list of nationalities is no event
    "Dozens of Sierra Leonean and Liberian traders work in the Nairobi market.",
    # a state named before the adjective stays a name, not a modifier of the officials
    "The minister met Kenya and Ugandan officials in Arusha.",
])
def test_no_act_or_no_state_pair_gives_nothing(coder, text):
    assert not dyadic(coder, text)
