"""What a speaker did after saying something, and reactions to what was said or voted
(session 21, the lead). Every sentence is written for this file.

- "The minister said the hacking showed contempt for the law and announced sanctions": the
  parser hangs "announced" on "showed", whose subject (a thing) announces nothing; the
  speaker does.
- "Moscow dismissed the accusations as Western propaganda": the evaluation's party names
  no one, so the dismissal answers whoever made the accusations.
- "Israel's envoy called the vote a disgrace": a vote is a deed told before, its doer the
  body that voted."""

from __future__ import annotations

import pytest

from coder_helpers import roots


@pytest.mark.parametrize("text, expected", [
    ("The Polish foreign minister said the hacking showed contempt for international law and "
     "announced sanctions on Russia.", ("POL", "16", "RUS")),
    ("Britain's foreign secretary said the cyber attack was reckless and announced sanctions "
     "on three Russian officers.", ("GBR", "16", "RUS")),
    ("Lithuania's president said the incursion was deliberate and demanded an apology from "
     "Belarus.", ("LTU", "10", "BLR")),
    ("The Japanese defence minister said the launch posed a grave threat and urged China to "
     "restrain Pyongyang.", ("JPN", "02", "CHN")),
])
def test_a_speakers_next_act_is_the_speakers(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, speaker", [
    # a clause about a named party keeps its own conjoined verb
    ("The minister said Russia had massed troops and threatened Kyiv.", "RUS"),
    # a clause about people: who accused is the officials, as parsed
    ("The spokesman said the officials had arrived and demanded talks with Chad.", None),
])
def test_a_clause_about_a_party_keeps_its_own_verbs(coder, text, speaker):
    coded = roots(coder, text)
    if speaker is not None:
        assert any(s == speaker for s, _, _ in coded)
    assert not any(s == "POL" for s, _, _ in coded)


@pytest.mark.parametrize("text, expected", [
    ("Britain blamed Russia for the cyber attack on Thursday. Moscow dismissed the "
     "accusations as Western propaganda.", ("RUS", "11", "GBR")),
    ("Kyiv accused Minsk of hosting Russian missiles. Belarus rejected the claims as a "
     "Western provocation.", ("BLR", "11", "UKR")),
    ("The UN General Assembly voted on Wednesday to demand that Israel end its occupation of "
     'the territories. Israel\'s ambassador called the vote "a disgrace".', ("ISR", "11", "UNGA")),
    ("The Security Council adopted a resolution urging Sudan to open aid corridors. Khartoum "
     "rejected the vote as interference.", ("SDN", "11", "UNSC")),
])
def test_a_judged_accusation_or_vote_answers_who_made_it(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    # no accusation or vote told before: the dismissal answers no one
    "Moscow dismissed the reports as Western propaganda.",
    "Israel's ambassador called the vote a disgrace.",
])
def test_with_nothing_told_before_there_is_no_one_to_answer(coder, text):
    assert not [r for r in roots(coder, text) if r[1] == "11"]
