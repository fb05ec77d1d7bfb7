"""Classes an analyst found wrong reading an eighth round of our own articles in the styles of
TASS, the Global Times, Yonhap, Kyodo, Arab News, The National, Anadolu, Daily Sabah, PTI,
Dawn, the Daily Nation, Premium Times, MercoPress and EFE, a think-tank dyad brief, and desks
on cyber attacks, sanctions, arms deals and election interference: a charge named by an act
noun the parser hangs on the accused ("accused Russian military intelligence of a cyber
attack"); support for a state's cause told by a possessive ("support for Syria's
reconstruction"); a denial of a part in a deed answering the accusation told before ("denied
any involvement"); verdicts on a lawsuit, an operation or drills told before; EFE datelines
("Caracas (EFE).-"); "the Kingdom" in the house style of Gulf papers; partners agreeing on a
show of force."""

from __future__ import annotations

import pytest

from coder_helpers import coded, roots, triples
from entente.coder.sentences import split_dateline

# --- a charge named by an act noun hung on the accused ---------------------------------------


@pytest.mark.parametrize(("text", "country", "span"), [
    ("The Netherlands accused Russian military intelligence of a cyber attack on the Dutch "
     "police.", "RUS", "Russian military intelligence"),
    ("Seoul accused the North Korean regime of a campaign of disinformation.", "PRK",
     "the North Korean regime"),
    ("Washington accused Chinese state hackers of an intrusion into its networks.", "CHN",
     "Chinese state hackers"),
    ("The Philippines accused the Chinese coast guard of dangerous manoeuvres near the shoal.",
     "CHN", "the Chinese coast guard"),
])
def test_a_charge_named_by_an_act_noun_is_no_part_of_the_accused(coder, text, country, span):
    accusations = [e for e in coded(coder, text) if e.cameo_root == "11"]
    assert [(e.target.country, e.target.text) for e in accusations] == [(country, span)]


@pytest.mark.parametrize(("text", "span"), [
    ("Israel accused the leader of Hamas of planning the attack.", "the leader of Hamas"),
    ("Kenya accused the government of Uganda of backing the rebels.",
     "the government of Uganda"),
])
def test_an_of_phrase_naming_a_party_stays_in_the_accused(coder, text, span):
    assert [e.target.text for e in coded(coder, text) if e.cameo_root == "11"] == [span]


# --- support for a state's cause told by a possessive ----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Erdogan pledged Turkey's continued support for Syria's reconstruction.",
     ("TUR", "03", "SYR")),
    ("Japan pledged support for Ukraine's reconstruction.", ("JPN", "03", "UKR")),
    ("Germany reaffirmed its support for Ukraine's territorial integrity.",
     ("DEU", "05", "UKR")),
    ("China reiterated its support for Pakistan's sovereignty and territorial integrity.",
     ("CHN", "05", "PAK")),
    ("Egypt voiced support for Sudan's unity.", ("EGY", "05", "SDN")),
    ("Britain pledged $50 million for Ukraine's energy security.", ("GBR", "03", "UKR")),
])
def test_support_for_a_states_cause_is_support_for_that_state(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "Japan pledged support for the reconstruction effort.",
    "The minister pledged support for the country's security forces.",
])
def test_support_for_a_cause_of_no_named_state_gives_no_dyad(coder, text):
    assert not roots(coder, text)


# --- a denial of a part in a deed answers the accusation told before -------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Moldova accused Russia of meddling in its election. The Kremlin denied any involvement.",
     ("RUS", "016", "MDA")),
    ("Kenya accused Uganda of backing the rebels. Kampala denied any role in the fighting.",
     ("UGA", "016", "KEN")),
    ("Seoul blamed Pyongyang for the cyber attack. North Korea denied responsibility.",
     ("PRK", "016", "KOR")),
    ("The Netherlands accused Russian military intelligence of the break-in. The Russian "
     "embassy denied any wrongdoing.", ("RUS", "016", "NLD")),
])
def test_a_denial_of_a_role_answers_the_accusation(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The Kremlin denied any involvement.",
    "Kyiv said Russian drones struck a power plant. Moscow denied any involvement.",
])
def test_a_denial_of_a_role_with_no_accusation_before_gives_nothing(coder, text):
    assert not {t for t in triples(coder, text) if t[1] == "016"}


# --- verdicts on a lawsuit, an operation or drills told before -------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Sudan filed a case against the UAE. The Emirati foreign ministry described the lawsuit "
     "as a cynical publicity stunt.", ("ARE", "11", "SDN")),
    ("Sudan filed a case against the UAE. Abu Dhabi called the case a cynical publicity stunt.",
     ("ARE", "11", "SDN")),
    ("China held drills around Taiwan on Monday. Taipei condemned the drills as provocative.",
     ("TWN", "11", "CHN")),
    ("Iran seized a tanker in the Gulf. Britain called the operation an act of piracy.",
     ("GBR", "11", "IRN")),
])
def test_a_verdict_on_a_told_lawsuit_or_operation_judges_its_doer(coder, text, expected):
    assert expected in roots(coder, text)


def test_a_verdict_on_a_case_no_party_brought_gives_nothing(coder):
    assert not roots(coder, "A court in Lagos heard the case on Monday. The ministry called "
                            "the case a stunt.")


# --- EFE datelines ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "place", "rest"), [
    ("Caracas (EFE).- The government expelled", "Caracas", "The government expelled"),
    ("Madrid, 5 mar (EFE).- Spain summoned", "Madrid", "Spain summoned"),
    ("LIMA, 3 March (Reuters) - Peru recalled", "Lima", "Peru recalled"),
])
def test_agency_datelines_are_split_off(text, place, rest):
    assert split_dateline(text) == (place, rest)


