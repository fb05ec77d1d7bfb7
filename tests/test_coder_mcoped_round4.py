"""Classes found studying the Multi-CoPED train slice (round 4 of issue 13), each pinned by
sentences we wrote: the state a mission serves, people held as shields, headline verbs after
coordinated names, money released."""

from __future__ import annotations

import pytest

from coder_helpers import coded, dyadic, triples


def pairs(coder, text: str) -> set[tuple[str, str, str]]:
    """(source text, CAMEO root, target text) of every event."""
    return {(e.source.text or "", e.cameo_code[:2], e.target.text or "")
            for e in coded(coder, text)}


# --- a force, mission or operation serves the state it is placed in ----------------------

@pytest.mark.parametrize("text, expected", [
    ("Japan is sending engineers to the UN peacekeeping force in South Sudan.",
     ("JPN", "SSD")),
    ("Ireland will deploy 150 soldiers to the UN mission in Lebanon next month.",
     ("IRL", "LBN")),
    ("Indonesia stands ready to send additional troops to the UN peacekeeping force in "
     "Lebanon.", ("IDN", "LBN")),
    ("Ghana sent a battalion to the African Union force in Somalia.", ("GHA", "SOM")),
    ("The Dutch government will send two F-35 jets to the NATO mission in Lithuania.",
     ("NLD", "LTU")),
    ("Nigeria sent aid to the UN operation in Mali.", ("NGA", "MLI")),
])
def test_a_mission_serves_the_state_it_is_placed_in(coder, text, expected):
    assert expected in {(s, t) for s, _, t in dyadic(coder, text)}


def test_a_mission_in_two_places_serves_both(coder):
    found = {(s, t) for s, _, t in dyadic(
        coder, "In addition, Polish troops participate in peacekeeping operations in "
               "Lebanon and Kosovo.")}
    assert {("POL", "LBN"), ("POL", "XKX")} <= found


@pytest.mark.parametrize("text, expected", [
    # a mission named only by its owner stays the owner's
    ("Ghana sent 800 troops to the African Union mission on Monday.", ("GHA", "07", "AU")),
    ("Kenya pledged troops to the African Union force.", ("KEN", "03", "AU")),
    # a verdict on a mission is about its owner, not the place it works in
    ("Serbia criticised the EU mission in Kosovo.", ("SRB", "11", "EU")),
])
def test_a_mission_without_a_place_or_under_a_verdict_stays_its_owners(coder, text, expected):
    assert expected in {(s, c[:2], t) for s, c, t in triples(coder, text)}


# --- people held or used as human shields -----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Rebel forces hold some two hundred households as human shields inside the city.",
     ("Rebel forces", "18", "some two hundred households")),
    ("Boko Haram fighters hold dozens of villagers as human shields in the town of Bama.",
     ("Boko Haram fighters", "18", "dozens of villagers")),
    ("The militants held dozens of villagers as human shields during the army's advance.",
     ("The militants", "18", "dozens of villagers")),
])
def test_people_held_as_human_shields(coder, text, expected):
    assert expected in pairs(coder, text)


def test_people_used_as_human_shields(coder):
    assert ("IRQ", "184") in {(t, c) for _, c, t in triples(
        coder, "Islamic State militants used Iraqi civilians as human shields during the battle "
               "for Mosul.")}


@pytest.mark.parametrize("text", [
    "The army used drones as spotters during the exercise.",
    "Villagers used old tyres as shields against the floodwater.",
    "Western countries such as France held talks on the budget.",
])
def test_other_uses_and_such_as_give_no_shield_event(coder, text):
    assert not any(e.cameo_code.startswith("18") for e in coded(coder, text))


# --- a headline verb after coordinated names --------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Japan and UNICEF hand over 40 ambulances to the Ministry of Health of Kenya.",
     {("JPN", "KEN"), ("UNICEF", "KEN")}),
    ("Germany and the World Bank hand over school buses to Niger.",
     {("DEU", "NER")}),
])
def test_headline_verb_after_coordinated_names(coder, text, expected):
    found = {(e.source.country or e.source.code, e.target.country or e.target.code)
             for e in coded(coder, text) if e.target is not None}
    assert expected <= found


def test_a_plural_name_list_without_a_verb_gives_nothing(coder):
    assert coded(coder, "Spain and Portugal fans cheer their teams in Lisbon.") == []
    assert coded(coder, "Kenya and Uganda farmers hand over maize to traders at the border.") == []


# --- money released is money given -------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The EU has released 10 million euros to assist people affected by drought in Kenya.",
     ("EU", "07", "KEN")),
    ("Washington released $300 million in frozen funds to the Palestinian Authority.",
     ("USA", "07", "PSE")),
])
def test_money_released_to_a_party_is_aid(coder, text, expected):
    assert expected in {(s, c[:2], t) for s, c, t in triples(coder, text)}


def test_prisoners_released_stay_a_release(coder):
    assert ("PRK", "0841", "KOR") in triples(
        coder, "North Korea released six South Korean fishermen on Friday.")


