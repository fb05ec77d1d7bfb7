"""Two construction classes of news (session 19, helper mcoped, from the Multi-CoPED train
part; every sentence is written for this file):

- A call on a crowd to protest against a party rallies opposition to that party (113): the
  call is aimed at the one protested against, not at the crowd called on ("urged its
  supporters to march against the president"). An appeal for any other act keeps its
  addressee ("urged the EU to impose sanctions on Russia").
- Forces that deploy to a country themselves are sent there, as when a state deploys them:
  military protection or help (074), or aid for medics (073); to a frontier it stays a show
  of force (154).
"""

from __future__ import annotations

import pytest

from coder_helpers import coded, roots


def _rallies(coder, text: str) -> list[str]:
    return [e.target.text for e in coded(coder, text)
            if e.cameo_code == "113" and e.target is not None]


@pytest.mark.parametrize("text, opposed", [
    ("Kenya's opposition called on its supporters to hold protests against President "
     "William Ruto.", "Ruto"),
    ("The Iraqi cleric urged his followers to demonstrate outside the US embassy in Baghdad.",
     "embassy"),
    ("Venezuela's opposition leader urged citizens to march against Nicolas Maduro on "
     "Saturday.", "Maduro"),
    ("French unions called on workers to strike against the government's pension reform.",
     "government"),
])
def test_a_call_to_protest_is_aimed_at_the_one_protested_against(coder, text, opposed):
    targets = _rallies(coder, text)
    assert targets and all(opposed in t for t in targets), targets


@pytest.mark.parametrize("text, addressee, other", [
    ("Washington urged the European Union to impose new sanctions on Russia.", "EU", "RUS"),
    ("Paris asked Berlin to help block the Chinese takeover bid.", "DEU", "CHN"),
])
def test_an_appeal_for_another_act_keeps_its_addressee(coder, text, addressee, other):
    found = [(e.cameo_code, e.target.country) for e in coded(coder, text)
             if e.target is not None and e.cameo_code.startswith(("02", "11"))]
    assert found and all(t == addressee for _, t in found), found


def test_a_call_to_stay_home_rallies_no_one(coder):
    assert not _rallies(coder, "The mayor called on residents to stay at home on Sunday.")


@pytest.mark.parametrize("text, expected", [
    ("Forty British soldiers deployed to Kenya to train Kenyan troops.", ("GBR", "074", "KEN")),
    ("Two hundred Rwandan soldiers deployed to Mozambique in July.", ("RWA", "074", "MOZ")),
    ("Hundreds of Kenyan soldiers deployed to Somalia in 2011.", ("KEN", "074", "SOM")),
    ("Ghanaian troops have deployed to Lebanon as part of the UN force.", ("GHA", "074", "LBN")),
    ("German medics deployed to Italy to assist hospitals in Lombardy.", ("DEU", "073", "ITA")),
])
def test_forces_that_deploy_to_a_country_are_sent_there(coder, text, expected):
    found = {(e.source.country, e.cameo_code, e.target.country) for e in coded(coder, text)
             if e.target is not None}
    assert expected in found
    assert not any(c == "154" for _, c, _ in found)


@pytest.mark.parametrize("text", [
    "Russian troops deployed to the Ukrainian border on Monday.",
    "Thousands of Russian troops deployed along the border with Ukraine.",
])
def test_forces_that_deploy_to_a_frontier_show_force(coder, text):
    assert ("RUS", "15", "UKR") in roots(coder, text)
    assert not any(c == "07" for _, c, _ in roots(coder, text))
