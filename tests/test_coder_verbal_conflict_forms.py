"""Verbal conflict in the surface forms news uses (session 19, critic): phrasal verbs of
criticism whose reason phrase names a market word ("hit out at Washington over oil
prices") or whose target phrase hangs on the particle ("fires back at US"); verdicts given
by naming a party ("branded Russia a terrorist state", "declared Russia a state sponsor of
terrorism"); a verdict or condemnation of "it", the deal or deed told before; an object
pronoun that is no body of its verb's own subject's state ("Manila accused them"); deeds
blamed "on" a party; talks walked out of; reactions drawn by "the measures" told before;
deadlines given for what no coded act tells; resolute measures vowed; and acts only foreseen
("analysts expect Beijing to lash out") that are no acts. Every sentence is written for
this file."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic, roots


@pytest.mark.parametrize("text, expected", [
    ("China hit out at Washington on Tuesday over its latest arms sale to Taiwan.",
     ("CHN", "11", "USA")),
    ("The Elysee hit back at Downing Street over the migrant boats.", ("FRA", "11", "GBR")),
    ("Seoul hit back at Tokyo over falling exports.", ("KOR", "11", "JPN")),
    ("Tehran hit out at Washington over oil prices.", ("IRN", "11", "USA")),
])
def test_a_phrasal_verb_of_criticism_is_no_bare_verb_of_its_reason(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, expected, not_target", [
    ("China fires back at US over Taiwan arms deal", ("CHN", "11", "USA"), "TWN"),
    ("Japan fires back at China over seafood ban", ("JPN", "11", "CHN"), None),
])
def test_the_party_a_particle_holds_is_the_target(coder, text, expected, not_target):
    found = roots(coder, text)
    assert expected in found
    assert not any(t == not_target for _, _, t in found)


@pytest.mark.parametrize("text", [
    "Chinese stocks hit a record high on Tuesday.",
    "Lebanon declared a state of emergency.",
])
def test_market_and_emergency_words_give_nothing(coder, text):
    assert not dyadic(coder, text)


def test_a_particle_verb_keeps_its_instrument(coder):
    # "fired back with tear gas": the bare verb's row still finds its instrument
    found = {c for _, c, _ in dyadic(coder, "Police fired back with tear gas at protesters "
                                           "in Nairobi.")}
    assert found == {"175"}


@pytest.mark.parametrize("text, expected", [
    ("Estonia branded Russia a terrorist state.", ("EST", "11", "RUS")),
    ("Moscow branded Kyiv a terrorist regime.", ("RUS", "11", "UKR")),
    ("Latvia declared Russia a state sponsor of terrorism.", ("LVA", "11", "RUS")),
    ("Turkey called Sweden's approval of the protest a hostile act.", ("TUR", "11", "SWE")),
    ("Beijing called the Taiwanese president a separatist.", ("CHN", "11", "TWN")),
])
def test_naming_a_party_by_a_verdict_is_criticism(coder, text, expected):
    assert expected in roots(coder, text)


def test_a_name_that_is_no_verdict_is_no_criticism(coder):
    found = roots(coder, "The Kenyan president called Ugandan President Yoweri Museveni a "
                         "brother.")
    assert not any(r == "11" for _, r, _ in found)


@pytest.mark.parametrize("text, expected", [
    ("Ethiopia signed a port deal with Somaliland on Monday. Somalia condemned it.",
     ("SOM", "11", "ETH")),
    ("Russia expelled two Estonian diplomats on Friday. Tallinn called it a hostile act.",
     ("EST", "11", "RUS")),
    ("Russia launched a massive drone attack on Kyiv overnight. Poland called it an act of "
     "terrorism.", ("POL", "11", "RUS")),
])
def test_it_after_a_deal_or_deed_is_that_deed(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Chinese vessels blocked a Philippine supply mission on Sunday. Manila accused them of "
     "dangerous manoeuvres.", ("PHL", "11", "CHN")),
    ("Chinese coast guard ships fired water cannon at a Philippine boat. Manila condemned "
     "them.", ("PHL", "11", "CHN")),
    ("Russian troops shelled Kherson on Sunday. Kyiv accused them of war crimes.",
     ("UKR", "11", "RUS")),
])
def test_an_object_pronoun_is_no_body_of_its_subjects_state(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Russia blamed the attack on Ukraine.", ("RUS", "11", "UKR")),
    ("Germany blamed the sabotage of the pipeline on Russia.", ("DEU", "11", "RUS")),
    ("Moscow blamed the explosion on Ukrainian saboteurs.", ("RUS", "11", "UKR")),
    ("Islamabad pinned the blame for the bombing on New Delhi.", ("PAK", "11", "IND")),
])
def test_a_deed_blamed_on_a_party_accuses_it(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Venezuela pulled out of negotiations with Guyana.", ("VEN", "164", "GUY")),
    ("Caracas withdrew from talks with Georgetown.", ("VEN", "164", "GUY")),
])
def test_leaving_talks_with_a_party_halts_them(coder, text, expected):
    assert expected in dyadic(coder, text)


def test_a_reaction_drawn_by_measures_told_before_aims_at_their_maker(coder):
    text = ("The EU adopted new sanctions on Russia on Monday. The measures drew fierce "
            "condemnation from Moscow.")
    assert ("RUS", "11", "EU") in roots(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("ECOWAS gave Niger's junta a week to restore President Bazoum to power.",
     ("ECOWAS", "13", "NER")),
    ("The United States gave Iran until Friday to respond.", ("USA", "13", "IRN")),
])
def test_a_deadline_for_an_uncoded_act_is_an_ultimatum(coder, text, expected):
    assert expected in roots(coder, text)


def test_a_deadline_to_no_named_party_gives_nothing(coder):
    assert not dyadic(coder, "The company gave its workers a week to decide.")


@pytest.mark.parametrize("text, expected", [
    ("China vowed to take resolute measures against Lithuania.", ("CHN", "13", "LTU")),
    ("Beijing will take resolute steps against the Philippines.", ("CHN", "13", "PHL")),
])
def test_resolute_measures_vowed_against_a_party_threaten_it(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "Analysts expect Beijing to lash out at Tokyo over the visit.",
    "Diplomats predict that Beijing will criticise Tokyo.",
    "Beijing is likely to criticise Tokyo.",
])
def test_an_act_only_foreseen_is_no_act(coder, text):
    assert not any(r in ("11", "19") for _, r, _ in roots(coder, text))


def test_an_act_done_is_still_coded(coder):
    assert ("CHN", "11", "JPN") in roots(coder, "Beijing criticised Tokyo over the visit.")


@pytest.mark.parametrize("text, expected", [
    ('"What Israel is doing in Gaza is genocide," the Turkish president told lawmakers.',
     ("TUR", "11", "ISR")),
    ('"What Russia did in Bucha was a war crime," the Polish president said.',
     ("POL", "11", "RUS")),
    ("Tehran said what Washington was doing in the Gulf was piracy.", ("IRN", "11", "USA")),
])
def test_a_verdict_on_what_a_party_does_judges_the_party(coder, text, expected):
    assert expected in roots(coder, text)


def test_a_verdict_on_what_happened_judges_no_one(coder):
    assert not dyadic(coder, "Moscow said what happened in Bucha was a provocation.")


@pytest.mark.parametrize("text, expected", [
    ("Hungary will not accept any ultimatum from Brussels.", ("HUN", "12", "EU")),
    ('"We will not accept demands from Washington," the Iranian foreign minister said.',
     ("IRN", "12", "USA")),
    ("Serbia did not accept the demands from Pristina.", ("SRB", "12", "XKX")),
])
def test_words_asked_and_not_accepted_are_rejected(coder, text, expected):
    assert expected in roots(coder, text)


def test_aid_not_received_is_no_rejection(coder):
    assert not dyadic(coder, "Kenya has not received aid from China.")
