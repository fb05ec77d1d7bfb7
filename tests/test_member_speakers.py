"""What an organisation may do, told by one of its member states ("the EU may suspend aid,
the Dutch foreign minister said"), is the organisation's own warning or intent, not a
forecast by an outsider (roles.yaml `pair_blocs` lists the members). Told by a state that is
no member it stays a forecast and gives nothing. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from coder_helpers import coded, triples


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The EU may suspend aid to Niger, the Dutch foreign minister said.", ("EU", "1311", "NER")),
    ("The EU could impose sanctions on Georgia, the Lithuanian foreign minister said.",
     ("EU", "1312", "GEO")),
    ("The European Community could withdraw its monitors from Croatia, Italian Foreign "
     "Minister Gianni De Michelis said.", ("EU", "136", "HRV")),
    ("ECOWAS may send troops to Niger, Nigerian officials said.", ("ECOWAS", "0334", "NER")),
])
def test_a_member_state_tells_what_its_organisation_may_do(coder, sentence, expected):
    assert expected in triples(coder, sentence)


@pytest.mark.parametrize("sentence", [
    "NATO could attack Belarus, the Russian foreign minister said.",
    "The EU may impose sanctions on Iran, the Iranian foreign minister said.",
    "ASEAN could suspend Myanmar, Chinese diplomats said.",
])
def test_an_outsider_foretelling_an_organisation_gives_nothing(coder, sentence):
    assert coded(coder, sentence) == []
