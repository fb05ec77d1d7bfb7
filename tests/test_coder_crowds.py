"""Crowds: a bare number that is the subject of a clause ("Thousands marched", "Tens of
thousands rallied") stands for civilians, placed where they are ("in Tbilisi"); a crowd
gathered at a body's seat to protest protests that body; a protest whose purpose is to
denounce someone is aimed at them; a public space ("the streets of Nairobi") is no body."""

from __future__ import annotations

import pytest

from coder_helpers import triples


@pytest.mark.parametrize("text, expected", [
    ("Tens of thousands of Serbs took to the streets to denounce NATO.",
     ("SRB", "141", "NATO")),
    ("Hundreds rallied outside the Russian embassy in Tbilisi on Sunday evening.",
     ("GEO", "141", "RUS")),
    ("Dozens gathered in front of the Chinese consulate in Karachi to protest the killing "
     "of two engineers.", ("PAK", "141", "CHN")),
    ("Students assembled outside the Israeli embassy in Amman to protest the raids.",
     ("JOR", "141", "ISR")),
    ("Thousands marched in Buenos Aires on Saturday to protest against the British "
     "presence in the Falklands.", ("ARG", "141", "GBR")),
    ("Bangladeshi students marched to condemn India over the border killings.",
     ("BGD", "141", "IND")),
])
def test_a_crowd_protests_the_party_its_purpose_or_site_names(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    # numbers of things or money are no crowd
    "Thousands of tonnes of Ukrainian grain reached Egypt last week.",
    "The fines ran into hundreds of millions of dollars, Brazilian regulators said.",
    # a gathering with no body or party named is aimed at nobody
    "Farmers gathered in Warsaw to protest the flood of cheap grain.",
    "Hundreds queued outside the bank in Lagos on Friday.",
    # a public space is no body's seat
    "Thousands of Kenyans protested in the streets of Nairobi.",
])
def test_crowds_without_a_party_give_nothing(coder, text):
    assert not {t for t in triples(coder, text) if t[0] and t[2]}
