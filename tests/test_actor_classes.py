"""Who the actors are, by class of construction: offices and seats standing for their state,
demonyms, bodies named without a country word, words of relation, crowds at a foreign
embassy, ethnic groups placed by their sentence, spans that end at their actor, and names
that look like a country but are no actor (a person, a street, a club).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from entente.record import Document


def _located(resolver, sentence: str, body: str):
    start = sentence.index(body)
    mention = resolver.resolve_phrase(body)
    return resolver.locate(mention, sentence, (start, start + len(body)))


def _pairs(coder, text: str, doc_id: str) -> list[tuple[str | None, str | None]]:
    events = coder.code_document(Document(text=text, doc_id=doc_id,
                                          pub_date=date(2024, 5, 2)))
    return [(e.source.country, e.target.country if e.target else None) for e in events]


# -- offices, seats and landmarks that stand for their state ---------------------------

@pytest.mark.parametrize(("phrase", "country", "sector"), [
    ("the Kremlin spokesman", "RUS", "GOV"),
    ("Beijing's envoy", "CHN", "GOV"),
    ("the Pentagon chief", "USA", "MIL"),
    ("Tokyo's top diplomat", "JPN", "GOV"),
    ("Foggy Bottom", "USA", None),
    ("the Kantei", "JPN", None),
    ("Raisina Hill", "IND", None),
    ("Rideau Hall", "CAN", None),
    ("the Elysee", "FRA", None),
    ("the Blue House", "KOR", None),
])
def test_offices_seats_and_landmarks_stand_for_their_state(resolver, phrase, country, sector):
    _assert_placed(resolver, phrase, country, sector)


def _assert_placed(resolver, phrase: str, country: str, sector: str | None) -> None:
    mention = resolver.resolve_phrase(phrase)
    assert (mention.country, mention.sector) == (country, sector), mention.reason


def test_a_seat_of_government_acts_for_its_state_in_a_sentence(coder):
    pairs = _pairs(coder, "Foggy Bottom criticised Caracas over the detention of two "
                          "opposition mayors.", "seat1")
    assert pairs == [("USA", "VEN")]


# -- demonyms and adjectival forms ------------------------------------------------------

@pytest.mark.parametrize(("phrase", "country"), [
    ("the Hellenic coast guard", "GRC"),
    ("the Scottish government", "GBR"),
    ("Welsh ministers", "GBR"),
    ("Nepalis", "NPL"),
    ("Vanuatuan fishermen", "VUT"),
])
def test_less_common_demonyms_place_their_phrase(resolver, phrase, country):
    assert resolver.resolve_phrase(phrase).country == country


# -- armed services, agencies and chambers named without a country word -----------------

@pytest.mark.parametrize(("phrase", "country", "sector"), [
    ("the Royal Navy", "GBR", "MIL"),
    ("the RAF", "GBR", "MIL"),
    ("the BND", "DEU", "SPY"),
    ("GCHQ", "GBR", "SPY"),
    ("the Dail", "IRL", "LEG"),
    ("the Wolesi Jirga", "AFG", "LEG"),
    ("the Self-Defense Forces", "JPN", "MIL"),
    ("the Bundesbank", "DEU", "GOV"),
    ("Rosgvardia", "RUS", "COP"),
])
def test_named_bodies_carry_their_state(resolver, phrase, country, sector):
    _assert_placed(resolver, phrase, country, sector)


@pytest.mark.parametrize(("phrase", "code"), [
    ("Egypt's navy", "EGYMIL"),
    ("Kyiv's forces", "UKRMIL"),
    ("Seoul's unification ministry", "KORGOV"),
    ("a Chinese frigate", "CHNMIL"),
    ("Iranian gunboats", "IRNMIL"),
])
def test_forces_ministries_and_ships_take_their_owner(resolver, phrase, code):
    assert resolver.resolve_phrase(phrase).code == code


# -- words of relation name another party -----------------------------------------------

@pytest.mark.parametrize("phrase", [
    "Riyadh's ally", "allies of Iran", "the Kremlin's critics", "Obama's successor",
    "Erdogan's counterpart", "Tehran's proxies",
])
def test_a_relation_of_an_actor_is_not_that_actor(resolver, phrase):
    mention = resolver.resolve_phrase(phrase)
    assert mention.country is None
    assert "another party" in mention.reason


@pytest.mark.parametrize(("phrase", "country"), [
    ("Russia's ally Belarus", "BLR"),             # the named ally
    ("Lavrov's Turkish counterpart", "TUR"),      # the counterpart's own demonym
    ("his Pakistani counterpart", "PAK"),         # no owner named: the demonym
])
def test_what_follows_the_relation_still_places_it(resolver, phrase, country):
    assert resolver.resolve_phrase(phrase).country == country


def test_the_coder_gives_the_counterpart_its_own_state(coder):
    pairs = _pairs(coder, "Lavrov's Turkish counterpart criticised the Kremlin's decision "
                          "on grain exports.", "rel1")
    assert pairs == [("TUR", "RUS")]


# -- crowds at a foreign embassy are placed by the city, the embassy is the target -------

@pytest.mark.parametrize(("sentence", "body", "country"), [
    ("Hundreds of protesters rallied outside the Danish embassy in Islamabad on Friday.",
     "protesters", "PAK"),
    ("Students chanted slogans in front of the Turkish consulate in Athens.",
     "Students", "GRC"),
    ("Teachers staged a sit-in at a school in Malawi's capital on Sunday.", "Teachers", "MWI"),
])
def test_a_crowd_takes_the_place_inside_a_grown_phrase(resolver, sentence, body, country):
    assert _located(resolver, sentence, body).country == country


def test_the_coder_codes_a_protest_at_an_embassy_against_the_embassy_state(coder):
    pairs = _pairs(coder, "Hundreds of protesters rallied outside the Danish embassy in "
                          "Islamabad on Friday, burning flags.", "emb1")
    assert pairs == [("PAK", "DNK")]


def test_an_embassy_place_does_not_place_refugees(resolver):
    sentence = "Refugees queued outside the Canadian embassy in Beirut for visas."
    assert _located(resolver, sentence, "Refugees").country is None


# -- ethnic and religious groups with no home state -------------------------------------

def test_an_ethnic_group_is_placed_by_where_its_sentence_puts_it(resolver):
    located = _located(resolver, "Ethnic Hungarians rallied in southern Slovakia against the "
                                 "new language law.", "Ethnic Hungarians")
    assert located.country == "SVK"
    assert located.code == "SVKHUN"


def test_an_ethnic_group_with_no_place_stays_unplaced(resolver):
    located = _located(resolver, "Ethnic Hungarians signed a petition against the new "
                                 "language law.", "Ethnic Hungarians")
    assert located.country is None


def test_a_region_is_not_placed_like_an_ethnic_group(resolver):
    located = _located(resolver, "Western powers met in Vienna on Monday.", "Western powers")
    assert located.country is None


# -- spans end at their actor -----------------------------------------------------------

def test_a_led_delegation_span_drops_the_place_and_day_after_the_leader(coder):
    text = ("A Chilean trade mission headed by Minister Rosa Vidal in Lima on Tuesday signed "
            "an agreement with Peruvian officials.")
    events = coder.code_document(Document(text=text, doc_id="span1",
                                          pub_date=date(2024, 5, 2)))
    assert events, "no event"
    source = events[0].source
    assert source.country == "CHL"
    assert source.text == "A Chilean trade mission headed by Minister Rosa Vidal"


def test_a_name_span_drops_a_trailing_place(coder):
    text = ("A Serbian delegation led by Deputy Prime Minister Ana Petrovic in Tehran on "
            "Wednesday signed a trade accord with Iranian officials.")
    events = coder.code_document(Document(text=text, doc_id="span2",
                                          pub_date=date(2024, 5, 2)))
    assert [e.source.text for e in events] == [
        "A Serbian delegation led by Deputy Prime Minister Ana Petrovic"]


# -- names that look like a country but are no actor ------------------------------------

@pytest.mark.parametrize("phrase", [
    "Jordan Henderson",       # a footballer named like a state
    "Chad Whitfield",         # a given name
    "Israel Mendoza",
    "Peru Street",            # a street
    "Avenida Mexico",
    "Manchester United",      # clubs
    "Real Madrid",
    "Dynamo Kyiv",
])
def test_names_that_contain_a_country_are_no_actor(resolver, phrase):
    assert resolver.resolve_phrase(phrase).country is None


def test_a_street_or_club_in_a_sentence_is_no_mention(resolver):
    found = resolver.find("Riot police cleared Peru Street before Manchester United played "
                          "at home.")
    assert [m.text for m in found if m.country] == []


def test_georgia_in_an_american_story_is_no_state(resolver):
    found = resolver.find("Voters in Georgia queued for hours as officials in Atlanta "
                          "extended polling.")
    georgia = [m for m in found if m.text == "Georgia"]
    assert georgia and georgia[0].country is None


@pytest.mark.parametrize("text", [
    "Manchester United beat Lyon FC 2-1 on Sunday.",
    "Chad Whitfield criticised the studio over the cancelled series.",
    "Jordan Henderson praised the fans after the draw.",
])
def test_people_and_clubs_named_like_places_give_no_event(coder, text):
    assert _pairs(coder, text, "none") == []


# -- people known only by name ------------------------------------------------------------

@pytest.mark.parametrize(("name", "when", "country"), [
    ("Mitterrand", date(1990, 6, 1), "FRA"),
    ("Chancellor Kohl", date(1991, 3, 5), "DEU"),
    ("Ozal", date(1990, 9, 2), "TUR"),
    ("President Habyarimana", date(1993, 8, 4), "RWA"),
    ("Deng Xiaoping", date(1989, 5, 16), "CHN"),
    ("Farmajo", date(2019, 1, 10), "SOM"),
])
def test_leaders_named_alone_take_their_state(resolver, name, when, country):
    assert resolver.resolve_phrase(name, date=when).country == country


@pytest.mark.parametrize("text", [
    "Major General Tomas Herrera inspected the border posts.",   # a rank, not John Major
    "Begin the count again, the electoral officer told the clerks.",
])
def test_common_words_that_are_also_leaders_surnames_name_nobody(resolver, text):
    assert [m.country for m in resolver.find(text) if m.kind == "person"] == []


# -- provinces and cities place the bodies their sentence puts there ---------------------

@pytest.mark.parametrize(("sentence", "body", "country"), [
    ("Riot police dispersed striking vendors in Bulawayo with water cannon.", "Riot police",
     "ZWE"),
    ("Students blocked the highway near Hermosillo for a third day.", "Students", "MEX"),
    ("Dockworkers walked out in Sfax over unpaid wages.", "Dockworkers", "TUN"),
])
def test_a_provincial_city_places_a_crowd(resolver, sentence, body, country):
    assert _located(resolver, sentence, body).country == country
