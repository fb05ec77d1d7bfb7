"""Intents, purposes, demands and warnings seen wrong at the end of session 19: a vow to keep
a party from an act threatens that party (the act is none); a plan's purpose reached through
a verb of using a means is no act done; a demand or an appeal told in a that-clause in the
subjunctive is made of the clause's subject, a told fact is none; what a warning is "over"
is its cause, not its means, and a warning against an act is aimed at the one warned, not at
the act's party; a demand for the release or return of what a party holds is made of the
holder; what a party wants another to do is asked of that party, not done. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from coder_helpers import roots, triples

# --- a vow to keep a party from an act threatens it ---------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel vowed to stop Iran from acquiring nuclear weapons.", ("ISR", "130", "IRN")),
    ("Washington pledged to prevent Beijing from seizing the island.", ("USA", "130", "CHN")),
    ("Netanyahu has vowed to prevent Tehran from ever obtaining a nuclear bomb.",
     ("ISR", "130", "IRN")),
    ("The Indian government promised to stop Pakistan from sending militants across the "
     "border.", ("IND", "130", "PAK")),
    ("France pledged on Tuesday to stop Russia from winning the war in Ukraine.",
     ("FRA", "130", "RUS")),
    ("Biden promised to keep China from taking Taiwan by force.", ("USA", "130", "CHN")),
    ("Israel has sworn to prevent Hezbollah from rebuilding its arsenal.",
     ("ISR", "130", "LBN")),
    ("Tokyo pledged to stop North Korea from developing long-range missiles.",
     ("JPN", "130", "PRK")),
])
def test_a_vow_to_stop_a_party_threatens_it(coder, text, expected):
    coded = triples(coder, text)
    assert expected in coded
    assert not [t for t in coded if t[1][:2] == "03"]  # (no bare pledge beside it)


@pytest.mark.parametrize("text", [
    "The allies pledged to keep Ukraine from losing the war.",
    "The US vowed to prevent the war from spreading.",
    "The army sent troops to prevent the rebels from taking the town.",
])
def test_a_vow_to_keep_a_party_from_a_mishap_or_a_purpose_threatens_no_one(coder, text):
    assert not [t for t in triples(coder, text) if t[1][:2] == "13"]


# --- a plan's purpose, reached through a verb of using a means, is no act done -----------------


@pytest.mark.parametrize(("text", "expected"), [
    ("The EU's plan to use frozen Russian assets to fund Kyiv stalled on Thursday.",
     ("EU", "0331", "UKR")),
    ("Brussels unveiled a plan to use frozen Russian assets to finance Ukraine's "
     "reconstruction.", ("EU", "0331", "UKR")),
    ("The G7 agreed a scheme to use interest from Russian assets to lend Ukraine $50 billion.",
     ("G7", "0331", "UKR")),
    ("Germany plans to use the proceeds to finance arms for Kyiv.", ("DEU", "0331", "UKR")),
    ("Brussels proposed to use frozen Russian assets to fund Kyiv.", ("EU", "0331", "UKR")),
])
def test_a_plan_to_use_a_means_for_an_act_is_an_intent(coder, text, expected):
    coded = triples(coder, text)
    assert expected in coded
    assert not [t for t in coded if t[1][:2] == "07"]


def test_a_means_used_serves_an_act_done(coder):
    text = "Canada used seized Russian funds to send aid to Ukraine."
    assert ("CAN", "07", "UKR") in roots(coder, text)


# --- a demand or an appeal in a that-clause in the subjunctive --------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt insisted that Ethiopia halt the filling of the dam.", ("EGY", "100", "ETH")),
    ("India insisted that Pakistan dismantle terror camps on its soil.",
     ("IND", "100", "PAK")),
    ("The Palestinian Authority insisted that Israel should halt settlement construction.",
     ("PSE", "100", "ISR")),
    ("The IMF recommended that Egypt float its currency.", ("IMF", "020", "EGY")),
    ("Ankara suggested that Stockholm extradite the suspects.", ("TUR", "020", "SWE")),
])
def test_a_subjunctive_clause_asks_its_subject(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "Egypt insisted that the dam posed a threat to its water security.",
    "Israel insisted that it would continue its offensive in Gaza.",
    "Erdogan suggested that Sweden had not done enough to curb terrorism.",
    "Britain suggested that Moscow was behind the poisoning.",
])
def test_a_told_fact_asks_nothing(coder, text):
    assert not [t for t in triples(coder, text) if t[1][:2] in ("02", "10")]


def test_insisting_on_a_thing_is_still_a_demand(coder):
    text = "Egypt insisted on a binding agreement with Ethiopia."
    assert [t for t in triples(coder, text) if t[0] == "EGY" and t[1][:2] == "10"]


# --- what a warning is "over" is its cause, not its means --------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia warned Israel over its air strikes in Syria.", ("RUS", "130", "ISR")),
    ("Russia warns Israel over its strikes on Syria.", ("RUS", "130", "ISR")),
    ("Moscow has warned Kyiv over drone attacks on Russian cities, the Kremlin said.",
     ("RUS", "130", "UKR")),
    ("Iran threatens US over sanctions.", ("IRN", "130", "USA")),
    ("Ankara warned Damascus over air strikes near the border.", ("TUR", "130", "SYR")),
])
def test_a_warning_over_a_deed_is_no_threat_of_that_deed(coder, text, expected):
    coded = triples(coder, text)
    assert expected in coded
    assert not [t for t in coded if t[1] in ("138", "1312")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran threatened Israel with strikes over the killing of its commander.",
     ("IRN", "138", "ISR")),
    ("The EU warned Moscow of sanctions over its troop build-up.", ("EU", "1312", "RUS")),
])
def test_a_warning_of_a_deed_keeps_its_means(coder, text, expected):
    assert expected in triples(coder, text)


# --- a warning against an act is aimed at the one warned ---------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("The US warned China against an invasion of Taiwan.", ("USA", "130", "CHN")),
    ("Beijing warned Washington against arms sales to Taiwan.", ("CHN", "130", "USA")),
    ("Beijing warned Washington about arms sales to Taiwan.", ("CHN", "130", "USA")),
    ("Iran warned Israel against an attack on its nuclear facilities.", ("IRN", "130", "ISR")),
    ("Moscow warned NATO against the deployment of troops to Ukraine.",
     ("RUS", "130", "NATO")),
])
def test_a_warning_against_an_act_is_aimed_at_the_one_warned(coder, text, expected):
    coded = triples(coder, text)
    assert expected in coded
    assert not [t for t in coded if t[1] == "138" or t[2] in ("TWN", "UKR")]


def test_a_warning_with_no_one_warned_keeps_the_act_party(coder):
    text = "The UN chief warned against an attack on Rafah."
    assert [t for t in triples(coder, text) if t[1][:2] == "13" and t[2] == "PSE"]


# --- a demand to undo what a party did is made of that party -----------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow demanded the release of Russian citizens detained by Poland.",
     ("RUS", "1053", "POL")),
    ("Iran demanded the release of its tanker seized by Britain.", ("IRN", "1053", "GBR")),
    ("Tehran demanded the immediate release of its diplomats held by Azerbaijan.",
     ("IRN", "1053", "AZE")),
    ("Seoul demanded the release of South Korean sailors held by Iran.",
     ("KOR", "1053", "IRN")),
])
def test_a_demanded_release_is_asked_of_the_holder(coder, text, expected):
    coded = triples(coder, text)
    assert expected in coded
    assert not [t for t in coded if t[1][:2] == "10" and t[0] == t[2]]


def test_a_demand_made_to_a_named_party_keeps_it(coder):
    text = "Moscow urged Warsaw to release Russian citizens detained by Polish police."
    assert ("RUS", "02", "POL") in roots(coder, text)


# --- what a party wants another to do is asked of it, not done ---------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Beijing wanted Washington to lift the tariffs.", ("CHN", "02", "USA")),
    ("The EU wants Serbia to recognise Kosovo.", ("EU", "02", "SRB")),
    ("Washington wanted Seoul to send artillery shells to Ukraine.", ("USA", "02", "KOR")),
    ("Kyiv wants Germany to deliver Taurus missiles.", ("UKR", "02", "DEU")),
    ("The US wants Israel to allow more aid into Gaza.", ("USA", "02", "ISR")),
    ("Russia wants Ukraine to surrender.", ("RUS", "02", "UKR")),
])
def test_an_act_wanted_of_another_party_is_asked_of_it(coder, text, expected):
    coded = roots(coder, text)
    assert expected in coded
    assert not [t for t in coded if t[0] == expected[2]]  # (no act of the one asked)


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran wants to hold talks with the United States.", ("IRN", "03", "USA")),
    ("Kyiv wants to buy Taurus missiles from Germany.", ("UKR", "03", "DEU")),
])
def test_an_act_a_party_wants_to_do_itself_is_its_intent(coder, text, expected):
    assert expected in roots(coder, text)
