"""Classes an analyst found wrong reading a fifth round of our own articles in the styles of
the business and trade press, East Asian, Gulf, African and European regional papers and live
blogs: a coercive measure approved or endorsed by its imposer; legal action against a member
state (infringement proceedings); the arrival of people on no state's errand; a named body
with "and" in its name."""

from __future__ import annotations

import pytest

from coder_helpers import roots, triples

# --- a coercive measure approved, endorsed, passed or agreed ----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("EU leaders endorsed a new package of sanctions against Russia on Thursday.",
     ("EU", "163", "RUS")),
    ("EU foreign ministers approved fresh sanctions on Iran over its drone deliveries.",
     ("EU", "163", "IRN")),
    ("The US Congress passed sanctions on Chinese officials over Hong Kong.",
     ("USA", "163", "CHN")),
    ("EU member states agreed a 15th sanctions package against Russia on Monday.",
     ("EU", "163", "RUS")),
    ("EU ambassadors agreed on new tariffs on Chinese steel.", ("EU", "163", "CHN")),
])
def test_a_measure_approved_by_its_imposer_is_that_measure(coder, text, expected):
    found = triples(coder, text)
    assert expected in found
    assert not {(s, c, t) for s, c, t in found if c[:2] in ("03", "05") and t == expected[2]}


@pytest.mark.parametrize(("text", "expected"), [
    ("The World Bank approved a $500 million loan package for Kenya.", ("WB", "071", "KEN")),
    ("The EU endorsed the ceasefire agreement between Armenia and Azerbaijan.",
     ("EU", "051", "ARM")),
])
def test_approving_aid_or_a_deal_stays_cooperation(coder, text, expected):
    assert expected in triples(coder, text)


def test_a_budget_approved_gives_nothing(coder):
    assert not roots(coder, "Parliament approved the budget on Tuesday after a long debate.")


# --- legal action against a party --------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The European Commission launched infringement proceedings against Hungary over its "
     "sovereignty law.", ("EU", "115", "HUN")),
    ("EU Opens Infringement Case Against Poland Over Judicial Reforms", ("EU", "115", "POL")),
    ("Brussels started an infringement procedure against Slovakia on Wednesday.",
     ("EU", "115", "SVK")),
    ("Ukraine has begun legal proceedings against Russia at an arbitration tribunal.",
     ("UKR", "115", "RUS")),
])
def test_proceedings_against_a_party_are_legal_action(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The court adjourned the proceedings until May.",
    "The case against the former minister collapsed in Nairobi.",
])
def test_proceedings_without_two_parties_give_nothing(coder, text):
    assert not roots(coder, text)


# --- arrivals of people on no state's errand -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Five American citizens detained in Iran arrived in Doha on Monday.",
    "Hundreds of Sudanese refugees arrived in Chad this week.",
    "The Iranian national team landed in Doha ahead of the tournament.",
    "A group of Afghan migrants travelled to Iran last month.",
    "Freed Thai hostages flew to Bangkok on Saturday.",
])
def test_the_arrival_of_travellers_is_no_visit(coder, text):
    assert not {r for r in roots(coder, text) if r[1] == "04"}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Saudi foreign minister arrived in Beirut on Thursday.", ("SAU", "042", "LBN")),
    ("A Chinese delegation arrived in Hanoi for talks on the border.", ("CHN", "042", "VNM")),
    ("Indian Prime Minister Narendra Modi landed in Moscow on Monday.", ("IND", "042", "RUS")),
])
def test_an_official_arrival_stays_a_visit(coder, text, expected):
    assert expected in triples(coder, text)


# --- a named body with "and" in its name --------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The African Union Peace and Security Council called on Ethiopia to exercise restraint.",
     ("AU", "020", "ETH")),
    ("The AU Peace and Security Council suspended Niger after the coup.", ("AU", "160", "NER")),
])
def test_a_body_with_and_in_its_name_is_one_actor(coder, text, expected):
    found = triples(coder, text)
    assert expected in found
    assert {s for s, _, _ in found} == {expected[0]}


def test_coordinated_names_still_split(coder):
    found = roots(coder, "North and South Korea traded accusations on Tuesday.")
    assert {("PRK", "11", "KOR"), ("KOR", "11", "PRK")} <= found


# --- a name written family name first, on second mention ----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Chinese Premier Li Qiang arrived in Canberra on Saturday. Li and Prime Minister Anthony "
     "Albanese agreed to hold annual leaders' meetings.", ("CHN", "036", "AUS")),
    ("North Korean leader Kim Jong Un inspected a missile factory on Monday. Kim threatened "
     "South Korea with nuclear weapons.", ("PRK", "138", "KOR")),
    ("Chinese Defence Minister Dong Jun met his US counterpart in Singapore. Dong warned "
     "Washington against provocations in the South China Sea.", ("CHN", "130", "USA")),
])
def test_a_family_name_first_stands_for_its_bearer(coder, text, expected):
    assert expected in triples(coder, text)


