"""A measure told as a noun and what is said of it.

- "took countermeasures", "vowed to take revenge on": "take" is a light verb of a few
  nouns of response, which give the code (a threat, 13x), never a pledge of cooperation.
- "the sanctions, announced by the US Treasury on Friday, target three Iranian tankers": the
  participle of making names who imposed the measure and the verb of impact whom it hits;
  a measure that "targets" or "hits" is no attack."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic


@pytest.mark.parametrize("text, expected", [
    ("Responding to the tariffs, the Chinese commerce ministry vowed to take countermeasures "
     "against the United States.", ("CHN", "13", "USA")),
    ("Iran vowed to take revenge on Israel for the killing of its general.",
     ("IRN", "13", "ISR")),
    ("Russia will take retaliatory steps against Finland, the foreign ministry said.",
     ("RUS", "13", "FIN")),
])
def test_taking_a_response_is_a_threat_not_cooperation(coder, text, expected):
    found = dyadic(coder, text)
    source, root, target = expected
    assert any(s == source and c.startswith(root) and t == target for s, c, t in found)
    assert not any(c.startswith("03") for _, c, _ in found)


@pytest.mark.parametrize("text, expected", [
    ("The sanctions, announced by the US Treasury on Friday, target three Iranian oil "
     "tankers.", ("USA", "163", "IRN")),
    ("The new tariffs imposed by Washington hit Chinese steel makers hardest.",
     ("USA", "163", "CHN")),
])
def test_a_measure_made_by_someone_hits_what_it_targets(coder, text, expected):
    found = dyadic(coder, text)
    assert expected in found
    assert not any(c.startswith("19") for _, c, _ in found)


@pytest.mark.parametrize("text", [
    "Japan will take steps to curb the yen's fall.",
    "The government took action to curb inflation.",
])
def test_taking_steps_at_home_is_no_dyadic_event(coder, text):
    assert not dyadic(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Riyadh agreed with Moscow to cut oil output.", {("SAU", "030", "RUS")}),
    ("Saudi Arabia and Russia agreed to cut oil production.",
     {("SAU", "030", "RUS"), ("RUS", "030", "SAU")}),
    ("OPEC cut oil production by two million barrels a day.", set()),
])
def test_cutting_ones_own_output_is_no_embargo(coder, text, expected):
    assert dyadic(coder, text) == expected


def test_cutting_supplies_to_a_party_stays_an_embargo(coder):
    assert dyadic(coder, "Russia cut gas supplies to Moldova.") == {("RUS", "163", "MDA")}


@pytest.mark.parametrize("text, expected", [
    ("The Polish prime minister said Hungary's stance was a betrayal of European values.",
     ("POL", "111", "HUN")),
    ("Kyiv called Budapest's veto an affront to European solidarity.", ("UKR", "111", "HUN")),
])
def test_a_verdict_of_betrayal_is_criticism_of_the_deed_s_owner(coder, text, expected):
    assert expected in dyadic(coder, text)
