"""Direction and actors in context (issue 13, classes 4, 5 and 7): receiving from a giver,
visits and acts "by" someone, possessive pronouns, appositions, offices of international
organisations, coordinated owners and members, and protests at a body's seat."""

from __future__ import annotations

import pytest

from coder_helpers import coded


def triples(coder, text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.country, e.cameo_code[:2], e.target.country) for e in coded(coder, text)}


@pytest.mark.parametrize("text, expected", [
    ("Kenya received weapons from Turkey.", ("TUR", "07", "KEN")),
    ("Armenia received a shipment of weapons from Russia last year.", ("RUS", "07", "ARM")),
    ("Ghana received assurances from France that the loans would continue.",
     ("FRA", "03", "GHA")),
])
def test_the_giver_of_a_thing_received_is_the_source(coder, text, expected):
    assert triples(coder, text) == {expected}


def test_receiving_people_is_no_giving(coder):
    assert not any(s == "SYR" for s, _, _ in triples(coder, "Germany received refugees "
                                                             "from Syria."))


def test_a_visit_by_someone_has_that_someone_as_source(coder):
    assert triples(coder, "An official visit to Japan by the prime minister of India began "
                          "on Monday.") == {("IND", "04", "JPN")}


def test_a_reduced_relative_attaches_to_the_head_it_modifies(coder):
    found = triples(coder, "Venezuela, a country sanctioned by Washington, signed a deal "
                           "with Iran.")
    assert ("USA", "16", "VEN") in found and ("VEN", "05", "IRN") in found
    assert not any(s == "USA" and t == "IRN" for s, _, t in found)


def test_its_belongs_to_the_speaker(coder):
    assert triples(coder, "Ankara says its navy detained a cargo ship from Greece.") \
        == {("TUR", "17", "GRC")}


def test_a_participle_clause_does_not_place_the_noun_it_follows(one_sided_coder):
    events = coded(one_sided_coder, "Ankara says its navy detained a cargo ship carrying "
                                    "Syrian fuel.")
    assert [(e.source.country, e.target.country) for e in events] == [("TUR", None)]


def test_a_counterpart_with_a_demonym_is_that_country(coder):
    assert triples(coder, "Erdogan met his Pakistani counterpart Shehbaz Sharif in "
                          "Ankara.") == {("TUR", "04", "PAK")}


def test_people_known_by_name_take_the_country_of_their_apposition(coder):
    found = triples(coder, "Nadia and Omar Haddad, a Canadian couple, were detained by "
                           "Egyptian police.")
    assert found == {("EGY", "17", "CAN")}


def test_an_office_of_an_international_organisation_acts_for_it(coder):
    [event] = coded(coder, "UN Secretary-General Antonio Guterres met Kenyan President "
                           "William Ruto.")
    assert (event.source.kind, event.source.country, event.target.country) == (
        "igo", "UN", "KEN")


def test_coordinated_owners_of_one_title_are_each_a_party(coder):
    assert triples(coder, "The leaders of France and Germany met in Berlin on Monday.") == {
        ("FRA", "04", "DEU"), ("DEU", "04", "FRA")}


def test_a_plural_title_with_named_members_stands_for_each(coder):
    found = triples(coder, "Prime Ministers Pedro Sanchez of Spain and Luis Montenegro of "
                           "Portugal signed a border treaty.")
    assert found == {("ESP", "05", "PRT"), ("PRT", "05", "ESP")}


def test_a_protest_at_an_embassy_targets_its_country(every_event_coder):
    # (the crowd is placed by the city the embassy stands in)
    assert triples(every_event_coder, "Hundreds of students rallied outside the American "
                                      "embassy in Manila.") == {("PHL", "14", "USA")}
    assert coded(every_event_coder,
                 "Thousands of Kenyans protested in the streets of Nairobi.") == []


def test_a_missile_fired_into_the_sea_attacks_no_neighbour(coder, one_sided_coder):
    text = "North Korea fired two ballistic missiles into the Yellow Sea on Sunday."
    assert coded(coder, text) == []
    assert {e.target.country for e in coded(one_sided_coder, text)} <= {None}


def test_a_share_of_a_relative_pronoun_refers_to_the_coordinated_owners(coder):
    found = triples(coder, "Diplomats briefed the governments of Chile, Norway and Japan, "
                           "all of whom have since expelled Belarusian envoys.")
    assert {(s, t) for s, c, t in found if c == "16"} == {
        ("CHL", "BLR"), ("NOR", "BLR"), ("JPN", "BLR")}


def test_a_measure_of_the_event_noun_is_no_target(coder):
    assert triples(coder, "North Korea has tested an unusual number of missiles against Japan "
                          "this month.") == {("PRK", "15", "JPN")}


def test_a_thing_acted_upon_belongs_to_the_state_its_demonym_names(coder):
    assert triples(coder, "Egyptian protesters burned the American flag outside the "
                          "embassy.") == {("EGY", "14", "USA")}


def test_a_possessive_pronoun_takes_the_state_named_before_it(coder):
    found = triples(coder, "Chile rarely confirms such operations, but its navy said it "
                           "seized a Peruvian trawler on Monday.")
    assert ("CHL", "17", "PER") in found


def test_a_navy_ship_prefix_names_its_navy(resolver):
    assert (resolver.resolve_phrase("the USS Carl Vinson").country,
            resolver.resolve_phrase("HMS Defender").country) == ("USA", "GBR")


@pytest.mark.parametrize(("sentence", "expected"), [
    # the court or trade body a case is brought to is its forum, never its target
    ("Brazil filed a complaint against Canada at the WTO over aircraft subsidies.",
     {("BRA", "11", "CAN")}),
    ("Gambia brought a case against Myanmar before the World Court.", {("GMB", "11", "MMR")}),
    ("Chile filed a case at the International Court of Justice accusing Bolivia of "
     "diverting the river.", {("CHL", "11", "BOL")}),
    ("Australia filed a complaint at the World Trade Organization over the barley duties.",
     set()),
])
def test_a_court_or_trade_body_is_the_forum_of_a_case_not_its_target(coder, sentence,
                                                                      expected):
    found = {(s, c[:2], t) for s, c, t in triples(coder, sentence)}
    assert found == expected
