"""Events named as not (yet) happened (session 18, the lead): "a planned summit between A
and B", "a proposed trade pact between A and B", "a possible deal" tell an intent at most
(policies.yaml `unrealised_words`), and "the proposed summit did not take place" tells
nothing, not a refusal. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import coded, roots


@pytest.mark.parametrize("text", [
    "A planned summit between the Serbian and Kosovar leaders was postponed again on Monday.",
    "Officials in Brasilia said a proposed trade pact between Mercosur and the EU faced new "
    "hurdles.",
    "A possible deal between Israel and Saudi Arabia would reshape the region, analysts said.",
])
def test_an_unrealised_event_is_no_event_that_happened(coder, text):
    found = roots(coder, text)
    assert not any(c in ("04", "05", "06") for _, c, _ in found)
    assert not any(c.startswith("057") for c in (e.cameo_code for e in coded(coder, text)))


def test_a_planned_meeting_is_an_intent_to_meet(coder):
    found = roots(coder, "Ahead of the planned talks between Armenia and Azerbaijan, both "
                         "sides exchanged prisoners.")
    assert ("ARM", "03", "AZE") in found and ("ARM", "04", "AZE") not in found


@pytest.mark.parametrize("text", [
    "The proposed summit between Putin and Zelensky did not take place.",
    "The mooted visit by the Indian prime minister to Islamabad never happened.",
])
def test_an_unrealised_event_that_did_not_happen_is_no_refusal(coder, text):
    assert not any(c == "12" for _, c, _ in roots(coder, text))


def test_a_held_meeting_stays_a_meeting(coder):
    assert ("RUS", "04", "UKR") in roots(
        coder, "The summit between Russia and Ukraine took place in Istanbul.")
