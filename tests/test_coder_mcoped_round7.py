"""Classes found studying the Multi-CoPED train slice (round 7 of issue 13), each pinned by
sentences we wrote: acts a sentence tells twice, and acts told only as what another act
is about."""

from __future__ import annotations

import pytest

from coder_helpers import coded, triples


@pytest.fixture(scope="module")
def sided_coder(coder):
    """One-sided happenings too, as the Multi-CoPED and PLOVER evaluations read them."""
    from entente.coder import Coder

    return Coder(resolver=coder.resolver, model=coder.nlp, one_sided=True)


def codes(coder, text: str) -> list[str]:
    return [e.cameo_code for e in coded(coder, text)]


# --- a purpose clause that retells the act it serves -------------------------------------

@pytest.mark.parametrize("text, kept", [
    ("The European Commission announced new humanitarian assistance to help people in Chad "
     "and Niger.", "073"),
    ("Canada provided five million dollars to support refugee families in Lebanon.", "071"),
    ("Dock workers in Antwerp went on strike to protest the new port law.", "143"),
    ("Japan lent two billion dollars to Sri Lanka to aid the island's recovery.", "071"),
])
def test_a_purpose_of_the_same_kind_gives_no_second_event(sided_coder, text, kept):
    found = codes(sided_coder, text)
    assert kept in found
    assert all(c[:2] == kept[:2] for c in found)
    assert len({c for c in found}) == 1


@pytest.mark.parametrize("text, expected", [
    # a purpose of another kind is an act of its own
    ("Britain deployed instructors to Ukraine to train Ukrainian soldiers.",
     ("GBR", "062", "UKR")),
    ("Britain deployed instructors to Ukraine to train Ukrainian soldiers.",
     ("GBR", "154", "UKR")),
])
def test_a_purpose_of_another_kind_stays(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    "Dock workers went on strike to protest the new port law.",
    "The charity raised money to help flood victims.",
])
def test_a_purpose_without_two_parties_gives_no_dyad(coder, text):
    assert coded(coder, text) == []
