"""Who is no party to an act. Coordinated subjects of a contention verb ("fight", "battle",
"clash") are each other's opponents only when the verb has no object of its own: "Armenia
and Azerbaijan fought". When they act on a thing that names no actor ("fighting drug
trafficking", "fight climate change"), they are allies against it, and no event between them
may come out. A speaker's own state named in what it says, and "its" in a state's own
clause, are no other party either."""

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


# --- a state's own name or "its" in its own clause: no act on another party ----------------

@pytest.mark.parametrize("text", [
    "Putin warned that Russia would respond harshly to the deployment of the missiles.",
    "Venezuela's defence minister warned that his country would answer any aggression.",
    "The Iranian foreign minister complained that Iran had been treated unfairly.",
    "Brazil, which borders both countries, said it had reinforced its military presence on"
    " its northern frontier.",
    "Poland, which borders Belarus, said it had sent more troops to its eastern border.",
])
def test_the_speakers_own_state_is_no_target(coder, text):
    found = dyadic(coder, text)
    assert all(s != t for s, _, t in found) and not [
        e for e in found if e[2] in ("VEN", "BLR")], found


def test_its_in_the_subjects_clause_is_the_subject_after_an_earlier_sentence(coder):
    text = ("Guyana accused Venezuela of moving troops closer to the disputed region. "
            "Brazil said it had reinforced its military presence on its northern frontier.")
    assert dyadic(coder, text) == {("GUY", "112", "VEN")}


@pytest.mark.parametrize(("text", "pair"), [
    ("Erdogan warned that Greece would pay a heavy price for the drilling.", ("TUR", "GRC")),
    ("Kyiv said Russian drones struck its grain terminals on the Danube overnight.",
     ("RUS", "UKR")),
    ("Russia shelled Ukraine overnight and destroyed its power plants.", ("RUS", "UKR")),
])
def test_another_party_stays_the_target(coder, text, pair):
    assert pair in {(s, t) for s, _, t in dyadic(coder, text)}
