"""A participle after an act on someone that charges or addresses that someone ("arrested
two fishermen, accusing them of spying") is the doer's own act: its source is the doer, its
target the one acted on, never the reverse. The accused still does the deed a charge
names with a participle ("accused Baku of shelling a village, wounding a civilian").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from coder_helpers import triples


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Pakistan arrested two Indian fishermen, accusing them of spying.",
     {("PAK", "173", "IND"), ("PAK", "112", "IND")}),
    ("Iran detained a British tanker, accusing it of breaking maritime rules.",
     {("IRN", "173", "GBR"), ("IRN", "112", "GBR")}),
    ("Russia expelled two Polish diplomats, accusing them of espionage.",
     {("RUS", "166", "POL"), ("RUS", "112", "POL")}),
    ("Malaysian police detained six Indonesian crewmen on Friday, charging them with "
     "illegal fishing.", {("MYS", "173", "IDN")}),
])
def test_the_participle_of_the_charger_keeps_its_direction(coder, sentence, expected):
    found = triples(coder, sentence)
    assert expected <= found
    assert not any(s == t or (s, t) in {(b, a) for a, _, b in expected}
                   for s, _, t in found if s and t)


@pytest.mark.parametrize("sentence", [
    "Armenia accused Azerbaijan of shelling a village, wounding two civilians.",
    "Kenya blamed Somali militants for attacking a bus, killing ten passengers.",
])
def test_the_deed_a_charge_names_stays_content(coder, sentence):
    codes = {c[:2] for _, c, _ in triples(coder, sentence)}
    assert codes <= {"11"}
