"""Classes an analyst found wrong reading an eleventh round of our own articles in the styles of
APS, MAP, TAP, WAFA, KUNA, QNA, WAM, SPA, BSS, APP, Trend, UzA, Khovar, Montsame, VNA, AKP, the
Global New Light of Myanmar, Ukrinform, BelTA, PAP, MTI, Agerpres, BTA, Tanjug, NAN, the Ghana
News Agency, CNA (Taiwan), KCNA, Jiji Press, Petra, MENA and Notimex: agency datelines with a
year, a weekday, an ordinal day, a numeric or Spanish date, a bare or slashed agency, or a
dash glued to the story ("Tokyo, Dec. 8 (Jiji Press)--Japan"); a person named again by an
honorific with a full stop ("Mr. Attaf"); aid sent in a carrier that carries it ("dispatched
a ship carrying 2,000 tonnes of food to Port Sudan"); a place described by a past participle
("in occupied East Jerusalem"), which is no act; meetings and visits a government "is arranging
to" hold or make, which are intents."""

from __future__ import annotations

import pytest

from coder_helpers import coded, roots
from entente.coder.sentences import split_dateline

# --- agency datelines in more house styles -----------------------------------------------------


@pytest.mark.parametrize(("text", "place", "rest"), [
    ("KARACHI, Jan 14, 2026 (APP) - Pakistan summoned", "Karachi", "Pakistan summoned"),
    ("Jeddah, March 02, 2026, SPA -- Saudi Arabia welcomed", "Jeddah", "Saudi Arabia welcomed"),
    ("Kumasi, Feb. 9, GNA - Ghana signed", "Kumasi", "Ghana signed"),
    ("Iasi, Apr 3 /Agerpres/ - Romania's army", "Iasi", "Romania's army"),
    ("Osaka, June 4 (Jiji Press)--Japan protested", "Osaka", "Japan protested"),
    ("Monterrey, 5 de mayo (Notimex).- Mexico rejected", "Monterrey", "Mexico rejected"),
    ("Manama / BNA / Bahrain condemned", "Manama", "Bahrain condemned"),
    ("BEIRUT, Saturday, March 7, 2026 (NNA) - Lebanon's army", "Beirut", "Lebanon's army"),
    ("SHARJAH, 3rd May, 2026 (WAM) -- The UAE", "Sharjah", "The UAE"),
    ("ASHGABAT, 12.03.2026 /TDH/.", "Ashgabat", ""),
    ("Vientiane /KPL/.", "Vientiane", ""),
])
def test_more_agency_datelines_are_split_off(text, place, rest):
    assert split_dateline(text) == (place, rest)


@pytest.mark.parametrize("text", [
    "Iran, USA - the two sides said",
    "Egypt, Sudan - Cairo said",
    "Brussels, 2026, EU - The bloc said",
    "Kenya, Uganda agree.",
    "Chad and Niger/ECOWAS / The bloc said",
])
def test_names_with_commas_dashes_or_slashes_are_no_dateline(text):
    assert split_dateline(text) == (None, text)


@pytest.mark.parametrize(("text", "expected", "source_text"), [
    ("Jeddah, March 02, 2026, SPA -- The Ministry of Foreign Affairs condemned the Israeli "
     "raid on Jenin.", ("SAU", "11", "ISR"), "The Ministry of Foreign Affairs"),
    ("KARACHI, Jan 14, 2026 (APP) - Pakistan summoned the Afghan charge d'affaires on "
     "Wednesday.", ("PAK", "11", "AFG"), "Pakistan"),
    ("Kumasi, Feb. 9, GNA - The Ministry of Foreign Affairs handed a protest note to Togo's "
     "ambassador.", ("GHA", "11", "TGO"), "The Ministry of Foreign Affairs"),
    ("Osaka, June 4 (Jiji Press)--Japan lodged a protest with South Korea over the survey.",
     ("JPN", "11", "KOR"), "Japan"),
    ("Bucharest, Apr 3 /Agerpres/ - The Foreign Ministry summoned Hungary's ambassador over "
     "the remarks.", ("ROU", "11", "HUN"), "The Foreign Ministry"),
    ("Monterrey, 5 de mayo (Notimex).- The Foreign Ministry rejected the US decision to close "
     "the border.", ("MEX", "12", "USA"), "The Foreign Ministry"),
    ("BEIRUT, Saturday, March 7, 2026 (NNA) - The army accused Israel of violating the "
     "ceasefire.", ("LBN", "11", "ISR"), "The army"),
])
def test_a_dateline_is_no_part_of_the_source_and_places_the_storys_bodies(
        coder, text, expected, source_text):
    events = [e for e in coded(coder, text)
              if (e.source.country, e.cameo_root, e.target.country) == expected]
    assert events and {e.source.text for e in events} == {source_text}


