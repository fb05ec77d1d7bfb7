"""Who is meant (session 20, round 7 of the left-over classes, part B): the person a
pronoun stands for, the owner a possessive names after a sentence that told no act, headline
verbs read as nouns, and "hit" as a measure, a criticism or force. Every sentence is written
for this file."""

from __future__ import annotations

import pytest

from coder_helpers import coded, roots


def _pairs(coder, text: str) -> set[tuple[str, str, str]]:
    """(source, code, target) countries of every dyadic event of the last sentence."""
    events = coded(coder, text)
    last = max((e.sentence_index for e in events), default=0)
    return {(e.source.country, e.cameo_code[:2], e.target.country) for e in events
            if e.sentence_index == last and e.source.country and e.target.country}


# --- a person's subject pronoun continues the subject before it --------------------------

@pytest.mark.parametrize("text, expected", [
    ("Putin met Orban in Moscow on Friday. He accused Ukraine of prolonging the war.",
     ("RUS", "11", "UKR")),
    ("Orban travelled to Moscow on Friday to meet Putin. He urged Kyiv to accept a ceasefire.",
     ("HUN", "02", "UKR")),
    ("German Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk in Warsaw. He "
     "thanked him for Poland's support.", ("DEU", "05", "POL")),
    ("U.S. Secretary of State Antony Blinken sat down with Chinese Foreign Minister Wang Yi in "
     "Beijing on Friday. He warned him against supplying Russia with drones.",
     ("USA", "13", "CHN")),
    ("Israeli Prime Minister Benjamin Netanyahu spoke with U.S. President Joe Biden on "
     "Sunday. He asked him for more weapons.", ("ISR", "02", "USA")),
    ("Macron phoned Xi on Tuesday; he urged him to press Moscow to end the war.",
     ("FRA", "02", "CHN")),
    ("Putin hosted Orban in the Kremlin on Friday, and he praised him for his stance.",
     ("RUS", "05", "HUN")),
])
def test_a_subject_pronoun_continues_the_subject(coder, text, expected):
    found = _pairs(coder, text)
    assert expected in found
    source, root, target = expected
    assert (target, root, source) not in found


@pytest.mark.parametrize("text, expected, unlike", [
    # an object pronoun is still the last person named, also after a host's visit
    ("Biden hosted Modi at the White House on Thursday. Pakistan criticised him for the visit.",
     ("PAK", "11", "IND"), ("PAK", "11", "USA")),
    ("Lula received Maduro in Brasilia. Argentina's Milei condemned him.",
     ("ARG", "11", "VEN"), ("ARG", "11", "BRA")),
])
def test_an_object_pronoun_is_the_last_person_named(coder, text, expected, unlike):
    found = _pairs(coder, text)
    assert expected in found
    assert unlike not in found


@pytest.mark.parametrize("text, expected", [
    ("Xi hosted Lula in Beijing. He praised the Brazilian leader for his stance on Ukraine.",
     ("CHN", "05", "BRA")),
])
def test_a_continued_subject_yields_to_the_object_named(coder, text, expected):
    assert expected in _pairs(coder, text)


# --- a possessive after a sentence that told no act ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Ukrainian troops held the line near Pokrovsk. Russia shelled their positions overnight.",
     ("RUS", "19", "UKR")),
    ("Ukrainian soldiers are dug in around Chasiv Yar. Russian forces shelled their trenches "
     "on Tuesday.", ("RUS", "19", "UKR")),
    ("Israeli soldiers entered the town on Monday. Hezbollah fired rockets at their base.",
     ("LBN", "19", "ISR")),
    ("Indian troops patrol the Galwan valley. Chinese soldiers attacked their post at dawn.",
     ("CHN", "19", "IND")),
])
def test_a_possessive_owner_named_in_a_sentence_with_no_act(coder, text, expected):
    assert expected in _pairs(coder, text)


