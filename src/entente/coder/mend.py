"""Mending one parse error the coder meets often in wire copy: a participle of saying read as
the head noun of the name before it.

"Colombia sent a note to the OAS warning that it would protect its airspace" is parsed with
"the OAS warning" as one noun phrase (the acronym a compound of a noun "warning") and the
"that" clause hanging on that noun. A reader takes "warning" for a participle of the
sentence's verb, told by its subject, with "the OAS" the addressee of the note.
`mend_told_participles` re-hangs such tokens so that every later rule reads the sentence as
the reader does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: Dependencies of a clause that tells what was said ("that it would ...", "to leave").
_TOLD = frozenset({"acl", "relcl", "ccomp"})


def mend_told_participles(doc: Any, verb_of: Callable[[str], str | None]) -> None:
    """Re-hang each "-ing" noun of `doc` that is a participle of a verb (`verb_of` gives the
    verb of an "-ing" form, or None) glued to a name before it and followed by a "that"
    clause: the name takes the noun's place; the participle becomes an adverbial clause of
    the verb above, with the clause its complement."""
    for token in doc:
        if token.pos_ != "NOUN" or token.tag_ != "NN" or not token.lower_.endswith("ing") \
                or token.dep_ not in ("pobj", "dobj") or token.i == 0:
            continue
        name = doc[token.i - 1]
        if name.dep_ != "compound" or name.head.i != token.i or name.pos_ != "PROPN":
            continue
        told = [c for c in token.children if c.dep_ in _TOLD and c.i > token.i
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        verb = verb_of(token.lower_)
        if not told or verb is None:
            continue
        governor = token.head.head if token.dep_ == "pobj" else token.head
        if governor.pos_ not in ("VERB", "AUX"):
            continue
        for child in [c for c in token.children if c.i < name.i]:
            child.head = name  # ("the" of "the OAS warning")
        name.head, name.dep_ = token.head, token.dep_
        token.head, token.dep_ = governor, "advcl"
        token.pos_, token.tag_, token.lemma_ = "VERB", "VBG", verb
        for clause in told:
            clause.dep_ = "ccomp"
