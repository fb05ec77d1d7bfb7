"""Classes an analyst found wrong reading a seventh round of our own articles in the styles of
Latin American, Gulf, Central Asian and Horn of Africa outlets, a think-tank brief, a live
blog, a wire factbox, Xinhua and IRNA items, a business desk on export controls, a courtroom
story at The Hague and a maritime incident: the maker named by "by" on the thing reacted to;
a verdict told in a relative clause on a deed ("a move X called destabilising"); the
speaker's own side in a warning's clause; people who speak or plead "for" a party; "the
Islamic Republic"; export curbs on goods "to" a state; hired or seconded people as actors."""

from __future__ import annotations

import pytest

from coder_helpers import coded, roots, triples

# --- the maker named by "by" on the thing reacted to ---------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Caracas rejected a proposal by Brazil on the disputed Essequibo region.",
     ("VEN", "12", "BRA")),
    ("The UAE condemned the storming of the Al-Aqsa mosque compound by Israeli settlers.",
     ("ARE", "11", "ISR")),
    ("Bahrain denounced the burning of a copy of the Koran by Danish activists.",
     ("BHR", "11", "DNK")),
])
def test_the_maker_named_by_by_is_the_one_reacted_to(coder, text, expected):
    assert expected in roots(coder, text)


def test_a_court_that_ruled_is_the_one_rejected_not_the_land_ruled_on(coder):
    events = coded(coder, "Venezuela on Tuesday rejected a ruling by the International Court "
                          "of Justice on the disputed Essequibo region.")
    assert [(e.source.country, e.target.text) for e in events if e.cameo_root == "12"] == [
        ("VEN", "the International Court of Justice")]


# --- a verdict told in a relative clause on a deed ------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt pledged to deploy troops to Somalia, a move Ethiopia called destabilising.",
     ("ETH", "11", "EGY")),
    ("Israel approved new settlements in the West Bank, a decision Jordan described as "
     "illegal.", ("JOR", "11", "ISR")),
    ("Moscow ordered the closure of the Polish consulate, a decision that Warsaw called "
     "unjustified.", ("POL", "11", "RUS")),
    ("Russia expelled two Estonian diplomats, a decision Tallinn called provocative.",
     ("EST", "11", "RUS")),
])
def test_a_verdict_in_a_relative_clause_judges_the_deeds_doer(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "Egypt pledged to deploy troops to Somalia, a move Ethiopia called historic.",
    "The port, which Djibouti called vital, handles most of the region's trade.",
    "Kenya opened a new consulate in Mogadishu, a step Somalia called a new chapter.",
])
def test_a_relative_clause_with_no_hostile_verdict_gives_no_criticism(coder, text):
    assert not {c for _, c, _ in triples(coder, text) if c[:2] == "11"}


# --- the speaker's own side in the clause of a warning -----------------------------------

@pytest.mark.parametrize("text", [
    "Guyanese President Irfaan Ali warned that his government would seek help from its "
    "partners if troops crossed the border.",
    "Pyongyang warned that its army would respond to any provocation.",
    "The Iranian foreign minister warned that his country will give a crushing response to "
    "any aggression.",
])
def test_the_speakers_own_side_is_no_target_of_a_warning(coder, text):
    assert not {(s, t) for s, c, t in triples(coder, text) if c[:2] == "13" and s == t}


def test_a_warning_about_another_side_keeps_it(coder):
    assert ("KOR", "13", "PRK") in roots(
        coder, "Seoul warned that North Korea would pay a heavy price for any provocation.")


# --- people who speak or plead for a party ------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Lawyers for Pretoria accused Israel of genocide before the court.", "ZAFJUD"),
    ("A spokesman for the Kremlin rejected the accusations by Kyiv.", "RUSGOV"),
    ("A spokeswoman for the Chinese foreign ministry urged Manila to stop its provocations.",
     "CHNGOV"),
])
def test_people_speaking_for_a_party_are_that_party(coder, text, expected):
    assert expected in {e.source.code for e in coded(coder, text)}


def test_troops_for_a_mission_are_not_the_missions_state(coder):
    assert not {s for s, _, _ in triples(coder, "Troops for the mission in Estonia arrived "
                                                 "from Britain.") if s == "EST"}


# --- "the Islamic Republic" ----------------------------------------------------------------

def test_the_islamic_republic_is_iran_by_default(coder):
    assert ("USA", "16", "IRN") in roots(
        coder, "Washington imposed new sanctions on the Islamic Republic on Thursday.")


def test_the_islamic_republic_follows_a_pakistan_cue(coder):
    found = triples(coder, "Pakistan said the Islamic Republic would not tolerate attacks by "
                           "Afghan militants.")
    assert not any("IRN" in (s, t) for s, _, t in found)


# --- export curbs on goods to a state ---------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Beijing announced export restrictions on gallium and germanium to the United States.",
     ("CHN", "16", "USA")),
    ("Washington tightened curbs on advanced chips to China.", ("USA", "16", "CHN")),
    ("Ottawa imposed duties on steel from South Korea.", ("CAN", "16", "KOR")),
])
def test_export_curbs_on_goods_aim_at_where_the_goods_go(coder, text, expected):
    assert expected in roots(coder, text)


