"""Actor codes are CAMEO codes on every path, also for a body owned by a pronoun ("its
navy") whose state has a CAMEO code unlike its ISO code: Romania is ROM, Bosnia BOS
(session 17). Every sentence is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import coded


@pytest.mark.parametrize("text, country, code", [
    ("Bucharest said its navy had detained a Russian-flagged tanker.", "ROU", "ROMMIL"),
    ("Ankara says its navy detained a Greek cargo ship.", "TUR", "TURMIL"),
])
def test_a_body_owned_by_a_pronoun_has_its_states_cameo_code(coder, text, country, code):
    sources = [e.source for e in coded(coder, text)]
    assert any(s.country == country and s.code == code for s in sources)
