"""An order told in the passive (session 22, the lead): those who "were ordered to" act are
the ones ordered, the target, and the "by" agent is who ordered it ("Israel was ordered by
the International Court of Justice to halt its offensive": a demand of the court's on
Israel, not a halt of Israel's). With no agent named, the ones ordered are never their
own doers nor each other's ("Chile and Peru were ordered to withdraw their diplomatic
staff" is no withdrawal of Chile's from Peru). Every sentence is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import roots


@pytest.mark.parametrize("text, expected, wrong", [
    ("Israel was ordered by the International Court of Justice to halt its offensive in "
     "Rafah.", (None, "10", "ISR"), "PSE"),
    ("Serbia was ordered by the European Court of Human Rights to reopen the inquiry into "
     "the deaths of two Kosovar students.", (None, "10", "SRB"), "XKX"),
])
def test_the_one_ordered_by_an_agent_is_the_target_of_a_demand(coder, text, expected, wrong):
    coded = roots(coder, text)
    assert any(r == expected[1] and t == expected[2] for _, r, t in coded)
    assert not any(wrong in (s, t) for s, _, t in coded)


@pytest.mark.parametrize("text", [
    "Chile and Peru were ordered to withdraw their diplomatic staff within 72 hours.",
    "Argentina, Chile, Costa Rica, Panama, Peru, the Dominican Republic and Uruguay were "
    "ordered to withdraw their diplomatic staff within 72 hours.",
    "Ghana and Togo were ordered to hand over the disputed records by Friday.",
])
def test_the_ones_ordered_with_no_agent_act_on_no_one(coder, text):
    assert not roots(coder, text)


def test_an_active_order_keeps_its_giver(coder):
    assert ("MLI", "16", "FRA") in roots(
        coder, "Mali ordered French troops to withdraw from its territory.")
