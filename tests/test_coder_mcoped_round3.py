"""Classes found studying the Multi-CoPED train slice (round 3 of issue 13), each pinned by
sentences we wrote: who counts as an actor, whose phrase a target keeps."""

from __future__ import annotations

import pytest

from coder_helpers import coded, triples
from entente.record import Document


def pairs(coder, text: str) -> set[tuple[str, str, str]]:
    """(source text, CAMEO root, target text) of every event."""
    return {(e.source.text or "", e.cameo_code[:2], e.target.text or "")
            for e in coded(coder, text)}


# --- people named by their standing, trade or family tie are actors ---------------------

@pytest.mark.parametrize("text, expected", [
    ("Taliban gunmen killed a prominent Pakistani tribal elder in the Kurram district on Sunday.",
     ("Taliban gunmen", "19", "a prominent Pakistani tribal elder")),
    ("Ugandan police arrested a Kenyan shopkeeper at the border crossing on Friday.",
     ("Ugandan police", "17", "a Kenyan shopkeeper")),
    ("Rwandan soldiers detained a Congolese local councillor after the protest in Goma.",
     ("Rwandan soldiers", "17", "a Congolese local councillor")),
    ("The Red Cross handed food parcels to 400 Malawian households in the flooded district.",
     ("The Red Cross", "07", "400 Malawian households in the flooded district")),
])
def test_people_named_by_standing_or_trade_are_targets(coder, text, expected):
    assert expected in pairs(coder, text)


@pytest.mark.parametrize("text, conjunct", [
    # a set noun whose "of" phrase names people is no set of states beside the first conjunct
    ("Boko Haram fighters shot dead a Nigerian village chief and three members of his "
     "family near Maiduguri.", "three members of his family"),
    ("Houthi rebels freed a British aid worker and two Yemeni members of her team.",
     "two Yemeni members of her team"),
])
def test_members_of_a_family_or_crew_are_a_conjunct_of_their_own(coder, text, conjunct):
    assert conjunct in {e.target.text for e in coded(coder, text)}


@pytest.mark.parametrize("text", [
    "A tribal elder from Kurram said the harvest had been poor this year.",
    "Shopkeepers in Nairobi said prices had risen for the third month.",
    "The village chief welcomed the early rains.",
])
def test_people_without_a_second_party_give_nothing(coder, text):
    assert coded(coder, text) == []


def test_other_member_states_beside_a_named_state_stay_no_actor(coder):
    # the set noun of states keeps its old reading: the named state carries the event
    found = pairs(coder, "Japan and other member states condemned the missile launch by "
                         "North Korea.")
    assert ("Japan", "11", "North Korea") in found
    assert not any(s.startswith("other member") for s, _, _ in found)


# --- the parties a hope or concern is about: every conjunct of the clause's subject ------

@pytest.mark.parametrize("text, expected", [
    ("Seoul said it hopes Japan and the United States will persuade North Korea to return "
     "to talks.", {("KOR", "013", "JPN"), ("KOR", "013", "USA")}),
    ("The Kenyan president expressed hope that Ethiopia and Eritrea would settle their "
     "border dispute peacefully.", {("KEN", "013", "ETH"), ("KEN", "013", "ERI")}),
    ("The Vatican voiced hope that Armenia, Azerbaijan and Georgia would keep the corridor "
     "open.", {("VAT", "013", "ARM"), ("VAT", "013", "AZE"), ("VAT", "013", "GEO")}),
])
def test_a_hope_about_coordinated_parties_targets_each(coder, text, expected):
    assert expected <= triples(coder, text)


@pytest.mark.parametrize("text", [
    "Tokyo hopes the talks and the summit will go ahead as planned.",
    "The minister expressed hope that prices and wages would stabilise.",
])
def test_a_hope_about_things_gives_nothing(coder, text):
    assert triples(coder, text) == set()


# --- a second name after a bracketed short form is the first name's conjunct ------------

@pytest.mark.parametrize("text, expected", [
    ("The Security Council imposed sanctions on the Democratic People's Republic of Korea "
     "(DPRK) and the Republic of South Sudan (RSS).", {("UNSC", "163", "PRK"),
                                                        ("UNSC", "163", "SSD")}),
    ("The European Union lifted sanctions on the Islamic Republic of Iran (IRI) and the "
     "Syrian Arab Republic (SAR).", {("EU", "085", "IRN"), ("EU", "085", "SYR")}),
    ("The US imposed tariffs on the People's Republic of China (PRC) and the Republic of "
     "Korea (ROK) on Friday.", {("USA", "163", "CHN"), ("USA", "163", "KOR")}),
])
def test_names_with_short_forms_in_brackets_are_each_a_target(coder, text, expected):
    assert expected <= triples(coder, text)


