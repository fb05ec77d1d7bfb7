"""Vocabulary by PLOVER kind (issue 13, class 10), second round: control of a place handed
to another party (080), checkpoints dismantled or removed (0872), armed units disbanded
(0873), people hacked, beaten or clubbed to death (1823), peacekeepers and inspectors
accepted, received or hosted (0861, 0862); and the place left "out of" or "away from" is
the target of a withdrawal ("pulled its troops out of Lebanon"). Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from coder_helpers import coded, triples


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Philippines handed control of the island to Malaysia.", ("PHL", "080", "MYS")),
    ("Israel dismantled checkpoints in the West Bank.", ("ISR", "0872", "PSE")),
    ("Serbia removed its checkpoints on the Kosovo border.", ("SRB", "0872", "XKX")),
    ("The Ugandan rebels disbanded their units in Congo.", ("UGA", "0873", "COD")),
    ("Kenyan police clubbed to death a Ugandan trader.", ("KEN", "1823", "UGA")),
    ("Angola accepted a UN peacekeeping force.", ("AGO", "0861", "UN")),
    ("Somalia received a contingent of Kenyan peacekeepers.", ("SOM", "0861", "KEN")),
    ("Georgia received a team of EU monitors.", ("GEO", "0862", "EU")),
    ("Syria pulled its troops out of Lebanon.", ("SYR", "0872", "LBN")),
    ("Russia withdrew its forces out of Georgia.", ("RUS", "0872", "GEO")),
])
def test_handovers_withdrawals_and_killings(coder, sentence, expected):
    assert expected in triples(coder, sentence)


def test_a_visit_received_stays_a_visit(coder):
    assert ("KEN", "043", "SOM") in triples(coder, "Kenya received the Somali president in "
                                                   "Nairobi.")


@pytest.mark.parametrize("sentence", [
    "The company dismantled its old factory in Ohio.",
    "The coach handed control of the team to his assistant.",
    "Samsung beat Apple to the market with a folding phone.",
    "Brazil beat Argentina to the title.",
    "The band disbanded in 1999 after a tour of Japan.",
    "The WTO urged members to dismantle trade barriers with China.",
    "Police removed barricades set up by protesters in Paris.",
    "Peacekeepers received medals from the Irish army.",
])
def test_other_handing_beating_and_dismantling_gives_nothing(coder, sentence):
    assert coded(coder, sentence) == []
