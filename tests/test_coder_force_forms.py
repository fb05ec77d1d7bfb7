"""Material conflict in the forms war, security and sanctions reporting uses (session 19,
helper "force"): craft and forces entering another's airspace, waters or land; water
cannon and lasers turned on a party's ships; a treaty left, foreign people held, revenues
withheld; the demonym the parser hangs on the weapon word ("Russian missile strikes"); what
"could have" happened gives nothing.
Every sentence is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import coded, roots


def conflicts(coder, text: str) -> set[tuple[str, str]]:
    """(source country, target country) of the placed material-conflict events (quad 4)."""
    return {(e.source.country, e.target.country) for e in coded(coder, text)
            if e.quad_class == 4 and e.source.country and e.target.country}


@pytest.mark.parametrize(("text", "pair"), [
    ("Russian military planes breached Estonian airspace for 12 minutes on Friday.",
     ("RUS", "EST")),
    ("Two Turkish fighter jets breached Greek airspace near Lesbos, Athens said.",
     ("TUR", "GRC")),
    ("Russian jets penetrated Finnish airspace near Porvoo, the defence ministry in "
     "Helsinki said.", ("RUS", "FIN")),
    ("Chinese warships sailed into Japanese territorial waters near the Senkaku islands.",
     ("CHN", "JPN")),
    ("Turkish warships encroached on Greek territorial waters.", ("TUR", "GRC")),
    ("A North Korean patrol boat crossed the maritime border with South Korea.",
     ("PRK", "KOR")),
    ("Venezuelan soldiers crossed the border with Guyana on Monday.", ("VEN", "GUY")),
])
def test_craft_and_forces_entering_anothers_ground_is_force(coder, text, pair):
    assert pair in conflicts(coder, text)


@pytest.mark.parametrize("text", [
    "Thousands of refugees crossed the border into Poland.",
    "Syrian migrants crossed the border with Turkey overnight.",
    "The ferry sailed into Greek waters on Tuesday.",
    "Hackers breached the ministry's email system last year.",
])
def test_people_and_ships_on_no_errand_of_force_enter_nothing(coder, text):
    assert not conflicts(coder, text)


@pytest.mark.parametrize(("text", "pair"), [
    ("A Philippine resupply boat was blasted with water cannon by Chinese coast guard "
     "ships.", ("CHN", "PHL")),
    ("Chinese ships sprayed a Vietnamese fishing boat with water cannon.", ("CHN", "VNM")),
    ("A Chinese vessel pointed a military-grade laser at a Philippine coast guard ship.",
     ("CHN", "PHL")),
])
def test_water_cannon_and_lasers_turned_on_ships_are_force(coder, text, pair):
    assert pair in conflicts(coder, text)


def test_water_on_a_fire_is_no_force(coder):
    assert not coded(coder, "Firefighters doused the blaze with water.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine pulled out of a visa-free travel agreement with Russia.", ("UKR", "16", "RUS")),
    ("Russia pulled out of the Black Sea grain deal with Ukraine.", ("RUS", "16", "UKR")),
    ("North Korea is holding a US soldier who crossed the border.", ("PRK", "17", "USA")),
    ("Russia is holding two American soldiers.", ("RUS", "17", "USA")),
    ("Israel withheld Palestinian tax revenues.", ("ISR", "16", "PSE")),
])
def test_treaties_left_people_held_and_revenues_withheld(coder, text, expected):
    assert expected in roots(coder, text)


def test_a_treaty_left_is_no_retreat(coder):
    assert not any(c == "08" for _, c, _ in roots(
        coder, "Ukraine pulled out of a visa-free travel agreement with Russia."))


@pytest.mark.parametrize(("text", "pair"), [
    ("Fifteen people were killed in Russian drone strikes on Kharkiv.", ("RUS", "UKR")),
    ("At least 15 people were killed in Russian missile strikes on Kharkiv on Thursday, the "
     "regional governor said.", ("RUS", "UKR")),
    ("Russian missile strikes on Kharkiv killed fifteen people.", ("RUS", "UKR")),
])
def test_the_demonym_hung_on_the_weapon_word_is_the_doer(coder, text, pair):
    assert pair in conflicts(coder, text)


def test_a_weapon_with_no_doer_names_no_side(coder):
    assert not conflicts(coder, "Missile strikes on Kharkiv killed fifteen people.")


@pytest.mark.parametrize("text", [
    "Had Ukraine received the weapons earlier, it could have struck Russian bases.",
    "With longer-range missiles, Kyiv could have hit Russian airfields months ago.",
    "Without the veto, Washington would have sanctioned Caracas long ago.",
])
def test_what_could_have_happened_is_no_event(coder, text):
    assert not conflicts(coder, text)


def test_what_may_have_happened_is_kept(coder):
    assert ("RUS", "UKR") in conflicts(coder, "Russia may have struck Ukrainian bases.")


@pytest.mark.parametrize(("text", "pair"), [
    ("Belgorod came under Ukrainian shelling on Saturday.", ("UKR", "RUS")),
    ("Kharkiv came under Russian shelling again on Tuesday.", ("RUS", "UKR")),
    ("The Armenian village of Sotk came under Azerbaijani shelling overnight.",
     ("AZE", "ARM")),
])
def test_a_place_that_came_under_a_gerund_suffered_it(coder, text, pair):
    assert pair in conflicts(coder, text)


def test_a_place_under_pressure_suffered_no_force(coder):
    assert not conflicts(coder, "The minister came under Russian pressure to resign.")


@pytest.mark.parametrize(("text", "pair"), [
    ("Shelling by Azerbaijani forces damaged homes in the Armenian border town of Jermuk.",
     ("AZE", "ARM")),
    ("Shelling by Azerbaijani troops damaged a school in the Armenian town of Goris.",
     ("AZE", "ARM")),
    ("Shelling by Pakistani troops damaged houses in Indian villages along the border.",
     ("PAK", "IND")),
])
def test_a_gerund_subject_with_its_doer_hit_what_it_damaged(coder, text, pair):
    assert pair in conflicts(coder, text)
