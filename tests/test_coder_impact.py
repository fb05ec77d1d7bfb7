"""Weapons and strikes as the subjects of verbs of impact ("Russian missiles damaged a
hospital", "Israeli strikes flattened a building"): the weapon's or strike's owner attacks
the place hit, once, with the code of the weapon."""

from __future__ import annotations

import pytest

from coder_helpers import triples


@pytest.mark.parametrize("text, expected", [
    # aerial weapons damaging what they hit: 195
    ("Russian cruise missiles damaged a maternity hospital in Ukraine's Zhytomyr region.",
     ("RUS", "195", "UKR")),
    ("Azerbaijani drones damaged an Armenian army depot near the border on Friday.",
     ("AZE", "195", "ARM")),
    ("Saudi warplanes badly damaged a water plant in Yemen's Hodeidah province.",
     ("SAU", "195", "YEM")),
    # rockets and shells: artillery (194), also in a reported clause
    ("Israeli rockets damaged a power station in southern Lebanon, the ministry said.",
     ("ISR", "194", "LBN")),
    ("Russian missiles damaged a hospital in Ukraine's Sumy region, the ministry said.",
     ("RUS", "195", "UKR")),
    # "strike" with no weapon word, as the subject of a verb of impact, is an armed strike
    ("Turkish strikes damaged an oil field in Syria's Hasakah province.", ("TUR", "195", "SYR")),
    ("A Pakistani strike flattened a compound in Afghanistan's Khost province.",
     ("PAK", "195", "AFG")),
    ("Russian strikes destroyed a grain silo in Ukraine's Odesa region overnight.",
     ("RUS", "19", "UKR")),
])
def test_weapons_and_strikes_that_damage_a_place_attack_its_state(coder, text, expected):
    source, code, target = expected
    assert [e for e in triples(coder, text)
            if e[0] == source and e[1].startswith(code) and e[2] == target]


@pytest.mark.parametrize("text, expected", [
    ("A Turkish drone strike killed four PKK militants in northern Iraq, officials said.",
     ("TUR", "195")),
    ("Israeli air strikes killed nine people in Lebanon's Bekaa valley.", ("ISR", "195")),
    ("A Russian missile strike wounded eleven civilians in the Ukrainian city of Sumy.",
     ("RUS", "195")),
])
def test_a_strike_that_kills_is_one_event_not_two(coder, text, expected):
    """The noun and the verb of impact tell one attack: the verb's event stands, and the
    noun's frame takes no victim back by surface order."""
    events = [e for e in triples(coder, text) if e[:2] == expected]
    assert len(events) == 1, events


@pytest.mark.parametrize("text", [
    # the civil sense of "strike" stays civil (and is no attack)
    "A strike by French dockworkers halted shipments to Britain for a week.",
    "Teachers in Kenya began a strike over unpaid wages on Monday.",
    # weapons made in a state are not that state's acts
    "Iranian-made drones damaged a Kurdish opposition camp in northern Iraq.",
    # damage with no armed doer is no attack
    "Heavy rains damaged a bridge between Peru and Bolivia.",
])
def test_civil_strikes_and_unowned_weapons_give_no_attack(coder, text):
    assert not [e for e in triples(coder, text) if e[1].startswith(("19", "18"))]
