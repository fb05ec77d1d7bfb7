"""A party's expecting another party's act demands it ("Washington expects Israel to allow
more aid into Gaza": 10, not Israel's intent); a forecaster's expecting it, or anyone's
expecting a hostile act, only foresees it: no event. Session 20, the lead; every sentence
is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import roots


@pytest.mark.parametrize("text, expected", [
    ("Washington expects Israel to allow more aid into Gaza.", ("USA", "10", "ISR")),
    ("We expect Russia to withdraw its troops from Moldova, the German foreign minister "
     "said.", ("DEU", "10", "RUS")),
    ("Beijing expects Manila to return the seized equipment.", ("CHN", "10", "PHL")),
])
def test_a_party_expecting_anothers_act_demands_it(coder, text, expected):
    found = roots(coder, text)
    assert expected in found
    assert not any(c == "03" for _, c, _ in found)


@pytest.mark.parametrize("text", [
    "Analysts expect Beijing to lash out at Tokyo.",
    "Diplomats expect Iran to release the tanker.",
    "Kyiv expects Russia to launch a new offensive in the spring.",
    "Israel expects Hezbollah to fire rockets at Haifa.",
    "South Korea expects North Korea to conduct a nuclear test soon.",
])
def test_a_forecast_or_an_expected_blow_is_no_event(coder, text):
    assert roots(coder, text) == set()


def test_expecting_an_act_of_ones_own_stays_an_intent(coder):
    assert ("RUS", "03", "MDA") in roots(
        coder, "Russia expects to withdraw its troops from Moldova by May.")
