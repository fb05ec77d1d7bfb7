"""Classes an analyst reading our own articles called wrong: forces moved to a frontier,
name-calling however the parser hangs the name, and Commonwealth diplomats by title."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic

# --- forces moved to a frontier: a show of force facing the state beyond it ---------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Russia massed troops on its border with Ukraine.", ("RUS", "154", "UKR")),
    ("Poland sent additional troops to its border with Belarus.", ("POL", "154", "BLR")),
    ("Belarus sent troops to the Polish border.", ("BLR", "154", "POL")),
    ("India deployed more soldiers along its border with China.", ("IND", "154", "CHN")),
])
def test_forces_sent_to_a_frontier_face_the_state_beyond_it(coder, text, expected):
    found = dyadic(coder, text)
    assert expected in found
    assert not [e for e in found if e[1].startswith("07")]  # no protection of the neighbour


def test_troops_sent_to_a_country_stay_protection(coder):
    assert ("TUR", "074", "QAT") in dyadic(coder, "Turkey sent troops to Qatar under a defence"
                                                  " pact.")


# --- name-calling: no phone call, and criticism when the name is a judgement --------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Argentina's president Javier Milei has called Lula a corrupt communist.",
     ("ARG", "111", "BRA")),
    ('Milei, who has called Lula a "corrupt communist", skipped the summit in Rio.',
     ("ARG", "111", "BRA")),
    ("Biden called Xi a dictator.", ("USA", "111", "CHN")),
    ("Pakistan called India's move a violation of the treaty.", ("PAK", "111", "IND")),
])
def test_calling_someone_names_is_criticism(coder, text, expected):
    found = dyadic(coder, text)
    assert expected in found
    assert not [e for e in found if e[1] == "041"]


def test_a_plain_call_stays_a_call(coder):
    assert dyadic(coder, "Scholz called Macron on Friday evening to discuss Ukraine.") == {
        ("DEU", "041", "FRA")}


# --- Commonwealth diplomats: a high commissioner is an ambassador -------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("India summoned Pakistan's deputy high commissioner on Monday.", ("IND", "114", "PAK")),
    ("Kenya summoned the British high commissioner over the remarks.", ("KEN", "114", "GBR")),
])
def test_a_high_commissioner_is_a_diplomat_of_his_state(coder, text, expected):
    assert expected in dyadic(coder, text)
