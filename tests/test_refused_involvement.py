"""Inspectors, monitors, investigators and peacekeepers refused, denied access or barred:
international involvement declined (1245, PLOVER REJECT), not a visa rule on travellers
(172). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from coder_helpers import coded, triples


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Iraq barred UN inspectors from the presidential sites.", ("IRQ", "1245", "UN")),
    ("Myanmar refused visas to UN human rights monitors.", ("MMR", "1245", "UN")),
    ("Iran refused the IAEA inspectors.", ("IRN", "1245", "IAEA")),
])
def test_international_involvement_refused(coder, sentence, expected):
    assert expected in triples(coder, sentence)


def test_travellers_refused_entry_stay_a_visa_rule(coder):
    assert ("RUS", "172", "LVA") in triples(coder, "Russia denied entry to two Latvian "
                                                   "journalists.")


def test_a_club_barring_referees_gives_nothing(coder):
    assert coded(coder, "The club barred two referees from the stadium.") == []
