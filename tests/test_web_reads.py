"""The read API the explorer and the brief share (`entente.analysis.events`)."""

from __future__ import annotations

from datetime import date

import pytest

from entente import analysis
from entente.errors import InputError
from entente.record import Actor, Event
from entente.store import Store
from test_brief import fill_store


@pytest.fixture
def dyad_store(store: Store) -> Store:
    fill_store(store)
    return store


def test_pages_hold_the_events_the_series_counts(dyad_store: Store) -> None:
    series = analysis.dyad_series(dyad_store, "SRB", "IRN")
    every = analysis.dyad_events(dyad_store, "SRB", "IRN", limit=None)
    assert every.total == len(every.events) == int(series["events"].sum()) == 13
    page = analysis.dyad_events(dyad_store, "IRN", "SRB", limit=5, offset=10)
    assert (page.total, len(page.events), page.offset) == (13, 3, 10)
    assert [e.event_id for e in page.events] == [e.event_id for e in every.events[10:]]
    beyond = analysis.dyad_events(dyad_store, "IRN", "SRB", limit=5, offset=50)
    assert beyond.total == 13 and beyond.events == []


def test_direction_quad_text_and_sort(dyad_store: Store) -> None:
    out = analysis.dyad_events(dyad_store, "SRB", "IRN", direction="a->b", sort="goldstein",
                               descending=True, limit=None)
    assert {(e.source.country, e.target.country) for e in out.events} == {("SRB", "IRN")}
    scores = [e.goldstein for e in out.events]
    assert scores == sorted(scores, reverse=True) and out.total == 5
    back = analysis.dyad_events(dyad_store, "SRB", "IRN", direction="IRN->SRB", limit=None)
    assert back.total == 8
    conflict = analysis.dyad_events(dyad_store, "SRB", "IRN", quads=[3, 4], limit=None)
    assert {e.quad_class for e in conflict.events} == {3, 4} and conflict.total == 5
    visas = analysis.dyad_events(dyad_store, "SRB", "IRN", text="VISA", limit=None)
    assert visas.total == 2 and all("visa" in e.sentence.lower() for e in visas.events)
    for bad in ({"direction": "sideways"}, {"quads": [5]}, {"sort": "mood"},
                {"min_confidence": 2}):
        with pytest.raises(InputError):
            analysis.dyad_events(dyad_store, "SRB", "IRN", **bad)  # type: ignore[arg-type]


def test_min_confidence_leaves_out_unsure_coded_events_everywhere(store: Store) -> None:
    def coded(i: int, conf: float | None, code: str) -> Event:
        return Event(dataset="entente" if conf is not None else "icews", doc_id=f"d{i}",
                     source=Actor("Serbia", 0, 6, "state", "SRB", None, "SRB"),
                     target=Actor("Iran", 11, 15, "state", "IRN", None, "IRN"),
                     cameo_code=code, date=date(2024, 3, i), confidence=conf,
                     sentence=f"Serbia and Iran, story {i}.")
    store.add_events([coded(1, 0.9, "036"), coded(2, 0.3, "111"), coded(3, None, "057")])
    kept = analysis.dyad_events(store, "SRB", "IRN", min_confidence=0.5, limit=None)
    assert sorted(e.doc_id for e in kept.events) == ["d1", "d3"]
    series = analysis.dyad_series(store, "SRB", "IRN", min_confidence=0.5)
    assert int(series["events"].sum()) == 2
    assert int(analysis.dyad_series(store, "SRB", "IRN")["events"].sum()) == 3
    assert analysis.dyad_provenance(store, "SRB", "IRN", min_confidence=0.5).events == 2


