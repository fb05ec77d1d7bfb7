"""Who the doer is when a person or a state's forces are named without a state (session 20,
PLOVER sources and targets). Three classes, each sentence written for this file:

- small words inside a person's name ("Pieter van den Berg", "Maria dos Santos"): the small
  model read "den", "der", "dos" as a noun or a verb, cut the name and made its last word
  the subject alone, so the title and the state before it were lost;
- a state's forces named by "government" ("government troops", "government positions")
  belong to the only country their sentence names, like "the government" itself;
- a judge, prosecutor or police chief named with the title acts on their own state's
  officials: officials of the only country a sentence names place the holder (a president's
  other party, or an ambassador, may be foreign)."""

from __future__ import annotations

import pytest

from coder_helpers import coded, roots


@pytest.mark.parametrize("text, expected", [
    ("Dutch Foreign Minister Pieter van den Berg accused Serbia of ethnic cleansing.",
     ("NLD", "11", "SRB")),
    ("German Economy Minister Klaus von der Heide criticised China over its export curbs.",
     ("DEU", "11", "CHN")),
    ("Angolan Foreign Minister Maria dos Santos met her Namibian counterpart in Luanda.",
     ("AGO", "04", "NAM")),
    ("Serbia must withdraw its troops from Kosovo, Dutch Foreign Minister Pieter van den Berg "
     "said on Tuesday.", ("NLD", "10", "SRB")),
    ("Dutch Prime Minister Jan ter Horst urged Israel to allow aid into Gaza.",
     ("NLD", "02", "ISR")),
    ("Brazilian Foreign Minister Carlos dos Reis praised China for its mediation.",
     ("BRA", "05", "CHN")),
    ("Bahrain's Emir Sheikh Isa bin Salman al-Khalifa received the U.S. envoy.",
     ("BHR", "04", "USA")),
])
def test_a_name_with_small_words_keeps_its_title_and_state(coder, text, expected):
    assert expected in roots(coder, text)


def test_the_whole_name_is_the_doer(coder):
    events = coded(coder, "Dutch Foreign Minister Pieter van den Berg accused Serbia of "
                          "ethnic cleansing.")
    assert [e.source.text for e in events] == ["Dutch Foreign Minister Pieter Van Den Berg"]
    assert events[0].source.start == 0


@pytest.mark.parametrize("text", [
    "Belgian Prime Minister Guy de la Croix condemned the attack.",  # no one attacked
    "The de facto authorities in Niamey expelled the French ambassador.",  # no name
])
def test_small_words_elsewhere_change_nothing(coder, text):
    found = roots(coder, text)
    assert not any(t == "BEL" for _, _, t in found)
    if "Niamey" in text:
        assert ("NER", "13", "FRA") in found or any(s == "NER" for s, _, _ in found)


@pytest.mark.parametrize("text, expected", [
    ("Government troops recaptured the town of Kidal from Tuareg rebels in Mali.",
     ("MLI", "19", "MLI")),
    ("Rwandan Patriotic Front rebels attacked government positions near Kigali.",
     ("RWA", "19", "RWA")),
    ("Tamil rebels attacked government troops in northern Sri Lanka.", ("LKA", "19", "LKA")),
    ("Government soldiers clashed with Islamist fighters in northern Mozambique.",
     ("MOZ", "19", "MOZ")),
    ("Government forces shelled Islamist positions near Maiduguri in Nigeria on Sunday.",
     ("NGA", "19", "NGA")),
])
def test_government_forces_are_the_state_their_sentence_names(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, abroad", [
    # two states named: the government's forces are placed by neither
    ("Government troops clashed with Rwandan-backed rebels in eastern Congo.", "RWA"),
    ("Government forces pushed the rebels back across the border into Uganda.", "UGA"),
])
def test_government_forces_beside_another_state_stay_unplaced(coder, text, abroad):
    assert not any(s == abroad for s, _, _ in roots(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("Judge Maria Santos ordered the arrest of three Brazilian senators on Monday.",
     ("BRA", "17", "BRA")),
    ("Prosecutor Kwame Mensah charged two Ghanaian ministers with embezzlement.",
     ("GHA", "17", "GHA")),
    ("Attorney General Nkosi Dlamini indicted a former South African cabinet minister for "
     "fraud.", ("ZAF", "11", "ZAF")),
    ("Police chief Arjun Thapa arrested two Nepalese lawmakers over the riots.",
     ("NPL", "17", "NPL")),
])
def test_court_officers_act_on_their_own_states_officials(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, other", [
    ("Judge Ana Ruiz met the German ambassador on Monday.", "DEU"),  # a posting abroad
    ("President Arturo Mendes sent condolences to Israeli Prime Minister Benjamin Netanyahu.",
     "ISR"),  # a president's party may be foreign
])
def test_other_holders_are_not_placed_by_officials(coder, text, other):
    assert not any(s == other for s, _, _ in roots(coder, text))


# A place named through a people's adjective on a place noun ("in the Pakistani city of
# Lahore", "in the Ugandan capital") places a crowd, a force or a gang as "in Pakistan" does.
@pytest.mark.parametrize("text, expected", [
    ("Protesters clashed with police in the Pakistani city of Lahore.", ("PAK", "19", "PAK")),
    ("Security forces arrested 20 opposition supporters in the Ugandan capital.",
     ("UGA", "17", "UGA")),
    ("Police detained dozens of demonstrators in the Iranian city of Mashhad.",
     ("IRN", "17", "IRN")),
    ("Riot police fired tear gas at students in the Kenyan port of Mombasa.",
     ("KEN", "17", "KEN")),
    ("Gunmen kidnapped two Chinese engineers in the Nigerian region of Zamfara.",
     ("NGA", "18", "CHN")),
])
def test_a_place_named_by_its_people_places_a_crowd_or_force(coder, text, expected):
    assert expected in roots(coder, text)


def test_the_people_name_the_place_an_of_phrase_names():
    # "the Egyptian town of Rafah" is Egypt's Rafah, not the one in Gaza
    from entente.actors import ActorResolver
    found = ActorResolver().find("Militants attacked a checkpoint near the Egyptian town of "
                                 "Rafah.")
    assert [(m.text, m.kind, m.country) for m in found if m.text == "Rafah"] == \
        [("Rafah", "location", "EGY")]


@pytest.mark.parametrize("text", [
    "Police detained two journalists who appeared in the Russian state media.",  # no place
    "The Egyptian foreign minister met his Israeli counterpart in Cairo.",  # no "in" before
])
def test_a_people_name_on_other_nouns_is_no_place(coder, text):
    found = roots(coder, text)
    assert not any(s == "RUS" for s, _, _ in found)
    if "Cairo" in text:
        assert ("EGY", "04", "ISR") in found
