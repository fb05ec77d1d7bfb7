"""Prefixed verbs written with a hyphen ("re-imposed", "re-opened", "co-sponsored"): the
tokenizer keeps them whole, so the parser does not read "re" as the verb of the clause, and
they find the lexicon's unhyphenated verb. Each spelling codes as the other does."""

from __future__ import annotations

import pytest

from coder_helpers import triples


@pytest.mark.parametrize("hyphenated, plain", [
    ("The Slovak government re-imposed sanctions on Hungary on Monday.",
     "The Slovak government reimposed sanctions on Hungary on Monday."),
    ("Poland re-opened its border with Belarus after a three-week closure.",
     "Poland reopened its border with Belarus after a three-week closure."),
    ("The Gambia re-established diplomatic relations with Taiwan in a surprise move.",
     "The Gambia reestablished diplomatic relations with Taiwan in a surprise move."),
    ("Kenya and Tanzania co-operate closely with Uganda on rail freight.",
     "Kenya and Tanzania cooperate closely with Uganda on rail freight."),
    ("Slovakia Re-Imposes Sanctions On Hungary Over Pipeline Row",
     "Slovakia Reimposes Sanctions On Hungary Over Pipeline Row"),
])
def test_a_hyphenated_prefix_codes_as_the_plain_spelling(coder, hyphenated, plain):
    found = triples(coder, hyphenated)
    assert found and found == triples(coder, plain)


def test_the_prefixed_verb_is_one_token_and_heads_its_clause(coder):
    doc = coder.nlp("Ankara re-imposed tariffs on Greek olive oil.")
    words = [t.text for t in doc]
    assert "re-imposed" in words
    assert doc[words.index("re-imposed")].dep_ == "ROOT"


def test_expected_events_of_hyphenated_verbs(coder):
    assert ("SVK", "163", "HUN") in triples(
        coder, "The Slovak government re-imposed sanctions on Hungary on Monday.")
    assert ("GMB", "050", "TWN") in triples(
        coder, "The Gambia re-established diplomatic relations with Taiwan in a surprise move.")


@pytest.mark.parametrize("text", [
    "The re-elected mayor of Accra thanked voters on Sunday.",
    "The co-founder of the Nairobi start-up said sales doubled.",
    "Engineers re-opened the motorway after the landslide was cleared.",
])
def test_hyphenated_words_without_two_parties_give_nothing(coder, text):
    assert not triples(coder, text)
