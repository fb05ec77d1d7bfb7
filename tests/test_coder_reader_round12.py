"""Classes an analyst found wrong reading a twelfth round of our own articles in the styles of
the Fiji Times, the Samoa Observer, the PNG Post-Courier, Islands Business, the Jamaica
Gleaner, the CMC wire, Stabroek News, Hina, MIA, the Sarajevo Times, JAMnews, APA, The Daily
Star (Dhaka), the Daily Mirror (Colombo), Kuensel, TOLOnews, Punch, FrontPageAfrica, The
Citizen (Dar es Salaam), the Addis Standard, the Daily Monitor, CrisisWatch, Nikkei Asia, The
Economic Times, a live blog, an explainer, a foreign ministry briefing transcript, a "world in
brief" column and Radio Dabanga: appeals to act against no named party ("urged Ghana to arrest
those responsible") are plain appeals, not opposition rallied against the one appealed to;
notes, requests and replies received (or not) are no meetings; a state "under" sanctions or a
blockade is background; a purpose of helping after material help is that help, no word of
support; talks only offered or planned between two parties are not held; "the sides" after a
meeting of two; Caribbean datelines with the country before the date ("BRIDGETOWN, Barbados,
Feb 4, CMC -"); "the Islamic Emirate" and "Addis Abeba"; a person an organisation's title
introduces ("EU enlargement commissioner Marta Kos") named again alone; how one party sees
another ("considers Taiwan a breakaway province") is no policy option considered; "made the
call in a letter to" is the appeal told before, no phone call."""

from __future__ import annotations

import pytest

from coder_helpers import coded, roots, roots_either_way
from entente.coder.sentences import split_dateline

# --- an appeal to act against no named party is a plain appeal ---------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Tuggar urged the Ghanaian authorities to arrest and prosecute those responsible.",
     ("NGA", "02", "GHA")),
    ("Ukraine urged Slovakia to respect EU sanctions.", ("UKR", "02", "SVK")),
    ("Kenya urged Somalia to arrest the suspects.", ("KEN", "02", "SOM")),
    ("France called on Mali to arrest the killers of the two journalists.",
     ("FRA", "02", "MLI")),
    ("India called on Canada to punish those behind the attack on its consulate.",
     ("IND", "02", "CAN")),
    ("Poland urged the European Union to impose new sanctions.", ("POL", "02", "EU")),
])
def test_an_appeal_to_act_against_no_named_party_is_a_plain_appeal(coder, text, expected):
    found = roots(coder, text)
    assert expected in found
    assert not {r for r in found if r[1] == "11"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Zelensky urged NATO to shoot down Russian drones over Ukraine.", ("UKR", "113", "NATO")),
    ("Poland urged the EU to impose new sanctions on Belarus.", ("POL", "113", "EU")),
])
def test_an_appeal_to_act_against_a_named_party_still_rallies_opposition(coder, text, expected):
    assert expected in {(e.source.country, e.cameo_code, e.target.country)
                        for e in coded(coder, text)}


def test_a_call_to_march_against_a_junta_still_rallies(every_event_coder):
    events = coded(every_event_coder, "The opposition urged supporters to march against the junta.")
    assert {e.cameo_code for e in events} == {"113"}


# --- notes, requests and replies received are no meetings ---------------------------------------

@pytest.mark.parametrize("text", [
    "Slovenia's Foreign Ministry said it had not received any official note from Zagreb.",
    "Moscow said it had not received any request from Kyiv for talks.",
    "The Kremlin said it had received no proposal from Washington.",
    "Baku has not yet received a reply from Yerevan to its peace proposal.",
    "Lavrov said Moscow had received no explanation from Berlin.",
])
def test_a_note_or_request_not_received_is_no_refused_meeting(coder, text):
    assert not roots(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt received a delegation from Sudan on Monday.", ("SDN", "04", "EGY")),
    ("Erdogan received the Iraqi prime minister in Ankara.", ("TUR", "04", "IRQ")),
    ("Ghana has received a formal protest note from Nigeria.", ("NGA", "11", "GHA")),
])
def test_receiving_people_is_still_a_meeting_and_a_protest_note_a_protest(coder, text, expected):
    assert expected in roots(coder, text)


# --- a state under sanctions or a blockade is background -----------------------------------------

@pytest.mark.parametrize("text", [
    "Dodik has been under US sanctions since 2017.",
    "North Korea remains under UN sanctions over its nuclear programme.",
    "Gaza has been under an Israeli blockade since 2007.",
    "Several Iranian banks are under US sanctions.",
    "The company is under EU sanctions.",
])
def test_being_under_a_measure_is_no_act(every_event_coder, text):
    assert not coded(every_event_coder, text)


def test_imposing_the_measure_stays_an_act(coder):
    assert ("USA", "16", "BIH") in roots(
        coder, "The United States imposed sanctions on Dodik in 2017.")


