"""Joint fighting named by a noun ("clashes between A and B", "fighting between A and B
forces"): each party fights the other, whatever the clause then tells of the toll, and a
word capitalised only because it opens the sentence is no party."""

from __future__ import annotations

import pytest

from coder_helpers import coded, roots


@pytest.mark.parametrize("text, pair", [
    ("Clashes between Ethiopia and Eritrea left dozens of soldiers dead.", ("ETH", "ERI")),
    ("Border clashes between Thai and Cambodian troops killed five people on Thursday.",
     ("THA", "KHM")),
    ("Heavy clashes between Indian and Chinese soldiers wounded at least 20 on both sides.",
     ("IND", "CHN")),
    ("Armed clashes between Sudan and South Sudan displaced thousands near Heglig.",
     ("SDN", "SSD")),
    ("Skirmishes between Kenyan and Somali forces erupted overnight near Mandera.",
     ("KEN", "SOM")),
])
def test_a_noun_of_joint_fighting_pairs_its_named_parties(coder, text, pair):
    a, b = pair
    found = roots(coder, text)
    assert (a, "19", b) in found and (b, "19", a) in found, found


@pytest.mark.parametrize("text, word", [
    ("Renewed talks between Serbia and Kosovo ended without agreement.", "Renewed"),
    ("Fresh clashes between Armenian and Azerbaijani troops broke out on Monday.", "Fresh"),
])
def test_a_capitalised_opening_word_is_no_party(coder, text, word):
    events = coded(coder, text)
    assert events
    assert all(word not in (e.source.text or "") for e in events)


@pytest.mark.parametrize("text", [
    "Deadly floods killed dozens of people in northern Pakistan.",
    "Mexico and Colombia are fighting drug cartels along their coasts.",
])
def test_no_fighting_between_parties_where_none_is_named(coder, text):
    assert not {e for e in roots(coder, text) if e[1] == "19"}


def test_the_two_neighbours_are_the_states_even_after_their_leaders(coder):
    fought = [e for e in coded(coder, "Kenyan President William Ruto met his Tanzanian "
                                      "counterpart Samia Suluhu Hassan in Arusha on Monday. "
                                      "The two neighbours fought a trade war over maize in "
                                      "2019.") if e.sentence_index == 1]
    assert {(e.source.country, e.target.country) for e in fought} == {("KEN", "TZA"),
                                                                     ("TZA", "KEN")}
    assert all(e.source.kind == "state" and e.source.text == "The two neighbours"
               for e in fought)
