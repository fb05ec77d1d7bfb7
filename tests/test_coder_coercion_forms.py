"""Reducing relations and coercion (CAMEO 16x, 17x) in the forms news tells them (session
22, helper coerce): measures placed or put on a party ("placed export controls on China"),
measures kept in force for longer ("renewed its sanctions on Iran"), talks, aid and deals
put on hold or on ice (suspended, by the plain verb's rows: a sanction put on hold is
eased), bans approved or agreed by their imposer, property of every kind nationalised, and
headline passives told with no auxiliary ("US journalist detained in Russia": Russia
detained the journalist, never the other way round). Every sentence is written for this
file."""

from __future__ import annotations

import pytest

from coder_helpers import roots, triples


@pytest.mark.parametrize("text, expected", [
    ("The United States placed sanctions on Russia on Tuesday.", ("USA", "16", "RUS")),
    ("Washington placed new export controls on China.", ("USA", "16", "CHN")),
    ("Britain put fresh sanctions on three Russian banks.", ("GBR", "16", "RUS")),
    ("Canada has placed an embargo on Iranian oil.", ("CAN", "16", "IRN")),
    ("Japan put new curbs on Russian timber.", ("JPN", "16", "RUS")),
    ("Tokyo Places Sanctions On North Korean Shipping Firms", ("JPN", "16", "PRK")),
])
def test_measures_placed_on_a_party(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Washington put Cuba on its sanctions list again.", ("USA", "16", "CUB")),
    ("The Commerce Department put 20 Chinese firms on a trade blacklist.", ("USA", "16", "CHN")),
])
def test_parties_put_on_a_list_stay_the_target(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "The EU is considering placing sanctions on Russia's nuclear industry.",
    "Brussels placed its hopes on talks with Moscow.",
])
def test_measures_only_considered_or_hopes_placed_are_no_sanction(coder, text):
    assert not any(c == "16" for _, c, _ in roots(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("Washington renewed its sanctions on Iran on Thursday.", ("USA", "16", "IRN")),
    ("The European Union prolonged its economic sanctions against Belarus.", ("EU", "16", "BLR")),
    ("Australia has renewed the arms embargo on Myanmar for a further year.",
     ("AUS", "16", "MMR")),
    ("Canada extended the asset freeze on Russian oligarchs until 2026.", ("CAN", "16", "RUS")),
])
def test_measures_renewed_or_prolonged(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "The EU renewed its call for restraint in Libya.",
    "The United States did not renew sanctions on Venezuela's oil sector.",
])
def test_renewed_calls_and_unrenewed_sanctions_are_no_sanction(coder, text):
    assert not any(c == "16" for _, c, _ in roots(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("Iran put talks with the United States on hold.", ("IRN", "164", "USA")),
    ("Tehran has put its nuclear negotiations with Washington on ice.", ("IRN", "164", "USA")),
    ("Washington put $95 million in military aid to Egypt on hold.", ("USA", "162", "EGY")),
    ("Britain put its migration deal with Rwanda on hold.", ("GBR", "160", "RWA")),
])
def test_dealings_put_on_hold_are_suspended(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The United States put its sanctions on Venezuela on hold.",
    "Germany put pressure on Hungary to hold the vote.",
    "The company put the project on hold.",
])
def test_sanctions_on_hold_pressure_and_projects_are_no_reduction(coder, text):
    assert not any(c[:2] == "16" for _, c, _ in triples(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("EU ministers approved a travel ban on Russian officials.", ("EU", "16", "RUS")),
    ("The bloc agreed an import ban on Russian steel. EU Agrees Import Ban On Russian Steel",
     ("EU", "16", "RUS")),
    ("Canadian lawmakers passed an import ban on Chinese goods made with forced labour.",
     ("CAN", "16", "CHN")),
])
def test_bans_approved_by_their_imposer(coder, text, expected):
    found = roots(coder, text)
    assert expected in found
    assert not any(c in ("03", "13") for _, c, _ in found)


@pytest.mark.parametrize("text, expected", [
    ("Zimbabwe nationalised the farms of British settlers.", ("ZWE", "17", "GBR")),
    ("Bolivia nationalized a Spanish-owned power plant.", ("BOL", "17", "ESP")),
    ("Russia nationalised the local subsidiary of a Danish brewer.", ("RUS", "17", "DNK")),
])
def test_foreign_property_nationalised(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("US journalist detained in Russia", ("RUS", "17", "USA")),
    ("Two Canadians detained in China, Ottawa says", ("CHN", "17", "CAN")),
    ("American Teacher Jailed In Russia For 14 Years", ("RUS", "17", "USA")),
    ("French Tourist Arrested In Iran", ("IRN", "17", "FRA")),
    ("22 Sri Lankan fishermen arrested by Indian navy", ("IND", "17", "LKA")),
    ("Hundreds Of Syrians Deported From Turkey", ("TUR", "17", "SYR")),
    ("Estonian Ambassador Expelled By Moscow", ("RUS", "16", "EST")),
    ("Dutch reporter held in Turkey on terrorism charges", ("TUR", "17", "NLD")),
])
def test_headline_passives_without_auxiliary(coder, text, expected):
    found = roots(coder, text)
    assert expected in found
    assert (expected[2], expected[1], expected[0]) not in found


@pytest.mark.parametrize("text", [
    "Joint drills held in the South China Sea",
    "Talks held in Doha ended without a deal.",
    "Iran released the tanker seized in May.",
    "Syrian refugees welcomed in Germany",
])
def test_participles_that_tell_no_coercion(coder, text):
    assert not any(c in ("16", "17") for _, c, _ in roots(coder, text))
