"""Classes found studying the Multi-CoPED train slice (round 5 of issue 13), each pinned by
sentences we wrote: the party whose words a "the demands of ..." phrase names."""

from __future__ import annotations

import pytest

from coder_helpers import coded


@pytest.fixture(scope="module")
def every_coder(coder):
    """One-sided happenings and events under the confidence floor too, as the Multi-CoPED
    evaluation reads them: for tests of where a target phrase is, not of whether it shows."""
    from entente.coder import Coder

    return Coder(resolver=coder.resolver, model=coder.nlp, one_sided=True, min_confidence=0)


def targets(coder, text: str) -> set[tuple[str, str]]:
    """(CAMEO root, target text) of every event with a target."""
    return {(e.cameo_code[:2], e.target.text) for e in coded(coder, text)
            if e.target is not None and e.target.text}


# --- the "of" phrase of a word said or offered names its author ----------------------------

@pytest.mark.parametrize("text, expected", [
    ("The government gave in to the demands of the striking teachers.",
     "the striking teachers"),
    ("The president rejected the proposal of the opposition leader.",
     "the opposition leader"),
    ("The cabinet turned down the request of the farmers' union for new subsidies.",
     "the farmers' union"),
    ("The minister dismissed the concerns of local residents.", "local residents"),
])
def test_the_words_of_a_party_stand_for_that_party(every_coder, text, expected):
    assert expected in {t for _, t in targets(every_coder, text)}


@pytest.mark.parametrize("text, unwanted", [
    # the "of" object of a deed is its patient, and one of words that is no party no author
    ("The court ordered the release of the detained journalists.", None),
    ("The president rejected the demands of the reform campaign.", "the reform campaign"),
])
def test_the_of_phrase_of_a_deed_or_a_thing_is_no_author(every_coder, text, unwanted):
    found = {t for _, t in targets(every_coder, text)}
    assert unwanted not in found
    assert not any(t in ("the detained journalists",) for t in found)
