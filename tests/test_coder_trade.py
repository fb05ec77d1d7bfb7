"""Acts on a flow of trade: a state that raises, widens or resumes its trade, imports or
purchases with a partner cooperates economically with it (061); the partner is named by a
preposition or as a coordinated subject, never by the goods ("Russian oil" is no actor). A
flow that merely grows is a statistic."""

from __future__ import annotations

import pytest

from coder_helpers import triples


@pytest.mark.parametrize("text, expected", [
    ("Ghana and Nigeria boosted bilateral trade to nine billion dollars last year.",
     {("GHA", "061", "NGA"), ("NGA", "061", "GHA")}),
    ("Serbia expanded trade with Hungary after the new rail link opened.",
     {("SRB", "061", "HUN")}),
    ("Thailand stepped up its imports of palm oil from Malaysia in April.",
     {("THA", "061", "MYS")}),
    ("Morocco tripled its wheat purchases from Russia during the drought.",
     {("MAR", "061", "RUS")}),
    ("Egypt resumed rice imports from India after New Delhi lifted its export ban.",
     {("EGY", "061", "IND")}),
])
def test_a_state_raising_a_flow_of_trade_cooperates_with_its_partner(coder, text, expected):
    assert expected <= triples(coder, text)


def test_agreeing_to_expand_trade_is_an_intent(coder):
    found = triples(coder, "Chad and Cameroon agreed to expand trade in cattle and grain.")
    assert {("TCD", "0311", "CMR"), ("CMR", "0311", "TCD")} <= found


@pytest.mark.parametrize("text", [
    # a flow that grows or falls by itself is a statistic, no act
    "Kenya's exports to Uganda rose 12 percent last year.",
    "Prices of Russian oil increased sharply in March.",
    # no partner named: one-sided
    "India increased its oil imports in March.",
    # goods are no actor, even of trade
    "Bangladesh increased its purchases of Qatari gas in the second quarter.",
    "Iranian fruit is increasingly popular in Serbian supermarkets.",
])
def test_statistics_and_partnerless_flows_give_nothing(coder, text):
    assert not {e for e in triples(coder, text) if e[1].startswith("06")}


@pytest.mark.parametrize("text, signed", [
    # the terms of a signed deal are not events of their own, wherever the parser hangs them
    ("Peru and Chile signed an agreement on Tuesday to double trade by 2030.",
     {("PER", "057", "CHL"), ("CHL", "057", "PER")}),
    ("Uzbekistan and Kyrgyzstan sealed a deal to resume gas exports across the border.",
     {("UZB", "057", "KGZ"), ("KGZ", "057", "UZB")}),
    ("Jordan and Iraq signed a memorandum to expand trade through the Karameh crossing.",
     {("JOR", "057", "IRQ"), ("IRQ", "057", "JOR")}),
])
def test_the_terms_of_a_signed_deal_add_no_event(coder, text, signed):
    assert triples(coder, text) == signed


def test_a_plan_whose_making_is_no_event_still_states_an_intent(coder):
    found = triples(coder, "Kazakhstan unveiled a plan to export more wheat to Iran.")
    assert ("KAZ", "0311", "IRN") in found
