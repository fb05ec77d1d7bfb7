"""Classes an analyst found wrong reading a ninth round of our own articles in the styles of
Xinhua, Al Jazeera, France 24, Deutsche Welle, the BBC, Bernama, Antara, the Philippine News
Agency, Viet Nam News, the Times of Israel, the Tehran Times, the Kyiv Independent, Balkan
Insight, Euractiv, Premium Times, The EastAfrican, Gulf News, The Hindu, the Kathmandu Post
and RNZ Pacific: weapons coordinated before the party they are aimed at ("launched 400 drones
and 40 missiles against Ukraine"), a date phrase before that party; "spoke to" a leader, but
never to the press; condemnations of a deed whose "by" phrase names unplaced doers
("by suspected herdsmen", "by gunmen"); go-betweens named together ("brokered by the United
States and Qatar") who are no party of each other; "rejected the claim" answering the speaker
of an act reported before."""

from __future__ import annotations

import pytest

from coder_helpers import coded, roots

# --- weapons coordinated before the party they are aimed at ---------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia launched 400 drones and 40 missiles against Ukraine overnight, targeting power "
     "plants.", ("RUS", "19", "UKR")),
    ("Moscow fired 90 cruise missiles and 300 drones at Ukrainian cities overnight.",
     ("RUS", "19", "UKR")),
    ("Iran launched 170 drones and 30 ballistic missiles against Israel on Saturday.",
     ("IRN", "19", "ISR")),
    ("The Houthis fired two missiles and a drone at an American destroyer.",
     ("YEM", "19", "USA")),
])
def test_weapons_coordinated_before_their_target(coder, text, expected):
    assert roots(coder, text) == {expected}


@pytest.mark.parametrize("text", [
    "Russia launched 400 drones and 40 missiles overnight.",
    "North Korea fired two ballistic missiles and a cruise missile into the sea.",
    "Iran launched 30 missiles and 100 drones on Saturday.",
])
def test_weapons_launched_at_no_one_give_no_dyad(coder, text):
    assert not [e for e in coded(coder, text) if e.target.text]


# --- spoke to a leader, never to the press ----------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Prime Minister Narendra Modi spoke to Russian President Vladimir Putin on Thursday.",
     ("IND", "04", "RUS")),
    ("Chancellor Scholz spoke to President Biden about the war.", ("DEU", "04", "USA")),
    ("Japan's prime minister spoke to Chinese Premier Li Qiang on the sidelines of the summit.",
     ("JPN", "04", "CHN")),
])
def test_speaking_to_a_leader_is_a_consultation(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "The Iranian spokesman spoke to reporters after the meeting.",
    "The Turkish president talked to Al Jazeera about the war.",
    "Lavrov spoke to Russian state television on Sunday.",
    "Netanyahu talked to journalists in Jerusalem.",
    "The Kenyan minister spoke to the BBC about the talks.",
])
def test_speaking_to_the_press_is_no_consultation(coder, text):
    assert not [e for e in coded(coder, text) if e.cameo_root == "04"]


# --- a condemned deed whose "by" phrase names unplaced doers ---------------------------------

@pytest.mark.parametrize(("text", "span"), [
    ("The Nigerian government has condemned the killing of 12 farmers by suspected "
     "herdsmen.", "suspected herdsmen"),
    ("The UN condemned the abduction of 40 schoolchildren by gunmen.", "gunmen"),
    ("Pakistan condemned the killing of two Chinese engineers by unidentified attackers.",
     "unidentified attackers"),
    ("Niger condemned the massacre of villagers by bandits.", "bandits"),
])
def test_a_condemned_deed_is_aimed_at_its_by_doers(every_event_coder, text, span):
    # (unplaced doers in a sentence naming states stay under the floor: UNPLACED_CEILING)
    criticism = [e for e in coded(every_event_coder, text) if e.cameo_root == "11"]
    assert [e.target.text for e in criticism] == [span]


@pytest.mark.parametrize("text", [
    "The UN condemned the abduction of 40 schoolchildren.",
    "Kenya condemned the killing of 12 herders in the north.",
])
def test_a_condemned_deed_with_no_doer_gives_no_dyad(coder, text):
    assert not roots(coder, text)


# --- go-betweens named together are no party of each other ------------------------------------

@pytest.mark.parametrize("text", [
    "The deal was brokered by the United States and Qatar.",
    "The truce, brokered by Egypt and Qatar, took effect on Sunday.",
    "Egypt and Qatar brokered the ceasefire.",
    "The prisoner swap was mediated by the UAE and Saudi Arabia.",
])
def test_go_betweens_named_together_are_no_dyad(coder, text):
    assert not roots(coder, text)


@pytest.mark.parametrize(("text", "mediators", "parties"), [
    ("Armenia and Azerbaijan signed a peace accord brokered by the United States.",
     {"USA"}, {"ARM", "AZE"}),
    ("Israel and Hamas agreed to a ceasefire brokered by Egypt and Qatar.",
     {"EGY", "QAT"}, {"ISR", "PSE"}),
    ("Moscow and Kyiv signed a grain deal on Friday, in agreements brokered by Turkey and the "
     "United Nations.", {"TUR", "UN"}, {"RUS", "UKR"}),
    ("Rwanda and Congo signed a peace agreement in Washington on Friday. The deal was "
     "brokered by the United States and Qatar.", {"USA", "QAT"}, {"RWA", "COD"}),
    ("Sudan and South Sudan signed an oil accord. Kenya accused Juba of delays. The deal "
     "was brokered by Ethiopia.", {"ETH"}, {"SDN", "SSD"}),
])
def test_go_betweens_broker_between_the_parties_of_the_accord(coder, text, mediators,
                                                              parties):
    found = {(s, t) for s, r, t in roots(coder, text) if r == "04"}
    assert found == {(m, p) for m in mediators for p in parties}


def test_go_betweens_still_broker_between_the_parties(coder):
    found = roots(coder, "Egypt and Qatar brokered a truce between Israel and Hamas.")
    assert {("EGY", "04", "ISR"), ("QAT", "04", "ISR"), ("ISR", "08", "PSE")} <= found
    assert ("EGY", "04", "QAT") not in found


# --- "rejected the claim" answers the speaker of an act reported before ----------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Israeli army said its troops were targeting Hamas fighters in the compound. Hamas "
     "rejected the claim as baseless.", ("PSE", "ISR")),
    ("Russia said Ukrainian drones had attacked a nuclear plant. Kyiv dismissed the claim as "
     "propaganda.", ("UKR", "RUS")),
    ("China said the Philippine vessel had rammed its ship. Manila rejected the allegation.",
     ("PHL", "CHN")),
    ("Pakistan said Indian jets had violated its airspace. New Delhi denied the claim.",
     ("IND", "PAK")),
])
def test_a_rejected_claim_answers_its_speaker(coder, text, expected):
    reaction = [e for e in coded(coder, text) if e.sentence_index == 1]
    assert [(e.source.country, e.target.country) for e in reaction] == [expected]


def test_a_claim_answers_the_latest_speaker_not_an_earlier_critic(coder):
    text = ("Jordan criticised the Israeli military's conduct. The Israeli army said its troops "
            "were targeting Hamas fighters. Hamas rejected the claim.")
    reaction = [e for e in coded(coder, text) if e.sentence_index == 2]
    assert [(e.source.country, e.target.country) for e in reaction] == [("PSE", "ISR")]


def test_a_claim_with_no_speaker_before_stays_unaddressed(coder):
    assert not roots(coder, "Hamas rejected the claim as baseless.")
