"""Obligation on readiness: "the United States must be ready to mediate", said by Egypt's
president, is his demand of the United States (10x), never an intent of the United States;
said by nobody it is no event. Readiness stated as a fact stays an intent (03x)."""

from __future__ import annotations

import pytest

from coder_helpers import triples


@pytest.mark.parametrize("text, expected", [
    ("Egypt's president said the United States must be ready to mediate between Israel and "
     "Hamas.", ("EGY", "108", "USA")),
    ("Egypt's president said the United States should be willing to help Sudan.",
     ("EGY", "103", "USA")),
    ("The Ghanaian foreign minister said Nigeria must be prepared to reopen the border.",
     ("GHA", "10", "NGA")),
])
def test_a_reported_obligation_to_be_ready_is_the_speakers_demand(coder, text, expected):
    found = triples(coder, text)
    assert any(s == expected[0] and c.startswith(expected[1]) and t == expected[2]
               for s, c, t in found)
    assert not {e for e in found if e[1].startswith("03")}


@pytest.mark.parametrize("text", [
    "The United States must be ready to mediate between Israel and Hamas.",
    "Nigeria should be willing to reopen its border with Benin.",
])
def test_an_unreported_obligation_gives_nothing(coder, text):
    assert not triples(coder, text)


def test_stated_readiness_stays_an_intent(coder):
    found = triples(coder, "Kenya is willing to send troops to Haiti, its foreign minister "
                           "said.")
    assert ("KEN", "0334", "HTI") in found
