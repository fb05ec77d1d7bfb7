"""Classes of construction found wanting on the PLOVER train records (round 7), pinned with
sentences of our own.

A protest's purpose is what the protest says: "went on strike to demand higher wages from
the government", "staged a hunger strike to demand that the government call elections",
"rallied outside Congress to demand that lawmakers reject the bill" are one protest aimed at
whom the demand is made of, never a second event of demanding. A demand told as an act of
its own (coordinated with the protest, or the purpose of an act that is no protest) stays."""

from __future__ import annotations

import pytest

from coder_helpers import coded


def _events(coder, text):
    return {(e.source.country, e.cameo_code[:2], e.target.country if e.target else None)
            for e in coded(coder, text)}


@pytest.mark.parametrize("text, country, root", [
    ("Bolivian miners went on strike on Monday to demand higher wages from the Bolivian "
     "government.", "BOL", "14"),
    ("Students staged a hunger strike in Belgrade to demand that the Serbian government call "
     "new elections.", "SRB", "14"),
    ("Hundreds of Peruvian farmers rallied outside Congress to demand that Peruvian lawmakers "
     "reject the mining bill.", "PER", "14"),
    ("Greek pensioners protested in Athens to demand the reversal of cuts imposed by the "
     "Greek government.", "GRC", "14"),
    ("Tunisian lawyers began a sit-in outside the justice ministry to demand that the Tunisian "
     "government free their jailed colleagues.", "TUN", "14"),
])
def test_a_protests_purpose_is_no_second_demand(one_sided_coder, text, country, root):
    found = _events(one_sided_coder, text)
    assert (country, root, country) in found
    assert not any(code == "10" for _, code, _ in found)


@pytest.mark.parametrize("text", [
    # a demand of its own, beside the protest
    "The Serbian opposition demanded new elections and staged a rally in Belgrade on Saturday.",
    # the purpose of an act that is no protest
    "Ukraine recalled its ambassador to demand an explanation from Hungary.",
])
def test_a_demand_told_as_an_act_of_its_own_stays(one_sided_coder, text):
    assert any(code == "10" for _, code, _ in _events(one_sided_coder, text))
