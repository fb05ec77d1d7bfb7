"""A refusal refused keeps an option open (session 18, the lead): "refused to rule out
sending troops", "declined to rule out further strikes", "refused to block Sweden's bid"
tell neither the act nor a refusal of it, where "ruled out sending missiles" and "refused
to lift its veto" are refusals. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import coded, roots


@pytest.mark.parametrize("text", [
    "Macron refused to rule out sending Western troops to Ukraine.",
    "The White House declined to rule out further strikes on Iran.",
    "Ankara refused to block Stockholm's bid to join the alliance.",
    "Tokyo has declined to rule out fresh curbs on chip exports to China.",
])
def test_a_refused_refusal_codes_nothing(coder, text):
    assert coded(coder, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Germany ruled out sending Taurus missiles to Kyiv.", ("DEU", "12", "UKR")),
    ("Budapest refused to lift its veto on the accession talks with Kyiv.", ("HUN", "12", "UKR")),
])
def test_a_plain_refusal_is_still_one(coder, text, expected):
    assert expected in roots(coder, text)
