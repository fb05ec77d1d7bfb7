"""Where an actor's phrase starts and ends (entente.coder.spans): the words a reader would
mark as the actor, with no piece of a name left behind as an actor of its own."""

from __future__ import annotations

import pytest

from coder_helpers import coded


def sides(coder, text: str) -> set[tuple[str, str, str | None]]:
    """(source text, CAMEO code, target text) of every event."""
    return {(e.source.text, e.cameo_code, e.target.text if e.target else None)
            for e in coded(coder, text)}


@pytest.mark.parametrize(("text", "source"), [
    # the small parser splits a hyphenated Arabic name into several subjects
    ("Syrian Foreign Minister Faisal al-Mekdad criticised Turkey.",
     "Syrian Foreign Minister Faisal al-Mekdad"),
    ("Yemen's Houthi leader Abdul-Malik al-Houthi on Monday threatened Saudi Arabia.",
     "Yemen's Houthi leader Abdul-Malik al-Houthi"),
    # a title and the name after it, listed by the parser as two subjects, are one person
    ("The president Recep Tayyip Erdogan criticised Greece.",
     "The president Recep Tayyip Erdogan"),
])
def test_a_hyphenated_or_titled_name_is_one_actor(coder, text, source):
    events = coded(coder, text)
    assert {e.source.text for e in events} == {source}
    assert all(e.source.country and e.target.country for e in events)


def test_no_piece_of_a_name_is_an_actor(coder):
    text = ("Sudanese army chief Abdel Fattah al-Burhan on Sunday accused Ethiopia of "
            "massing troops.")
    assert not [s for s, _, _ in sides(coder, text) if s in ("-", "al") or s.endswith(" al")]


def test_a_name_after_its_title_without_a_comma_joins_the_title(coder):
    text = "Ramaphosa hosted his counterpart Ghanaian President Nana Akufo-Addo at a banquet."
    assert {t for _, code, t in sides(coder, text) if code == "043"} == \
        {"his counterpart Ghanaian President Nana Akufo-Addo"}


@pytest.mark.parametrize(("text", "phrase"), [
    # hyphens inside common words and before participles are left as they are
    ("Russia-backed separatists shelled Ukrainian positions near Donetsk.",
     "Russia-backed separatists"),
    ("A Kenyan court freed two ex-ministers accused of fraud.", "two ex-ministers"),
])
def test_hyphenated_common_words_keep_their_phrase(every_event_coder, text, phrase):
    found = {text for pair in sides(every_event_coder, text) for text in pair[::2] if text}
    assert any(phrase in t for t in found), found


@pytest.mark.parametrize("text", [
    "Abdul-Rahman al-Nuaimi spent the weekend at his farm outside Doha.",
    "The al-Aqsa compound was quiet on Friday, officials said.",
])
def test_sentences_with_hyphenated_names_and_no_event_give_nothing(coder, text):
    assert coded(coder, text) == []


@pytest.mark.parametrize(("text", "target"), [
    # a headline hangs the reason on the noun; the actor is the envoy, not the quarrel
    ("Estonia expels Russian diplomat over spy drones", "Russian diplomat"),
    ("Ghana summoned the Togolese ambassador in protest on Wednesday.",
     "the Togolese ambassador"),
])
def test_reasons_and_manner_phrases_are_no_part_of_the_actor(coder, text, target):
    assert {t for _, _, t in sides(coder, text)} == {target}