def test_the_state_the_goods_go_to_is_the_whole_target(coder):
    events = coded(coder, "Beijing announced export restrictions on gallium and germanium to "
                          "the United States.")
    assert {e.target.text for e in events} == {"the United States"}


def test_goods_shipped_to_a_state_by_another_are_no_curb_on_it(coder):
    text = "Canada imposed tariffs on steel shipped to the United States by Chinese firms."
    assert ("CAN", "16", "USA") not in roots(coder, text)


# --- hired or seconded people --------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Russian contractors arrived in Bamako on Tuesday.", ("RUS", "04", "MLI")),
    ("Turkish military advisers arrived in Mogadishu.", ("TUR", "04", "SOM")),
])
def test_hired_and_seconded_people_are_actors(coder, text, expected):
    assert expected in roots(coder, text)


def test_unplaced_contractors_alone_give_nothing(coder):
    assert not roots(coder, "The contractors left the base on Monday.")


# --- an order only asked for, and the one an order names --------------------------------------

@pytest.mark.parametrize(("text", "asked"), [
    ("South Africa urged the International Court of Justice to order Israel to halt its "
     "offensive in Rafah.", "IGOUNOJUD"),
    ("Kenya called on the Security Council to order a ceasefire in Sudan.", "IGOUNOSCR"),
])
def test_an_order_only_asked_for_is_not_given(coder, text, asked):
    events = coded(coder, text)
    assert asked in {e.target.code for e in events if e.cameo_root == "02"}
    assert not {e for e in events if e.source.code == asked}


@pytest.mark.parametrize(("text", "expected"), [
    ("The International Court of Justice ordered Israel to halt its offensive in Rafah.",
     ("10", "ISR")),
    ("The UN maritime tribunal ordered Russia to release the Ukrainian sailors.",
     ("10", "RUS")),
])
def test_the_state_an_order_names_is_its_target(coder, text, expected):
    assert expected in {(e.cameo_root, e.target.country) for e in coded(coder, text)}


def test_an_order_to_ones_own_forces_stays_the_orderers_act(coder):
    events = coded(coder, "Putin ordered Russian troops to withdraw from the border with "
                          "Ukraine.")
    assert not {e for e in events if e.cameo_root == "10"}


# --- a second receiver past a cause phrase ------------------------------------------------------

@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Russia's Foreign Ministry handed a note of protest to the German ambassador over the "
     "supply of Taurus missiles to Kiev.", ("RUS", "11", "DEU"), "UKR"),
    ("China sent a protest note to the US embassy over the delivery of fighter jets to "
     "Taiwan.", ("CHN", "11", "USA"), "TWN"),
])
def test_the_receiver_of_a_supply_in_the_cause_is_no_receiver_of_the_note(coder, text,
                                                                          expected, wrong):
    found = roots(coder, text)
    assert expected in found
    assert not {t for s, r, t in found if s == expected[0] and r == "11" and t == wrong}


def test_a_lone_receiver_stays_the_verbs(coder):
    assert ("IRN", "07", "RUS") in roots(coder, "Iran delivered drones to Russia on Monday.")


# --- the named owner of the help an appeal asks for ----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Bangladesh's interim leader sought India's help in extraditing the former prime "
     "minister.", ("BGD", "02", "IND")),
    ("Kenya sought Uganda's support for its candidate.", ("KEN", "02", "UGA")),
    ("Sudan requested Egypt's mediation in the dispute.", ("SDN", "02", "EGY")),
])
def test_the_owner_of_the_help_asked_for_is_the_one_asked(coder, text, expected):
    assert expected in roots(coder, text)


def test_help_asked_of_ones_own_allies_names_no_state(coder):
    assert not roots(coder, "Kiev sought its allies' help on Monday.")


# --- a span of time given to a party to act: an ultimatum, no gift -------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Israel gave Hamas until Saturday to release the hostages.", ("ISR", "10", "PSE")),
    ("Washington gave Moscow 50 days to agree to a ceasefire.", ("USA", "10", "RUS")),
])
def test_a_deadline_given_to_a_party_is_a_demand_of_it(coder, text, expected):
    found = roots(coder, text)
    assert expected in found
    assert not {r for _, r, _ in found if r == "07"}


@pytest.mark.parametrize("text", [
    "The regional bloc gave the junta in Niger one week to reinstate the president.",
    "Washington gave Kyiv two more weeks to respond to the proposal.",
])
def test_a_deadline_is_never_a_gift(coder, text):
    assert not {c for _, c, _ in triples(coder, text) if c[:2] == "07"}


def test_money_given_to_do_something_stays_a_gift(coder):
    assert ("JPN", "07", "UKR") in roots(
        coder, "Japan gave Ukraine 100 million dollars to rebuild its power grid.")
