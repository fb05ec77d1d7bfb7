"""Support aimed through the cause it backs (session 18, the lead): "supports Kazakhstan's
sovereignty", "would back Albania's independence" aim at the state whose sovereignty,
independence or integrity is backed, also when told as an intent, while a verdict that
names a violated sovereignty still names no target by it. Every sentence is written for
this file."""

from __future__ import annotations

import pytest

from coder_helpers import roots


@pytest.mark.parametrize("text, expected", [
    ("Beijing would support Kazakhstan's sovereignty and territorial integrity.",
     ("CHN", "03", "KAZ")),
    ("Japan supports the Philippines' sovereignty over the shoal.", ("JPN", "05", "PHL")),
    ("Rome would back Albania's independence from outside pressure.", ("ITA", "03", "ALB")),
    ("Ankara backed Azerbaijan's territorial integrity in a statement on Monday.",
     ("TUR", "05", "AZE")),
])
def test_support_for_a_states_cause_aims_at_that_state(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "Tehran said the sanctions were a violation of Iranian sovereignty.",
    "The foreign ministry in Tehran called the seizure an attack on Iran's sovereignty.",
])
def test_a_violated_sovereignty_is_no_target_of_its_verdict(coder, text):
    assert not any(t == "IRN" for _, _, t in roots(coder, text))
