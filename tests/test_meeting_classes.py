"""Meetings, visits, calls and agreements (CAMEO 03-06) in their many surface forms: event
nouns set as the occasion of a clause, journeys named as nouns, a host and a visitor, the
partners an agreement names, and the meetings that are no relation between two countries
(a trip at home, a sports match, a company board). Sentences written for these tests."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic, roots, triples

# --- a summit, talks or a call named as the occasion of a clause ----------------------------

OCCASION = [
    # "for" a summit or talks with someone: the clause's subject meets them
    ("Indian Prime Minister Narendra Modi will fly to Canberra next month for his first "
     "summit with Australia's Anthony Albanese.", ("IND", "036", "AUS")),
    ("Kazakh President Kassym-Jomart Tokayev will travel to Astana on Friday for talks with "
     "the Uzbek president.", ("KAZ", "036", "UZB")),
    ("The Kenyan president is due in Kampala on Monday for talks with Ugandan leaders.",
     ("KEN", "046", "UGA")),
    ("Moroccan officials arrived in Nouakchott for talks with Mauritanian ministers.",
     ("MAR", "046", "MRT")),
    # "in" a phone call: not what the clause verb governs
    ("In a telephone call with the Greek prime minister, the Turkish president discussed "
     "migration.", ("TUR", "041", "GRC")),
    # "on" or "during" a visit or trip: the subject travels
    ("During her visit to Hanoi, the Australian foreign minister announced new scholarships.",
     ("AUS", "042", "VNM")),
    ("On a trip to Brasilia, the German chancellor praised Brazil's climate policy.",
     ("DEU", "042", "BRA")),
]


@pytest.mark.parametrize(("text", "wanted"), OCCASION)
def test_an_occasion_noun_is_done_by_the_clause_subject(coder, text, wanted):
    assert wanted in dyadic(coder, text)


def test_the_city_of_a_trip_at_home_is_no_partner(coder):
    found = dyadic(coder, "Kazakh President Kassym-Jomart Tokayev will travel to Astana on "
                          "Friday for talks with the Uzbek president.")
    assert not any(s == t for s, _, t in found)


def test_talks_whose_start_saw_rebukes_are_held_by_both_sides(coder):
    found = dyadic(coder, "Ghanaian and Nigerian envoys traded sharp words at the start of "
                          "talks in Lome.")
    assert {("GHA", "046", "NGA"), ("NGA", "046", "GHA"), ("GHA", "111", "NGA"),
            ("NGA", "111", "GHA")} <= found


def test_a_new_round_of_talks_is_talks(coder):
    assert dyadic(coder, "Laos and Cambodia held a new round of talks on the border.") == {
        ("LAO", "046", "KHM"), ("KHM", "046", "LAO")}


def test_the_one_a_statement_is_judged_for_is_no_occasion(coder):
    # "praised X for its mediation": the mediation is Oman's, not the praiser's
    found = dyadic(coder, "Kuwait praised Oman for its mediation between the two Yemeni "
                          "factions.")
    assert ("KWT", "051", "OMN") in found
    assert not any(code.startswith("04") for _, code, _ in found)


# --- visits: the journey as a noun, host and visitor -----------------------------------------

def test_a_visit_of_a_person_to_a_country_is_that_persons_visit(coder):
    found = dyadic(coder, "The visit of the Turkish foreign minister to Ghana will focus on "
                          "energy.")
    assert {c for s, c, t in found if (s, t) == ("TUR", "GHA")} & {"042", "036"}


def test_a_visitor_received_by_a_host_visits_the_host(coder):
    assert dyadic(coder, "Canada's prime minister was received in Warsaw by the Polish "
                         "president.") == {("POL", "043", "CAN"), ("CAN", "042", "POL")}


def test_a_host_and_a_guest_make_a_visit(coder):
    assert dyadic(coder, "The Chilean president hosted his Bolivian counterpart in "
                         "Santiago.") == {("CHL", "043", "BOL"), ("BOL", "042", "CHL")}


def test_hosting_a_conference_is_no_visit(coder):
    assert dyadic(coder, "Egypt hosted the investment conference in Alexandria.") == set()


# --- agreements: who the partners are ---------------------------------------------------------

def test_accords_restoring_ties_with_two_states_are_signed_with_both(coder):
    found = dyadic(coder, "Jordan signed accords restoring relations with Qatar and Oman.")
    assert {("JOR", "057", "QAT"), ("JOR", "057", "OMN")} <= found


def test_a_deal_struck_by_two_states_is_shared(coder):
    found = dyadic(coder, "Ecuador and Colombia struck a deal to reopen the border.")
    assert {("ECU", "057", "COL"), ("COL", "057", "ECU")} <= found


def test_the_host_of_a_signing_conference_is_no_party(coder):
    found = triples(coder, "Twelve countries, including Chile and Peru, signed a fisheries "
                           "pact at a conference hosted by Ecuador.")
    assert not any(t == "ECU" and c == "057" for _, c, t in found)


def test_a_contract_to_buy_from_a_state_names_the_seller(coder):
    # a clause of the contract itself is its content, not its setting
    assert ("PER", "057", "KOR") in dyadic(
        coder, "Peru has signed a deal to purchase six patrol boats from South Korea, the navy "
               "said.")


# --- meetings that are no relation between two countries --------------------------------------

NOTHING = [
    "The meeting lasted three hours.",
    "The summit ended late on Friday.",
    "Japan will meet Spain in the group stage of the World Cup.",
    "Brazil met Argentina in a World Cup qualifier in Rio de Janeiro.",
    "The Mexican team will visit Qatar for a friendly match.",
    "Earnings at the Korean chipmaker met analysts' expectations.",
    "The board of the Indian carmaker met on Tuesday to approve the merger.",
    "Toyota held its annual shareholders meeting in Nagoya on Thursday.",
    "The Russian leader flies to Kazan on Monday for a regional forum.",
    "The Nigerian delegation left for Abuja on Sunday.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_interstate_meeting(coder, text):
    assert dyadic(coder, text) == set()


# --- the parties of a meeting named together ---------------------------------------------------

def test_the_two_of_a_sentence_agree_with_each_other(coder):
    found = dyadic(coder, "The Peruvian president was welcomed in Quito by Ecuador's "
                          "president, and the two agreed to reopen the border.")
    assert {("PER", "0355", "ECU"), ("ECU", "0355", "PER")} <= found


def test_a_call_after_which_the_two_agreed_is_shared_agreement(coder):
    text = ("Scholz said he had a productive phone call with Erdogan and that the two had "
            "agreed to expand trade.")
    assert ("DEU", "041", "TUR") in dyadic(coder, text)
    # the agreement is shared; expanding trade is an intent of economic cooperation (0311)
    assert {("DEU", "03", "TUR"), ("TUR", "03", "DEU")} <= roots(coder, text)


@pytest.mark.parametrize(("text", "pair", "code"), [
    ("Officials from Ethiopia and Sudan met in Addis Ababa on Wednesday.", ("ETH", "SDN"),
     "040"),
    ("Delegations from Armenia and Azerbaijan will meet in Geneva next week.", ("ARM", "AZE"),
     "036"),
])
def test_people_from_two_states_meet_each_other(coder, text, pair, code):
    a, b = pair
    assert dyadic(coder, text) == {(a, code, b), (b, code, a)}


def test_a_purpose_clause_names_no_partner_of_a_meeting(coder):
    found = triples(coder, "The Iraqi and Kuwaiti delegations met in Amman to discuss "
                           "Syria.")
    assert not any(t == "SYR" for _, _, t in found)


# --- hosting talks between others is mediation ------------------------------------------------

def test_hosting_talks_between_two_parties_mediates_between_them(coder):
    found = dyadic(coder, "Oman hosted a new round of talks between Iran and the United "
                          "States.")
    assert {("OMN", "045", "IRN"), ("OMN", "045", "USA"), ("IRN", "046", "USA"),
            ("USA", "046", "IRN")} <= found


def test_hosting_a_guest_for_talks_is_still_a_visit(coder):
    assert dyadic(coder, "Scholz hosted Polish Prime Minister Donald Tusk in Berlin for "
                         "talks on defence.") == {("DEU", "043", "POL"), ("POL", "042", "DEU")}


# --- a journey's stops --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "wanted"), [
    ("The Chinese foreign minister will begin a four-nation tour of Africa on Monday, "
     "starting with Egypt.", {("CHN", "036", "EGY")}),
    ("The Japanese prime minister left for a week-long Asian tour that will take him to "
     "Vietnam and Indonesia.", {("JPN", "042", "VNM"), ("JPN", "042", "IDN")}),
    ("The Indian president embarked on a three-nation tour of Latin America, with stops in "
     "Chile and Peru.", {("IND", "042", "CHL"), ("IND", "042", "PER")}),
])
def test_a_tour_visits_its_named_stops_not_the_region(coder, text, wanted):
    assert triples(coder, text) == wanted


def test_a_tour_of_a_region_is_no_traveller(coder):
    # (the region travels nowhere; the city the tour starts in is its first stop)
    assert dyadic(coder, "The Brazilian president kicked off a tour of Europe in Lisbon.") \
        == {("BRA", "042", "PRT")}


# --- "called on": a courtesy call unless it asks for something --------------------------------

@pytest.mark.parametrize(("text", "wanted"), [
    ("The Chinese ambassador called on the Nepalese prime minister in Kathmandu.",
     ("CHN", "042", "NPL")),
    ("The French envoy called on the Malian president on Monday and discussed security.",
     ("FRA", "042", "MLI")),
    ("The EU called on Serbia for restraint.", ("EU", "020", "SRB")),
    ("The Japanese foreign minister called on the UN Security Council to act.",
     ("JPN", "020", "UNSC")),
])
def test_calling_on_someone_asks_only_when_it_says_what(coder, text, wanted):
    assert wanted in triples(coder, text)


def test_states_reopening_their_embassies_do_it_with_each_other(coder):
    assert dyadic(coder, "Saudi Arabia and Syria reopened their embassies.") == {
        ("SAU", "050", "SYR"), ("SYR", "050", "SAU")}