# --- a purpose of helping after material help is that help --------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Burundi deployed more troops to South Kivu to support Congolese forces.",
     ("BDI", "07", "COD")),
    ("Rwanda sent 2,000 soldiers to Mozambique to support the Mozambican army against "
     "insurgents.", ("RWA", "07", "MOZ")),
    ("Russia deployed fighter jets to Syria to back Assad's forces.", ("RUS", "07", "SYR")),
])
def test_a_purpose_of_helping_after_sending_help_is_no_word_of_support(coder, text, expected):
    found = roots(coder, text)
    assert expected in found
    assert not {r for r in found if r[1] == "05"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt said it supports Sudan's army.", ("EGY", "05", "SDN")),
    ("China sent a medical team to Pakistan and praised Islamabad's support.",
     ("CHN", "05", "PAK")),
    ("Britain sent military instructors to Ukraine to train Ukrainian soldiers.",
     ("GBR", "07", "UKR")),
])
def test_support_said_or_another_purpose_stays(coder, text, expected):
    assert expected in roots(coder, text)


# --- talks only offered or planned are not held -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Brazil has offered to host fresh talks between Guyana and Venezuela.",
    "Turkey is ready to host negotiations between Kyiv and Moscow, Erdogan said.",
    "Qatar wants to broker talks between Rwanda and Congo.",
    "Switzerland offered to mediate talks between Armenia and Azerbaijan.",
    "Egypt agreed to host a new round of negotiations between Ethiopia and Sudan.",
    "Saudi Arabia hopes to host a meeting between Trump and Putin.",
    "Hungary plans to host a summit between Putin and Trump in Budapest.",
])
def test_talks_only_offered_are_no_meeting_of_their_parties(every_event_coder, text):
    events = coded(every_event_coder, text)
    assert not [e for e in events if e.cameo_code.startswith("04")]


@pytest.mark.parametrize(("text", "pair"), [
    ("Egypt hosted talks between Ethiopia and Sudan on Sunday.", {"ETH", "SDN"}),
    ("Qatar, which hosted talks between Israel and Hamas, condemned the strike.",
     {"ISR", "PSE"}),
])
def test_talks_hosted_are_held(every_event_coder, text, pair):
    assert any({e.source.country, e.target.country} == pair and e.cameo_code.startswith("04")
               for e in coded(every_event_coder, text))


# --- "the sides" after a meeting of two ---------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Aliyev received Pakistan's prime minister on Monday. During the meeting, the sides "
     "discussed cooperation in energy.", ("AZE", "04", "PAK")),
    ("Lavrov met his Turkish counterpart in Moscow. The sides discussed the situation in Syria.",
     ("TUR", "04", "RUS")),
    ("Mirziyoyev held talks with Tokayev in Tashkent. The sides signed 12 agreements.",
     ("KAZ", "05", "UZB")),
    ("Fidan received his Iraqi counterpart in Ankara. The sides agreed to expand trade.",
     ("IRQ", "03", "TUR")),
])
def test_the_sides_after_a_meeting_are_its_pair(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "The sides failed to agree on a ceasefire.",
    "Fighting continued in Sudan. The sides traded accusations.",
])
def test_the_sides_with_no_pair_named_are_no_one(coder, text):
    assert not roots(coder, text)


# --- Caribbean datelines: the country before the date -------------------------------------------

@pytest.mark.parametrize(("text", "place", "rest"), [
    ("BRIDGETOWN, Barbados, Feb 4, CMC - Barbados Prime Minister", "Bridgetown",
     "Barbados Prime Minister"),
    ("KINGSTON, Jamaica, Feb 4 (CMC) - The Government", "Kingston", "The Government"),
    ("PORT OF SPAIN, Trinidad, Jan 9, CMC - Trinidad", "Port Of Spain", "Trinidad"),
    ("GEORGETOWN, Guyana, Mar. 12, CMC - Guyana", "Georgetown", "Guyana"),
])
def test_a_dateline_with_the_country_before_the_date_is_split_off(text, place, rest):
    assert split_dateline(text) == (place, rest)


@pytest.mark.parametrize("text", [
    "Brazil, Argentina, Feb 4 - both sides",
    "Chile, Peru, May 3 - Lima said",
])
def test_two_names_before_a_date_are_no_dateline(text):
    assert split_dateline(text) == (None, text)


def test_a_caribbean_dateline_is_no_part_of_the_source(coder):
    events = coded(coder, "BRIDGETOWN, Barbados, Feb 4, CMC - Barbados Prime Minister Mia Mottley "
                          "has called on the United States to reconsider visa restrictions.")
    assert {(e.source.country, e.cameo_code[:2], e.target.country) for e in events} \
        == {("BRB", "02", "USA")}
    assert {e.source.text for e in events} == {"Barbados Prime Minister Mia Mottley"}


