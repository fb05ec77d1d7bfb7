"""A year that modifies what happened ("during the 2008 war", "in the 2014 annexation")
dates the events of its clause to that year, not to the publication day (session 17).
Every sentence is written for this file."""

from __future__ import annotations

from datetime import date

import pytest

from coder_helpers import coded


@pytest.mark.parametrize("text, year", [
    ("During the 2008 war, Russian troops occupied the Georgian city of Gori.", 2008),
    ("Russia seized Crimea from Ukraine in the 2014 annexation.", 2014),
    ("Throughout the 2006 conflict, Israeli jets bombed Lebanese bridges.", 2006),
])
def test_a_year_on_the_event_noun_dates_the_clause(coder, text, year):
    events = coded(coder, text)
    assert events
    assert {(e.date, e.date_precision) for e in events} == {(date(year, 1, 1), "year")}


def test_a_decade_stays_historical(coder):
    events = coded(coder, "In the 2000s, China lent billions of dollars to Angola.")
    assert events and all(e.date is None and e.date_precision == "historical" for e in events)


@pytest.mark.parametrize("text, on, year", [
    ("When Serbian President Aleksandar Vucic flew to Tehran last spring, few in Brussels "
     "noticed.", date(2024, 3, 14), 2023),
    ("Kenya and Somalia restored ties last summer.", date(2024, 10, 2), 2024),
    ("Turkey closed its border with Syria last winter.", date(2024, 3, 14), 2023),
])
def test_last_season_dates_the_clause_to_its_year(coder, text, on, year):
    events = coded(coder, text, on=on)
    assert events
    assert {(e.date, e.date_precision) for e in events} == {(date(year, 1, 1), "year")}
