"""Actor breadth (issue 13, class 5): commands, fleets, legislatures, security services and
state companies standing for their state, and plural demonyms of smaller states. Names that
can stand for more than one state stay unresolved. Phrases and sentences written for these
tests."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic


@pytest.mark.parametrize(("phrase", "country"), [
    ("the FCDO", "GBR"),
    ("CENTCOM", "USA"),
    ("the Seventh Fleet", "USA"),
    ("the Black Sea Fleet", "RUS"),
    ("the Basij", "IRN"),
    ("the Korean People's Army", "PRK"),
    ("the Legislative Yuan", "TWN"),
    ("the Border Security Force", "IND"),
    ("the Ministry of External Affairs", "IND"),
    ("the Guardia Civil", "ESP"),
    ("the Seimas", "LTU"),
    ("Al-Azhar", "EGY"),
    ("PDVSA", "VEN"),
    ("CNOOC", "CHN"),
    ("Baykar", "TUR"),
    ("Equinor", "NOR"),
    ("Papua New Guineans", "PNG"),
    ("Solomon Islanders", "SLB"),
    ("Kyrgyzstani troops", "KGZ"),
    ("Equatorial Guineans", "GNQ"),
    ("Batswana", "BWA"),
])
def test_bodies_companies_and_demonyms(resolver, phrase, country):
    assert resolver.resolve_phrase(phrase).country == country


@pytest.mark.parametrize("phrase", [
    "the Joint Chiefs of Staff",   # the US and South Korea both have one
    "the National Guard",
    "the Ministry of Foreign Affairs",
])
def test_bodies_many_states_have_stay_open(resolver, phrase):
    assert resolver.resolve_phrase(phrase).country is None


@pytest.mark.parametrize(("text", "expected"), [
    ("CENTCOM said its forces struck Houthi radar sites in Yemen.", ("USA", "YEM")),
    ("The Korean People's Army fired artillery toward South Korean islands.",
     ("PRK", "KOR")),
    ("The Ministry of External Affairs summoned the Bangladeshi envoy.", ("IND", "BGD")),
    ("Kyrgyzstani troops clashed with Tajik border guards.", ("KGZ", "TJK")),
])
def test_named_bodies_as_parties(coder, text, expected):
    assert expected in {(s, t) for s, _, t in dyadic(coder, text)}