# --- names of the house styles ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Islamic Emirate has called on Pakistan to stop the forced deportation of Afghan "
     "refugees.", ("AFG", "02", "PAK")),
    ("Islamic Emirate spokesman Zabihullah Mujahid criticised Iran over the executions.",
     ("AFG", "11", "IRN")),
    ("The Islamic Emirate of Afghanistan welcomed Uzbekistan's decision.",
     ("AFG", "05", "UZB")),
])
def test_the_islamic_emirate_is_afghanistans_government(coder, text, expected):
    assert expected in roots(coder, text)


def test_addis_abeba_is_a_dateline_that_places_the_ministry(coder):
    events = coded(coder, "Addis Abeba - The Ministry of Foreign Affairs accused Eritrea of "
                          "arming insurgents.")
    assert [(e.source.country, e.source.text) for e in events if e.target.country == "ERI"] \
        == [("ETH", "The Ministry of Foreign Affairs")]


# --- a person an organisation's title introduces keeps it when named again ---------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("North Macedonia's prime minister met EU enlargement commissioner Marta Kos in Skopje. "
     "Kos urged Skopje and Sofia to find a solution.", ("EU", "02", "BGR")),
    ("EU enlargement commissioner Marta Kos met North Macedonia's prime minister in Skopje. "
     "Marta Kos urged Skopje to drop its objections.", ("EU", "02", "MKD")),
    ("Mickoski met UN envoy Jean Arnault in Skopje. Arnault urged Skopje to resume talks.",
     ("UN", "02", "MKD")),
    ("AU Commission chairperson Mahamoud Ali Youssouf arrived in Addis Ababa. Youssouf "
     "praised Ethiopia for its restraint.", ("AU", "05", "ETH")),
])
def test_a_person_introduced_by_an_organisations_title_keeps_it(coder, text, expected):
    assert expected in roots(coder, text)


def test_a_person_introduced_by_a_state_title_keeps_the_state(coder):
    assert ("SWE", "02", "SRB") in roots(
        coder, "Serbia's president met Swedish trade minister Sara Lindqvist in Belgrade. "
               "Lindqvist urged Serbia to join the sanctions.")


# --- how one party sees another is no policy option --------------------------------------------

@pytest.mark.parametrize("text", [
    "Beijing considers Taiwan a breakaway province.",
    "Morocco considers Western Sahara an integral part of its territory.",
    "Serbia considers Kosovo its southern province.",
    "Russia considers Ukraine part of its sphere of influence.",
])
def test_considering_a_party_something_is_no_policy_option(every_event_coder, text):
    assert not [e for e in coded(every_event_coder, text) if e.cameo_code == "014"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan is considering a request from Ukraine for more aid.", ("JPN", "014", "UKR")),
    ("Washington is considering Kyiv's request for long-range missiles.", ("USA", "014", "UKR")),
    ("The EU is considering Serbia's application.", ("EU", "014", "SRB")),
    ("The EU is considering new sanctions against Iran.", ("EU", "014", "IRN")),
    ("Ankara considers the YPG a terrorist organisation.", ("TUR", "111", "SYR")),
])
def test_considering_a_request_or_a_measure_and_verdicts_stay(coder, text, expected):
    assert expected in {(e.source.country, e.cameo_code, e.target.country)
                        for e in coded(coder, text)}


# --- "made the call" names the appeal told before -----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Ramaphosa made the call in a speech to the Kenyan parliament.", ("ZAF", "020", "KEN")),
    ("Pacific Islands Forum Secretary General Baron Waqa made the call in a letter to Japanese "
     "Prime Minister Shigeru Ishiba on Monday.", ("PIF", "020", "JPN")),
    ("The Iranian president made the call during a phone conversation with Erdogan.",
     ("IRN", "020", "TUR")),
])
def test_making_the_call_is_the_appeal_told_before(coder, text, expected):
    found = {(e.source.country, e.cameo_code, e.target.country) for e in coded(coder, text)}
    assert expected in found
    assert not [f for f in found if f[1] == "041" and "letter" in text]


@pytest.mark.parametrize(("text", "expected"), [
    ("Macron made a call to Putin on Friday.", ("FRA", "041", "RUS")),
    ("Biden made a phone call to Netanyahu.", ("USA", "041", "ISR")),
    ("Putin made the phone call to Erdogan on Monday.", ("RUS", "041", "TUR")),
])
def test_a_call_made_to_a_leader_is_still_a_call(coder, text, expected):
    assert expected in {(e.source.country, e.cameo_code, e.target.country)
                        for e in coded(coder, text)}


# --- the round's articles, with the events an analyst coded in them -----------------------------
#
# Each article is coded as one document, a paragraph a sentence (the layout of wire copy). The
# third item lists the events an analyst gave it (source, CAMEO root, target; joint acts either
# way) that the coder reads right; the fourth those it still misses, where the next round starts.

