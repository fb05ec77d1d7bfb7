"""Headlines put a comma where prose puts "and": "Modi, Putin discuss Ukraine war in phone
call" names two subjects, of a joint act. The parser hangs the first name on the verb as an
adverb or a clause; the mending makes the two names one coordinated subject. Only names that
open the line count, and only when the second is the verb's subject: an opening adverb or
place ("Separately, Putin said", "In Moscow, Putin met Xi") stays as it is."""

from __future__ import annotations

import pytest

from coder_helpers import dyadic


@pytest.mark.parametrize("text, pair, root", [
    ("Modi, Putin discuss Ukraine war in phone call", ("IND", "RUS"), "04"),
    ("Xi, Biden agree to resume military talks", ("CHN", "USA"), "03"),
    ("Macron, Scholz meet in Paris to discuss Ukraine aid", ("FRA", "DEU"), "04"),
])
def test_two_names_before_a_headline_verb_act_together(coder, text, pair, root):
    found = {(s, t) for s, c, t in dyadic(coder, text) if c.startswith(root)}
    assert found == {pair, pair[::-1]}


@pytest.mark.parametrize("text, expected", [
    ("In Moscow, Putin met Xi on Tuesday.", {("RUS", "040", "CHN")}),
    ("Separately, Erdogan called Netanyahu a war criminal.", {("TUR", "111", "ISR")}),
])
def test_an_opening_phrase_is_no_second_subject(coder, text, expected):
    assert dyadic(coder, text) == expected
