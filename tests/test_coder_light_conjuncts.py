"""A light verb whose event noun the parser hides as the conjunct of its object ("launched
air and naval strikes on ..."): the event noun still gives the code, with the
modifier and the preposition it shares with the first conjunct."""

from __future__ import annotations

from coder_helpers import dyadic


def test_coordinated_kinds_of_strikes_are_an_attack_not_a_labour_strike(coder):
    text = "The Kenyan army launched air and naval strikes on Somali camps."
    assert {(s, c[:2], t) for s, c, t in dyadic(coder, text)} == {("KEN", "19", "SOM")}


def test_coordinated_kinds_of_attacks_keep_their_target(coder):
    text = "Ukrainian forces launched land and sea attacks on Russian positions in Kherson."
    assert {(s, c[:2], t) for s, c, t in dyadic(coder, text)} == {("UKR", "19", "RUS")}


def test_coordinated_nouns_with_no_event_give_nothing(coder):
    assert dyadic(coder, "The Nigerian army launched a recruitment and training drive "
                         "in Kaduna.") == set()
    assert dyadic(coder, "Chilean miners launched a food and clothing collection for "
                         "flood victims.") == set()