@pytest.mark.parametrize("text", [
    "The weather was cold near Pokrovsk. Russia shelled their positions overnight.",
])
def test_a_possessive_with_no_owner_named_gives_nothing(coder, text):
    assert not any(t == "RUS" or s == t for s, _, t in roots(coder, text))


# --- headline verbs after a plural noun -------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Russian Missiles Pound Kyiv", ("RUS", "19", "UKR")),
    ("Russian Drones Pound Odesa", ("RUS", "19", "UKR")),
    ("Russian Shells Pound Kherson", ("RUS", "19", "UKR")),
    ("Russian missiles pound Kyiv overnight", ("RUS", "19", "UKR")),
])
def test_a_headline_verb_after_a_plural_subject(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "Russian Missile Pound Sterling Rally",
    "Oil Prices Pound Markets",
    "Western Sanctions Hit Russian Economy",
])
def test_headline_nouns_that_are_no_attack(coder, text):
    assert not any(c == "19" for _, c, _ in roots(coder, text))


# --- "hit" with a measure, over a grievance, or with arms ---------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Britain hit Russian oligarchs with asset freezes.", ("GBR", "163", "RUS")),
    ("The EU hit Belarus with new export controls on Thursday.", ("EU", "163", "BLR")),
    ("Washington hit Havana with a freeze on remittances.", ("USA", "163", "CUB")),
    ("Trump hit China over its trade practices in a speech on Monday.", ("USA", "111", "CHN")),
    ("Biden hit Beijing over its treatment of Uyghurs.", ("USA", "111", "CHN")),
    ("The Kremlin hit Brussels over its new sanctions package.", ("RUS", "111", "EU")),
])
def test_hit_as_a_measure_or_a_criticism(coder, text, expected):
    found = {(e.source.country, e.cameo_code, e.target.country) for e in coded(coder, text)}
    assert expected in found
    assert not any(c.startswith("19") for _, c, _ in found)


def test_hitting_back_over_a_deed_stays_criticism(coder):
    text = "Canada hit back at India over the killing of a Sikh leader."
    assert ("CAN", "11", "IND") in roots(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Israeli jets hit Gaza over the weekend, killing dozens.", ("ISR", "19", "PSE")),
    ("Ukrainian forces hit Russian positions over the past week.", ("UKR", "19", "RUS")),
    ("Russian missiles hit Kyiv overnight.", ("RUS", "19", "UKR")),
])
def test_hit_with_arms_stays_force(coder, text, expected):
    assert expected in roots(coder, text)


# --- a title-case dateline with its state is no actor -------------------------------------

@pytest.mark.parametrize("text, expected, dateline", [
    ("Kyiv, Ukraine — Russian drones struck power stations in western Poland's border region "
     "overnight.", ("RUS", "19", "POL"), "UKR"),
    ("Beirut, Lebanon — Israeli jets struck Hezbollah positions in Syria on Sunday.",
     ("ISR", "19", "LBN"), None),
    ("Seoul, South Korea — North Korea fired a ballistic missile toward Japan on Thursday.",
     ("PRK", "19", "JPN"), "KOR"),
    ("Islamabad, Pakistan — Afghan forces attacked Pakistani border posts overnight.",
     ("AFG", "19", "PAK"), None),
    ("Kyiv, Ukraine — Zelensky met Polish President Andrzej Duda on Monday.",
     ("UKR", "04", "POL"), None),
])
def test_a_title_case_dateline_is_no_actor(coder, text, expected, dateline):
    events = coded(coder, text)
    assert expected in {(e.source.country, e.cameo_code[:2], e.target.country) for e in events}
    assert not any(e.source.text.startswith(("Kyiv", "Beirut", "Seoul", "Islamabad", "Ukraine",
                                             "Pakistan", "Lebanon", "South Korea"))
                   for e in events)
    assert dateline is None or not any(e.source.country == dateline for e in events)


def test_a_name_pair_before_a_dash_is_no_dateline(coder):
    text = "Kenya, Uganda — the two countries signed a trade deal."
    assert ("KEN", "05", "UGA") in roots(coder, text)


