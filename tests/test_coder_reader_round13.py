"""Classes an analyst found wrong reading a thirteenth round of our own articles in the styles
of Lusa, ANSA, Kathimerini, the Cyprus Mail, the Hurriyet Daily News, Asharq Al-Awsat,
L'Orient Today, the Jordan Times, Ahram Online, News24, The Herald (Harare), The New Times
(Kigali), the Buenos Aires Times, Mexico News Daily, Colombia Reports, the Tico Times, the
Korea JoongAng Daily, the South China Morning Post, the Taipei Times, RFE/RL, Eurasianet, the
Times of Malta, Swissinfo, The Moscow Times, Politico Europe, The Irish Times, VOA,
insidethegames, the Gulf Times, CNA, the Hindustan Times, The Express Tribune, the Malay Mail,
the Daily Maverick, Novinite, the Kyiv Post, Euronews, Morocco World News, NHK World and
Defense News (trade, energy, elections, migration, maritime incidents, UN votes, sanctions
relief, extraditions, cyber attacks, arms sales, corridors and sports diplomacy): sanctions
"ended" or "terminated" are eased (085); joining a case against a party is a lawsuit of the
joiner (115); a cut in relations a party says it will make ("said it would close its
embassy in Dublin") is decided, not threatened; a hostile answer a party says it will give if
another acts ("warned it would respond decisively if Israel attacked") threatens that other
(130); a transfer of arms its supplier approves, clears or authorises is that transfer
("approved the sale of 40 F-16 jets to Turkey": 062, not an intent); a party acting
"alongside" the doer is never the one acted on; Gulf agencies' honorifics in capitals ("HE the
Prime Minister met ...") are no pronoun."""

from __future__ import annotations

import pytest

from coder_helpers import coded, roots, roots_either_way

# --- sanctions ended or terminated are eased ----------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("The United States ended its sanctions programme on Zimbabwe last year.",
     ("USA", "085", "ZWE")),
    ("Washington terminated sanctions on Syria on Monday.", ("USA", "085", "SYR")),
    ("The European Union ended its arms embargo on Vietnam in 2016.", ("EU", "085", "VNM")),
    ("Japan has ended the export curbs on South Korea imposed during the 2019 dispute.",
     ("JPN", "085", "KOR")),
    ("Canada will terminate the remaining tariffs on Chinese electric vehicles from March.",
     ("CAN", "0354", "CHN")),
])
def test_sanctions_ended_or_terminated_are_eased(coder, text, expected):
    assert expected in {(e.source.country, e.cameo_code, e.target.country)
                        for e in coded(coder, text)}


@pytest.mark.parametrize("text", [
    "The talks in Geneva ended without a deal on sanctions.",
    "The war ended hopes of sanctions relief for Iran.",
    "Sanctions on Russia will not end soon, the German chancellor said.",
])
def test_an_end_that_eases_no_measure_is_no_easing(coder, text):
    assert not {r for r in roots(coder, text) if r[1] == "08"}


# --- joining a case against a party is a lawsuit -----------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Ireland has formally joined South Africa's genocide case against Israel at the "
     "International Court of Justice.", ("IRL", "115", "ISR")),
    ("Spain joined the case against Israel at the ICJ on Thursday.", ("ESP", "115", "ISR")),
    ("Canada and the Netherlands joined the case against Syria over the torture of "
     "detainees.", ("NLD", "115", "SYR")),
    ("Mexico joined the proceedings against Ecuador over the raid on its embassy in Quito.",
     ("MEX", "115", "ECU")),
])
def test_joining_a_case_against_a_party_is_a_lawsuit(coder, text, expected):
    assert expected in {(e.source.country, e.cameo_code, e.target.country)
                        for e in coded(coder, text)}


@pytest.mark.parametrize("text", [
    "Brazil joined the talks on the Venezuelan crisis.",
    "Several Gulf states joined the race for the Egyptian port contract.",
])
def test_joining_what_is_no_case_is_no_lawsuit(coder, text):
    assert not {r for r in roots(coder, text) if r[1] == "11"}


# --- a cut in relations a party says it will make is decided -----------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel's foreign ministry said it would close its embassy in Dublin.",
     ("ISR", "161", "IRL")),
    ("Lithuania said it would expel two Russian diplomats.", ("LTU", "166", "RUS")),
    ("Niger's junta said it would recall its ambassador from Paris.", ("NER", "161", "FRA")),
    ("Estonia said on Friday it would also expel a Russian diplomat in response.",
     ("EST", "166", "RUS")),
    ("Azerbaijan confirmed it would close its embassy in Tehran after the attack.",
     ("AZE", "161", "IRN")),
])
def test_a_cut_in_relations_a_party_says_it_will_make_is_decided(coder, text, expected):
    assert expected in {(e.source.country, e.cameo_code, e.target.country)
                        for e in coded(coder, text)}


