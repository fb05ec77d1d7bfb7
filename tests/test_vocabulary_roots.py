"""Vocabulary breadth root by root (issue 13, class 10): wordings journalists use for CAMEO
roots 01-20 beyond those already pinned: concerns aired or flagged, parties prodded or nudged,
leaders dialled, mediators shuttling, pacts hammered or ironed out, arms shipped, troops pulled
back, forces stationed or moved, aircraft buzzed, migrants turned back, unrest quelled. Each
family comes with the same words in readings that are no event. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic, roots, triples


@pytest.mark.parametrize(("text", "expected"), [
    # 01: concerns aired, flagged or relayed share the rows of "expressed concern"
    ("Japan aired its concerns to China about the detention.",
     ("JPN", "012", "CHN")),
    ("Australia flagged its concerns with China over the trade curbs.", ("AUS", "012", "CHN")),
    # 02: a party prodded, nudged, coaxed or leaned on to act
    ("Germany prodded China to open its markets to European carmakers.",
     ("DEU", "020", "CHN")),
    ("Washington nudged New Delhi to cut its purchases of Russian oil.",
     ("USA", "020", "IND")),
    ("Washington leaned on Beijing to rein in North Korea.", ("USA", "020", "CHN")),
    ("France coaxed Algeria into resuming deportation flights.", ("FRA", "020", "DZA")),
    # 04: a leader dialled; a mediator shuttling between the parties
    ("Britain's prime minister dialled Macron on Tuesday evening.", ("GBR", "041", "FRA")),
    ("Qatari mediators shuttled between Israel and Hamas all week.", ("QAT", "045", "ISR")),
])
def test_statements_appeals_and_contacts(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # 05: agreements hammered, ironed or worked out take the noun's code
    ("Turkey and Iraq hammered out a water-sharing agreement.", ("TUR", "05", "IRQ")),
    ("Japan and the Philippines ironed out a defence pact in Manila.", ("JPN", "05", "PHL")),
    # 07: arms of every kind shipped or delivered
    ("The US shipped 2,000-pound bombs to Israel.", ("USA", "07", "ISR")),
    ("Germany delivered interceptors to Ukraine last month.", ("DEU", "07", "UKR")),
    # 08: troops pulled back from a party's border
    ("Russia pulled its troops back from Ukraine's border.", ("RUS", "08", "UKR")),
    # 11: a sentence handed to another state's citizen
    ("A Tehran court handed down a ten-year sentence to a French tourist.",
     ("IRN", "11", "FRA")),
    ("Iran handed a prison sentence to a British charity worker.", ("IRN", "11", "GBR")),
    # 15: forces moved, stationed, positioned; warplanes buzzing another's aircraft
    ("The Pentagon moved a second carrier group toward Iran.", ("USA", "15", "IRN")),
    ("Russia stationed tactical nuclear weapons in Belarus.", ("RUS", "15", "BLR")),
    ("India positioned additional artillery along the border with China.",
     ("IND", "15", "CHN")),
    ("Chinese fighter jets buzzed a US patrol plane over the South China Sea.",
     ("CHN", "15", "USA")),
    # 17: migrants turned or pushed back; unrest quelled
    ("Egypt turned back Sudanese refugees at the border.", ("EGY", "17", "SDN")),
    ("The Greek coast guard pushed back migrant boats towards Turkey.",
     ("GRC", "17", "TUR")),
    ("Iranian security forces quelled a protest by Afghan refugees.",
     ("IRN", "17", "AFG")),
])
def test_deeds_by_root(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "Ferries shuttled between Dover and Calais all night.",
    "The German coach dialled back his criticism of the French referee.",
    "The two sides hammered out the details late into the night.",
    "Residents in Ukraine's south pulled back the curtains after the blackout.",
    "The pastry chef from Paris moved to New York in 2019.",
    "Police quelled a brawl between Serbian and Croatian football fans.",
    "The Turkish team turned back to the hotel after training.",
    "The British composer flagged his new album on social media.",
    "The Italian striker nudged the ball past the Spanish goalkeeper.",
])
def test_same_words_without_event(coder, text):
    assert dyadic(coder, text) == set()


# --- round 2: force taken out or under fire, congratulations, bans and deployments --------

@pytest.mark.parametrize(("text", "expected"), [
    # 19: military targets taken out or knocked out; shells landing inside a border
    ("Israeli warplanes took out Iranian air defences.", ("ISR", "19", "IRN")),
    ("US jets knocked out Iranian radar sites.", ("USA", "19", "IRN")),
    ("Myanmar mortar shells landed inside Bangladesh.", ("MMR", "19", "BGD")),
    # fire a weapon names is literal under "came under ... from"
    ("Israeli towns came under rocket fire from Hezbollah.", ("LBN", "19", "ISR")),
    # 05: congratulations sent or conveyed; tribute paid to a party
    ("Putin sent a congratulatory message to Maduro.", ("RUS", "05", "VEN")),
    ("Xi conveyed his congratulations to Putin on his re-election.", ("CHN", "05", "RUS")),
    ("Macron paid tribute to Ukraine's soldiers.", ("FRA", "05", "UKR")),
    # 15 nominal: weapons deployed to a party
    ("Russia's deployment of nuclear weapons to Belarus alarmed NATO.", ("RUS", "15", "BLR")),
])
def test_deeds_by_root_round2(coder, text, expected):
    assert expected in roots(coder, text)


def test_fire_without_a_weapon_under_criticism_stays_criticism(coder):
    assert ("POL", "111", "DEU") in triples(
        coder, "Berlin came under fire from Poland over the pipeline.")


@pytest.mark.parametrize("text", [
    "The Brazilian farmer took out a loan from a Chinese bank.",
    "Argentina knocked Brazil out of the World Cup.",
    "The storm knocked out power across northern France.",
    "The Italian newspaper took out a full-page advertisement.",
    "The Canadian tourist's plane landed across the border in Montana.",
    "The Spanish singer sent a message to her fans in Mexico.",
    "Fans paid tribute to the late Brazilian footballer.",
    "Microsoft's deployment of new software in Japan went smoothly.",
])
def test_same_words_without_event_round2(coder, text):
    assert dyadic(coder, text) == set()


# --- round 3: sanctions waivers, forces readied ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Washington granted Venezuela a sanctions waiver.", ("USA", "085", "VEN")),
    ("Serbia put its army on combat readiness near Kosovo.", ("SRB", "152", "XKX")),
    # extending or issuing sanctions is no easing
    ("The EU extended sanctions on Russia for six months.", ("EU", "163", "RUS")),
    ("Washington issued sanctions against Iranian officials.", ("USA", "163", "IRN")),
])
def test_waivers_and_readiness(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The French airline put its pilots on standby.",
    "The court granted the Brazilian businessman a reprieve.",
])
def test_readiness_and_reprieve_without_event(coder, text):
    assert dyadic(coder, text) == set()
