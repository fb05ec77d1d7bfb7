"""News wording by CAMEO family (issue 13, held-out news): the verbs, light verbs and nouns
journalists use for each act of the CAMEO codebook, checked root by root rather than from
examples ("earmarked aid for", "rolled out a weapons package", "pulled its envoy from",
"walked out of talks", "took X to task", "missiles rained down on"), each family with
readings of the same words that are no event between parties (sport, markets, business,
weather, figures of speech). Sentences written for these tests."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic, roots, triples

# --- 01 statements: moods about a party's acts ------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Chile's foreign minister said she was upbeat about the trade talks with Peru.",
     ("CHL", "013", "PER")),
    ("Estonia is wary of Russia's military buildup near its border.", ("EST", "012", "RUS")),
])
def test_moods_about_a_party(coder, text, expected):
    assert expected in triples(coder, text)


# --- 02 appeals: turning to a party for help ---------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Moldova turned to Romania for help after the gas cut.", ("MDA", "02", "ROU")),
    ("Haiti turned to Kenya for support in restoring order.", ("HTI", "02", "KEN")),
])
def test_turning_to_a_party(coder, text, expected):
    assert expected in roots(coder, text)


# --- 04 consult: meetings brokered between parties ----------------------------------------------

def test_meeting_brokered_between_parties(coder):
    assert ("QAT", "045", "AFG") in triples(
        coder, "Qatar brokered a meeting between Afghan and American negotiators in Doha.")


# --- 06 material cooperation: commodities bought and imported, suspects handed over ------------

@pytest.mark.parametrize(("text", "expected"), [
    ("India bought a record volume of palm oil and soybeans from Argentina.",
     ("IND", "061", "ARG")),
    # (goods imported are received: the seller is the source, as with "received ... from")
    ("Egypt imported 3 million tonnes of wheat from Russia last season.", ("RUS", "061", "EGY")),
    ("Ghana imported 40,000 tonnes of rice from Vietnam.", ("VNM", "061", "GHA")),
    ("Spain handed a notorious drug kingpin over to Colombia.", ("ESP", "063", "COL")),
])
def test_material_cooperation(coder, text, expected):
    assert expected in triples(coder, text)


# --- 07 aid: earmarked, committed, rolled over, bailed out, trucked, handed, pumped ------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Norway earmarked $50 million in emergency aid for Sudan.", ("NOR", "07", "SDN")),
    ("Canada committed C$20 million to Haiti's police force.", ("CAN", "07", "HTI")),
    ("The United States rolled out a $1 billion military aid package for Taiwan.",
     ("USA", "07", "TWN")),
    ("Britain unveiled a £500 million weapons package for Ukraine.", ("GBR", "07", "UKR")),
    ("Saudi Arabia rolled over a $3 billion deposit for Pakistan.", ("SAU", "07", "PAK")),
    ("The IMF bailed out Sri Lanka with a $2.9 billion programme.", ("IMF", "07", "LKA")),
    ("Jordan trucked food and blankets into southern Syria.", ("JOR", "07", "SYR")),
    ("Japan airlifted tents and generators to Morocco after the earthquake.",
     ("JPN", "07", "MAR")),
    ("Denmark handed Ukraine its entire stock of artillery.", ("DNK", "07", "UKR")),
    ("The Netherlands delivered a Patriot battery to Ukraine.", ("NLD", "07", "UKR")),
    ("Italy sent a field hospital to Libya after the floods.", ("ITA", "07", "LBY")),
])
def test_aid_given(coder, text, expected):
    assert expected in roots(coder, text)


# Intent and deed (CAMEO 03 against 07, the policy the real-news study half and Multi-CoPED
# train follow): agreeing, offering, pledging or promising to give is an intent (033x);
# announcing, approving, earmarking, committing or unveiling a sum or a package is the aid.
@pytest.mark.parametrize(("text", "expected"), [
    ("Spain agreed to provide Morocco with two patrol boats.", ("ESP", "03", "MAR")),
    ("Japan pledged to send medical teams to Turkey.", ("JPN", "03", "TUR")),
    ("Canada offered to supply Ukraine with ammunition.", ("CAN", "03", "UKR")),
    ("Germany announced 40 million euros in humanitarian aid for Yemen.", ("DEU", "07", "YEM")),
    ("The World Bank approved a $300 million loan to Ghana.", ("WB", "07", "GHA")),
])
def test_intent_and_deed(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "The company earmarked $2 billion for share buybacks next year.",
    "Foreign investors pumped money into Brazilian bonds in March.",
    "Japan handed Brazil a 3-0 defeat in Osaka.",
    "The Saudi fund bailed out the struggling football club.",
    "Turkish Airlines ferried 300 passengers to Istanbul.",
])
def test_giving_words_without_aid(coder, text):
    assert dyadic(coder, text) == set()


# --- 11 disapprove: taken to task, railed and fumed at, called out ------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Italy took France to task over its treatment of migrants at the border.",
     ("ITA", "111", "FRA")),
    ("Armenia railed against Russia's decision to pull its border guards out of Yerevan airport.",
     ("ARM", "111", "RUS")),
    ("Japan called out China for its coercive behaviour in the East China Sea.",
     ("JPN", "111", "CHN")),
    ("Greece lambasted Turkey over the drilling plans.", ("GRC", "111", "TUR")),
])
def test_criticism_idioms(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The British director took the actors to task in rehearsals.",
    "The Italian chef railed against fast food.",
    "Pakistan called out the army to help with flood relief.",
    "Investors fumed over the Chinese regulator's surprise move.",
])
def test_criticism_idioms_without_event(coder, text):
    assert dyadic(coder, text) == set()


# --- 12 reject ---------------------------------------------------------------------------------

def test_proposal_nixed(coder):
    assert ("ISR", "12", "EGY") in roots(coder, "Israel nixed Egypt's ceasefire proposal.")


# --- 16 reduce relations: talks paused, ties broken, envoys pulled, walkouts, goods banned ------

@pytest.mark.parametrize(("text", "expected"), [
    ("Australia paused trade talks with Indonesia.", ("AUS", "164", "IDN")),
    ("The Netherlands paused aid to Rwanda over the fighting in Congo.", ("NLD", "162", "RWA")),
    ("Belize broke diplomatic ties with Israel.", ("BLZ", "161", "ISR")),
    ("Jordan pulled its ambassador from Israel.", ("JOR", "161", "ISR")),
    ("The Syrian delegation walked out of talks with Turkey.", ("SYR", "164", "TUR")),
    ("Lithuania shuttered the Russian consulate in Klaipeda.", ("LTU", "161", "RUS")),
])
def test_relations_reduced(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "Kenya broke the world record in the marathon.",
    "Delegates from Ghana walked out of the conference hall for lunch.",
    "The minister paused for a moment before answering questions about Iran.",
    "Australian miners broke ties with the union.",
])
def test_breaking_and_pausing_without_event(coder, text):
    assert dyadic(coder, text) == set()


# --- 17 coerce: nationals held ------------------------------------------------------------------

def test_nationals_held(coder):
    assert ("RUS", "173", "USA") in triples(coder, "Russia is holding two American journalists.")


# --- 19: missiles raining down on a party, troops pushing into it, blitzes -----------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Russian missiles rained down on Odesa overnight.", ("RUS", "190", "UKR")),
    ("Israeli troops pushed into the Lebanese village of Khiam.", ("ISR", "190", "LBN")),
    ("Russia blitzed Ukraine's power stations with drones and missiles.", ("RUS", "19", "UKR")),
])
def test_fighting_words(coder, text, expected):
    assert expected in roots(coder, text) | triples(coder, text)


@pytest.mark.parametrize("text", [
    "Rain poured down on Kyiv on Sunday as residents queued for water.",
    "The striker pushed into the box and scored.",
    "Chinese carmakers pushed into Europe with cheaper models.",
    "The Indian team stepped up its game in the second innings.",
])
def test_fighting_words_without_event(coder, text):
    assert dyadic(coder, text) == set()


# --- verb families (roles.yaml verb_families): goods moved and dealings paused ------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Canada trucked artillery shells to Ukraine through Poland.", ("CAN", "072", "UKR")),
    ("Britain airlifted ammunition to Israel.", ("GBR", "072", "ISR")),
    ("Iran channelled rockets to Hezbollah through Syria.", ("IRN", "072", "LBN")),
    ("Turkey halted talks with Greece over the islands.", ("TUR", "164", "GRC")),
    ("The Swedish government froze aid to Zimbabwe.", ("SWE", "162", "ZWE")),
    ("Israel paused attacks on Rafah for a day.", ("ISR", "087", "PSE")),
])
def test_verb_families(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The logistics firm trucked furniture to Warsaw.",
    "The airline halted flights for the night because of fog.",
    "Stocks froze after the announcement from Tokyo.",
])
def test_verb_families_without_event(coder, text):
    assert dyadic(coder, text) == set()


# --- 06/07 intelligence pooled, facilities extended ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Spain and Morocco pooled intelligence on the trafficking networks.", ("ESP", "064", "MAR")),
    ("The UAE extended Egypt a $2 billion fuel facility.", ("ARE", "071", "EGY")),
])
def test_pooled_and_extended(coder, text, expected):
    assert expected in triples(coder, text) | {(t, c, s) for s, c, t in triples(coder, text)}


# --- 17 held on charges, remanded, placed under arrest, taken into custody ----------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Russia is holding a Moldovan lorry driver on smuggling charges.", ("RUS", "173", "MDA")),
    ("A Tehran court remanded the French tourist in custody.", ("IRN", "173", "FRA")),
    ("Egypt placed the Sudanese activist under arrest at Cairo airport.", ("EGY", "173", "SDN")),
    ("China put the Canadian businessman under detention in Dandong.", ("CHN", "173", "CAN")),
    ("North Korea took custody of a South Korean fisherman.", ("PRK", "173", "KOR")),
])
def test_detention_phrases(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The Spanish club is holding talks on a new stadium.",
    "Germany placed its hopes on the young striker.",
    "The Kenyan court took custody of the documents.",
])
def test_detention_words_without_event(coder, text):
    assert dyadic(coder, text) == set()


# --- 18 / 19 people seized by armed men, positions seized, aircraft downed, plants knocked out --

@pytest.mark.parametrize(("text", "expected"), [
    ("Militants seized four Turkish engineers in northern Nigeria.", ("NGA", "181", "TUR")),
    ("Azerbaijani forces seized Armenian positions on the heights.", ("AZE", "193", "ARM")),
    ("Pakistani jets downed an Indian fighter jet over Kashmir.", ("PAK", "190", "IND")),
    ("Russian strikes knocked out Ukrainian power plants across the country.",
     ("RUS", "190", "UKR")),
])
def test_seizing_downing_knocking_out(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "Customs officers seized two tonnes of cocaine at the Dutch port.",
    "The Brazilian boxer knocked out his Mexican opponent in the third round.",
    "Fans downed beers before the match between Germany and France.",
])
def test_seizing_and_knocking_out_without_event(coder, text):
    assert dyadic(coder, text) == set()


# --- 11 / 19 hitting back: over words it is criticism, over an attack or with strikes force ----

@pytest.mark.parametrize(("text", "expected"), [
    ("India hits back at Canada over envoy expulsion", ("IND", "111", "CAN")),
    ("Beijing hit back at Washington over the new visa restrictions.", ("CHN", "111", "USA")),
    ("Israel hit back at Iran with strikes on air defence sites.", ("ISR", "19", "IRN")),
])
def test_hitting_back(coder, text, expected):
    found = triples(coder, text)
    assert expected in found | {(s, c[:2], t) for s, c, t in found}


# --- 12 / 14 inspectors denied access; embassies pelted ----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Syria denied OPCW inspectors access to the sites.", ("SYR", "1245", "OPCW")),
    ("Protesters pelted the Danish embassy in Islamabad with stones.", ("PAK", "145", "DNK")),
])
def test_access_denied_and_pelting(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The Spanish bank denied customers access to their accounts.",
    "Fans pelted the referee with bottles.",
])
def test_access_and_pelting_without_event(coder, text):
    assert dyadic(coder, text) == set()


# --- 05 / 08 leaders embraced; sanctions loosened and softened; sums unfrozen -------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Lula embraced Maduro at the summit in Brasilia.", ("BRA", "051", "VEN")),
    ("The European Union loosened its sanctions on Syria.", ("EU", "085", "SYR")),
    ("Britain softened its restrictions on Iranian students.", ("GBR", "085", "IRN")),
    ("Washington unfroze $6 billion in Iranian assets.", ("USA", "085", "IRN")),
])
def test_embracing_and_easing(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The Chilean government embraced the reform plan.",
    "Fans embraced the players after the final whistle in Madrid.",
    "The Bank of Japan relaxed its yield curve control.",
])
def test_embracing_and_easing_without_event(coder, text):
    assert dyadic(coder, text) == set()
