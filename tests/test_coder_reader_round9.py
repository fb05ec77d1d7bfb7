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


# --- a gerund of blocking governs its own object ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Merz criticized Hungary for blocking a new package of EU sanctions against Russia.",
    "Sweden accused Hungary of blocking new EU sanctions against Russia.",
    "Kyiv condemned Slovakia for vetoing a new round of EU sanctions against Moscow.",
])
def test_sanctions_a_charged_party_blocked_are_no_sanctions(coder, text):
    assert not [e for e in coded(coder, text) if e.cameo_root == "16"]


def test_the_charge_of_blocking_stays_a_criticism(coder):
    assert roots(coder, "Merz criticized Hungary for blocking new EU sanctions against "
                        "Russia.") == {("DEU", "11", "HUN")}


# --- datelines of Gulf and Vietnamese papers --------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Dubai: The UAE condemned the attack. In a statement, the Ministry of Foreign Affairs "
     "expressed its solidarity with Pakistan.", ("ARE", "01", "PAK")),
    ("Abu Dhabi: The Ministry of Foreign Affairs praised Saudi Arabia's mediation.",
     ("ARE", "05", "SAU")),
    ("Riyadh: The Foreign Ministry welcomed the agreement between India and Pakistan.",
     ("SAU", "05", "IND")),
])
def test_a_title_case_place_and_a_colon_is_a_dateline(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "HÀ NỘI - Party General Secretary Tô Lâm held talks with visiting Japanese Prime Minister "
    "Shigeru Ishiba.",
    "ĐÀ NẴNG - The Vietnamese prime minister held talks with the visiting Japanese prime "
    "minister.",
])
def test_a_dateline_in_capitals_with_diacritics_is_no_part_of_the_source(coder, text):
    talks = [e for e in coded(coder, text) if e.cameo_root == "04"]
    assert talks and all("-" not in e.source.text and e.source.country == "VNM"
                         for e in talks if e.source.country != "JPN")


@pytest.mark.parametrize("text", [
    "Update: Russia launched drones against Ukraine.",
    "Analysis: Israel struck targets in Syria.",
])
def test_a_label_that_names_no_place_is_no_dateline(coder, text):
    assert {e.source.country for e in coded(coder, text)} <= {"RUS", "ISR"}


# --- "he" stands for a person or an office, never for a body -----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Anwar welcomed the talks between the Thai government and the rebels. He made the "
     "statement after receiving a courtesy call from the Thai prime minister.", "THA"),
    ("Kenya's president praised the Ugandan government. He later received a phone call from "
     "the Tanzanian president.", "TZA"),
])
def test_he_never_stands_for_a_government(every_event_coder, text, expected):
    calls = [e for e in coded(every_event_coder, text) if e.sentence_index == 1
             and e.cameo_root == "04"]
    assert all(e.target.country != e.source.country for e in calls)
    assert all(e.source.country == expected for e in calls)


def test_he_still_stands_for_an_office(coder):
    assert ("CHL", "05", "PER") in roots(
        coder, "Chile's president met the Peruvian foreign minister. He praised Peru's support.")


# --- a case raised with a party ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Foreign Secretary David Lammy raised the case directly with his Iranian counterpart "
     "Abbas Araghchi.", ("GBR", "04", "IRN")),
    ("Macron raised the matter with Xi during their talks.", ("FRA", "04", "CHN")),
    ("The Japanese prime minister raised the issue of the abductions with the South Korean "
     "president.", ("JPN", "04", "KOR")),
])
def test_raising_a_case_with_a_party_is_a_consultation(coder, text, expected):
    assert expected in roots(coder, text)


def test_raising_an_issue_with_no_party_gives_no_dyad(coder):
    assert not roots(coder, "The senator raised the issue at a hearing.")
