"""A role held by an object pronoun is filled in the text, whoever the pronoun stands for
(session 21, the lead): when the memory cannot tell who "him", "her" or "them" is, the
surface fallback must not give the role to a name inside the act's own content ("accused
him of selling drones to Iran" accuses no Iranian). Every sentence is written for this
file."""

from __future__ import annotations

import pytest

from coder_helpers import roots


@pytest.mark.parametrize("text, content", [
    ("Federal prosecutors accuse him of shipping microelectronics to Russian arms makers.",
     "RUS"),
    ("A court in Ankara sentenced her to ten years for spying for Greece.", "GRC"),
    ("Police in Warsaw detained them on Tuesday on suspicion of working for Belarusian "
     "intelligence.", "BLR"),
    ("The ministry charged him with passing secrets to Chinese agents.", "CHN"),
])
def test_an_unresolved_object_pronoun_takes_no_name_from_the_content(coder, text, content):
    assert not any(t == content for _, _, t in roots(coder, text))


@pytest.mark.parametrize("text, expected", [
    # the pronoun that the memory resolves still holds the role
    ("Iran's foreign minister Abbas Araghchi met Omani envoys in Muscat. Washington later "
     "accused him of stalling the talks.", ("USA", "11", "IRN")),
    ("Ukraine's foreign minister met his Turkish counterpart in Antalya. He urged him to "
     "keep the Bosphorus closed to Russian warships.", ("UKR", "02", "TUR")),
    # a named object, where the fallback is never asked
    ("Washington accused Beijing of selling drone parts to Moscow.", ("USA", "11", "CHN")),
])
def test_named_and_resolved_objects_keep_their_role(coder, text, expected):
    assert expected in roots(coder, text)


@pytest.mark.parametrize("text, plural", [
    ("Iran's foreign minister Abbas Araghchi met Omani envoys in Muscat. Washington later "
     "accused him of stalling the talks.", "OMN"),
    ("Chinese President Xi Jinping received Brazilian ministers in Beijing. Japan criticised "
     "him for ignoring the dispute.", "BRA"),
    ("Kenya's president William Ruto hosted the foreign ministers of Uganda and Tanzania. "
     "Somalia urged him to mediate with Ethiopia.", "UGA"),
])
def test_he_or_him_never_stands_for_several_office_holders(coder, text, plural):
    # (the singular pronoun skips the plural office, whoever it then stands for)
    assert not any(t == plural and root in ("02", "11") for _, root, t in roots(coder, text))
