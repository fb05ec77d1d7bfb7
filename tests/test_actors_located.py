"""Actor resolution: a crowd, force or gang the phrase leaves unplaced takes the state of the
place its sentence names ("Protesters burned flags during a rally in Basra"), and the bodies
that must not be placed that way (officials, troops, refugees, titles).

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


@pytest.mark.parametrize(("sentence", "body", "code"), [
    ("Protesters burned effigies during a rally in Basra on Friday.", "Protesters", "IRQCVL"),
    ("Gunmen stormed a guesthouse in Mogadishu overnight.", "Gunmen", "SOMUAF"),
    ("Riot police fired tear gas at students near Dhaka University.", "Riot police",
     "BGDCOP"),
    # the first place after the body wins over a place of another phrase further on
    ("Demonstrators marched in Amman against the strikes in Syria.", "Demonstrators",
     "JORCVL"),
])
def test_an_unplaced_crowd_takes_the_place_of_its_sentence(resolver, sentence, body, code):
    located = _located(resolver, sentence, body)
    assert located.code == code


@pytest.mark.parametrize(("sentence", "body"), [
    ("Officials met for talks in Geneva on Monday.", "Officials"),   # diplomats travel
    ("Troops crossed into Lebanon at dawn.", "Troops"),              # forces act abroad
    ("Refugees waited at the crossing near Rafah.", "Refugees"),     # where, not whose
    ("The minister spoke to reporters in Paris.", "The minister"),   # a title
    ("Protesters gathered outside parliament.", "Protesters"),       # no place named
    ("Crowds denounced a cartoon printed in Denmark.", "Crowds"),     # a thing's place
])
def test_bodies_that_act_abroad_or_have_no_place_stay_unplaced(resolver, sentence, body):
    located = _located(resolver, sentence, body)
    assert located.country is None


def test_the_coder_places_a_crowd_by_its_sentence(coder):
    doc = Document(text="Students burned a Chinese flag during a march in Manila.",
                   doc_id="loc1", pub_date=date(2024, 3, 14))
    events = coder.code_document(doc)
    assert [(e.source.country, e.target.country) for e in events] == [("PHL", "CHN")]
