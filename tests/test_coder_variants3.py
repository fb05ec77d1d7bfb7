"""Classes the coder knew in one wording and missed in another (round 3): a strike whose
doer a "by" phrase names as the subject of a verb of impact, a complaint about a deed told by
a gerund clause, a verdict past a phrase of place, "committed a crime" in what was said, the
severing of links, and teams in a game; then the re-wordings of real-news and PLOVER
constructions that pass, pinned so the generalisation holds (written by us: other states,
titles for names, capitals for governments, passives, nominal forms, reported speech,
relative clauses, headlines, long appositions)."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic


def _found(coder, text: str, spec: str) -> bool:
    """Is there an event of the spec "SRC|ROOTS|TGT" (alternatives "A/B", roots "11,12",
    a leading "~" for a joint act either way round)?"""
    src, roots, tgt = spec.split("|")
    either = src.startswith("~")
    sources, targets = set(src.lstrip("~").split("/")), set(tgt.split("/"))
    wanted = set(roots.split(","))
    return any(code[:2] in wanted and (s in sources and t in targets
                                       or either and s in targets and t in sources)
               for s, code, t in dyadic(coder, text))


# --- a strike named by its doer, as the subject of a verb of impact -------------------------

@pytest.mark.parametrize(("text", "spec"), [
    ("An air strike by Turkish jets hit a village in northern Iraq, local officials said.",
     "TUR|19|IRQ"),
    ("A drone strike by Israeli aircraft hit a car near Tyre in Lebanon.", "ISR|19|LBN"),
    ("A missile strike by Russian bombers hit a power station in Ukraine overnight.",
     "RUS|19|UKR"),
])
def test_a_strike_by_a_party_hits_what_the_verb_names(coder, text, spec):
    assert _found(coder, text, spec)


def test_a_strike_by_no_party_hits_for_no_one(coder):
    assert dyadic(coder, "An air strike by unidentified aircraft hit a village in Iraq.") == set()


# --- a complaint about a deed a gerund clause tells: the doer, not the addressee ----------

@pytest.mark.parametrize(("text", "spec"), [
    ("Georgia has complained to the UN Security Council about Russian troops moving the "
     "border.", "GEO|11|RUS"),
    ("Manila protested to the UN over Chinese ships blocking a supply mission.", "PHL|11|CHN"),
    ("Vietnam complained about China building islands in the sea.", "VNM|11|CHN"),
])
def test_a_complaint_about_a_gerund_clause_targets_its_doer(coder, text, spec):
    assert _found(coder, text, spec)
    assert not [e for e in dyadic(coder, text) if e[2] in ("UN", "UNSC")]


def test_a_complaint_about_a_thing_happening_names_no_party(coder):
    assert dyadic(coder, "Chile complained about food prices rising.") == set()


# --- a verdict past a phrase of place the parser hung on the verb -----------------------------

@pytest.mark.parametrize(("text", "spec"), [
    ("Ankara described the Greek military build-up on the islands as a violation of treaties.",
     "TUR|11|GRC"),
    ("Moscow described the NATO drills near its borders as a provocation.", "RUS|11|NATO"),
])
def test_a_verdict_past_a_phrase_of_place(coder, text, spec):
    assert _found(coder, text, spec)


def test_an_as_phrase_past_a_clause_judges_nothing(coder):
    text = "Mexico rejected a plan to designate the cartels in its north as terrorist groups."
    assert not [e for e in dyadic(coder, text) if e[1].startswith("11")]


# --- "committed a crime" in what was said ---------------------------------------------------

@pytest.mark.parametrize(("text", "spec"), [
    ("Tehran said Israel had committed a crime by striking its consulate.", "IRN|11|ISR"),
    ("Kyiv said Russian troops committed war crimes in Bucha.", "UKR|11|RUS"),
    ("Damascus said Turkey perpetrated a massacre in the north.", "SYR|11|TUR"),
])
def test_a_crime_committed_in_what_was_said_is_criticism(coder, text, spec):
    assert _found(coder, text, spec)


@pytest.mark.parametrize("text", [
    "The minister said Egypt was committed to the deal with Sudan.",
    "Russia said it had committed troops to the mission in Syria.",
])
def test_commitments_are_no_crimes(coder, text):
    assert not [e for e in dyadic(coder, text) if e[1].startswith("11")]


# --- the severing of links -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "spec"), [
    ("Ukraine announced the severing of rail links with Belarus.", "UKR|16|BLR"),
    ("Morocco's severance of diplomatic ties with Iran came after the arms deliveries.",
     "MAR|16|IRN"),
])
def test_the_severing_of_links_is_a_sanction(coder, text, spec):
    assert _found(coder, text, spec)


def test_a_severed_cable_is_no_event(coder):
    assert dyadic(coder, "The severing of the undersea cable was an accident.") == set()


# --- teams in a game are no states -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The German team slammed Spain's tactics after losing the quarter-final.",
    "The French president criticised the referee after the match against Argentina.",
    "The Egyptian squad accused Ghana of time-wasting in the 2-1 defeat.",
])
def test_teams_and_matches_give_nothing(coder, text):
    assert dyadic(coder, text) == set()


@pytest.mark.parametrize(("text", "spec"), [
    ("A team of Chinese officials met Indian diplomats before the cricket match.",
     "CHN|04|IND"),
    ("The Iranian negotiating team met American officials in Oman.", "IRN|04|USA"),
    ("The Russian side criticised Ukraine before the final round of talks.", "RUS|11|UKR"),
])
def test_delegations_and_sides_of_talks_still_act(coder, text, spec):
    assert _found(coder, text, spec)


# --- an envoy recalled, a state recognised: the nouns ---------------------------------------

@pytest.mark.parametrize(("text", "spec"), [
    ("France's recall of its ambassador from Niamey ended months of standoff.", "FRA|16|NER"),
    ("Chile announced the recall of its ambassador to Israel.", "CHL|16|ISR"),
    ("Norway's recognition of Palestine angered Israel.", "NOR|05|PSE"),
    ("Spain announced its recognition of Kosovo.", "ESP|05|XKX"),
])
def test_recall_and_recognition_nouns(coder, text, spec):
    assert _found(coder, text, spec)


@pytest.mark.parametrize("text", [
    "Chile announced the recall of its ambassador.",
    "The recall of faulty cars from Germany cost the carmaker dearly.",
    "The award came in recognition of Kenya's efforts.",
    "Japan lifted sanctions on Ghana in recognition of its help for the mission.",
])
def test_a_recalled_envoy_is_no_party_and_other_recalls_are_none(coder, text):
    assert not [e for e in dyadic(coder, text) if e[1][:2] in ("05", "16")]


# --- a quoted verdict before the object it judges; a fate the speaker brings on a party ------

@pytest.mark.parametrize(("text", "spec"), [
    ('The Kremlin dismissed as "lies" claims by Kyiv that Russian troops had shelled the '
     'plant.', "RUS|11,12|UKR"),
    ('Beijing dismissed as "nonsense" reports from Washington about the balloon.',
     "CHN|11,12|USA"),
])
def test_a_quoted_verdict_before_its_object(coder, text, spec):
    assert _found(coder, text, spec)


def test_a_claim_dismissed_is_no_act_of_its_own(coder):
    text = ('The Kremlin dismissed as "lies" claims by Kyiv that Russian troops had shelled '
            'the plant.')
    assert not [e for e in dyadic(coder, text) if e[1][:2] in ("18", "19")]


@pytest.mark.parametrize(("text", "spec"), [
    ("Yerevan said it would hold Baku responsible.", "ARM|13|AZE"),
    ("Seoul said it would hold Pyongyang accountable for the attack.", "KOR|13|PRK"),
])
def test_holding_a_party_to_account_threatens_it(coder, text, spec):
    assert _found(coder, text, spec)


def test_holding_talks_is_no_threat(coder):
    assert not [e for e in dyadic(coder, "The ministry said it would hold talks with Japan.")
                if e[1].startswith("13")]


# --- re-wordings of real-news study constructions (pinned) -------------------------------------

REALNEWS_VARIANTS = [
    # condemn a demonym-named act (rd029)
    ("Iran's foreign minister denounced \"Israeli aggression\" on Tuesday and said Tehran "
     "reserved the right to respond.",
     "IRN|11|ISR"),
    ("The Ukrainian president condemned Russian aggression in a televised address to the nation.",
     "UKR|11|RUS"),
    ("Armenia Condemns Azerbaijani Provocation On Border", "ARM|11|AZE"),
    # criticise a state for a deed (rd043)
    ("Brazil's president sharply criticised Washington for its stance on Venezuela.", "BRA|11|USA"),
    ("The Hungarian prime minister, who faces an election in April, has criticized Brussels for "
     "withholding funds.",
     "HUN|11|EU"),
    ("China was criticized by Japan for its rapid military build-up.", "JPN|11|CHN"),
    # accuse of (rd057, rd138, rd195)
    ("Ethiopia has accused Egypt of trying to destabilise the region, the foreign ministry said.",
     "ETH|11|EGY"),
    ("Serbia was accused by Kosovo of stoking unrest in the north.", "XKX|11|SRB"),
    ("The Greek government, which has long been at odds with its neighbour, accused Turkey of "
     "violating its airspace.",
     "GRC|11|TUR"),
    # condemn a test, owner named by a possessive (rd143)
    ("South Korea's foreign ministry condemned North Korea's latest missile launch on Sunday.",
     "KOR|11|PRK"),
    ("The State Department condemned the Iranian missile test, calling it a violation of a UN "
     "resolution.",
     "USA|11|IRN"),
    ("Seoul Condemns Pyongyang's Satellite Launch", "KOR|11|PRK"),
    # call allegations a lie (rd110)
    ("The Chinese foreign ministry called the American accusations \"groundless and absurd\".",
     "CHN|11,12|USA"),
    ("Moscow dismissed the British claims as \"nonsense\", the Kremlin spokesman said.",
     "RUS|11,12|GBR"),
    ("India has rejected Pakistan's allegations as baseless propaganda.", "IND|11,12|PAK"),
    # summon an envoy to protest (rd132)
    ("Vietnam summoned the Chinese ambassador in Hanoi to protest the seizure of fishing boats.",
     "VNM|11|CHN"),
    ("The Chinese envoy was summoned by the Philippine foreign ministry on Monday.", "PHL|11|CHN"),
    ("Berlin summoned Moscow's ambassador over the cyber attack, the foreign office said.",
     "DEU|11|RUS"),
    # protest to a government about a deed (rd139)
    ("Indonesia protested to Beijing about the incursion of Chinese fishing boats near the Natuna "
     "Islands.",
     "IDN|11|CHN"),
    ("Malaysian officials have protested to the Chinese embassy over the coast guard's actions.",
     "MYS|11|CHN"),
    ("South Korean diplomats in Tokyo protested to the Japanese government about the new "
     "textbooks.",
     "KOR|11|JPN"),
    # demand that a party act (rd133)
    ("Japan demanded that Chinese ships leave its territorial waters immediately.", "JPN|10|CHN"),
    ("Vietnam has demanded that China withdraw the oil rig from its exclusive economic zone.",
     "VNM|10|CHN"),
    ("Seoul demanded that Tokyo retract the claim, a foreign ministry spokesman said.",
     "KOR|10|JPN"),
    # impose sanctions (rd011, rd015)
    ("Britain will impose sanctions on senior Iranian officials, the Foreign Office said.",
     "GBR|13,16|IRN"),
    ("New sanctions were imposed on Russia by Japan on Friday.", "JPN|16|RUS"),
    ("Australia on Monday announced sanctions against Myanmar's military leaders.", "AUS|16|MMR"),
    # expulsion nominal (rd016)
    ("The expulsion of 18 Czech diplomats by Moscow deepened the crisis.", "RUS|16,17|CZE"),
    ("Poland's expulsion of 45 Russian diplomats drew a sharp response.", "POL|16,17|RUS"),
    ("The Kremlin announced the expulsion of two British diplomats on Friday.", "RUS|16,17|GBR"),
    # persona non grata (rd017)
    ("Ukraine declared the Belarusian ambassador persona non grata on Tuesday.", "UKR|16,17|BLR"),
    ("The Russian consul was declared persona non grata by Estonia.", "EST|16,17|RUS"),
    ("Lithuania has declared a Russian diplomat persona non grata, the foreign ministry said.",
     "LTU|16,17|RUS"),
    # expel an envoy named by name and title (rd020)
    ("France expelled Ali Rezaei, a counsellor at the Iranian embassy in Paris, over the plot.",
     "FRA|16,17|IRN"),
    ("The Dutch government on Monday expelled two Russian diplomats it accused of spying.",
     "NLD|16,17|RUS"),
    ("Germany took the unusual step of expelling a Turkish diplomat on Thursday.", "DEU|16,17|TUR"),
    # shot dead a soldier (rd026)
    ("Armenian soldiers shot dead an Azerbaijani serviceman on the border on Monday.",
     "ARM|18,19|AZE"),
    ("An Indian soldier was shot dead by Chinese troops in Ladakh, Indian officials said.",
     "CHN|18,19|IND"),
    ("Israeli forces killed two Lebanese soldiers in a strike near the border.", "ISR|18,19|LBN"),
    # killed in a clash with (rd028)
    ("Three Armenian soldiers were killed in a clash with Azerbaijani forces, the defence "
     "ministry said.",
     "ARM/AZE|19,18|AZE/ARM"),
    ("Twenty Indian troops died in a clash with Chinese soldiers in the Galwan valley.",
     "IND/CHN|19,18|CHN/IND"),
    ("Several Kyrgyz border guards were wounded during a firefight with Tajik troops.",
     "KGZ/TJK|19,18|TJK/KGZ"),
    # joint exercises (rd064, rd066, rd067)
    ("The Chinese and Russian navies held joint drills in the Sea of Japan this week.",
     "CHN|06|RUS"),
    ("Joint military exercises between Egypt and Saudi Arabia began on Sunday.", "EGY|06|SAU"),
    ("Australia will hold joint naval exercises with India next month.", "AUS|03,06|IND"),
    # X and his Y counterpart signed (rd071)
    ("The Egyptian foreign minister and his Sudanese counterpart signed a water agreement in "
     "Cairo.",
     "EGY|05|SDN"),
    ("Kenya's president and his Ugandan counterpart signed the pipeline deal on Friday.",
     "KEN|05|UGA"),
    ("Italian Prime Minister Giorgia Meloni and her Albanian counterpart Edi Rama signed the "
     "accord in Rome.",
     "ITA|05|ALB"),
    # contract to buy from (rd074)
    ("Poland has signed a deal to buy 250 Abrams tanks from the United States.", "POL|05,06|USA"),
    ("Egypt signed a contract to purchase 30 Rafale jets from France, the defence ministry said.",
     "EGY|05,06|FRA"),
    ("India has agreed to buy S-400 air defence systems from Russia.", "IND|03,05,06|RUS"),
    # reached an agreement for a sale (rd076)
    ("Greece and France reached an agreement on Monday for the sale of three frigates.",
     "GRC|03,05|FRA"),
    ("Indonesia and France have reached a deal on the purchase of 42 fighter jets.",
     "IDN|03,05|FRA"),
    ("Qatar and Britain struck an agreement for the sale of Typhoon jets.", "QAT|03,05|GBR"),
    # an air strike by X hit (rd084)
    ("An air strike by Turkish jets hit a village in northern Iraq, local officials said.",
     "TUR|19|IRQ"),
    ("A drone strike by the US military killed three militants in Somalia.", "USA|19|SOM"),
    ("Lebanese state media said an Israeli air strike had hit a house in the south of the country.",
     "ISR|19|LBN"),
    # warplanes struck targets (rd086)
    ("Russian jets struck Ukrainian positions near Bakhmut overnight.", "RUS|19|UKR"),
    ("American warplanes have struck Iranian targets in eastern Syria, the Pentagon said.",
     "USA|19|IRN"),
    ("Turkish drones struck Syrian army posts near the border on Sunday.", "TUR|19|SYR"),
    # shot down a drone (rd089)
    ("Iran's Revolutionary Guards said they had shot down an American drone over the Strait of "
     "Hormuz.",
     "IRN|19|USA"),
    ("A Russian drone was shot down by Ukrainian air defences over Kyiv.", "UKR|19|RUS"),
    ("Pakistan shot down two Indian fighter jets, the army spokesman said.", "PAK|19|IND"),
    # thanked for efforts (rd096)
    ("Egypt thanked the Emir of Qatar for his mediation efforts.", "EGY|05|QAT"),
    ("The Ukrainian president thanked Poland for its support, his office said.", "UKR|05|POL"),
    ("Israel thanked the United States for its help in securing the release of the hostages.",
     "ISR|05|USA"),
    # close borders, suspend from bodies (rd151, rd155)
    ("The African Union suspended Niger from all its activities after the coup.", "AU|16|NER"),
    ("Nigeria said it would close its border with Benin.", "NGA|13,16|BEN"),
    ("The European Union suspended all flights between its member states and Belarus.",
     "EU|16|BLR"),
    # protesters burned flags (rd179, rd181)
    ("Demonstrators burned Israeli flags outside the parliament in Amman on Friday.", "JOR|14|ISR"),
    ("Crowds in Tehran burned British flags during a rally against the embassy.", "IRN|14|GBR"),
    ("Protesters in Karachi stormed the American consulate and burned US flags.", "PAK|14|USA"),
    # coordinated strikes (rd182)
    ("Britain and the US launched strikes against Houthi targets in Yemen overnight.",
     "GBR|19|YEM"),
    ("The United States launched air strikes against militia targets in Iraq on Friday.",
     "USA|19|IRQ"),
    ("French and Malian forces launched an offensive against jihadist camps in Mali.",
     "FRA|19|MLI"),
    # detained on espionage charges (rd184)
    ("Two Canadian nationals were arrested in Beijing, the Chinese foreign ministry said.",
     "CHN|17|CAN"),
    ("A French tourist has been detained in Tehran on spying charges.", "IRN|17|FRA"),
    ("Russia arrested an American journalist in Yekaterinburg on suspicion of espionage.",
     "RUS|17|USA"),
    # charged with espionage by (rd190)
    ("An American journalist, detained in March while on a reporting trip, has been charged with "
     "espionage by Russian prosecutors.",
     "RUS|17|USA"),
    ("An Australian writer was charged with spying by Chinese authorities.", "CHN|17|AUS"),
    # suspend flights (rd196)
    ("Moscow suspended all flights to Georgia over the protests in Tbilisi.", "RUS|16|GEO"),
    ("India suspended all bus services to Pakistan after the attack.", "IND|16|PAK"),
    ("Morocco has suspended all flights from Algeria, the government said.", "MAR|16|DZA"),
    # prisoner swap (rd214, rd220)
    ("Armenia and Azerbaijan swapped prisoners on Wednesday.", "ARM|08|AZE"),
    ("Russia released two American prisoners as part of a deal.", "RUS|08|USA"),
    ("Ukraine freed 40 Russian servicemen in the latest exchange.", "UKR|08|RUS"),
    # detained citizens (rd221)
    ("Tbilisi detained three Russian citizens near the border.", "GEO|17|RUS"),
    ("Ankara arrested two Greek soldiers who had crossed the border.", "TUR|17|GRC"),
    ("Tehran has detained a British-Iranian dual national, state media said.", "IRN|17|GBR"),
    # delivered items to (rd225)
    ("A US Air Force plane delivered the supplies to Jordan.", "USA|07|JOR"),
    ("Turkish trucks delivered food and tents to Syria on Monday.", "TUR|07|SYR"),
    ("An Emirati plane delivered medical aid to Sudan.", "ARE|07|SDN"),
    # lift/ease sanctions (rd235)
    ("The European Union is easing sanctions on Venezuela to encourage talks.", "EU|08|VEN"),
    ("The Biden administration lifted some sanctions on Cuba.", "USA|08|CUB"),
    ("Britain has lifted sanctions on Syria's central bank.", "GBR|08|SYR"),
    # met with president (rd236, rd042)
    ("Biden met with the Emir of Qatar at the White House on Tuesday.", "USA|04|QAT"),
    ("French President Emmanuel Macron met with his Algerian counterpart in Algiers.",
     "FRA|04|DZA"),
    ("Chinese leader Xi Jinping on Friday met with Brazilian President Luiz Inacio Lula da Silva "
     "in Beijing.",
     "CHN|04|BRA"),
    # held bilateral talks (rd246)
    ("Japanese Prime Minister Fumio Kishida and Australian Prime Minister Anthony Albanese held "
     "talks in Perth.",
     "JPN|04|AUS"),
    ("The leaders of Indonesia and Malaysia held bilateral talks in Jakarta today.", "IDN|04|MYS"),
    ("Erdogan and Putin held talks in Sochi on Monday.", "TUR|04|RUS"),
    # state visit at invitation (rd252)
    ("Kenyan President William Ruto is on a state visit to the United States at the invitation of "
     "President Biden.",
     "KEN|04|USA"),
    ("The Vietnamese president began a state visit to Japan on Monday.", "VNM|04|JPN"),
    ("The Mexican president's three-day state visit to Argentina ended on Friday.", "MEX|04|ARG"),
    # talks with two leaders (rd256, rd261)
    ("\"There is no agreement,\" the EU envoy said after talks with the Serbian president in "
     "Brussels.",
     "EU|04|SRB"),
    ("The NATO Secretary General met separately with the leaders of North Macedonia and Greece.",
     "NATO|04|MKD"),
    ("The UN chief held talks with the Cypriot president in New York.", "UN|04|CYP"),
    # urged two leaders (rd263)
    ("Washington urged Armenia and Azerbaijan to return to the negotiating table.",
     "USA|02,10|ARM"),
    ("The EU called on Serbia to de-escalate tensions in northern Kosovo.", "EU|02,10|SRB"),
    ("The UN Secretary-General urged Ethiopia to allow aid into Tigray.", "UN|02,10|ETH"),
    # presidents X of A and Y of B signed (rd275)
    ("Presidents Emmanuel Macron of France and Frank-Walter Steinmeier of Germany signed a joint "
     "declaration on Monday.",
     "FRA|05|DEU"),
    ("Prime Ministers Li Qiang of China and Shehbaz Sharif of Pakistan signed several agreements.",
     "CHN|05|PAK"),
    ("King Abdullah of Jordan and President Sisi of Egypt signed a joint statement in Amman.",
     "EGY|05|JOR"),
    # is on an official visit (rd276, rd278)
    ("Mirziyoyev is on an official visit to Beijing, his first since re-election.", "UZB|04|CHN"),
    ("The French president's visit to New Delhi comes as both countries seek closer ties.",
     "FRA|04|IND"),
    ("Erdogan arrived in Doha on Tuesday for a two-day official visit.", "TUR|04|QAT"),
    # denounced a meeting in which (rd148)
    ("A North Korean foreign ministry spokesman denounced the joint drills by Japan and the US.",
     "PRK|11|JPN"),
    ("Iran's foreign ministry denounced the Israeli government's decision on Sunday.",
     "IRN|11|ISR"),
    ("China denounced the US arms sales to Taiwan in a strongly worded statement.", "CHN|11|USA"),
    # approved a loan (rd036)
    ("The World Bank has approved a loan of $750 million to Kenya.", "WB|07|KEN"),
    ("The IMF approved a $3 billion loan for Egypt on Friday.", "IMF|07|EGY"),
    ("Japan approved a $1 billion loan to the Philippines for a railway project.", "JPN|07|PHL"),
    # long apposition will visit (rd005)
    ("Wang Yi, China's top diplomat and a member of the Communist Party's Political Bureau, will "
     "visit Kenya next week.",
     "CHN|03,04|KEN"),
    ("Antony Blinken, the US Secretary of State, who is on his third trip to Asia this year, will "
     "visit India on Friday.",
     "USA|03,04|IND"),
    ("Sergei Lavrov, the Russian foreign minister, will travel to Turkey on Wednesday, his "
     "ministry said.",
     "RUS|03,04|TUR"),
    # criticism verbs, vocabulary sweep (root 11 class)
    ("China slammed the United States on Monday over its latest arms sale to Taiwan.",
     "CHN|11|USA"),
    ("Turkey lashed out at Sweden after a Koran was burned in Stockholm.", "TUR|11|SWE"),
    ("Iran blasted France for hosting an opposition rally, state television reported.",
     "IRN|11|FRA"),
    ("Germany rebuked Hungary over its veto of the aid package.", "DEU|11|HUN"),
    ("India hit out at Canada on Thursday, saying Ottawa was harbouring extremists.", "IND|11|CAN"),
    ("Russia took aim at NATO, saying the alliance was provoking a new arms race.", "RUS|11|NATO"),
    ("Beijing chided Canberra for \"irresponsible remarks\" about the South China Sea.",
     "CHN|11|AUS"),
    ("The African Union deplored the coup in Mali, a statement said.", "AU|11|MLI"),
    ("Egypt decried Ethiopia's decision to fill the dam without an agreement.", "EGY|11|ETH"),
    ("The UN Security Council censured Israel over the settlement expansion.", "UN/UNSC|11|ISR"),
    ("Venezuela's foreign minister castigated Washington for what he called an economic war.",
     "VEN|11|USA"),
    ("The Israeli prime minister assailed Iran in a speech at the United Nations.", "ISR|11|IRN"),
    # criticism: nominal forms and passives
    ("Seoul's condemnation of Tokyo's decision to release the water came hours after the "
     "announcement.",
     "KOR|11|JPN"),
    ("The criticism of Beijing by Washington over the crackdown intensified on Tuesday.",
     "USA|11|CHN"),
    ("Britain has been criticised by Russia for sending tanks to Ukraine.", "RUS|11|GBR"),
    ("Mali's junta was condemned by France for expelling the French ambassador.", "FRA|11|MLI"),
    # criticism: titles instead of names, long apposition, reported speech
    ("The Chinese foreign ministry spokesman, speaking at a regular briefing in Beijing on "
     "Tuesday, criticised Japan for its plan to release treated water.",
     "CHN|11|JPN"),
    ("Turkey's defence minister, a former chief of the general staff, accused Greece of "
     "militarising the islands.",
     "TUR|11|GRC"),
    ("India's actions in Kashmir are a violation of international law, the Pakistani foreign "
     "office said on Monday.",
     "PAK|11|IND"),
    ("Kyiv said the Russian strikes on power plants were a war crime.", "UKR|11|RUS"),
    ("Belgrade said the Kosovo police raid was an unacceptable provocation.", "SRB|11|XKX"),
    # criticism: headline Title Case
    ("China Slams US Over New Chip Export Curbs", "CHN|11|USA"),
    ("Iran Condemns Israeli Strike On Embassy In Damascus", "IRN|11|ISR"),
    ("India Accuses Pakistan Of Backing Cross-Border Terror", "IND|11|PAK"),
    ("Russia Criticises Finland For Closing Border Crossings", "RUS|11|FIN"),
    # accuse of, relative clause and perfect
    ("Azerbaijan, which regained control of the region last year, has accused Armenia of planting "
     "mines.",
     "AZE|11|ARM"),
    ("Sudan's army-led government accused the United Arab Emirates of arming the Rapid Support "
     "Forces.",
     "SDN|11|ARE"),
    ("The Malian government has repeatedly accused France of supporting jihadist groups.",
     "MLI|11|FRA"),
    ("Caracas accuses Georgetown of violating the 1966 agreement.", "VEN|11|GUY"),
    # criticism where the target is a deed owned by a state (target missing class)
    ("Poland condemned the detention of a Polish journalist by Belarusian authorities.",
     "POL|11|BLR"),
    ("Britain condemned the seizure of the tanker by Iranian forces in the Gulf.", "GBR|11|IRN"),
    ("Japan strongly protested the intrusion of Chinese coast guard ships into its waters.",
     "JPN|11|CHN"),
    ("The US condemned Moscow's annexation of four Ukrainian regions.", "USA|11|RUS"),
    # vow revenge / warn (13)
    ("Iran vowed revenge against Israel for the killing of its generals.", "IRN|13|ISR"),
    ("North Korea warned the United States of \"grave consequences\" if the drills went ahead.",
     "PRK|13|USA"),
    ("Moscow warned Warsaw against deploying American missiles on its territory.", "RUS|13|POL"),
    # reject / refuse (12)
    ("Israel rejected the UN report as biased, its ambassador said.", "ISR|11,12|UN"),
    ("China rejected the Philippines' claim to the shoal.", "CHN|01,12|PHL"),
    ("Russia has rejected Ukraine's peace plan, the Kremlin said.", "RUS|12|UKR"),
    # appeals (02)
    ("The Palestinian Authority appealed to the United Nations for protection.", "PSE|02|UN"),
    ("Zelensky urged Germany to send more air defence systems.", "UKR|02|DEU"),
    ("Somalia asked the African Union to extend its peacekeeping mission.", "SOM|02|AU"),
    # criticism: said-content evaluative with copula variants
    ("Beijing said the US visa restrictions constituted blatant interference in its internal "
     "affairs.",
     "CHN|11|USA"),
    ("The Kremlin said NATO's expansion posed a direct threat to Russia's security.",
     "RUS|11|NATO"),
    ("Ankara described the Greek military build-up on the islands as a violation of treaties.",
     "TUR|11|GRC"),
    ("New Delhi termed the Chinese move \"unacceptable\", the external affairs ministry said.",
     "IND|11|CHN"),
    ("Islamabad branded the Afghan Taliban's statement as irresponsible.", "PAK|11|AFG"),
    # criticism: "X's criticism of Y", "in a rebuke to"
    ("In a sharp rebuke to Rome, Paris recalled the remarks of the Italian deputy prime minister.",
     "FRA|11|ITA"),
    ("Washington's criticism of Israel over the settlements grew louder on Friday.", "USA|11|ISR"),
    ("Germany's condemnation of Poland's judicial reforms drew a response from Warsaw.",
     "DEU|11|POL"),
    # criticism through a relative clause
    ("Japan, whose coast guard has tracked the ships for weeks, condemned China's incursions.",
     "JPN|11|CHN"),
    ("Egypt, which depends on the Nile for nearly all its water, criticised Ethiopia's unilateral "
     "filling of the dam.",
     "EGY|11|ETH"),
    ("The Ukrainian foreign ministry, which has clashed with Budapest before, criticised "
     "Hungary's stance.",
     "UKR|11|HUN"),
    # criticism with target inside a said clause (target missing class)
    ("China said the United States was undermining peace in the Taiwan Strait.", "CHN|11|USA"),
    ("Moscow said Britain was fuelling the war by sending long-range missiles.", "RUS|11|GBR"),
    ("Tehran said Israel had committed a crime by striking its consulate.", "IRN|11|ISR"),
    ("Seoul said North Korea had violated the military agreement.", "KOR|11|PRK"),
    # criticism: condemn an attack on a place standing for a state's people (target missing)
    ("Turkey condemned Israel's raid on the aid flotilla.", "TUR|11|ISR"),
    ("Qatar condemned the Israeli attack on its territory.", "QAT|11|ISR"),
    # blame
    ("Washington blamed Tehran for the attack on the tanker.", "USA|11,12|IRN"),
    ("Israel blamed Hezbollah for the rocket fire from Lebanon.", "ISR|11,12|HZB/LBN"),
    ("Kyiv blames Moscow for the dam's destruction.", "UKR|11,12|RUS"),
    # protest/summon headline forms
    ("China Summons US Ambassador Over Taiwan Arms Sale", "CHN|11|USA"),
    ("Iran Lodges Protest With Britain Over Tanker Seizure", "IRN|11|GBR"),
    ("South Korea Protests Japan's Claim To Disputed Islands", "KOR|11|JPN"),
    # one side named by title only (actors in context)
    ("The Russian foreign minister accused Washington of hypocrisy.", "RUS|11|USA"),
    ("The Chinese ambassador criticised the Philippine government's actions.", "CHN|11|PHL"),
    ("The US Secretary of State condemned Beijing's crackdown.", "USA|11|CHN"),
    # leaders by name only
    ("Erdogan lashed out at Israel on Wednesday over the raid.", "TUR|11|ISR"),
    ("Macron met Scholz in Berlin to discuss the budget.", "FRA|04|DEU"),
    ("Modi held talks with Kishida on the sidelines of the summit.", "IND|04|JPN"),
    ("Putin accused Washington of dragging Europe into the conflict.", "RUS|11|USA"),
    # urged Y to stop doing something to Z (target Y)
    ("Washington urged Israel to stop the strikes on Rafah.", "USA|02,10|ISR"),
    ("China called on Russia to halt attacks on Ukrainian grain ports.", "CHN|02,10|RUS"),
    ("The EU pressed Serbia to withdraw its troops from the border with Kosovo.", "EU|02,10|SRB"),
    # accused Y of helping Z (target Y)
    ("Ukraine accused Iran of supplying drones to Russia.", "UKR|11|IRN"),
    ("The United States accused China of helping Russia evade sanctions.", "USA|11|CHN"),
    ("Israel accused Qatar of funding Hamas.", "ISR|11|QAT"),
    # welcomed Y's decision (praise/cooperation)
    ("The EU welcomed Armenia's decision to join the International Criminal Court.",
     "EU|05,01|ARM"),
    ("India welcomed the American move to lift the ban.", "IND|05,01|USA"),
    ("Tokyo welcomed Seoul's plan to compensate the victims.", "JPN|05,01|KOR"),
    # mediated between
    ("Qatar has mediated between Israel and Hamas for months.", "QAT|04,03|ISR"),
    ("Turkey brokered talks between Russia and Ukraine in Istanbul.", "TUR|04,03|UKR"),
    ("Saudi Arabia is hosting talks between Sudan's warring parties in Jeddah.", "SAU|04,03|SDN"),
    # recognition
    ("Spain formally recognised the State of Palestine on Tuesday.", "ESP|05|PSE"),
    ("Norway's recognition of Palestine angered Israel.", "NOR|05|PSE"),
    # extradition / handover
    ("Pakistan extradited a suspect to the United States.", "PAK|17,08,06|USA"),
    ("Turkey handed over two French jihadists to France.", "TUR|17,08,06|FRA"),
    ("Germany deported a Russian national suspected of spying.", "DEU|17,08|RUS"),
    # troops deployed to (06 / 15)
    ("Britain deployed 800 troops to Estonia.", "GBR|15,06,07,19|EST"),
    ("The Pentagon will send 3,000 more soldiers to Poland.", "USA|15,06,07,03|POL"),
    ("Russia moved nuclear weapons into Belarus.", "RUS|15,19|BLR"),
    # border closure with
    ("Pakistan closed its main border crossing with Afghanistan on Sunday.", "PAK|16,17|AFG"),
    ("Warsaw shut the last border crossing with Belarus.", "POL|16,17|BLR"),
    ("Finland will close its entire border with Russia, the government said.", "FIN|13,16,17|RUS"),
    # visa bans and travel bans
    ("The State Department imposed visa restrictions on Nicaraguan officials.", "USA|16|NIC"),
    ("Beijing banned imports from Lithuania.", "CHN|16|LTU"),
    ("Russia barred entry to 63 Japanese officials.", "RUS|16,17|JPN"),
    # envoy recalled nominal
    ("France's recall of its ambassador from Niamey ended months of standoff.", "FRA|16|NER"),
    ("Israel recalled its ambassador to Ireland for consultations.", "ISR|16|IRL"),
    # hostages, abduction
    ("Hamas fighters abducted dozens of Israeli civilians.", "HMS/PSE|18|ISR"),
    ("Gunmen in Nigeria kidnapped three Chinese workers.", "NGA|18|CHN"),
    ("Iran has detained a Swedish EU diplomat for more than 500 days.", "IRN|17|SWE"),
    # appeals with third party
    ("Ukraine asked the UN to pressure Russia over the nuclear plant.", "UKR|02|UN"),
    ("The Palestinians asked the ICC to investigate Israel.", "PSE|02|ICC"),
    ("Somalia appealed to the Arab League to condemn Ethiopia's deal.", "SOM|02|ARL"),
    # fronted participle of criticism
    ("Condemning the raid on the mosque, Jordan said Israel bore full responsibility.",
     "JOR|11|ISR"),
    ("Calling the sanctions illegal, China vowed to take countermeasures against the United "
     "States.",
     "CHN|11,13|USA"),
    ("Criticising the dam's second filling, Egypt said Ethiopia had ignored its concerns.",
     "EGY|11|ETH"),
    # lodged a strong protest with
    ("Seoul lodged a strong protest with Tokyo over the textbook.", "KOR|11|JPN"),
    ("Beijing lodged stern representations with Tokyo over the shrine visit.", "CHN|11|JPN"),
    ("India has lodged a strong protest with China over the renaming of places.", "IND|11|CHN"),
    # summoned the charge d'affaires
    ("Germany's foreign ministry summoned Iran's charge d'affaires over the execution.",
     "DEU|11|IRN"),
    ("The Dutch foreign ministry summoned the Russian charge d'affaires on Tuesday.", "NLD|11|RUS"),
    ("Poland summoned Israel's deputy ambassador after the remarks.", "POL|11|ISR"),
    # hit back at / rebuffed
    ("China hit back at Washington on Thursday over the chip restrictions.", "CHN|11|USA"),
    ("Moscow rebuffed the French criticism, calling it interference.", "RUS|11,12|FRA"),
    # dismissed as lies claims by
    ("The Kremlin dismissed as \"lies\" claims by Kyiv that Russian troops had shelled the plant.",
     "RUS|11,12|UKR"),
    ("Beijing dismissed as groundless the American allegations of forced labour.", "CHN|11,12|USA"),
    ("Israel dismissed South Africa's accusations as baseless.", "ISR|11,12|ZAF"),
    # voiced concern over
    ("The United States voiced concern over China's military drills near Taiwan.", "USA|01,11|CHN"),
    ("The European Commission expressed concern over Hungary's new media law.", "EU|01,11|HUN"),
    ("Japan expressed deep concern about North Korea's nuclear programme.", "JPN|01,11|PRK"),
    # drew criticism from
    ("China's decision to ban Japanese seafood drew sharp criticism from Tokyo.", "JPN|11|CHN"),
    ("The Russian move drew condemnation from Washington.", "USA|11|RUS"),
    ("The Canadian prime minister's remarks drew an angry response from New Delhi.", "IND|11|CAN"),
    # traded accusations
    ("Armenia and Azerbaijan traded accusations of ceasefire violations on Monday.", "ARM|11|AZE"),
    ("India and Pakistan accused each other of violating the truce.", "IND|11|PAK"),
    ("Moscow and Kyiv blamed each other for the shelling of the plant.", "RUS|11|UKR"),
    # warned against
    ("Washington warned Tehran against any retaliation.", "USA|13|IRN"),
    ("China warned Japan not to interfere in the Taiwan issue.", "CHN|13|JPN"),
    ("Russia warned Finland of consequences if it joined NATO.", "RUS|13|FIN"),
    # remarks were irresponsible
    ("China said the German minister's remarks were irresponsible.", "CHN|11|DEU"),
    ("Ankara said the French president's comments were unacceptable.", "TUR|11|FRA"),
    ("Iran said Britain's statement was interference in its internal affairs.", "IRN|11|GBR"),
    # expressed regret over decision
    ("Israel expressed regret over Ireland's decision to recognise Palestine.", "ISR|11,01|IRL"),
    ("China expressed strong dissatisfaction with Lithuania's decision.", "CHN|11,01|LTU"),
    ("Seoul expressed deep regret over Tokyo's decision.", "KOR|11,01|JPN"),
    # a verdict on an act told in the sentence before (target from context)
    ("Israeli jets struck Gaza overnight. Egypt condemned the strikes.", "EGY|11|ISR"),
    ("North Korea fired two ballistic missiles on Sunday. Seoul condemned the launch as a "
     "provocation.",
     "KOR|11|PRK"),
    ("Russia expelled two British diplomats on Monday. London called the move unjustified.",
     "GBR|11|RUS"),
    ("China sent 30 warplanes towards Taiwan. Washington criticised the drills.", "USA|11|CHN"),
    # the same with a pronoun for the doer
    ("Azerbaijan shelled a village near the border. Yerevan said it would hold Baku responsible.",
     "ARM|11,12,13|AZE"),
    ("Chinese ships entered the waters near the islands. Tokyo protested the intrusion.",
     "JPN|11|CHN"),
    # a title for the speaker and a capital for the target
    ("The Iranian foreign minister slammed Washington's decision to send more troops.",
     "IRN|11|USA"),
    ("Turkey's president criticised Stockholm for allowing the protest.", "TUR|11|SWE"),
    ("The Venezuelan president accused Georgetown of provoking the crisis.", "VEN|11|GUY"),
    # a demonym-owned deed as the object of condemnation
    ("Qatar condemned the Israeli storming of the mosque.", "QAT|11|ISR"),
    ("Malaysia condemned the Myanmar junta's air strikes on villages.", "MYS|11|MMR"),
    ("France denounced the Russian attacks on Ukrainian energy infrastructure.", "FRA|11|RUS"),
]


@pytest.mark.parametrize(("text", "spec"), REALNEWS_VARIANTS)
def test_realnews_variants(coder, text, spec):
    assert _found(coder, text, spec)


# --- re-wordings of PLOVER train constructions (pinned) ----------------------------------------

PLOVER_VARIANTS = [
    # two states agree on a pact
    ("Chile and Peru have agreed on a new fisheries pact, the Chilean foreign ministry announced "
     "on Tuesday.",
     "CHL|03,05|PER"),
    ("Morocco and Spain reached agreement on a new migration accord, officials said.",
     "MAR|03,05|ESP"),
    ("Vietnam and South Korea agreed upon a free-trade pact between the two countries.",
     "VNM|03,05|KOR"),
    # an offer to hand over suspects
    ("Syria has offered to hand over to Turkey three men suspected of the Ankara bombing.",
     "SYR|03|TUR"),
    ("Pakistan offered to extradite to India two militants wanted for the attack, a state "
     "newspaper said.",
     "PAK|03|IND"),
    ("The Taliban government has offered to hand over the suspects to Washington.", "AFG|03|USA"),
    # support promised for a resolution
    ("Poland has said it will support a Security Council resolution that would tighten sanctions "
     "on Iran.",
     "POL|03|UNSC"),
    ("Britain will back the United Nations resolution on Gaza, the Foreign Office said.",
     "GBR|03|UN"),
    ("Brazil has pledged to support the UN Security Council resolution on Haiti.", "BRA|03|UNSC"),
    # a grant to be given
    ("Norway will give Mozambique a grant of $40 million over the next two years, the finance "
     "ministry said.",
     "NOR|03,07|MOZ"),
    ("Japan is to provide Sri Lanka with a loan of 30 billion yen for a new port.",
     "JPN|03,07|LKA"),
    ("Germany will grant Namibia 1.1 billion euros in development aid.", "DEU|03,07|NAM"),
    # food aid to be provided
    ("The World Food Programme will provide food aid to people fleeing the fighting in Sudan.",
     "WFP|03,07|SDN"),
    ("The European Union will send emergency food aid to Syria, the Commission said on Monday.",
     "EU|03,07|SYR"),
    ("The United States will provide $50 million in humanitarian aid to Afghanistan.",
     "USA|03,07|AFG"),
    # an offer of talks
    ("On Monday, Erdogan offered to mediate with the president of Russia.", "TUR|03|RUS"),
    ("Egypt's president offered to hold talks with the Ethiopian prime minister over the dam.",
     "EGY|03|ETH"),
    ("Beijing offered to negotiate with Ukraine's leaders on a ceasefire.", "CHN|03|UKR"),
    # a visit to mediate
    ("The Qatari foreign minister will visit Sudan and Chad to mediate in the border dispute, "
     "diplomats said.",
     "QAT|03,04|SDN"),
    ("Nigeria's president will travel to Niger to mediate between the junta and ECOWAS.",
     "NGA|03,04|NER"),
    ("Turkey's foreign minister is to visit Ukraine next week to help broker a grain deal.",
     "TUR|03,04|UKR"),
    # arms sent or sold
    ("Russia continued to supply weapons to Serbia last year, a defence official said on Monday.",
     "RUS|07|SRB"),
    ("France keeps selling arms to Egypt despite criticism from rights groups.", "FRA|06,07|EGY"),
    ("China sent ten fighter jets to Pakistan last year.", "CHN|07|PAK"),
    # a place of a people attacked (passive)
    ("A camp for Sudanese refugees was attacked by South Sudanese militiamen, the UN said.",
     "SSD|18,19|SDN"),
    ("A hospital for Ukrainian soldiers was struck by Russian missiles on Tuesday.",
     "RUS|18,19|UKR"),
    ("A Thai border village was shelled by Myanmar troops, officials said.", "MMR|18,19|THA"),
    # abuse of migrants by security forces
    ("Security forces in Libya have tortured dozens of Sudanese migrants, Amnesty International "
     "said on Thursday.",
     "LBY|18|SDN"),
    ("Egyptian police abused Eritrean refugees held in detention, a rights group said.",
     "EGY|18|ERI"),
    ("Iranian border guards beat Afghan migrants trying to cross the border, witnesses said.",
     "IRN|17,18|AFG"),
    # deportations
    ("Pakistani authorities have deported 3,000 Afghans for living without proper papers, a "
     "police official said.",
     "PAK|17|AFG"),
    ("Malaysia deported 200 Indonesian workers on Sunday.", "MYS|17|IDN"),
    ("Hundreds of Mexican migrants were deported by US authorities last week.", "USA|17|MEX"),
    # a group of officials meets a leader
    ("A delegation of Japanese lawmakers held talks with President Biden at the White House.",
     "JPN|04|USA"),
    ("A group of Nigerian ministers met with the British prime minister in London on Monday.",
     "NGA|04|GBR"),
    ("Indonesian diplomats held their first meeting with Chinese President Xi Jinping.",
     "IDN|04|CHN"),
    # a visit by a minister
    ("Taiwan's foreign minister visited the United States today, becoming the island's most "
     "senior official to travel there.",
     "TWN|04|USA"),
    ("Iran's deputy foreign minister travelled to Riyadh on Sunday.", "IRN|04|SAU"),
    ("The South Korean defence minister visited Japan for the first time in twelve years.",
     "KOR|04|JPN"),
    # a host and his guest
    ("Chinese President Xi Jinping on Tuesday hosted Russian President Vladimir Putin in Beijing "
     "for talks.",
     "CHN|04|RUS"),
    ("The Indian prime minister hosted his Japanese counterpart in Varanasi.", "IND|04|JPN"),
    ("Qatar hosted the Iranian foreign minister for talks on Sunday.", "QAT|04|IRN"),
    # a demand with a penalty
    ("The European Commission declared on Tuesday that China must open its markets or face duties.",
     "EU|10,13|CHN"),
    ("Washington said Mexico must stop the flow of migrants or face tariffs.", "USA|10,13|MEX"),
    ("The British government declared that Iran must release the tanker or face consequences.",
     "GBR|10,13|IRN"),
    # pressure on a party to act
    ("France is pushing hard for Germany to support its plan for joint borrowing.",
     "FRA|02,10|DEU"),
    ("The US is pressing Turkey to approve Sweden's NATO bid.", "USA|02,10|TUR"),
    ("Japan is lobbying South Korea to drop the import ban.", "JPN|02,10|KOR"),
    # a withdrawal demanded
    ("European Union foreign ministers demanded the withdrawal of Russian troops from Moldova on "
     "Monday.",
     "EU|10|RUS"),
    ("Arab League foreign ministers called for the withdrawal of Israeli forces from Lebanon.",
     "ARL|02,10|ISR"),
    ("The UN Security Council demanded the withdrawal of Rwandan forces from eastern Congo.",
     "UN/UNSC|10|RWA"),
    # a meeting of a council requested
    ("Kyiv called for an urgent Security Council session after the drone attack.",
     "UKR|10,02|UNSC"),
    ("Armenia requested an emergency session of the UN Security Council.", "ARM|10,02|UNSC"),
    ("The Palestinians asked for an urgent meeting of the Security Council.", "PSE|10,02|UNSC"),
    # denounced as a crime
    ("Iran on Sunday denounced as a crime Israel's siege of Gaza.", "IRN|11|ISR"),
    ("Turkey condemned as an act of hate Sweden's decision to allow the protest.", "TUR|11|SWE"),
    ("China denounced as provocative Japan's purchase of the islands.", "CHN|11|JPN"),
    # a complaint to a third party over another's act
    ("Syria complained to the United Nations on Monday over Israeli air strikes near Damascus.",
     "SYR|11|ISR"),
    ("Georgia has complained to the UN Security Council about Russian troops moving the border.",
     "GEO|11|RUS"),
    ("Somalia complained to the African Union over Kenyan incursions.", "SOM|11|KEN"),
    # an invasion or offensive
    ("Russia launched its full-scale invasion of Ukraine in February 2022.", "RUS|19|UKR"),
    ("Turkey today began its long-expected incursion into northern Syria.", "TUR|19|SYR"),
    ("Israel has begun a ground offensive in southern Lebanon, the army said.", "ISR|19|LBN"),
    # shelling by tanks and guns
    ("Israeli tanks fired shells at houses in Rafah, witnesses said.", "ISR|19|PSE"),
    ("Russian artillery pounded Ukrainian positions near Kharkiv.", "RUS|19|UKR"),
    ("North Korean troops fired artillery shells at a South Korean island.", "PRK|19|KOR"),
    # amendments rejected
    ("Israel rejected Egyptian proposals for a truce.", "ISR|12|EGY"),
    ("Serbia has rejected proposed Kosovan changes to the agreement.", "SRB|12|XKX"),
    # a proposal rejected
    ("Pakistan has once again rejected an Indian proposal for talks on trade.", "PAK|12|IND"),
    ("China rejected a Japanese offer of a summit.", "CHN|12|JPN"),
    ("Argentina flatly rejected a British proposal on the islands.", "ARG|12|GBR"),
    # an ultimatum rejected
    ("Russia on Thursday rejected a NATO ultimatum to withdraw its troops.", "RUS|12|NATO"),
    ("Qatar rejected the Saudi-led list of demands.", "QAT|12|SAU"),
    ("Hungary dismissed the EU's ultimatum on migrants.", "HUN|12|EU"),
    # an appeal rejected
    ("Belgrade again rejected an EU appeal for talks with Pristina.", "SRB|12|EU"),
    ("Mali's junta rejected an ECOWAS call to hold elections by February.", "MLI|12|ECOWAS"),
    ("Israel rejected on Thursday a United Nations appeal for a ceasefire.", "ISR|12|UN"),
    # a suspension of links
    ("France announced a suspension of all flights to Niger on Wednesday.", "FRA|16|NER"),
    ("Canada announced the suspension of visa services in India.", "CAN|16|IND"),
    # diplomats expelled for spying
    ("Vienna ordered two Russian diplomats out of the country over espionage, the Austrian "
     "foreign ministry said.", "AUT|16,17|RUS"),
    ("Bulgaria has expelled a Russian diplomat suspected of espionage.", "BGR|16,17|RUS"),
    ("Sweden said it expelled a Chinese journalist for security reasons.", "SWE|16,17|CHN"),
    # aid suspended
    ("The United States suspended part of its military aid to Egypt.", "USA|16|EGY"),
    ("Germany has suspended development aid to Mali after the coup.", "DEU|16|MLI"),
    ("The European Union suspended budget support for Niger.", "EU|16|NER"),
    # efforts praised
    ("A senior US official praised Kenya's efforts to lead the mission in Haiti.", "USA|05|KEN"),
    ("The European Union commended Morocco's efforts on migration.", "EU|05|MAR"),
    ("Beijing hailed Pakistan's role in the talks.", "CHN|05|PAK"),
    # ties established, an embassy opened
    ("Israel established diplomatic relations with the United Arab Emirates in 2020.",
     "ISR|05|ARE"),
    ("Saudi Arabia reopened its embassy in Tehran on Tuesday.", "SAU|05|IRN"),
    ("China and Honduras established diplomatic ties on Sunday.", "CHN|05|HND"),
    # a threat to cut supplies
    ("Russia threatened to cut off gas supplies to Moldova over unpaid bills.", "RUS|13|MDA"),
    ("Iran threatened to close the Strait of Hormuz to American ships.", "IRN|13|USA"),
    ("Turkey threatened to block Sweden's bid to join NATO.", "TUR|13|SWE"),
    # a threat to cut ties
    ("Pakistan threatened to cut ties with the Netherlands over the cartoon contest.",
     "PAK|13|NLD"),
    ("China threatened to downgrade relations with Lithuania over its Taiwan office.",
     "CHN|13|LTU"),
    ("Morocco threatened to suspend contact with Germany over its stance on Western Sahara.",
     "MAR|13|DEU"),
    # a blockade or sanctions tightened
    ("The EU confirmed on Wednesday it would tighten sanctions on Iran.", "EU|13,16|IRN"),
    ("Israel said it would tighten its blockade of Gaza.", "ISR|13,16,17,19|PSE"),
    ("Washington will tighten the embargo on Cuba, officials said.", "USA|13,16|CUB"),
]


@pytest.mark.parametrize(("text", "spec"), PLOVER_VARIANTS)
def test_plover_variants(coder, text, spec):
    assert _found(coder, text, spec)


@pytest.mark.parametrize("text", [
    "China's economy grew by five percent last year, official figures showed.",
    "The French president criticised the referee after the match against Argentina.",
    "Japan condemned the heat wave as a sign of climate change.",
    "The German team slammed Spain's tactics after losing the quarter-final.",
    "The minister criticised the decision to close the hospital.",
    "Critics condemned the film as propaganda.",
    "The opposition accused the government of incompetence.",
    "Turkey beat Italy in the opening match of the tournament.",
    "The Spanish side crushed Portugal 4-0 in the friendly.",
    "A storm hit southern Japan on Monday.",
    "Prices of Russian oil fell sharply in Asia.",
    "The minister said the remarks by the opposition leader were irresponsible.",
    "Voters expressed concern over rising prices in Germany.",
    "The singer's remarks drew criticism from fans in Japan.",
])
def test_variants_that_give_nothing(coder, text):
    assert dyadic(coder, text) == set()
