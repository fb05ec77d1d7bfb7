"""Who a phrase stands for: titles with an "of" office, pronouns and "the two leaders" of a
later sentence, pronouns with nothing to point to, and consultations with a partner."""

from __future__ import annotations

from datetime import date

from coder_helpers import coded
from entente.coder import Coder

MONDAY = date(2025, 6, 2)


def events(coder: Coder, text: str):
    return coded(coder, text, on=MONDAY, doc_id="referents")


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


def test_a_pronoun_with_nothing_named_before_is_no_actor(coder):
    assert events(coder, "French President Emmanuel Macron has hailed it as a turning point.") \
        == []


def test_discussing_with_a_partner_is_a_consultation_of_both(coder):
    found = {(e.source.country, e.cameo_code[:2], e.target.country)
             for e in events(coder, "Chile and Peru discussed the border dispute on Monday.")}
    assert found == {("CHL", "04", "PER"), ("PER", "04", "CHL")}
    found = {(e.source.country, e.cameo_code[:2], e.target.country)
             for e in events(coder, "Kenyan President William Ruto discussed the drought "
                                    "with Somali President Hassan Sheikh Mohamud.")}
    assert ("KEN", "04", "SOM") in found


# --- people known only by what they do and where ------------------------------------------

def test_unplaced_people_acting_somewhere_are_of_that_place(coder):
    found = {(e.source.country, e.cameo_code[:2], e.target.country)
             for e in events(coder, "Students burned British flags at a march in Tehran.")}
    assert ("IRN", "14", "GBR") in found
    found = {(e.source.country, e.cameo_code[:2], e.target.country)
             for e in events(coder, "Masked gunmen seized a group of Chinese engineers from a "
                                    "construction site in northern Mali.")}
    assert ("MLI", "17", "CHN") in found


def test_placed_people_keep_their_own_country(coder):
    found = {(e.source.country, e.target.country)
             for e in events(coder, "Turkish marchers torched Swedish flags at a "
                                    "demonstration in Berlin.")}
    assert ("TUR", "SWE") in found and all(s != "DEU" for s, _ in found)
