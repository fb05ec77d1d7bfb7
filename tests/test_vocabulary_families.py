"""Trigger vocabulary by CAMEO family (issue 13, class 10), round "lexis": aerial attacks and
assassinations, reactions told as nouns ("drew condemnation from"), exchanges and hand-overs,
investigations, appeals by what is asked, threats by their content, relations reduced, protest
forms and coercion at sea; with the readings of the same words that are no event. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from coder_helpers import triples
from entente.coder import Lexicon
from entente.coder.lexicon import read_entries


@pytest.mark.parametrize(("text", "expected"), [
    # aircraft, drones and missiles as the doer employ aerial weapons (195)
    ("American and British warplanes struck rebel positions in northern Syria on Friday.",
     ("USA", "195", "SYR")),
    ("Israeli jets struck Hamas targets in the Gaza Strip overnight.", ("ISR", "195", "PSE")),
    ("Turkish drones struck Kurdish militia bases in northern Iraq.", ("TUR", "195", "IRQ")),
    ("Saudi warplanes bombarded Houthi positions in Yemen.", ("SAU", "195", "YEM")),
    ("Ukrainian drones attacked a Russian oil refinery in Bryansk.", ("UKR", "195", "RUS")),
    ("Jordanian fighter jets hit drug smuggling groups inside Syria.", ("JOR", "195", "SYR")),
    ("Egyptian warplanes pounded militant camps in Libya after the killings.",
     ("EGY", "195", "LBY")),
    ("A Russian missile hit a Ukrainian apartment block in Dnipro.", ("RUS", "195", "UKR")),
    ("Dozens of Iranian drones targeted Israeli air bases overnight.", ("IRN", "195", "ISR")),
    ("Kurdish villages in Iraq were hit by Turkish drones on Monday.", ("TUR", "195", "IRQ")),
    # the nominal and light-verb forms stay aerial
    ("Pakistan carried out a drone strike on militant hideouts in Afghanistan.",
     ("PAK", "195", "AFG")),
    ("The bombing of Ukrainian cities by Russian forces continued.", ("RUS", "195", "UKR")),
    # artillery stays artillery (194), ground troops stay conventional force (190)
    ("Azerbaijani artillery shelled Armenian villages near the border.", ("AZE", "194", "ARM")),
    ("Kenyan troops shot dead three Somali militants at the border.", ("KEN", "190", "SOM")),
])
def test_aerial_attacks(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # bombers are aircraft, but a suicide bomber or a car bomb is a non-military bombing (183)
    ("Russian bombers struck Ukrainian cities overnight.", ("RUS", "195", "UKR")),
    ("Israeli jets fired missiles at Syrian army positions near Damascus.",
     ("ISR", "195", "SYR")),
    ("A suicide bomber from Chad killed 15 Nigerian soldiers in Maiduguri.",
     ("TCD", "183", "NGA")),
    # artillery named on an attack noun is artillery (194)
    ("Japan condemned the North Korean artillery attack on a South Korean island.",
     ("PRK", "194", "KOR")),
])
def test_bombers_and_artillery(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # killing a commander, a leader or an official is an assassination (186), by any means
    ("An Israeli airstrike killed a senior Hamas official in Lebanon.", ("ISR", "186", "PSE")),
    ("The US military killed an Iranian general in a drone strike in Baghdad.",
     ("USA", "186", "IRN")),
    ("Israel assassinated a senior Iranian commander in Damascus.", ("ISR", "186", "IRN")),
    ("Russian soldiers shot the Ukrainian mayor of a village near Kyiv.", ("RUS", "186", "UKR")),
    # the title in an apposition counts
    ("A Turkish drone killed Mazloum Kobani, the commander of the Syrian Democratic Forces.",
     ("TUR", "186", "SYR")),
])
def test_killing_a_leader_is_an_assassination(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # the "from" party reacts to the doer of the clause or the owner of the deed
    ("North Korea fired a ballistic missile over Japan, drawing condemnation from South Korea "
     "and the United States.", {("KOR", "111", "PRK"), ("USA", "111", "PRK")}),
    ("Russia annexed four Ukrainian regions, drawing sharp criticism from Germany.",
     {("DEU", "111", "RUS")}),
    ("The Israeli raid on the camp drew condemnation from Jordan and Egypt.",
     {("JOR", "111", "ISR"), ("EGY", "111", "ISR")}),
    ("India's decision to revoke the region's autonomy drew strong protests from Pakistan.",
     {("PAK", "114", "IND")}),
    ("Japan's release of treated water triggered protests from China.",
     {("CHN", "114", "JPN")}),
    ("The Turkish incursion into Syria drew a rebuke from Washington.", {("USA", "111", "TUR")}),
    ("Poland's new law prompted criticism from the European Commission.",
     {("EU", "111", "POL")}),
    ("Iran's nuclear move has drawn condemnation from France, Britain and Germany.",
     {("FRA", "111", "IRN"), ("GBR", "111", "IRN"), ("DEU", "111", "IRN")}),
    ("Moscow's troop buildup triggered warnings from NATO.", {("NATO", "130", "RUS")}),
    ("Australia's defence pact drew praise from Japan.", {("JPN", "051", "AUS")}),
    ("Serbia's arrest of the Kosovo police officers sparked outrage from Pristina.",
     {("XKX", "111", "SRB")}),
])
def test_reactions_told_as_nouns(coder, text, expected):
    assert expected <= triples(coder, text)


def test_a_deed_that_draws_a_reaction_takes_no_reactor_as_its_target(coder):
    # (the reaction is policy.py's "drawn reaction"; the deed noun must not borrow its party)
    found = triples(coder, "The Hungarian veto drew fierce criticism from Ukraine.")
    assert found == {("UKR", "111", "HUN")}
    found = triples(coder, "The Israeli raid on the camp drew condemnation from Jordan.")
    assert ("ISR", "170", "JOR") not in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia and Ukraine exchanged prisoners of war on Wednesday.",
     {("RUS", "0841", "UKR"), ("UKR", "0841", "RUS")}),
    ("Russia and the United States swapped prisoners in Abu Dhabi.",
     {("RUS", "0841", "USA"), ("USA", "0841", "RUS")}),
    # suspects handed over are extradited; prisoners handed over are released
    ("Greece handed over a Turkish suspect to the authorities in Ankara.",
     {("GRC", "063", "TUR")}),
    ("Ukraine handed over 40 Russian prisoners to Moscow on Saturday.",
     {("UKR", "0841", "RUS")}),
    ("Kenya extradited a Rwandan genocide suspect to Rwanda.", {("KEN", "063", "RWA")}),
    # refuge, sanctuary and asylum granted or given
    ("Germany granted asylum to a Russian opposition activist.", {("DEU", "075", "RUS")}),
    ("Ecuador gave refuge to an Australian journalist in its London embassy.",
     {("ECU", "075", "AUS")}),
    # trade routes and border crossings opened are economic cooperation
    ("Turkey opened a new border crossing with Armenia.", {("TUR", "061", "ARM")}),
    ("Pakistan reopened the Torkham border crossing with Afghanistan for trade.",
     {("PAK", "061", "AFG")}),
])
def test_exchanges_handovers_and_openings(coder, text, expected):
    assert expected <= triples(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # the party investigated is the doer of what is investigated, or the owner of the thing
    ("The International Criminal Court opened an investigation into abuses by Burundian "
     "police.", ("ICC", "092", "BDI")),
    ("The European Commission launched an inquiry into Chinese subsidies for electric cars.",
     ("EU", "090", "CHN")),
    ("ICC prosecutors started a preliminary examination of killings carried out by "
     "Philippine police.", ("ICC", "090", "PHL")),
    ("The UN set up an inquiry into human rights abuses by Iran.", ("UN", "092", "IRN")),
    ("The UN Human Rights Council established a fact-finding mission on Myanmar.",
     ("UNHRC", "090", "MMR")),
    ("The EU opened an anti-dumping investigation into Chinese steel.", ("EU", "090", "CHN")),
    ("Britain announced a public inquiry into Russia's role in the Salisbury poisoning.",
     ("GBR", "090", "RUS")),
    # what is investigated gives the kind: war crimes 094, abuses 092, military acts 093
    ("The UN opened an inquiry into war crimes committed by Russian forces in Ukraine.",
     ("UN", "094", "RUS")),
    ("German prosecutors opened an investigation into war crimes by Syrian officers.",
     ("DEU", "094", "SYR")),
    ("The African Union set up an investigation into human rights violations by Eritrean "
     "forces.", ("AU", "092", "ERI")),
    ("France opened an investigation into the downing of the Ethiopian airliner.",
     ("FRA", "093", "ETH")),
    # a warrant for someone's arrest is legal action against them (173)
    ("The ICC issued an arrest warrant for Russian President Vladimir Putin.",
     ("ICC", "173", "RUS")),
])
def test_investigations(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # what is asked for gives the kind of appeal
    ("Somalia appealed to the United Nations for emergency funds to fight the drought.",
     ("SOM", "0231", "UN")),
    ("Pakistan asked China for a new loan to shore up its reserves.", ("PAK", "0231", "CHN")),
    ("Ukraine appealed to Germany for more air defence systems.", ("UKR", "0232", "DEU")),
    ("The Philippines asked Japan for patrol boats.", ("PHL", "0232", "JPN")),
    ("Sri Lanka sought emergency assistance from the International Monetary Fund.",
     ("LKA", "023", "IMF")),
    ("Moldova appealed to Romania for electricity supplies.", ("MDA", "023", "ROU")),
    ("Haiti requested the deployment of foreign troops from Kenya.", ("HTI", "0234", "KEN")),
    # the one asked is no part of what is asked for
    ("Mali asked the UN peacekeeping mission to leave.", ("MLI", "020", "UN")),
    # an appeal for a withdrawal stays an appeal to de-escalate
    ("Armenia urged the pullout of Azerbaijani soldiers from its territory.",
     ("ARM", "0256", "AZE")),
])
def test_appeals_by_what_is_asked(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The United States threatened China with severe economic consequences.",
     ("USA", "131", "CHN")),
    ("The EU threatened Hungary with sanctions over its new law.", ("EU", "1312", "HUN")),
    ("Trump threatened Mexico with tariffs.", ("USA", "1312", "MEX")),
    ("Iran threatened Israel with a crushing military response.", ("IRN", "138", "ISR")),
    ("Israel threatened Hezbollah with war.", ("ISR", "138", "LBN")),
    ("Beijing threatened countermeasures against the United States.", ("CHN", "131", "USA")),
    ("Washington threatened to cut aid to Egypt.", ("USA", "1311", "EGY")),
    ("China threatened to sever diplomatic ties with Lithuania.", ("CHN", "1313", "LTU")),
    ("Russia threatened to cut off gas supplies to Moldova.", ("RUS", "1312", "MDA")),
])
def test_threats_by_their_content(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # pressing a party to act is an appeal; an offer of mediation rejected is 126
    ("The Egyptian president pressed Israel to open the Rafah crossing.", ("EGY", "02", "ISR")),
    ("Ethiopia rejected Kenya's offer of mediation in the dispute.", ("ETH", "126", "KEN")),
    # rebukes traded are criticism both ways, accusations exchanged accusations both ways
    ("Indian and Chinese officials traded sharp rebukes at the summit.", ("IND", "111", "CHN")),
    ("Moscow and Washington exchanged accusations over the treaty.", ("USA", "112", "RUS")),
    # a diplomatic protest is an official complaint; crowds protesting demonstrate
    ("China lodged a diplomatic protest with Japan.", ("CHN", "114", "JPN")),
    ("Thousands of Georgians protested in Tbilisi against Russia.", ("GEO", "141", "RUS")),
    ("Thousands of Serbs staged a protest against Kosovo police.", ("SRB", "141", "XKX")),
])
def test_appeals_rejections_and_protests(coder, text, expected):
    code = expected[1]
    assert any((s, c[:len(code)], t) == expected for s, c, t in triples(coder, text))


def test_pressing_ahead_or_a_button_is_no_appeal(coder):
    assert triples(coder, "Germany pressed ahead with talks on the Polish border.") == set()
    assert triples(coder, "The Danish minister pressed the button to open the Swedish fair.") \
        == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Niger ordered the closure of the American air base.", ("NER", "160", "USA")),
    ("Mali ended its defence agreement with France.", ("MLI", "160", "FRA")),
    ("Burkina Faso ordered French troops to leave the country.", ("BFA", "166", "FRA")),
    ("China froze new trade with Lithuania.", ("CHN", "163", "LTU")),
    ("Saudi Arabia halted imports from Lebanon.", ("SAU", "163", "LBN")),
    ("Morocco closed its embassy in Berlin.", ("MAR", "161", "DEU")),
    # aid stopped, withheld, slashed or withdrawn (162); investment and takeovers blocked (163)
    ("Sweden stopped aid to Zimbabwe.", ("SWE", "162", "ZWE")),
    ("The Netherlands withheld development aid from Suriname.", ("NLD", "162", "SUR")),
    ("Washington slashed assistance to the Palestinian Authority.", ("USA", "162", "PSE")),
    ("Denmark withdrew funding for projects in Tanzania.", ("DNK", "162", "TZA")),
    ("The US barred Chinese investment in American chip firms.", ("USA", "163", "CHN")),
    ("Germany blocked a Chinese takeover of a port terminal in Hamburg.", ("DEU", "163", "CHN")),
    # troops mobilised near a border (154)
    ("Venezuela mobilized troops near the border with Guyana.", ("VEN", "154", "GUY")),
])
def test_relations_reduced(coder, text, expected):
    assert expected in triples(coder, text)


def test_blocked_investment_is_no_investment(coder):
    found = triples(coder, "India blocked Chinese investment in its technology sector.")
    assert ("IND", "163", "CHN") in found and not any(c.startswith("06") for _, c, _ in found)


@pytest.mark.parametrize(("text", "code"), [
    ("Palestinian prisoners began a hunger strike in Israeli jails.", "142"),
    ("Kurdish activists went on hunger strike against Turkey.", "142"),
    ("Students occupied university buildings in protest against the Chinese government.",
     "144"),
    ("Protesters stormed the Swedish embassy in Baghdad.", "145"),
    ("Hundreds of demonstrators besieged the Danish embassy in Tehran.", "145"),
    ("Protesters set fire to the French embassy in Niamey.", "145"),
])
def test_protest_forms(one_sided_coder, text, code):
    assert code in {c for _, c, _ in triples(one_sided_coder, text)}


def test_police_storming_an_embassy_stays_force(coder):
    assert ("THA", "190", "KHM") in triples(coder, "Thai police stormed the Cambodian embassy.")


@pytest.mark.parametrize(("text", "expected"), [
    ("A Chinese coast guard ship rammed a Philippine supply vessel.", ("CHN", "171", "PHL")),
    ("Chinese vessels harassed a Vietnamese fishing boat near the Paracel Islands.",
     ("CHN", "170", "VNM")),
    ("Russian jets intercepted a US drone over the Black Sea.", ("RUS", "150", "USA")),
    ("Iran seized a Greek tanker in the Gulf.", ("IRN", "171", "GRC")),
    ("Libyan authorities detained the crew of a Turkish ship.", ("LBY", "173", "TUR")),
    ("Somali pirates captured an Indian dhow.", ("SOM", "181", "IND")),
])
def test_coercion_at_sea_and_in_the_air(coder, text, expected):
    assert expected in triples(coder, text)


def test_a_deal_struck_is_an_agreement_not_an_attack(coder):
    found = triples(coder, "Indonesia and Malaysia struck a deal on palm oil exports.")
    assert found and all(c == "057" for _, c, _ in found)


@pytest.mark.parametrize(("text", "expected"), [
    # charges brought by prosecutors, courts or the authorities are legal action (173)
    ("Two French tourists have been charged with spying by Iranian authorities.",
     ("IRN", "173", "FRA")),
    ("Russian prosecutors charged an American reporter with espionage.", ("RUS", "173", "USA")),
    ("A Turkish court indicted a German journalist on terrorism charges.",
     ("TUR", "173", "DEU")),
    ("Belarus prosecuted a Polish activist for insulting the president.", ("BLR", "173", "POL")),
    # a government charging another with a deed accuses it (1121)
    ("Washington charged Beijing with stealing technology.", ("USA", "1121", "CHN")),
])
def test_legal_charges_and_accusations(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "The battery charged in under an hour in Japan.",
    "The hotel in Tehran hosted a wedding for three hundred guests.",
    "Brazil's striker hit the post twice against Argentina.",
    "The Kenyan runner killed off the challenge of the Ethiopian pair in the last lap.",
    "Chinese drones hit the European market at record prices.",
    "The new plant drew investment from South Korean firms.",
    "The exhibition in Paris drew crowds from Germany and Italy.",
    "Argentina asked for a penalty but the referee waved play on.",
    "Japanese jets took off from Okinawa for a routine training flight.",
    "Drones filmed the opening ceremony in Qatar.",
    "The Italian team threatened to walk out of the tournament in Spain.",
    "The Nigerian central bank asked commercial lenders for more data.",
    "The club stopped its funding of the youth academy in Madrid.",
    "Shares in the German carmaker hit a record low on Friday.",
])
def test_other_senses_give_nothing(coder, text):
    assert triples(coder, text) == set()


def test_a_subject_constraint_is_read_and_counts_like_an_object(tmp_path):
    path = tmp_path / "extra.tsv"
    path.write_text("lemma\tpos\tprep\tobject\tcode\ttarget\tsubject\n"
                    "strike\tV\t\t\t195\t\twarplane|drone\n"
                    "strike\tV\t\t\t190\tdobj\n", encoding="utf-8")
    lexicon = Lexicon.load([path])
    assert [e.subjects for e in read_entries(path)] == [("warplane", "drone"), ()]
    assert lexicon.best("strike", "V", set(), {"*"}, subjects={"drone", "israeli"}).code == "195"
    assert lexicon.best("strike", "V", set(), {"*"}, subjects={"troop"}).code == "190"
    assert lexicon.best("strike", "V", set(), {"*"}).code == "190"
