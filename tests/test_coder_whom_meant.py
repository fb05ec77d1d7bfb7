"""Who is meant, round 8 of the left-over classes (session 21, helper "whom"). Every
sentence is written for this file.

Parallel acts in one sentence: "A recalled its ambassador from X, while B and C recalled
their ambassadors" recalls B's and C's from X too, as an "also" in the next sentence does;
the same for envoys withdrawn, diplomats expelled and missions closed with no post named. A
state that was itself the party of the earlier act recalls from the one that acted on it.

A third party put into a meeting: "France and Germany refused to include Turkey in the
meeting" tells of no meeting of France with Germany; coordinated subjects acting on a third
party act on it, not on each other."""

from __future__ import annotations

import pytest

from coder_helpers import roots


@pytest.mark.parametrize("text, expected", [
    ("Argentina recalled its ambassador from Caracas, while Chile and Colombia recalled "
     "their ambassadors.", [("CHL", "16", "VEN"), ("COL", "16", "VEN")]),
    ("Canada closed its embassy in Tehran on Friday, while Britain and France shut their "
     "missions.", [("GBR", "16", "IRN"), ("FRA", "16", "IRN")]),
    ("Sweden withdrew its ambassador from Riyadh on Tuesday, and Norway recalled its "
     "ambassador.", [("NOR", "16", "SAU")]),
    ("Lithuania expelled three Russian diplomats on Friday, while Latvia expelled two "
     "diplomats.", [("LVA", "16", "RUS")]),
    ("Benin has recalled its envoy to Niamey; Togo and Ghana recalled their ambassadors the "
     "same day.", [("TGO", "16", "NER"), ("GHA", "16", "NER")]),
    ("Rwanda recalled its high commissioner from Kinshasa, and Congo responded by recalling "
     "its own envoy.", [("COD", "16", "RWA")]),
])
def test_a_parallel_recall_is_from_the_same_post(coder, text, expected):
    found = roots(coder, text)
    for event in expected:
        assert event in found


@pytest.mark.parametrize("text, expected, absent", [
    # the second state names its own post
    ("Peru recalled its ambassador from Mexico City, while Bolivia recalled its ambassador "
     "from Lima.", ("BOL", "16", "PER"), ("BOL", "16", "MEX")),
    # an act of another kind is no parallel recall
    ("Australia recalled its ambassador from Jakarta, while New Zealand kept its envoy in "
     "place.", ("AUS", "16", "IDN"), ("NZL", "16", "IDN")),
])
def test_a_recall_naming_its_own_post_or_none_is_no_parallel(coder, text, expected, absent):
    found = roots(coder, text)
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize("text, pair, third", [
    ("France and Germany refused to include Turkey in the meeting.", ("FRA", "DEU"), "TUR"),
    ("Egypt and Qatar have declined to involve Iran in the talks.", ("EGY", "QAT"), "IRN"),
    ("Brazil and Mexico want to include Cuba in the meeting.", ("BRA", "MEX"), "CUB"),
    ("Kenya and Ethiopia refused to involve Eritrea in the negotiations.", ("KEN", "ETH"),
     "ERI"),
])
def test_a_third_party_included_in_a_meeting_is_no_meeting_of_the_subjects(
        coder, text, pair, third):
    a, b = pair
    assert not any({s, t} == {a, b} for s, _, t in roots(coder, text))


@pytest.mark.parametrize("text, expected", [
    # an occasion phrase still tells of a meeting of the coordinated subjects
    ("Chile's foreign minister and his Argentine host urged closer ties at a meeting in "
     "Lima.", ("CHL", "04", "ARG")),
    ("Washington and Seoul warned Pyongyang at their talks on Friday.", ("USA", "04", "KOR")),
])
def test_an_occasion_meeting_stays_a_meeting(coder, text, expected):
    assert expected in roots(coder, text)
