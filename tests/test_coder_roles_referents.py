"""Who a phrase stands for: titles with an "of" office, pronouns and "the two leaders" of a
later sentence, pronouns with nothing to point to, and consultations with a partner."""

from __future__ import annotations

from datetime import date

from coder_helpers import coded
from entente.coder import Coder

MONDAY = date(2025, 6, 2)


def events(coder: Coder, text: str):
    return coded(coder, text, on=MONDAY, doc_id="referents")


def roots(coder: Coder, text: str) -> set[tuple[str | None, str, str | None]]:
    """(source country, CAMEO root, target country) of every event."""
    return {(e.source.country, e.cameo_code[:2], e.target.country) for e in events(coder, text)}


def test_a_title_with_an_of_office_is_an_official_of_its_country(coder):
    found = {(e.source.country, e.cameo_code[:2], e.target.country, e.source.text)
             for e in events(coder, "The US secretary of state arrived in Israel for a visit "
                         "on Monday.")}
    assert ("USA", "04", "ISR", "The US secretary of state") in found


def test_a_pronoun_of_a_later_sentence_shows_who_it_is(coder):
    found = events(coder, "Bolivian Foreign Minister Celinda Sosa met Chile's president in La "
                          "Paz. Sosa later urged him to reopen the border.")
    later = [e for e in found if e.sentence_index == 1]
    assert later and all(e.target.text == "Chile's president" for e in later)
    assert all(e.target.country == "CHL" for e in later)
    assert all(e.target.text != "him" for e in found)


def test_the_two_leaders_are_each_of_the_pair_named_before(coder):
    found = events(coder, "Chile and Peru held talks in Lima. The two leaders signed a "
                          "fisheries accord.")
    signed = {(e.source.text, e.target.text) for e in found if e.cameo_code.startswith("05")}
    assert signed == {("Chile", "Peru"), ("Peru", "Chile")}


def test_the_two_neighbours_are_the_pair_the_story_is_about(coder):
    # the sentence before names three countries; the story's pair was named together
    # twice, so "the two neighbours" are Morocco and Mauritania, not the last two named
    found = events(coder, "Morocco and Mauritania signed a fisheries accord on Monday.\n"
                          "Mauritania thanked Morocco for the new fishing quotas.\n"
                          "Algeria, which backs a rival plan, sent grain to Mali and "
                          "Niger in May.\n"
                          "Senegal offered to mediate between the two neighbours.")
    mediated = {e.target.country for e in found if e.sentence_index == 3}
    assert mediated == {"MAR", "MRT"}


def test_the_two_countries_after_a_sentence_naming_two_are_that_pair(coder):
    found = events(coder, "Morocco and Mauritania signed a fisheries accord on Monday.\n"
                          "Mauritania thanked Morocco for the new fishing quotas.\n"
                          "Separately, Japan pledged loans to help Senegal buy patrol boats.\n"
                          "The two countries also agreed to hold joint naval drills.")
    agreed = {(e.source.country, e.target.country) for e in found if e.sentence_index == 3}
    assert agreed == {("JPN", "SEN"), ("SEN", "JPN")}


def test_the_two_countries_after_background_naming_two_are_that_pair(coder):
    # the sentence before tells no event, yet a reader knows whom "both countries" means,
    # even with another pair acting earlier in the story
    found = events(coder, "Peru and Bolivia signed a river transport deal on Monday.\n"
                          "Morocco and Algeria have been at odds for decades.\n"
                          "Spain urged both countries to reopen their border.")
    urged = {(e.source.country, e.target.country) for e in found if e.sentence_index == 2}
    assert urged == {("ESP", "MAR"), ("ESP", "DZA")}
    found = events(coder, "Relations between Guyana and Venezuela have soured since 2015.\n"
                          "Brazil offered to mediate between the two neighbours.")
    offered = {(e.source.country, e.target.country) for e in found if e.sentence_index == 1}
    assert offered == {("BRA", "GUY"), ("BRA", "VEN")}


def test_the_two_countries_after_a_sentence_naming_three_stay_unplaced(coder):
    found = events(coder, "Kenya, Uganda and Tanzania share Lake Victoria.\n"
                          "France urged the two countries to settle the fishing dispute.")
    assert not [e for e in found if e.sentence_index == 1 and e.target.country]


def test_both_sides_are_never_the_subjects_urging_them_nor_an_organisation(coder):
    found = events(coder, "Ethiopia shelled Eritrean border posts on Monday.\n"
                          "Eritrea called on the African Union to intervene.\n"
                          "Kenya and Norway urged both sides to accept a ceasefire.")
    urged = {(e.source.country, e.target.country) for e in found if e.sentence_index == 2}
    assert urged == {(s, t) for s in ("KEN", "NOR") for t in ("ETH", "ERI")}


def test_the_two_countries_without_a_pair_named_together_are_the_last_two(coder):
    found = events(coder, "Chile's president visited Lima on Monday.\n"
                          "Argentina praised Brazil for its help.\n"
                          "The two countries later signed a grain deal.")
    signed = {(e.source.country, e.target.country) for e in found if e.sentence_index == 2}
    assert signed == {("ARG", "BRA"), ("BRA", "ARG")}


