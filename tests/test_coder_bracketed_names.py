"""A name followed by its short form in brackets ("the Kenya Defence Forces (KDF)") is one
actor: the bracketed short form is no second party, and a coordination that goes on after
the bracket ("the Oromo Liberation Army (OLA) and the Amhara Fano militia") keeps every
conjunct, however the parser hangs the part after the bracket."""

from __future__ import annotations

import pytest

from coder_helpers import coded


def _targets(coder, text: str, code: str) -> list[str]:
    return sorted(e.target.text for e in coded(coder, text)
                  if e.target is not None and e.cameo_code.startswith(code))


@pytest.mark.parametrize("text, code, expected", [
    ("Washington imposed sanctions on the Democratic Republic of the Congo (DRC) and "
     "the Central African Republic (CAR) last year.", "163",
     ["the Central African Republic (CAR)", "the Democratic Republic of the Congo (DRC)"]),
    ("Ethiopia banned the Oromo Liberation Front (OLF) and the Ogaden National "
     "Liberation Front (ONLF) in 2021.", "17",
     ["the Ogaden National Liberation Front (ONLF)", "the Oromo Liberation Front (OLF)"]),
    ("Britain will train the Kenya Defence Forces (KDF) and the Uganda People's Defence "
     "Force (UPDF) next year.", "0",
     ["the Kenya Defence Forces (KDF)", "the Uganda People's Defence Force (UPDF)"]),
    ("Nigerian troops attacked the Islamic State West Africa Province (ISWAP) near the "
     "lake on Sunday.", "19",
     ["the Islamic State West Africa Province (ISWAP)"]),
    ("Kenya condemned the killing of aid workers by the Rapid Support Forces (RSF) and "
     "urged Sudan to act.", "02", ["Sudan"]),
])
def test_a_bracketed_short_form_belongs_to_its_name(coder, text, code, expected):
    assert _targets(coder, text, code) == expected


@pytest.mark.parametrize("text", [
    # the bracket alone is no party, with or without a second conjunct
    "The ministry said the Sudan People's Liberation Movement (SPLM) held its congress.",
    "Figures from the International Monetary Fund (IMF) showed growth slowing in 2023.",
])
def test_a_bracketed_short_form_adds_no_event(coder, text):
    assert coded(coder, text) == []
