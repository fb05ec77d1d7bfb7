"""Roles a sentence gives once and two acts share.

A telephone call to someone named in an apposition between commas is a call, never the
naming of "called X Y": "called his Ugandan counterpart, Yoweri Museveni, on Monday".
A second act conjoined to a first, whose object is its own event noun ("cut diplomatic
ties", "imposed new sanctions"), is done to the party the first act named by name."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic, roots, triples


@pytest.mark.parametrize("text, expected", [
    ("The Kenyan president called his Ugandan counterpart, Yoweri Museveni, on Monday "
     "to discuss the border dispute.", ("KEN", "041", "UGA")),
    ("Chancellor Scholz called the Polish prime minister, Donald Tusk, late on Tuesday "
     "after the drone incident.", ("DEU", "041", "POL")),
    ("Macron called Zelensky on Friday.", ("FRA", "041", "UKR")),
])
def test_a_call_to_a_person_named_in_apposition_is_a_call(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    # naming: the complement after the parenthetical apposition says what he was called
    "The opposition leader called the Kenyan president, a former general, a threat to "
    "democracy.",
    "The minister called India's move a violation of the treaty.",
])
def test_naming_someone_something_is_no_call(coder, text):
    assert not any(code.startswith("04") for _, code, _ in roots(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("Algeria accused Morocco of hostile acts and cut diplomatic ties.",
     ("DZA", "161", "MAR")),
    ("The European Union condemned Belarus and imposed new sanctions on Tuesday.",
     ("EU", "163", "BLR")),
    ("Kenya hosted Ethiopia's prime minister and signed five cooperation agreements.",
     ("KEN", "057", "ETH")),
])
def test_a_conjoined_act_is_done_to_the_party_the_first_act_named(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    # the first act's object is a plan, no party: the second act has no partner
    "The minister praised the new plan and pledged support.",
    # the second act has a subject of its own
    "Russia invaded Ukraine in 2022 and the West imposed sanctions.",
])
def test_no_party_is_shared_where_none_was_named(coder, text):
    found = triples(coder, text)
    assert not any(code in ("051", "163") and target for _, code, target in found)


@pytest.mark.parametrize("text, expected", [
    ("The attacks on shipping prompted US and British strikes on Yemen.",
     {("USA", "19", "YEM"), ("GBR", "19", "YEM")}),
    ("French and German criticism of Hungary's veto grew louder.",
     {("FRA", "11", "HUN"), ("DEU", "11", "HUN")}),
])
def test_each_coordinated_owner_of_an_event_noun_does_it(coder, text, expected):
    assert expected <= roots(coder, text)


def test_who_judges_a_decision_did_not_take_it(coder):
    found = dyadic(coder, "China condemned the decision to allow the Dalai Lama to visit "
                          "Japan.")
    assert ("CHN", "111", "JPN") in found
    assert not any(s == "CHN" and c.startswith("08") for s, c, _ in found)


@pytest.mark.parametrize("text, expected", [
    ("Riga took the unusual step of recalling its ambassador from Minsk.",
     ("LVA", "161", "BLR")),
    ("Vilnius made the decision to expel two Russian diplomats.", ("LTU", "166", "RUS")),
])
def test_who_takes_a_step_does_its_act(coder, text, expected):
    assert expected in dyadic(coder, text)
