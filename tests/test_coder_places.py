"""Places as targets of material events, and how confidence ranks events."""

from __future__ import annotations

from datetime import date

import pytest

from coder_helpers import coded as code_text
from entente.coder import Coder
from entente.coder.assemble import demote_generic
from entente.coder.bundle import Rules
from entente.record import Actor, Event

THURSDAY = date(2024, 9, 12)


def coded(coder: Coder, text: str) -> list[Event]:
    return code_text(coder, text, on=THURSDAY, doc_id="places")


def only(events: list[Event], root: str) -> Event:
    [event] = [e for e in events if (e.cameo_code or "").startswith(root)]
    return event


# --- places as targets ---------------------------------------------------------------------

def test_air_strikes_in_a_country_target_that_country(coder):
    text = "Saudi warplanes carried out air strikes in Yemen on Wednesday."
    event = only(coded(coder, text), "19")
    assert (event.source.country, event.target.country) == ("SAU", "YEM")
    assert event.target.kind == "state"
    assert event.target.text == "Yemen"
    assert text[event.target.start:event.target.end] == "Yemen"
    assert "place-target" in (event.rule or "")
    assert (event.location_name, event.location_country) == ("Yemen", "YEM")


def test_a_place_target_is_less_certain_than_a_named_one(coder):
    placed = only(coded(coder, "Saudi warplanes carried out air strikes in Yemen."), "19")
    named = only(coded(coder, "Saudi Arabia carried out air strikes against Yemen."), "19")
    assert "place-target" not in (named.rule or "")
    assert placed.confidence < named.confidence


def test_aid_delivered_in_a_country_goes_to_that_country(coder):
    event = only(coded(coder, "The United States delivered humanitarian aid in Haiti."), "07")
    assert (event.source.country, event.target.country) == ("USA", "HTI")
    assert "place-target" in (event.rule or "")


def test_unplaced_people_helped_abroad_belong_to_the_place(coder):
    # farmers (a sector the sentence does not place by itself) take the place of the aid;
    # victims are placed already by their own phrase (tests/test_coder_unplaced.py)
    event = only(coded(coder, "The United States sent aid to flood-hit farmers in Pakistan."),
                 "07")
    assert (event.target.text, event.target.country) == ("flood-hit farmers", "PAK")
    assert "placed-by-location" in (event.rule or "")


def test_talks_in_a_capital_leave_the_capital_a_place(one_sided_coder):
    events = coded(one_sided_coder, "Iran's foreign minister held talks in Moscow on Monday.")
    assert events, "the talks are still an event"
    assert all(e.target.country != "RUS" for e in events)
    assert all("place-target" not in (e.rule or "") for e in events)
    assert {e.location_country for e in events} == {"RUS"}


def test_a_named_target_wins_over_the_place(coder):
    event = only(coded(coder, "Israel launched air strikes on Hezbollah in Lebanon."), "19")
    assert "Hezbollah" in event.target.text
    assert "place-target" not in (event.rule or "")


def test_joint_exercises_abroad_stay_between_the_partners(coder):
    events = coded(coder, "French and Egyptian warships held joint naval exercises in Cyprus.")
    assert {(e.source.country, e.target.country) for e in events} == {
        ("FRA", "EGY"), ("EGY", "FRA")}
    assert {e.location_country for e in events} == {"CYP"}


def test_raids_at_home_do_not_make_the_country_its_own_target(one_sided_coder):
    events = coded(one_sided_coder,
                   "Egyptian security forces carried out raids in Cairo on Sunday.")
    event = only(events, "17")
    assert event.source.country == "EGY"
    assert event.target.country is None
    assert event.location_country == "EGY"


def test_the_material_roots_are_data():
    rules = Rules.default()
    assert {"07", "19", "20"} <= rules.place_target_roots
    assert not {"01", "02", "03", "04", "05", "10", "11", "12", "13"} & rules.place_target_roots


# --- confidence -----------------------------------------------------------------------------

def test_resolved_states_are_surer_than_unplaced_phrases(coder):
    states = only(coded(coder, "France condemned Iran on Friday."), "11")
    vague = only(coded(coder, "The spokesman condemned the protesters on Friday."), "11")
    assert states.confidence > vague.confidence


def test_an_event_in_a_subordinate_clause_ranks_below_the_main_one(coder):
    events = coded(coder, "Turkey expelled the Dutch ambassador after the Netherlands had "
                          "banned a rally by Turkish ministers.")
    expel = only(events, "166")
    assert all(e.confidence < expel.confidence for e in events if e is not expel)


def _event(code: str, confidence: float) -> Event:
    actor = Actor(text="Chile", start=0, end=5, kind="state", country="CHL")
    other = Actor(text="Peru", start=20, end=24, kind="state", country="PER")
    return Event(dataset="test", doc_id="d", source=actor, target=other, cameo_code=code,
                 confidence=confidence)


def test_a_generic_statement_drops_below_a_specific_event():
    letter, expel = _event("010", 0.85), _event("174", 0.6)
    demote_generic([letter, expel], frozenset({"010", "020"}))
    assert letter.confidence == pytest.approx(0.55)
    assert expel.confidence == 0.6


def test_a_generic_statement_alone_keeps_its_confidence():
    letter = _event("010", 0.85)
    demote_generic([letter], frozenset({"010"}))
    assert letter.confidence == 0.85
    specific = _event("0311", 0.9)
    demote_generic([specific, _event("174", 0.5)], frozenset({"010"}))
    assert specific.confidence == 0.9
