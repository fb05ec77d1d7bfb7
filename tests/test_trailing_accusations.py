"""Accusations told after the deed: "Indian troops shelled border posts, Pakistan charged".
A verb of accusing or protesting that follows its clause after a comma (which the parser
often hangs on that clause as an adverbial clause) tells that clause, and its target is the
clause's doer, as for "Pakistan charged that Indian troops had shelled ..."; a time phrase
of the verb ("alleged on Sunday") names no target and does not hide the clause's doer."""

from __future__ import annotations

import pytest

from coder_helpers import triples


@pytest.mark.parametrize("text, expected", [
    # the verb of accusing after its clause
    ("Indian troops fired mortar rounds at border posts, Pakistan charged on Friday.",
     ("PAK", "1121", "IND")),
    ("Myanmar soldiers burned villages in Rakhine state, Bangladesh alleged on Sunday.",
     ("BGD", "112", "MMR")),
    ("Austrian border guards turned back Italian trucks at the Brenner pass, Italy "
     "protested on Tuesday.", ("ITA", "114", "AUT")),
    # before its clause, with a time phrase and a perfect in between
    ("Bangladesh alleged on Sunday that Myanmar soldiers had burned villages near the "
     "border.", ("BGD", "112", "MMR")),
    ("Egypt alleged on Tuesday that Ethiopia had filled the dam without an agreement.",
     ("EGY", "112", "ETH")),
    ("Lithuania protested that Belarusian guards had pushed migrants across the border.",
     ("LTU", "114", "BLR")),
])
def test_an_accusation_targets_the_doer_of_the_clause_it_tells(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    # a participle after a comma tells nothing: no accusation
    "Indian troops fired mortar rounds at border posts, killing two civilians.",
    # a trailing report by a speaker whose deed has no named victim's state
    "Police in Lagos detained three journalists, the union said on Friday.",
    # an accusation with nothing told: no target, no event
    "Kenya charged on Monday.",
    "Thousands of teachers protested in Nairobi on Monday.",
])
def test_no_told_clause_gives_no_accusation(coder, text):
    assert not {e for e in triples(coder, text) if e[1][:2] in ("11", "14") and e[0] and e[2]}
