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
    "Monsoon floods have left 230 people dead across Sindh, Pakistani officials said.",
    "Japan stunned Germany 2-1 at the World Cup in Qatar.",
    "A gunman killed three people at a shopping centre in Texas.",
    "India thrashed Pakistan by eight wickets in Colombo.",
])
def test_sport_markets_disasters_and_crime_give_no_conflict(coder, text):
    assert assaults(coder, text) == set()


# --- things of a state: owned ships, waters and airspace entered, networks breached ------

@pytest.mark.parametrize(("text", "pair"), [
    ("Houthi fighters hijacked a Japanese-owned car carrier in the Red Sea.", ("YEM", "JPN")),
    ("Iranian commandos seized a Greek-owned tanker off the coast of Oman.", ("IRN", "GRC")),
    ("Two Russian frigates entered Norway's territorial waters near Svalbard.",
     ("RUS", "NOR")),
    ("Belarusian military helicopters entered Polish airspace on Tuesday.", ("BLR", "POL")),
    ("Iranian state hackers breached the computer network of an Albanian ministry.",
     ("IRN", "ALB")),
    ("North Korean hackers hacked into South Korean defence contractors.", ("PRK", "KOR")),
])
def test_a_states_things_and_space_stand_for_it(coder, text, pair):
    assert pair in assaults(coder, text)


def test_people_entering_a_country_or_building_is_no_intrusion(coder):
    assert assaults(coder, "Thousands of Sudanese refugees entered Chadian territory.") == set()
    assert assaults(coder, "The Greek prime minister entered the Cypriot parliament.") == set()


# --- fighting told with other verbs: strikes exchanged, soldiers beaten, "neutralised" ---

def test_strikes_exchanged_are_attacks_both_ways(coder):
    found = assaults(coder, "Iran and Pakistan exchanged missile strikes on each other's "
                            "territory.")
    assert {("IRN", "PAK"), ("PAK", "IRN")} <= found


def test_soldiers_beaten_and_militants_neutralised_are_assaults(coder):
    assert ("CHN", "IND") in assaults(coder, "Chinese troops beat Indian soldiers with "
                                             "clubs in a clash in Ladakh.")
    assert ("TUR", "IRQ") in assaults(coder, "Ankara said its forces had neutralised 12 "
                                             "militants in northern Iraq.")


def test_a_team_or_player_beaten_is_sport(coder):
    assert dyadic(coder, "Spain beat Italy 2-1 in Berlin.") == set()
    assert dyadic(coder, "The Polish champion beat her Czech rival in straight sets.") == set()


# --- the place of an attack hung on its agent ---------------------------------------------

def test_a_place_on_the_agent_places_an_unnamed_victim(coder):
    assert ("RUS", "UKR") in assaults(coder, "A convoy carrying aid was hit by a Russian "
                                             "missile near Kupiansk.")


# --- nature is no attacker; old wars are history ------------------------------------------

@pytest.mark.parametrize("text", [
    "The hurricane battered Cuba and then hit Florida.",
    "A powerful typhoon slammed into the Philippines and then struck Vietnam.",
    "The earthquake hit Turkey and Syria on Monday.",
])
def test_forces_of_nature_attack_no_one(coder, text):
    assert dyadic(coder, text) == set()


def test_an_act_in_a_named_past_war_is_historical(coder):
    events = [e for e in coded(coder, "During the Korean War, Chinese troops attacked "
                                      "American positions near the reservoir.")
              if e.quad_class == 4]
    assert events and all(e.date is None and e.date_precision == "historical"
                          for e in events)
    # an ongoing war named the same way keeps the report's date
    events = [e for e in coded(coder, "During the Russia-Ukraine war, Russian forces "
                                      "shelled Kharkiv on Tuesday.") if e.quad_class == 4]
    assert events and all(e.date is not None for e in events)


# --- parser misreadings of war sentences -------------------------------------------------

def test_an_attack_noun_read_as_a_participles_head_is_its_doer(coder):
    # the parser reads "airstrikes killed" as "airstrikes [that were] killed"
    assert ("ISR", "PSE") in assaults(coder, "Israeli airstrikes killed at least 20 "
                                             "Palestinians in Rafah overnight, local health "
                                             "officials said.")


