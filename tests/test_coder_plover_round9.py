"""Classes of construction found wanting on the PLOVER train records (round 9), pinned with
sentences of our own.

A day's possessive only dates a deed: "condemned Sunday's attack on Israeli tourists" is as
definite as "the attack on Israeli tourists" and names no doer, so the condemner is never
taken for the attacker and the victims are never the target of the condemnation (a deed
told in the sentence before gives the target, as for "the attack"). A demonym or name on
the charges a denial answers is the accuser ("rejected Indian charges that ...")."""

from __future__ import annotations

import pytest

from coder_helpers import coded


def _events(coder, text):
    return {(e.source.country if e.source else None, e.cameo_code[:2],
             e.target.country if e.target else None) for e in coded(coder, text)}


@pytest.mark.parametrize("text", [
    "Egypt condemned Sunday's attack on Israeli tourists in Sinai.",
    "The United Nations Security Council condemned Tuesday's attack on U.N. peacekeepers "
    "in southern Lebanon.",
    "France strongly condemned Sunday's bombing of a Turkish consulate in Iraq.",
    "Jordan on Monday denounced last week's raid on a refugee camp near Jenin.",
    "Kenya condemned yesterday's killing of two Somali aid workers.",
])
def test_a_dated_deed_names_no_doer_and_no_victim_target(one_sided_coder, text):
    found = _events(one_sided_coder, text)
    assert all(root != "19" and root != "18" and root != "17" for _, root, _ in found)
    assert all(target is None for _, root, target in found if root == "11")


def test_a_dated_deed_told_before_is_its_doers(coder):
    found = _events(coder, "Israeli jets struck a camp in Gaza on Sunday. Egypt condemned "
                           "Sunday's raid.")
    assert ("EGY", "11", "ISR") in found


@pytest.mark.parametrize("text, source, target", [
    ("Egypt condemned Sunday's attack by Hamas on Israeli tourists.", "EGY", "PSE"),
    ("Egypt condemned Sunday's Israeli raid on Gaza.", "EGY", "ISR"),
])
def test_a_dated_deed_with_its_doer_named_is_theirs(coder, text, source, target):
    assert (source, "11", target) in _events(coder, text)


@pytest.mark.parametrize("text, source, target", [
    ("Pakistani Prime Minister Nawaz Sharif rejected Indian charges that Pakistan was "
     "training Kashmiri militants.", "PAK", "IND"),
    ("Iran dismissed American accusations that it was arming Shiite militias in Iraq.",
     "IRN", "USA"),
    ("Rwanda denied Congolese allegations that its troops had crossed the border.",
     "RWA", "COD"),
    ("The Kremlin on Tuesday denied U.S. charges that Russian hackers had attacked the "
     "election.", "RUS", "USA"),
    ("Syria flatly rejected Turkish accusations that it was sheltering Kurdish guerrillas.",
     "SYR", "TUR"),
])
def test_a_denial_answers_the_accuser_its_charges_name(coder, text, source, target):
    found = _events(coder, text)
    assert (source, "01", target) in found
    assert all(root == "01" for _, root, _ in found)


def test_a_denial_of_charges_by_no_named_party_is_aimed_at_no_one(one_sided_coder):
    found = _events(one_sided_coder, "Serbia denied Western claims that its police had "
                                     "massacred civilians in Kosovo.")
    assert found <= {("SRB", "01", None)}
