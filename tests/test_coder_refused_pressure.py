"""A refusal made against someone's pressure, call or request ("declined to resign despite
calls from the opposition", "refused under pressure from Washington") is a refusal of that
party, when the refusal names no one else: the one who pressed is its target. A "despite"
phrase that names no party, or an event, adds no target."""

from __future__ import annotations

import pytest

from coder_helpers import coded


def _refusals(coder, text: str) -> set[tuple[str, str]]:
    return {(e.source.text, e.target.text) for e in coded(coder, text)
            if e.cameo_code.startswith("12") and e.target is not None and e.target.text}


@pytest.mark.parametrize("text, expected", [
    ("Prime Minister Imran Khan refused to resign despite calls from the Pakistani "
     "opposition.", ("Prime Minister Imran Khan", "the Pakistani opposition")),
    ("Hungary declined to sign the joint statement despite Germany's request.",
     ("Hungary", "Germany's request")),
    ("The Serbian president refused to step down under pressure from the European Union.",
     ("The Serbian president", "the European Union")),
    ("Ankara refused to back down despite repeated demands by Washington.",
     ("Ankara", "Washington")),
])
def test_a_refusal_against_pressure_targets_who_pressed(coder, text, expected):
    assert expected in _refusals(coder, text)


@pytest.mark.parametrize("text", [
    # the pressure names no party, or the refusal is no refusal
    "The Kenyan president refused to resign despite mounting pressure.",
    "Greece kept its embassy open despite the fighting in Khartoum.",
])
def test_pressure_from_no_one_adds_no_target(coder, text):
    assert _refusals(coder, text) == set()
