"""Classes of construction found wanting on the PLOVER train records (round 4), pinned with
sentences of our own.

Vehicles and their load: a hostile act on a vehicle whose owner no word names hits the
people it carries ("shot down a helicopter carrying Turkish soldiers": Turkey), never an
unnamed "helicopter"; a vehicle whose owner is named stays its owner's, and a load of goods
places nobody."""

from __future__ import annotations

import pytest

from coder_helpers import coded, roots


@pytest.mark.parametrize("text, source, target", [
    ("Syrian troops shot down a helicopter carrying Turkish soldiers near the border.",
     "SYR", "TUR"),
    ("Israeli forces fired on a convoy carrying United Nations staff in southern Gaza.",
     "ISR", "UN"),
    ("Houthi fighters struck a cargo ship carrying Indian sailors in the Gulf of Aden.",
     "YEM", "IND"),
    ("A Russian drone hit a minibus transporting Ukrainian medics outside Kherson.",
     "RUS", "UKR"),
    ("Sudanese paramilitaries ambushed a truck ferrying Chadian refugees near the frontier.",
     "SDN", "TCD"),
])
def test_an_attack_on_a_vehicle_hits_the_people_it_carries(coder, text, source, target):
    assert (source, "19", target) in roots(coder, text) or \
        (source, "18", target) in roots(coder, text)


@pytest.mark.parametrize("text, source, target", [
    # the owner is named: the vehicle stays its owner's
    ("Iranian commandos seized a Greek tanker carrying Filipino crew members.", "IRN", "GRC"),
])
def test_a_vehicle_with_a_named_owner_stays_its_owners(coder, text, source, target):
    found = {(e.source.country, e.target.country) for e in coded(coder, text)}
    assert (source, target) in found
    assert (source, "PHL") not in found


@pytest.mark.parametrize("text", [
    "Rebels shelled a freighter carrying wheat off the coast.",
    "Gunmen torched a lorry carrying cement on the highway.",
    "A drone struck a train carrying coal near the depot.",
])
def test_a_vehicle_with_a_load_of_goods_gives_no_dyad(coder, text):
    assert not roots(coder, text)


# A one-sided happening that repeats, without its party, the act of a dyadic event by the
# same doer in the same sentence ("established relations with and then opened a consulate
# in Lima": one act told twice, the first verb's object lost to the coordination) adds
# nothing and is left out; a one-sided act of another kind stays.
def _one_sided(coder, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.country, e.cameo_code) for e in coded(coder, text) if e.one_sided]


@pytest.mark.parametrize("text", [
    "Bhutan established relations with and then opened a consulate in Lima, officials in "
    "Thimphu said.",
    "Vietnam met and held talks with Japan on Monday.",
    "Ecuador restored relations and reopened its embassy in Caracas last week.",
    "Ghana condemned and protested the Togolese border closure.",
])
def test_a_one_sided_repeat_of_a_dyadic_act_is_left_out(one_sided_coder, text):
    events = coded(one_sided_coder, text)
    dyads = {e.cameo_code[:2] for e in events if not e.one_sided}
    assert dyads
    assert not [e for e in events if e.one_sided and e.cameo_code[:2] in dyads]


def test_a_one_sided_act_of_another_kind_stays(one_sided_coder):
    text = "Kenya's cabinet met on Monday and later accused Uganda of arming rebels."
    assert ("KEN", "040") in _one_sided(one_sided_coder, text) or \
        any(c and c.startswith("04") for _, c in _one_sided(one_sided_coder, text))


# Plans and texts that aim at an act: what a resolution, bill or proposal "aims to",
# "seeks to" or is "intended to" / "aimed at" do has not happened, and the text is no doer;
# whoever backs or adopts it keeps that act of their own, and a plan's passage by a body
# that imposes the measure itself is still coded.
@pytest.mark.parametrize("text", [
    "Brazil said it would vote for a UN resolution that aims to impose an arms embargo on "
    "South Sudan.",
    "The Senate debated a bill that seeks to sanction Nicaraguan judges.",
    "Canada endorsed an EU proposal intended to cut development aid to Burundi.",
    "Seoul welcomed a draft resolution aimed at imposing a naval blockade on North Korea.",
    "The plan is designed to expel Russian diplomats from Moldova.",
    "Peru backed a motion that seeks to tighten controls and impose a blockade on Bolivia.",
])
def test_what_a_plan_aims_at_is_no_event(coder, text):
    hostile = {r for r in roots(coder, text) if r[1] in ("13", "16", "17", "19")}
    assert not hostile


