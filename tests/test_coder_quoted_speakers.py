"""Quotations: a first-person pronoun ("we", "our", "us", "I") stands for the speaker of the
quotation or reported clause it is in ('"We condemn the attack," the Polish prime minister
said'), whether the speaker comes before or after the quote, and for every coordinated
speaker; with nobody speaking (an op-ed's "we") it stands for no one."""

from __future__ import annotations

import pytest

from coder_helpers import roots, triples


@pytest.mark.parametrize("text, expected", [
    ('"We strongly condemn Russia\'s missile attack on Kyiv," the Polish prime minister told '
     'reporters.', ("POL", "11", "RUS")),
    ('"We will retaliate against Israel at a time of our choosing," Iran\'s foreign minister '
     'said on state television.', ("IRN", "13", "ISR")),
    ('The Japanese government spokesman said: "We have demanded that China immediately '
     'withdraw its coast guard ships."', ("JPN", "10", "CHN")),
    ('"We will sign the gas deal with Azerbaijan next month," the Hungarian foreign minister '
     'wrote on social media.', ("HUN", "03", "AZE")),
    # a possessive or an object pronoun is the speaker's too
    ('"Russian drones attacked our ports on the Danube again last night," the Ukrainian '
     'foreign minister wrote.', ("RUS", "19", "UKR")),
    ('"Azerbaijani forces shelled us again overnight," an Armenian defence ministry spokesman '
     'said.', ("AZE", "19", "ARM")),
    # "I told X that we ...": the speaker of the outer quote
    ('"I told President Xi that we oppose any change to the status quo by force," the '
     'Philippine president said.', ("PHL", "11", "CHN")),
])
def test_a_first_person_pronoun_is_the_quotations_speaker(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text", [
    # nobody speaks: an op-ed's "we" stands for no state
    "We must stand with Ukraine against Russian aggression.",
    "Our leaders should never have trusted Beijing.",
    # the quoted clause tells of no act
    '"We are watching the situation very closely," a Chilean diplomat said.',
])
def test_a_first_person_pronoun_with_no_speaker_or_act_gives_no_dyad(coder, text):
    assert not {t for t in triples(coder, text) if t[0] and t[2]}
