"""Classes the coder knew in one wording and missed in another (round 2): where a tour
starts or which stop comes first, states named by "including" / "such as", envoys called
home from a post, protests lodged with a party over a thing, the Commonwealth, tariffs hit
back with, and goods a participle says a sanction hits."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic

# --- a tour: where it starts, ends, or which stop comes first ------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana's president will start a three-nation European tour in Spain on Monday.",
     ("GHA", "ESP")),
    ("The Chilean foreign minister began a tour of South America in Paraguay.",
     ("CHL", "PRY")),
    ("The Japanese premier ends his Southeast Asian tour in Indonesia on Friday.",
     ("JPN", "IDN")),
    ("The Chinese premier wrapped up a tour of Europe in Hungary.", ("CHN", "HUN")),
    ("Canada's prime minister begins a tour of the Gulf, with Qatar as his first stop.",
     ("CAN", "QAT")),
])
def test_a_tour_visits_where_it_starts_or_ends(coder, text, expected):
    assert any((s, t) == expected and c[:2] in ("03", "04")
               for s, c, t in dyadic(coder, text))


@pytest.mark.parametrize("text", [
    "The Nigerian president started a tour of the country in Lagos.",
    "The French president began a tour of Africa, with a concert as his first stop.",
])
def test_a_tour_starting_at_home_or_at_a_thing_visits_no_state(coder, text):
    assert not [e for e in dyadic(coder, text) if e[1].startswith("04")]


# --- a set of states named by its members ---------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Several EU states, including Belgium and Austria, have expelled Iranian diplomats.",
     {("BEL", "166", "IRN"), ("AUT", "166", "IRN")}),
    ("Gulf states including Qatar and Oman sent aid to Syria.",
     {("QAT", "073", "SYR"), ("OMN", "073", "SYR")}),
    ("Several NATO members, such as Poland and Lithuania, condemned Belarus.",
     {("POL", "111", "BLR"), ("LTU", "111", "BLR")}),
])
def test_states_named_by_including_act_each(coder, text, expected):
    found = dyadic(coder, text)
    assert expected <= found
    assert not [e for e in found if e[0] in ("EU", "NATO")]


def test_a_set_including_no_named_state_stays_the_bloc(coder):
    found = dyadic(coder, "Several EU states, including some in the east, criticised Hungary.")
    assert {e[0] for e in found} <= {"EU"}


# --- envoys called home from their post ------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Sweden called home its ambassador in Riyadh for consultations.", ("SWE", "161", "SAU")),
    ("Kenya called back its envoy in Kampala on Monday.", ("KEN", "161", "UGA")),
])
def test_an_envoy_called_home_from_his_post(coder, text, expected):
    assert expected in dyadic(coder, text)


def test_calling_in_an_envoy_is_still_a_summons(coder):
    assert ("JPN", "114", "CHN") in dyadic(coder, "Japan called in the Chinese ambassador.")


# --- a protest lodged with a party over a thing ----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Australian officials lodged a protest with the Chinese foreign ministry over the "
     "detention of a journalist.", ("AUS", "114", "CHN")),
    ("Poland filed a complaint with Minsk about the border fence.", ("POL", "114", "BLR")),
    ("Lithuania lodged a formal protest with the Russian embassy over the airspace "
     "violation.", ("LTU", "114", "RUS")),
])
def test_a_protest_lodged_with_a_party_over_a_thing(coder, text, expected):
    assert expected in dyadic(coder, text)


def test_a_complaint_about_a_thing_to_nobody_is_no_event(coder):
    assert dyadic(coder, "Japan complained about the survey ship.") == set()


# --- the Commonwealth --------------------------------------------------------------------

def test_the_commonwealth_is_an_organisation(coder):
    assert ("CWEALTH", "160", "FJI") in dyadic(
        coder, "The Commonwealth suspended Fiji from its councils in 2009.")


def test_the_commonwealth_of_australia_is_australia(coder):
    found = dyadic(coder, "The Commonwealth of Australia signed a treaty with Japan.")
    assert not [e for e in found if "CWEALTH" in (e[0], e[2])]


# --- trade penalties hit back with ----------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("India hit back at Washington with tariffs on almonds.", ("IND", "163", "USA")),
    ("Canada hit back at American steel tariffs with duties of its own.",
     ("CAN", "163", "USA")),
    ("China hit back at the EU with anti-dumping duties on brandy.", ("CHN", "163", "EU")),
])
def test_hit_back_at_a_party_with_tariffs(coder, text, expected):
    assert expected in dyadic(coder, text)


def test_hitting_back_at_critics_with_a_speech_is_no_sanction(coder):
    found = dyadic(coder, "The senator hit back at critics with a long speech.")
    assert not [e for e in found if e[1].startswith("16")]


# --- goods a participle says a sanction hits ------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Russia imposed countermeasures on Thursday, targeting EU-made cars.",
     ("RUS", "163", "EU")),
    ("Russia imposed countermeasures, targeting German-made cars.", ("RUS", "163", "DEU")),
    ("India slapped retaliatory duties, hitting US-grown almonds and apples.",
     ("IND", "163", "USA")),
])
def test_a_sanction_hits_the_goods_a_participle_names(coder, text, expected):
    found = dyadic(coder, text)
    assert expected in found
    assert not [e for e in found if e[1].startswith("19")]  # no attack on the goods


def test_air_strikes_hitting_positions_stay_an_attack(coder):
    found = dyadic(coder, "Israel launched airstrikes, hitting Iranian positions.")
    assert [e for e in found if e[1].startswith("19") and e[2] == "IRN"]


# --- classes found by re-wording constructions of the PLOVER train part ---------------------

@pytest.mark.parametrize(("text", "expected"), [
    # an accord settled on by two states
    ("Brazil and Paraguay have settled on a new energy agreement between the two nations.",
     ("BRA", "030", "PRY")),
    # a vote for a text endorses its author
    ("India will vote for a UN Security Council resolution calling for a ceasefire, its "
     "envoy said.", ("IND", "032", "UNSC")),
    # people displaced by a war placed by name
    ("UNICEF will provide vaccines to children displaced by the war in Yemen.",
     ("UNICEF", "0333", "YEM")),
    ("Turkey sent tents to families uprooted by the fighting in Sudan.",
     ("TUR", "073", "SDN")),
    # people in custody or on the move mistreated
    ("Police in Tunisia have abused dozens of Sudanese and Eritrean migrants, Amnesty "
     "International said.", ("TUN", "182", "SDN")),
    ("Russian guards mistreated Ukrainian prisoners at the camp, investigators said.",
     ("RUS", "182", "UKR")),
    # a protest to a forum is about the party its "over" phrase names
    ("Somalia protested to the African Union over Ethiopian troop incursions.",
     ("SOM", "114", "ETH")),
    # support frozen is aid reduced
    ("The EU froze a portion of its budget support to Tunisia.", ("EU", "162", "TUN")),
    # praise through what the text makes the party's own
    ("Japan's foreign minister commended Vietnam's progress on reforms.",
     ("JPN", "051", "VNM")),
    ("The British envoy lauded Ghana's work on debt restructuring.", ("GBR", "051", "GHA")),
])
def test_plover_variant_classes(coder, text, expected):
    assert expected in dyadic(coder, text)


@pytest.mark.parametrize("text", [
    "Germans voted for a new parliament on Sunday.",
    "The senator abused his power, the court found.",
    "The minister praised Japan's economy.",
    "Children displaced by the floods returned home.",
])
def test_plover_variant_classes_give_nothing(coder, text):
    assert dyadic(coder, text) == set()


# --- a verdict whose doer a participle names by "by" ----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("According to the Iranian president, the unrest is a plot orchestrated by Washington.",
     ("IRN", "111", "USA")),
    ("Venezuela's leader said the blackout was sabotage orchestrated by the United States.",
     ("VEN", "111", "USA")),
    ("Russia said the report was a provocation staged by Kyiv.", ("RUS", "111", "UKR")),
])
def test_a_verdict_names_its_doer_through_a_participle(coder, text, expected):
    assert expected in dyadic(coder, text)


def test_a_text_drafted_by_a_state_is_no_verdict(coder):
    assert dyadic(coder, "The minister said the plan was a proposal drafted by Norway.") \
        == set()


def test_a_set_headed_by_no_actor_noun_keeps_its_bloc(coder):
    found = dyadic(coder, "The bloc's three richest economies, including France and Italy, "
                   "rebuked Hungary over the veto.")
    assert not {e for e in found if e[0] in ("FRA", "ITA")}


# --- a complaint about an act only its victim places is said to the one addressed ----------

@pytest.mark.parametrize(("text", "expected"), [
    ("Irish envoys protested to Israeli authorities over the shelling of UN posts.",
     ("IRL", "114", "ISR")),
    ("Nepal complained to India about the beating of Nepali workers.", ("NPL", "114", "IND")),
    ("Syria complained to the Security Council about Israeli strikes near Damascus.",
     ("SYR", "114", "ISR")),
])
def test_a_complaint_goes_to_the_author_or_else_the_addressee(coder, text, expected):
    found = dyadic(coder, text)
    assert expected in found
    assert len({e[2] for e in found}) == 1
