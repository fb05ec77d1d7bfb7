"""Working with a party is cooperating with it (050), and being willing or ready to work with
it an intent (03); "the two heads of state", "the two militaries" stand for the pair the
text named before."""

from __future__ import annotations

import pytest

from coder_helpers import roots, triples


@pytest.mark.parametrize("text, expected", [
    ("Xi said China is willing to work with Kazakhstan to deepen cooperation in energy.",
     ("CHN", "03", "KAZ")),
    ("Kenya will work with Uganda to fight cross-border cattle raids.",
     ("KEN", "03", "UGA")),
    ("Peru worked closely with Chile on the new fishing rules last year.",
     ("PER", "05", "CHL")),
])
def test_working_with_a_party_is_cooperation(coder, text, expected):
    assert expected in roots(coder, text)


def test_the_two_heads_of_state_are_the_pair_named_before(coder):
    found = triples(coder, "Mirziyoyev received Japarov in Tashkent on Monday. The two heads "
                           "of state agreed to open two new border crossings.")
    assert {("UZB", "KGZ"), ("KGZ", "UZB")} <= {(s, t) for s, c, t in found
                                                if c.startswith("03")}


@pytest.mark.parametrize("text", [
    "We have to work with what we have, the Brazilian finance minister said.",
    "Engineers are working with local farmers in Senegal to save water.",
])
def test_work_without_two_parties_gives_nothing(coder, text):
    assert not {t for t in triples(coder, text) if t[0] and t[2]}


@pytest.mark.parametrize("text, pair", [
    ("Fidan received his Iraqi counterpart in Ankara on Tuesday. The ministers also signed a "
     "memorandum of understanding on a development road.", {"TUR", "IRQ"}),
    ("Kenya's president hosted his Tanzanian counterpart at State House in Nairobi. The "
     "presidents signed a deal on a new oil pipeline.", {"KEN", "TZA"}),
])
def test_the_ministers_after_a_meeting_of_two_are_the_pair(coder, text, pair):
    a, b = sorted(pair)
    assert {(a, "057", b), (b, "057", a)} <= triples(coder, text)
