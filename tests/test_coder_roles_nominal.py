"""Nominal joint events whose parties sit in modifiers or in the clause around the noun."""

from __future__ import annotations

import pytest

from coder_helpers import coded


def pairs(coder, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country, e.target.country, e.cameo_code[:2]) for e in coded(coder, text)}


@pytest.mark.parametrize("sentence, a, b, root", [
    ("Clashes between Armenian and Azerbaijani forces broke out on Monday.", "ARM", "AZE", "19"),
    ("Talks between Serbian and Kosovar negotiators resumed in Brussels.", "SRB", "XKX", "04"),
])
def test_between_one_head_with_two_demonyms_is_a_joint_event(coder, sentence, a, b, root):
    assert pairs(coder, sentence) == {(a, b, root), (b, a, root)}


@pytest.mark.parametrize("sentence, a, b", [
    ("Three Indian soldiers died in a clash with Chinese troops.", "IND", "CHN"),
    ("Two Thai soldiers were wounded in a clash with Cambodian troops on Friday.", "THA", "KHM"),
])
def test_casualties_in_a_clash_with_others_are_a_party_of_it(coder, sentence, a, b):
    found = pairs(coder, sentence)
    assert found and {(s, t) for s, t, _ in found} <= {(a, b), (b, a)}
    assert {root for *_, root in found} == {"19"}


def test_a_clash_with_no_second_party_gives_nothing(coder):
    assert coded(coder, "A Kenyan official was injured in a car crash in Nairobi.") == []
    assert coded(coder, "Clashes between rival fans broke out after the match in Lagos.") == []


def test_there_was_no_meeting_is_no_event_and_no_refusal(coder):
    assert coded(coder, "There were no talks between Greek and Turkish officials in Athens "
                        "on Monday, a spokesman said.") == []
    # a refusal needs someone who refuses
    assert ("GRC", "TUR", "12") in pairs(coder, "Greece refused talks with Turkey on Monday.")


def test_a_light_verb_takes_the_preposition_of_its_event_noun(coder):
    # the parser hangs "into ..." on "opened", not on "investigation"
    assert ("KOR", "JPN", "09") in pairs(
        coder, "Seoul opened an anti-dumping investigation into Japanese steelmakers on Monday.")
    # industry agent nouns head an actor: the carmakers are China's, not a thing
    assert ("EU", "CHN", "09") in pairs(
        coder, "Brussels launched a probe into Chinese carmakers.")
