"""A side left unplaced (a person known only by name, an office, a state body, a crowd or a
group) in a sentence that names states is most likely a state the coder missed, or a party
no country dyad can use: such events are held under the default confidence floor. Sentences
that name no state, and organisations' unknown names, keep theirs."""

from __future__ import annotations

from datetime import date

import pytest

from entente.coder import Coder
from entente.record import Document


def _events(coder, text: str):
    return coder.code_document(Document(text=text, doc_id="u", pub_date=date(2025, 4, 2)))


HALF_PLACED = [
    "Speaking in Ankara, Yildiz sharply criticised Greece over the naval drills.",
    "The spokesperson condemned Estonia's decision to close the crossing.",
    "Norway sent blankets to the victims.",                 # a group of no state
    "Stone-throwing youths attacked a Turkish patrol.",      # a crowd placed nowhere
]


@pytest.mark.parametrize("text", HALF_PLACED)
def test_an_unplaced_official_beside_named_states_is_held_back(coder, text):
    assert not [e for e in _events(coder, text) if not e.one_sided]
    shown = _events(Coder(min_confidence=0), text)
    assert shown and all(e.confidence <= 0.2 for e in shown)


def test_one_sided_reading_keeps_them_at_their_confidence():
    found = _events(Coder(one_sided=True), HALF_PLACED[1])
    assert any(e.target.country == "EST" and e.confidence > 0.25 for e in found)


@pytest.mark.parametrize("text", [
    "Gunmen ambushed a police patrol near the market.",  # no state named at all
    "The Zorbian Liberation Front attacked Chad.",      # an organisation's unknown name
    "the Movement for Zorbian Unity attacked Chad.",    # joined by "for", lower-case "the"
])
def test_sentences_without_states_and_unknown_organisations_keep_their_events(coder, text):
    assert _events(coder, text)


def test_a_phrase_with_no_actor_word_beside_named_states_is_held_back(coder):
    # "the island nation" names no actor the gazetteer knows: whoever it stands for is most
    # likely a state the coder could not tell
    text = "The island nation criticised Japan over the fishing quotas."
    assert not [e for e in _events(coder, text) if not e.one_sided]
    assert _events(Coder(min_confidence=0), text)


@pytest.mark.parametrize(("text", "country"), [
    # crowd words are civilians, placed by the place their sentence names
    ("Thousands of junta supporters rallied in Niamey against France.", "NER"),
    ("Thousands of marchers rallied in Tbilisi against Russia.", "GEO"),
])
def test_crowds_are_placed_by_their_sentence_and_kept(coder, text, country):
    sources = {e.source.country for e in _events(coder, text) if not e.one_sided}
    assert sources == {country}
