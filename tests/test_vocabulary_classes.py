"""Trigger vocabulary grown by CAMEO families (issue 13, classes 8 and 10): for each family the
common news verbs, phrasal verbs, nominalisations and light verb + noun pairs, with the readings
that are no event (sport, weather, business, products). Sentences written for these tests."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic, triples
from entente.coder import Lexicon


def root_pairs(coder, text: str) -> set[tuple[str | None, str, str | None]]:
    """(source country, CAMEO root, target country) of every event of `text`."""
    return {(s, c[:2], t) for s, c, t in triples(coder, text)}


@pytest.mark.parametrize(("text", "expected"), [
    # shelling, pounding, bombing, striking, hitting, targeting
    ("Serbian artillery shelled Kosovo border villages overnight.", ("SRB", "19", "XKX")),
    ("Israeli jets pounded southern Lebanon on Sunday.", ("ISR", "19", "LBN")),
    ("Russia bombed Ukrainian power plants in the east.", ("RUS", "19", "UKR")),
    ("Turkish drones hit targets in northern Iraq.", ("TUR", "19", "IRQ")),
    ("Azerbaijani forces targeted Armenian positions near the border.", ("AZE", "19", "ARM")),
    # firing on / at, launching drones and missiles at, air raids
    ("North Korean troops fired on a South Korean guard post.", ("PRK", "19", "KOR")),
    ("Iran launched drones and missiles at Israel.", ("IRN", "19", "ISR")),
    ("Saudi jets carried out an air raid on the Yemeni capital.", ("SAU", "19", "YEM")),
    # strikes launched, conducted, carried out or mounted are military, not walkouts
    ("Israel launched strikes against Iranian air defences.", ("ISR", "19", "IRN")),
    ("The United States conducted strikes on Iranian-backed militias in Syria.",
     ("USA", "19", "SYR")),
    ("Israel carried out strikes against Iranian military sites.", ("ISR", "19", "IRN")),
    # shells lobbed, rockets rained, bombs dropped, barrages unleashed, fire traded
    ("Turkey lobbed mortar rounds into Syria.", ("TUR", "19", "SYR")),
    ("Hezbollah rained rockets on northern Israel.", ("LBN", "19", "ISR")),
    ("Russian warplanes dropped bombs on the Ukrainian city of Sumy.", ("RUS", "19", "UKR")),
    ("Hamas unleashed a barrage of rockets on Israel.", ("PSE", "19", "ISR")),
    ("India rained artillery shells on Pakistani posts.", ("IND", "19", "PAK")),
    ("Russian forces hammered the Ukrainian city of Kharkiv with rockets.", ("RUS", "19", "UKR")),
    ("Armenian forces counterattacked Azerbaijani units.", ("ARM", "19", "AZE")),
    ("Russian troops advanced on the Ukrainian town of Pokrovsk.", ("RUS", "19", "UKR")),
])
def test_fight_family(coder, text, expected):
    assert expected in root_pairs(coder, text)


def test_air_strikes_launched_or_carried_out_stay_aerial(coder):
    assert ("EGY", "195", "LBY") in triples(
        coder, "Egypt launched air strikes on militant camps in Libya.")
    assert ("JOR", "195", "SYR") in triples(
        coder, "Jordan carried out air strikes on drug smugglers in Syria.")


def test_fire_traded_is_a_clash_and_accusations_traded_are_accusations(coder):
    assert ("AFG", "193", "PAK") in triples(
        coder, "Afghan and Pakistani border guards traded fire.") | triples(
        coder, "Afghan border guards traded fire with Pakistani troops.")
    assert ("SRB", "112", "HRV") in triples(
        coder, "Serbia traded accusations with Croatia over the border incident.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran seized a British-flagged tanker in the Strait of Hormuz.", ("IRN", "17", "GBR")),
    ("Russian authorities detained an American journalist in Yekaterinburg.", ("RUS", "17", "USA")),
    ("The United States deported hundreds of Mexican migrants.", ("USA", "17", "MEX")),
    ("A Chinese coast guard vessel rammed a Philippine supply boat.", ("CHN", "17", "PHL")),
    ("Israeli naval forces intercepted a Turkish aid flotilla.", ("ISR", "17", "TUR")),
    ("Argentina confiscated a British fishing trawler.", ("ARG", "17", "GBR")),
    ("Nigerian police rounded up Ghanaian traders in Lagos.", ("NGA", "17", "GHA")),
    ("US authorities took a Russian national into custody.", ("USA", "17", "RUS")),
    # diplomats ordered to leave are expelled (166); journalists ordered out are expelled
    ("Mali ordered the French ambassador to leave the country within 72 hours.",
     ("MLI", "16", "FRA")),
    ("Russia ordered two Estonian diplomats to leave.", ("RUS", "16", "EST")),
    ("Belarus ordered a Polish correspondent to leave the country.", ("BLR", "17", "POL")),
])
def test_coerce_family(coder, text, expected):
    assert expected in root_pairs(coder, text)


def test_boarding_a_vessel_is_coercion_but_boarding_passengers_is_not(coder):
    assert ("IRN", "170", "GRC") in triples(
        coder, "Iranian commandos boarded a Greek tanker in the Gulf of Oman.")
    assert not dyadic(coder, "The Norwegian ferry boarded passengers in Bergen before "
                             "sailing to Denmark.")


@pytest.mark.parametrize(("text", "expected"), [
    # 16 reduce relations: supplies cut, blacklists, deals scrapped, talks called off
    ("Russia cut gas supplies to Moldova.", ("RUS", "163", "MDA")),
    ("The United States blacklisted Iranian oil tankers.", ("USA", "163", "IRN")),
    ("Beijing called off military talks with Washington.", ("CHN", "164", "USA")),
    ("Burkina Faso tore up its military agreement with France.", ("BFA", "160", "FRA")),
    ("Mali scrapped its defence accord with France.", ("MLI", "160", "FRA")),
    ("Armenia froze its participation in the Russian-led security bloc.", ("ARM", "160", "RUS")),
    ("Bahrain withdrew its ambassador from Beirut.", ("BHR", "161", "LBN")),
    # 08 yield: tariffs dropped, vetoes lifted, ground ceded, persons released
    ("China dropped its tariffs on Australian barley.", ("CHN", "085", "AUS")),
    ("Turkey lifted its veto on Sweden's NATO membership.", ("TUR", "080", "SWE")),
    ("Ethiopia relinquished the disputed town to Eritrea.", ("ETH", "080", "ERI")),
    ("Iran released a French aid worker.", ("IRN", "0841", "FRA")),
    ("Russia freed 95 Ukrainian prisoners of war.", ("RUS", "0841", "UKR")),
    # 15 posture and 18 assault
    ("The United States flew bombers near China.", ("USA", "150", "CHN")),
    ("China staged war games around Taiwan.", ("CHN", "150", "TWN")),
    ("Russian agents poisoned a British citizen in Salisbury.", ("RUS", "180", "GBR")),
    # support thrown behind, lent or given is endorsement (051), not a loan or aid
    ("The United States threw its support behind Ukraine.", ("USA", "051", "UKR")),
    ("China lent its support to Russia's proposal.", ("CHN", "051", "RUS")),
    ("France gave its blessing to the German plan.", ("FRA", "051", "DEU")),
    # blame and criticism as idioms; hitting or firing back at criticism is words, not force
    ("Britain held Russia responsible for the poisoning.", ("GBR", "112", "RUS")),
    ("Washington pointed the finger at Beijing for the cyberattack.", ("USA", "112", "CHN")),
    ("Ankara took a swipe at Athens over the migrant boats.", ("TUR", "111", "GRC")),
    ("China hit back at American criticism of its human rights record.", ("CHN", "111", "USA")),
    ("Moscow fired back at London over the spying allegations.", ("RUS", "111", "GBR")),
    ("Tehran poured scorn on the American proposal.", ("IRN", "111", "USA")),
    ("The United States pressed charges against Russian hackers.", ("USA", "1121", "RUS")),
    # force posture, restrictions, coercion, hostage taking
    ("China moved troops to the Indian border.", ("CHN", "154", "IND")),
    ("Russia redeployed tanks to Belarus.", ("RUS", "154", "BLR")),
    ("Germany shut its consulates in Russia.", ("DEU", "161", "RUS")),
    ("Indian authorities placed a Chinese national under house arrest.", ("IND", "173", "CHN")),
    ("Chinese ships harassed a Philippine supply vessel.", ("CHN", "170", "PHL")),
    ("Colombian rebels took two Venezuelan soldiers hostage.", ("COL", "181", "VEN")),
    # fighting: air campaigns, positions blasted, missiles slamming into, enemies engaged
    ("Israel waged an air campaign against Hamas in Gaza.", ("ISR", "195", "PSE")),
    ("Israeli jets blasted Hamas positions in Gaza.", ("ISR", "190", "PSE")),
    ("A Russian missile slammed into a Ukrainian apartment block.", ("RUS", "190", "UKR")),
    ("Pakistani troops engaged Indian soldiers along the frontier.", ("PAK", "190", "IND")),
    # envoys sent, refugees taken in, debts forgiven
    ("India sent an envoy to Nepal to defuse the row.", ("IND", "042", "NPL")),
    ("The Indian minister headed to Nepal on Monday.", ("IND", "042", "NPL")),
    ("Germany took in thousands of Syrian refugees.", ("DEU", "075", "SYR")),
    ("Poland welcomed millions of Ukrainian refugees.", ("POL", "075", "UKR")),
    ("China forgave Zambia's debt.", ("CHN", "071", "ZMB")),
    ("France wrote off Senegal's debt.", ("FRA", "071", "SEN")),
    # nominalisations: debt relief, arms deliveries, charges, snubs, mobilisation, repression
    ("American arms deliveries to Ukraine resumed in March.", ("USA", "072", "UKR")),
    ("Cairo's snub to the Israeli delegation surprised diplomats.", ("EGY", "120", "ISR")),
    ("Washington announced charges against Russian intelligence officers.",
     ("USA", "1121", "RUS")),
    ("Russia announced a partial mobilisation against Ukraine.", ("RUS", "150", "UKR")),
    ("China's harassment of Philippine fishermen continued.", ("CHN", "170", "PHL")),
    ("Russia's imprisonment of an American reporter drew condemnation.", ("RUS", "173", "USA")),
    ("France reiterated its support for Armenia.", ("FRA", "051", "ARM")),
    # assurances, embassies, ambassadors
    ("Berlin assured Kyiv of its continued support.", ("DEU", "051", "UKR")),
    ("Israel opened an embassy in the United Arab Emirates.", ("ISR", "050", "ARE")),
    ("Saudi Arabia appointed an ambassador to Iran for the first time in seven years.",
     ("SAU", "050", "IRN")),
    # disparagement
    ("Venezuela's president vilified the United States in his speech.", ("VEN", "111", "USA")),
    ("Turkey insulted the Netherlands over the rally ban.", ("TUR", "111", "NLD")),
    # torpedo: a plan torpedoed is rejected, a tanker torpedoed is attacked
    ("Moscow torpedoed the American peace plan.", ("RUS", "120", "USA")),
    ("An Iranian submarine torpedoed a British tanker.", ("IRN", "190", "GBR")),
    # cutting off water, hanging a national, encircling troops, razing villages
    ("Israel cut off water and fuel to Gaza.", ("ISR", "163", "PSE")),
    ("Iran hanged a British-Iranian national accused of spying.", ("IRN", "186", "GBR")),
    ("Russian forces encircled Ukrainian troops near Bakhmut.", ("RUS", "191", "UKR")),
])
def test_codes_by_family(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Vietnam hosted the South Korean president in Hanoi.", ("VNM", "04", "KOR")),
    ("Egypt's president received the Jordanian king in Cairo.", ("EGY", "04", "JOR")),
    ("The Indian foreign minister paid a visit to Bangladesh.", ("IND", "04", "BGD")),
    ("Argentina inked a gas deal with Brazil.", ("ARG", "05", "BRA")),
    ("Greece sealed an energy agreement with Cyprus.", ("GRC", "05", "CYP")),
    ("Poland concluded a defence treaty with Ukraine.", ("POL", "05", "UKR")),
    ("The Peruvian president dined with his Chilean counterpart in Lima.", ("PER", "04", "CHL")),
    ("Chilean and Argentine negotiators huddled with Bolivian officials in La Paz.",
     ("CHL", "04", "BOL")),
    # taking a side, standing by, joining forces, partnering
    ("Washington stood by Israel after the attack.", ("USA", "05", "ISR")),
    ("Beijing sided with Islamabad in the dispute.", ("CHN", "05", "PAK")),
    ("The Baltic states rallied behind Finland after the cable sabotage.", (None, "05", "FIN")),
    ("Manila joined forces with Tokyo to patrol the South China Sea.", ("PHL", "05", "JPN")),
    ("Estonia partnered with Finland on a new undersea cable.", ("EST", "05", "FIN")),
    # ties mended, cemented, improved and bolstered: the noun gives the code
    ("Turkey and Armenia moved to mend ties.", ("TUR", "05", "ARM")),
    ("Ghana cemented its ties with Togo during the visit.", ("GHA", "05", "TGO")),
    ("Rwanda improved relations with Burundi last year.", ("RWA", "05", "BDI")),
])
def test_consult_and_diplomatic_cooperation_families(coder, text, expected):
    assert expected in root_pairs(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("India sent 40,000 tonnes of fuel to Sri Lanka.", ("IND", "07", "LKA")),
    ("Germany supplied Israel with naval vessels.", ("DEU", "07", "ISR")),
    ("China gifted 500 tonnes of rice to Cuba.", ("CHN", "070", "CUB")),
    ("Japan handed over patrol boats to the Philippines.", ("JPN", "072", "PHL")),
    ("Russia transferred fighter jets to Syria.", ("RUS", "072", "SYR")),
    ("The United States rushed munitions to Israel.", ("USA", "072", "ISR")),
    ("Britain extended a $50 million loan to Kenya.", ("GBR", "071", "KEN")),
    ("China disbursed a loan to Pakistan.", ("CHN", "071", "PAK")),
    ("Norway channelled funds to Palestinian hospitals.", ("NOR", "071", "PSE")),
    ("Turkey dispatched rescuers to Syria after the quake.", ("TUR", "073", "SYR")),
    # buying and selling: arms are military cooperation, energy and grain are trade
    ("The United States sold naval helicopters to India.", ("USA", "062", "IND")),
    ("Algeria sold more gas to Italy last winter.", ("DZA", "061", "ITA")),
    ("Egypt bought wheat from Romania.", ("EGY", "061", "ROU")),
    ("Qatar supplied liquefied natural gas to Bangladesh.", ("QAT", "061", "BGD")),
])
def test_aid_and_material_cooperation_families(coder, text, expected):
    assert expected in triples(coder, text) or \
        (expected[0], expected[1][:2], expected[2]) in root_pairs(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Pyongyang took aim at Washington over the drills.", ("PRK", "111", "USA")),
    ("Japan objected to the Russian military drills near its islands.", ("JPN", "111", "RUS")),
    ("Seoul expressed outrage at Tokyo over the shrine visit.", ("KOR", "111", "JPN")),
    ("Armenia raised concerns with Azerbaijan over the blockade.", ("ARM", "012", "AZE")),
    ("China shot down the British proposal for an inquiry.", ("CHN", "120", "GBR")),
    ("Mali repudiated its defence accords with France.", ("MLI", "120", "FRA")),
    ("New Delhi turned down Islamabad's offer of talks.", ("IND", "12", "PAK")),
    ("Brazil encouraged the United States to rejoin the climate accord.", ("BRA", "020", "USA")),
])
def test_disapprove_reject_and_appeal_families(coder, text, expected):
    found = triples(coder, text)
    assert expected in found or (expected[0], expected[1], expected[2]) in root_pairs(coder, text)


def test_crushing_protests_is_repression_and_crushing_forces_is_fighting(coder):
    assert "175" in {c for _, c, _ in triples(
        coder, "The junta crushed protests by Burmese students.")}
    assert ("ETH", "190", "ERI") in triples(
        coder, "Ethiopia crushed Eritrean forces near the border.")


@pytest.mark.parametrize("text", [
    # sport
    "The Brazilian striker fired a shot at the German goal.",
    "Manchester United fired the coach after a string of defeats.",
    "Germany pushed for a win in the second half against France.",
    "The Polish club signed a Ukrainian goalkeeper.",
    "The French team captured the title in Rome.",
    "Spain hosted the Olympic Games in 1992.",
    # weather and disasters
    "A heatwave pounded southern Spain this week.",
    "The typhoon battered the Philippines and Taiwan.",
    "Floods hit northern Italy and southern Switzerland.",
    # business and markets
    "Stocks hit record highs in Tokyo on Tuesday.",
    "Inflation hit a ten-year high in Turkey.",
    "Samsung supplied chips to Apple.",
    "Apple released a new iPhone in China.",
    "Toyota suspended production at its plant in Thailand.",
    "British shoppers shelled out millions of pounds in Paris.",
    "The Chinese company targeted European markets with a cheaper phone.",
    "Investors sold Turkish lira after the announcement.",
    "The Chinese giant bought a Swedish carmaker.",
    # people and things that are no party
    "The Mexican singer hit the stage in Madrid on Friday.",
    "The French president received an honorary degree in Oxford.",
    "The Japanese minister demonstrated the new train to reporters.",
    "Nigeria's president fired his finance minister.",
    "The German court dismissed the case against the footballer.",
    "The scandal poisoned relations between Italy and Austria for years.",
    "The Spanish plan met with resistance in the Portuguese parliament.",
    "The Indian court struck down a ban on Chinese apps.",
    "Spain conceded two goals against Italy.",
    "The German chancellor conceded defeat in the election.",
    "The Australian prime minister headed to the polls.",
    "The Brazilian band blasted their new single at a festival in Lisbon.",
    "The Chinese firm executed a large trade with a German bank.",
    "The French museum hanged a Spanish painting in its main hall.",
    "Brazil executed a perfect counterattack against Argentina.",
    "The teenager received a charge of electricity.",
    "Turkey's national airline opened a credit line with a Spanish bank.",
])
def test_sentences_that_give_no_event(coder, text):
    assert not dyadic(coder, text)


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    # strike: a deal struck is an agreement, a target struck is an attack
    ("Brazil struck a deal with Argentina on beef exports.", ("BRA", "057", "ARG"), "19"),
    ("Ukraine struck a Russian warship in the Black Sea.", ("UKR", "190", "RUS"), "05"),
    # press: urging a party is an appeal; pressing ahead with a reform is none
    ("Britain pressed Iran to free the detained sailors.", ("GBR", "02", "IRN"), "19"),
    # supply: arms are military aid, gas is trade
    ("Germany supplied tanks to Poland.", ("DEU", "072", "POL"), "061"),
    ("Norway supplied gas to Germany.", ("NOR", "061", "DEU"), "072"),
    # offer: a thing offered is aid or cooperation, mediation offered is intent
    ("Mexico offered to mediate between Guatemala and Belize.", ("MEX", "03", "GTM"), "19"),
    # host: a visitor hosted is a meeting; refugees hosted are shelter (075)
    ("Uganda hosted the Congolese president in Kampala.", ("UGA", "043", "COD"), "075"),
])
def test_polysemous_verbs(coder, text, expected, not_expected):
    found = triples(coder, text)
    codes = {c for _, c, _ in found}
    assert expected in found or (expected[0], expected[1], expected[2]) in root_pairs(coder, text)
    assert not any(c.startswith(not_expected) for c in codes)


def test_pressing_ahead_and_demonstrating_a_skill_are_no_events(coder):
    assert not dyadic(coder, "The Spanish government pressed ahead with the reform.")
    assert not dyadic(coder, "The Kenyan runner demonstrated her class in Berlin.")
    # a protest against a reform addresses no party
    assert not dyadic(coder, "French protesters demonstrated in Paris against the pension reform.")


def test_new_irregular_forms_lead_to_their_lemmas():
    lexicon = Lexicon.default()
    assert lexicon.verb_lemma("bought", "bought") == "buy"
    assert lexicon.verb_lemma("tore", "tore") == "tear"
    assert "sold" in lexicon.verb_forms("sell")


def test_prefilter_lets_the_new_vocabulary_through(coder):
    for text in ["Hezbollah rained rockets on northern Israel.",
                 "Seoul blacklisted two North Korean shipping firms.",
                 "Mali repudiated its defence accords with France.",
                 "Turkey and Armenia moved to mend ties."]:
        assert coder.prefilter.passes(text), text
