"""Diplomatic breaks told in wire shorthand: relations suspended or frozen (161, not an
embargo), an envoy owned by a possessive declared persona non grata, a transition
council that speaks for its state, ties discussed with a party (a consultation) and a
meeting told in an "after" phrase (session 17, the lead). Every sentence is written for
this file."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic, roots


@pytest.mark.parametrize("text, expected", [
    ("Mexico suspended diplomatic relations with Ecuador after the raid on its embassy.",
     ("MEX", "161", "ECU")),
    ("Moscow froze ties with Chisinau over the expulsions.", ("RUS", "161", "MDA")),
])
def test_relations_suspended_or_frozen_are_a_break_not_an_embargo(coder, text, expected):
    assert expected in dyadic(coder, text)


def test_trade_frozen_is_still_an_embargo(coder):
    assert ("CHN", "163", "LTU") in dyadic(coder, "China froze trade with Lithuania in 2021.")


@pytest.mark.parametrize("text, expected", [
    ("Peru declared Mexico's president persona non grata.", ("PER", "16", "MEX")),
    ("Kyiv declared Hungary's consul in Berehove persona non grata.", ("UKR", "16", "HUN")),
])
def test_a_possessed_envoy_declared_persona_non_grata_is_expelled(coder, text, expected):
    assert expected in roots(coder, text)


def test_a_transition_council_speaks_for_its_state(coder):
    found = roots(coder, "Haiti's transition council asked Kenya to lead a multinational "
                  "police force.")
    assert ("HTI", "02", "KEN") in found


@pytest.mark.parametrize("text, expected", [
    ("The UAE president discussed bilateral ties with the visiting Kenyan president.",
     ("ARE", "04", "KEN")),
    ("India and France discussed cooperation in space during the minister's visit.",
     ("IND", "04", "FRA")),
])
def test_ties_discussed_with_a_party_are_a_consultation(coder, text, expected):
    found = roots(coder, text)
    assert expected in found
    assert not any(r == "01" for _, r, _ in found)  # no "considering" ties


def test_sanctions_discussed_are_still_considered(coder):
    assert ("JPN", "014", "RUS") in dyadic(coder, "Japan is discussing sanctions on Russia.")


@pytest.mark.parametrize("text, pair", [
    ("After meeting his Hungarian counterpart in Ankara, Turkish Foreign Minister Hakan "
     "Fidan said Sweden still had to act.", ("TUR", "HUN")),
    ("After hosting the Kenyan president, Uganda's Museveni flew to Kigali.", ("UGA", "KEN")),
])
def test_a_meeting_told_after_after_is_a_fact_of_the_story(coder, text, pair):
    assert (pair[0], "04", pair[1]) in roots(coder, text)


def test_reports_received_before_an_act_are_no_visit(coder):
    found = roots(coder, "Washington said its jets struck the depot only after receiving "
                  "fresh satellite images of the site.")
    assert not any(r == "04" for _, r, _ in found)