def test_a_participle_after_an_accusation_is_the_accuseds_act(coder):
    found = assaults(coder, "Armenia accused Azerbaijan of opening fire on a village in the "
                            "Syunik region, wounding a civilian.")
    assert ("AZE", "ARM") in found and ("ARM", "ARM") not in found


def test_victims_of_a_strike_on_an_unnamed_site_are_its_target(coder):
    assert ("UKR", "RUS") in assaults(coder, "Some 200 Russian soldiers were killed in a "
                                             "Ukrainian missile strike on a training ground.")


# --- shows of force and advances -----------------------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("China staged military drills around Taiwan.", ("CHN", "TWN")),
    ("Russia held naval exercises near Japan's Hokkaido island.", ("RUS", "JPN")),
])
def test_drills_around_or_near_a_country_are_a_show_of_force(coder, text, pair):
    events = [e for e in coded(coder, text)
              if (e.source.country, e.target.country) == pair]
    assert events and all(e.cameo_root == "15" for e in events)


def test_joint_drills_stay_cooperation(coder):
    found = {(e.source.country, e.cameo_root, e.target.country)
             for e in coded(coder, "India and France held joint naval drills off Goa.")}
    assert not any(root == "15" for _, root, _ in found)


@pytest.mark.parametrize(("text", "pair"), [
    ("Ukrainian troops pushed into Russia's Kursk region, seizing dozens of villages.",
     ("UKR", "RUS")),
    ("Russian armoured columns advanced on Kyiv from Belarus.", ("RUS", "UKR")),
])
def test_troops_pushing_into_or_advancing_on_a_country_attack_it(coder, text, pair):
    assert pair in assaults(coder, text)


def test_advancing_teams_and_talks_are_no_attack(coder):
    assert dyadic(coder, "The Dutch team advanced into the semi-finals.") == set()
    assert dyadic(coder, "The talks pushed into a second day in Geneva.") == set()


# --- crime at home is no political event ---------------------------------------------------

def test_criminals_acting_in_their_own_country_give_nothing(coder):
    assert dyadic(coder, "Hackers breached a hospital's computer system in Ohio.") == set()
    # criminals of one state against another's forces still count
    assert ("COL", "VEN") in assaults(coder, "Colombian drug smugglers attacked a "
                                             "Venezuelan border patrol.")


def test_a_place_named_for_its_people_stands_for_them(coder):
    assert ("RUS", "UKR") in assaults(coder, "Russian drones struck a camp for Ukrainian "
                                             "evacuees outside the city.")


def test_plotting_an_attack_is_no_attack(coder):
    found = {(e.source.country, e.cameo_root, e.target.country)
             for e in coded(coder, "Police in Kyiv arrested a Russian agent who was plotting "
                                   "to kill the Ukrainian defence minister.")}
    assert not any(root in ("18", "19", "20") for _, root, _ in found)


def test_a_storm_is_one_sided_at_most(one_sided_coder):
    events = coded(one_sided_coder, "A tropical storm hit the coast of Honduras and then "
                                    "struck Nicaragua.")
    assert all(e.one_sided for e in events)


def test_the_target_of_an_attack_noun_hung_on_its_agent(coder):
    assert ("RUS", "UKR") in assaults(coder, "A cyberattack by Russian hackers on Ukraine's "
                                             "power grid left thousands without electricity.")


def test_a_captured_drone_is_seized_from_its_owner(coder):
    events = [e for e in coded(coder, "The Iranian navy captured a US Navy drone in the "
                                      "Red Sea.") if e.source.country == "IRN"]
    assert events and events[0].target.country == "USA" and events[0].cameo_root == "17"


def test_firing_across_a_border_is_an_attack_and_firing_a_minister_is_not(coder):
    assert ("PAK", "IND") in assaults(coder, "Two Indian soldiers were killed in cross-border "
                                             "firing by Pakistani troops.")
    assert assaults(coder, "Putin's firing of his defence minister surprised Kyiv.") == set()
