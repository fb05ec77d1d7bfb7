"""Classes of construction found wanting on the PLOVER train records (round 8), pinned with
sentences of our own.

A protest held somewhere that demands something of someone is aimed at whom it demands it
of: "marched in Dili demanding independence from Indonesia" protests against Indonesia, not
against Dili, the place where the march took place. A place the protest is held at or
outside ("outside the Chinese embassy") stays its target, and so does the place when the
protest demands nothing of anybody. A demand hung on a participle of joining ("rioted,
joining students in demanding autonomy from Khartoum") is what the protest demands, not a
second event."""

from __future__ import annotations

import pytest

from coder_helpers import coded


def _events(coder, text):
    return {(e.source.country if e.source else None, e.cameo_code[:2],
             e.target.country if e.target else None) for e in coded(coder, text)}


@pytest.mark.parametrize("text, source, target", [
    ("Students marched in Dili on Tuesday demanding independence from Indonesia.",
     "TLS", "IDN"),
    ("Thousands of Kosovo Albanians rallied in Pristina to demand independence from Serbia.",
     "XKX", "SRB"),
    ("Crowds of Tamil students demonstrated in Jaffna on Friday, demanding autonomy from "
     "the Sri Lankan government.", "LKA", "LKA"),
    ("Hundreds of Tibetan exiles rallied in Dharamsala demanding freedom from Chinese rule.",
     "CHN", "CHN"),
    ("Villagers rioted in the provincial capital on Monday, joining students in demanding "
     "autonomy from the Sudanese government.", "SDN", "SDN"),
    ("Inmates rioted at a prison in the Papuan town of Wamena, joining thousands of "
     "protesters in demanding a vote on independence from Indonesian rule.", None, "IDN"),
])
def test_a_protest_is_aimed_at_whom_its_demand_is_made_of(one_sided_coder, text, source,
                                                          target):
    found = _events(one_sided_coder, text)
    assert any(code == "14" and tgt == target and (source is None or src == source)
               for src, code, tgt in found), found
    assert not any(code == "10" for _, code, _ in found)


@pytest.mark.parametrize("text, target", [
    # held outside an embassy: the embassy's state, whatever is demanded
    ("Students protested outside the Chinese embassy in Manila demanding an apology.", "CHN"),
    # a demand of nobody in particular leaves the protest where it was
    ("Students marched in Jakarta on Tuesday demanding cheaper fuel.", "IDN"),
])
def test_a_protest_that_names_no_other_addressee_keeps_its_place(one_sided_coder, text,
                                                                 target):
    found = _events(one_sided_coder, text)
    assert any(code == "14" and tgt == target for _, code, tgt in found), found


# Workers who strike walk out (143): "miners struck on Monday over pay" is no attack; jets,
# gunmen and troops that strike attack, and "struck a deal" stays a deal.
@pytest.mark.parametrize("text", [
    "Nigerian dockworkers struck on Monday over unpaid wages, halting exports.",
    "Teachers in Kenya struck for a second week against the pay freeze.",
    "South African miners struck at three platinum mines to demand higher wages.",
    "Hospital doctors in Zimbabwe struck over the collapse of their salaries.",
])
def test_workers_who_strike_walk_out(one_sided_coder, text):
    found = _events(one_sided_coder, text)
    assert any(code == "14" for _, code, _ in found), found
    assert not any(code in ("18", "19") for _, code, _ in found), found


@pytest.mark.parametrize("text, root", [
    ("Israeli jets struck Hamas targets in Gaza overnight.", "19"),
    ("Gunmen struck a police post in western Niger.", "19"),
    ("Chilean miners struck a deal with the state copper company.", "05"),
])
def test_others_who_strike_still_attack_or_deal(one_sided_coder, text, root):
    found = _events(one_sided_coder, text)
    assert any(code == root for _, code, _ in found), found
    assert not any(code == "14" for _, code, _ in found), found


# Parties of the wire news of the 1980s-2000s that the gazetteer lacked: armed groups and
# movements ("the Khmer Rouge", "Contra rebels", "the Taleban" as British papers spell it),
# former names of states ("Zaire", "Rhodesia", "Ceylon", "Kampuchea") and the CSCE, and
# peoples whose separatists fight a state (Basques, Corsicans, Catalans). A first name such
# as "Karen" names no people.
@pytest.mark.parametrize("text, source, target", [
    ("Khmer Rouge guerrillas shelled a Cambodian army outpost near Pailin.", "KHM", "KHM"),
    ("Contra rebels ambushed a Nicaraguan army convoy near the Honduran border.", "NIC", "NIC"),
    ("The Taleban released two Pakistani engineers on Tuesday.", "AFG", "PAK"),
    ("Zairean troops fired on Rwandan refugees near Goma.", "ZAR", "RWA"),
    ("Rhodesian forces raided guerrilla camps in Mozambique.", "ZWE", "MOZ"),
    ("The CSCE criticised Armenia over the fighting.", "OSCE", "ARM"),
    ("Corsican separatists bombed a French police barracks in Ajaccio.", "FRA", "FRA"),
    ("Interahamwe militiamen attacked a Burundian border post.", "RWA", "BDI"),
    ("The Popular Front for the Liberation of Palestine accused Jordan of arresting its "
     "members.", "PSE", "JOR"),
])
def test_parties_of_older_wire_news_are_placed(one_sided_coder, text, source, target):
    assert (source, target) in {(src, tgt) for src, _, tgt in _events(one_sided_coder, text)}


def test_a_first_name_is_no_people(one_sided_coder):
    found = _events(one_sided_coder, "Karen Pierce criticised Russia at the Security Council.")
    assert not any(src == "MMR" for src, _, _ in found)


# A measure against a party that its doer announces in the future is decided, not threatened:
# "announced it would suspend aid to Niger" suspends aid (16x). Said without announcing, or
# announced on a condition, it stays a threat (13x); an announced visit stays an intent.
@pytest.mark.parametrize("text, code", [
    ("The United States announced on Tuesday that it would suspend military aid to Niger.",
     "16"),
    ("Canada announced it will recall its ambassador from Riyadh.", "16"),
    ("Germany announced it would expel two Russian diplomats over the spying case.", "16"),
    ("Washington said it would suspend aid to Niger.", "13"),
    ("Washington announced it would suspend aid to Niger if the junta stays in power.", "13"),
    ("China announced it will hold talks with Japan next month.", "03"),
])
def test_an_announced_measure_is_taken(one_sided_coder, text, code):
    found = _events(one_sided_coder, text)
    assert any(root == code for _, root, _ in found), found
