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


# Farmers, doctors and nurses, and radicals ("fundamentalists", "hardliners") with no state
# of their own rise against their own rulers like protesters and workers (rules.yaml
# `governed_crowd_sectors`): they are the people of the only country their sentence names
# through its government or a leader. A country named only by its bare name, or two
# countries, leave them unplaced; farmers and doctors are not placed by a place alone
# ("sold grain to traders in Ukraine": the traders' place, not the farmers').
@pytest.mark.parametrize("text, country, root", [
    ("Farmers blocked highways across the country to protest against the Indian "
     "government's new farm laws.", "IND", "14"),
    ("Rice farmers marched on parliament to demand that the Japanese government scrap the "
     "new import quotas.", "JPN", "14"),
    ("Junior doctors walked out of public hospitals to protest against the Nigerian "
     "government's pay cuts.", "NGA", "14"),
    ("Islamist hardliners rallied against the Pakistani government's decision to free a "
     "jailed Christian woman.", "PAK", "14"),
])
def test_farmers_doctors_and_radicals_rise_against_their_own_rulers(one_sided_coder, text,
                                                                    country, root):
    assert (country, root, country) in _events(one_sided_coder, text)


@pytest.mark.parametrize("text", [
    "Farmers protested against Israel outside the embassy.",
    "Nationalists marched against the Serbian government's deal with Kosovo.",
])
def test_a_crowd_named_by_a_bare_state_or_two_states_stays_unplaced(one_sided_coder, text):
    found = coded(one_sided_coder, text)
    assert found and all(e.source.country is None for e in found
                         if e.cameo_code.startswith("14"))


# "admit" of people or aid lets them in: refugees and evacuees admitted are sheltered (075),
# aid convoys admitted are an allowed delivery (0863); a state admitted into a body confesses
# nothing. Admitting a fault or a clause stays an acknowledgement (015).
@pytest.mark.parametrize("text, triple", [
    ("Greece admitted 300 Syrian refugees from camps in Turkey.", ("GRC", "075", "SYR")),
    ("Canada admitted some 2,000 Afghan evacuees last month.", ("CAN", "075", "AFG")),
    ("Sudan admitted UN aid convoys into Darfur for the first time in months.",
     ("SDN", "0863", "UN")),
])
def test_people_or_aid_admitted_are_let_in(coder, text, triple):
    found = {(e.source.country, e.cameo_code, e.target.country) for e in coded(coder, text)}
    assert triple in found
    assert not any(code == "015" for _, code, _ in found)


@pytest.mark.parametrize("text", [
    "NATO formally admitted Sweden as its 32nd member on Thursday.",
    "The Arab League admitted Syria back into the bloc.",
])
def test_a_state_admitted_into_a_body_confesses_nothing(one_sided_coder, text):
    assert not any(e.cameo_code == "015" for e in coded(one_sided_coder, text))


@pytest.mark.parametrize("text", [
    "Israel admitted responsibility for the strike on the aid convoy.",
    "Moscow admitted that its forces had shot down the airliner.",
])
def test_admitting_a_fault_stays_an_acknowledgement(one_sided_coder, text):
    assert any(e.cameo_code == "015" for e in coded(one_sided_coder, text))
