"""Keeping a party from an act (session 19, the lead): what a party was stopped, prevented
or barred from doing did not happen ("prevented Jordan from delivering aid to Gaza" is no
aid). Every sentence is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic


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
