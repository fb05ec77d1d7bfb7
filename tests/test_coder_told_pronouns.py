"""A subject pronoun of a clause told by a verb with no addressee stands for the teller,
with or without "that" (session 19, the lead): "Egypt has warned it will not allow any
threat to its water security" after a sentence about Somalia and Ethiopia is no threat
against either. A teller with an addressee ("warned Iran it would face consequences") may
mean the addressee. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import roots


@pytest.mark.parametrize("text, before", [
    ("Somalia's foreign ministry accused Addis Ababa of meddling. Egypt has warned it will "
     "not allow any threat to its water security.", {"ETH", "SOM"}),
    ("Germany criticised Hungary on Tuesday. Austria threatened it would veto the accession "
     "talks.", {"HUN", "DEU"}),
    ("Japan protested the Chinese drills. Seoul warned it would respond to any intrusion.",
     {"CHN", "JPN"}),
    ("Brazil expelled two Venezuelan diplomats. Colombia vowed it would never recognise the "
     "election result.", {"VEN", "BRA"}),
])
def test_the_told_pronoun_is_the_teller_not_a_party_told_of_before(coder, text, before):
    second = {(s, t) for s, _, t in roots(coder, text) if s not in before}
    assert not any(t in before for _, t in second)


@pytest.mark.parametrize("text, expected", [
    ("China sanctioned three US defence firms. Washington warned it would retaliate against "
     "Beijing.", ("USA", "13", "CHN")),
    ("The United States warned Iran it would face consequences.", ("USA", "13", "IRN")),
    ("Britain warned Russia that it would pay a heavy price.", ("GBR", "13", "RUS")),
])
def test_the_addressed_or_named_party_stays_the_target(coder, text, expected):
    assert expected in roots(coder, text)
