"""What a letter says is said to its reader (session 19, helper mcoped, from the
Multi-CoPED train part; every sentence is written for this file): a participle after a
letter, note or message sent to a party ("sent a note to Moscow demanding ...", "wrote to
Warsaw threatening ...") asks, demands or threatens the reader when its act names no other
party; an act that names one keeps it ("accusing Chad of ...")."""

from __future__ import annotations

import pytest

from coder_helpers import coded


def _acts(coder, text: str) -> set[tuple[str, str, str | None]]:
    return {(e.source.country, e.cameo_code[:2], e.target.country if e.target else None)
            for e in coded(coder, text) if e.cameo_code != "010"}


@pytest.mark.parametrize("text, expected", [
    ("Germany sent a diplomatic note to Russia demanding the release of the journalist.",
     ("DEU", "10", "RUS")),
    ("Trump sent a letter to the WHO chief threatening to cut US funding.",
     ("USA", "13", "WHO")),
    ("Washington sent a letter to Baghdad threatening to freeze its aid.",
     ("USA", "13", "IRQ")),
    ("Poland sent a note to Moscow demanding the release of the detained activist.",
     ("POL", "10", "RUS")),
    ("Ottawa sent a note to Beijing demanding the release of two Canadians.",
     ("CAN", "10", "CHN")),
])
def test_a_letter_asks_or_threatens_its_reader(coder, text, expected):
    found = _acts(coder, text)
    assert expected in found, found
    assert not any(t == s for s, _, t in found)  # (never the writer's own country)


@pytest.mark.parametrize("text, expected, reader", [
    ("Sudan sent a letter to the African Union accusing Chad of backing the rebels.",
     ("SDN", "11", "TCD"), "AU"),
    ("Kuwait sent a letter to the UN Security Council urging Iraq to return the archives.",
     ("KWT", "02", "IRQ"), "UNSC"),
])
def test_an_act_that_names_its_party_keeps_it(coder, text, expected, reader):
    found = _acts(coder, text)
    assert expected in found, found
    assert not any(t == reader for _, _, t in found)
