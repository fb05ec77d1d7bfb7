"""A truce watched over is no new truce: "peacekeepers deployed to oversee a ceasefire
between Ethiopia and Eritrea", "observers sent to monitor the truce between Armenia and
Azerbaijan" tell of a standing state of affairs, not of a ceasefire declared that day
(0871). Agreeing to, signing or violating a ceasefire stay events."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic


@pytest.mark.parametrize("text", [
    "Peacekeepers were deployed to oversee a ceasefire between Ethiopia and Eritrea.",
    "The UN sent observers to monitor the truce between Armenia and Azerbaijan.",
    "African Union monitors will verify the peace accord between Sudan and South Sudan.",
])
def test_a_watched_truce_is_no_event_between_its_parties(coder, text):
    assert not {e for e in dyadic(coder, text) if e[1].startswith(("03", "05", "08"))}


@pytest.mark.parametrize("text, expected", [
    ("Ethiopia and Eritrea signed a ceasefire in Algiers.", ("ETH", "0871", "ERI")),
    ("Armenia and Azerbaijan agreed to a ceasefire on Monday.", ("ARM", "030", "AZE")),
    ("Armenia accused Azerbaijan of violating the ceasefire.", ("ARM", "112", "AZE")),
])
def test_truces_made_or_broken_stay_events(coder, text, expected):
    assert expected in dyadic(coder, text)