# --- a person named again by an honorific with a full stop --------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya's envoy, Mr. Joshua Kutuny, met President Museveni. Mr. Kutuny praised Uganda for "
     "its hospitality.", ("KEN", "05", "UGA")),
    ("The Minister of Foreign Affairs of Ghana, Samuel Ablakwa, arrived in Lome. Mr. Ablakwa "
     "thanked Togo for its mediation.", ("GHA", "05", "TGO")),
    ("Zambia's High Commissioner, Mrs. Grace Phiri, toured Lilongwe. Mrs. Phiri thanked Malawi "
     "for its support.", ("ZMB", "05", "MWI")),
    ("India's foreign secretary, Vikram Misri, arrived in Dhaka on Sunday. Mr. Misri "
     "criticised Bangladesh over attacks on Hindus.", ("IND", "11", "BGD")),
    ("Dr. Amina Yusuf, Nigeria's ambassador to Niger, met the junta leader. Dr. Yusuf urged "
     "Niger to free the detained officials.", ("NGA", "02", "NER")),
    ("Ms. Sara Lindqvist, Sweden's trade minister, visited Nairobi. Ms. Lindqvist praised "
     "Kenya's reforms.", ("SWE", "05", "KEN")),
])
def test_a_person_named_again_by_mr_with_a_full_stop_keeps_the_state(coder, text, expected):
    assert expected in roots(coder, text)


def test_an_unknown_mr_stays_unplaced(coder):
    assert not roots(coder, "Mr. Smith praised Kenya for its help.")


# --- aid sent in a carrier that carries it -------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The UAE dispatched a plane carrying 40 tonnes of medical supplies to Gaza.",
     ("ARE", "07", "PSE")),
    ("Qatar sent a ship carrying 1,000 tonnes of aid to Lebanon.", ("QAT", "07", "LBN")),
    ("India flew an aircraft carrying 6.5 tonnes of medicines to Kabul on Friday.",
     ("IND", "07", "AFG")),
    ("Kuwait has dispatched two planes carrying 40 tons of food and tents to Syria.",
     ("KWT", "07", "SYR")),
    ("Turkey sent a ship carrying 500 tonnes of relief supplies to Sudan, the ministry said.",
     ("TUR", "07", "SDN")),
])
def test_aid_in_a_carrier_sent_by_a_state_is_that_states_aid(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "A ship carrying 3,000 tonnes of wheat docked in Beirut.",
    "The company dispatched a ship carrying 2,000 tonnes of grain to Egypt.",
])
def test_a_carrier_nobody_placed_sends_no_aid(coder, text):
    assert not roots(coder, text)


# --- a place described by a past participle is no act -------------------------------------------

@pytest.mark.parametrize(("text", "reaction"), [
    ("The Foreign Ministry condemned Israel's plan to build 3,000 homes in occupied East "
     "Jerusalem.", None),
    ("Qatar condemned Israel's approval of 2,000 housing units in occupied East Jerusalem.",
     ("QAT", "11", "ISR")),
    ("Jordan condemned the Israeli government's decision to build a new road in occupied "
     "Jerusalem.", ("JOR", "11", "ISR")),
    ("The UAE condemned the Israeli plan to seize land in occupied Hebron.",
     ("ARE", "11", "ISR")),
])
def test_a_place_called_occupied_is_no_occupation(every_event_coder, text, reaction):
    events = coded(every_event_coder, text)
    assert not [e for e in events if "occupied" in (e.trigger_text or "")]
    if reaction:
        assert reaction in {(e.source.country, e.cameo_root, e.target.country) for e in events}


@pytest.mark.parametrize(("text", "expected"), [
    ("Israeli forces occupied three villages in southern Lebanon on Monday.",
     ("ISR", "19", "LBN")),
    ("Russian troops occupied the Zaporizhzhia nuclear plant on Friday.", ("RUS", "19", "UKR")),
])
def test_occupying_a_place_stays_an_occupation(coder, text, expected):
    assert expected in roots(coder, text)


# --- meetings and visits a government is arranging are intents -----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Japan is arranging to hold a summit with South Korea next month.", ("JPN", "03", "KOR")),
    ("Prime Minister Sanae Takaichi is arranging to hold talks with Indian Prime Minister "
     "Narendra Modi on the sidelines of the summit.", ("JPN", "03", "IND")),
    ("Beijing is arranging to send a special envoy to Myanmar, sources said.",
     ("CHN", "03", "MMR")),
    ("Seoul arranged to meet Tokyo's delegation on Friday.", ("KOR", "03", "JPN")),
    ("Tokyo is arranging to host the Philippine president in March.", ("JPN", "03", "PHL")),
])
def test_an_act_being_arranged_is_an_intent_not_the_act(coder, text, expected):
    found = roots(coder, text)
    assert expected in found
    assert not {r for r in found if r[1] == "04"}