def test_a_reaction_to_the_decision_is_aimed_at_who_took_it_before(coder):
    found = events(coder, "Pakistan expelled two Indian diplomats on Friday.\n"
                          "India condemned the decision and summoned the Dutch envoy.")
    condemned = [e for e in found if e.sentence_index == 1 and e.cameo_code == "111"]
    assert [(e.source.country, e.target.country) for e in condemned] == [("IND", "PAK")]
    assert condemned[0].target.text == "Pakistan" and condemned[0].target.start is None
    # the accusation is what Ghana said, not what it did
    found = events(coder, "Ghana accused Togo of sheltering the gunmen.\n"
                          "Ghanaian troops later shelled a camp near the border.\n"
                          "Togo rejected the accusations on Monday.")
    rejected = [e for e in found if e.sentence_index == 2]
    assert [(e.source.country, e.target.country) for e in rejected] == [("TGO", "GHA")]


def test_a_reaction_to_a_deed_never_told_or_of_its_own_side_has_no_target(coder):
    assert events(coder, "Brazil praised the decision on Tuesday.") == []
    found = events(coder, "Chile recalled its ambassador from Lima.\n"
                          "Chilean senators welcomed the move.")
    assert [e for e in found if e.sentence_index == 1] == []
    # the doer is named: "Peru's decision" is Peru's
    found = events(coder, "Chile recalled its ambassador from Lima.\n"
                          "Bolivia criticised Peru's decision.")
    assert {(e.source.country, e.target.country) for e in found if e.sentence_index == 1} \
        == {("BOL", "PER")}


def test_a_pronoun_with_nothing_named_before_is_no_actor(coder):
    assert events(coder, "French President Emmanuel Macron has hailed it as a turning point.") \
        == []


def test_discussing_with_a_partner_is_a_consultation_of_both(coder):
    found = roots(coder, "Chile and Peru discussed the border dispute on Monday.")
    assert found == {("CHL", "04", "PER"), ("PER", "04", "CHL")}
    found = roots(coder, "Kenyan President William Ruto discussed the drought "
                         "with Somali President Hassan Sheikh Mohamud.")
    assert ("KEN", "04", "SOM") in found


# --- people known only by what they do and where ------------------------------------------

def test_unplaced_people_acting_somewhere_are_of_that_place(coder):
    found = roots(coder, "Students burned British flags at a march in Tehran.")
    assert ("IRN", "14", "GBR") in found
    found = roots(coder, "Masked gunmen seized a group of Chinese engineers from a "
                         "construction site in northern Mali.")
    assert ("MLI", "18", "CHN") in found  # armed men seizing people abduct them (181)


def test_placed_people_keep_their_own_country(coder):
    found = {(e.source.country, e.target.country)
             for e in events(coder, "Turkish marchers torched Swedish flags at a "
                         "demonstration in Berlin.")}
    assert ("TUR", "SWE") in found and all(s != "DEU" for s, _ in found)


# --- nominal events in adjuncts -------------------------------------------------------------

def test_talks_after_which_someone_spoke_were_held_by_the_speaker(coder):
    found = roots(coder, "Kenya's foreign minister spoke to reporters following a "
                         "meeting with his Ugandan counterpart.")
    assert ("KEN", "04", "UGA") in found
    found = roots(coder, "\"We made progress,\" the Norwegian envoy said after two "
                         "days of talks with Colombian officials in Havana.")
    assert ("NOR", "04", "COL") in found


def test_talks_between_two_named_parties_in_an_adjunct_are_theirs_and_were_held(coder):
    found = {(e.source.country, e.cameo_code, e.target.country) for e in events(
        coder, "Peru and Bolivia agreed on Friday to reopen a mountain highway, after talks "
               "between President Dina Boluarte and Bolivian leader Luis Arce in Lima.")}
    assert {("PER", "030", "BOL"), ("BOL", "030", "PER")} <= found
    talks = {(s, t) for s, code, t in found if code.startswith("04")}
    assert talks == {("PER", "BOL"), ("BOL", "PER")}  # held, not an intent (036) of the pair
    assert not any(code == "036" for _, code, _ in found)


def test_an_expulsion_from_a_capital_is_done_by_its_state(coder):
    found = roots(coder, "Relations hit a new low with the expulsion of 15 Czech "
                         "diplomats from Moscow and, a week later, the expulsion of "
                         "Russian diplomats from Prague.")
    # (expelled diplomats are 166, as "Moscow expelled 15 Czech diplomats")
    assert found == {("RUS", "16", "CZE"), ("CZE", "16", "RUS")}
    found = {(e.source.country, e.target.country)
             for e in events(coder, "Two Dutch reporters were deported from Baku on Friday.")}
    assert found == {("AZE", "NLD")}


def test_the_owner_of_an_expulsion_and_its_of_phrase_are_its_roles(coder):
    found = roots(coder, "Canada's expulsion of four Indian diplomats angered New "
                         "Delhi.")
    assert ("CAN", "16", "IND") in found


def test_rockets_fired_from_a_place_are_not_sent_by_its_state(coder):
    found = {(e.source.country, e.target.country)
             for e in events(coder, "Rockets were fired from Lebanon at northern Israel on "
                         "Sunday.")}
    assert all(s != "LBN" for s, _ in found)


def test_a_welcome_for_the_help_told_before_is_aimed_at_its_giver(coder):
    # "the support", "the aid", "the gesture": the help the story told of, given by its
    # doer; the one helped is no target of its own thanks
    found = events(coder, "Japan will provide the Philippines with five patrol vessels.\n"
                          "Manila welcomed the support on Friday.")
    welcomed = {(e.source.country, e.target.country) for e in found if e.sentence_index == 1}
    assert welcomed == {("PHL", "JPN")}
    found = events(coder, "Turkey sent rescue teams and tents to Morocco after the quake.\n"
                          "Rabat praised the gesture.")
    praised = {(e.source.country, e.target.country) for e in found if e.sentence_index == 1}
    assert praised == {("MAR", "TUR")}