def test_a_name_of_several_words_keeps_its_bracketed_short_form(coder):
    found = {e.target.text for e in coded(coder, "The junta outlawed the National League "
                                                 "for Democracy (NLD) and the recently "
                                                 "formed Shan Nationalities League (SNL).")}
    assert {"the National League for Democracy (NLD)",
            "the recently formed Shan Nationalities League (SNL)"} <= found


@pytest.mark.parametrize("text", [
    "The Kingdom of Saudi Arabia (KSA) and the United Arab Emirates (UAE) hosted rival "
    "investment forums in December.",
    "Officials of the Islamic Republic of Iran (IRI) and the Syrian Arab Republic (SAR) "
    "attended the fair.",
])
def test_bracketed_names_without_an_act_give_nothing(coder, text):
    assert triples(coder, text) == set()


# --- partners who share information: what the information is "on" is its topic ---------

@pytest.mark.parametrize("text, expected", [
    ("Kenya and Uganda agreed to share intelligence on Al-Shabaab.",
     {("KEN", "0314", "UGA"), ("UGA", "0314", "KEN")}),
    ("Japan and Australia will exchange information on Chinese naval movements.",
     {("JPN", "0314", "AUS"), ("AUS", "0314", "JPN")}),
    ("France and Germany agreed to share data on Russian cyber attacks.",
     {("FRA", "0314", "DEU"), ("DEU", "0314", "FRA")}),
])
def test_partners_sharing_information_on_a_topic_pair_up(coder, text, expected):
    found = triples(coder, text)
    assert expected <= found
    assert not {t for _, _, t in found} & {"SOM", "CHN", "RUS"}


def test_information_shared_with_a_partner_targets_the_partner(coder):
    assert ("KEN", "064", "SOM") in triples(
        coder, "Kenya shared intelligence on Al-Shabaab with Somalia.")


# --- a report after a comma: its speaker is no apposition of the clause's last name -----

@pytest.mark.parametrize("text, expected, speaker", [
    ("Rwanda has started withdrawing its forces from Mozambique, Foreign Minister Olivier "
     "Nduhungirehe said on Thursday.", ("RWA", "0872", "MOZ"),
     "Foreign Minister Olivier Nduhungirehe"),
    ("Kenya has recalled its ambassador to Somalia, government spokesman Cyrus Oguna said on "
     "Tuesday.", ("KEN", "161", "SOM"), "government spokesman Cyrus Oguna"),
])
def test_a_trailing_speaker_is_no_part_of_the_target(coder, text, expected, speaker):
    events = coded(coder, text)
    assert expected in {(e.source.country, e.cameo_code, e.target.country) for e in events}
    assert all(speaker not in (e.target.text or "") for e in events)
    assert any(e.attributed_to == speaker for e in events)


# --- "Gunmen linked to X killed ...": the participle says who, the later verb is the act --

@pytest.mark.parametrize("text, expected", [
    ("Gunmen linked to the Islamic State killed ten Nigerian soldiers near Maiduguri.",
     ("Gunmen linked to the Islamic State", "19", "ten Nigerian soldiers")),
    ("Fighters linked to al-Qaeda kidnapped two German aid workers in Niger.",
     ("Fighters linked to al-Qaeda", "18", "two German aid workers")),
])
def test_a_reduced_relative_read_as_the_main_verb_is_the_doers_description(coder, text,
                                                                            expected):
    assert expected in pairs(coder, text)


@pytest.mark.parametrize("text", [
    "Prices linked to the dollar rose sharply in Lebanon.",
    "Investigators linked the bombing to a cell in Pakistan.",
])
def test_linked_things_and_a_real_linking_verb_give_nothing(coder, text):
    assert coded(coder, text) == []


# --- the clause of a thing said tells what was said: no part of the target phrase ------

@pytest.mark.parametrize("text, expected", [
    ("Venezuela rejected Colombian assertions it shelters guerrilla commanders.",
     ("Venezuela", "12", "Colombian assertions")),
    ("Ethiopia rejected Egyptian warnings the dam would cut the flow of the Nile.",
     ("Ethiopia", "12", "Egyptian warnings")),
])
def test_a_content_clause_ends_the_target_phrase(coder, text, expected):
    assert expected in pairs(coder, text)


# --- a denied claim's clause names no party of the denial ------------------------------

@pytest.mark.parametrize("text, place", [
    ("The Queensland premier rejected accusations that she covered up a scandal in Brisbane.",
     "Brisbane"),
    ("The Western Australian government rejected claims it had hidden a virus case among "
     "travellers who landed in Perth.", "Perth"),
])
def test_a_place_inside_a_denied_claim_is_no_target(one_sided_coder, text, place):
    events = one_sided_coder.code_document(Document(text=text, doc_id="t"))
    assert events and all(place not in (e.target.text or "") for e in events)


def test_the_party_a_denied_role_names_stays_the_target(coder):
    assert ("IRN", "016", "ARE") in triples(
        coder, "Tehran denied any role in the sabotage of tankers off the coast of the UAE.")
