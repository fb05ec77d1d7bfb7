"""Classes seen wrong at the end of session 18, sixth leftovers round: a state telling its own
course ("warned it would respond to any aggression") threatens no one; denials of charges in
a bare plural or joined by "that" answer the accuser; a crowd is not of the state that
reports what it did; quarrels "over" a pact or a plan are no fighting; aid whose release is
vetoed or blocked is no aid given; a planned visit welcomed is approval, not a hosted guest;
"open for dialogue" is an intent; weapons flying somewhere make no visit; an
envoy summoned to a seat of government is summoned by that seat's state; a reaction to a
deed whose doer is not named ("condemned the killing of aid workers") judges no one, not the
deed's victims. Sentences written for these tests."""

from __future__ import annotations

import pytest

from coder_helpers import roots, triples

# --- a state telling its own course threatens no one ------------------------------------------


@pytest.mark.parametrize("text", [
    "Iran warned it would respond decisively to any aggression against the Islamic Republic, "
    "its foreign minister said.",
    "Venezuela warned it would defend itself against any aggression, its defence minister said.",
    "China warned it would take resolute countermeasures against any provocation, the defence "
    "ministry said on Thursday.",
    "North Korea warned it would respond to any aggression with overwhelming force, state "
    "media said.",
])
def test_a_state_warning_of_its_own_answer_threatens_no_one(coder, text):
    assert not [t for t in triples(coder, text) if t[1][:2] == "13"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran warned that it would respond to any Israeli attack, its foreign minister said.",
     ("IRN", "13", "ISR")),
    ("Russia warned Poland it would respond to the deployment of US missiles.",
     ("RUS", "13", "POL")),
])
def test_a_warning_with_another_party_keeps_it(coder, text, expected):
    assert expected in roots(coder, text)


# --- denials of charges in a bare plural or joined by "that" ------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("India has accused Pakistan of backing militants, charges Islamabad denies.",
     ("PAK", "016", "IND")),
    ("Washington accused China of hacking, allegations that Beijing denied.",
     ("CHN", "016", "USA")),
    ("Kinshasa accused Rwanda of backing the rebels, charges Kigali rejects.",
     ("RWA", "016", "COD")),
    ("The Philippines accused China of ramming its vessels, claims that Beijing dismissed.",
     ("CHN", "016", "PHL")),
    ("Ethiopia accused Egypt of arming rebels, charges that Cairo has denied.",
     ("EGY", "016", "ETH")),
    ("The United States accused Iran of supplying drones to Russia, accusations Tehran denies.",
     ("IRN", "016", "USA")),
])
def test_a_denial_of_charges_answers_the_accuser(coder, text, expected):
    coded = triples(coder, text)
    assert expected in coded
    assert not [t for t in coded if t[1] == "1121"]  # ("charges" is no verb here)


def test_a_denial_of_charges_keeps_the_accusation(coder):
    text = "India has accused Pakistan of backing militants, charges Islamabad denies."
    assert ("IND", "112", "PAK") in triples(coder, text)


# --- a crowd is not of the state that reports what it did --------------------------------------


@pytest.mark.parametrize("text", [
    "Rioters attacked the Russian consulate, the Russian foreign ministry said.",
    "Hundreds of protesters tried to storm the US embassy, the State Department said.",
    "A mob stormed the embassy compound overnight, the Iranian foreign ministry said.",
])
def test_a_crowd_is_not_of_the_reporting_state(coder, text):
    assert not [t for t in triples(coder, text) if t[0] is not None and t[1][:2] == "14"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Protesters stormed the French embassy in Niamey, the French foreign ministry said.",
     ("NER", "14", "FRA")),
    ("Students protested against the Kenyan government's decision.", ("KEN", "14", "KEN")),
])
def test_a_crowd_placed_by_its_place_or_its_rulers_stays(coder, text, expected):
    assert expected in {(s, c[:2], t) for s, c, t in triples(coder, text)}


# --- quarrels over a pact or a plan are no fighting --------------------------------------------


@pytest.mark.parametrize(("text", "pair"), [
    ("France and Germany clashed over the EU-Mercosur trade pact.", ("FRA", "DEU")),
    ("Poland clashed with the European Commission over the migration plan.", ("POL", "EU")),
    ("Beijing and Washington clashed over tariffs on Thursday.", ("CHN", "USA")),
    ("EU leaders clashed with Hungary over aid to Ukraine.", ("EU", "HUN")),
    ("India and Pakistan clashed over Kashmir at the UN General Assembly.", ("IND", "PAK")),
    ("Britain and France clashed over fishing rights after Brexit.", ("GBR", "FRA")),
])
def test_a_quarrel_over_an_issue_is_disapproval(coder, text, pair):
    coded = triples(coder, text)
    assert (pair[0], "110", pair[1]) in coded
    assert not [t for t in coded if t[1][:2] == "19"]


@pytest.mark.parametrize(("text", "pair"), [
    ("Indian and Chinese troops clashed in the Galwan Valley.", ("IND", "CHN")),
    ("Israeli forces clashed with Hezbollah fighters near the border.", ("ISR", "LBN")),
    ("Kenyan police clashed with Somali militants over the ceasefire deal.", ("KEN", "SOM")),
    ("Palestinian youths clashed with Israeli police over the new restrictions.",
     ("PSE", "ISR")),
])
def test_forces_that_clash_still_fight(coder, text, pair):
    assert (pair[0], "193", pair[1]) in triples(coder, text)


