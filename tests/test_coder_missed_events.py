"""Events the coder used to lose outright, by class of construction (issue 13, missed events
and wrong penta classes on sentence-level news coding).

Domestic acts: a meeting, an intent or a verbal act whose only other party is the doer's own
country or a place in it ("defended Bolivia's decision", "agreed to allow convoys into
Tigray") is no event between two countries; with one-sided happenings asked for it is kept
as one, without the home party, instead of being lost.
"""

from __future__ import annotations

import pytest

from coder_helpers import coded, triples


def _one_sided(coder, text: str) -> set[tuple[str | None, str]]:
    """(source country, CAMEO code) of the one-sided happenings of a text."""
    return {(e.source.country, e.cameo_code) for e in coded(coder, text) if e.one_sided}


@pytest.mark.parametrize("text, expected", [
    ("The Bolivian president defended Bolivia's decision to nationalise the lithium mines.",
     ("BOL", "052")),
    ("The Ethiopian army agreed to allow relief convoys into Tigray.", ("ETH", "0355")),
    ("Mexico's interior minister met Mexican state governors in Monterrey.", ("MEX", "040")),
    ("The Colombian government offered help to the flooded province of Choco.",
     ("COL", "0333")),
])
def test_an_act_on_home_ground_is_a_one_sided_happening(coder, one_sided_coder, text,
                                                         expected):
    assert expected in _one_sided(one_sided_coder, text)
    assert not triples(coder, text)  # no dyad, and nothing by default


def test_an_act_towards_another_country_stays_dyadic(one_sided_coder):
    text = "Portugal's prime minister praised Spain's handling of the crisis."
    assert ("PRT", "051", "ESP") in triples(one_sided_coder, text)
    assert not _one_sided(one_sided_coder, text)


# Statements and attitudes addressed to nobody: "said the figures were encouraging",
# "expressed hope that prices would recover" are no event between two parties, but they are
# statements (010) and optimistic comments (013) of their speaker: one-sided happenings.

@pytest.mark.parametrize("text, expected", [
    ("Peru's government said it was confident that the border talks would succeed.",
     ("PER", "013")),
    ("The Chilean finance minister expressed hope that copper prices would recover.",
     ("CHL", "013")),
    ("Ghana's central bank governor said he hoped inflation would ease by June.",
     ("GHA", "013")),
    ("The Norwegian government said the new figures were encouraging.", ("NOR", "010")),
    ("The Kenyan foreign ministry said on Monday that the situation remained calm.",
     ("KEN", "010")),
])
def test_a_statement_to_nobody_is_a_one_sided_happening(coder, one_sided_coder, text,
                                                        expected):
    assert expected in _one_sided(one_sided_coder, text)
    assert not triples(coder, text)


@pytest.mark.parametrize("text", [
    # no speaker: a document or a figure reports nothing
    "The report said the economy was growing faster than expected.",
    "A survey published on Monday suggests most voters back the reform.",
    # a question is no statement
    "Did the Norwegian government say the new figures were encouraging?",
])
def test_no_speaker_no_statement(one_sided_coder, text):
    assert not coded(one_sided_coder, text)


def test_a_statement_about_an_act_it_reports_is_not_doubled(one_sided_coder):
    # the act said to have happened is the event, not a filler statement
    found = triples(one_sided_coder, "The Thai army said its troops had shelled Cambodian "
                                     "positions near the temple.")
    assert ("THA", "010", None) not in found
