"""Who "the two sides" are (session 22, the lead). The go-betweens of talks are never the
pair: "after talks mediated by Turkey and Qatar, the two sides agreed" is not an accord
between Turkey and Qatar, whether or not the story named the pair before. And a pair
named by coordinated demonyms ("Pakistani and Afghan officials met ...") is the pair the
next sentence's "the two sides" stands for, as "Pakistan and Afghanistan" was before.
Every sentence is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import roots


@pytest.mark.parametrize("text, pair, go_betweens", [
    ("Pakistan and Afghanistan held talks in Istanbul this week. After two days of talks "
     "mediated by Turkey and Qatar, the two sides agreed to extend the truce.",
     ("PAK", "AFG"), ("TUR", "QAT")),
    ("Thailand and Cambodia met in Kuala Lumpur on Monday. In talks brokered by Malaysia "
     "and the United States, the two neighbours agreed to a ceasefire.",
     ("THA", "KHM"), ("MYS", "USA")),
    ("Pakistani and Afghan delegations met in Istanbul this week. After two days of talks "
     "mediated by Turkey and Qatar, the two sides agreed to extend the truce.",
     ("PAK", "AFG"), ("TUR", "QAT")),
])
def test_the_two_sides_are_the_pair_not_the_go_betweens(coder, text, pair, go_betweens):
    agreed = {(s, t) for s, r, t in roots(coder, text) if r == "03"}
    assert (pair[0], pair[1]) in agreed or (pair[1], pair[0]) in agreed
    assert not any(go in (s, t) for s, t in agreed for go in go_betweens)


@pytest.mark.parametrize("text", [
    "After two days of talks in Istanbul mediated by Turkey and Qatar, the two sides agreed "
    "to extend the truce.",
    "In talks facilitated by Norway and Switzerland, both sides agreed to resume flights.",
])
def test_with_no_pair_named_the_go_betweens_agree_with_no_one(coder, text):
    assert not roots(coder, text)


@pytest.mark.parametrize("text, pair", [
    ("Pakistani and Afghan officials met in Istanbul this week. The two sides agreed to "
     "extend the truce.", ("PAK", "AFG")),
    ("Saudi and Iranian envoys met in Baghdad. Both sides agreed to reopen embassies.",
     ("SAU", "IRN")),
    ("South Korean and Japanese leaders met in Tokyo. The two leaders agreed to expand "
     "cooperation.", ("KOR", "JPN")),
])
def test_a_pair_named_by_coordinated_demonyms_is_the_pair_told_next(coder, text, pair):
    coded = roots(coder, text)
    assert (pair[0], "03", pair[1]) in coded and (pair[1], "03", pair[0]) in coded
