"""Vocabulary breadth by CAMEO class (issue 13, recall on news never seen): the families of
wording journalists use for an act, beyond the words of the study examples: concerns conveyed,
representations lodged, joint training, goods received from a party or bought from it,
peacekeepers deploying, forces crossing or pouring into a party, shells landing on it,
artillery and troops hitting it. Each family comes with readings of the same words that are
no event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic, roots, triples

# --- 01 / 11: things conveyed, lodged, taken issue with ------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Sweden conveyed its deep concern about the crackdown to the Georgian authorities.",
     ("SWE", "012", "GEO")),
    ("The Austrian chancellor conveyed his condolences to Morocco after the earthquake.",
     ("AUT", "018", "MAR")),
    ("Chile conveyed its full support to Ecuador's new president.", ("CHL", "051", "ECU")),
])
def test_things_conveyed_to_a_party(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Beijing lodged solemn representations with Seoul over the missile shield.",
     ("CHN", "114", "KOR")),
    ("Vietnam lodged representations with China about the survey ship.",
     ("VNM", "114", "CHN")),
    ("Lithuania took issue with Belarus over the new nuclear plant.", ("LTU", "111", "BLR")),
    ("Uruguay questioned the legitimacy of the Nicaraguan government on Monday.",
     ("URY", "111", "NIC")),
])
def test_representations_and_disagreement(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The coach took issue with the referee's decision in the second half.",
    "Lawyers for the Kenyan businessman questioned the witness for three hours.",
    "The museum conveyed the painting to a private collector in Geneva.",
])
def test_conveying_and_questioning_without_event(coder, text):
    assert dyadic(coder, text) == set()


# --- 06: training, exercises, trade in goods ------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Egyptian and Greek commandos conducted joint training on the island of Crete.",
     ("EGY", "06", "GRC")),
    ("Oman and India held their first joint fighter exercise last week.", ("OMN", "06", "IND")),
    ("Thai and Malaysian navies kicked off joint drills in the Andaman Sea.",
     ("THA", "06", "MYS")),
])
def test_joint_training_and_drills(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # goods received: the party they come from is the source, by "from" or by a demonym
    ("Tunisia received a cargo of wheat from Ukraine on Monday.", ("UKR", "061", "TUN")),
    ("Bangladesh received a shipment of Russian fertiliser at Chittagong.",
     ("RUS", "061", "BGD")),
    ("Jordan received a consignment of Iraqi crude by truck.", ("IRQ", "061", "JOR")),
    # buying is the buyer's trade with the seller
    ("Indonesia bought 42 Rafale jets from France.", ("IDN", "062", "FRA")),
    ("Morocco purchased attack helicopters from the United States.", ("MAR", "062", "USA")),
    # shipping commodities and resuming supplies
    ("Argentina shipped a record volume of soybeans to China last month.",
     ("ARG", "061", "CHN")),
    ("Azerbaijan resumed gas supplies to Bulgaria after the repairs.", ("AZE", "061", "BGR")),
])
def test_goods_traded(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The Portuguese striker received a yellow card in the first half.",
    "Farmers in Kenya shipped their first harvest to the capital's markets.",
    "The Canadian firm bought a rival software maker for two billion dollars.",
    "The UN said it hoped to resume flights to the camp next week.",
])
def test_receiving_and_buying_without_event(coder, text):
    assert dyadic(coder, text) == set()


# --- 07: peacekeepers deploying -------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Rwandan peacekeepers began deploying in the Central African Republic on Friday.",
     ("RWA", "074", "CAF")),
    ("Ghana completed the deployment of peacekeepers to Lebanon.", ("GHA", "074", "LBN")),
])
def test_peacekeepers_deploying(coder, text, expected):
    assert expected in triples(coder, text)


# --- 17: put on trial -------------------------------------------------------------------------

def test_put_on_trial(coder):
    assert ("IRN", "173", "DEU") in triples(
        coder, "Iran put a German aid worker on trial for espionage.")


# --- 19: forces moving into a party, shells landing, artillery and troops hitting ------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Russian tanks advanced into Ukraine from the north.", ("RUS", "190", "UKR")),
    ("Sudanese troops crossed into Chad in pursuit of the rebels.", ("SDN", "190", "TCD")),
    ("Ethiopian soldiers crossed the border into Somalia on Sunday.", ("ETH", "190", "SOM")),
    ("Armenia poured troops into Azerbaijan's border districts.", ("ARM", "190", "AZE")),
    ("Syrian mortar shells landed in Lebanon on Tuesday.", ("SYR", "194", "LBN")),
    ("Chinese rockets fell on a Taiwanese outpost during the drills.", ("CHN", "194", "TWN")),
    ("Turkish artillery hit a Syrian army position near Kobani.", ("TUR", "194", "SYR")),
    ("Pakistani artillery pounded Indian villages along the frontier.", ("PAK", "194", "IND")),
    ("Ugandan troops raided a Kenyan border village near the lake.", ("UGA", "190", "KEN")),
])
def test_forces_into_and_onto_a_party(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "Heavy rain fell on the Turkish capital for a third day.",
    "The striker hit the post twice in the first half against Portugal.",
    "Indian stocks advanced into positive territory by noon.",
    "The Kenyan runner crossed into the lead on the final lap.",
    "Foreign investors poured money into Vietnamese property.",
    "Police raided a nightclub in Lima on Saturday.",
    "The Brazilian team kicked off its season with a win over Chile.",
])
def test_movement_and_impact_without_event(coder, text):
    assert dyadic(coder, text) == set()


# --- 04: conferences by video or telephone ---------------------------------------------------

def test_video_conference_is_a_call(coder):
    assert ("QAT", "041", "IDN") in triples(
        coder, "The Qatari emir held a video conference with the Indonesian president.")


def test_press_conference_is_no_call(coder):
    assert dyadic(coder, "The Peruvian minister held a press conference with reporters "
                         "in Lima.") == set()


# --- 11: a reported judgement by its adjective ------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Belgium's foreign minister said Israel's bombardment was disproportionate.",
     ("BEL", "111", "ISR")),
    ("Malaysia said Myanmar's treatment of the refugees was cruel and discriminatory.",
     ("MYS", "111", "MMR")),
])
def test_judging_adjectives_in_what_was_said(coder, text, expected):
    assert expected in triples(coder, text)


def test_a_judged_thing_without_an_actor_is_no_criticism(coder):
    assert dyadic(coder, "Chile's president said the winter had been cruel to farmers.") == set()


# --- 13 / 19: responding with force ----------------------------------------------------------

def test_vowing_to_respond_with_force_is_a_threat(coder):
    assert ("IRN", "138", "ISR") in triples(
        coder, "Iran vowed to respond with military force to any Israeli attack.")


def test_responding_with_force_to_a_party(coder):
    # (artillery fire is the kind of force CAMEO codes 194)
    assert ("ARM", "194", "AZE") in triples(
        coder, "Armenia responded with artillery fire to the Azerbaijani incursion.")
    assert ("IRN", "190", "ISR") in triples(
        coder, "Iran responded with force to the Israeli strike.")


# --- 16: blacklists, downgraded embassies, sanction packages, banned farm goods ---------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The US added several Chinese drone makers to its entity list.", ("USA", "163", "CHN")),
    ("Lithuania downgraded its embassy in Minsk to a liaison office.", ("LTU", "161", "BLR")),
    ("Britain announced a fresh package of sanctions against Iran.", ("GBR", "163", "IRN")),
    ("Russia banned Georgian wine and mineral water in 2006.", ("RUS", "163", "GEO")),
])
def test_economic_and_diplomatic_restrictions(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The Italian chef added Sicilian wine to the sauce.",
    "The new Kenyan cabinet adopted a package of tax reforms.",
    "The airline downgraded its forecast for Brazil.",
])
def test_adding_and_packaging_without_event(coder, text):
    assert dyadic(coder, text) == set()


# --- 04: visits ended, calls and meals held together, leaders jetting in ----------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Malaysia's king wrapped up a three-day state visit to Brunei on Sunday.",
     ("MYS", "042", "BRN")),
    ("The Chilean president concluded his official visit to Ecuador.", ("CHL", "042", "ECU")),
    ("The Croatian prime minister jetted to Vienna for a meeting on migration.",
     ("HRV", "042", "AUT")),
    ("Estonian and Latvian ministers held a teleconference on energy.", ("EST", "041", "LVA")),
    ("The Swiss and Austrian presidents had a working lunch in Bern.", ("CHE", "040", "AUT")),
])
def test_visits_calls_and_meals(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The Danish singer wrapped up her tour with a concert in Oslo.",
    "The Mexican family had lunch at a restaurant in Madrid.",
])
def test_tours_and_lunches_without_event(coder, text):
    assert dyadic(coder, text) == set()


# --- 06 / 11: technology shared; a threat posed --------------------------------------------

def test_technology_shared(coder):
    assert ("FRA", "061", "IND") in triples(
        coder, "France shared jet engine technology with India under the new accord.")


def test_a_threat_posed_is_criticism_of_the_one_who_poses_it(coder):
    assert ("NOR", "111", "RUS") in triples(
        coder, "Norway's defence minister said Russia's nuclear drills posed a threat "
               "to the region.")


# --- 08: troops pulled back (the parser hangs "back" as an adverb) ---------------------------

@pytest.mark.parametrize("text", [
    "Armenia pulled its troops back from the border with Azerbaijan.",
    "Armenia pulled back its troops from the border with Azerbaijan.",
])
def test_troops_pulled_back(coder, text):
    assert ("ARM", "0872", "AZE") in triples(coder, text)


# --- 17 / 16: wanted lists and sanctions lists; 07: deposits ---------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Russia placed the Estonian prime minister on a wanted list.", ("RUS", "173", "EST")),
    ("Washington put two Cuban officials on its sanctions list.", ("USA", "163", "CUB")),
    ("Kuwait deposited one billion dollars in Egypt's central bank.", ("KWT", "071", "EGY")),
])
def test_lists_and_deposits(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The Greek chef put moussaka on the menu again.",
    "The Polish student deposited her savings in a local bank.",
])
def test_menus_and_savings_without_event(coder, text):
    assert dyadic(coder, text) == set()
