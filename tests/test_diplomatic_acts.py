"""Diplomacy between governments: lower diplomatic ranks are their state's envoys, and a
government's protest is an official complaint, not a street demonstration."""

from __future__ import annotations

from datetime import date

import pytest

from entente.record import Document


def _pairs(coder, text: str) -> set[tuple[str | None, str, str | None]]:
    doc = Document(text=text, doc_id="dip", pub_date=date(2025, 5, 20))
    return {(e.source.country, e.cameo_code[:2], e.target.country)
            for e in coder.code_document(doc)}


@pytest.mark.parametrize("text,pair", [
    ("Astana summoned the Kyrgyz charge d'affaires on Friday.", ("KAZ", "KGZ")),
    ("Kazakhstan summoned the Kyrgyz chargé d'affaires over the border closure.",
     ("KAZ", "KGZ")),
    ("Chile expelled two Bolivian consuls after the raid.", ("CHL", "BOL")),
    ("Norway expelled a Russian military attache accused of spying.", ("NOR", "RUS")),
])
def test_lower_diplomatic_ranks_are_their_states_envoys(coder, text, pair):
    assert pair in {(s, t) for s, _, t in _pairs(coder, text)}


def test_a_rank_alone_names_no_state(coder):
    assert _pairs(coder, "The charge d'affaires was summoned on Friday.") == set()


@pytest.mark.parametrize("text,pair", [
    ("Hanoi protests Chinese survey ship in disputed waters", ("VNM", "CHN")),
    ("The Greek foreign ministry protested the violation of its airspace by Turkish jets.",
     ("GRC", "TUR")),
])
def test_a_government_protest_is_an_official_complaint(coder, text, pair):
    assert (pair[0], "11", pair[1]) in _pairs(coder, text)
    assert not any(code == "14" for _, code, _ in _pairs(coder, text))


def test_people_protesting_still_demonstrate(coder):
    found = _pairs(coder, "Fishermen in Athens protested against Turkish trawlers on Sunday.")
    assert ("GRC", "14", "TUR") in found


@pytest.mark.parametrize("text,expected", [
    # every rank of envoy, for every verb that acts on envoys (roles.yaml object_classes)
    ("India said it was withdrawing its high commissioner from Ottawa.", ("IND", "16", "CAN")),
    ("Lithuania recalled its charge d'affaires from Beijing.", ("LTU", "16", "CHN")),
    ("Canada ordered out the Indian consul in Vancouver.", ("CAN", "16", "IND")),
    ("Mexico pulled its ambassador from Lima after the insult.", ("MEX", "16", "PER")),
])
def test_every_rank_of_envoy_is_recalled_or_expelled_alike(coder, text, expected):
    assert _pairs(coder, text) == {expected}
