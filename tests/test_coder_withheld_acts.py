"""Acts a state keeps from happening: sanctions vetoed, talks blocked, an attack thwarted.
The blocked act is no event of its would-be doer; the refusal is aimed at that doer, and a
package, round or wave of acts stands for the acts it holds."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic


@pytest.mark.parametrize(("text", "refusal", "never"), [
    ("Hungary vetoed a new round of EU sanctions on Russia.", ("HUN", "EU"), ("EU", "RUS")),
    ("Slovakia has blocked a fresh package of European Union sanctions against Moscow.",
     ("SVK", "EU"), ("EU", "RUS")),
    ("Greece vetoed EU tariffs on Turkish steel.", ("GRC", "EU"), ("EU", "TUR")),
    ("Bulgaria blocked the EU sanctions against Serbia for months.", ("BGR", "EU"),
     ("EU", "SRB")),
])
def test_a_vetoed_sanction_is_a_refusal_of_its_author(coder, text, refusal, never):
    found = dyadic(coder, text)
    assert (refusal[0], refusal[1]) in {(s, t) for s, c, t in found if c.startswith("12")}
    assert not [e for e in found if (e[0], e[2]) == never]


@pytest.mark.parametrize(("text", "blocker"), [
    ("France blocked talks between Brussels and Ankara.", "FRA"),
    ("Washington scuttled talks between Israel and Lebanon.", "USA"),
])
def test_blocked_talks_were_not_held(coder, text, blocker):
    found = dyadic(coder, text)
    assert not [e for e in found if e[1].startswith("04")]
    assert {e[0] for e in found} <= {blocker}


def test_a_thwarted_attack_is_no_attack(coder):
    assert not [e for e in dyadic(coder, "Turkish police thwarted an attack on the Israeli"
                                         " embassy in Ankara.") if e[1].startswith("1")
                or e[1].startswith("2")]


def test_a_round_of_sanctions_imposed_is_still_imposed(coder):
    found = dyadic(coder, "The EU imposed a new round of sanctions on Belarus.")
    assert ("EU", "163", "BLR") in found
    found = dyadic(coder, "Washington announced a fresh package of sanctions on Iran.")
    assert [e for e in found if (e[0], e[2]) == ("USA", "IRN") and e[1].startswith("16")]


def test_a_veto_named_as_a_noun_is_what_others_talk_about(coder):
    # the veto is the topic of the demand; the aid it holds up is no refusal told here
    found = dyadic(coder, "The Commission said Slovakia should drop its veto on military aid"
                          " for Ukraine.")
    assert not [e for e in found if (e[0], e[2]) == ("SVK", "UKR")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Austria blocked Romania's accession to the Schengen area.", ("AUT", "ROU")),
    ("The Netherlands vetoed Bulgaria's application to join Schengen.", ("NLD", "BGR")),
    ("Hungary has held up Sweden's membership of NATO.", ("HUN", "SWE")),
    ("Turkey held up Finland's bid for months.", ("TUR", "FIN")),
])
def test_a_blocked_membership_is_refused_to_the_applicant(coder, text, expected):
    assert expected in {(s, t) for s, c, t in dyadic(coder, text) if c.startswith("12")}


@pytest.mark.parametrize("text", [
    "The protesters held up portraits of the president outside the Iranian embassy.",
    "The minister held up Norway as a model for the region.",
])
def test_holding_up_a_thing_is_no_refusal(coder, text):
    assert not [e for e in dyadic(coder, text) if e[1].startswith("12")]
