"""A state's own armed forces told without a name (session 18, the lead): "the navy" in a
clause a state reports is that state's ("Iran said the navy had seized a tanker"), and an
order to forces of one's own or of no named state expels no one ("ordered the army to
prepare for an offensive"), where an order to another state's forces does ("ordered French
troops to leave"). Every sentence is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import coded, roots, triples


@pytest.mark.parametrize("text, expected", [
    ("Moscow said the air force had shot down two Ukrainian drones over the Black Sea.",
     ("RUS", "19", "UKR")),
    ("The Indian government said the army had repelled an incursion by Chinese troops in "
     "Arunachal Pradesh.", ("IND", "19", "CHN")),
    ("Seoul's defence ministry said the military had fired warning shots at North Korean "
     "soldiers who crossed the demarcation line.", ("KOR", "19", "PRK")),
    ("Kenya's interior minister said the police had arrested two Somali nationals in "
     "Mandera.", ("KEN", "17", "SOM")),
])
def test_a_bare_force_in_a_states_report_is_that_states(coder, text, expected):
    assert expected in roots(coder, text)


def test_the_placed_force_keeps_its_sector(coder):
    events = coded(coder, "Tokyo said the coast guard had expelled three Chinese ships "
                          "from waters near the Senkaku Islands.")
    assert [(e.source.code, e.target.country) for e in events] == [("JPNMIL", "CHN")]


@pytest.mark.parametrize("text", [
    # an armed group reporting "the army" speaks of its enemy's army, not its own
    "Hamas said the army had stormed a hospital in Khan Younis.",
    # a force named with a state is that state's, whoever reports it
    "Kyiv said Russian forces had shelled the city of Kherson overnight.",
])
def test_no_force_placed_by_a_speaker_that_is_not_its_state(coder, text):
    found = roots(coder, text)
    assert not any(s == "PSE" for s, _, _ in found)
    assert not any(s == "UKR" and t == "UKR" for s, _, t in found)


@pytest.mark.parametrize("text", [
    "Israel's defence minister ordered the army to prepare for a ground offensive in "
    "southern Lebanon.",
    "The Kenyan president ordered troops to the border with Somalia.",
    "Azerbaijan's president ordered his forces to stand down along the frontier.",
])
def test_an_order_to_ones_own_forces_expels_no_one(coder, text):
    assert not any(c.startswith("16") for _, c, _ in roots(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("Niger's junta ordered French troops to leave the country by the end of the year.",
     ("NER", "166", "FRA")),
    ("Mali's military rulers ordered French soldiers out of the country.", ("MLI", "166", "FRA")),
])
def test_an_order_to_another_states_forces_expels_them(coder, text, expected):
    assert expected in triples(coder, text)
