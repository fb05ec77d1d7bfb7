"""An act said to someone, told in the clause a verb of telling tells someone: "Lavrov told
his Turkish counterpart that Moscow would not accept the proposal" is Russia's rejection
said to Turkey, though the proposal names no owner. Only acts said to someone (appeals,
demands, criticism, rejections, threats) and only verbs that tell a person or party
(tell, assure, inform): "told reporters" names nobody."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic


@pytest.mark.parametrize("text, expected", [
    ("Lavrov told his Turkish counterpart that Moscow would not accept the proposal.",
     ("RUS", "12", "TUR")),
    ("The Chinese envoy told Manila that Beijing rejected the offer of talks.",
     ("CHN", "12", "PHL")),
    ("Kenya's president informed Ethiopia that Nairobi would not accept the new plan.",
     ("KEN", "12", "ETH")),
])
def test_an_answer_told_to_someone_is_said_to_them(coder, text, expected):
    source, root, target = expected
    assert any(s == source and c.startswith(root) and t == target
               for s, c, t in dyadic(coder, text))


@pytest.mark.parametrize("text", [
    "The minister told reporters that Russia rejected the plan.",
    "Officials told the newspaper that Moscow would not accept the proposal.",
])
def test_telling_the_press_names_no_addressee(coder, text):
    assert not dyadic(coder, text)