def test_a_family_name_alone_is_nobody_without_the_full_name(coder):
    found = triples(coder, "Li warned Washington against provocations in the South China Sea.")
    assert not {(s, c, t) for s, c, t in found if s == "CHN"}


# --- money or arms pledged to a cause of a party ------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Kuwait pledged $100 million to the reconstruction of Syria at a donors conference.",
     ("KWT", "033", "SYR")),
    ("Japan pledged $50 million for the reconstruction of Ukraine on Tuesday.",
     ("JPN", "033", "UKR")),
    ("Germany pledged 2 billion euros in military aid to the defence of Ukraine.",
     ("DEU", "033", "UKR")),
    ("The UAE contributed $30 million to the rebuilding of Gaza.", ("ARE", "070", "PSE")),
])
def test_a_cause_of_a_party_stands_for_that_party(coder, text, expected):
    assert expected in triples(coder, text)


def test_a_cause_without_a_party_gives_nothing(coder):
    assert not roots(coder, "Kuwait pledged $100 million to the reconstruction effort.")


# --- a resolution, probe or tariff told before, answered later -----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The European Parliament adopted a resolution condemning the crackdown in Georgia. "
     "Tbilisi dismissed the resolution as interference in its internal affairs.",
     ("GEO", "11", "EU")),
    ("The European Commission opened an anti-subsidy investigation into Chinese electric "
     "vehicles on Wednesday. Beijing rejected the probe as protectionism.", ("CHN", "11", "EU")),
    ("Washington imposed new tariffs on Canadian steel. Ottawa condemned the tariffs as "
     "unjustified.", ("CAN", "11", "USA")),
    ("The US tightened export controls on Chinese chipmakers. China denounced the controls.",
     ("CHN", "11", "USA")),
])
def test_an_answer_to_a_measure_told_before_is_aimed_at_its_doer(coder, text, expected):
    assert expected in roots(coder, text)


# --- a verb read as a word of one long name ----------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt's Sisi hosts Jordan's King Abdullah in Cairo for talks on Gaza.",
     ("EGY", "043", "JOR")),
    ("Egyptian President Abdel Fattah al-Sisi hosted Jordan's King Abdullah in Cairo on "
     "Tuesday.", ("EGY", "043", "JOR")),
    ("Russia's Putin hosts China's Xi in Moscow.", ("RUS", "043", "CHN")),
    ("11:20 Egypt's Sisi hosts Jordan's King Abdullah in Cairo.", ("EGY", "043", "JOR")),
])
def test_a_verb_between_two_names_is_the_verb(coder, text, expected):
    found = triples(coder, text)
    assert expected in found
    assert (expected[2], "042", expected[0]) in found


@pytest.mark.parametrize("text", [
    "Saudi Aramco Shares Rose On Monday.",
    "The Egyptian President Abdel Fattah al-Sisi.",
    "Egypt's Sisi, Jordan's King Abdullah.",
])
def test_names_without_a_verb_between_give_nothing(coder, text):
    assert not roots(coder, text)


# --- a meeting restated after the verb is no party ------------------------------------------

def test_a_meeting_restated_is_no_party_of_the_meeting(coder):
    text = ("South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida "
            "held talks on Friday. The two leaders met on the sidelines of the G7 summit in "
            "Hiroshima, their third meeting this year.")
    found = triples(coder, text)
    assert {("KOR", "040", "JPN"), ("JPN", "040", "KOR")} <= found
    assert not {t for s, c, t in found if c[:2] == "04" and t not in ("KOR", "JPN")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Macron met the EU delegation in Paris on Monday.", ("FRA", "040", "EU")),
    ("The Indian delegation met the Chinese mission in Beijing.", ("IND", "040", "CHN")),
])
def test_bodies_met_stay_parties(coder, text, expected):
    assert expected in triples(coder, text)


# --- a headline's "X to <verb>" tells a plan -----------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Chinese foreign minister to visit Pakistan next week", ("CHN", "036", "PAK")),
    ("Japan to impose export curbs on South Korea", ("JPN", "1312", "KOR")),
])
def test_a_headline_infinitive_is_a_plan(coder, text, expected):
    found = triples(coder, text)
    assert expected in found
    assert not {c for _, c, _ in found if c in ("042", "163")}


def test_an_infinitive_agreed_stays_an_intent(coder):
    assert ("EGY", "039", "SDN") in triples(
        coder, "Egypt agreed to host talks between Sudan and South Sudan.")


# --- an election judged flawed ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The EU said Zimbabwe's election was deeply flawed.", ("EU", "111", "ZWE")),
    ("The SADC mission said Zimbabwe's poll was undemocratic.", ("SADC", "111", "ZWE")),
])
def test_a_vote_judged_flawed_is_criticism_of_its_state(coder, text, expected):
    assert expected in triples(coder, text)


def test_a_flawed_report_of_nobody_gives_nothing(coder):
    assert not roots(coder, "The EU said the report was flawed.")
