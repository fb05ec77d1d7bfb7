"""Generic trigger verbs with common readings that are no event (issue 13, class 8): the
object decides. Withdrawing from a treaty reduces relations, from a race it is nothing;
hitting a target is force, hitting a record is not. Sentences written for these tests."""

from __future__ import annotations

import pytest

from coder_helpers import coded, dyadic, triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Burkina Faso withdrew from the International Criminal Court.", ("BFA", "160", "ICC")),
    ("Russia withdrew from the Council of Europe.", ("RUS", "160", "COE")),
    # the more specific readings stay
    ("Israel withdrew its troops from Gaza under the ceasefire agreement.",
     ("ISR", "0872", "PSE")),
    ("Kenya withdrew its ambassador to Tanzania after the election.", ("KEN", "161", "TZA")),
    ("Ukrainian drones hit targets in Russia.", ("UKR", "195", "RUS")),
    ("Houthi rebels hit a Greek tanker in the Red Sea.", ("YEM", "190", "GRC")),
    ("Russian forces captured the Ukrainian town of Bakhmut.", ("RUS", "193", "UKR")),
    ("Thai police stormed the Cambodian embassy.", ("THA", "190", "KHM")),
    # an exclusion holds by the object itself, not a modifier: "struck oil" is no attack,
    # "struck an oil depot" is one
    ("Ukrainian drones struck a Russian oil depot overnight.", ("UKR", "195", "RUS")),
    ("Sudanese jets struck a gold mine in South Sudan.", ("SDN", "195", "SSD")),
])
def test_generic_verbs_keep_their_political_readings(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The Kenyan opposition withdrew its candidate from the Tanzanian race.",
    "The Swiss champion withdrew from the French Open.",
    "The British economy was hit by high Chinese energy prices.",
    "Japanese exports to China hit a record in March.",
    "The Chinese company captured a large share of the Indian market.",
    "The Nigerian team stormed to victory over Ghana.",
    "The Indian actor shot a film in Switzerland.",
    "Oil prices struck a new high after the Saudi decision.",
    "A Norwegian firm struck oil off the coast of Guyana.",
])
def test_generic_verbs_with_objects_that_make_no_event(coder, text):
    assert not dyadic(coder, text), coded(coder, text)


@pytest.mark.parametrize("text", [
    # "call" naming its object as something is no phone call (quad 1); the complement's
    # words judge, when they do ("a war criminal" is criticism, coded elsewhere)
    "Erdogan called Israel a terrorist state.",
    "Argentina's president called China's government an assassin.",
    "The Hungarian premier branded Brussels a bully.",
])
def test_naming_something_is_no_call(coder, text):
    assert not any(c.startswith("04") for _, c, _ in triples(coder, text))


def test_a_call_with_no_complement_is_still_a_call(coder):
    assert ("FRA", "041", "UKR") in triples(coder, "Macron called Zelensky on Sunday.")
