"""Wire copy puts the attribution last: "Kenya summoned the Somali envoy, the ministry said
in a statement". The parser may hang the reported clause on "said" as an adverbial clause;
it is what was said, not a subordinate background clause, and keeps the confidence the bare
sentence has. A clause with its own subordinator ("After ...") stays subordinate."""

from __future__ import annotations

import pytest

from coder_helpers import coded


def _best(coder, text: str, pair: tuple[str, str]) -> float:
    return max((e.confidence or 0.0 for e in coded(coder, text)
                if (e.source.country, e.target.country) == pair), default=0.0)


@pytest.mark.parametrize(("text", "pair"), [
    # (the parser hangs both "summoned" clauses on "said" as adverbial clauses)
    ("Guyana's foreign minister Hugh Todd summoned the Venezuelan envoy and handed him a"
     " protest note, the ministry said in a statement.", ("GUY", "VEN")),
    ("Guyana's foreign minister Hugh Todd summoned the Venezuelan envoy, the ministry said in"
     " a statement.", ("GUY", "VEN")),
    ("Kenya's foreign minister Musalia Mudavadi summoned the Somali envoy and handed him a"
     " protest note, the ministry said in a statement.", ("KEN", "SOM")),
])
def test_a_reported_clause_before_its_attribution_keeps_its_confidence(coder, text, pair):
    bare = text.rsplit(",", 1)[0] + "."
    assert _best(coder, text, pair) >= 0.5
    assert _best(coder, text, pair) == pytest.approx(_best(coder, bare, pair), abs=0.05)


def test_a_clause_with_its_own_subordinator_stays_background(coder):
    text = ("After Kenya expelled two Somali diplomats, the foreign ministry said in a"
            " statement that talks would continue.")
    assert 0 < _best(coder, text, ("KEN", "SOM")) < 0.6