@pytest.mark.parametrize(("text", "code"), [
    ("The EU said it will impose sanctions on Belarus if the crackdown continues.", "1312"),
    ("Poland said it would close its border with Belarus if Minsk did not stop the "
     "migrants.", "132"),
    ("The minister said Tokyo could impose tariffs on Chinese steel.", "1312"),
    ("Ankara said it could recall its ambassador from Vienna.", "1313"),
    ("Russia said it would cut gas supplies to Moldova from January 1.", "1312"),
])
def test_a_measure_on_a_condition_only_possible_or_economic_stays_a_threat(coder, text, code):
    assert {e.cameo_code for e in coded(coder, text)} == {code}


@pytest.mark.parametrize("text", [
    "Sweden said it would not expel the Iranian ambassador.",
    "Japan said it would probably impose tariffs on Chinese steel.",
])
def test_a_measure_denied_or_only_likely_is_no_measure(coder, text):
    assert not roots(coder, text)


# --- a hostile answer on condition threatens whoever the condition names ------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran warned it would respond decisively if Israel attacked its nuclear sites.",
     ("IRN", "13", "ISR")),
    ("China warned it would hit back if the EU went ahead with the duties.",
     ("CHN", "13", "EU")),
    ("Pakistan warned that it would respond firmly if India blocked the river.",
     ("PAK", "13", "IND")),
    ("Canada said it would respond forcefully if US tariffs on Canadian goods took effect.",
     ("CAN", "13", "USA")),
    ("Seoul said it would respond sternly if Pyongyang carried out a nuclear test.",
     ("KOR", "13", "PRK")),
])
def test_a_hostile_answer_on_condition_threatens_the_conditioned_party(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "Egypt warned it would respond firmly if the talks failed.",
    "Greece said it would respond if Turkey sent a formal proposal.",
    "Turkey warned it would protect its borders.",
])
def test_an_answer_to_no_party_or_to_no_hostile_act_threatens_no_one(coder, text):
    assert not {r for r in roots(coder, text) if r[1] == "13"}


# --- a transfer of arms its supplier approves is that transfer ---------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("The State Department has approved the sale of 40 F-16 fighter jets to Turkey.",
     ("USA", "062", "TUR")),
    ("Washington approved a $2 billion arms sale to Taiwan.", ("USA", "062", "TWN")),
    ("The US cleared the sale of Patriot missiles to Poland on Tuesday.", ("USA", "062", "POL")),
    ("Germany authorised the export of Leopard tanks to Ukraine.", ("DEU", "062", "UKR")),
    ("The Pentagon approved the transfer of cluster munitions to Ukraine.",
     ("USA", "072", "UKR")),
])
def test_a_transfer_of_arms_its_supplier_approves_is_that_transfer(coder, text, expected):
    assert expected in {(e.source.country, e.cameo_code, e.target.country)
                        for e in coded(coder, text)}


@pytest.mark.parametrize("text", [
    "Brussels cleared the sale of the Italian carrier to Lufthansa.",
    "The board approved the sale of the company to a Chinese investor.",
])
def test_a_sale_of_no_arms_approved_is_no_military_cooperation(coder, text):
    assert not {r for r in roots(coder, text) if r[1] in ("06", "07")}


# --- a party acting alongside the doer is no target ----------------------------------------------


@pytest.mark.parametrize(("text", "companion"), [
    ("Qatar will continue its mediation efforts alongside Egypt and the United States.", "EGY"),
    ("Norway has pledged to keep funding the programme alongside Sweden.", "SWE"),
    ("Brazil has offered to mediate alongside Colombia and Mexico.", "COL"),
    ("The Netherlands pledged to continue its support alongside Denmark.", "DNK"),
])
def test_a_party_acting_alongside_the_doer_is_no_target(coder, text, companion):
    assert not {r for r in roots(coder, text) if r[2] == companion}


@pytest.mark.parametrize(("text", "expected"), [
    ("Chad sent troops to Mali alongside French forces.", ("FRA", "07", "MLI")),
    ("Japan, along with South Korea, protested to China over the drills.",
     ("KOR", "11", "CHN")),
    ("Egypt, together with Qatar, brokered a truce between Israel and Hamas.",
     ("QAT", "04", "ISR")),
    ("The US is willing to send ammunition alongside food aid to Jordan.", ("USA", "03", "JOR")),
])
def test_a_companion_still_shares_the_doers_act(coder, text, expected):
    assert expected in roots(coder, text)


