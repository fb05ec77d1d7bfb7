"""Two polysemies of diplomatic and business news: a concession to exploit a resource or run a
site is a business deal (061), a concession in a dispute a political one (080); the expulsion
of a chargé d'affaires is the expulsion of an envoy (166), not the deportation of a person."""

from __future__ import annotations

import pytest

from coder_helpers import triples


@pytest.mark.parametrize("text, expected", [
    ("Guyana granted an oil concession in the Essequibo region to a US consortium.",
     ("GUY", "061", "USA")),
    ("Tanzania granted a mining concession to an Australian firm on Tuesday.",
     ("TZA", "061", "AUS")),
    ("Russia made major concessions to Ukraine in the prisoner talks.",
     ("RUS", "080", "UKR")),
])
def test_a_concession_is_a_licence_or_a_yielding(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Venezuela's government ordered the expulsion of Guyana's chargé d'affaires on Friday.",
     ("VEN", "166", "GUY")),
    ("Mali expelled the French charge d'affaires on Monday.", ("MLI", "166", "FRA")),
])
def test_a_charge_d_affaires_is_an_envoy(coder, text, expected):
    assert expected in triples(coder, text)
