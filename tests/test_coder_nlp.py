"""The coder's spaCy pipeline: the memoised attribute ruler leaves every token exactly as
spaCy's own attribute ruler does."""

from __future__ import annotations

import pytest

from entente.coder.nlp import (
    FAST_ATTRIBUTES,
    UNUSED_COMPONENTS,
    TokenAttributes,
    load_nlp,
    model_name,
)

SENTENCES = [
    "Chile recalled its ambassador from Caracas on Tuesday.",
    "There is no agreement yet, and there were no talks in Lima.",   # expletive + "be"
    "There's a \n  gap in the text.",                                # space tokens
    "They gonna sign it, and it ain't over, y'all.",                 # two-token exceptions
    "Let's be clear: Ankara gets what it wants and Athens got nothing.",
    "C'mon, they gotta leave NOW!",
    "THE MINISTRY SAID IT WOULD RESPOND.",
    "Officials in Nairobi said: 'We'll see.'",
    "",
]


@pytest.fixture(scope="module")
def pipelines():
    import spacy

    plain = spacy.load(model_name(), exclude=list(UNUSED_COMPONENTS))
    return plain, load_nlp()


def attributes(doc) -> list[tuple]:
    return [(t.text, t.pos_, t.tag_, t.dep_, t.head.i, str(t.morph), t.lemma_) for t in doc]


def test_the_coder_pipeline_runs_the_memoised_ruler(pipelines):
    _, fast = pipelines
    assert FAST_ATTRIBUTES in fast.pipe_names
    assert "attribute_ruler" not in fast.pipe_names


@pytest.mark.parametrize("text", SENTENCES)
def test_tokens_come_out_as_spacy_leaves_them(pipelines, text):
    plain, fast = pipelines
    assert attributes(fast(text)) == attributes(plain(text))


def test_batches_and_repeats_give_the_same_tokens(pipelines):
    plain, fast = pipelines
    texts = SENTENCES * 3  # the second time round every token comes from the memo
    assert [attributes(d) for d in fast.pipe(texts, batch_size=4)] == \
        [attributes(d) for d in plain.pipe(texts, batch_size=4)]


def test_patterns_it_cannot_read_leave_the_ruler_in_charge(pipelines):
    plain, _ = pipelines
    ruler = plain.get_pipe("attribute_ruler")
    assert TokenAttributes(ruler).supported
    import spacy

    other = spacy.blank("en")
    odd = other.add_pipe("attribute_ruler")
    odd.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    memo = TokenAttributes(odd)
    assert not memo.supported
    doc = memo(other("very very good"))
    assert [t.pos_ for t in doc] == ["ADV", "ADV", ""]
