"""A yielding that names no one gives way to whoever pressed it (session 21, the lead):
"Trump announced tariffs on Colombian imports. Bogota backed down" is Colombia conceding
to the United States. The party pressed is the yielding party's country; the pressure is
a demand, a threat, sanctions or coercion told within a few sentences (roles.yaml
`yielding_roots`, `pressing_roots`). Every sentence is written for this file."""

from __future__ import annotations

import pytest

from coder_helpers import roots


@pytest.mark.parametrize("text, expected", [
    ("President Trump announced tariffs on all Colombian imports on Sunday. Bogota backed "
     "down within hours.", ("COL", "08", "USA")),
    ("China imposed sanctions on Lithuania over its Taiwan office. Vilnius later caved in.",
     ("LTU", "08", "CHN")),
    ("Ankara demanded that Stockholm extradite the activists before it would ratify. "
     "Sweden relented in June.", ("SWE", "08", "TUR")),
    ("Beijing threatened to halt rare earth exports to Japan. Tokyo climbed down within "
     "days, releasing the captain.", ("JPN", "08", "CHN")),
])
def test_a_yielding_gives_way_to_who_pressed_it(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    # no one pressed the yielding party: it gives way to no one named
    "Brazil praised Argentina's reforms. Buenos Aires backed down on Tuesday.",
    "Mexico backed down.",
    # climbing down a mountain, and a surrender told as history
    "The mountaineers climbed down the north face after the storm.",
    "Italy capitulated in 1943.",
])
def test_no_pressure_no_party_given_way_to(coder, text):
    assert not [r for r in roots(coder, text) if r[1] == "08"]
