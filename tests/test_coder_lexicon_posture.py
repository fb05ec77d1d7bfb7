"""CAMEO 01/03 (statements of empathy and readiness), 05 and 08 as nouns, 15 (force posture),
17-20 as nouns and phrasal verbs (issue 13, class 10). Sentences written for these tests;
every family has readings of its words that must give nothing."""

from __future__ import annotations

import pytest

from coder_helpers import coded, dyadic, triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey voiced solidarity with Azerbaijan.", ("TUR", "018", "AZE")),
    ("India expressed willingness to work with Bangladesh.", ("IND", "030", "BGD")),
    ("Armenia announced the pullout of its troops from the Azerbaijani border.",
     ("ARM", "0872", "AZE")),
    # force posture
    ("India beefed up its forces along the Pakistani border.", ("IND", "154", "PAK")),
    ("China announced a troop deployment to the Indian border.", ("CHN", "154", "IND")),
    ("Russia began a military buildup along the Finnish border.", ("RUS", "154", "FIN")),
    # force: missiles launched at a party, downings, annexations, martial law
    ("Israel launched missiles at Iranian targets.", ("ISR", "190", "IRN")),
    ("The downing of a Russian jet by Turkey angered Moscow.", ("TUR", "190", "RUS")),
    ("The European Union condemned the Russian annexation of Crimea.", ("RUS", "192", "UKR")),
    ("Israel declared martial law in the Palestinian territories.", ("ISR", "1724", "PSE")),
])
def test_statement_posture_and_force_families(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The Indian children held exercises near the school.",
    "The launch of the Chinese satellite went well.",
    "The Austrian gym launched a new fitness programme for German seniors.",
    "Mexico beefed up its tourism campaign in Spain.",
    "The Dutch singer voiced her solidarity with striking nurses.",
])
def test_posture_and_force_words_that_are_no_event(coder, text):
    assert not dyadic(coder, text), coded(coder, text)
