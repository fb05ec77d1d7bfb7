"""Reactions to drills, visits and reconciliations, attack tolls, idioms of opportunity,
appeals for a show of force, blocked ships and titles newer than our list: classes the
lead found wrong in agency copy of its own (session 16). Every sentence is written for
this file."""

from __future__ import annotations

import pytest

from coder_helpers import coded, dyadic, roots


@pytest.mark.parametrize("text, expected", [
    # a reaction to drills, manoeuvres or a provocation told before answers their doers
    ("Russia and Belarus staged joint drills near the Polish border on Tuesday. Warsaw "
     "criticised the exercises as intimidation.", {("POL", "11", "RUS"), ("POL", "11", "BLR")}),
    ("A Chinese coast guard ship fired water cannon at a Philippine supply boat. Japan and "
     "Australia voiced concern over the dangerous manoeuvres.",
     {("JPN", "01", "CHN"), ("AUS", "01", "CHN")}),
    # ... a visit to its visitor
    ("The speaker of the US House of Representatives visited Taipei on Wednesday. Beijing "
     "condemned the visit as a grave provocation.", {("CHN", "11", "USA")}),
    # ... a reconciliation to both parties
    ("Kenya and Somalia restored diplomatic relations after a year-long rift. Ethiopia "
     "welcomed the reconciliation.", {("ETH", "05", "KEN"), ("ETH", "05", "SOM")}),
])
def test_a_reaction_answers_the_doers_of_the_deed_told_before(coder, text, expected):
    assert expected <= roots(coder, text)


def test_a_reaction_to_drills_nobody_told_has_no_target(coder):
    assert dyadic(coder, "Lithuania criticised the exercises as intimidation.") == set()


@pytest.mark.parametrize("text, attack", [
    ("Turkish drones struck PKK positions in northern Iraq overnight, killing 14 militants.",
     ("TUR", "19", "TUR")),
    ("Pakistani jets bombed Taliban hideouts in eastern Afghanistan, killing dozens of "
     "fighters.", ("PAK", "19", "AFG")),
    ("Israeli aircraft hit a camp in southern Lebanon, wounding nine people.",
     ("ISR", "19", "LBN")),
])
def test_an_attacks_toll_is_no_second_attack(coder, text, attack):
    found = roots(coder, text)
    assert attack in found
    assert {t for s, r, t in found if r == "19"} == {attack[2]}  # no other victim
    assert len([e for e in coded(coder, text) if e.cameo_code.startswith("19")]) == 1


def test_a_killing_of_its_own_is_still_an_attack(coder):
    found = {(e.cameo_code[:2], e.target.country) for e in coded(
        coder, "Gunmen killed three Chinese engineers in Karachi on Sunday.")}
    assert ("19", "CHN") in found


@pytest.mark.parametrize("text, pair", [
    ("The United States urged Israel and Hamas to seize the opportunity for a lasting "
     "truce.", ("USA", "ISR")),
    ("Qatar called on both Ethiopia and Eritrea to grab the chance for peace.",
     ("QAT", "ETH")),
    ("Germany urged Belgrade and Pristina to seize the moment for a deal.",
     ("DEU", "SRB")),
])
def test_seizing_an_opportunity_is_no_seizure(coder, text, pair):
    found = roots(coder, text)
    assert not any(r in ("11", "17") for _, r, _ in found)
    assert any((s, t) == pair and r == "02" for s, r, t in found)


def test_seizing_a_tanker_is_still_a_seizure(coder):
    assert ("VEN", "17", "USA") in roots(coder, "Venezuela seized an American oil tanker in "
                                                "the Caribbean on Friday.")


@pytest.mark.parametrize("text, expected", [
    ("Poland called on NATO to deploy more troops on its eastern flank.",
     ("POL", "0232", "NATO")),
    ("Lithuania asked NATO allies to reinforce their presence in the Baltic states.",
     ("LTU", "0232", "NATO")),
])
def test_an_appeal_for_a_show_of_force_asks_for_military_aid(coder, text, expected):
    assert expected in dyadic(coder, text)
    assert not any(c == "113" for _, c, _ in dyadic(coder, text))


def test_an_appeal_to_isolate_a_party_still_rallies_opposition(coder):
    assert any(c == "113" for _, c, _ in dyadic(
        coder, "Kyiv urged the European Union to impose new sanctions on Russia."))


@pytest.mark.parametrize("text, expected", [
    ("Manila said a Chinese coast guard ship had blocked its supply vessel near the shoal.",
     ("CHN", "191", "PHL")),
    ("A Russian patrol boat blocked a Ukrainian freighter in the Sea of Azov.",
     ("RUS", "191", "UKR")),
])
def test_blocking_a_ship_restricts_movement(coder, text, expected):
    assert expected in dyadic(coder, text)


def test_blocking_imports_is_still_an_embargo(coder):
    assert any(c == "163" for _, c, _ in dyadic(
        coder, "Russia blocked imports of Moldovan wine in September."))


@pytest.mark.parametrize("text, expected", [
    # the office the text gives a known person is newer than our list of their terms
    ("Interior Minister Tomasz Siemoniak accused Minsk of pushing migrants towards the "
     "frontier.", ("POLGOV", "BLR")),
    ("Defence Minister Tomasz Siemoniak visited Kyiv on Monday.", ("POLMIL", "UKR")),
])
def test_a_title_in_the_text_gives_the_sector(coder, text, expected):
    found = {(e.source.code, e.target.country) for e in coded(coder, text)}
    assert expected in found


@pytest.mark.parametrize("text, target", [
    ("Mao Ning said the Philippine side had deliberately provoked the incident.", "PHL"),
    ("Seoul said Pyongyang had instigated the border clash.", "PRK"),
])
def test_saying_a_party_provoked_an_incident_is_criticism(coder, text, target):
    assert any(r == "11" and t == target for _, r, t in roots(coder, text))


def test_provoking_a_feeling_is_no_verdict(coder):
    assert dyadic(coder, "The remarks provoked anger in Beijing, officials said.") == set()
