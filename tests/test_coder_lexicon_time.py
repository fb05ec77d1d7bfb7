"""Time and headlines (issue 13, classes 9 and 11): events a sentence places in the past take
that date or are flagged historical; Title Case headlines parse like sentences. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from coder_helpers import coded, triples
from entente.coder.dates import HISTORICAL, event_date
from entente.coder.prefilter import headline_case, is_title_case

PUBLISHED = date(2024, 5, 10)  # a Friday


@pytest.mark.parametrize(("sentence", "expected"), [
    ("In 1995 Croatia attacked Serb forces.", (date(1995, 1, 1), "year")),
    ("Colombia accused Venezuela in March 2008 of sponsoring rebels.",
     (date(2008, 3, 1), "month")),
    ("Colombia has distrusted Venezuela since March 2008.", (date(2008, 3, 1), "month")),
    ("Iraq invaded Kuwait 34 years ago.", (date(1990, 1, 1), "year")),
    ("Two years ago Russia invaded Ukraine.", (date(2022, 1, 1), "year")),
    ("Iran attacked Israel last year.", (date(2023, 1, 1), "year")),
    ("Soviet troops invaded Afghanistan in 1979, during the Cold War.",
     (date(1979, 1, 1), "year")),  # a date near the marker wins
    ("Serbia shelled Bosnian towns during the Yugoslav wars.", (None, HISTORICAL)),
    ("During the Cold War, Moscow armed Cuba.", (None, HISTORICAL)),
    ("Trump imposed tariffs on China in his first term.", (None, HISTORICAL)),
    ("Britain and Argentina fought a war decades ago.", (None, HISTORICAL)),
    ("France ruled Algeria in the 19th century.", (None, HISTORICAL)),
    ("The two countries fought in the 1960s over the border.", (None, HISTORICAL)),
    # the present stays the present
    ("Russia shelled Kharkiv during the war on Tuesday.", (date(2024, 5, 7), "day")),
    ("Chile and Peru signed a fisheries deal.", (PUBLISHED, "day")),
])
def test_past_events_take_their_date_or_are_historical(sentence, expected):
    assert event_date(sentence, PUBLISHED) == expected


def test_historical_events_never_get_the_publication_date(coder):
    events = coded(coder, "Serbia attacked Croatian towns during the Yugoslav wars.",
                   on=PUBLISHED)
    assert events
    assert all(e.date is None and e.date_precision == HISTORICAL for e in events)


@pytest.mark.parametrize(("text", "title"), [
    ("Ankara Vows To Answer Border Raids", True),
    ("China Slaps Tariffs on Australian Wine", True),
    ("China slaps tariffs on Australian wine", False),
    ("The United Nations and the African Union met in Addis Ababa.", False),
    ("Peace Now", False),  # too short to tell
])
def test_title_case_is_recognised(text, title):
    assert is_title_case(text) is title


def test_headline_case_keeps_names_acronyms_and_offsets():
    text = "US Slaps Cross-Border Tariffs On Chinese Steel"
    names = [(0, 2), (text.index("Chinese"), text.index("Chinese") + 7)]
    out = headline_case(text, names)
    assert out == "US slaps cross-border tariffs on Chinese steel"
    assert len(out) == len(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("China Slaps Tariffs On Australian Wine", ("CHN", "163", "AUS")),
    ("Russia Expels Two Estonian Diplomats", ("RUS", "166", "EST")),
    ("Kenya And Ethiopia Sign Border Security Pact", ("KEN", "057", "ETH")),
    ("Indian Troops Clash With Chinese Soldiers In Ladakh", ("IND", "193", "CHN")),
    ("Ghana Recalls Envoy From Nigeria After Trade Row", ("GHA", "161", "NGA")),
])
def test_title_case_headlines_are_coded_like_sentences(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize(("headline", "sentence"), [
    # the small tagger reads "summons" as a plural noun heading the headline
    ("Iran foreign ministry summons British envoy.",
     "Iran's foreign ministry summoned the British envoy."),
    ("Cuba summons Spanish diplomat over remarks.",
     "Cuba summoned the Spanish diplomat over the remarks."),
])
def test_a_headline_verb_read_as_a_noun_is_still_the_verb(coder, headline, sentence):
    found = triples(coder, headline)
    assert found and found == triples(coder, sentence)


@pytest.mark.parametrize("text", [
    "The summons was issued by a Belgian court.",   # the noun, with no object of its own
    "Farmers protests continue in Paris.",
])
def test_a_plural_noun_heading_no_clause_of_its_own_stays_a_noun(coder, text):
    assert triples(coder, text) == set()


def test_a_headline_without_a_verb_codes_nothing_and_ends(coder):
    # a parse with no verb above an event noun once looped for ever
    found = triples(coder, "Border Raids Near Kilis")
    assert not any(src and tgt for src, _, tgt in found)


def test_an_act_told_in_an_after_clause_is_background_not_news_of_the_day(coder):
    found = coded(coder, "Ghana expelled two Togolese diplomats on Wednesday, a week after "
                         "Lome detained a Ghanaian journalist.", on=PUBLISHED)
    expelled = [e for e in found if e.source.country == "GHA"]
    assert expelled and all((e.date, e.date_precision) == (date(2024, 5, 8), "day")
                            for e in expelled)
    detained = [e for e in found if e.source.country == "TGO"]
    assert detained and all((e.date, e.date_precision) == (None, HISTORICAL)
                            for e in detained)


@pytest.mark.parametrize("gap", ["", "hours ", "shortly "])
def test_the_act_a_reaction_follows_closely_is_news_of_its_sentence(coder, gap):
    # a bare "after" tells the act the news is about: dated like its sentence, counted
    found = coded(coder, f"Ecuador summoned the Colombian ambassador on Wednesday {gap}after "
                         "Colombian troops crossed the border and detained two Ecuadorian "
                         "farmers.", on=PUBLISHED)
    detained = [e for e in found if e.source.country == "COL" and e.cameo_code.startswith("17")]
    assert detained and all((e.date, e.date_precision) == (date(2024, 5, 8), "day")
                            for e in detained)


def test_months_after_is_background(coder):
    found = coded(coder, "Ghana expelled two Togolese diplomats on Wednesday, months after "
                         "Lome detained a Ghanaian journalist.", on=PUBLISHED)
    detained = [e for e in found if e.source.country == "TGO"]
    assert detained and all(e.date_precision == HISTORICAL for e in detained)


def test_a_feed_of_headlines_codes_each_line_but_a_headline_over_a_story_is_skipped(coder):
    # a list of headlines (one a line, no closing stops) is what a news feed gives: each
    # line is news; over a story in prose, a headline only repeats the lead
    feed = ("Kenya Recalls Envoy From Somalia Over Border Row\n"
            "Azerbaijan Accuses Armenia Of Shelling Army Posts\n"
            "Markets Rally As Oil Prices Ease\n")
    assert {(s, t) for s, _, t in triples(coder, feed)} == {("KEN", "SOM"), ("AZE", "ARM")}
    story = ("Azerbaijan Accuses Armenia Of Shelling Army Posts\n"
             "Peru recalled its ambassador to Chile on Monday over the border row.")
    assert {(s, t) for s, _, t in triples(coder, story)} == {("PER", "CHL")}
