"""Classes found studying the Multi-CoPED train slice (round 8 of issue 13), each pinned by
sentences we wrote: a phone call dated "on Monday" is no appeal "called on", aid that
supports people is aid given to them, and a party named "along with" the object of an act
is no doer of it."""

from __future__ import annotations

import pytest

from coder_helpers import coded, top_code, triples

# --- a date after "called" is no "called on" ----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Kenyan president called Tanzanian President Samia Suluhu Hassan on Friday to "
     "congratulate her on the vote.", ("KEN", "041", "TZA")),
    ("On Monday, the Dutch prime minister called the Belgian premier to discuss the "
     "border checks.", ("NLD", "041", "BEL")),
    ("The Irish foreign minister called his Portuguese counterpart on Tuesday to thank "
     "him for the help with the evacuation.", ("IRL", "041", "PRT")),
    ("The Malaysian king called the Thai monarch on 12 March to offer condolences over "
     "the floods.", ("MYS", "041", "THA")),
])
def test_a_call_dated_on_a_day_is_a_phone_call(coder, text, expected):
    assert expected in triples(coder, text)
    assert not any(e.cameo_code.startswith("02") for e in coded(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("On Nov. 3, the Austrian chancellor called the Slovak prime minister to apologise for "
     "the border incident.", ("AUT", "055", "SVK")),
    ("The Egyptian foreign minister called the Ethiopian premier on 4 May to express concern "
     "over the dam.", ("EGY", "041", "ETH")),
])
def test_a_call_dated_by_month_is_a_phone_call(coder, text, expected):
    assert expected in triples(coder, text)
    assert not any(e.cameo_code.startswith("02") for e in coded(coder, text))


def test_the_purpose_of_a_dated_call_is_an_act_of_its_own(coder):
    found = triples(coder, "The Kenyan president called Tanzanian President Samia Suluhu "
                           "Hassan on Friday to congratulate her on the vote.")
    assert ("KEN", "051", "TZA") in found


@pytest.mark.parametrize("text, expected", [
    # "called on" a party, with or without a date, stays an appeal
    ("The Chilean president on Monday called on Bolivia to reopen the border.",
     ("CHL", "02", "BOL")),
    ("On Sunday, the Saudi foreign minister called on Israel to allow aid into Gaza.",
     ("SAU", "02", "ISR")),
    ("Greece called on Turkey on Wednesday to withdraw its survey ship.",
     ("GRC", "02", "TUR")),
])
def test_called_on_a_party_stays_an_appeal(coder, text, expected):
    source, root, target = expected
    assert any(e.source.code[:3] == source and e.cameo_code.startswith(root)
               and e.target is not None and (e.target.code or "")[:3] == target
               for e in coded(coder, text))


# --- aid, money or assistance that supports people is aid given -------------------------

@pytest.mark.parametrize("text, expected", [
    ("British aid supported thousands of displaced families in Sudan last year.",
     ("GBR", "070", "SDN")),
    ("US assistance has supported farmers in Haiti since the hurricane.",
     ("USA", "070", "HTI")),
    ("Canadian grants supported women's shelters in Afghanistan.", ("CAN", "070", "AFG")),
    ("Japanese loans backed new clinics in Laos.", ("JPN", "070", "LAO")),
])
def test_aid_that_supports_people_is_aid(coder, text, expected):
    assert expected in triples(coder, text)
    assert top_code(coder, text) == "070"


@pytest.mark.parametrize("text, expected", [
    # a state or its officials supporting a party or a proposal endorse it
    ("British diplomats supported the French proposal at the talks.", ("GBR", "051", "FRA")),
    ("The Japanese government backed the Thai bid to host the games.",
     ("JPN", "051", "THA")),
])
def test_a_state_that_supports_endorses(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "Foreign aid supported the economy for years.",
    "Public money backed the new stadium.",
])
def test_aid_supporting_no_party_gives_nothing(coder, text):
    assert coded(coder, text) == []


# --- "along with" after the object of an act joins the object, not the doer ---------------

@pytest.mark.parametrize("text, doer", [
    ("Beijing imposed sanctions on Marco Rubio and Ted Cruz, along with a dozen other US "
     "lawmakers.", "CHN"),
    ("Canada sanctioned two Iranian ministers along with five prison officials.", "CAN"),
    ("Kenya deported the Somali preacher, together with two of his aides.", "KEN"),
])
def test_a_companion_of_the_object_is_no_doer(coder, text, doer):
    events = coded(coder, text)
    assert events
    assert all(e.source.country == doer for e in events)


@pytest.mark.parametrize("text, expected", [
    # beside the subject, or beside what is sent, the phrase names a co-doer
    ("Chile, along with Peru, has sent aid to Bolivia.", ("PER", "073", "BOL")),
    ("Norway, together with Iceland, sent rescue teams to Greenland.", ("ISL", "073", "GRL")),
    ("Kenya sent aid to Somalia along with Ethiopia.", ("ETH", "073", "SOM")),
])
def test_a_companion_of_the_subject_is_a_doer(coder, text, expected):
    assert expected in triples(coder, text)
