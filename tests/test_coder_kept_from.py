"""Keeping a party from an act (session 19, the lead): "stopped X from", "prevented X from"
coerce X (170; vowed or pledged, a threat), and what X was kept from doing did not happen
("prevented Jordan from delivering aid to Gaza" is no aid). Every sentence is written for
this file."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic


@pytest.mark.parametrize("text, expected", [
    ("Netanyahu vowed to stop Iran from acquiring nuclear weapons.", ("ISR", "130", "IRN")),
    ("Washington pledged to stop China from seizing Taiwan.", ("USA", "130", "CHN")),
    ("Israel will prevent Iran from obtaining a nuclear bomb, the prime minister said.",
     ("ISR", "130", "IRN")),
    ("Egypt stopped the Turkish convoy from reaching Gaza.", ("EGY", "170", "TUR")),
])
def test_keeping_a_party_from_an_act_coerces_it(coder, text, expected):
    found = dyadic(coder, text)
    assert expected in found
    assert not any(c.startswith("03") for _, c, _ in found)


@pytest.mark.parametrize("text, kept", [
    ("Israel's military prevented Jordan from delivering aid to Gaza.", "07"),
    ("Egypt stopped the Turkish convoy from reaching Gaza.", "04"),
    ("Greek authorities barred the Libyan delegation from meeting the minister.", "04"),
    ("Hungary blocked the EU from sending aid to Ukraine.", "07"),
])
def test_the_act_kept_from_did_not_happen(coder, text, kept):
    assert not any(c.startswith(kept) for _, c, _ in dyadic(coder, text))


def test_an_act_done_stays(coder):
    assert ("RUS", "073", "SYR") in dyadic(coder, "Russia delivered aid to Syria.")
