"""Coordinated subjects who judge a deal or a relation judge it each on their own (session
19, the lead): "France and Germany welcomed the deal" is no praise of Germany by France; the
same subjects signing, suspending or accepting what lies between them still act on each
other. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic


@pytest.mark.parametrize("text, pair", [
    ("France and Germany welcomed the deal.", {"FRA", "DEU"}),
    ("Paraguay and Uruguay welcomed the agreement, which Montevideo said would strengthen "
     "Mercosur.", {"PRY", "URY"}),
    ("India and Pakistan condemned the agreement.", {"IND", "PAK"}),
    ("Kenya and Tanzania praised the partnership.", {"KEN", "TZA"}),
    ("Russia and Ukraine rejected the ceasefire.", {"RUS", "UKR"}),
])
def test_joint_judges_do_not_judge_each_other(coder, text, pair):
    assert not any({s, t} == pair for s, _, t in dyadic(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("Ecuador and Mexico suspended diplomatic relations.", ("ECU", "161", "MEX")),
    ("Armenia and Azerbaijan signed the peace treaty.", ("AZE", "057", "ARM")),
])
def test_joint_acts_on_what_lies_between_them_stay(coder, text, expected):
    assert expected in dyadic(coder, text)
