"""Things as targets: a hostile material act on a thing hits its owner; elsewhere a thing is
no actor (roles.yaml `thing_target_roots`, `origin_target_roots`, `measure_nouns`)."""

from __future__ import annotations

from datetime import date

from coder_helpers import coded
from entente.coder import Coder

TUESDAY = date(2025, 2, 11)


def pairs(coder: Coder, text: str) -> set[tuple[str | None, str, str | None]]:
    """(source country, CAMEO root, target country) of every event."""
    return {(e.source.country, e.cameo_code[:2], e.target.country)
            for e in coded(coder, text, on=TUESDAY)}


# --- the owner of a thing hit by force or sanctions ------------------------------------------

def test_a_downed_aircraft_belongs_to_the_country_its_demonym_names(coder):
    found = pairs(coder, "Syrian air defences shot down a Turkish drone over Idlib province "
                         "on Tuesday.")
    assert ("SYR", "19", "TUR") in found
    assert all(target != "SYR" for _, _, target in found)  # not the place it fell


def test_tariffs_on_a_measure_of_goods_hit_the_country_of_the_goods(coder):
    assert ("MEX", "16", "BRA") in pairs(
        coder, "Mexico set tariffs of up to 30 percent on Brazilian steel on Monday.")
    assert ("CAN", "16", "JPN") in pairs(
        coder, "Canada imposed tariffs on $4.2 billion in Japanese exports.")


def test_a_tariff_announced_on_a_sum_of_imports_names_the_exporting_country(coder):
    found = pairs(coder, "Washington announced a 15 percent tariff on about $20 billion of "
                         "Indian imports.")
    assert any(root == "16" and target == "IND" for _, root, target in found)


def test_goods_from_a_country_stand_for_that_country(coder):
    assert ("CAN", "16", "KOR") in pairs(coder, "Ottawa slapped duties on steel from South "
                                                 "Korea on Wednesday.")
    found = pairs(coder, "Brussels imposed tariffs on some $5 billion in goods shipped from "
                         "Australia.")
    assert any(root == "16" and target == "AUS" for _, root, target in found)


def test_an_intent_verb_hands_its_subject_to_a_detached_infinitive(coder):
    # the small parser hangs "to impose" on "vowed" as a clause: Canada still does it
    found = pairs(coder, "Canada vowed on Friday to impose duties on $3 billion in Chinese "
                         "exports.")
    assert any(s == "CAN" and t == "CHN" and root in ("13", "16") for s, root, t in found)


# --- a thing is no actor in trade, aid or comment ---------------------------------------------

def test_bought_goods_are_no_actor(coder):
    for text in ("Indonesia will import Brazilian beef and Argentine wheat, officials said.",
                 "Kenya bought Ukrainian grain last year.",
                 "The minister praised Argentine wine at the fair."):
        assert not coded(coder, text, on=TUESDAY), text


def test_a_weapon_made_elsewhere_is_not_its_makers_target(coder):
    found = pairs(coder, "Russia fired Iranian-made drones at Kyiv overnight.")
    assert ("RUS", "19", "UKR") in found
    assert all(target != "IRN" for _, _, target in found)


def test_the_origin_of_an_expulsion_is_no_target(coder):
    found = pairs(coder, "Turkey expelled two Dutch diplomats from Ankara.")
    assert all(target != "TUR" for _, _, target in found)


# --- the doer of a deed commented upon -------------------------------------------------------

def test_a_condemned_deed_targets_its_doer_named_by_possessive_or_demonym(coder):
    assert ("KOR", "11", "PRK") in pairs(coder, "Seoul condemned Pyongyang's rocket launch "
                                                "on Monday.")
    assert ("CHN", "11", "GBR") in pairs(coder, "Beijing criticized the British destroyer's "
                                                "transit through the Taiwan Strait.")
    assert ("JPN", "11", "PRK") in pairs(coder, "Tokyo condemned the North Korean missile "
                                                "test.")


def test_the_place_of_a_criticized_port_call_is_not_the_target(coder):
    events = coded(coder, "Beijing criticized the USS Ronald Reagan aircraft carrier's port "
                          "call in Manila on Sunday.", on=TUESDAY)
    assert {e.target.country for e in events} == {"USA"}
    assert all("Manila" not in e.target.text for e in events)


# --- said of one's own state ----------------------------------------------------------------

def test_a_leader_denying_what_his_own_state_did_is_no_dyadic_event(coder):
    found = pairs(coder, "Chilean President Gabriel Boric denied that Chile had sold arms "
                         "to either side.")
    assert ("CHL", "01", "CHL") not in found


def test_a_denial_about_another_state_keeps_its_target(coder):
    found = pairs(coder, "Chilean President Gabriel Boric denied that Peru had sold arms "
                         "to Bolivia.")
    assert ("CHL", "01", "PER") in found


def test_an_appeal_to_a_region_of_ones_own_country_stays(coder):
    found = pairs(coder, "Nigerian President Bola Tinubu urged the Lagos state government "
                         "to reopen the markets.")
    assert ("NGA", "02", "NGA") in found


def test_a_thing_made_somewhere_is_not_that_country(coder):
    assert coded(coder, "Some 3,000 people rallied against a cartoon book reportedly "
                        "published in France that insulted the prophet.",
                 on=TUESDAY) == []


def test_a_capitalised_shared_act_modifier_is_no_source(coder):
    events = coded(coder, "Joint naval drills are a new idea credited to the African Union, "
                          "which has held such drills since 2004.", on=TUESDAY)
    assert all(e.source.text != "Joint" for e in events)
