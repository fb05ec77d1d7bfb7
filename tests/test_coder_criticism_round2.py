"""Criticism and accusation in more of the forms news tells them (session 21, helper
"blame"): meddling and interfering told of a party, verbs of weaponising and politicising,
false narratives, verdicts a verb of evidence passes on ("said the strike showed Russia was
a terrorist state"), criticism a party "came in for" or drew as "flak", and trade and court
cases as lawsuits (115). Every sentence is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import roots, triples


@pytest.mark.parametrize("text, expected", [
    ("Beijing responded angrily, saying Tokyo was interfering in its internal affairs.",
     ("CHN", "11", "JPN")),
    ("Iran said Britain was meddling in its domestic affairs.", ("IRN", "11", "GBR")),
    ("Beijing said Washington had grossly interfered in China's internal affairs.",
     ("CHN", "11", "USA")),
    ("Beijing said Washington was interfering in Hong Kong.", ("CHN", "11", "USA")),
    ('"The United States is meddling in our elections," Russian Foreign Ministry '
     "spokeswoman Maria Zakharova said.", ("RUS", "11", "USA")),
])
def test_meddling_told_of_a_party_criticises_it(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "China said it would never interfere in the internal affairs of other countries.",
    "Beijing said Washington was not interfering in the dispute.",
])
def test_meddling_denied_or_forsworn_is_no_criticism(coder, text):
    assert not any(r == "11" for _, r, _ in roots(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("Kyiv said Moscow was weaponising food supplies to Africa.", ("UKR", "11", "RUS")),
    ("The EU said Russia had weaponized gas exports to Europe.", ("EU", "11", "RUS")),
    ("China said the United States was politicising the origins of the virus.",
     ("CHN", "11", "USA")),
    # false narratives and claims accuse whoever spreads them
    ("The Chinese embassy in Manila said Philippine officials were spreading false "
     "narratives about the shoal.", ("CHN", "11", "PHL")),
    ("Moscow said Kyiv was making false claims about the strike.", ("RUS", "11", "UKR")),
])
def test_weaponising_politicising_and_false_claims_judge_the_doer(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, expected", [
    ('Zelenskiy said the attack on the shopping centre showed Russia was "a terrorist '
     'state".', ("UKR", "11", "RUS")),
    ("The strike proves that Moscow is a terrorist state, the Ukrainian president said.",
     ("UKR", "11", "RUS")),
    ("Seoul said the findings confirmed that Pyongyang was behind the hacking attack.",
     ("KOR", "11", "PRK")),
    ("Warsaw said the incident showed that Minsk was deliberately provoking a crisis on the "
     "border.", ("POL", "11", "BLR")),
])
def test_a_verdict_a_verb_of_evidence_passes_on_is_the_speakers(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "Kyiv said the strike showed Russia had not changed its tactics.",
    "Seoul said the data showed exports to China had fallen.",
    "The ministry said the video did not prove that Israel was responsible for the blast.",
])
def test_evidence_of_no_verdict_or_denied_evidence_is_no_criticism(coder, text):
    assert not any(r == "11" for _, r, _ in roots(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("The German government has come in for criticism from Kyiv over its hesitance to send "
     "tanks.", ("UKR", "11", "DEU")),
    ("Hungary came in for sharp criticism from Poland over its stance on Russia.",
     ("POL", "11", "HUN")),
    ("Serbia's president has come in for fresh criticism from the European Union after he "
     "refused to join sanctions on Moscow.", ("EU", "11", "SRB")),
    ("The Japanese prime minister's remarks drew flak from Beijing.", ("CHN", "11", "JPN")),
])
def test_criticism_come_in_for_or_drawn_as_flak(coder, text, expected):
    assert expected in roots(coder, text)


def test_praise_come_in_for_at_home_names_no_critic(coder):
    found = roots(coder, "The Kenyan president came in for praise at home over the deal.")
    assert not any(r == "11" for _, r, _ in found)


@pytest.mark.parametrize("text, expected", [
    ("Bolivia dragged Chile to The Hague over access to the sea.", ("BOL", "115", "CHL")),
    ("Canada has launched a WTO challenge against Chinese anti-dumping duties on canola.",
     ("CAN", "115", "CHN")),
    ("Australia lodged a WTO dispute against China over wine tariffs.",
     ("AUS", "115", "CHN")),
    ("Kyiv took Moscow to The Hague over the downing of the airliner.", ("UKR", "115", "RUS")),
])
def test_trade_and_court_cases_are_lawsuits(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "Lawyers said the WTO dispute could take years to resolve.",
    "The two countries have a long-running border dispute.",
])
def test_disputes_that_nobody_brings_are_no_lawsuits(coder, text):
    assert not any(c == "115" for _, c, _ in triples(coder, text))


@pytest.mark.parametrize("text, expected, victim", [
    ("Beijing expressed strong dissatisfaction with US arms sales to Taiwan.",
     ("CHN", "11", "USA"), "TWN"),
    ("Moscow voiced its dissatisfaction with German tank deliveries to Ukraine.",
     ("RUS", "11", "DEU"), "UKR"),
])
def test_displeasure_with_a_deed_done_to_another_aims_at_its_doer(coder, text, expected,
                                                                   victim):
    found = roots(coder, text)
    assert expected in found
    assert (expected[0], "11", victim) not in found


@pytest.mark.parametrize("text, expected", [
    ("Japan voiced strong displeasure to China over the Chinese coast guard's incursions "
     "near the Senkakus.", ("JPN", "11", "CHN")),
    ("Seoul expressed its anger to Tokyo over the textbook decision.", ("KOR", "11", "JPN")),
    ("India expressed outrage to Pakistan over the cross-border shelling.",
     ("IND", "11", "PAK")),
    ("Algeria voiced its displeasure to Spain over the Western Sahara shift.",
     ("DZA", "11", "ESP")),
])
def test_displeasure_told_to_a_party_over_a_thing_stays_aimed_at_it(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Russia says US strikes on Yemen illegal", ("RUS", "11", "USA")),
    ("China says Japan's water release plan 'selfish and irresponsible'", ("CHN", "11", "JPN")),
    ("Iran says Israeli strike on consulate a 'grave violation'", ("IRN", "11", "ISR")),
    ("Ukraine says Hungary's veto on EU aid 'shameful'", ("UKR", "11", "HUN")),
    # the opening quote after a noun is no possessive ending
    ("China says US trade curbs 'unacceptable'", ("CHN", "11", "USA")),
    # blame told without "is" accuses
    ("Tehran says Washington behind attack on nuclear site", ("IRN", "11", "USA")),
    ("Pakistan says India behind Lahore blast", ("PAK", "11", "IND")),
    ("Moscow says Kyiv responsible for hospital strike", ("RUS", "11", "UKR")),
])
def test_a_headline_verdict_with_its_verb_left_out(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "Seoul says North Korean missile launch a failure",
    "Minister says new budget responsible for growth",
    "Turkey says Sweden closer to NATO membership",
])
def test_a_headline_report_with_no_verdict_is_no_criticism(coder, text):
    assert not any(r == "11" for _, r, _ in roots(coder, text))


def test_a_party_called_responsible_for_an_attack_is_accused_not_praised(coder):
    found = triples(coder, "Moscow called Kyiv responsible for the strike on the hospital.")
    assert ("RUS", "112", "UKR") in found
    assert not any(c.startswith("05") for _, c, _ in found)


@pytest.mark.parametrize("text, expected", [
    ("Erdogan bashed Washington over its support for Kurdish militias.", ("TUR", "11", "USA")),
    ("Trump hammered China over its trade practices.", ("USA", "11", "CHN")),
    ("Lavrov scoffed at US claims of a Russian threat to the Baltics.", ("RUS", "11", "USA")),
    ("Israeli officials sneered at Iran's offer of talks.", ("ISR", "11", "IRN")),
])
def test_more_verbs_of_criticism(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Seoul traced the hacking to North Korea.", ("KOR", "112", "PRK")),
    ("German prosecutors traced the murder in Berlin to Russian agents.",
     ("DEU", "112", "RUS")),
    ("Moscow pinned the blast on Ukrainian saboteurs.", ("RUS", "112", "UKR")),
    ("Islamabad pinned the attack on India.", ("PAK", "112", "IND")),
    ("Seoul implicated Pyongyang in the cyberattack on its banks.", ("KOR", "112", "PRK")),
])
def test_deeds_traced_pinned_or_implicated_accuse_the_party(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "Russian artillery hammered Ukrainian positions over the weekend.",
    "The pipeline traces its route to the Turkish border.",
])
def test_force_and_plain_tracing_are_no_criticism(coder, text):
    assert not any(c[:2] == "11" for _, c, _ in triples(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("Zelensky rallied allies against Moscow at the summit in Vilnius.", ("UKR", "113", "RUS")),
    ("Washington is trying to build a coalition against Beijing in Asia.",
     ("USA", "113", "CHN")),
    ("The United States forged a coalition against China's trade practices.",
     ("USA", "113", "CHN")),
    ("Saudi Arabia and the UAE united against Iran at the summit.", ("SAU", "113", "IRN")),
])
def test_rallying_others_against_a_party_rallies_opposition(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The parties formed a coalition after the election.",
    "Fans united against racism before the match.",
    "Supporters rallied behind the president.",
])
def test_coalitions_and_unity_against_no_party_rally_no_opposition(coder, text):
    assert not any(c == "113" for _, c, _ in triples(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("The EU initiated proceedings at the WTO against China over trade restrictions.",
     ("EU", "115", "CHN")),
    ("South Africa filed a case at the International Court of Justice against Israel.",
     ("ZAF", "115", "ISR")),
    ("Ukraine lodged a complaint with the UN Security Council against Russia.",
     ("UKR", "114", "RUS")),
])
def test_a_case_against_a_party_told_after_its_venue(coder, text, expected):
    assert expected in triples(coder, text)
