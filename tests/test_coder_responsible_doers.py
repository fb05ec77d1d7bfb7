"""Who is responsible for a deed did it: "the militia was responsible for the massacre of
villagers" makes the militia the doer of the massacre, as "the militia carried out the
massacre" does (roles.yaml `doer_adjectives`). Being held responsible by someone else is an
accusation of theirs, and a deed noun that no lexicon row codes gives nothing."""

from __future__ import annotations

import pytest

from coder_helpers import coded


def _deeds(coder, text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.text, e.cameo_code[:2], e.target.country) for e in coded(coder, text)}


@pytest.mark.parametrize("text, doer, root", [
    ("Boko Haram is responsible for the abduction of 276 Nigerian schoolgirls in Chibok.",
     "Boko Haram", "18"),
    ("Al-Shabaab was responsible for the bombing of a Kenyan army base in Lamu.",
     "Al-Shabaab", "19"),
    ("Hamas was responsible for the abduction of three Israeli teenagers, Israel said.",
     "Hamas", "18"),
    ("The Taliban were responsible for the bombing of an Afghan army convoy near Kandahar.",
     "The Taliban", "19"),
    ("Serbian paramilitaries were responsible for the killing of Bosnian civilians in "
     "Srebrenica.", "Serbian paramilitaries", "19"),
    ("Sudanese militias have been responsible for mass killings of Chadian refugees.",
     "Sudanese militias", "19"),
])
def test_the_one_responsible_for_a_deed_did_it(coder, text, doer, root):
    assert any(src == doer and code == root for src, code, _ in _deeds(coder, text))


@pytest.mark.parametrize("text", [
    # responsible for a task, a portfolio or a thing: no deed
    "The ministry is responsible for the distribution of vaccines across the country.",
    "Kenyan police are responsible for security at the border crossing.",
])
def test_responsible_for_a_task_is_no_deed(coder, text):
    assert not {d for d in _deeds(coder, text) if d[1] in ("18", "19", "20")}
