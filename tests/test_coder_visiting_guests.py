"""A guest named with "visiting" after an act of meeting ("met visiting Lao President X",
"received visiting envoys", "talks with visiting ministers") is the one the host meets:
the host does not visit the guest. Sentences written for these tests."""

from __future__ import annotations

import pytest

from coder_helpers import triples


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Vietnamese Prime Minister Pham Minh Chinh met visiting Lao President Thongloun "
     "Sisoulith in Hanoi.", ("VNM", "040", "LAO")),
    ("Xi Jinping met with visiting Pakistani Prime Minister Shehbaz Sharif in Beijing.",
     ("CHN", "040", "PAK")),
    ("Putin received visiting Iranian Foreign Minister Abbas Araghchi on Friday.",
     ("RUS", "043", "IRN")),
    ("Erdogan held talks with visiting Hungarian Prime Minister Viktor Orban in Ankara.",
     ("TUR", "046", "HUN")),
    ("The Emir of Qatar welcomed visiting Egyptian President Abdel Fattah al-Sisi in Doha.",
     ("QAT", "043", "EGY")),
])
def test_the_host_meets_the_visiting_guest(coder, sentence, expected):
    found = triples(coder, sentence)
    assert expected in found
    host, _, guest = expected
    assert (host, "042", guest) not in found  # the host visits nobody


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Macron is visiting India this week.", {("FRA", "042", "IND")}),
    ("The Kenyan president met the visiting Ethiopian foreign minister in Nairobi.",
     {("KEN", "040", "ETH")}),
])
def test_other_visits_stay_as_they_were(coder, sentence, expected):
    assert triples(coder, sentence) == expected


def test_no_meeting_no_mended_guest(coder):
    assert triples(coder, "Chinese officials stopped visiting Taiwan after the election.") \
        == set()


def test_a_visit_after_a_preposition_stays_a_visit(coder):
    found = triples(coder, "Modi flew to Vienna on Tuesday after visiting Russia.")
    assert ("IND", "042", "RUS") in found
