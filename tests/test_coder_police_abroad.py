"""Police a state sends to another state's soil are a contingent of help, as troops sent
there are (074; said of the future, an intent 033x), not a show of police power (153) nor
a threat; a message or letter handed over is a word passed on, not property returned
(0842). Session 20, the lead. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import coded, roots


@pytest.mark.parametrize("text, expected", [
    ("Kenya will deploy 1,000 police officers to Haiti to lead a UN-backed mission against "
     "armed gangs.", ("KEN", "03", "HTI")),
    ("Chad sent 500 gendarmes to the Central African Republic last month.",
     ("TCD", "07", "CAF")),
    ("Benin has deployed 2,000 police personnel to Haiti under the Kenyan-led mission.",
     ("BEN", "07", "HTI")),
    ("Rwanda dispatched a contingent of police officers to Mozambique in July.",
     ("RWA", "07", "MOZ")),
])
def test_police_sent_abroad_are_help(coder, text, expected):
    found = roots(coder, text)
    assert expected in found
    assert not any(c in ("13", "15") for _, c, _ in found)


def test_police_at_home_stay_no_help_to_anyone(coder):
    assert not any(c == "07" for _, c, _ in roots(
        coder, "India deployed police in Manipur after the clashes."))


@pytest.mark.parametrize("text", [
    "Belousov handed over a message from President Vladimir Putin, KCNA said.",
    "The Qatari envoy handed over a letter from the emir to the Lebanese speaker.",
    "The ambassador handed over an invitation from the Japanese prime minister.",
])
def test_a_message_handed_over_is_no_return_of_property(coder, text):
    assert not any(e.cameo_code.startswith("084") for e in coded(coder, text))


def test_bodies_handed_over_are_still_returned(coder):
    assert ("ISR", "08", "EGY") in roots(
        coder, "Israel handed over the bodies of three Palestinians to Egypt.")
