"""CAMEO 04 (consult), 05 (diplomatic cooperation), 06 (material cooperation), 07 (aid) and
19 (fight): ordinary news verbs, phrasal verbs and nominalisations, and the kind of
cooperation, aid or attack that a modifier names (issue 13, class 10). Sentences written for
these tests; every family has readings that must give nothing."""

from __future__ import annotations

import pytest

from coder_helpers import coded, dyadic, triples


@pytest.mark.parametrize(("text", "expected"), [
    ("The Japanese premier sat down with the Indian prime minister in Tokyo.",
     ("JPN", "040", "IND")),
    ("The new Saudi ambassador paid a courtesy call on the Omani foreign minister.",
     ("SAU", "042", "OMN")),
    ("The Chinese foreign minister left for Moscow on a three-day visit.", ("CHN", "042", "RUS")),
    ("Qatar played host to the Afghan delegation.", ("QAT", "043", "AFG")),
    ("Norway facilitated talks between Colombia and Venezuela.", ("NOR", "045", "COL")),
    ("The Indian and Chinese foreign ministers exchanged views on the border dispute.",
     ("IND", "040", "CHN")),
    # people sent to a state are a visit by the sender, whatever they are called
    ("China sent its foreign minister to Moscow for talks on the war.", ("CHN", "042", "RUS")),
    ("Kenya dispatched senior officials to Mogadishu to defuse the row.", ("KEN", "042", "SOM")),
    ("Vietnam sent a trade mission to the Philippines last week.", ("VNM", "042", "PHL")),
])
def test_consult_family(coder, text, expected):
    assert expected in triples(coder, text)


def test_a_mission_of_armed_men_is_no_visit(coder):
    # the object's modifier decides: peacekeepers are forces sent, not a delegation
    found = triples(coder, "The UN sent a peacekeeping mission to Haiti.")
    assert found and all(code == "074" for _, code, _ in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Thai prime minister paid tribute to Singapore's founding leader.",
     ("THA", "051", "SGP")),
    # the kind of cooperation: military, economic, judicial
    ("India and Japan agreed to deepen military cooperation.", ("IND", "0312", "JPN")),
    ("Egypt and Sudan agreed to expand economic cooperation.", ("EGY", "0311", "SDN")),
    ("Indian warships and French Navy frigates coordinated joint naval drills.",
     ("IND", "062", "FRA")),
    ("Russia held combined exercises with Belarus.", ("RUS", "062", "BLR")),
    ("Thai and Malaysian forces launched joint patrols along the border.", ("THA", "062", "MYS")),
    # the kind of aid
    ("Japan announced emergency aid for Turkey.", ("JPN", "073", "TUR")),
    ("Germany announced military assistance for Moldova.", ("DEU", "072", "MDA")),
])
def test_cooperation_and_aid_families(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel carried out an air raid on Damascus.", ("ISR", "195", "SYR")),
    ("Russia launched a drone attack on Kyiv.", ("RUS", "195", "UKR")),
    ("Ukraine launched a counteroffensive against Russian forces.", ("UKR", "190", "RUS")),
    ("Pakistani troops fought a fierce gunbattle with Afghan border guards.",
     ("PAK", "190", "AFG")),
])
def test_fight_family(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The Swedish pupils sat down with their teachers.",
    "The children paid tribute to their Polish grandmother.",
    "The budget package passed the Italian parliament.",
    "Greek firefighters battled a blaze near Athens.",
    "The French students left for home after the exam.",
    "Brazil played host to the World Cup.",
    "The Danish chef facilitated a dinner for Norwegian guests.",
])
def test_cooperation_words_that_are_no_event(coder, text):
    assert not dyadic(coder, text), coded(coder, text)
