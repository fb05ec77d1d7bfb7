"""Aid given for a purpose that names its place ("pledged $20 million to fight the cholera
outbreak in Haiti") goes to that place's country when nothing else receives it, as "aid to
flood victims in Pakistan" does; a purpose in the giver's own land, or a verbal act's topic
("met to discuss the war in Yemen"), names no receiver."""

from __future__ import annotations

import pytest

from coder_helpers import roots, triples


@pytest.mark.parametrize("text, expected", [
    ("Japan gave $20 million to fight the cholera outbreak in Haiti.", ("JPN", "HTI")),
    ("Germany gave 50 million euros to support peace building in Colombia.",
     ("DEU", "COL")),
    ("Norway is mobilising emergency funds to help flood victims in Pakistan.",
     ("NOR", "PAK")),
    ("Canada donated medical supplies to contain the Ebola epidemic in Guinea.",
     ("CAN", "GIN")),
])
def test_aid_for_a_purpose_goes_to_the_place_it_names(coder, text, expected):
    giver, receiver = expected
    assert any(s == giver and r == "07" and t == receiver for s, r, t in roots(coder, text))


@pytest.mark.parametrize("text", [
    # the giver's own land, and talks about a place, name no receiver
    "Kenya allocated $20 million to upgrade roads in Nairobi.",
    "Egypt and Qatar met in Cairo to discuss the war in Sudan.",
])
def test_a_purpose_at_home_or_a_topic_names_no_receiver(coder, text):
    assert not {t for t in triples(coder, text) if t[1].startswith("07") and t[2]}
