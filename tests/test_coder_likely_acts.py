"""An act told with a modal or future and an adverb of likelihood ("will probably", "would
likely") is foreseen by whoever tells it, not done or promised by its doer; a judgement
told with a modal on a condition ("if ..., Tehran would see it as a betrayal") is not yet
made. Neither is an event, not even a threat. Session 20, the lead; every sentence is
written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import roots


@pytest.mark.parametrize("text", [
    "If Saudi Arabia were to normalize relations with Israel, Iran would likely see it as a "
    "betrayal.",
    "Russia will probably retaliate against Finland, analysts said.",
    "Beijing will likely impose sanctions on Lithuania.",
    "The Kenyan president will probably visit Uganda next month.",
    "Should Seoul deploy the missiles, China would probably call it a hostile act.",
])
def test_a_likely_act_is_no_event(coder, text):
    assert roots(coder, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Moscow will retaliate against Helsinki, Lavrov said.", ("RUS", "13", "FIN")),
    ("Beijing will impose sanctions on Lithuania, the commerce ministry said.",
     ("CHN", "13", "LTU")),
    ("The Kenyan president will visit Uganda next month.", ("KEN", "03", "UGA")),
    ("Iran called the Israeli strike a betrayal of international law.", ("IRN", "11", "ISR")),
])
def test_a_promised_or_done_act_stays(coder, text, expected):
    assert expected in roots(coder, text)