ARTICLES = [
    ('Fiji Times', [
        'SUVA - Fiji and Australia yesterday signed a new maritime security agreement under '
        'which Canberra will fund two patrol vessels for the Republic of Fiji Navy.',
        'The agreement was signed at the Grand Pacific Hotel by Prime Minister Sitiveni '
        'Rabuka and his Australian counterpart Anthony Albanese.',
        'Mr Rabuka said the deal showed that Fiji\'s "friends to all, enemies to none" policy '
        'was working.',
        "He thanked the Australian Government for its continued support to Fiji's security "
        'sector.',
        'Mr Albanese said Australia would remain Fiji\'s "partner of choice" in the region.',
        'The Chinese Embassy in Suva declined to comment on the agreement.',
    ], [
        ('FJI', '05', 'AUS'),
    ], ''),
    ('Samoa Observer', [
        "Samoa's Prime Minister has raised concerns with New Zealand over changes to the "
        'Recognised Seasonal Employer scheme, saying hundreds of Samoan workers could lose '
        'their jobs.',
        'Speaking to reporters on Tuesday, the Prime Minister said she had written to her New '
        'Zealand counterpart, Christopher Luxon, to ask for a meeting on the matter.',
        "New Zealand's High Commissioner to Samoa, Trevor Matheson, said Wellington valued "
        'its labour mobility partnership with Apia.',
        'The scheme employs around 3,000 Samoans every year.',
        'Opposition leader Tuilaepa Sailele Malielegaoi accused the Government of failing to '
        'protect Samoan workers abroad.',
    ], [
        ('WSM', '01', 'NZL'), ('WSM', '02', 'NZL'), ('WSM', '11', 'WSM'),
    ], 'NZL 05 WSM'),
    ('PNG Post-Courier', [
        'Papua New Guinea has rejected claims by Indonesia that separatist fighters from West '
        'Papua are operating from camps inside PNG territory.',
        'Foreign Affairs Minister Justin Tkatchenko told the Post-Courier yesterday that the '
        'allegations were "baseless and unhelpful".',
        '"We will not allow our territory to be used to attack our neighbours," Mr Tkatchenko '
        'said.',
        "Jakarta last week summoned PNG's ambassador to protest against what it called the "
        'harbouring of rebels.',
        'The two countries share a 760-kilometre land border that is poorly patrolled.',
        'Indonesian President Prabowo Subianto is expected to visit Port Moresby in March.',
    ], [
        ('IDN', '03', 'PNG'), ('IDN', '11', 'PNG'), ('PNG', '01', 'IDN'),
    ], 'PNG 11 IDN'),
    ('Islands Business', [
        'The Pacific Islands Forum has urged Japan to halt further releases of treated '
        'wastewater from the Fukushima nuclear plant until independent scientists confirm it '
        'is safe.',
        'Forum Secretary General Baron Waqa made the call in a letter to Japanese Prime '
        'Minister Shigeru Ishiba on Monday.',
        'Tokyo has repeatedly said the discharge meets international safety standards.',
        "The Cook Islands and Tuvalu backed the Forum's position, while Palau welcomed "
        "Japan's assurances.",
        'The Solomon Islands government has called for a regional moratorium on all nuclear '
        'discharges into the Pacific Ocean.',
    ], [
        ('COK', '05', 'PIF'), ('PIF', '02', 'JPN'), ('PLW', '05', 'JPN'), ('TUV', '05', 'PIF'),
    ], "PIF 02 JPN (source of 'Forum Secretary General')"),
    ('Jamaica Gleaner', [
        'KINGSTON, Jamaica - Jamaica has recalled its ambassador to Haiti and temporarily '
        'closed its embassy in Port-au-Prince as gang violence engulfed the capital.',
        'Foreign Minister Kamina Johnson Smith told the Senate on Friday that the safety of '
        'Jamaican diplomats was "paramount".',
        'The Government is also preparing to send 150 soldiers and police officers to Haiti '
        'as part of the Kenya-led multinational security mission.',
        'Johnson Smith said Jamaica had pledged US$500,000 to the United Nations trust fund '
        'that pays for the mission.',
        'CARICOM leaders will meet in Georgetown next week to discuss the crisis.',
    ], [
        ('JAM', '03', 'HTI'), ('JAM', '16', 'HTI'),
    ], 'JAM 03 UN'),
    ('CMC wire', [
        'BRIDGETOWN, Barbados, Feb 4, CMC - Barbados Prime Minister Mia Mottley has called on '
        'the United States to reconsider visa restrictions imposed on Caribbean officials '
        "over their countries' participation in the Cuban medical brigade programme.",
        'Mottley, speaking at a news conference, said the region would not be "bullied" into '
        'abandoning Cuban doctors who had served the Caribbean for decades.',
        'Washington last month revoked the visas of several government officials in Grenada, '
        'Guyana and Antigua and Barbuda, accusing them of complicity in "forced labour".',
        'The US Embassy in Bridgetown said in a statement that the measures targeted '
        'individuals, not countries.',
        'Havana has thanked Caribbean governments for their solidarity.',
    ], [
        ('BRB', '02', 'USA'), ('USA', '11', 'ATG'), ('USA', '17', 'ATG'), ('USA', '17', 'GRD'),
        ('USA', '17', 'GUY'),
    ], 'BRB 11 USA; USA 11 GRD; USA 11 GUY'),
    ('Stabroek News', [
        'Guyana yesterday accused Venezuela of violating the 2023 Argyle Declaration after '
        'Venezuelan soldiers fired on a Guyana Defence Force patrol on the Cuyuni River.',
        'No soldiers were injured in the incident, the GDF said in a statement.',
        'President Irfaan Ali said he had briefed the Commonwealth Secretary-General and the '
        'leaders of CARICOM on the attack.',
        'Caracas denied that its troops had opened fire, saying they had been attacked by '
        '"criminal gangs" operating from Guyanese territory.',
        "Brazil has offered to host fresh talks between the two neighbours, Brasilia's "
        'foreign ministry said.',
        'The border controversy is currently before the International Court of Justice.',
    ], [
        ('BRA', '03', 'GUY'), ('BRA', '03', 'VEN'), ('GUY', '11', 'VEN'), ('VEN', '01', 'GUY'),
        ('VEN', '19', 'GUY'),
    ], ''),
    ('Hina (Croatia)', [
        'ZAGREB, March 12 (Hina) - Croatian Foreign Minister Gordan Grlic Radman on Wednesday '
        'received the Slovenian Ambassador Gregor Presker and expressed concern over '
        "Ljubljana's plan to reopen the dispute over the Piran Bay border.",
        'Grlic Radman told the ambassador that Croatia considered the matter closed.',
        'The two ministers are expected to meet on the margins of the EU Foreign Affairs '
        'Council in Brussels next week.',
        "Slovenia's Foreign Ministry said it had not received any official note from Zagreb.",
        'Croatia and Slovenia have been at odds over the bay since the break-up of Yugoslavia '
        'in 1991.',
    ], [
        ('HRV', '01', 'SVN'), ('HRV', '03', 'SVN'), ('HRV', '04', 'SVN'),
    ], ''),
    ('MIA (North Macedonia)', [
        'Skopje, 18 February 2026 (MIA) - Prime Minister Hristijan Mickoski said Tuesday that '
        'North Macedonia would not accept new conditions from Bulgaria on its path to EU '
        'membership.',
        '"We have made enough concessions," Mickoski told reporters after meeting EU '
        'enlargement commissioner Marta Kos in Skopje.',
        'Kos urged both Skopje and Sofia to find a solution "in a European spirit".',
        "Bulgaria's Foreign Ministry said in a statement that Sofia remained committed to the "
        'negotiating framework agreed in 2022.',
        "Bulgaria has blocked North Macedonia's accession talks twice over language and "
        'history disputes.',
    ], [
        ('EU', '02', 'BGR'), ('EU', '02', 'MKD'), ('MKD', '04', 'EU'), ('MKD', '12', 'BGR'),
    ], ''),
    ('Sarajevo Times', [
        'The High Representative for Bosnia and Herzegovina, Christian Schmidt, has '
        'criticised Republika Srpska President Milorad Dodik for announcing a referendum on '
        'rejecting state-level courts.',
        "Russia's Ambassador to Bosnia and Herzegovina, Igor Kalabukhov, met Dodik in Banja "
        "Luka on Thursday and expressed Moscow's support for the entity's leadership.",
        'The US Embassy in Sarajevo condemned the meeting, saying Russia was trying to '
        'destabilise the country.',
        'The European Union said any referendum would be "a direct attack on the Dayton Peace '
        'Agreement".',
        'Dodik has been under US sanctions since 2017.',
    ], [
        ('RUS', '04', 'BIH'), ('USA', '11', 'RUS'),
    ], 'RUS 05 BIH'),
    ('JAMnews', [
        "Georgia's Foreign Ministry has summoned the Ukrainian charge d'affaires over remarks "
        'by President Volodymyr Zelensky, who said Tbilisi had "betrayed" the Georgian '
        'people.',
        'The ministry said in a statement that Zelensky\'s comments were "an insult" and '
        "constituted interference in Georgia's internal affairs.",
        'Kyiv recalled its ambassador from Tbilisi for consultations in 2023, and the post '
        'has remained vacant.',
        'Georgian Dream chairman Irakli Kobakhidze accused Ukraine of trying to drag Georgia '
        'into the war.',
        "Zelensky's office declined to comment.",
    ], [
        ('GEO', '11', 'UKR'), ('UKR', '16', 'GEO'),
    ], ''),
    ('APA (Azerbaijan)', [
        'Baku, March 3, APA. Azerbaijani President Ilham Aliyev received a delegation led by '
        "Pakistan's Prime Minister Shehbaz Sharif on Monday.",
        'During the meeting, the sides discussed prospects for cooperation in energy, defence '
        'and transport.',
        'Aliyev thanked Pakistan for its principled position on the Karabakh issue.',
        'Shehbaz Sharif invited President Aliyev to pay an official visit to Islamabad, and '
        'the invitation was accepted with gratitude.',
        'The two leaders also signed a memorandum on the establishment of a joint investment '
        'company.',
    ], [
        ('AZE', '04', 'PAK'), ('AZE', '05', 'PAK'), ('PAK', '02', 'AZE'),
    ], ''),
    ('Daily Star (Bangladesh)', [
        'Dhaka has lodged a strong protest with New Delhi over the killing of a Bangladeshi '
        "teenager by India's Border Security Force along the Lalmonirhat frontier.",
        'The foreign ministry handed a protest note to the Indian deputy high commissioner, '
        'Pawan Badhe, at a meeting on Sunday.',
        'According to the note, BSF members fired on the youth inside Bangladeshi territory.',
        'Border Guard Bangladesh has also requested a flag meeting with the BSF.',
        'Rights group Ain o Salish Kendra said at least 25 Bangladeshis were killed by the '
        'BSF last year.',
    ], [
        ('BGD', '02', 'IND'), ('BGD', '11', 'IND'), ('IND', '19', 'BGD'),
    ], "BGD 11 IND (bare 'the foreign ministry'); IND 18 BGD ('BSF members fired')"),
    ('Daily Mirror (Sri Lanka)', [
        'India and Sri Lanka yesterday agreed to step up defence cooperation during talks in '
        'Colombo between President Anura Kumara Dissanayake and Indian Defence Minister '
        'Rajnath Singh.',
        'Singh called on the President at the Presidential Secretariat, where the two sides '
        'reviewed progress on the defence pact signed last year.',
        "Dissanayake assured the Indian minister that Sri Lanka's territory would not be used "
        "against India's security interests.",
        'The Indian side handed over a Dornier maritime surveillance aircraft to the Sri '
        'Lanka Navy.',
        'Colombo has faced pressure from New Delhi over visits by Chinese research vessels.',
    ], [
        ('IND', '03', 'LKA'), ('IND', '04', 'LKA'), ('IND', '07', 'LKA'),
    ], ''),
    ('Kuensel (Bhutan)', [
        'Bhutan and India yesterday signed an agreement for the construction of the first '
        'cross-border railway link between Gelephu and Kokrajhar in Assam.',
        'The agreement was signed in Thimphu by the Foreign Secretary and the visiting Indian '
        'Ambassador.',
        'The Government of India will fully fund the 58-kilometre project, which is expected '
        'to cost Nu 3,500 million.',
        'Lyonchhen Tshering Tobgay expressed gratitude to Prime Minister Narendra Modi for '
        "India's steadfast support.",
    ], [
        ('BTN', '05', 'IND'),
    ], "BTN 05 IND (title alone); BTN 05 IND ('Lyonchhen')"),
    ('TOLOnews', [
        'The Islamic Emirate has called on Pakistan to stop the forced deportation of Afghan '
        'refugees, saying the move violates international principles.',
        'Deputy spokesman Hamdullah Fitrat said on Saturday that Islamabad should resolve the '
        'issue through dialogue.',
        'Pakistani officials said more than 80,000 Afghans had been expelled from the country '
        'since April.',
        'Afghan refugees at the Torkham crossing told TOLOnews that Pakistani police had '
        'seized their belongings.',
        "Pakistan's Foreign Office said the repatriation plan applied to all illegal "
        'foreigners and did not target Afghans.',
    ], [
        ('AFG', '02', 'PAK'), ('PAK', '17', 'AFG'),
    ], 'AFG 10 PAK (a spokesman not placed)'),
    ('Punch (Nigeria)', [
        "The Federal Government has condemned the attack on Nigerian traders in Ghana's "
        'Ashanti Region, describing it as xenophobic and unacceptable.',
        'The Minister of Foreign Affairs, Yusuf Tuggar, said he had summoned the Ghanaian '
        'High Commissioner in Abuja to demand an explanation.',
        'Tuggar urged the Ghanaian authorities to arrest and prosecute those responsible.',
        "Ghana's Minister of Foreign Affairs, Samuel Okudzeto Ablakwa, apologised for the "
        'incident in a telephone call with his Nigerian counterpart.',
        'Nigerian traders have shut dozens of shops in Kumasi since the attack on Tuesday.',
    ], [
        ('GHA', '04', 'NGA'), ('GHA', '05', 'NGA'), ('NGA', '02', 'GHA'), ('NGA', '10', 'GHA'),
        ('NGA', '11', 'GHA'),
    ], ''),
    ('FrontPageAfrica (Liberia)', [
        'Monrovia - The United States has donated 12 armoured vehicles to the Armed Forces of '
        "Liberia to help secure the country's border with Guinea.",
        'The vehicles were handed over on Friday at the Edward Binyah Kesselly Barracks by '
        'the US Ambassador, Mark Toner.',
        'Defense Minister Geraldine George praised Washington for its "long-standing '
        'partnership" with Liberia\'s security forces.',
        "The donation comes weeks after Guinean soldiers crossed into Liberia's Foya District "
        'and briefly occupied a village.',
        "Guinea's government has not commented on the incident.",
    ], [
        ('GIN', '19', 'LBR'), ('LBR', '05', 'USA'), ('USA', '07', 'LBR'),
    ], ''),
    ('The Citizen (Tanzania)', [
        'Dar es Salaam. Tanzania and Malawi have agreed to resume talks on their long-running '
        'dispute over the boundary on Lake Nyasa, Foreign Affairs minister Mahmoud Thabit '
        'Kombo announced yesterday.',
        'Mr Kombo said the talks would be mediated by a panel of former African heads of '
        'state under the Southern African Development Community.',
        "Malawi's foreign minister, Nancy Tembo, confirmed that Lilongwe had accepted the "
        'invitation.',
        'Tanzania claims the boundary runs through the middle of the lake, while Malawi says '
        'it follows the Tanzanian shoreline.',
    ], [
        ('TZA', '03', 'MWI'),
    ], ''),
    ('Addis Standard', [
        "Addis Abeba - Ethiopia's Ministry of Foreign Affairs has accused Eritrea of "
        '"actively preparing for war" and of arming insurgents in the Amhara region.',
        'In a letter to UN Secretary-General Antonio Guterres, Foreign Minister Gedion '
        "Timothewos said Asmara had violated Ethiopia's sovereignty.",
        'Eritrea\'s Information Minister Yemane Gebremeskel dismissed the accusation as "a '
        'pretext for aggression".',
        'Ethiopia has repeatedly said it seeks access to the Red Sea through peaceful means.',
        'The African Union Commission chairperson urged both countries to exercise restraint.',
    ], [
        ('AU', '02', 'ERI'), ('AU', '02', 'ETH'), ('ERI', '11', 'ETH'), ('ETH', '11', 'ERI'),
    ], ''),
    ('Daily Monitor (Uganda)', [
        'Uganda has deployed additional troops to its border with South Sudan after clashes '
        'between the South Sudanese army and armed groups spilled into Adjumani District, the '
        'army spokesperson said.',
        'Brig Gen Felix Kulayigye said the UPDF would "not hesitate to defend Uganda\'s '
        'territorial integrity".',
        "President Museveni spoke by phone with South Sudan's President Salva Kiir on Sunday, "
        'State House said.',
        'Kiir assured Museveni that Juba would investigate the incursion.',
        'Uganda hosts more than 900,000 refugees from South Sudan.',
    ], [
        ('UGA', '04', 'SSD'), ('UGA', '15', 'SSD'),
    ], ''),
    ('Crisis Group CrisisWatch', [
        'Democratic Republic of Congo. Fighting between M23 rebels and government forces '
        'intensified in North Kivu, and Kinshasa again accused Rwanda of backing the '
        'rebellion.',
        'President Tshisekedi on 14 Feb called on the UN Security Council to impose sanctions '
        'on Kigali.',
        'Rwanda denied the charges and accused Kinshasa of collaborating with the FDLR '
        'militia.',
        "Angola's President João Lourenço hosted a mini-summit in Luanda on 22 Feb that "
        'failed to secure a ceasefire.',
        'Burundi deployed more troops to South Kivu to support Congolese forces.',
    ], [
        ('BDI', '07', 'COD'), ('COD', '11', 'RWA'), ('RWA', '01', 'COD'), ('RWA', '11', 'COD'),
    ], ''),
    ('Nikkei Asia', [
        'TOKYO -- Japan and the Philippines on Tuesday signed a pact allowing their troops to '
        'exchange food, fuel and ammunition, deepening military ties amid Chinese pressure in '
        'the South China Sea.',
        'The agreement was signed by Japanese Foreign Minister Takeshi Iwaya and Philippine '
        'Ambassador Mylene Garcia-Albano in Tokyo.',
        'China\'s foreign ministry said Beijing opposed "any bloc confrontation" in the '
        'region.',
        'Manila has accused Chinese coast guard vessels of ramming and water-cannoning its '
        'supply boats near Second Thomas Shoal.',
        'Japanese trading houses have invested heavily in Philippine infrastructure.',
    ], [
        ('JPN', '05', 'PHL'), ('PHL', '11', 'CHN'),
    ], ''),
    ('Economic Times', [
        'India has imposed anti-dumping duties on certain steel products imported from China '
        'and Vietnam for five years, the finance ministry said in a notification.',
        'The duties follow a recommendation by the Directorate General of Trade Remedies, '
        'which found that cheap imports had hurt domestic producers.',
        'Beijing urged New Delhi to "provide a fair and non-discriminatory environment" for '
        'Chinese companies.',
        "Vietnam's Trade Remedies Authority said it would consider appealing the decision at "
        'the World Trade Organization.',
        'Shares of JSW Steel rose 2% on the news.',
    ], [
        ('CHN', '02', 'IND'), ('IND', '16', 'CHN'), ('IND', '16', 'VNM'),
    ], ''),
    ('Live blog', [
        "14:05 Slovakia's prime minister, Robert Fico, has met Vladimir Putin in Moscow, the "
        'Kremlin said, in a visit that is likely to anger Brussels.',
        '14:22 EU foreign policy chief Kaja Kallas said Fico\'s trip "plays into the Kremlin\'s '
        'hands".',
        '14:40 Ukraine\'s foreign minister Andrii Sybiha has accused Fico of "undermining '
        'European unity" and urged Bratislava to respect EU sanctions.',
        "15:02 Hungary's Viktor Orban has defended the visit, saying every country has a "
        'right to pursue its own energy policy.',
    ], [
        ('HUN', '05', 'SVK'), ('SVK', '04', 'RUS'), ('UKR', '02', 'SVK'), ('UKR', '11', 'SVK'),
    ], "EU 11 SVK ('plays into the Kremlin's hands')"),
    ('Explainer', [
        'Why is China angry with Lithuania?',
        'Beijing downgraded diplomatic relations with Vilnius in 2021 after Lithuania allowed '
        'Taiwan to open a representative office under its own name.',
        'China also blocked imports of Lithuanian goods, and the EU took the case to the WTO '
        'in 2022.',
        "Lithuania's new government has said it wants to restore normal relations with "
        'Beijing.',
        'But Chinese officials say Vilnius must first rename the office.',
    ], [
        ('CHN', '10', 'LTU'), ('CHN', '16', 'LTU'), ('LTU', '03', 'CHN'),
    ], ''),
    ('Press briefing transcript', [
        'QUESTION: Can you comment on reports that the Philippines has detained three Chinese '
        'nationals accused of spying near a naval base?',
        'MAO NING: China has lodged solemn representations with the Philippines and asked it '
        'to protect the legitimate rights and interests of the Chinese citizens.',
        'We urge the Philippine side to stop its groundless hype about the so-called Chinese '
        'espionage.',
        'QUESTION: The US State Department approved a $2 billion arms sale to Taiwan '
        "yesterday. What is China's response?",
        "MAO NING: China firmly opposes US arms sales to China's Taiwan region and has lodged "
        'stern protests with the US.',
    ], [
        ('CHN', '02', 'PHL'), ('CHN', '11', 'PHL'), ('CHN', '11', 'USA'), ('CHN', '12', 'USA'),
    ], "CHN 02 PHL ('We urge' after a speaker label)"),
    ('Opinion-page news summary (World in brief)', [
        'Kenya and Somalia agreed to reopen their shared border, closed since 2011, by the '
        'end of the year.',
        "Thailand's foreign minister said Bangkok would seek compensation from Cambodia for "
        'damage caused by shelling of border villages in July.',
        'Chile expelled two Venezuelan diplomats, accusing them of involvement in the murder '
        'of a dissident in Santiago.',
        'Algeria recalled its ambassador to Mali after the Malian army accused it of shooting '
        'down a drone.',
        "Norway's sovereign wealth fund sold its stakes in two Israeli banks.",
    ], [
        ('CHL', '11', 'VEN'), ('CHL', '16', 'VEN'), ('DZA', '16', 'MLI'), ('KEN', '03', 'SOM'),
        ('MLI', '11', 'DZA'),
    ], "THA 10 KHM ('would seek compensation from')"),
    ('Radio Dabanga', [
        'EL FASHER - The Sudanese government has accused the United Arab Emirates of '
        'supplying weapons to the Rapid Support Forces, in a complaint filed with the '
        'International Court of Justice.',
        'The UAE has dismissed the allegations as "baseless" and said it provides only '
        'humanitarian aid to Sudan.',
        'Chad, which borders Darfur, has denied allowing weapons to cross its territory.',
        'Activists in El Fasher told Radio Dabanga that RSF drones hit a displacement camp on '
        'Sunday, killing 14 people.',
    ], [
        ('ARE', '07', 'SDN'), ('ARE', '11', 'SDN'), ('SDN', '11', 'ARE'),
    ], ''),
]


@pytest.mark.parametrize(("outlet", "sentences", "expected", "missed"), ARTICLES,
                         ids=[a[0] for a in ARTICLES])
def test_the_rounds_articles_give_the_analysts_events(coder, outlet, sentences, expected,
                                                      missed):
    found = roots_either_way(coder, "\n".join(sentences))
    assert set(expected) <= found, sorted(set(expected) - found)