# --- warships sent or deployed around a state ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("China sent warships around Taiwan on Monday in a show of force.", ("CHN", "15", "TWN")),
    ("China's navy sends warships around Taiwan in new drills", ("CHN", "15", "TWN")),
    ("Turkey deployed warships off the Greek island of Kastellorizo.", ("TUR", "15", "GRC")),
    ("China deployed warships off the coast of the Philippines.", ("CHN", "15", "PHL")),
])
def test_warships_sent_around_a_state_are_a_show_of_force(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    "The navy sent ships around the world on a goodwill tour.",
    "Britain sent a frigate around the Cape of Good Hope.",
])
def test_ships_sent_around_no_state_give_nothing(coder, text):
    assert not roots(coder, text)


# --- a summons with no agent: the reporting or datelined state, never the envoy's ------------

@pytest.mark.parametrize("text, expected", [
    ("Poland's foreign ministry said the Russian charge d'affaires was summoned over the "
     "missile.", ("POL", "114", "RUS")),
    ("WARSAW (Reuters) - The Russian charge d'affaires was summoned over the missile.",
     ("POL", "114", "RUS")),
    ("Lithuania's foreign minister said Moscow's envoy had been summoned to explain the airspace "
     "violation.", ("LTU", "114", "RUS")),
    ("PRAGUE (AP) - China's ambassador was summoned on Tuesday over the cyberattack.",
     ("CZE", "114", "CHN")),
])
def test_a_summons_by_the_reporting_or_datelined_state(coder, text, expected):
    found = {(e.source.country, e.cameo_code, e.target.country) for e in coded(coder, text)}
    assert expected in found


@pytest.mark.parametrize("text", [
    "The Chinese ambassador was summoned on Tuesday over the cyberattack.",
    "MOSCOW (Reuters) - Russia's ambassador was summoned on Monday over the drones.",
    "Beijing said the Chinese ambassador had been summoned over the balloon.",
])
def test_a_summons_with_no_host_named_gives_nothing(coder, text):
    assert not any(c == "11" for _, c, _ in roots(coder, text))


# --- two titles of one person are one actor ------------------------------------------------

@pytest.mark.parametrize("text, role, name", [
    ("Israel's defence minister and former army chief Benny Gantz met Egyptian officials in "
     "Cairo.", "source", "Gantz"),
    ("Iran's deputy foreign minister and chief nuclear negotiator Ali Bagheri Kani held talks "
     "with EU envoy Enrique Mora.", "source", "Kani"),
    ("Putin received Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar in Moscow.",
     "target", "Dar"),
    ("Lavrov met Syria's foreign minister and deputy prime minister Walid Muallem in Sochi.",
     "target", "Muallem"),
])
def test_two_titles_of_one_person_are_one_actor(coder, text, role, name):
    events = [e for e in coded(coder, text) if not e.rule.endswith("mirrored")]
    actors = {getattr(e, role).text for e in events}
    assert len(actors) == 1
    assert next(iter(actors)).endswith(name)


def test_a_second_title_placed_in_another_state_is_another_person(coder):
    text = "Egypt's president and Jordanian King Abdullah met in Cairo."
    assert ("EGY", "04", "JOR") in roots(coder, text)


# --- a sum frozen "in" a state's assets: the assets' state, never the sum ------------------

@pytest.mark.parametrize("text, expected", [
    ("The US froze $7bn in Afghan central bank reserves.", ("USA", "163", "AFG")),
    ("Kuwait froze $2bn in Iraqi deposits after the invasion.", ("KWT", "163", "IRQ")),
    ("The EU has frozen €210bn in Russian central bank reserves.", ("EU", "163", "RUS")),
    ("Japan froze ¥30bn in North Korean holdings.", ("JPN", "163", "PRK")),
])
def test_a_sum_frozen_in_a_states_reserves(coder, text, expected):
    events = coded(coder, text)
    assert expected in {(e.source.country, e.cameo_code, e.target.country) for e in events}
    assert not any(e.target.text.startswith(("$", "€", "¥")) for e in events)
