"""The mendings' gates (coder/mendgate.py) only skip a mending that could not fire: every
parse comes out of `mend_parse` exactly as it does with every mending run. Checked on the
examples each mending's docstring gives (the constructions it exists for) and on sentences
none of them fits."""

from __future__ import annotations

import inspect
import re

import pytest

from entente.coder import mend
from entente.coder.mendgate import PRESENT_KEY, Present

#: Sentences no mending is meant for, and headlines, lists, brackets and reports around them.
PLAIN = [
    "The ministers met in Geneva on Tuesday to discuss the water dispute.",
    "Officials in Lagos said the talks would resume next week.",
    "BRUSSELS - EU envoys approve aid package for Moldova",
    "Peru, Chile sign fishing accord",
    "The Andean Community (CAN) and the Pacific Alliance (PA) held a joint session.",
    "Ecuador said it had recalled its ambassador, the foreign ministry announced on Friday.",
]


def _examples() -> list[str]:
    """The quoted examples of the docstrings of mend.py's mendings."""
    found: list[str] = []
    for name, function in inspect.getmembers(mend, inspect.isfunction):
        if name.startswith("mend_") and name != "mend_parse":
            found += [q for q in re.findall(r'"([^"]{12,})"', function.__doc__ or "")
                      if len(q.split()) >= 3]
    return sorted(set(found))


def _labels(doc) -> list[tuple]:
    return [(t.head.i, t.dep_, t.tag_, t.pos_, t.lemma_, t.left_edge.i, t.right_edge.i)
            for t in doc]


def _mended(coder, text: str, gated: bool) -> list[tuple]:
    doc = coder.nlp(coder._parse_form(text))
    coder.lemmas.assign(doc)
    args = (coder._told_verb, coder._is_demonym, coder.rules, coder._act_of,
            coder._no_passive, coder._verb_form)
    if gated:
        mend.mend_parse(doc, *args)
    else:  # every mending run, as before the gates
        mend._mend_all(doc, *args)
    return _labels(doc)


def test_the_docstrings_give_examples():
    assert len(_examples()) > 60


@pytest.mark.parametrize("text", _examples() + PLAIN)
def test_a_gated_parse_is_the_parse_with_every_mending(coder, text):
    assert _mended(coder, text, gated=True) == _mended(coder, text, gated=False)


def test_every_mending_but_the_cheapest_has_a_gate():
    gated = [name for name, f in inspect.getmembers(mend, inspect.isfunction)
             if name.startswith("mend_") and hasattr(f, "gate")]
    assert len(gated) >= 35


def test_a_mending_called_alone_runs_ungated(coder):
    doc = coder.nlp("Sweden expels Russian diplomat over spying")
    assert PRESENT_KEY not in doc.user_data
    mend.mend_headline_subjects(doc, coder._act_of)  # no gate outside mend_parse
    assert doc[0].dep_ == "nsubj"


def test_the_present_labels_are_read_again_after_a_change(coder):
    doc = coder.nlp("Sweden expels Russian diplomat over spying")
    present = Present(doc)
    pair = ("nsubj", doc[0].pos_)
    assert pair not in present.dep_pos
    present.before_mending()
    doc[0].dep_ = "nsubj"
    present.after_mending()
    assert pair in present.dep_pos
    assert "sweden" in present.words


def test_a_walk_for_a_verb_starts_only_where_its_lemma_is(coder):
    from entente.coder.spans import lemma_holds

    doc = coder.nlp("The missile test drew sharp criticism from Seoul.")
    coder.lemmas.assign(doc)
    assert lemma_holds(doc, {"draw", "prompt"})
    assert not lemma_holds(doc, {"tolerate"})


def test_names_remembered_from_one_phrase_reach_every_document(coder):
    from entente.actors.mention import DocumentContext, Mention

    placed = Mention("Foreign Minister Marta Quispe", 0, 0, "person", "BOL", "GOV", "BOLGOV")
    for _ in range(2):  # (the second time from the resolver's memo of the phrase)
        context = DocumentContext()
        coder.resolver.remember_names(placed.text, placed, context)
        assert context.person("Quispe") is not None