# --- Gulf agencies' honorifics in capitals before a title ----------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("DOHA: HE the Prime Minister met US Special Envoy Steve Witkoff yesterday.",
     ("QAT", "04", "USA")),
    ("MANAMA: HE the Minister of Foreign Affairs met the Ambassador of the United Kingdom.",
     ("BHR", "04", "GBR")),
    ("Doha: HE the Minister of State for Foreign Affairs Dr. Mohammed bin Abdulaziz Al Khulaifi "
     "received a phone call from the Iranian Foreign Minister.", ("IRN", "04", "QAT")),
])
def test_an_honorific_in_capitals_before_a_title_is_no_pronoun(coder, text, expected):
    assert expected in roots(coder, text)


def test_one_person_with_two_titles_after_an_honorific_meets_no_one_of_his_own(coder):
    found = roots(coder, "DOHA: HE the Prime Minister and Minister of Foreign Affairs Sheikh "
                         "Mohammed bin Abdulrahman bin Jassim Al-Thani met yesterday with US "
                         "Special Envoy Steve Witkoff to discuss efforts to reach a ceasefire.")
    assert ("QAT", "04", "USA") in found
    assert not {r for r in found if r[0] == r[2]}


def test_the_pronoun_he_with_no_one_before_it_is_still_no_one(coder):
    assert not roots(coder, "He met the Iranian foreign minister in Doha.")


# --- the round's articles, with the events an analyst coded in them -----------------------------
#
# Each article is coded as one document, a paragraph a sentence (the layout of wire copy). The
# third item lists the events an analyst gave it (source, CAMEO root, target; joint acts either
# way) that the coder reads right; the fourth those it still misses, where the next round starts.

