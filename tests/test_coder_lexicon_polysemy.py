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
    ("Ukrainian drones hit targets in Russia.", ("UKR", "190", "RUS")),
    ("Houthi rebels hit a Greek tanker in the Red Sea.", ("YEM", "190", "GRC")),
    ("Russian forces captured the Ukrainian town of Bakhmut.", ("RUS", "193", "UKR")),
    ("Thai police stormed the Cambodian embassy.", ("THA", "190", "KHM")),
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
])
def test_generic_verbs_with_objects_that_make_no_event(coder, text):
    assert not dyadic(coder, text), coded(coder, text)
