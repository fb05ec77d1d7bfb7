"""A verb conjoined to a reported clause by the parser, but to the main clause in sense."""

from __future__ import annotations

import pytest

from coder_helpers import coded, triples


def pairs(coder, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country, e.target.country, e.cameo_code[:2]) for e in coded(coder, text)}


@pytest.mark.parametrize("sentence, expected", [
    ("The Kenyan president said the bloc could expand trade with India, and sharply "
     "criticised Britain for its visa rules.", ("KEN", "GBR", "11")),
    ("Peru's foreign minister is confident that the alliance can deepen ties with Japan, "
     "and strongly condemned Chile over the border dispute.", ("PER", "CHL", "11")),
    ("Ethiopia's foreign minister said the claims were false and urged Egypt to return to "
     "talks.", ("ETH", "EGY", "02")),
])
def test_a_finite_verb_after_a_modal_clause_takes_the_main_subject(coder, sentence, expected):
    found = pairs(coder, sentence)
    assert expected in found
    assert not any(s is None and t == expected[1] for s, t, _ in found)


def test_a_conjoined_verb_of_the_same_form_keeps_the_clause_subject(coder):
    found = pairs(coder, "Officials said Ghana would expel two diplomats and recall its "
                         "ambassador from Nigeria.")
    assert all(s == "GHA" for s, _, _ in found)


def test_a_judged_clause_keeps_its_own_subject_for_an_intransitive_verb(coder):
    # "were useful and ended": the talks ended, nobody is made to end them
    assert pairs(coder, "Chile's president said the talks were useful and ended early.") == set()


@pytest.mark.parametrize("sentence", [
    # refusing a hostile act towards a third state is no rejection of that state: the
    # infinitive's roles belong to the act refused (dropped), not to the refusal
    "Serbia refused to impose sanctions on Russia on Thursday, despite pressure from Brussels.",
    "Armenia declined to expel Iranian diplomats despite calls from its allies.",
])
def test_a_refused_hostile_act_aims_at_nobody(coder, sentence):
    found = pairs(coder, sentence)
    assert not any(root == "12" for _, _, root in found), found


def test_a_refused_meeting_is_still_rejected_towards_its_party(coder):
    assert ("SRB", "XKX", "12") in pairs(coder, "Serbia refused to meet Kosovo's prime minister.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Vietnam on Wednesday demanded that China withdraw a survey ship.", ("VNM", "CHN")),
    ("Japan urged on Friday that South Korea honour the 2015 accord.", ("JPN", "KOR")),
    ("Kenya on Monday called on Somalia to free the detained aid workers.", ("KEN", "SOM")),
])
def test_a_day_after_the_demand_verb_is_no_addressee(coder, text, expected):
    # "on Wednesday" hangs on the verb of demanding like "on" of "called on X"
    assert {(s, t) for s, _, t in triples(coder, text)} == {expected}
