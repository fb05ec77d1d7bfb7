"""A possessive pronoun does not stand for a party named only inside an apposition that
describes its clause's subject: in "Turkey, a key NATO ally, has urged its citizens to
leave Lebanon" the citizens are Turkey's, never NATO's (as a relative clause that describes
a party is passed over: "Poland, which borders Belarus, sent troops to its border"). A
pronoun in a reported clause still stands for the other state ("Vietnam said Chinese ships
rammed its fishing boats")."""

from __future__ import annotations

import pytest

from coder_helpers import coded


@pytest.mark.parametrize("text, owner, described", [
    ("Turkey, a key NATO ally, has urged its citizens to leave Lebanon.", "TUR", "NATO"),
    ("Pakistan, a close American partner, told its nationals to leave Iraq.", "PAK", "USA"),
])
def test_its_passes_over_the_described_party(coder, text, owner, described):
    owned = [e.target for e in coded(coder, text)
             if e.target is not None and e.target.text.startswith("its ")]
    assert all(t.country == owner for t in owned)
    assert not any(t.country == described for t in owned)


def test_a_reported_victim_is_still_the_speakers(coder):
    found = {(e.source.country, e.target.country) for e in
             coded(coder, "Vietnam said Chinese ships rammed its fishing boats.")
             if e.source and e.target}
    assert ("CHN", "VNM") in found
