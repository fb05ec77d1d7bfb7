"""Coordinated subjects of a contention verb ("fight", "battle", "clash") are each other's
opponents only when the verb has no object of its own: "Armenia and Azerbaijan fought". When
they act on a thing that names no actor ("fighting drug trafficking", "fight climate
change"), they are allies against it, and no event between them may come out."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic


@pytest.mark.parametrize("text", [
    "Mexico and Colombia are fighting drug trafficking together.",
    "India and Japan will fight climate change jointly, their leaders said in Tokyo.",
    "Ecuador and Peru vowed on Monday to fight cocaine smuggling along their shared river.",
    "Kenya and Somalia are battling a locust plague that has stripped crops in the north.",
    "Chile, Argentina and Bolivia cooperate closely in fighting wildfires near the Andes.",
])
def test_allies_against_a_thing_are_no_opponents(coder, text):
    found = dyadic(coder, text)
    assert not [e for e in found if e[1][:2] in ("13", "14", "17", "18", "19", "20")], found


@pytest.mark.parametrize(("text", "pair"), [
    ("Armenia and Azerbaijan fought over Nagorno-Karabakh in 2020.", ("ARM", "AZE")),
    ("Sudan and South Sudan fought a bloody battle for the oil town of Heglig.",
     ("SDN", "SSD")),
    ("Eritrea and Ethiopia fought a border war that killed tens of thousands.",
     ("ERI", "ETH")),
])
def test_coordinated_subjects_without_a_thing_object_still_fight_each_other(coder, text,
                                                                            pair):
    found = {(s, c[:2], t) for s, c, t in dyadic(coder, text)}
    assert (pair[0], "19", pair[1]) in found and (pair[1], "19", pair[0]) in found
