"""Material conflict in war reporting's own shapes (issue 13): harm told of its victims with
the attack in a phrase ("were killed in a Pakistani drone strike"), a cause clause ("when
Iranian guards opened fire"), weapons named with their users ("a missile fired by rebels"),
leaders glued to the act ("Saudi-led raids"), front-line places as targets. Each class with
sentences that must give nothing."""

from __future__ import annotations

import pytest

from coder_helpers import coded, dyadic


def assaults(coder, text: str) -> set[tuple[str, str]]:
    """(source country, target country) of the placed material-conflict events (quad 4)."""
    return {(e.source.country, e.target.country) for e in coded(coder, text)
            if e.quad_class == 4 and e.source.country and e.target.country}


# --- victims as the subject, the attack in an "in" / "during" / "by" phrase -------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Four Syrian conscripts were killed in an Israeli air strike on a radar site near "
     "Homs, the state news agency said.", ("ISR", "SYR")),
    ("Two Lebanese soldiers were wounded in Israeli shelling near the village of Kfarchouba, "
     "the army said.", ("ISR", "LBN")),
    ("Two Indian soldiers were killed in Pakistani shelling in the Uri sector on Friday.",
     ("PAK", "IND")),
    ("An Afghan family of six died in a Pakistani air strike in Paktika province.",
     ("PAK", "AFG")),
    ("Two Russian conscripts were injured during a Ukrainian drone attack on Belgorod.",
     ("UKR", "RUS")),
    ("Three Thai villagers were hurt in Cambodian shelling near the border.",
     ("KHM", "THA")),
    ("Two Lebanese soldiers were wounded by Israeli shelling on Tuesday.", ("ISR", "LBN")),
])
def test_the_victims_of_an_attack_told_in_a_phrase_are_its_target(coder, text, pair):
    assert pair in assaults(coder, text)


def test_a_harm_with_no_doer_named_gives_nothing(coder):
    # the attack phrase names no one: no dyad
    assert assaults(coder, "Two Lebanese soldiers were wounded in shelling near the border.") \
        == set()
    # an accident or a disaster is no attack
    assert dyadic(coder, "Five Bolivian miners died in a gas explosion near Potosi.") == set()
    assert dyadic(coder, "Nine Kenyan fishermen drowned when their boat capsized in Lake "
                         "Turkana.") == set()


# --- a leader glued to the act ("Saudi-led") does it --------------------------------------

def test_the_leader_of_a_led_attack_is_its_source(coder):
    assert ("SAU", "YEM") in assaults(coder, "Nine civilians were killed in Saudi-led air "
                                             "raids on Sanaa.")
    assert ("SAU", "YEM") in assaults(coder, "Saudi-led air raids on the Yemeni port of "
                                             "Hodeidah killed at least 15 people.")


# --- the attack as the cause of a harm: "were killed when X opened fire" ----------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Three Indian army porters were killed when Pakistani troops opened fire along the "
     "frontier in Poonch.", ("PAK", "IND")),
    ("Four Afghan migrants died when Iranian border guards opened fire at the frontier.",
     ("IRN", "AFG")),
])
def test_the_victims_of_a_harm_are_the_target_of_its_cause_clause(coder, text, pair):
    assert pair in assaults(coder, text)


def test_a_cause_clause_of_no_harm_keeps_its_own_target(coder):
    # "died" of illness, "when" clause an arrival: no attack
    assert dyadic(coder, "Two Nepali pilgrims died when their bus overturned near Lhasa.") \
        == set()


# --- a weapon named with its user ---------------------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("A missile fired by Houthi rebels hit a Liberian-flagged tanker in the Gulf of Aden.",
     ("YEM", "LBR")),
    ("A drone launched by Hezbollah struck an Israeli army base near Nahariya.",
     ("LBN", "ISR")),
    ("Rockets fired by Hamas militants hit the Israeli city of Sderot.", ("PSE", "ISR")),
])
def test_a_weapon_fired_by_someone_is_that_users_act(coder, text, pair):
    assert pair in assaults(coder, text)


# --- places: a campaign "across" a country, front-line towns -------------------------------

def test_strikes_across_a_country_target_it(coder):
    assert ("ISR", "SYR") in assaults(coder, "Israel carried out a wave of air strikes "
                                             "across Syria on Wednesday, killing six soldiers.")
    assert ("RUS", "UKR") in assaults(coder, "Russian drones attacked power stations "
                                             "throughout Ukraine overnight.")


@pytest.mark.parametrize(("text", "pair"), [
    ("A Ukrainian grain ship was damaged in a Russian drone attack on Izmail.", ("RUS", "UKR")),
    ("Azerbaijani troops shelled Stepanakert overnight.", ("AZE", "ARM")),
    ("Ukrainian drones struck an oil depot in Tuapse.", ("UKR", "RUS")),
    ("Congolese army jets bombed rebel positions around Rubaya.", None),
])
def test_front_line_towns_stand_for_their_state(coder, text, pair):
    found = assaults(coder, text)
    if pair is None:  # the army of the town's own state: no dyad
        assert not any(s != t for s, t in found)
    else:
        assert pair in found


# --- must give nothing: sport, markets, disasters, crime ---------------------------------

@pytest.mark.parametrize("text", [
    "Brazil crushed Argentina 3-0 in Thursday's World Cup qualifier.",
    "The yen was hammered by a surge in Treasury yields.",
    "A powerful earthquake struck eastern Turkey, killing at least 40 people.",
    "Floods killed more than 200 people in Pakistan's Sindh province.",
    "Japan stunned Germany 2-1 at the World Cup in Qatar.",
    "A gunman killed three people at a shopping centre in Texas.",
    "India thrashed Pakistan by eight wickets in Colombo.",
])
def test_sport_markets_disasters_and_crime_give_no_conflict(coder, text):
    assert assaults(coder, text) == set()
