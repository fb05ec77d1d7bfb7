"""Classes of construction found wanting on the PLOVER train records (round 3), pinned with
sentences of our own.

Conjoined verbs: "A bomb killed three soldiers and wounded four others": the second verb
shares the first one's subject, never its object; when that subject is no actor the second
verb has no doer, and no name from the first verb's words stands in for one."""

from __future__ import annotations

import pytest

from coder_helpers import coded


def _sources(coder, text: str, trigger: str) -> set[str | None]:
    return {e.source.country for e in coded(coder, text) if e.trigger_text and
            trigger in e.trigger_text}


@pytest.mark.parametrize("text, trigger", [
    ("A roadside bomb near Kirkuk killed three Iraqi soldiers and wounded four others on "
     "Monday.", "wounded"),
    ("A landslide buried two Nepali villages and injured dozens of residents.", "injured"),
    ("An explosion at a depot in Kharkiv killed two Ukrainian firefighters and injured six "
     "more.", "injured"),
    ("Heavy shelling destroyed a Syrian army post and killed five civilians nearby.", "killed"),
    ("A car bomb struck a Somali police convoy and wounded eleven people in Mogadishu.",
     "wounded"),
])
def test_a_conjoined_verb_never_takes_the_first_verbs_object_for_its_doer(one_sided_coder,
                                                                            text, trigger):
    assert _sources(one_sided_coder, text, trigger) <= {None}


@pytest.mark.parametrize("text, trigger, source", [
    # the shared subject is an actor: the second verb is its act
    ("Turkish jets bombed Kurdish positions in Iraq and killed six fighters.", "killed", "TUR"),
    ("Nigerian troops raided a militant camp and freed twelve hostages.", "freed", "NGA"),
])
def test_a_conjoined_verb_keeps_the_shared_subject(one_sided_coder, text, trigger, source):
    assert _sources(one_sided_coder, text, trigger) == {source}
