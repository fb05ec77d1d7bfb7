"""Trigger vocabulary grown by classes of synonyms, and polysemous verbs (issue 13, classes
8 and 10). Sentences written for these tests; each family has cases that must give nothing."""

from __future__ import annotations

import pytest

from coder_helpers import triples


@pytest.mark.parametrize(("text", "expected"), [
    # sealing, inking, clinching deals
    ("Greece and Egypt sealed a deal on maritime borders.", ("GRC", "057", "EGY")),
    ("Vietnam and Indonesia inked an agreement on fisheries.", ("VNM", "057", "IDN")),
    ("Chile and Bolivia clinched an accord on lithium.", ("CHL", "057", "BOL")),
    # trade penalties
    ("Washington slapped tariffs on Chinese steel.", ("USA", "163", "CHN")),
    ("Ottawa levied duties on American lumber.", ("CAN", "163", "USA")),
    ("Russia reimposed visa rules on Georgian citizens.", ("RUS", "163", "GEO")),
    ("China barred imports of Japanese seafood.", ("CHN", "163", "JPN")),
    ("India blocked exports of rice to Bangladesh.", ("IND", "163", "BGD")),
    # envoys: the target is the country the envoy was posted to
    ("Lithuania recalled its ambassador to Beijing.", ("LTU", "161", "CHN")),
    ("Peru recalled its ambassador from Mexico.", ("PER", "161", "MEX")),
    ("Ghana withdrew its envoy in Abuja.", ("GHA", "161", "NGA")),
    # arrivals
    ("The Indian prime minister arrived in Washington on a state visit.", ("IND", "042", "USA")),
    ("The Saudi crown prince landed in Tokyo for talks.", ("SAU", "042", "JPN")),
    # a carrier loaded with aid delivers it
    ("A Turkish plane carrying relief supplies landed in Pakistan.", ("TUR", "073", "PAK")),
    ("A Qatari aircraft carrying humanitarian aid landed in Kabul.", ("QAT", "073", "AFG")),
    # threats of revenge
    ("Tehran promised retaliation against Washington.", ("IRN", "138", "USA")),
    # dismissing claims
    ("Beijing dismissed the American claims as baseless.", ("CHN", "111", "USA")),
])
def test_vocabulary_families(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # demonstrate: protest without an object, "show" with one (students rising against
    # the only government named are its people: tests/test_coder_plover_round6.py)
    ("Thousands of students demonstrated against the Brazilian government.",
     ("BRA", "141", "BRA")),
    # offer: provide (material) or propose (talks) to the receiver, not the thing offered
    ("Japan offered Vietnam two patrol vessels.", ("JPN", "0332", "VNM")),
    ("Norway offered talks to Colombia.", ("NOR", "036", "COL")),
    # provide: what is provided decides the code
    ("Germany provided Ukraine with air defence systems.", ("DEU", "072", "UKR")),
    # strengthening ties is cooperation, not mobilisation (defence cooperation: military, 0312)
    ("India and Japan pledged to strengthen defence cooperation.", ("IND", "0312", "JPN")),
    # receiving and hosting a visitor
    ("Kenya received the Ethiopian prime minister in Nairobi.", ("KEN", "043", "ETH")),
    ("Qatar hosted the Afghan delegation for talks.", ("QAT", "043", "AFG")),
])
def test_polysemous_verbs_take_the_reading_their_objects_give(every_event_coder, text, expected):
    found = triples(every_event_coder, text)
    assert expected in found


@pytest.mark.parametrize("text", [
    "The missile test demonstrated Iran's resolve.",
    "The law provides that foreign ministers must be consulted.",
    "The Kenyan ministry provided details of the visit to Tanzanian reporters.",
    "Qatar will host the World Cup.",
    "The United States has a defence agreement with Taiwan.",  # a standing tie, no event
    "Chile and Bolivia have had strained ties for decades.",
])
def test_readings_that_are_no_event(coder, text):
    found = triples(coder, text)
    assert not any(src and tgt for src, _, tgt in found), found


def test_receiving_goods_is_no_act_of_the_receiver(coder):
    found = triples(coder, "Egypt received a shipment of wheat from Russia.")
    assert not any(src == "EGY" for src, _, _ in found)  # the sender acts, if anyone


def test_strengthening_forces_is_still_mobilisation(coder):
    found = triples(coder, "Pakistan strengthened its troops along the Indian border.")
    assert any(code.startswith("15") for _, code, _ in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Syrian army said Israeli forces carried out an aggression on army posts near "
     "Homs.", ("ISR", "190", "SYR")),
    ("Mexico delivered the goods to Cuba.", ("MEX", "070", "CUB")),
    ("The Uzbek president is on a state visit to Beijing.", ("UZB", "042", "CHN")),
    ("Erdogan embarked on a visit to Egypt.", ("TUR", "042", "EGY")),
])
def test_more_families(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The Chinese president delivered a speech in Brazil.",
    "The trade war between China and the United States deepened.",
    "A war of words between Serbia and Croatia escalated.",
])
def test_words_and_trade_are_no_force(coder, text):
    assert not any(code.startswith(("19", "07")) for _, code, _ in triples(coder, text))


def test_returning_fire_is_fighting_not_a_hand_over(coder):
    found = triples(coder, "Indian troops returned fire at Pakistani posts.")
    assert ("IND", "193", "PAK") in found
    assert not any(code == "0842" for _, code, _ in found)
    assert ("PAK", "0842", "IND") in triples(coder, "Pakistan returned the captured Indian "
                                                    "pilot to India.")


def test_a_dialogue_is_a_consultation_not_hosting_a_visit(coder):
    found = triples(coder, "Japan opened a security dialogue with Australia on Monday.")
    assert ("JPN", "040", "AUS") in found
    assert not any(code == "043" for _, code, _ in found)