# --- aid whose release is vetoed or blocked is no aid given ------------------------------------


@pytest.mark.parametrize("text", [
    "Slovakia vetoed the release of EU military aid to Kyiv.",
    "Hungary blocked the delivery of EU aid to Ukraine.",
    "Russia blocked the delivery of UN aid to Syria.",
])
def test_blocked_aid_is_no_aid_given(coder, text):
    coded = triples(coder, text)
    assert not [t for t in coded if t[1][:2] == "07"]
    assert [t for t in coded if t[1][:2] == "12"]


def test_aid_approved_is_still_aid(coder):
    assert ("HUN", "071", "UKR") in triples(coder, "Hungary approved EU aid to Ukraine.")


# --- a planned visit welcomed is approval, not a hosted guest ----------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Hanoi welcomed the planned visit of the Chinese president.", ("VNM", "051", "CHN")),
    ("Japan welcomed the forthcoming visit of the Indian prime minister.",
     ("JPN", "051", "IND")),
    ("The Kremlin said it welcomed the planned trip of the Turkish president.",
     ("RUS", "051", "TUR")),
])
def test_a_planned_visit_welcomed_is_no_hosting(coder, text, expected):
    coded = triples(coder, text)
    assert expected in coded
    assert not [t for t in coded if t[1] in ("042", "043")]


@pytest.mark.parametrize("text", [
    "Hanoi welcomed Chinese President Xi Jinping on Tuesday.",
    "Vietnam welcomed the arrival of the Chinese president on Tuesday.",
])
def test_a_guest_welcomed_is_still_hosted(coder, text):
    assert ("VNM", "043", "CHN") in triples(coder, text)


# --- "open for dialogue" is an intent ----------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Venezuela is ready and open for dialogue with the United States, Maduro said.",
     ("VEN", "036", "USA")),
    ("Russia remains open for negotiations with Ukraine, the Kremlin said.",
     ("RUS", "036", "UKR")),
    ("Iran said it was open for talks with Washington.", ("IRN", "036", "USA")),
])
def test_open_for_talks_is_an_intent_to_meet(coder, text, expected):
    coded = triples(coder, text)
    assert expected in coded
    assert not [t for t in coded if t[1][:2] == "04"]


# --- unmanned weapons flying somewhere make no visit (a loaded carrier is read elsewhere) -------


@pytest.mark.parametrize("text", [
    "Russian drones headed for Kyiv were shot down overnight.",
    "Iranian drones headed for Israel were intercepted over Jordan.",
    "Dozens of Russian drones were heading for Kyiv when air defences opened fire.",
    "Several Houthi missiles heading to Israel were intercepted.",
    "Ukrainian drones flew to Moscow overnight.",
    "A Chinese spy balloon headed for the United States was shot down.",
])
def test_weapons_on_their_way_make_no_visit(coder, text):
    assert not [t for t in triples(coder, text) if t[1] in ("042", "043")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Chinese president headed for Moscow on a state visit.", ("CHN", "042", "RUS")),
    ("Iran's foreign minister headed to Beijing on Monday.", ("IRN", "042", "CHN")),
])
def test_people_heading_for_a_capital_still_visit(coder, text, expected):
    assert expected in triples(coder, text)


# --- an envoy summoned to a seat of government --------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran's ambassador was summoned to the Quai d'Orsay on Monday.", ("FRA", "114", "IRN")),
    ("The Israeli ambassador was summoned to the Kremlin.", ("RUS", "114", "ISR")),
    ("The Turkish ambassador was summoned to the Elysee.", ("FRA", "114", "TUR")),
    ("Brazil's ambassador was summoned to the Farnesina over the remarks.",
     ("ITA", "114", "BRA")),
])
def test_an_envoy_summoned_to_a_seat_is_summoned_by_its_state(coder, text, expected):
    assert expected in triples(coder, text)


def test_an_envoy_summoned_home_is_no_summons_by_the_host(coder):
    text = "The Russian ambassador to Britain was summoned to Moscow for consultations."
    assert not [t for t in triples(coder, text) if t[1] == "114"]


# --- a reaction to a deed with no doer named judges no one -------------------------------------


@pytest.mark.parametrize("text", [
    "Britain condemned the killing of aid workers.",
    "The British ambassador to Israel condemned the killing of aid workers.",
    "The EU condemned the killing of Palestinian aid workers.",
    "The US envoy to the UN condemned the arrest of Turkish journalists.",
])
def test_a_reaction_to_a_deed_with_no_doer_judges_no_one(coder, text):
    assert not [t for t in triples(coder, text) if t[1][:2] == "11" and t[2] is not None]


@pytest.mark.parametrize(("text", "expected"), [
    ("France condemned the killing of aid workers by Israeli forces.", ("FRA", "111", "ISR")),
    ("Canada condemned the Taliban's detention of aid workers.", ("CAN", "111", "AFG")),
])
def test_a_reaction_to_a_deed_judges_its_named_doer(coder, text, expected):
    assert expected in triples(coder, text)
