"""A participle that only describes the name after it ("Haiti's Port-au-Prince-based,
internationally recognised Transitional Council") is no act, however the parser reads it:
as the sentence's verb or as its subject (session 19, helper mcoped, from a construction of
the Multi-CoPED train part; every sentence is written for this file). The clause's own act
stays, with the name as its doer."""

from __future__ import annotations

import pytest

from coder_helpers import coded, roots


@pytest.mark.parametrize("text, kept", [
    ("Haiti’s Port-au-Prince-based, internationally recognised Transitional Council (TC) said "
     "it had received Kenyan police.", None),
    ("Yemen’s Aden-based, internationally recognised Presidential Leadership Council (PLC) "
     "said it had received Saudi fuel.", None),
    ("Yemen’s Aden-based, internationally recognised Presidential Leadership Council (PLC) "
     "signed a grant deal with Saudi Arabia.", "057"),
])
def test_a_describing_participle_is_no_recognition(every_event_coder, text, kept):
    codes = {e.cameo_code for e in coded(every_event_coder, text)}
    assert "054" not in codes, codes
    assert kept is None or kept in codes


def test_a_participle_read_as_the_subject_is_no_part_of_the_doer(every_event_coder):
    text = ("Mali’s Bamako-based, internationally recognised Transitional Government (TG) said "
            "it had expelled the French envoy.")
    doers = [e.source.text for e in coded(every_event_coder, text) if e.cameo_code == "166"]
    assert doers and not any("recognised" in d for d in doers), doers


def test_a_recognition_told_with_an_adverb_stays(coder):
    assert ("ISR", "05", "SOM") in roots(coder, "Israel formally recognised Somaliland on "
                                                "Friday.")
