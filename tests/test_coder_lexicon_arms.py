"""Arms transfers: sending, delivering, supplying or giving weapons of any kind (072)."""

from __future__ import annotations

import pytest

from coder_helpers import triples


@pytest.mark.parametrize("sentence, expected", [
    ("Poland sent tanks to Ukraine.", ("POL", "072", "UKR")),
    ("Germany delivered howitzers and ammunition to Kyiv on Friday.", ("DEU", "072", "UKR")),
    ("Norway will supply rocket launchers to Ukraine.", ("NOR", "0332", "UKR")),
    ("Poland said it would send tanks to Ukraine.", ("POL", "0332", "UKR")),
])
def test_weapons_of_every_kind_are_military_aid(coder, sentence, expected):
    assert expected in triples(coder, sentence)


def test_a_film_crew_sent_abroad_is_no_event(coder):
    assert triples(coder, "The studio sent a film crew to Kenya.") == set()

