"""Classes an analyst found wrong reading a third round of our own articles in many outlets'
styles: a reaction told in a relative clause whose missing object is the deed or the party
reacted to ("a move Lima criticised", "diplomats it accused of spying", "a law that
Washington condemned")."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic, roots

# --- a relative clause whose missing object is what the reaction is aimed at ---------------

@pytest.mark.parametrize(("text", "expected"), [
    # the deed summed up after a comma: its doer is the clause's subject
    ("Bolivia closed its border crossings, a move Lima criticised as unilateral.",
     ("PER", "11", "BOL")),
    ("Russia massed troops on the frontier, a step NATO condemned as an escalation.",
     ("NATO", "11", "RUS")),
    ("Pakistan accused Kabul of sheltering militants, a charge the Taliban rejected.",
     ("AFG", "01", "PAK")),
    # an ownerless deed that is the object of the doer's verb
    ("Ghana's parliament passed a law that Washington condemned as discriminatory.",
     ("USA", "11", "GHA")),
    ("Peru's congress approved a bill that Chile's president has criticised.",
     ("CHL", "11", "PER")),
    # a party: the noun itself, and the clause's pronoun is not the party named in it
    ("Kenya expelled two Ugandan diplomats it accused of spying.", ("KEN", "11", "UGA")),
])
def test_a_reaction_in_a_relative_clause_is_aimed_at_its_missing_object(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "The law the Georgian parliament passed last year took effect on Monday.",
    "Farmers sold the grain they harvested to traders in Ukraine.",
    "The ministry published the figures it collected from embassies abroad.",
    "The talks Egypt hosted in Cairo ended without a deal.",
    "The plan, which critics called unrealistic, was dropped in March.",
])
def test_relative_clauses_without_a_reaction_give_nothing(coder, text):
    assert dyadic(coder, text) == set()


def test_a_relative_clause_pronoun_is_not_the_party_named_in_its_antecedent(coder):
    found = dyadic(coder, "Kenya expelled two Ugandan diplomats it accused of spying.")
    assert not any(s == t for s, _, t in found)
    assert ("KEN", "112", "UGA") in found


# --- "the North" and "the South" in a story about the two Koreas ---------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("North Korea fired two missiles into the sea on Thursday. The launch came days after "
     "the North warned Seoul of an overwhelming response.", ("PRK", "13", "KOR")),
    ("Pyongyang fired artillery near the border. The South said the North had violated "
     "the military agreement.", ("KOR", "11", "PRK")),
    ("Kim Jong Un inspected a missile factory. Seoul accused the North of supplying shells "
     "to Russia.", ("KOR", "11", "PRK")),
    ("The North's leader Kim Jong Un called the South a hostile state.", ("PRK", "11", "KOR")),
])
def test_the_north_and_the_south_are_the_two_koreas_in_a_korea_story(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "Voters in the North of England backed the opposition. The North has long felt "
    "neglected by London.",
    "Rebels from the South attacked an army convoy near the capital.",
])
def test_the_north_and_the_south_elsewhere_name_no_state(coder, text):
    assert not any({"PRK", "KOR"} & {s, t} for s, _, t in dyadic(coder, text))


# --- Georgia: the state when its neighbours or Europe are named, unless a US cue is --------

@pytest.mark.parametrize(("text", "expected"), [
    ("Russia warned Georgia against moving closer to NATO.", ("RUS", "13", "GEO")),
    ("The EU urged Georgia to drop the foreign agents law.", ("EU", "02", "GEO")),
    ("Azerbaijan and Georgia signed a deal on the Black Sea power cable.",
     ("AZE", "05", "GEO")),
])
def test_georgia_is_the_state_in_a_story_of_its_region(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "Georgia's Republican governor criticised Russia over the hacking, speaking in Atlanta.",
    "Georgia's governor condemned China over the balloon, as Florida and Alabama did.",
])
def test_georgia_with_a_us_cue_is_no_state(coder, text):
    assert not any("GEO" in (s, t) for s, _, t in dyadic(coder, text))


def test_georgia_as_a_given_name_is_no_state(coder):
    found = dyadic(coder, "Georgia Meloni met Zelensky in Rome.")
    assert not any("GEO" in (s, t) for s, _, t in found)
