"""Acts told through their means or purpose, and a verb the tagger read as an adjective
between two names: "retaliated by restricting exports", "sent thousands of troops to fight
for Russia", "Hungary's Orban hosted Israeli Prime Minister ..." (session 17, the lead).
Every sentence is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import coded, roots


@pytest.mark.parametrize("text, act", [
    ("Beijing retaliated by restricting exports of gallium to the United States.",
     ("CHN", "16", "USA")),
    ("Moscow retaliated by expelling ten Moldovan diplomats.", ("RUS", "16", "MDA")),
    ("Tehran retaliated by firing missiles at Israel.", ("IRN", "19", "ISR")),
])
def test_retaliating_by_a_deed_is_that_deed_alone(coder, text, act):
    found = roots(coder, text)
    assert act in found
    if act[1] != "19":
        assert not any(r == "19" for _, r, _ in found)  # no attack besides the deed


def test_retaliating_against_a_party_is_still_force(coder):
    assert ("ISR", "19", "LBN") in roots(coder, "Israel retaliated against Hezbollah.")


@pytest.mark.parametrize("text, expected", [
    ("North Korea sent thousands of troops to fight for Russia in the Kursk region.",
     ("PRK", "07", "RUS")),
    ("Chad sent a battalion to fight alongside Malian forces.", ("TCD", "07", "MLI")),
    ("Britain sent hundreds of soldiers to help Estonia.", ("GBR", "07", "EST")),
])
def test_troops_sent_to_fight_for_a_party_aid_it(coder, text, expected):
    found = roots(coder, text)
    assert expected in found
    assert (expected[0], "19", expected[2]) not in found  # fighting for a party is no attack


def test_fighting_for_one_party_against_another_attacks_the_other(coder):
    found = roots(coder, "North Korean soldiers fought for Russia against Ukraine in Kursk.")
    assert ("PRK", "19", "UKR") in found and ("PRK", "19", "RUS") not in found


def test_a_measure_of_troops_is_no_target(coder):
    events = coded(coder, "Egypt sent thousands of soldiers to the border.")
    assert not any(e.target.text and "soldiers" in e.target.text for e in events)


@pytest.mark.parametrize("text, pair", [
    ("Hungary's Orban hosted Israeli Prime Minister Benjamin Netanyahu despite the ICC "
     "warrant.", ("HUN", "ISR")),
    ("Egypt's Sisi hosted Jordanian King Abdullah in Cairo.", ("EGY", "JOR")),
])
def test_a_host_verb_read_as_an_adjective_between_names(coder, text, pair):
    assert (pair[0], "04", pair[1]) in roots(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Beijing cut off rare earth exports to Washington in retaliation for the chip curbs.",
     ("CHN", "16", "USA")),
    ("Russia cut exports of fertiliser to Lithuania.", ("RUS", "16", "LTU")),
    ("Kazakhstan will resume oil shipments to Germany through the Druzhba pipeline.",
     ("KAZ", "03", "DEU")),
    ("Jordan resumed aid shipments to Gaza.", ("JOR", "07", "PSE")),
])
def test_shipments_and_exports_cut_or_resumed_are_trade_unless_aid(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Manila said Chinese vessels rammed two of its boats near the shoal.",
     ("CHN", "17", "PHL")),
    ("Russia detained three of Estonia's border guards on Friday.", ("RUS", "17", "EST")),
])
def test_a_number_of_a_partys_own_is_that_party(coder, text, expected):
    assert expected in roots(coder, text)


def test_a_bare_number_is_still_nobody(coder):
    assert all(e.target.country is None
               for e in coded(coder, "Unknown gunmen killed 20 in the attack."))
