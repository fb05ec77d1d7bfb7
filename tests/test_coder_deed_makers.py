"""A reaction to a deed is aimed at whoever did it: the maker a participle's "by" phrase names
("condemned the strikes carried out by Iranian drones"), or, for a deed told before and named
again without its doer, the earlier doer, even when a relative clause says what the deed did
("condemned the strikes, which it said killed two civilians")."""

from __future__ import annotations

import pytest

from coder_helpers import triples


@pytest.mark.parametrize("text, expected", [
    ("Baghdad condemned the strikes carried out by Iranian drones.", ("IRQ", "111", "IRN")),
    ("Ukraine welcomed the sanctions imposed by the European Union on Russian banks.",
     ("UKR", "051", "EU")),
    ("Turkish warplanes struck PKK camps in northern Iraq on Tuesday. Iraq's Kurdistan "
     "Regional Government condemned the strikes, which it said killed two civilians.",
     ("IRQ", "111", "TUR")),
])
def test_a_reaction_is_aimed_at_the_deeds_maker(coder, text, expected):
    assert expected in triples(coder, text)


def test_a_clause_that_names_another_doer_keeps_it(coder):
    found = triples(coder, "Turkish warplanes struck PKK camps in northern Iraq on Tuesday. "
                           "Baghdad condemned the raids that Iranian drones carried out on "
                           "the same day.")
    assert ("IRQ", "111", "TUR") not in found
