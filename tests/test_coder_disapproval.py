"""Ways news reports disapproval (111): hitting back at a party in words, voicing
disapproval of its act, denouncing what a speaker calls its deeds; and the "anti-" words
that name what a thing opposes, never who made it."""

from __future__ import annotations

import pytest

from coder_helpers import triples


@pytest.mark.parametrize("text, expected", [
    # hitting back at a party or its words is words
    ("India hit back at Canada on Tuesday over the expulsion of its diplomats.",
     ("IND", "111", "CAN")),
    ("Manila hit back at Beijing's demand that it tow away the grounded ship.",
     ("PHL", "111", "CHN")),
    # voicing disapproval of a party's act
    ("Sudan voiced strong disapproval of Egypt's decision to close the crossing.",
     ("SDN", "111", "EGY")),
    ("Poland expressed its condemnation of Belarus's treatment of the detained journalist.",
     ("POL", "111", "BLR")),
    # denouncing what a speaker calls a party's deeds
    ("Azerbaijan condemned what it called Armenia's provocative acts on the border.",
     ("AZE", "111", "ARM")),
    ("Caracas denounced what it described as Guyana's illegal concessions.",
     ("VEN", "111", "GUY")),
])
def test_reported_disapproval_targets_the_party_disapproved_of(coder, text, expected):
    assert expected in triples(coder, text)


def test_hitting_back_at_positions_is_force_not_words(coder):
    found = triples(coder, "Pakistan hit back at Taliban positions in Afghanistan's Khost "
                           "province.")
    assert ("PAK", "190", "AFG") in found
    assert not {e for e in found if e[1].startswith("11")}


@pytest.mark.parametrize("text, stranger", [
    ("Iran's foreign ministry summoned the Swiss envoy to protest what it called "
     "anti-Iranian propaganda.", "IRN"),
    ("Beijing condemned the anti-Chinese rhetoric of the Lithuanian government.", "CHN"),
])
def test_an_anti_word_names_no_author(coder, text, stranger):
    """"anti-Iranian propaganda" is not Iran's: no event may take Iran as its target."""
    assert not {e for e in triples(coder, text) if e[2] == stranger}
