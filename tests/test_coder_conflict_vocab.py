"""Conflict as wire copy tells it, by classes of words rather than single sentences: verbs of
force and their synonyms (shell, pound, pummel, strafe, storm, overrun, ambush, down), force
suffered ("came under Russian shelling", "were killed in an Israeli strike"), coercion and
sanctions (seize a tanker, detain foreigners, expel diplomats, cut off gas, blacklist firms),
and verbal conflict (round on, tear into, lash, hit or fire back at, warn of consequences,
threaten retaliation, summon the envoy). Headlines in Title Case say the same with a verb the
tagger may take for a name or a noun. Metaphors, markets, weather and sport give nothing."""

from __future__ import annotations

import pytest

from coder_helpers import roots


@pytest.mark.parametrize("text, expected", [
    # verbs of force and their synonyms
    ("Russian warplanes pummelled Ukrainian positions near Bakhmut on Sunday.",
     ("RUS", "19", "UKR")),
    ("Israeli jets strafed a village in southern Lebanon, the Lebanese army said.",
     ("ISR", "19", "LBN")),
    ("Israeli artillery hammered villages in south Lebanon for a second day.",
     ("ISR", "19", "LBN")),
    ("Azerbaijani troops ambushed an Armenian patrol along the border.", ("AZE", "19", "ARM")),
    ("Iran downed a U.S. surveillance drone over the Strait of Hormuz.", ("IRN", "19", "USA")),
    ("Russian troops overran a Ukrainian village east of Kupiansk.", ("RUS", "19", "UKR")),
    ("Ukrainian sea drones sank a Russian landing ship off Crimea.", ("UKR", "19", "RUS")),
    ("Israeli forces opened fire on Syrian soldiers near the ceasefire line.",
     ("ISR", "19", "SYR")),
    ("Syrian troops fired back at Turkish soldiers across the border.", ("SYR", "19", "TUR")),
    # passives, force suffered, nominal events
    ("Kyiv was struck by Russian missiles early on Monday, the mayor said.", ("RUS", "19", "UKR")),
    ("Hezbollah positions in south Lebanon were hit by Israeli airstrikes overnight.",
     ("ISR", "19", "LBN")),
    ("Ukraine's power grid came under a massive Russian missile attack.", ("RUS", "19", "UKR")),
    ("Kharkiv came under Russian bombardment again on Friday.", ("RUS", "19", "UKR")),
    ("Syrian army posts came under Turkish drone attack.", ("TUR", "19", "SYR")),
    ("The Lebanese town of Khiam came under Israeli fire on Sunday.", ("ISR", "19", "LBN")),
    ("Two civilians were killed by Russian shelling in the Kherson region on Friday.",
     ("RUS", "19", "UKR")),
    ("A Russian drone attack against the port of Odesa damaged grain silos.", ("RUS", "19", "UKR")),
    ("Turkey launched an incursion into northern Iraq against Kurdish militants.",
     ("TUR", "19", "IRQ")),
    ("Russian forces pressed their assault on the eastern town of Avdiivka.", ("RUS", "19", "UKR")),
    # coercion, expulsions, sanctions as pressure
    ("Iranian commandos seized a British-flagged tanker in the Gulf.", ("IRN", "17", "GBR")),
    ("China detained two Canadian citizens on spying charges.", ("CHN", "17", "CAN")),
    ("Two French tourists were arrested by Iranian authorities in Tehran.", ("IRN", "17", "FRA")),
    ("Russia expelled four German diplomats in a tit-for-tat move.", ("RUS", "16", "DEU")),
    ("Russia cut off gas supplies to Ukraine on New Year's Day.", ("RUS", "16", "UKR")),
    ("Israel imposed a total blockade on the Gaza Strip.", ("ISR", "19", "PSE")),
    ("Washington slapped fresh tariffs on Chinese steel.", ("USA", "16", "CHN")),
    ("Britain froze the assets of Russian oligarchs close to the Kremlin.", ("GBR", "16", "RUS")),
    ("Mali expelled the French ambassador and gave him 72 hours to leave.", ("MLI", "16", "FRA")),
    # a border named by its place is closed with the party named after it
    ("Pakistan's closure of the Torkham border with Afghanistan stranded thousands of trucks.",
     ("PAK", "17", "AFG")),
    ("North Korea fired artillery at South Korean border islands.", ("PRK", "19", "KOR")),
])
def test_material_conflict_by_synonym_and_construction(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Macron rounded on Italy over its handling of migrant ships.", ("FRA", "11", "ITA")),
    ("Biden tore into Putin in a speech in Warsaw.", ("USA", "11", "RUS")),
    ("Trump ripped into China over trade.", ("USA", "11", "CHN")),
    ("Sunak lashed Russia over the detention.", ("GBR", "11", "RUS")),
    ("Erdogan savaged Israel in a speech to parliament.", ("TUR", "11", "ISR")),
    ("The White House lashed out at Beijing over its treatment of Uyghurs.", ("USA", "11", "CHN")),
    ("China hit back at Washington over the spy balloon.", ("CHN", "11", "USA")),
    ("Beijing fired back at Washington, calling the claims smears.", ("CHN", "11", "USA")),
    ("Ukraine's foreign ministry called Russia's referendum a sham.", ("UKR", "11", "RUS")),
    ("Moscow blasted London for expelling its diplomats.", ("RUS", "11", "GBR")),
    ("Poland summoned the Russian ambassador over the missile that landed on its territory.",
     ("POL", "11", "RUS")),
    ("China warned Taiwan of consequences if it pursued independence.", ("CHN", "13", "TWN")),
    ("Iran threatened retaliation against Israel for the killing of its general.",
     ("IRN", "13", "ISR")),
    ("North Korea threatened to annihilate South Korea if provoked.", ("PRK", "13", "KOR")),
    ("Tehran rebuffed Washington's offer of direct talks.", ("IRN", "12", "USA")),
])
def test_verbal_conflict_by_synonym_and_phrasal_verb(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, expected", [
    # a demonym, a plural noun and a verb in capitals are no person's name
    ("Russian Missiles Slam Into Kyiv Apartment Block", ("RUS", "19", "UKR")),
    ("Russian Jets Bomb Syrian Rebel Town", ("RUS", "19", "SYR")),
    ("Chinese Diplomats Blast Japan Over Water Release", ("CHN", "11", "JPN")),
    ("Russian Court Jails American Journalist", ("RUS", "17", "USA")),
    ("Iranian Navy Seizes US-Bound Oil Tanker", ("IRN", "17", "USA")),
    # a verb after a plural subject that the tagger reads as a noun
    ("Israeli Jets Pound Southern Lebanon", ("ISR", "19", "LBN")),
    ("Israeli Forces Raid Jenin Refugee Camp", ("ISR", "19", "PSE")),
    ("Pakistani Jets Pound Taliban Hideouts In Afghanistan", ("PAK", "19", "AFG")),
])
def test_title_case_headlines_of_conflict(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, only", [
    # firing or hitting back in words is no use of force
    ("China hit back at Washington over the spy balloon.", {("CHN", "11", "USA")}),
    ("Beijing fired back at Washington, calling the claims smears.", {("CHN", "11", "USA")}),
    # a gerund of what is blamed is its content, not an act of its own
    ("Moscow blasted London for expelling its diplomats.", {("RUS", "11", "GBR")}),
    # hours given to leave are no aid
    ("Mali expelled the French ambassador and gave him 72 hours to leave.",
     {("MLI", "16", "FRA")}),
])
def test_words_answered_with_words_carry_no_material_act(coder, text, only):
    assert roots(coder, text) == only


@pytest.mark.parametrize("text", [
    # markets, weather, metaphors
    "Oil prices hit a record high on Tuesday.",
    "The storm battered the coast of Florida overnight.",
    "Heavy rain lashed the Indian capital for a third day.",
    "The typhoon pounded the Philippines with heavy rain.",
    "Inflation pounded household budgets across Britain this winter.",
    "The dollar pounded the euro as investors fled to safety.",
    "The minister slammed the door on a second referendum.",
    "Ukraine's economy was battered by the war, the IMF said.",
    # sport: a score or a match named, whatever the verb
    "Brazil crushed Argentina 3-0 in the World Cup qualifier.",
    "Brazil pounded Argentina 3-0 on Tuesday night.",
    "Spain hit Georgia 4–1 in Cologne on Sunday.",
    "Brazil hammered Argentina in the World Cup qualifier.",
    "The French side overran Italy in the Six Nations match in Rome.",
    "Germany beat Scotland 5-1 in the opening game of Euro 2024.",
])
def test_metaphors_markets_weather_and_sport_give_nothing(coder, text):
    assert not roots(coder, text)
