""""Set free" and "let free" release the one freed (0841) however the parser reads "free"
(a particle before the object, or an adjective hung on it), and "free" is no part of the
freed one's phrase (session 19, helper mcoped, from the Multi-CoPED train part; every
sentence is written for this file)."""

from __future__ import annotations

import pytest

from coder_helpers import coded


def _released(coder, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source.country, e.target.country, e.target.text) for e in coded(coder, text)
            if e.cameo_code == "0841" and e.target is not None]


@pytest.mark.parametrize("text, expected", [
    ("Russia set free an American teacher.", ("RUS", "USA", "an American teacher")),
    ("Moscow set free the two detained Ukrainian sailors.",
     ("RUS", "UKR", "the two detained Ukrainian sailors")),
    ("Belarus set free a jailed Polish journalist on Friday.",
     ("BLR", "POL", "a jailed Polish journalist")),
    ("Iran set free two French citizens.", ("IRN", "FRA", "two French citizens")),
    ("Tehran let free two Australian bloggers.", ("IRN", "AUS", "two Australian bloggers")),
])
def test_set_free_releases_the_one_freed(coder, text, expected):
    assert expected in _released(coder, text)


@pytest.mark.parametrize("text", [
    "The government set up a free trade zone with Chile.",
    "The court set the date for the trial of the Iranian diplomat.",
])
def test_other_uses_of_set_release_no_one(coder, text):
    assert not _released(coder, text)
