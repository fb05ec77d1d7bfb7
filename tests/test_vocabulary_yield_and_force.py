"""Vocabulary by CAMEO code (issue 13, class 10), found by coding our own sentences for every
PLOVER event kind: martial law and states of emergency ended or lifted (0814, the curfew
0813), troops evacuated from a party's ground (0872), reservists called up (154), property
seized whoever owns it (171, not the abduction of its owner), people driven or forced from
their homes en masse (201). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from coder_helpers import coded, triples


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Thailand lifted martial law in the southern provinces of Malaysia.",
     ("THA", "0814", "MYS")),
    ("Chile ended the state of emergency in Bolivia's border towns.", ("CHL", "0814", "BOL")),
    ("Pakistan ended the curfew in Afghan refugee camps.", ("PAK", "0813", "AFG")),
    ("Russia evacuated its troops from Moldova.", ("RUS", "0872", "MDA")),
    ("Israel called up reservists on the Lebanese border.", ("ISR", "154", "LBN")),
    ("The Thai government seized the assets of a Cambodian businessman.",
     ("THA", "171", "KHM")),
    ("Iran seized the cargo of a Greek tanker.", ("IRN", "171", "GRC")),
])
def test_yielding_mobilising_and_seizing_words(coder, sentence, expected):
    assert expected in triples(coder, sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Serb forces drove thousands of ethnic Albanians from their homes in Kosovo.",
     ("SRB", "201", "XKX")),
    ("Sudanese militias drove thousands of Chadian farmers from their villages.",
     ("SDN", "201", "TCD")),
])
def test_people_driven_from_their_homes_en_masse(coder, sentence, expected):
    assert expected in triples(coder, sentence)


def test_people_forced_out_with_no_country_of_their_own_is_a_happening():
    from entente.coder import Coder
    from entente.record import Document

    events = Coder(one_sided=True).code_document(Document(
        text="Burmese troops forced out hundreds of Karen villagers.", doc_id="o"))
    assert [(e.source.country, e.cameo_code) for e in events] == [("MMR", "201")]


@pytest.mark.parametrize("sentence", [
    "The company ended the state of its finances.",
    "Martial arts fans packed the hall in Seoul.",
    "Voters forced out the mayor of Lyon in the election.",
    "The storm drove thousands of families from their homes in Bangladesh.",
    "He drove his family from Paris to Lyon.",
    "Rebels called up their supporters on social media.",
    "Heavy rain forced out thousands of residents in Manila.",
    "Police seized 20 kilos of cocaine in Lima.",
    "Gunmen seized two Chinese engineers in Nigeria.",  # an abduction, no seizure of property
])
def test_other_lifting_driving_calling_and_seizing_gives_no_such_event(coder, sentence):
    assert not any(e.cameo_code in ("0813", "0814", "154", "171", "201")
                   for e in coded(coder, sentence))
