"""A threat that names no party, told by a speaker who addressed a party earlier in the
same sentence, is aimed at that party (session 21, the lead): "Beijing urged Tokyo to
correct its mistakes and said China would take resolute countermeasures" threatens Japan.
A praise or a help is no address a threat continues. Every sentence is written for this
file."""

from __future__ import annotations

import pytest

from coder_helpers import roots


@pytest.mark.parametrize("text, expected", [
    ("Beijing urged Tokyo to correct its mistakes and said China would take resolute "
     "countermeasures.", ("CHN", "13", "JPN")),
    ("China's commerce ministry criticised the Netherlands over the export curbs and said "
     "China would take countermeasures.", ("CHN", "13", "NLD")),
    ("Moscow accused Helsinki of militarising the border and said Russia would respond with "
     "retaliatory measures.", ("RUS", "13", "FIN")),
])
def test_a_threat_continues_the_speakers_address(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, other", [
    ("China praised Pakistan for its support and said it would take resolute countermeasures.",
     "PAK"),
    ("Russia thanked Minsk for its help and said it would take retaliatory measures.", "BLR"),
])
def test_praise_is_no_address_a_threat_continues(coder, text, other):
    assert not any(t == other for _, r, t in roots(coder, text) if r == "13")
