"""Classes found by measuring PLOVER event types (issue 13): an invasion is armed force,
not the holding of ground, and a protest with no addressee of its own is aimed at whom its
demand is made of. Sentences written for these tests."""

from __future__ import annotations

import pytest

from coder_helpers import coded, triples
from entente import ontology


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Colombian troops invaded Venezuela on Tuesday.", ("COL", "190", "VEN")),
    ("Turkey launched an incursion into northern Iraq.", ("TUR", "190", "IRQ")),
    # holding the ground stays occupation
    ("Israeli troops occupied southern Lebanon in 1982.", ("ISR", "192", "LBN")),
])
def test_invasion_is_armed_force(coder, sentence, expected):
    assert expected in triples(coder, sentence)


def test_invasion_is_a_plover_assault_and_occupation_coercion():
    assert ontology.event_type("190").plover_event == "ASSAULT"
    assert ontology.event_type("192").plover_event == "COERCE"


@pytest.mark.parametrize("sentence", [
    "Tourists invaded the beaches of Croatia this summer.",
    "Fans invaded the pitch after Morocco beat Spain.",
    "Cheap Chinese steel invaded the Indian market.",
    "The film imagines an alien invasion of Earth.",
])
def test_figurative_invasions_give_nothing(coder, sentence):
    assert coded(coder, sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # to demand X of / from / on Y: the protest is aimed at Y
    ("Hundreds of Georgian teachers went on strike to demand the resignation of the "
     "Georgian government.", ("GEO", "143", "GEO")),
    ("Bolivian miners blocked highways near La Paz to press their demands on the "
     "government of President Luis Arce.", ("BOL", "144", "BOL")),
    # in protest at Y's act
    ("Dutch dockworkers held a strike in protest at the Dutch government's pension plans.",
     ("NLD", "143", "NLD")),
])
def test_a_protest_is_aimed_at_whom_its_demand_is_made_of(coder, sentence, expected):
    assert expected in triples(coder, sentence)


@pytest.mark.parametrize("sentence", [
    # the demand names no one: the protest stays one-sided, out of default output
    "Nurses in Ghana went on strike to demand better pay.",
    "Angry Peruvian truckers blocked roads to demand lower fuel prices from the authorities.",
    "Zambian miners downed tools to demand the release of their arrested colleagues.",
])
def test_a_protest_whose_demand_names_no_one_is_one_sided(coder, sentence):
    assert not [e for e in coded(coder, sentence) if e.cameo_code.startswith("14")]
