"""CAMEO 11 (disapprove), 12 (reject), 13 (threaten), 14 (protest) and 16 (reduce relations):
ordinary news verbs, phrasal verbs and nominalisations of each family (issue 13, class 10).
Sentences written for these tests; every family has readings that must give nothing."""

from __future__ import annotations

import pytest

from coder_helpers import coded, dyadic, triples


@pytest.mark.parametrize(("text", "expected"), [
    # trade penalties as nouns under light verbs
    ("Ottawa announced retaliatory duties on American steel.", ("CAN", "163", "USA")),
    ("The Netherlands expanded its export controls against China.", ("NLD", "163", "CHN")),
    ("Beijing announced an import ban on Japanese seafood.", ("CHN", "163", "JPN")),
    ("China retaliated with tariffs on American soybeans.", ("CHN", "163", "USA")),
    # supplies halted or cut off, trade frozen, flights suspended
    ("Russia halted gas supplies to Poland.", ("RUS", "163", "POL")),
    ("Moscow cut off gas supplies to Bulgaria.", ("RUS", "163", "BGR")),
    ("Ankara froze trade with Israel.", ("TUR", "163", "ISR")),
    ("Rwanda suspended flights to Kinshasa.", ("RWA", "163", "COD")),
    ("Germany scaled back ties with Beijing.", ("DEU", "160", "CHN")),
    # the threat of trade penalties
    ("Canada will respond with retaliatory duties against American goods.",
     ("CAN", "1312", "USA")),
    ("The European Union adopted countermeasures against the United States.",
     ("EU", "131", "USA")),
])
def test_reduce_relations_family(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kyiv ruled out talks with Moscow.", ("UKR", "125", "RUS")),
    ("Tehran shrugged off the British warning.", ("IRN", "120", "GBR")),
    ("Pakistan balked at the Indian proposal.", ("PAK", "120", "IND")),
    # threats of retaliation
    ("Pyongyang warned of retaliation against Seoul.", ("PRK", "130", "KOR")),
    ("Tehran warned Washington of reprisals.", ("IRN", "130", "USA")),
    # criticism and official protest
    ("Vietnam faulted China for the collision.", ("VNM", "111", "CHN")),
    ("The Venezuelan president excoriated Washington.", ("VEN", "111", "USA")),
    ("The Kremlin issued a sharp rebuke to Warsaw.", ("RUS", "111", "POL")),
    ("The Philippine embassy protested to the Chinese foreign ministry.", ("PHL", "114", "CHN")),
    ("Japan sent a protest note to Moscow.", ("JPN", "114", "RUS")),
])
def test_reject_threaten_disapprove_families(coder, text, expected):
    assert expected in triples(coder, text)


def test_taking_to_the_streets_is_a_demonstration(one_sided_coder):
    found = triples(one_sided_coder, "Thousands of Georgians took to the streets on Sunday.")
    assert ("GEO", "141", None) in found


@pytest.mark.parametrize("text", [
    "The Dutch minister ruled out a tax rise.",
    "The Irish airline suspended flights because of the storm.",
    "Customs officers on duty at the French border checked trucks.",
    "The Spanish police stopped the car at the border.",
    "The German prime minister brushed aside questions from reporters.",
    "The Brazilian team shrugged off the defeat.",
    "The Swiss senator faulted the design of the bridge.",
    "Children took to the streets to celebrate the Argentine victory.",
    "Forecasters warned of heavy rain in southern France.",
    "The Italian coach received a reprimand from the league.",
    "The Turkish government lifted the smoking ban.",
])
def test_conflict_words_that_are_no_event(coder, text):
    assert not dyadic(coder, text), coded(coder, text)
