"""Which time phrase dates which event (issue 13, class 9): a time phrase dates the verb it
belongs to, never a verb whose object, cause phrase or relative clause merely holds it;
coordinated verbs take their own phrases; background told as a duration or a habit is
historical, not news of the publication day. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from coder_helpers import coded
from entente.analysis import dyad_series
from entente.analysis.events import busiest_dyads
from entente.brief.model import build_brief
from entente.coder.dates import HISTORICAL, date_words
from entente.record import Document
from entente.sources.ingest import ingest_documents

PUBLISHED = date(2024, 5, 10)  # a Friday
LAST_WEEK = (date(2024, 5, 3), "day")
LAST_MONTH = (date(2024, 4, 1), "month")
TODAY = (PUBLISHED, "day")
PAST = (None, HISTORICAL)


def dated(coder, text: str) -> dict[tuple[str | None, str, str | None], tuple]:
    """(source, code, target) -> (date, precision) of every event of `text`."""
    return {(e.source.country, e.cameo_code, e.target.country): (e.date, e.date_precision)
            for e in coded(coder, text, on=PUBLISHED)}


def dates_of(coder, text: str, root: str) -> set[tuple]:
    """The (date, precision) of the events of `text` whose code starts with `root`."""
    return {when for (_, code, _), when in dated(coder, text).items() if code.startswith(root)}


# --- 1. a phrase inside the object, a cause phrase or a relative clause -------------------

@pytest.mark.parametrize("text", [
    # the parser hangs "last week" on the verb, after an "over" phrase holding the act
    "Indonesia summoned Malaysia's ambassador over a visit by Malaysian lawmakers to Sabah "
    "last week.",
    "Kazakhstan lodged a complaint with Kyrgyzstan over remarks by a Kyrgyz minister on "
    "Tuesday.",
    # a relative clause holds its own time
    "Argentina protested to Britain over a British patrol ship that entered its fishing zone "
    "last month.",
    # the object of a reaction is the earlier act
    "Moldova condemned an attack by Russian drones on a border village on Sunday.",
])
def test_a_time_phrase_of_a_nested_act_leaves_the_main_event_on_the_report_day(coder, text):
    found = dated(coder, text)
    assert found
    assert set(found.values()) == {TODAY}


def test_the_nested_act_itself_takes_the_phrase(coder):
    found = dated(coder, "Vietnam condemned a Chinese coast guard raid on its fishermen near "
                         "the Paracels last week.")
    assert found[("VNM", "111", "CHN")] == TODAY
    raids = [when for (src, code, _), when in found.items() if src == "CHN"]
    assert raids == [LAST_WEEK]


@pytest.mark.parametrize(("text", "root", "expected"), [
    ("Chile recalled its ambassador from Bolivia last week.", "16", LAST_WEEK),
    ("In 1995 Croatian forces attacked Serb positions in Krajina.", "19",
     (date(1995, 1, 1), "year")),
    ("Venezuela recalled its ambassador to Guyana on Wednesday.", "16",
     (date(2024, 5, 8), "day")),
    # the occasion's time is the act's: "in an air strike on Thursday", "during a summit"
    ("Rwandan troops shelled Burundian border posts during a night raid on Thursday, "
     "Bujumbura said.", "19", (date(2024, 5, 9), "day")),
    ("Serbia and Albania signed a trade accord during a summit in Skopje on March 4.", "05",
     (date(2024, 3, 4), "day")),
    # the speech verb that reports an act with no time of its own dates it
    ("Norway has begun withdrawing its troops from Mali, the defence minister said on Monday.",
     "08", (date(2024, 5, 6), "day")),
    # a clause before it with a date of its own
    ("Senegal cut ties with Gambia after Gambian troops crossed the border in 2016.", "16",
     (date(2016, 1, 1), "year")),
])
def test_a_time_phrase_on_the_main_verb_keeps_its_date(coder, text, root, expected):
    assert dates_of(coder, text, root) == {expected}


def test_a_clause_after_which_the_act_happened_lends_no_relative_day(coder):
    # "on Monday" dates the crossing: the closure may have come any day since
    found = dates_of(coder, "Benin closed its border with Niger after Nigerien soldiers "
                            "fired on a patrol on Monday.", "1")
    assert TODAY in found


# --- 2. coordinated verbs, each with its own phrase -------------------------------------

def test_coordinated_verbs_each_take_their_own_phrase(coder):
    found = dated(coder, "Lithuania closed its last rail crossing with Belarus in 2022 and "
                         "expelled a Belarusian diplomat last month.")
    assert found[("LTU", "172", "BLR")] == (date(2022, 1, 1), "year")
    assert found[("LTU", "166", "BLR")] == LAST_MONTH


def test_the_first_of_two_conjuncts_keeps_its_year(coder):
    found = dated(coder, "Nigeria suspended flights to Ghana in 2019 and recalled its "
                         "ambassador from Accra last week.")
    assert found[("NGA", "163", "GHA")] == (date(2019, 1, 1), "year")
    assert found[("NGA", "161", "GHA")] == LAST_WEEK


def test_a_phrase_that_ends_the_last_conjunct_is_shared(coder):
    found = dated(coder, "Ethiopia expelled two Sudanese diplomats and closed a consulate in "
                         "Khartoum on Monday.")
    assert found and set(found.values()) == {(date(2024, 5, 6), "day")}


# --- 3. background: durations and habits ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Japan has held talks with South Korea for more than a decade without a deal.",
    "Qatar has funded schools in Somalia for years.",
    "Over the past decade, Turkey has repeatedly accused Greece of militarising its islands.",
    "Russia has occupied Georgian land since 2008 and has armed the separatists in Abkhazia "
    "for decades.",
    "Iran has given Hezbollah weapons throughout the Lebanese civil war.",
])
def test_background_told_as_a_duration_or_habit_is_historical(coder, text):
    found = dated(coder, text)
    assert found
    assert set(found.values()) == {PAST}


def test_historical_events_are_left_out_of_every_count(coder, store):
    background = Document(text="Japan has held talks with South Korea for more than a decade "
                               "without a deal.", doc_id="bg", pub_date=PUBLISHED)
    ingest_documents(store, [background], coder)
    events = store.events()
    assert events and all(e.date is None and e.date_precision == HISTORICAL for e in events)
    assert busiest_dyads(store).empty
    assert dyad_series(store, "JPN", "KOR", freq="year")["events"].sum() == 0
    news = Document(text="Japan and South Korea signed a fisheries accord on Tuesday.",
                    doc_id="news", pub_date=PUBLISHED)
    ingest_documents(store, [news], coder)
    brief = build_brief(store, "JPN", "KOR", min_confidence=0.0)
    assert brief.events and {e.doc_id for e in brief.events} == {"news"}
    assert {e.date for e in brief.events} == {date(2024, 5, 7)}


@pytest.mark.parametrize(("text", "expected"), [
    # its own day beats the habit
    ("Armenia and Azerbaijan have clashed repeatedly on their border on Tuesday.",
     (date(2024, 5, 7), "day")),
    # "since" with no perfect verb dates nothing: "the worst clash since 1995"
    ("Ecuadorian gunboats shelled a Peruvian outpost, the worst clash between them since "
     "1995.", TODAY),
    # the duration belongs to the habit of the clause beside it
    ("Ukraine accused Russia on Tuesday of shelling Kharkiv, as it has done for months.",
     (date(2024, 5, 7), "day")),
])
def test_a_habit_or_since_phrase_that_is_not_the_events_leaves_its_date(coder, text, expected):
    found = dated(coder, text)
    assert found and expected in found.values()


@pytest.mark.parametrize("text", [
    "Chad will send troops to Niger for several months, officials said.",
    "Kenya pledged to keep its troops in Somalia for years.",
])
def test_a_duration_of_an_act_to_come_is_no_background(coder, text):
    found = dated(coder, text)
    assert found and set(found.values()) == {TODAY}


@pytest.mark.parametrize(("text", "expected"), [
    ("Relations have been tense since March 2008, when Ecuador accused Colombia of bombing "
     "its territory.", (date(2008, 3, 1), "month")),
    ("It was the first such launch since 2017, when North Korea fired a missile over Japan.",
     (date(2017, 1, 1), "year")),
])
def test_a_clause_that_tells_what_happened_at_a_date_takes_it(coder, text, expected):
    assert set(dated(coder, text).values()) == {expected}


def test_a_plan_takes_the_day_it_was_announced_not_the_month_it_names(coder):
    found = dates_of(coder, "Uruguay will host Paraguay's foreign minister in June, officials "
                            "in Montevideo announced on Tuesday.", "0")
    assert found == {(date(2024, 5, 7), "day")}


@pytest.mark.parametrize("text", [
    "The border talks have dragged on for more than a decade.",
    "Since 2011, relations have been frosty.",
])
def test_background_with_no_two_parties_gives_nothing(coder, text):
    assert coded(coder, text, on=PUBLISHED) == []


# --- 4. explain says why an event has no date --------------------------------------------

def test_explain_says_when_there_is_no_date(coder):
    [event] = coded(coder, "Chile expelled a Peruvian diplomat.", on=None)
    assert "date: none (no publication date given)" in coder.explain(event)
    [event] = coded(coder, "During the Cold War, Cuba expelled an American diplomat.")
    assert "date: none (historical" in coder.explain(event)
    [event] = coded(coder, "Chile expelled a Peruvian diplomat last week.", on=PUBLISHED)
    assert "date: 2024-05-03 (day)" in coder.explain(event)


def test_date_words():
    assert date_words(date(2021, 1, 1), "year") == "2021-01-01 (year)"
    assert date_words(None, None) == "none (no publication date given)"
    assert date_words(None, HISTORICAL).startswith("none (historical")


# --- the calendar: days before months, "last November", "in late February" ----------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Slovenia and Croatia signed the border accord on 21 August 2009.",
     (date(2009, 8, 21), "day")),
    ("Slovenia and Croatia signed the border accord on 3 March.", (date(2024, 3, 3), "day")),
    ("Slovenia and Croatia signed the border accord last November.",
     (date(2023, 11, 1), "month")),
    ("Slovenia and Croatia signed the border accord in late February.",
     (date(2024, 2, 1), "month")),
    ("In the autumn of 1991, Slovenia and Croatia signed a border accord.",
     (date(1991, 1, 1), "year")),
    ("Slovenia and Croatia signed a border accord in mid-2001.", (date(2001, 1, 1), "year")),
    ("Slovenia and Croatia signed a border accord in the early 2000s.", PAST),
])
def test_calendar_dates_written_day_first_or_loosely(coder, text, expected):
    assert dates_of(coder, text, "05") == {expected}


def test_a_plan_for_a_day_with_no_year_is_dated_when_announced(coder):
    # "from 1 May" is when the curbs are to start, not a May already past
    found = dated(coder, "Austria plans to impose curbs on Hungarian truckers from 1 May, "
                         "the transport minister said on Tuesday.")
    assert found and set(found.values()) == {(date(2024, 5, 7), "day")}
