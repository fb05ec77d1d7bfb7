"""Context is no event (issue 13, PLOVER classes): what a sentence tells around its own act
(a participle, a relative clause, a purpose clause) gives no extra event. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from coder_helpers import coded


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Greece expelled a Turkish diplomat on Monday, suspending talks on fishing rights.",
     {("GRC", "166", "TUR")}),
    ("Chile recalled its ambassador from Venezuela, freezing all new trade talks.",
     {("CHL", "161", "VEN")}),
    ("Russia expelled three Estonian diplomats, suspending consular services.",
     {("RUS", "166", "EST")}),
    ("Kenyan police arrested two Somali smugglers in Mombasa, where six migrants were "
     "killed in clashes on Sunday.", {("KEN", "173", "SOM")}),
    # a bare event noun with one side only (the complaint lodged with the UN over the
    # raids is aimed at their doer)
    ("Cambodia lodged a complaint with the United Nations on Monday over three Thai air "
     "raids last week.", {("KHM", "114", "THA")}),
    ("Chilean copper miners blocked a highway to Bolivia during a strike on Monday.",
     {("CHL", "144", "BOL")}),
    ("Colombian guerrillas killed four Venezuelan soldiers in a bomb attack on Thursday.",
     {("COL", "190", "VEN")}),
])
def test_a_one_sided_happening_of_the_sentence_context_is_background(one_sided_coder,
                                                                     sentence, expected):
    events = coded(one_sided_coder, sentence)
    assert not any(e.one_sided for e in events)
    assert {(e.source.country, e.cameo_code, e.target.country) for e in events} == expected


def test_a_lone_subordinate_happening_is_still_a_one_sided_happening(one_sided_coder):
    # no dyadic event in the sentence: the happening asked for stays
    events = coded(one_sided_coder,
                   "The Kenyan cabinet met on Monday to discuss imposing a curfew on the coast.")
    assert events and all(e.one_sided for e in events)
    assert {e.source.country for e in events} == {"KEN"}


def test_a_main_clause_happening_beside_a_dyad_stays(one_sided_coder):
    # a one-sided happening of the main clause is the sentence's own news
    events = coded(one_sided_coder, "Pakistan tested a nuclear-capable missile on Friday "
                                    "and expelled two Indian diplomats.")
    assert ("PAK", "15", True) in {(e.source.country, e.cameo_code[:2], e.one_sided)
                                   for e in events}
    assert ("PAK", "166", "IND") in {(e.source.country, e.cameo_code, e.target.country)
                                     for e in events}
