"""Three classes the lead found reading articles of its own through `entente code` (session
20); every sentence is written for this file.

- A headline's comma standing for "and" before a title its state's name opens ("Azerbaijan,
  Armenia leaders meet") joins two subjects, as it does before a bare name.
- Contact or ties cut off "with" a party break relations with it (161); communication cut
  off "to" a place stays a blockade (163).
- An envoy recalled with no post named, by a state not told of before, "also" recalled:
  from the party the state told of just before recalled its own envoy from or broke with.
"""

from __future__ import annotations

import pytest

from coder_helpers import roots


@pytest.mark.parametrize("text, pair", [
    ("Azerbaijan, Armenia leaders meet in Granada amid tensions", ("AZE", "ARM")),
    ("China, Japan foreign ministers hold talks in Busan", ("CHN", "JPN")),
    ("Serbia, Kosovo negotiators meet in Brussels", ("SRB", "XKX")),
    ("Russia, Ukraine officials trade blame over dam collapse", ("RUS", "UKR")),
])
def test_a_headline_comma_joins_a_name_and_a_title(coder, text, pair):
    found = {(s, t) for s, _, t in roots(coder, text)}
    one, two = pair
    assert (one, two) in found and (two, one) in found


def test_a_dateline_comma_before_a_title_joins_nothing_foreign(coder):
    found = roots(coder, "WASHINGTON, Pentagon officials said on Monday that the drills "
                         "would go ahead as planned.")
    assert all(s == t or s == "USA" for s, _, t in found)


@pytest.mark.parametrize("text, expected", [
    ("Turkey's President Tayyip Erdogan said he had cut off contact with Netanyahu.",
     ("TUR", "16", "ISR")),
    ("Ankara has cut off all contact with the Israeli government.", ("TUR", "16", "ISR")),
    ("Rwanda cut off ties with Belgium on Monday.", ("RWA", "16", "BEL")),
])
def test_contact_cut_off_with_a_party_breaks_relations(coder, text, expected):
    assert expected in roots(coder, text)


def test_communication_cut_off_to_a_place_stays_a_blockade(coder):
    assert ("ISR", "16", "PSE") in roots(coder, "Israel cut off communications to Gaza.")


@pytest.mark.parametrize("text, expected", [
    ("South Africa recalled its diplomats from Israel. Belize and Chad also recalled their "
     "ambassadors.", {("BLZ", "16", "ISR"), ("TCD", "16", "ISR")}),
    ("Bolivia severed diplomatic ties with Israel on Tuesday. Chile also recalled its "
     "ambassador.", {("CHL", "16", "ISR")}),
])
def test_an_envoy_also_recalled_is_recalled_from_the_same_party(coder, text, expected):
    assert expected <= roots(coder, text)


def test_a_recall_with_no_echo_and_no_party_stays_out(coder):
    found = roots(coder, "South Africa recalled its diplomats from Israel. Chad recalled its "
                         "ambassador to Paris for consultations.")
    assert ("TCD", "16", "ISR") not in found
