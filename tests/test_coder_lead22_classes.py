"""Small classes the lead found reading articles of its own (session 22). Every
sentence is written for this file.

- A reaction to "the incident", "the crackdown", "the downing" or "the clashes" told
  before is aimed at whoever did it (roles.yaml `told_deed_nouns`); an incident with no
  doer (a storm) gives nothing.
- A reaction to "the project", "the initiative" or "the scheme" told before is aimed at
  the parties of the accord or act that launched it (roles.yaml `told_deed_nouns`), as
  "the deal" already was.
- A supply of a share of a country's goods ("supplies a third of Britain's gas") goes to
  the owner of the goods (roles.yaml `owner_received_roots`), not to a country a time
  phrase names ("before the invasion of Ukraine")."""

from __future__ import annotations

import pytest

from coder_helpers import roots


@pytest.mark.parametrize("text, reaction, parties", [
    ("Germany and Norway signed a deal to build a hydrogen pipeline. Moscow condemned the "
     "project.", ("RUS", "11"), ("DEU", "NOR")),
    ("Russia and Iran agreed to link their payment systems. Washington condemned the "
     "initiative.", ("USA", "11"), ("RUS", "IRN")),
    ("Kenya and Uganda signed an accord to extend the railway to Kampala. Tanzania "
     "criticised the scheme.", ("TZA", "11"), ("KEN", "UGA")),
])
def test_a_reaction_to_the_project_told_before_is_aimed_at_its_parties(
        coder, text, reaction, parties):
    coded = roots(coder, text)
    for party in parties:
        assert (*reaction, party) in coded


def test_the_project_with_no_deed_told_before_is_aimed_at_no_one(coder):
    text = "The project was delayed by floods, officials said. India criticised the project."
    assert not roots(coder, text)


@pytest.mark.parametrize("text, expected, wrong", [
    ("Russia supplied more than half of Germany's gas before the invasion of Ukraine.",
     ("RUS", "06", "DEU"), "UKR"),
    ("Russia had supplied more than half of Germany's gas before the war in Ukraine.",
     ("RUS", "06", "DEU"), "UKR"),
    ("Qatar supplies a third of Britain's liquefied natural gas.", ("QAT", "06", "GBR"),
     None),
])
def test_a_share_of_a_countrys_goods_is_supplied_to_that_country(coder, text, expected,
                                                                  wrong):
    coded = roots(coder, text)
    assert expected in coded
    assert not any(t == wrong for _, _, t in coded)


@pytest.mark.parametrize("text, expected", [
    ("Turkey supplied drones to Azerbaijan's army.", ("TUR", "07", "AZE")),
    ("Norway supplies a third of its gas to Germany.", ("NOR", "06", "DEU")),
])
def test_a_supply_with_a_named_receiver_keeps_it(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, reaction, doers", [
    ("Chinese ships fired water cannon at Philippine vessels on Sunday. Japan voiced concern "
     "over the incident.", ("JPN", "01"), ("CHN",)),
    ("Russian jets buzzed a Polish patrol plane over the Baltic. NATO called the incident "
     "reckless.", (None, "11"), ("RUS",)),
    ("Iranian forces shot down a Ukrainian airliner near Tehran. Canada condemned the "
     "downing.", ("CAN", "11"), ("IRN",)),
    ("Serbian police detained dozens of Kosovo Albanians at the border. The EU criticised "
     "the crackdown.", (None, "11"), ("SRB",)),
    ("Indian and Chinese troops clashed in the Galwan Valley. The United States voiced "
     "concern over the clashes.", ("USA", "01"), ("IND", "CHN")),
])
def test_a_reaction_to_the_incident_told_before_is_aimed_at_its_doers(
        coder, text, reaction, doers):
    coded = roots(coder, text)
    for doer in doers:
        assert any(r == reaction[1] and t == doer and reaction[0] in (None, s)
                   for s, r, t in coded)


@pytest.mark.parametrize("text", [
    "A storm damaged several boats off Crete on Monday. Greece called the incident a "
    "tragedy.",
    "The incident is under investigation, the ministry said. Japan voiced concern.",
])
def test_an_incident_with_no_doer_told_gives_no_reaction(coder, text):
    assert not roots(coder, text)
