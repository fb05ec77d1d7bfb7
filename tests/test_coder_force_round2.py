"""Material conflict as news tells it, round 2 (session 21, helper "strike"): the fire a
casualty report names by its doer's people ("killed in Pakistani firing", "died in a
Russian barrage"), headlines of two sides trading fire ("Pakistan, Afghanistan Trade Fire
At Torkham"), a truce one party broke told by the other ("Armenia said Azerbaijani
forces violated the ceasefire"), a weapon sent from a named place with no user named
("rockets fired from Gaza"), and a place hit in a town the verb's "in" phrase names ("struck
a house in the Israeli town of Caesarea").
Every sentence is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import coded, roots


def conflicts(coder, text: str) -> set[tuple[str, str]]:
    """(source country, target country) of the placed material-conflict events (quad 4)."""
    return {(e.source.country, e.target.country) for e in coded(coder, text)
            if e.quad_class == 4 and e.source.country and e.target.country}


# --- fire named by its doer's people in a casualty report ---------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Two Indian soldiers were killed in Pakistani firing along the Line of Control.",
     ("PAK", "IND")),
    ("A Pakistani civilian was wounded in Indian firing in the Neelum valley, the army said.",
     ("IND", "PAK")),
    ("Three Afghan border guards died in Iranian gunfire near Islam Qala.", ("IRN", "AFG")),
    ("A Ukrainian child died in a Russian barrage on Sumy overnight.", ("RUS", "UKR")),
    ("Two Indian porters were injured in Pakistani sniping in Kupwara on Monday.",
     ("PAK", "IND")),
])
def test_fire_named_by_its_doers_people_harmed_the_casualties(coder, text, pair):
    assert pair in conflicts(coder, text)


@pytest.mark.parametrize("text", [
    "The firing of the football coach by the Turkish club surprised fans.",
    "Trump's firing of the FBI director shocked Washington.",
    "Celebratory gunfire killed a boy at an Afghan wedding.",
    "The minister faced a barrage of questions from Indian reporters.",
])
def test_fire_with_no_armed_doer_or_no_harm_is_no_force(coder, text):
    assert not conflicts(coder, text)


# --- headlines of two sides trading fire ---------------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Pakistan, Afghanistan Trade Fire At Torkham", ("PAK", "AFG")),
    ("Israel, Hezbollah exchange fire across Lebanon border", ("ISR", "LBN")),
    ("Armenia and Azerbaijan Exchange Fire On Border", ("ARM", "AZE")),
    ("India, Pakistan exchange artillery fire in Kashmir", ("IND", "PAK")),
    ("Russia, Ukraine trade strikes on energy sites", ("RUS", "UKR")),
])
def test_two_sides_trading_fire_in_a_headline_fight_each_other(coder, text, pair):
    found = conflicts(coder, text)
    assert pair in found and pair[::-1] in found


@pytest.mark.parametrize("text", [
    "India, UAE trade talks in Dubai",
    "Russia, Ukraine fire exchange",
    "Israel, Hamas fire truce",
])
def test_headline_nouns_that_are_no_act_of_the_pair_give_no_fighting(coder, text):
    assert not conflicts(coder, text)


# --- a truce broken, told by the other party -------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Armenia said Azerbaijani forces violated the ceasefire overnight.", ("AZE", "19", "ARM")),
    ("Pakistani troops violated the ceasefire along the Line of Control, the Indian army said.",
     ("PAK", "19", "IND")),
    ("India says Pakistan violated ceasefire in Poonch", ("PAK", "19", "IND")),
    ("Russian forces breached the truce dozens of times on Sunday, Ukraine's military said.",
     ("RUS", "19", "UKR")),
    ("Azerbaijan said Armenian units had broken the ceasefire near Lachin.",
     ("ARM", "19", "AZE")),
    ("Hamas broke the ceasefire with Israel on Tuesday.", ("PSE", "19", "ISR")),
])
def test_a_truce_broken_was_broken_against_the_party_that_tells_it(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "The monitors said both sides violated the ceasefire.",
    "Israel said the truce would hold.",
    "Ukraine denied that its forces had violated the ceasefire, Russia's defence ministry said.",
    "Ethiopia broke the news to Eritrea.",
])
def test_no_breach_told_by_a_party_gives_no_force(coder, text):
    assert not conflicts(coder, text)


# --- a weapon sent from a named place, no user named -----------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Rockets fired from Gaza hit the Israeli city of Ashkelon.", ("PSE", "ISR")),
    ("The Israeli town of Kiryat Shmona was struck by rockets fired from Lebanon.",
     ("LBN", "ISR")),
    ("Drones launched from Yemen struck an Eilat hotel.", ("YEM", "ISR")),
    ("A ballistic missile launched from Iran hit a US base in Iraq, the Pentagon said.",
     ("IRN", "USA")),
    ("Two drones launched from Ukraine damaged an oil depot in Russia's Bryansk region.",
     ("UKR", "RUS")),
    ("An Israeli soldier was wounded by a missile fired from Lebanon, the army said.",
     ("LBN", "ISR")),
])
def test_a_weapon_launched_from_a_named_place_was_used_by_its_side(coder, text, pair):
    assert pair in conflicts(coder, text)


@pytest.mark.parametrize("text", [
    "A rocket fired from Gaza landed in an open field.",
    "The satellite launched from Kazakhstan reached orbit.",
    "Two rockets launched from Lebanon were intercepted over the Galilee.",
])
def test_a_launch_from_a_place_that_hits_no_party_is_no_force(coder, text):
    assert not conflicts(coder, text)


def test_a_named_user_beats_the_place_it_fired_from(coder):
    found = conflicts(coder, "Israeli jets fired missiles from Lebanese airspace at targets "
                             "near Homs.")
    assert ("ISR", "SYR") in found and not any(s == "LBN" for s, _ in found)


# --- a place hit that lies in a town the verb's "in" phrase names ----------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Russian drones struck a house in the Ukrainian town of Bucha.", ("RUS", "UKR")),
    ("A Hezbollah drone struck a house in the Israeli town of Caesarea.", ("LBN", "ISR")),
    ("Azerbaijani troops shelled a kindergarten in the Armenian village of Sotk.",
     ("AZE", "ARM")),
    ("Ukrainian drones hit a refinery in the Russian city of Ryazan overnight.",
     ("UKR", "RUS")),
    ("Israeli aircraft bombed a house in the Lebanese village of Aitaroun, killing four.",
     ("ISR", "LBN")),
    ("Turkish jets hit a depot in the Syrian town of Qamishli.", ("TUR", "SYR")),
])
def test_a_place_hit_in_a_named_town_stands_for_the_towns_state(coder, text, pair):
    assert pair in conflicts(coder, text)


@pytest.mark.parametrize("text", [
    "The delegation visited a school in the Kenyan town of Garissa.",
    "Chinese investors bought a factory in the Serbian town of Smederevo.",
    "Russian forces shelled their own positions in the Ukrainian town of Horlivka, Kyiv said.",
])
def test_a_place_in_a_town_is_no_target_of_an_act_of_no_force(coder, text):
    assert not conflicts(coder, text)