# --- a verdict on a state's motives, record or willingness is aimed at that state ---------

@pytest.mark.parametrize("text, expected", [
    ("The Indian foreign minister expressed pessimism about Pakistan's willingness to act "
     "against militant groups.", ("IND", "012", "PAK")),
    ("Germany said it was skeptical of Russia's motives in proposing the talks.",
     ("DEU", "012", "RUS")),
    ("The State Department said it was skeptical about Iranian motives in backing the militia.",
     ("USA", "012", "IRN")),
    ("Manila defended Beijing's quarantine protocols for arriving workers.",
     ("PHL", "052", "CHN")),
    ("The Dutch foreign minister voiced doubts about Serbia's credibility as a partner.",
     ("NLD", "012", "SRB")),
])
def test_a_verdict_on_a_states_motives_or_record_targets_the_state(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The opposition leader expressed pessimism about the future.",
    "Analysts questioned the credibility of the figures.",
    "Economists were skeptical of the motives behind the price cut.",
])
def test_a_verdict_on_an_unowned_thing_gives_no_dyad(coder, text):
    assert dyadic(coder, text) == set()


# --- a body recognised by another is not that other ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The UN-recognised government in Tripoli signed a security deal with Turkey.",
     ("LBY", "TUR")),
    ("Yemen's internationally recognized government accused Iran of arming the Houthis.",
     ("YEM", "IRN")),
])
def test_a_recognised_government_is_its_own_states(coder, text, expected):
    found = {(s, t) for s, _, t in dyadic(coder, text)}
    assert expected in found and not any(s == "UN" for s, _ in found)


# --- an agreed truce or mission placed in a state is about that state ----------------------

@pytest.mark.parametrize("text, expected", [
    ("Russia agreed to a ceasefire in eastern Ukraine after talks in Geneva.", ("RUS", "UKR")),
    ("Israel has agreed to a truce in Gaza, Egyptian mediators said.", ("ISR", "PSE")),
    ("NATO allies agreed to extend their peacekeeping mission in Kosovo for six months.",
     ("NATO", "XKX")),
    ("The NATO alliance agreed to an expansion of its training mission in Iraq.",
     ("NATO", "IRQ")),
])
def test_an_agreed_truce_or_mission_is_about_the_state_it_is_in(coder, text, expected):
    assert expected in {(s, t) for s, c, t in dyadic(coder, text) if c.startswith("03")}


@pytest.mark.parametrize("text", [
    "Iran agreed to hold talks in Oman next week.",
    "Ethiopia agreed to a truce in Tigray.",
    "Turkey agreed to a ceasefire.",
])
def test_a_venue_or_the_own_country_is_no_party_to_an_agreement(coder, text):
    assert not any(c.startswith("03") for _, c, _ in dyadic(coder, text))


# --- help meant to work in a place, told by conjoined purposes ---------------------------

@pytest.mark.parametrize("text, expected", [
    ("The EU gave 20 million euros to stem and end the Ebola epidemic in Guinea.",
     ("EU", "GIN")),
    ("Norway provided five million dollars to contain and treat the cholera outbreak in "
     "Malawi.", ("NOR", "MWI")),
])
def test_conjoined_purposes_place_the_help(coder, text, expected):
    assert expected in {(s, t) for s, c, t in dyadic(coder, text) if c.startswith("07")}


def test_conjoined_purposes_without_a_place_give_no_dyad(coder):
    assert dyadic(coder, "The EU gave 20 million euros to stem and end the epidemic.") == set()


# --- a call for a force act to be ended or cut back is a call to de-escalate --------------

@pytest.mark.parametrize("text, expected", [
    ("Iran called for US military operations in Syria to be scaled back.",
     ("IRN", "0256", "USA")),
    ("Egypt called for the Israeli offensive in Gaza to end.", ("EGY", "0256", "ISR")),
    ("The Iraqi premier called for Turkish military operations there to be reduced.",
     ("IRQ", "0256", "TUR")),
])
def test_a_call_for_force_to_end_is_an_appeal_to_de_escalate(coder, text, expected):
    assert expected in triples(coder, text)


def test_a_call_for_force_to_grow_stays_a_call_for_force(coder):
    found = triples(coder, "Iran called for US military operations in Syria to be expanded.")
    assert not any(c == "0256" for _, c, _ in found)


# --- an object told after its receiver ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Germany returned to Nigeria dozens of bronzes looted by British soldiers in 1897.",
     ("DEU", "08", "NGA")),
    ("Turkey sent to Libya dozens of armoured vehicles.", ("TUR", "07", "LBY")),
])
def test_an_object_told_after_its_receiver(coder, text, expected):
    assert expected in {(s, c[:2], t) for s, c, t in dyadic(coder, text)}


def test_a_measure_of_time_after_the_receiver_is_no_object(coder):
    assert not any(c.startswith("08") for _, c, _ in dyadic(
        coder, "Germany returned to Nigeria years after the looting, officials said."))
