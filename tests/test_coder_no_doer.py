"""An act whose every doer is denied ("no group has claimed responsibility", "none of the
Gulf states condemned", "not a single EU member imposed") did not happen: no event, and no
refusal either (nobody refused anything). A denied doer beside a real one leaves the real
one's act, and a denied object is no denied doer."""

from __future__ import annotations

import pytest

from coder_helpers import coded, triples


@pytest.mark.parametrize("text", [
    "No group has claimed responsibility for the attack on the Pakistani consulate.",
    "None of the Gulf states has criticised Washington over the decision.",
    "Nobody in the Kenyan government has criticised China over the railway loans.",
    "No African leader attended the summit with Russia in St Petersburg.",
    "Not a single EU member has imposed sanctions on Israel.",
    "Neither side has accused Ethiopia of arming the rebels.",
    "No one has claimed responsibility for the rocket fire from Lebanon.",
])
def test_an_act_nobody_did_gives_nothing(coder, text):
    assert coded(coder, text) == []


@pytest.mark.parametrize("text, expected", [
    # a denied object or a real doer is no denied doer
    ("Kenya sent no troops to Somalia but condemned the attack by al-Shabaab.",
     ("KEN", "111", None)),
    # (a veto of sanctions answers their imposer, never the state they would hit)
    ("Hungary, and no other EU member, has vetoed the EU's sanctions on Russia.",
     ("HUN", None, "EU")),
])
def test_a_real_doer_keeps_its_act(coder, text, expected):
    source, code, target = expected
    assert any(s == source and (code is None or c == code) and (target is None or t == target)
               for s, c, t in triples(coder, text))
