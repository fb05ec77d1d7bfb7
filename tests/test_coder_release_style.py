"""Press releases of foreign ministries (session 21, the lead): present-tense acts
("strongly condemns", "welcomes", "calls on"), "met with", and the titles of their
officials. "Deputy Secretary of State" and "Assistant Secretary of State" are offices of
the US State Department only; "Secretary of State for <a portfolio>" is a British
cabinet office; a bare "Secretary of State" is left to its name or its context (the Holy
See and other states have one too). Every sentence is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import roots


@pytest.mark.parametrize("text, expected", [
    ("Deputy Secretary of State Kurt Campbell met with Philippine Foreign Secretary Enrique "
     "Manalo in Washington today.", ("USA", "04", "PHL")),
    ("Assistant Secretary of State Maria Lopez urged Venezuela to free political prisoners.",
     ("USA", "02", "VEN")),
    ("The Secretary of State for Defence criticised Iran for supplying drones to Moscow.",
     ("GBR", "11", "IRN")),
    ("Secretary of State for Foreign Affairs Jane Doyle met the Kenyan foreign minister in "
     "London on Monday.", ("GBR", "04", "KEN")),
    ("The Ministry of Foreign Affairs of the Republic of Azerbaijan strongly condemns the "
     "resolution adopted by the French Senate.", ("AZE", "11", "FRA")),
    ("The Government of Canada is deeply concerned by reports that India has expelled a "
     "Canadian diplomat.", ("IND", "16", "CAN")),
    ("The European Union calls on Serbia and Kosovo to de-escalate tensions in the north.",
     ("EU", "02", "XKX")),
])
def test_release_acts_and_titles(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, wrong", [
    # the Holy See's secretary of state is no American
    ("Vatican Secretary of State Pietro Parolin met Chinese officials in Rome.", "USA"),
    ("The Secretary of State for Foreign Affairs, David Lammy, criticised Iran.", "USA"),
])
def test_a_secretary_of_state_of_another_state_is_no_american(coder, text, wrong):
    assert not any(s == wrong for s, _, _ in roots(coder, text))