ARTICLES = [
    ('Lusa', [
        'Lisbon, 11 Mar 2025 (Lusa) - Portugal and Angola signed an extradition treaty on '
        'Tuesday covering suspects wanted for corruption and money laundering, the '
        'Portuguese Ministry of Justice announced.',
        'The treaty was signed in Luanda by Justice Minister Rita Alarcao Judice and her '
        'Angolan counterpart, Marcy Lopes.',
        'Luanda has for years asked Lisbon to hand over former officials accused of '
        'embezzling public funds.',
        'The Portuguese President, Marcelo Rebelo de Sousa, is expected in Luanda next '
        'month for a state visit.',
    ], [
        ('AGO', '02', 'PRT'), ('PRT', '05', 'AGO'),
    ], ''),
    ('ANSA', [
        'ROME, MARCH 12 - Premier Giorgia Meloni on Wednesday met Libyan Prime Minister '
        'Abdul Hamid Dbeibah at Palazzo Chigi to discuss migrant departures across the '
        'central Mediterranean.',
        'Meloni thanked Tripoli for its cooperation in curbing departures from the Libyan '
        'coast, her office said.',
        'The two leaders agreed to step up joint patrols and to expand repatriation flights '
        'for migrants with no right to remain in Italy.',
        'Opposition leader Elly Schlein accused the government of outsourcing its '
        'obligations to a country where migrants face abuse.',
        "Libya's coast guard intercepted more than 21,000 people at sea last year, "
        'according to the UN migration agency.',
    ], [
        ('ITA', '04', 'LBY'), ('ITA', '05', 'LBY'),
    ], 'ITA 11 ITA'),
    ('Kathimerini English Edition', [
        'Greece lodged a formal protest with Ankara on Thursday after a Turkish research '
        'vessel sailed into waters south of Kastellorizo that Athens considers part of its '
        'continental shelf.',
        'Foreign Minister Giorgos Gerapetritis spoke by phone with his Turkish counterpart '
        'Hakan Fidan, urging him to recall the ship.',
        "Turkey's Defence Ministry said the Piri Reis was operating in Turkish waters and "
        "that Ankara would not seek anyone's permission.",
        'The incident comes weeks before Prime Minister Kyriakos Mitsotakis is due to host '
        'President Recep Tayyip Erdogan in Athens for a High-Level Cooperation Council.',
    ], [
        ('GRC', '11', 'TUR'),
    ], 'GRC 02 TUR ; GRC 04 TUR'),
    ('Cyprus Mail', [
        'Cyprus and Egypt on Monday signed an agreement to pipe natural gas from the '
        'Aphrodite field to Egyptian liquefaction plants for export to Europe.',
        'Energy Minister George Papanastasiou said the deal would make Cyprus "a reliable '
        'partner" in the region\'s energy security.',
        'The Turkish foreign ministry condemned the agreement, saying the rights of Turkish '
        'Cypriots had been ignored.',
        'Nicosia dismissed the statement as "another attempt to obstruct" the island\'s '
        'development of its own resources.',
    ], [
        ('CYP', '05', 'EGY'), ('CYP', '12', 'TUR'), ('TUR', '11', 'CYP'), ('TUR', '11', 'EGY'),
    ], ''),
    ('Hurriyet Daily News', [
        'ANKARA - Turkey has extradited to Iraq a suspected Islamic State financier wanted '
        'for bombings in Baghdad, the Interior Ministry said on Friday.',
        'The suspect, an Iraqi national identified only by his initials, was handed over to '
        'Iraqi officials at Istanbul Airport.',
        'Iraqi Interior Minister Abdul Amir al-Shammari thanked Ankara for its cooperation '
        'in the fight against terrorism.',
        'Turkey has deported more than 3,000 foreign militants since 2015.',
    ], [
        ('IRQ', '05', 'TUR'), ('TUR', '06', 'IRQ'),
    ], ''),
    ('Asharq Al-Awsat', [
        'Riyadh - Saudi Arabia and Iraq agreed on Sunday to link their electricity grids '
        'and to reopen a second border crossing for trade, during a visit by Iraqi Prime '
        'Minister Mohammed Shia al-Sudani to the Kingdom.',
        'Crown Prince Mohammed bin Salman received al-Sudani at Al-Yamamah Palace, where '
        'they reviewed bilateral relations and regional developments.',
        'The two sides signed six memoranda of understanding covering energy, investment '
        'and customs.',
        'The visit comes as Baghdad seeks to reduce its dependence on Iranian gas, which '
        'Washington has pressed it to end.',
    ], [
        ('IRQ', '04', 'SAU'), ('SAU', '05', 'IRQ'),
    ], ''),
    ("L'Orient Today", [
        'BEIRUT - The UN Security Council voted unanimously on Thursday to extend the '
        'mandate of the UNIFIL peacekeeping force in southern Lebanon for a final year.',
        "Lebanon's Foreign Minister Youssef Rajji welcomed the decision and thanked France, "
        'which drafted the resolution, for its efforts.',
        "Israel's ambassador to the UN, Danny Danon, said the force had failed to stop "
        'Hezbollah from rebuilding its positions near the border.',
        'The United States, which had sought to wind down the mission, voted in favour '
        'after the text was amended.',
    ], [
        ('LBN', '05', 'FRA'),
    ], ''),
    ('Jordan Times', [
        'AMMAN - Jordan on Tuesday sent a convoy of 60 trucks carrying food and medical '
        'supplies to the Gaza Strip through the King Hussein Bridge, the Jordan Hashemite '
        'Charity Organisation said.',
        'Foreign Minister Ayman Safadi called on Israel to open all crossings into Gaza and '
        'to stop using starvation as a weapon of war.',
        'Safadi made the remarks at a joint press conference with his Egyptian counterpart, '
        'Badr Abdelatty, in Amman.',
        'Jordan has also carried out airdrops over the enclave with the help of the UAE and '
        'Germany.',
    ], [
        ('JOR', '02', 'ISR'), ('JOR', '04', 'EGY'), ('JOR', '07', 'PSE'),
    ], ''),
    ('Ahram Online', [
        "Egypt on Sunday sent a letter to the UN Security Council rejecting Ethiopia's "
        'unilateral filling of the Grand Ethiopian Renaissance Dam.',
        "In the letter, Foreign Minister Badr Abdelatty said Addis Ababa's actions posed an "
        'existential threat to Egyptians.',
        "Ethiopia's foreign ministry replied that the dam harms no one and accused Cairo of "
        'seeking to monopolise the waters of the Nile.',
        'Negotiations between the three countries collapsed in December 2023.',
    ], [
        ('EGY', '11', 'ETH'), ('ETH', '11', 'EGY'),
    ], ''),
    ('News24', [
        "Pretoria has summoned the US charge d'affaires over remarks by the American "
        'president accusing South Africa of seizing land from white farmers.',
        'International Relations Minister Ronald Lamola said the claims were "false and '
        'deeply offensive".',
        'Washington last month cut all aid to South Africa.',
        'President Cyril Ramaphosa has said he is willing to travel to Washington to repair '
        'relations.',
    ], [
        ('USA', '16', 'ZAF'), ('ZAF', '03', 'USA'), ('ZAF', '11', 'USA'),
    ], ''),
    ('The Herald (Harare)', [
        'HARARE - The European Union has lifted its remaining restrictive measures against '
        'Zimbabwe Defence Industries, ending more than two decades of sanctions on the '
        'country.',
        'Foreign Affairs and International Trade Minister Amon Murwira welcomed the move as '
        '"a step in the right direction" but urged Brussels to persuade Washington to '
        'follow suit.',
        'The United States ended its sanctions programme on Zimbabwe last year but imposed '
        'targeted measures on President Emmerson Mnangagwa and several of his allies.',
        'Zimbabwe has long blamed Western sanctions for its economic woes.',
    ], [
        ('EU', '08', 'ZWE'), ('USA', '08', 'ZWE'), ('USA', '16', 'ZWE'), ('ZWE', '02', 'EU'),
        ('ZWE', '05', 'EU'),
    ], ''),
    ('The New Times (Kigali)', [
        'KIGALI - Rwanda and the Democratic Republic of Congo on Friday signed a regional '
        'economic integration framework in Washington, the latest step in a US-brokered '
        'peace process.',
        "The framework was signed by Rwanda's Foreign Minister Olivier Nduhungirehe and his "
        'Congolese counterpart Therese Kayikwamba Wagner in the presence of US officials.',
        'Nduhungirehe said Kigali remained committed to the agreement but accused Kinshasa '
        'of continuing to support the FDLR militia.',
        'Congolese officials have repeatedly accused Rwanda of backing the M23 rebels, a '
        'charge Kigali denies.',
    ], [
        ('COD', '11', 'RWA'), ('RWA', '05', 'COD'), ('RWA', '11', 'COD'),
    ], ''),
    ('Buenos Aires Times', [
        'Foreign Minister Gerardo Werthein met his British counterpart David Lammy in '
        'London on Wednesday, the first visit of an Argentine foreign minister to the UK in '
        'seven years.',
        'The two ministers agreed to resume flights between Buenos Aires and the Falkland '
        'Islands and to cooperate on identifying Argentine soldiers buried on the islands.',
        "Werthein reiterated Argentina's sovereignty claim over the islands, which London "
        'rejects.',
        "Veterans' groups protested outside the Foreign Ministry in Buenos Aires, accusing "
        'the government of "surrendering" the national cause.',
    ], [
        ('ARG', '03', 'GBR'), ('ARG', '04', 'GBR'),
    ], ''),
    ('Mexico News Daily', [
        'Mexico will deploy 10,000 National Guard troops to its northern border after US '
        'President Donald Trump agreed to pause a 25% tariff on Mexican imports for one '
        'month, President Claudia Sheinbaum said Monday.',
        'Sheinbaum said she had held a "good conversation" with Trump by phone.',
        'In exchange, Washington agreed to work to prevent the trafficking of high-powered '
        'weapons into Mexico.',
        "Canada's Prime Minister Justin Trudeau said Ottawa would respond forcefully if US "
        'tariffs on Canadian goods took effect.',
    ], [
        ('MEX', '04', 'USA'), ('USA', '03', 'MEX'),
    ], 'CAN 13 USA ; USA 08 MEX'),
    ('Colombia Reports', [
        'BOGOTA - Colombia extradited a former FARC commander to the United States on '
        'Thursday to face drug trafficking charges in a New York court.',
        'President Gustavo Petro approved the extradition last week despite a request from '
        'the transitional justice tribunal to suspend it.',
        'Petro has repeatedly criticised Washington\'s war on drugs as "a failure" that has '
        'cost thousands of Colombian lives.',
        'The US ambassador in Bogota thanked the Colombian authorities for their '
        'cooperation.',
    ], [
        ('COL', '06', 'USA'), ('COL', '11', 'USA'), ('USA', '05', 'COL'),
    ], ''),
    ('Tico Times', [
        'The Organization of American States will send a mission of 80 observers to monitor '
        "Costa Rica's general election on February 1, the organisation said Tuesday.",
        'Foreign Minister Arnoldo Andre signed the agreement with OAS Secretary General '
        'Albert Ramdin in Washington.',
        'Nicaragua, which left the OAS in 2023, has refused to allow international '
        'observers at its own elections.',
    ], [
    ], 'CRI 05 OAS'),
    ('Korea JoongAng Daily', [
        "SEOUL - South Korea's spy agency on Wednesday blamed North Korean hackers for a "
        'cyberattack that stole the personal data of more than 300,000 customers of a major '
        'bank.',
        'The National Intelligence Service said the attack bore the hallmarks of the '
        "Lazarus Group, which operates under Pyongyang's military intelligence agency.",
        'Seoul and Washington last month imposed joint sanctions on four North Korean IT '
        "workers accused of funding the regime's weapons programmes.",
        'North Korea has denied any involvement in cyber crimes and called the accusations '
        'a smear campaign.',
    ], [
        ('KOR', '11', 'PRK'), ('KOR', '16', 'PRK'), ('USA', '16', 'PRK'),
    ], ''),
    ('South China Morning Post', [
        "China's coastguard said on Sunday it had expelled a Philippine vessel that "
        'illegally intruded into waters near Scarborough Shoal, in the latest confrontation '
        'in the disputed South China Sea.',
        'Manila accused the Chinese ships of firing water cannon at its fisheries vessel '
        'and of making dangerous manoeuvres.',
        'The Philippine foreign ministry said it would file a diplomatic protest.',
        'The United States said it stood with its ally and reminded Beijing of its '
        'obligations under international law.',
    ], [
        ('PHL', '11', 'CHN'),
    ], 'USA 05 PHL'),
    ('Taipei Times', [
        'The US Department of State has approved the possible sale of NASAMS air defense '
        'systems to Taiwan worth about US$2 billion, the Presidential Office said '
        'yesterday.',
        'Presidential Office spokeswoman Karen Kuo thanked Washington for its "rock-solid '
        'commitment" to Taiwan\'s security.',
        "China's Taiwan Affairs Office condemned the sale and urged the US to stop arming "
        'the island.',
        'Beijing last month sanctioned seven US defense companies over earlier arms sales '
        'to Taiwan.',
    ], [
        ('CHN', '02', 'USA'), ('CHN', '11', 'USA'), ('CHN', '16', 'USA'),
    ], 'TWN 05 USA ; USA 07 TWN'),
    ('RFE/RL', [
        'Moldova has expelled a Russian diplomat over alleged interference in its '
        'parliamentary elections, the Foreign Ministry in Chisinau said on Monday.',
        'The ministry accused the embassy employee of helping to finance a network that '
        'paid voters to back pro-Russian candidates.',
        'Russian Foreign Ministry spokeswoman Maria Zakharova called the expulsion a '
        'hostile step and promised a response.',
        'Observers from the OSCE said the vote was competitive but marred by foreign '
        'interference and vote buying.',
    ], [
        ('MDA', '16', 'RUS'), ('RUS', '11', 'MDA'), ('RUS', '13', 'MDA'),
    ], 'MDA 11 RUS'),
    ('Eurasianet', [
        'Kyrgyzstan and Tajikistan have ratified a treaty demarcating their entire '
        '980-kilometre border, ending a dispute that led to deadly clashes in 2021 and '
        '2022.',
        'Tajik President Emomali Rahmon and Kyrgyz President Sadyr Japarov signed the '
        'treaty in Bishkek in March.',
        'The agreement provides for the reopening of checkpoints closed since the fighting.',
        "Uzbekistan's Foreign Ministry welcomed the deal as a contribution to regional "
        'stability.',
    ], [
        ('KGZ', '05', 'TJK'), ('UZB', '05', 'KGZ'), ('UZB', '05', 'TJK'),
    ], ''),
    ('Times of Malta', [
        'Malta and Italy traded accusations on Wednesday after a boat carrying 70 migrants '
        "was left adrift for two days in Malta's search and rescue zone.",
        "Italy's Interior Minister Matteo Piantedosi accused Valletta of ignoring its "
        'obligations under maritime law.',
        'A government spokesman in Valletta denied the claim, saying the Armed Forces of '
        'Malta had monitored the boat throughout.',
        'The boat was eventually towed to Lampedusa by an Italian coast guard ship.',
    ], [
        ('ITA', '11', 'MLT'), ('MLT', '11', 'ITA'),
    ], ''),
    ('Swissinfo', [
        'Representatives of Armenia and Azerbaijan met in Geneva on Tuesday for a round of '
        'talks on delimiting their shared border, the Swiss foreign ministry said.',
        'Switzerland has offered to act as a mediator but says it is up to the two parties '
        'to decide.',
        'Azerbaijani Deputy Prime Minister Shahin Mustafayev and Armenian Deputy Prime '
        'Minister Mher Grigoryan led the delegations.',
    ], [
        ('ARM', '04', 'AZE'),
    ], ''),
    ('The Moscow Times', [
        'Russia and the United States exchanged prisoners on Friday in a deal brokered by '
        'the United Arab Emirates, freeing an American schoolteacher and a Russian '
        'cybercriminal convicted in the US.',
        'Kremlin spokesman Dmitry Peskov thanked Abu Dhabi for its mediation efforts.',
        'The State Department said Washington would keep pressing Moscow to release other '
        'US citizens it considers wrongfully detained.',
    ], [
        ('RUS', '05', 'ARE'),
    ], ''),
    ('Politico Europe', [
        'The European Commission on Wednesday imposed provisional tariffs of up to 35% on '
        'electric vehicles imported from China, escalating a trade dispute with Beijing.',
        'China\'s Commerce Ministry said it would "take all necessary measures" to defend '
        'the interests of Chinese companies.',
        'German Chancellor Olaf Scholz warned against a trade war and urged Brussels to '
        'keep negotiating.',
        'Beijing has already opened an anti-dumping investigation into European brandy.',
    ], [
        ('DEU', '02', 'EU'), ('EU', '16', 'CHN'),
    ], 'CHN 13 EU'),
    ('The Irish Times', [
        "Ireland has formally joined South Africa's genocide case against Israel at the "
        'International Court of Justice.',
        'Tanaiste Micheal Martin said the decision was a legal one, not a political one.',
        "Israel's foreign ministry said it would close its embassy in Dublin, accusing the "
        'Irish Government of "extreme anti-Israel policies".',
    ], [
        ('IRL', '11', 'ISR'), ('ISR', '11', 'IRL'),
    ], 'ZAF 11 ISR'),
    ('VOA', [
        "The Southern African Development Community's election observer mission said "
        "Mozambique's October vote fell short of regional standards.",
        'The ruling Frelimo party rejected the findings as biased.',
        'Opposition candidate Venancio Mondlane, who has claimed victory, called on SADC '
        'leaders to refuse to recognise the result.',
    ], [
    ], 'MOZ 11 SADC ; SADC 11 MOZ'),
    ('insidethegames', [
        "North Korea's table tennis team will compete in South Korea next month for the "
        "first time in seven years, a move Seoul's unification ministry welcomed as a sign "
        'of easing tensions.',
        'The team will play at the World Team Championships in Busan from February 16.',
        "South Korea beat Japan 3-1 in last year's final.",
        "Ukraine's sports minister urged the International Olympic Committee to keep "
        'Russian and Belarusian athletes out of the Winter Games.',
    ], [
    ], 'KOR 05 PRK'),
    ('Gulf Times', [
        'DOHA: HE the Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin '
        'Abdulrahman bin Jassim Al-Thani met yesterday with US Special Envoy Steve Witkoff '
        'to discuss efforts to reach a ceasefire in Gaza.',
        'The two sides reviewed the latest developments in the negotiations between Hamas '
        'and Israel.',
        "HE the Prime Minister stressed Qatar's commitment to continue its mediation "
        'efforts alongside Egypt and the United States.',
        'Qatar also condemned in the strongest terms the Israeli strikes on a school '
        'sheltering displaced people in Gaza City.',
    ], [
        ('QAT', '04', 'USA'), ('QAT', '11', 'ISR'),
    ], ''),
    ('CNA', [
        'SINGAPORE: Singapore and Malaysia on Tuesday signed an agreement to develop a '
        "special economic zone in Johor, during the annual Leaders' Retreat.",
        'Prime Minister Lawrence Wong and his Malaysian counterpart Anwar Ibrahim also '
        'witnessed the exchange of documents on water supply and cross-border transport.',
        'Mr Anwar said the two countries had resolved a long-running dispute over airspace '
        'management.',
        'The leaders will meet again in Singapore next year.',
    ], [
        ('SGP', '05', 'MYS'),
    ], ''),
    ('Hindustan Times', [
        "New Delhi: India on Thursday summoned Bangladesh's acting high commissioner to "
        'lodge a strong protest over attacks on Hindu temples in the neighbouring country, '
        'people familiar with the matter said.',
        'The external affairs ministry urged Dhaka to ensure the safety of minorities.',
        "Bangladesh's interim government rejected India's concerns as interference in its "
        'internal affairs.',
        'Relations between the two neighbours have deteriorated since former prime minister '
        'Sheikh Hasina fled to India in August.',
    ], [
        ('BGD', '11', 'IND'), ('IND', '02', 'BGD'), ('IND', '11', 'BGD'),
    ], ''),
    ('Express Tribune', [
        "ISLAMABAD: Pakistan on Friday rejected the Afghan Taliban's claim that Pakistani "
        'airstrikes had killed civilians in Paktika province, saying the operation targeted '
        'terrorist hideouts.',
        'The Foreign Office spokesperson said Kabul must stop terrorists from using Afghan '
        'soil against Pakistan.',
        "The Taliban government summoned Pakistan's charge d'affaires in Kabul to protest "
        'the strikes.',
    ], [
        ('AFG', '11', 'PAK'), ('PAK', '10', 'AFG'),
    ], 'PAK 12 AFG'),
    ('Malay Mail', [
        'KUALA LUMPUR, Jan 27 - Malaysia and Indonesia agreed today to resume talks on the '
        'disputed Ambalat maritime block after a two-year pause.',
        'Prime Minister Datuk Seri Anwar Ibrahim said after meeting President Prabowo '
        'Subianto in Jakarta that both sides preferred joint development over '
        'confrontation.',
        'Indonesian fishermen have complained of harassment by Malaysian maritime patrols '
        'in the area.',
    ], [
        ('IDN', '11', 'MYS'), ('MYS', '04', 'IDN'),
    ], ''),
    ('Daily Maverick', [
        "South Africa's Department of International Relations has demanded an explanation "
        'from Rwanda after 14 South African peacekeepers were killed in fighting with M23 '
        'rebels near Goma.',
        'President Cyril Ramaphosa said the rebels were backed by the Rwanda Defence Force, '
        'an accusation Kigali rejects.',
        'Rwandan President Paul Kagame accused Ramaphosa of lying about their phone '
        'conversation.',
        'The SADC mission in eastern Congo is expected to withdraw by April.',
    ], [
        ('RWA', '11', 'ZAF'), ('ZAF', '10', 'RWA'),
    ], ''),
    ('Novinite', [
        "Bulgaria's parliament voted on Wednesday to send a second military aid package to "
        'Ukraine, including armoured personnel carriers.',
        'President Rumen Radev, who opposes arms deliveries to Kyiv, said he would veto the '
        'decision.',
        "Russia's ambassador in Sofia, Eleonora Mitrofanova, warned that the shipments made "
        'Bulgaria a party to the conflict.',
    ], [
        ('BGR', '07', 'UKR'), ('RUS', '13', 'BGR'),
    ], ''),
    ('Kyiv Post', [
        'Ukraine and Poland have reached an agreement on the exhumation of victims of the '
        '1943 Volhynia massacre, Polish Foreign Minister Radoslaw Sikorski said on Friday.',
        'Sikorski thanked his Ukrainian counterpart Andrii Sybiha for "a gesture of '
        'goodwill".',
        "Warsaw had previously threatened to block Ukraine's EU accession talks unless the "
        'issue was resolved.',
    ], [
        ('POL', '05', 'UKR'), ('POL', '13', 'UKR'), ('UKR', '05', 'POL'),
    ], ''),
    ('Euronews', [
        "Hungary has blocked a joint EU statement condemning China's military drills around "
        'Taiwan, diplomats said.',
        'It is the third time this year that Budapest has vetoed a common position on '
        'China.',
        "Lithuania's foreign minister accused Hungary of undermining EU unity.",
    ], [
        ('LTU', '11', 'HUN'),
    ], ''),
    ('Morocco World News', [
        'Morocco and Mauritania signed an agreement on Tuesday to connect their power '
        'grids, ahead of a planned visit by King Mohammed VI to Nouakchott.',
        "Algeria's foreign ministry criticised the deal, saying it legitimised Morocco's "
        'occupation of Western Sahara.',
        'The Polisario Front has called on Mauritania to stay neutral in the conflict.',
    ], [
        ('DZA', '11', 'MAR'), ('DZA', '11', 'MRT'), ('MAR', '05', 'MRT'),
    ], ''),
    ('NHK World', [
        'Japan has lodged a protest with China after a Chinese military aircraft violated '
        'Japanese airspace over Nagasaki Prefecture on Monday, the Defense Ministry said.',
        'Chief Cabinet Secretary Hayashi Yoshimasa told reporters the intrusion was '
        '"totally unacceptable".',
        'Chinese Foreign Ministry spokesperson Lin Jian said he was not aware of the '
        'situation.',
    ], [
        ('JPN', '11', 'CHN'),
    ], ''),
    ('Defense News', [
        'The State Department has approved the sale of 40 F-16 fighter jets to Turkey in a '
        'deal worth $23 billion, the Defense Security Cooperation Agency said Friday.',
        'Greece, which has long objected to arming its NATO neighbour, will receive F-35 '
        'jets under a separate agreement.',
        'Ankara welcomed the approval and thanked Washington for "honouring its '
        'commitments".',
    ], [
        ('TUR', '05', 'USA'), ('USA', '06', 'TUR'),
    ], ''),
]


@pytest.mark.parametrize(("outlet", "sentences", "expected", "missed"), ARTICLES,
                         ids=[a[0] for a in ARTICLES])
def test_the_rounds_articles_give_the_analysts_events(coder, outlet, sentences, expected,
                                                      missed):
    found = roots_either_way(coder, "\n".join(sentences))
    assert set(expected) <= found, sorted(set(expected) - found)
