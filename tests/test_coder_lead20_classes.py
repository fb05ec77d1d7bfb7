"""Three classes the lead found reading articles of its own through `entente code` (session
20); every sentence is written for this file.

- A headline's comma standing for "and" before a title its state's name opens ("Azerbaijan,
  Armenia leaders meet") joins two subjects, as it does before a bare name.
- Contact or ties cut off "with" a party break relations with it (161); communication cut
  off "to" a place stays a blockade (163).
- An envoy recalled with no post named, by a state not told of before, "also" recalled:
  from the party the state told of just before recalled its own envoy from or broke with.
"""

from __future__ import annotations

import pytest

from coder_helpers import roots


@pytest.mark.parametrize("text, pair", [
    ("Azerbaijan, Armenia leaders meet in Granada amid tensions", ("AZE", "ARM")),
    ("China, Japan foreign ministers hold talks in Busan", ("CHN", "JPN")),
    ("Serbia, Kosovo negotiators meet in Brussels", ("SRB", "XKX")),
    ("Russia, Ukraine officials trade blame over dam collapse", ("RUS", "UKR")),
])
def test_a_headline_comma_joins_a_name_and_a_title(coder, text, pair):
    found = {(s, t) for s, _, t in roots(coder, text)}
    one, two = pair
    assert (one, two) in found and (two, one) in found


def test_a_dateline_comma_before_a_title_joins_nothing_foreign(coder):
    found = roots(coder, "WASHINGTON, Pentagon officials said on Monday that the drills "
                         "would go ahead as planned.")
    assert all(s == t or s == "USA" for s, _, t in found)


@pytest.mark.parametrize("text, expected", [
    ("Turkey's President Tayyip Erdogan said he had cut off contact with Netanyahu.",
     ("TUR", "16", "ISR")),
    ("Ankara has cut off all contact with the Israeli government.", ("TUR", "16", "ISR")),
    ("Rwanda cut off ties with Belgium on Monday.", ("RWA", "16", "BEL")),
])
def test_contact_cut_off_with_a_party_breaks_relations(coder, text, expected):
    assert expected in roots(coder, text)


def test_communication_cut_off_to_a_place_stays_a_blockade(coder):
    assert ("ISR", "16", "PSE") in roots(coder, "Israel cut off communications to Gaza.")


@pytest.mark.parametrize("text, expected", [
    ("South Africa recalled its diplomats from Israel. Belize and Chad also recalled their "
     "ambassadors.", {("BLZ", "16", "ISR"), ("TCD", "16", "ISR")}),
    ("Bolivia severed diplomatic ties with Israel on Tuesday. Chile also recalled its "
     "ambassador.", {("CHL", "16", "ISR")}),
])
def test_an_envoy_also_recalled_is_recalled_from_the_same_party(coder, text, expected):
    assert expected <= roots(coder, text)


def test_a_recall_with_no_echo_and_no_party_stays_out(coder):
    found = roots(coder, "South Africa recalled its diplomats from Israel. Chad recalled its "
                         "ambassador to Paris for consultations.")
    assert ("TCD", "16", "ISR") not in found


@pytest.mark.parametrize("text, pair", [
    ("Biden and Communist Party chief Nguyen Phu Trong announced a comprehensive strategic "
     "partnership.", ("USA", "VNM")),
    ("Modi and Sri Lankan army chief Shavendra Silva met in Delhi.", ("IND", "LKA")),
    ("Ruto and Ethiopian defence minister Abraham Belay signed a security pact.",
     ("KEN", "ETH")),
])
def test_a_name_and_a_titled_name_with_a_common_noun_title_are_two_actors(coder, text, pair):
    one, two = pair
    found = roots(coder, text)
    assert any(s == one and t == two for s, _, t in found)
    assert any(s == two and t == one for s, _, t in found)


def test_the_two_sides_are_the_storys_pair_after_a_third_partys_reaction(coder):
    found = roots(coder, "Vietnam, US upgrade ties as Biden visits Hanoi. Beijing's foreign "
                         "ministry spokesperson said China opposed bloc confrontation but did "
                         "not criticise Hanoi directly. The two sides also signed deals on "
                         "semiconductors, officials said.")
    assert ("VNM", "05", "USA") in found
    assert not any(c == "05" and {s, t} == {"CHN", "VNM"} for s, c, t in found)


def test_the_two_countries_of_the_sentence_before_still_win_when_they_acted_together(coder):
    found = roots(coder, "The US and China held talks in Geneva. Japan and South Korea met in "
                         "Seoul on Monday. The two countries agreed to share intelligence.")
    assert any(c == "03" and {s, t} == {"JPN", "KOR"} for s, c, t in found)


@pytest.mark.parametrize("text, helper, parties", [
    ("Qatar helped broker a deal between Rwanda and Congo.", "QAT", {"RWA", "COD"}),
    ("Egypt helped mediate talks between Israel and Hamas.", "EGY", {"ISR", "PSE"}),
    ("Norway helped to broker the truce between Colombia and Venezuela.", "NOR",
     {"COL", "VEN"}),
])
def test_a_help_with_only_an_act_is_a_share_in_it_not_aid(coder, text, helper, parties):
    found = roots(coder, text)
    assert any(s == helper and c == "04" for s, c, _ in found)
    assert not any(s == helper and c == "07" for s, c, _ in found)


@pytest.mark.parametrize("text, expected", [
    ("Britain helped Kenya arrest the suspects.", ("GBR", "07", "KEN")),
    ("Japan helped to rebuild schools in Gaza.", ("JPN", "07", "PSE")),
])
def test_a_help_to_a_party_or_with_no_act_of_its_own_stays_aid(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Israel killed a Hezbollah commander in Beirut. Hezbollah vowed to respond.",
     ("LBN", "13", "ISR")),
    ("Russian drones struck Odesa overnight. Kyiv promised to hit back.", ("UKR", "13", "RUS")),
    ("An Israeli airstrike killed a Hamas leader. Hamas vowed to respond to the "
     "assassination.", ("PSE", "13", "ISR")),
])
def test_a_vow_to_answer_a_blow_threatens_the_striker(coder, text, expected):
    assert expected in roots(coder, text)


def test_a_vow_to_answer_with_no_blow_before_stays_no_threat(coder):
    found = roots(coder, "Japan signed a trade deal with Vietnam. Tokyo vowed to respond "
                         "quickly.")
    assert not any(c == "13" for _, c, _ in found)


@pytest.mark.parametrize("text, expected", [
    ("Iran's foreign ministry said Israel would bear the consequences.", ("IRN", "13", "ISR")),
    ("Beijing warned that Manila will bear all consequences.", ("CHN", "13", "PHL")),
])
def test_a_party_foretold_to_bear_the_consequences_is_warned(coder, text, expected):
    assert expected in roots(coder, text)
