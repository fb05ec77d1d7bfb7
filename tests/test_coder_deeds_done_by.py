"""A reaction to a deed named with its doers in a participle's "by" phrase ("welcomed the
agreement reached by Armenia and Azerbaijan", "denounced the exercises held by Greece and
Cyprus") is aimed at every doer named there (session 22, the lead): before, the
participles of accords (roles.yaml `maker_participles`) were not read as their makers
(no reaction at all) and other participles kept only the first of their doers.
A "by" phrase that names no party (a time, a manner, a body of the same state) gives the
reaction no target. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import roots


@pytest.mark.parametrize("text, reaction, doers", [
    ("Norway welcomed the ceasefire agreement reached by Armenia and Azerbaijan.",
     ("NOR", "05"), ("ARM", "AZE")),
    ("Canada welcomed the trade pact concluded by Chile and Peru on Friday.",
     ("CAN", "05"), ("CHL", "PER")),
    ("Ghana's government praised the roadmap adopted by Mali and Niger for the elections.",
     ("GHA", "05"), ("MLI", "NER")),
    ("Turkey denounced the military exercises held by Greece and Cyprus off Crete.",
     ("TUR", "11"), ("GRC", "CYP")),
    ("Iran condemned the airstrikes launched by the United States and Britain on Yemen.",
     ("IRN", "11"), ("USA", "GBR")),
    ("The Vatican welcomed the humanitarian pause announced by Israel and Hamas.",
     ("VAT", "05"), ("ISR", "PSE")),
    ("Sweden welcomed the agreement reached by Armenia, Iran said.", ("SWE", "05"), ("ARM",)),
])
def test_a_reaction_to_a_deed_is_aimed_at_every_doer_its_participle_names(
        coder, text, reaction, doers):
    coded = roots(coder, text)
    for doer in doers:
        assert (*reaction, doer) in coded


@pytest.mark.parametrize("text", [
    "Norway welcomed the agreement reached by consensus at the conference.",
    "Norway welcomed the agreement reached by the end of the week.",
    "The opposition criticised the budget passed by parliament on Monday.",
    "Egypt welcomed the outcome reached by the negotiators on Sunday.",
])
def test_a_by_phrase_naming_no_party_gives_the_reaction_no_target(coder, text):
    assert not roots(coder, text)


def test_the_deed_itself_keeps_its_own_doers_and_target(coder):
    coded = roots(coder, "Iran condemned the airstrikes launched by the United States and "
                         "Britain on Yemen.")
    assert ("USA", "19", "YEM") in coded and ("GBR", "19", "YEM") in coded
    assert ("IRN", "11", "YEM") not in coded
