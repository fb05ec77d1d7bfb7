"""A story datelined in a state ("ISLAMABAD -", "NAIROBI (agency) -") names that state's bodies
without a country: "the Foreign Office", "police", "the interior ministry" are the dateline
state's when nothing else in the text places them. "Foreign Office" is the name of more than
one state's ministry, so it is never the United Kingdom's by itself."""

from __future__ import annotations

from coder_helpers import triples


def test_the_bodies_of_a_datelined_story_are_the_dateline_states(coder):
    text = ("ISLAMABAD: Pakistan on Thursday protested to Kabul over cross-border raids.\n\n"
            "The Foreign Office summoned the Afghan charge d'affaires and urged Kabul to act "
            "against militants.")
    assert ("PAK", "114", "AFG") in triples(coder, text)
    assert ("GBR", "114", "AFG") not in triples(coder, text)


def test_police_in_a_datelined_story(coder):
    text = ("NAIROBI (East Africa Wire) - Police arrested three Somali nationals near the "
            "port of Mombasa on Sunday.")
    assert ("KEN", "173", "SOM") in triples(coder, text)


def test_a_body_placed_by_its_own_phrase_keeps_its_state(coder):
    text = ("LONDON - The Russian foreign ministry summoned the British ambassador on "
            "Monday.")
    assert any(s == "RUS" and t == "GBR" for s, _, t in triples(coder, text))


def test_without_a_dateline_an_unplaced_foreign_office_stays_unplaced(coder):
    found = triples(coder, "The Foreign Office summoned the Iranian ambassador on Monday.")
    assert not any(s == "GBR" for s, _, _ in found)


def test_an_official_named_by_title_alone_in_a_datelined_story_is_the_dateline_states(coder):
    text = ("THE HAGUE (Dutch Wire) - Foreign Minister Caspar Veldkamp summoned the Russian "
            "ambassador on Tuesday over a cyberattack on the police.")
    assert ("NLD", "114", "RUS") in triples(coder, text)
    text = ("NAIROBI (East Africa Wire) - Interior Minister Kipchumba Murkomen met the Somali "
            "ambassador on Monday.")
    assert any(s == "KEN" and t == "SOM" for s, _, t in triples(coder, text))


def test_an_official_with_a_demonym_keeps_its_state_in_a_datelined_story(coder):
    text = ("THE HAGUE (Dutch Wire) - Iranian Foreign Minister Abbas Araghchi met Dutch "
            "officials on Monday.")
    assert any(s == "IRN" and t == "NLD" for s, _, t in triples(coder, text))
    found = triples(coder, "Foreign Minister Caspar Veldkamp summoned the Russian ambassador.")
    assert not any(s == "NLD" for s, _, _ in found)
