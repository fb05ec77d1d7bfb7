"""Easing a restrictive measure on a party (CAMEO 085): every verb of easing (lift, ease,
scrap, waive, rescind, relax, cut ...) takes every measure of one word class (tariffs,
duties, quotas, curbs, sanctions, embargoes ...), so the vocabulary cannot drift apart
verb by verb. An agreement to ease is its intent (0354) towards the party the measure is
on, not a deal between the agreeing states."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic


@pytest.mark.parametrize("text, expected", [
    ("Canada lifted its retaliatory tariffs on American steel on Friday.",
     ("CAN", "085", "USA")),
    ("The European Union scrapped import quotas on Ukrainian grain.", ("EU", "085", "UKR")),
    ("Washington rescinded sanctions on the Venezuelan gold sector.", ("USA", "085", "VEN")),
    ("Ghana cut its tariffs on Nigerian rice in the new budget.", ("GHA", "085", "NGA")),
    ("Japan waived the levy on Thai shrimp imports.", ("JPN", "085", "THA")),
    ("Seoul lifted the measures on Japanese seafood imports.", ("KOR", "085", "JPN")),
    # an export ban lifted raises no exports
    ("Tokyo lifted the export ban imposed on Laos after the floods.", ("JPN", "085", "LAO")),
])
def test_every_verb_of_easing_takes_every_measure(coder, text, expected):
    assert expected in dyadic(coder, text)


def test_agreeing_to_ease_a_measure_is_its_intent_towards_the_target(coder):
    found = dyadic(coder, "Colombia and Peru agreed to scrap their retaliatory duties on "
                          "Ecuadorian goods.")
    assert {("COL", "0354", "ECU"), ("PER", "0354", "ECU")} <= found


@pytest.mark.parametrize("text", [
    # a measure at home, on nobody abroad
    "The government lifted the curfew in the capital on Monday.",
    "The central bank cut interest rates by half a point.",
])
def test_easing_at_home_is_no_dyadic_event(coder, text):
    assert not dyadic(coder, text)


def test_a_special_kind_of_measure_keeps_its_own_code(coder):
    found = dyadic(coder, "Israel eased emergency measures in the occupied West Bank on "
                          "Sunday.")
    assert ("ISR", "0814", "PSE") in found and not any(c == "085" for _, c, _ in found)


@pytest.mark.parametrize("text, expected", [
    ("The EU lifted the sanctions it had imposed on Belarus in 2020.", ("EU", "085", "BLR")),
    ("Washington scrapped the tariffs it imposed on Indian steel.", ("USA", "085", "IND")),
    ("China lifted the ban it had placed on Australian wine.", ("CHN", "085", "AUS")),
    ("Russia lifted the state of emergency it had declared in occupied Kherson.",
     ("RUS", "0814", "UKR")),
])
def test_a_measure_lifted_is_aimed_where_the_clause_on_it_says(coder, text, expected):
    """The relative clause tells what the lifted measure is, no new sanction: the easing is
    the event, aimed at the party the clause names."""
    found = dyadic(coder, text)
    assert found == {expected}


def test_a_relative_clause_with_a_doer_of_its_own_is_an_act(coder):
    found = dyadic(coder, "Kenya signed the deal that Ethiopia had rejected in March.")
    assert any(s == "ETH" and c.startswith("12") for s, c, _ in found)