def test_provenance_event_by_id_countries_and_periods(dyad_store: Store) -> None:
    found = analysis.dyad_provenance(dyad_store, "SRB", "IRN")
    assert (found.events, found.documents) == (13, 13)
    assert found.publishers == [("Wire 0", 5), ("Wire 1", 4), ("Wire 2", 4)]
    assert found.datasets == [("entente", 13)]
    first = analysis.dyad_events(dyad_store, "SRB", "IRN", limit=1).events[0]
    again = analysis.event_by_id(dyad_store, first.event_id)
    assert again is not None and again.to_dict() == first.to_dict()
    assert analysis.event_by_id(dyad_store, "no-such-id") is None
    # the date the table showed reads that date only; a wrong one still finds the event
    for day in (first.date, "1999-01-01"):
        hinted = analysis.event_by_id(dyad_store, first.event_id, day)
        assert hinted is not None and hinted.to_dict() == first.to_dict()
    assert analysis.event_by_id(dyad_store, "no-such-id", first.date) is None
    with pytest.raises(InputError):
        analysis.event_by_id(dyad_store, first.event_id, "last Tuesday")
    countries = analysis.countries_in_store(dyad_store)
    assert countries.iloc[0].to_dict() == {"key": "SRB", "name": "Serbia", "events": 17}
    assert analysis.period_bounds("2024-05-07", "quarter") == (date(2024, 4, 1),
                                                                date(2024, 6, 30))
    assert analysis.period_bounds("2024-02-01", "month") == (date(2024, 2, 1),
                                                              date(2024, 2, 29))
    assert analysis.period_bounds("2024-05-08", "week") == (date(2024, 5, 6),
                                                             date(2024, 5, 12))


@pytest.mark.parametrize("options", [{}, {"direction": "b->a"}, {"quads": [3, 4]},
                                     {"roots": ["05", "16"]}, {"start": "2023-01-01"}])
def test_a_date_ordered_page_read_through_the_daily_totals_is_the_same(
        dyad_store: Store, options: dict) -> None:
    assert dyad_store.aggregates_current()
    for descending in (False, True):
        every = analysis.dyad_events(dyad_store, "SRB", "IRN", descending=descending,
                                     limit=None, **options)
        for offset in (0, 1, 3):
            page = analysis.dyad_events(dyad_store, "SRB", "IRN", descending=descending,
                                        limit=2, offset=offset, **options)
            assert page.total == every.total
            assert [e.event_id for e in page.events] == \
                [e.event_id for e in every.events[offset:offset + 2]]


def test_pages_by_score_read_the_same_full_rows_as_the_whole_listing(
        dyad_store: Store) -> None:
    # `limit=None` reads every column in the page query; a page chooses its events first
    # and reads their rows apart (one date and id at a time when they lie far apart)
    every = analysis.dyad_events(dyad_store, "SRB", "IRN", sort="goldstein", limit=None)
    assert every.total == 13
    for offset in (0, 4, 8, 12):
        page = analysis.dyad_events(dyad_store, "IRN", "SRB", sort="goldstein", limit=4,
                                    offset=offset)
        assert page.events == every.events[offset:offset + 4]
        assert page.total == 13
    one_way = analysis.dyad_events(dyad_store, "SRB", "IRN", direction="a->b",
                                   sort="confidence", limit=2)
    assert one_way.total == 5
    assert {(e.source.country, e.target.country) for e in one_way.events} == {("SRB", "IRN")}


def test_a_floor_that_leaves_out_no_event_is_answered_like_no_floor(dyad_store: Store) -> None:
    lowest = dyad_store.con.execute("SELECT min(confidence) FROM events").fetchone()[0]
    floor = lowest if lowest else 0.5  # None: no stored event has a confidence
    plain = analysis.dyad_series(dyad_store, "SRB", "IRN")
    floored = analysis.dyad_series(dyad_store, "SRB", "IRN", min_confidence=floor)
    assert floored["events"].tolist() == plain["events"].tolist()
    page = analysis.dyad_events(dyad_store, "SRB", "IRN", limit=3, min_confidence=floor)
    assert page.total == 13
    assert page.events == analysis.dyad_events(dyad_store, "SRB", "IRN", limit=3).events
