"""A reaction to a hostile act judges its doer, never its victim (session 18, the lead):
"Turkey condemned the sanctions against Venezuela", "India opposed the ban on Russian oil",
"Egypt condemned the attack on the Israeli embassy" are no criticism of Venezuela, Russia
or Israel. The doer named on the act ("US sanctions on Iran", "by Ukrainian forces") or
told a sentence before is the target; with none, the reaction has no target. Every
sentence is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import roots


@pytest.mark.parametrize("text, victim", [
    ("Turkey condemned the sanctions against Venezuela.", "VEN"),
    ("India opposed the ban on Russian oil.", "RUS"),
    ("Egypt condemned the attack on the Israeli embassy in Amman.", "ISR"),
    ("Brazil criticised the blockade of Cuba at the UN General Assembly.", "CUB"),
    ("Moscow denounced the strikes on Yemen as illegal.", "YEM"),
    ("Beijing rejected the tariffs on Chinese steel as protectionism.", "CHN"),
])
def test_the_victim_of_a_judged_act_is_no_target(coder, text, victim):
    assert not any(t == victim for _, _, t in roots(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("China criticised US sanctions on Iran.", ("CHN", "11", "USA")),
    ("Moscow condemned the killing of a Russian journalist by Ukrainian forces.",
     ("RUS", "11", "UKR")),
    ("Hungary opposed new EU sanctions on Russian energy.", ("HUN", "11", "EU")),
    ("The United States imposed new sanctions on Venezuela on Monday. Turkey condemned the "
     "sanctions against Caracas.", ("TUR", "11", "USA")),
    ("Russian missiles struck Ukraine's power grid on Friday. The UN condemned the attack on "
     "the grid.", ("UN", "11", "RUS")),
])
def test_the_doer_of_a_judged_act_is_the_target(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Turkey condemned the sanctions that the United States imposed on Venezuela on Monday.",
     ("TUR", "11", "USA")),
    ("China denounced the tariffs Washington slapped on Chinese steel.", ("CHN", "11", "USA")),
    ("Russia condemned the strikes that British and American jets carried out on Yemen.",
     ("RUS", "11", "GBR")),
])
def test_the_doer_a_relative_clause_names_is_the_target(coder, text, expected):
    found = roots(coder, text)
    assert expected in found
    assert not any(t in ("VEN", "CHN", "YEM") and c == "11" for _, c, t in found)
