"""Classes an analyst found wrong reading a second round of our own articles in many outlets'
styles (wire copy, live blogs, state media, analysis pieces): the clock time a live-blog
entry opens with, ..."""

from __future__ import annotations

import pytest

from coder_helpers import coded
from entente.coder.sentences import split_timestamp

# --- live blogs: the clock time that opens an entry is no part of the first actor ----------

@pytest.mark.parametrize(("text", "expected", "source_text"), [
    ("14:05 - Armenia's defence ministry says Azerbaijani forces opened fire on Armenian "
     "positions overnight.", ("AZE", "190", "ARM"), "Azerbaijani forces"),
    ("15:20 - Turkey voiced full support for Azerbaijan on Thursday.", ("TUR", "051", "AZE"),
     "Turkey"),
    ("2.45pm: Ghana summons Togo's ambassador over the border incident.",
     ("GHA", "114", "TGO"), "Ghana"),
    ("[09:30 GMT] Bolivia recalls its ambassador to Peru.", ("BOL", "161", "PER"), "Bolivia"),
    ("1405 GMT - Vietnam lodges a protest with China over the collision.",
     ("VNM", "114", "CHN"), "Vietnam"),
])
def test_a_live_blog_clock_time_is_no_part_of_the_actor(coder, text, expected, source_text):
    events = [e for e in coded(coder, text)
              if (e.source.country, e.cameo_code, e.target.country) == expected]
    assert events and events[0].source.text == source_text
    assert all(not e.sentence[:1].isdigit() and not e.sentence.startswith("[")
               for e in events)


@pytest.mark.parametrize("text", [
    "14:40 - Heavy snow is expected to close the mountain pass later today.",
    "09:15 - Stocks in Tokyo opened higher as the yen weakened.",
])
def test_live_blog_entries_without_an_act_give_nothing(coder, text):
    assert coded(coder, text) == []


@pytest.mark.parametrize("line", [
    "1999 - the year Kenya and Somalia signed the pact",   # a year is no clock time
    "3.5 percent growth was recorded.",
    "Kenya summoned Somalia's envoy at 14:05 on Monday.",
])
def test_only_an_opening_clock_time_is_split_off(line):
    assert split_timestamp(line) == line


# --- a span of years dates its event in the past, never on the publication day ------------

@pytest.mark.parametrize(("text", "expected", "year"), [
    ("Ethiopia and Eritrea fought a border war between 1998 and 2000.",
     ("ETH", "190", "ERI"), 1998),
    ("Peru and Ecuador fought a brief war from 1994 to 1995.",
     ("PER", "190", "ECU"), 1994),
    ("During 2019 Iran seized several British tankers in the Gulf.", ("IRN", "171", "GBR"),
     2019),
    ("Throughout 2014 Russia banned imports of Polish apples.", ("RUS", "163", "POL"), 2014),
])
def test_a_span_of_years_dates_the_event_by_its_first_year(coder, text, expected, year):
    events = [e for e in coded(coder, text)
              if (e.source.country, e.cameo_code[:3], e.target.country) == expected]
    assert events
    assert all(e.date.year == year and e.date_precision == "year" for e in events)


def test_a_span_of_years_in_a_statistic_adds_no_event(coder):
    assert coded(coder, "Trade between Peru and Chile doubled from 2015 to 2020.") == []


def test_fighting_a_fire_is_no_war(coder):
    assert coded(coder, "Greek firefighters fought the blaze near Athens with help from "
                        "Turkish water bombers.") == []