def test_backing_a_plan_is_still_coded(coder):
    text = "Brazil said it would back a UN resolution that aims to impose an arms embargo on " \
        "South Sudan."
    assert any(s == "BRA" and r in ("03", "05") for s, r, _ in roots(coder, text))


def test_a_plan_a_body_passes_still_acts(coder):
    text = "The Security Council adopted a resolution imposing an arms embargo on South Sudan."
    assert any(t == "SSD" and r in ("16", "17") for _, r, t in roots(coder, text))


# A duty speakers put on themselves: "Russia and China said they must deepen cooperation",
# "the two countries should expand trade", "their armies must coordinate": their own
# intent (or nothing), never a demand on one another; a duty put on another party stays a
# demand on it.
@pytest.mark.parametrize("text", [
    "Vietnam and Laos said they must deepen military cooperation.",
    "India and Japan said the two countries should expand defence ties.",
    "Egypt and Sudan said their armies must coordinate along the border.",
    "Norway and Iceland said both sides should step up fisheries cooperation.",
    "Ghana and Togo said their police forces must work together against smugglers.",
])
def test_a_duty_speakers_put_on_themselves_is_no_demand(coder, text):
    assert not {r for r in roots(coder, text) if r[1] == "10"}


def test_a_shared_duty_to_cooperate_is_an_intent(coder):
    found = roots(coder, "Vietnam and Laos said they must deepen military cooperation.")
    assert ("VNM", "03", "LAO") in found or ("LAO", "03", "VNM") in found


@pytest.mark.parametrize("text, triple", [
    ("France and Italy said Libya must hold elections.", ("FRA", "10", "LBY")),
    ("Peru said Bolivia should withdraw its troops from the border.", ("PER", "10", "BOL")),
])
def test_a_duty_put_on_another_stays_a_demand(coder, text, triple):
    assert triple in roots(coder, text)


# Lines, pipes and roads: a hostile act on one that no word places or owns hits the named
# place it leads into, runs through or supplies ("blew up power lines leading into Kabul");
# one placed by its own "in" phrase keeps that place, and a vehicle's destination is no
# target.
@pytest.mark.parametrize("text, source, target", [
    ("Afghan insurgents blew up power lines leading into Kandahar overnight.", "AFG", "AFG"),
    ("Russian missiles hit substations supplying Odesa on Tuesday.", "RUS", "UKR"),
    ("Ukrainian drones hit an oil pipeline running through western Russia.", "UKR", "RUS"),
    ("Sudanese paramilitaries destroyed a bridge leading into El Fasher.", "SDN", "SDN"),
])
def test_an_attack_on_a_line_hits_the_place_it_serves(coder, text, source, target):
    found = {(s, t) for s, r, t in roots(coder, text) if r in ("18", "19", "17")}
    assert any(t == target and (source is None or s == source) for s, t in found)


def test_a_vehicles_destination_is_no_target(coder):
    text = "Rebels ambushed a truck heading to Goma."
    assert not {r for r in roots(coder, text) if r[1] in ("18", "19") and r[2] == "COD"}


@pytest.mark.parametrize("text", [
    "Colombian guerillas attacked Venezuelan soldiers near the border.",
    "Colombian guerrillas attacked Venezuelan soldiers near the border.",
])
def test_guerrillas_in_either_spelling_are_rebels_not_their_state(coder, text):
    events = [e for e in coded(coder, text) if e.target.country == "VEN"]
    assert events and all(e.source.country == "COL" and e.source.sector == "REB"
                          for e in events)
