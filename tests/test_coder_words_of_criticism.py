"""Criticism told in words news uses beside "criticise": verdicts by portraying and
depicting, verdicts of unrealism, swipes and jabs in a leading phrase, officeholders who
"attack" a party in words, and "its" in an act its owner's decision names (session 17,
the lead). Every sentence is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic, roots


@pytest.mark.parametrize("text, expected", [
    ("Moscow described Kyiv's peace proposal as delusional.", ("RUS", "11", "UKR")),
    ("The Serbian president portrayed Pristina's new licence-plate rules as one-sided.",
     ("SRB", "11", "XKX")),
    ("Beijing depicted the Philippine patrols as reckless.", ("CHN", "11", "PHL")),
    ("Cairo described Addis Ababa's dam plan as unworkable and short-sighted.",
     ("EGY", "11", "ETH")),
    # a hyphened verdict the tokenizer splits
    ("Seoul described Tokyo's export plan as ill-advised.", ("KOR", "11", "JPN")),
])
def test_portraying_an_act_as_wrong_is_criticism(coder, text, expected):
    assert expected in roots(coder, text)


def test_portraying_without_a_verdict_is_no_criticism(coder):
    found = roots(coder, "The minister portrayed Kenya as a close partner of Ethiopia.")
    assert not any(r == "11" for _, r, _ in found)


@pytest.mark.parametrize("text, expected", [
    ("In a veiled swipe at Washington, Chinese President Xi Jinping warned against bloc "
     "confrontation.", ("CHN", "11", "USA")),
    ("In a sharp jab at Moscow, the Polish president said Russia could not be trusted.",
     ("POL", "11", "RUS")),
    ("In a thinly veiled dig at Ankara, the Greek prime minister said borders were not for "
     "sale.", ("GRC", "11", "TUR")),
    ("The Indian foreign minister took a swipe at Pakistan on Friday.", ("IND", "11", "PAK")),
])
def test_a_swipe_at_a_party_is_criticism_by_the_speaker(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "Nurses administered the second Covid jab at clinics across Kenya.",
    "Archaeologists resumed the dig at the ancient site near Luxor.",
])
def test_jabs_and_digs_of_other_kinds_are_no_criticism(coder, text):
    assert not any(r == "11" for _, r, _ in roots(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("The Israeli prime minister attacked the International Criminal Court over the "
     "arrest warrants.", ("ISR", "11", None)),
    ("The Turkish foreign minister attacked Greece over its treatment of migrants.",
     ("TUR", "11", "GRC")),
    ("The Chinese ambassador attacked Australia's media for spreading lies about Xinjiang.",
     ("CHN", "11", "AUS")),
    ("Hungarian officials attacked the European Commission for withholding the funds.",
     ("HUN", "11", None)),
])
def test_an_officeholder_attacking_a_party_criticises_it(coder, text, expected):
    found = {(s, c[:2], t) for s, c, t in dyadic(coder, text)} | \
        {(s, c[:2], None) for s, c, _ in dyadic(coder, text)}
    assert expected in found
    assert not any(c.startswith("19") for _, c, _ in dyadic(coder, text))


@pytest.mark.parametrize("text, attack", [
    ("Russian President Vladimir Putin attacked Ukraine in February 2022.",
     ("RUS", "19", "UKR")),
    ("Russian troops attacked Ukrainian positions near Bakhmut on Sunday.",
     ("RUS", "19", "UKR")),
])
def test_leaders_and_forces_attacking_a_state_still_attack(coder, text, attack):
    assert attack in roots(coder, text)


@pytest.mark.parametrize("text, never", [
    ("The Kremlin took aim at Finland's decision to close its border crossings.",
     ("FIN", "RUS")),
    ("Lithuania criticised Poland's plan to shut its border crossings with Belarus.",
     ("POL", "LTU")),
])
def test_its_in_an_act_of_a_decision_is_the_deciders(coder, text, never):
    assert not any((s, t) == never for s, _, t in dyadic(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("Georgia passed the law on Tuesday, prompting the EU to freeze Tbilisi's accession "
     "process.", ("IGO", "16", "GEO")),
    ("The European Union froze Turkey's accession process in 2018.", ("IGO", "16", "TUR")),
    ("Brussels halted Serbia's accession bid over its ties with Moscow.", ("IGO", "16", "SRB")),
])
def test_an_accession_frozen_halts_negotiations(coder, text, expected):
    found = {("IGO" if s in ("EU", "IGO") else s, r, t) for s, r, t in roots(coder, text)}
    assert expected in found


@pytest.mark.parametrize("text, pair", [
    ("At a joint news conference with German Chancellor Olaf Scholz, Polish Prime Minister "
     "Donald Tusk said the pipeline had been a mistake.", ("POL", "DEU")),
    ("Speaking alongside his Kenyan counterpart in Nairobi, the Turkish president said "
     "Ankara stood ready to help.", ("TUR", "KEN")),
    ("The Japanese prime minister, appearing alongside the Philippine president in Manila, "
     "announced a new coast guard deal.", ("JPN", "PHL")),
    ("Indonesia's foreign minister told a press conference with her Australian counterpart "
     "that the two sides would boost maritime cooperation.", ("IDN", "AUS")),
])
def test_a_joint_appearance_is_a_meeting_of_its_leaders(coder, text, pair):
    assert (pair[0], "04", pair[1]) in roots(coder, text)


@pytest.mark.parametrize("text, never", [
    ("Erdogan told a summit with Central Asian leaders that Turkey would build a new "
     "pipeline.", "10"),
    ("The Indian prime minister told a meeting with Japanese business leaders that India was "
     "open for investment.", "10"),
])
def test_telling_a_meeting_demands_nothing(coder, text, never):
    assert not any(r == never for _, r, _ in roots(coder, text))


@pytest.mark.parametrize("text", [
    "At a news conference in Geneva, the Swiss president said the talks had been useful.",
    "Polish volunteers fought alongside Ukrainian troops near Kharkiv.",
])
def test_a_news_conference_alone_or_fighting_alongside_meets_no_one(coder, text):
    assert not any(r == "04" for _, r, _ in roots(coder, text))


@pytest.mark.parametrize("text, answered", [
    ("Lawmakers in the European Parliament accused Serbia of undermining the bloc's foreign "
     "policy. Vucic has dismissed such criticism.", ("SRB", "EU")),
    ("Moscow accused Tallinn of rewriting history. Estonia rejected such accusations as "
     "absurd.", ("EST", "RUS")),
])
def test_such_a_reaction_answers_the_party_told_before(coder, text, answered):
    assert any((s, t) == answered for s, _, t in roots(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("Beijing said Washington's arms sales to Taipei sent a wrong signal to separatist "
     "forces.", ("CHN", "11", "USA")),
    ("Ankara said the Greek decision ran counter to the spirit of dialogue.",
     ("TUR", "11", "GRC")),
    ("Islamabad said Kabul was doing nothing to stop cross-border attacks.",
     ("PAK", "11", "AFG")),
    ("Kyiv said Budapest was turning a blind eye to Russian aggression.",
     ("UKR", "11", "HUN")),
])
def test_sayings_of_failure_and_wrong_signals_judge_their_subject(coder, text, expected):
    assert expected in roots(coder, text)


def test_doing_nothing_wrong_is_no_criticism(coder):
    found = roots(coder, "Seoul said its navy had done nothing wrong near the Japanese "
                  "islands.")
    assert not any(r == "11" for _, r, _ in found)