@pytest.mark.parametrize("text", ["Kenya - the country", "Brazil.- Lula"])
def test_a_name_and_a_dash_without_an_agency_is_no_dateline(text):
    assert split_dateline(text) == (None, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Bogota (EFE).- Colombia recalled its ambassador to Israel on Tuesday.",
     ("COL", "161", "ISR")),
    ("Caracas (EFE).- The Venezuelan government on Wednesday expelled the Argentine "
     "ambassador.", ("VEN", "166", "ARG")),
])
def test_an_efe_dateline_is_no_actor(coder, text, expected):
    events = coded(coder, text)
    assert [(e.source.country, e.cameo_code, e.target.country) for e in events] == [expected]
    assert all("EFE" not in e.source.text and e.source.text != "Caracas" for e in events)


# --- "the Kingdom" in the house style of Gulf papers -----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Saudi Arabia welcomed the ceasefire. The Kingdom's foreign ministry praised the "
     "mediation efforts of Egypt and Qatar.", ("SAU", "05", "EGY")),
    ("Saudi Arabia welcomed the ceasefire. The Kingdom praised the mediation of Qatar.",
     ("SAU", "05", "QAT")),
    ("Oman hosted the talks. The Sultanate urged Iran and the United States to show "
     "restraint.", ("OMN", "02", "IRN")),
])
def test_a_capitalised_state_noun_is_the_state_told_before(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # (a condemned strike judges its doer, never the city struck)
    ("The United Kingdom condemned Doha's decision to expel the envoy.", ("GBR", "11", "QAT")),
    ("The Dominican Republic recalled its ambassador to Haiti.", ("DOM", "16", "HTI")),
])
def test_a_state_noun_inside_a_name_stays_that_name(coder, text, expected):
    assert roots(coder, text) == {expected}


# --- partners agreeing on a show of force -------------------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Seoul and Washington agreed to bolster their combined defense posture.",
     {"KOR", "USA"}),
    ("Japan and Australia agreed to boost their military presence in the region.",
     {"JPN", "AUS"}),
])
def test_partners_agreeing_on_a_show_of_force_make_an_accord(coder, text, pair):
    found = roots(coder, text)
    assert found and all(c == "03" and {s, t} == pair for s, c, t in found)


def test_partners_agreeing_on_a_measure_against_a_third_state_still_aim_at_it(coder):
    # (a measure agreed among its doers is decided, not threatened: session 19)
    assert roots(coder, "Greece and Cyprus agreed to impose sanctions on Turkey.") == {
        ("GRC", "16", "TUR"), ("CYP", "16", "TUR")}


# --- a charge noun after a long claim restates the whole claim -------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Niamey accused Abuja of plotting with France to destabilise the military regime, a "
     "claim the Nigerian foreign ministry described as baseless.", ("NGA", "11", "NER")),
    ("Baku accused Yerevan of shelling its positions near the border, an allegation Armenia "
     "rejected as false.", ("ARM", "016", "AZE")),
    ("Baku accused Yerevan of shelling its positions, a charge Armenia dismissed as absurd.",
     ("ARM", "016", "AZE")),
])
def test_a_charge_noun_answers_the_maker_of_the_whole_claim(coder, text, expected):
    source, code, target = expected
    assert any(s == source and c.startswith(code) and t == target
               for s, c, t in triples(coder, text))


# --- "the North" in a story told from Seoul ------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Seoul condemned the North's missile launch.", ("KOR", "11", "PRK")),
    ("South Korea's foreign ministry condemned the North's missile launch.",
     ("KOR", "11", "PRK")),
])
def test_the_north_in_a_story_from_seoul_is_north_korea(coder, text, expected):
    assert expected in roots(coder, text)


# --- "the deal" reacted to is the accord signed before, not a later promise -----------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Japan and the Philippines signed a defence pact on Monday. Tokyo will also provide "
     "Manila with coastal radar systems. China expressed strong dissatisfaction with the deal.",
     {("CHN", "11", "JPN"), ("CHN", "11", "PHL")}),
    ("Iran and Russia signed a trade agreement. Moscow will also supply Tehran with grain. "
     "Washington criticised the agreement.", {("USA", "11", "IRN"), ("USA", "11", "RUS")}),
])
def test_a_reaction_to_the_deal_is_aimed_at_both_signers(coder, text, expected):
    assert expected <= roots(coder, text)


# --- treaties frozen, restrictions reinstated, parties designated terrorists ----------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Algeria froze its friendship treaty with Spain.", ("DZA", "160", "ESP")),
    ("Niger suspended the military cooperation agreement with the United States.",
     ("NER", "160", "USA")),
    ("Serbia reinstated visa requirements for Iranian citizens.", ("SRB", "163", "IRN")),
    ("Washington restored sanctions on Venezuela's oil sector.", ("USA", "163", "VEN")),
    ("The United States designated the Houthis as a terrorist organisation.",
     ("USA", "163", "YEM")),
    ("Canada designated Iran's Revolutionary Guards a terrorist entity.", ("CAN", "163", "IRN")),
])
def test_frozen_treaties_reinstated_curbs_and_terror_designations(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The ministry designated a new spokesman.",
    "The government designated the area a disaster zone.",
    "Kyiv restored electricity to the city.",
    "Algeria suspended the agreement.",
])
def test_designations_and_restorations_without_a_party_give_nothing(coder, text):
    assert not roots(coder, text)
