"""Placing actors the gazetteer leaves without a country by what the text gives them:

- a body that never acts abroad ("the government", "authorities", "the courts") takes the
  only country its sentence names as a place or through its own people, and stays unplaced
  when the sentence names two countries, or the one only as a state or official;
- a definite body or office ("the ministry", "the delegation") is the one the story told of
  before, when that earlier actor is of one country only;
- a hyphenated title ("the Vice-president of the European Commission <name>") is one actor
  with the country or organisation its "of" names;
- bare "Guinea" is Guinea-Conakry (the other three Guineas have longer names).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from entente.record import Document


def _pairs(coder, text: str) -> list[tuple[str | None, str | None, str]]:
    doc = Document(text=text, doc_id="place", pub_date=date(2025, 4, 2))
    return [(e.source.country, e.target.country, e.cameo_code[:2])
            for e in coder.code_document(doc)]


def _located(resolver, sentence: str, body: str):
    start = sentence.index(body)
    mention = resolver.resolve_phrase(body)
    return resolver.locate(mention, sentence, (start, start + len(body)))


# -- bodies that never act abroad ----------------------------------------------------------

@pytest.mark.parametrize(("sentence", "body", "country"), [
    # the country named as a place of the sentence
    ("The government extended the curfew across Ecuador for another thirty days.",
     "The government", "ECU"),
    ("Authorities shut down two newspapers in Lahore after the protests.", "Authorities",
     "PAK"),
    ("The courts ordered the release of nine activists detained near Herat.", "The courts",
     "AFG"),
    # the country named through its own people
    ("Venezuelan protesters accused the government of rigging the count.",
     "the government", "VEN"),
    ("Nigerian farmers clashed with local authorities over grazing rights.",
     "local authorities", "NGA"),
])
def test_a_domestic_body_takes_the_only_country_of_its_sentence(resolver, sentence, body,
                                                                  country):
    located = _located(resolver, sentence, body)
    assert (located.kind, located.country) == ("state", country)


@pytest.mark.parametrize(("sentence", "body"), [
    # the only country is the body's other party, named as a state or official
    ("The government accused Rwanda of sheltering the rebel commanders.", "The government"),
    ("The cabinet received the Kenyan envoy on Thursday.", "The cabinet"),
    # two countries: which one's government is not said
    ("The government condemned the shelling of Lebanese villages by Syrian gunners.",
     "The government"),
    ("Authorities deported three Somali nationals through Nairobi airport.", "Authorities"),
    # officials, ministries and troops act abroad: a place says nothing about them
    ("The ministry said the talks in Geneva had stalled.", "The ministry"),
    ("Officials met in Doha to discuss the prisoner exchange.", "Officials"),
    # no country at all
    ("The government announced new fuel subsidies on Monday.", "The government"),
])
def test_a_domestic_body_stays_unplaced_without_one_sole_country(resolver, sentence, body):
    located = _located(resolver, sentence, body)
    assert (located.kind, located.country) == ("unresolved", None)


def test_the_coder_places_authorities_by_the_people_they_clash_with(coder):
    text = "Bolivian miners clashed with authorities near the border on Sunday."
    assert _pairs(coder, text) == [("BOL", "BOL", "19")]


def test_an_event_with_a_foreign_state_keeps_the_government_unplaced(every_event_coder):
    text = "The government accused Rwanda of sheltering the rebel commanders."
    assert _pairs(every_event_coder, text) == [(None, "RWA", "11")]


# -- the story's own bodies ----------------------------------------------------------------

def test_a_definite_body_is_the_one_the_story_told_of(coder):
    text = ("Ghana's foreign ministry summoned the Ivorian ambassador on Monday. "
            "The ministry later accused Ivory Coast of detaining Ghanaian traders.")
    pairs = _pairs(coder, text)
    assert ("GHA", "CIV", "11") in pairs
    assert all(s is not None for s, _, _ in pairs)


def test_a_definite_delegation_keeps_its_country_in_the_next_sentence(coder):
    text = ("A Malaysian delegation arrived in Jakarta on Tuesday. "
            "The delegation signed a fisheries accord with Indonesia.")
    assert ("MYS", "IDN", "05") in _pairs(coder, text)


@pytest.mark.parametrize("text", [
    # two countries' officials before: which officials is not said
    "Thai officials met Cambodian officials in Bangkok. The officials then criticised Laos.",
    # another office than the one told of before
    "Peru's interior ministry praised Chilean police. The foreign ministry later "
    "criticised Bolivia.",
    # nothing told before, and an indefinite phrase is a new body
    "Officials criticised Bolivia over the border closure.",
])
def test_a_body_the_story_does_not_settle_stays_unplaced(every_event_coder, text):
    pairs = _pairs(every_event_coder, text)
    assert pairs and pairs[-1][0] is None


# -- hyphenated titles -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Vice-president of the European Commission Margrethe Vestager met Japanese "
     "officials in Tokyo.", "EU", "JPN"),
    ("The Director-General of the IAEA Rafael Grossi warned Iran over the inspections.",
     "IAEA", "IRN"),
    ("Argentina's vice-president criticised Uruguay over the river dispute.", "ARG", "URY"),
])
def test_a_hyphenated_title_is_one_actor(coder, text, source, target):
    pairs = _pairs(coder, text)
    assert pairs and all((s, t) == (source, target) for s, t, _ in pairs)


def test_a_hyphenated_title_is_one_word_for_the_parser(coder):
    parsed = coder.nlp("The Secretary-General of the Arab League met the Vice-President.")
    assert [t.text for t in parsed][1] == "Secretary-General"
    assert "Vice-President" in [t.text for t in parsed]


# -- Guinea ------------------------------------------------------------------------------------

def test_bare_guinea_is_guinea_conakry_and_the_longer_names_win(resolver):
    found = {m.text: m.country for m in resolver.find(
        "Guinea and Guinea-Bissau signed a border pact witnessed by Equatorial Guinea.")}
    assert found == {"Guinea": "GIN", "Guinea-Bissau": "GNB", "Equatorial Guinea": "GNQ"}


def test_a_cue_still_moves_bare_guinea(resolver):
    found = resolver.find("Guinea recalled its envoy, officials in Bissau said.")
    assert [m.country for m in found if m.text == "Guinea"] == ["GNB"]


# -- nothing to code ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Authorities in Lahore said the motorway had reopened after the floods.",
    "The government of Ecuador raised fuel prices on Monday.",
    "The ministry said the new visa rules would take effect in June.",
])
def test_sentences_with_one_actor_give_nothing(coder, text):
    assert _pairs(coder, text) == []


# -- a body placed by who leads it or who reports it -----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("A delegation headed by Mongolia's deputy prime minister visited Kazakhstan.",
     ("MNG", "KAZ", "04")),
    ("Forces commanded by a Sudanese general attacked Chadian border posts.",
     ("SDN", "TCD", "19")),
])
def test_a_body_led_by_a_placed_official_is_of_that_state(coder, text, expected):
    assert expected in _pairs(coder, text)


def test_a_government_body_reported_by_its_own_state_is_that_state(coder):
    text = "The ministry summoned the Thai ambassador, the Cambodian government said."
    assert _pairs(coder, text) == [("KHM", "THA", "11")]


@pytest.mark.parametrize("text", [
    # an organisation reporting it owns no ministry
    "The ministry must respect the court ruling, the United Nations said.",
    # the reported clause's subject is no government body
    "Gunmen kidnapped an engineer from Pakistan, Afghan officials said.",
])
def test_a_reporter_that_is_no_state_places_nothing(coder, text):
    assert all(None in (s, t) or s != t for s, t, _ in _pairs(coder, text))
    assert not any(s in ("AFG",) and t == "PAK" for s, t, _ in _pairs(coder, text))


# -- office holders and places the gazetteer knows -------------------------------------------

@pytest.mark.parametrize(("text", "when", "country"), [
    ("Commerce Minister Piyush Goyal said tariffs on steel would stay.", "2024-02-10", "IND"),
    ("Finance Minister Anton Siluanov spoke to reporters.", "2023-06-01", "RUS"),
    ("Interior Minister Nancy Faeser visited the border.", "2023-09-14", "DEU"),
    ("Vice President Hamilton Mourao received the delegation.", "2021-03-02", "BRA"),
])
def test_ministers_of_money_trade_and_the_interior_are_known(resolver, text, when, country):
    mention = resolver.find(text, date=when)[0]
    assert (mention.kind, mention.country) == ("person", country)


@pytest.mark.parametrize(("text", "body", "country"), [
    ("Police in Mombasa detained a Tanzanian lorry driver.", "Police in Mombasa", "KEN"),
    ("Protesters rallied in Kazan against the mobilisation.", "Protesters", "RUS"),
    ("Gunmen ambushed a convoy in Cabo Delgado.", "Gunmen", "MOZ"),
])
def test_provinces_and_cities_place_the_bodies_in_them(resolver, text, body, country):
    start = text.index(body)
    mention = resolver.resolve_phrase(body)
    located = resolver.locate(mention, text, (start, start + len(body)))
    assert located.country == country


# -- names and institutions -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "when", "name", "country"), [
    # two listed people of one state share the surname: which one is not said, the state is
    ("Shinawatra told reporters the border would reopen.", "2019-03-01", "Shinawatra",
     "THA"),
    ("Berdimuhamedow received the Turkish envoy.", "2024-05-01", "Berdimuhamedow", "TKM"),
])
def test_a_surname_shared_within_one_state_places_the_person(resolver, text, when, name,
                                                             country):
    mention = next(m for m in resolver.find(text, date=when) if m.text == name)
    assert (mention.kind, mention.country) == ("person", country)


def test_a_surname_shared_across_states_stays_unplaced(resolver):
    # a listed American and a listed Israeli minister share it: "Cohen" alone is neither
    found = resolver.find("Cohen met the Egyptian envoy on Sunday.", date="2023-05-01")
    assert [m.country for m in found if m.text == "Cohen"] in ([], [None])


@pytest.mark.parametrize(("phrase", "country", "sector"), [
    ("the Storting", "NOR", "LEG"),
    ("the Folketing", "DNK", "LEG"),
    ("Kyodo News", "JPN", "MED"),
    ("the Federal Reserve", "USA", "GOV"),
])
def test_parliaments_banks_and_media_by_name(resolver, phrase, country, sector):
    mention = resolver.resolve_phrase(phrase)
    assert (mention.country, mention.sector) == (country, sector)


def test_a_high_court_takes_the_country_of_the_people_before_it(resolver):
    sentence = "Kurdish activists appealed to the Supreme Court against the ban in Diyarbakir."
    located = _located(resolver, sentence, "the Supreme Court")
    assert located.country == "TUR"


# -- people known by name from earlier in the document ----------------------------------------

@pytest.mark.parametrize("text", [
    # the name in apposition to a placed title
    "Bolivia's trade minister, Marta Quispe, met Chilean officials in La Paz. "
    "Quispe later criticised Peru.",
    # the title in apposition to the name
    "Marta Quispe, Bolivia's trade minister, met Chilean officials. Quispe later criticised "
    "Peru.",
    # a form of address before the surname
    "Bolivian Trade Minister Marta Quispe met Chilean officials. Later, Ms Quispe criticised "
    "Peru.",
])
def test_a_person_named_again_keeps_the_country_the_story_gave(coder, text):
    assert ("BOL", "PER", "11") in _pairs(coder, text)


def test_a_person_the_story_never_placed_stays_unplaced(every_event_coder):
    text = ("Minister Tomas Ruiz-Vega met Chilean officials on Monday. "
            "Ruiz-Vega later criticised Peru.")
    assert (None, "PER", "11") in _pairs(every_event_coder, text)


def test_a_listed_surname_used_for_someone_else_in_the_story_is_not_the_listed_person(
        every_event_coder):
    # Daniel Ortega is listed; the story's Ortega is another man, whom it never places
    text = "Chilean officials met Mauricio Ortega in La Paz. Ortega later criticised Peru."
    assert (None, "PER", "11") in _pairs(every_event_coder, text)
    assert not any(s == "NIC" for s, _, _ in _pairs(every_event_coder, text))


def test_a_listed_surname_still_names_the_listed_person(coder):
    text = ("Nicaraguan President Daniel Ortega met Cuban officials. "
            "Ortega later criticised the United States.")
    assert ("NIC", "USA", "11") in _pairs(coder, text)
