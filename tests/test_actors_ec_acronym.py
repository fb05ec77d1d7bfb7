"""Actor resolution: "the EC" of older wire copy is the European Community (today's EU, and
also written for the European Commission); in a story about an election it is an election
commission, no international organisation.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from coder_helpers import coded, triples


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The EC imposed a trade embargo on Yugoslavia on Friday.", ("EU", "163", "YUG")),
    ("EC foreign ministers condemned Belgrade after the shelling of Dubrovnik.",
     ("EU", "111", "SRB")),
    ("Croatian militiamen fired on a convoy of EC observers near Osijek.",
     ("HRV", "190", "EU")),
    ("Belgrade expelled two EC observers on Tuesday.", ("SRB", "1662", "EU")),
    ("The EC suspended its aid programme to Haiti after the coup.", ("EU", "162", "HTI")),
])
def test_the_ec_of_wire_copy_is_the_european_community(coder, sentence, expected):
    assert expected in triples(coder, sentence)


@pytest.mark.parametrize("sentence", [
    "The EC issued a notice to the ruling party candidate over his speech in Patna.",
    "The EC barred the former prime minister from contesting the polls in Lahore.",
    "The EC ordered a recount in two constituencies in Nairobi after the vote.",
])
def test_the_ec_of_an_election_story_is_no_international_organisation(coder, sentence):
    assert not any(e.source.country == "EU" or e.target.country == "EU"
                   for e in coded(coder, sentence))
