"""Double objects: the receiver named right after a verb of giving is its target, also when
the small parser hangs the name on the object noun ("gave Bolivia military aid")."""

from __future__ import annotations

import pytest

from coder_helpers import triples


@pytest.mark.parametrize("text,pair", [
    ("Japan granted Vietnam fresh loans for the metro line.", ("JPN", "VNM")),
    ("The European Union gave Moldova new budget support on Tuesday.", ("EU", "MDA")),
    ("Chile offered Bolivia emergency aid after the floods.", ("CHL", "BOL")),
    # the parser's own dative: sending, shipping, lending and selling take it like giving
    ("Poland sent Ukraine more howitzers on Monday.", ("POL", "UKR")),
    ("Kuwait lent Jordan 300 million dollars for the pipeline.", ("KWT", "JOR")),
])
def test_a_receiver_hung_on_the_object_is_the_target(coder, text, pair):
    assert pair in {(s, t) for s, _, t in triples(coder, text)}


@pytest.mark.parametrize("text", [
    "The minister visited Bolivia military bases.",
])
def test_a_name_before_another_verbs_object_is_no_receiver(coder, text):
    assert not any(s and t for s, _, t in triples(coder, text))


@pytest.mark.parametrize("text,pair", [
    # the parser marks "to" itself as the dative; the receiver is its object
    ("Algeria sent three shipments of ammunition to Niamey last month.", ("DZA", "NER")),
    ("Belarus sent a convoy of tanks to Russia on Friday.", ("BLR", "RUS")),
])
def test_goods_counted_in_shipments_go_to_the_receiver(coder, text, pair):
    assert (pair[0], "072", pair[1]) in triples(coder, text)
