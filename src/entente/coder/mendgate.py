"""Gates that let `mend.mend_parse` skip a mending that cannot fire on a parse.

Each mending walks every token of the parse and fires only where a word, a dependency, a
tag or a lemma it names is present ("to" for a shifted measure, a comma for a trailing
report). Walking the parse makes spaCy build a Token object per word: over the forty
mendings that was a tenth of the coder's time, nearly all of it on parses where nothing
fires. `Present` reads once what a parse holds; `needs` attaches to a mending a test of
what it requires (a necessary condition of its own tests, read off its code), and the
mending runs only when that test holds, so every parse comes out as before. A change to
what a mending tests must change its gate too: tests/test_mend_gates.py mends the examples
of every mending's docstring with and without the gates, so give a new construction its
example there.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from .spans import parse_words

#: Key of the `Present` of a parse in its `user_data` while `mend_parse` runs.
PRESENT_KEY = "entente.mend_present"


class Present:
    """What a parse holds, for the mendings' gates: its lower-case words (which no mending
    changes) and its dependencies, tags, parts of speech, lower-case lemmas, the
    (dependency, part of speech) and (dependency, tag) pairs of its words and its
    sentences, read again when a mending that ran changed the parse (mendings re-hang,
    re-label and re-tag words)."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.words = parse_words(doc)  # (kept for the coder's rules: see `word_holds`)
        self.stale = True
        self._print: bytes | None = None
        self._deps: set[str] = set()
        self._tags: set[str] = set()
        self._pos: set[str] = set()
        self._lemmas: set[str] = set()
        self._dep_pos: set[tuple[str, str]] = set()
        self._dep_tag: set[tuple[str, str]] = set()
        self._sentences: list[list[tuple[bool, bool]]] | None = None

    def _read(self) -> None:
        """Read the labels of every word again (after a mending changed some)."""
        deps, tags, pos, lemmas = set(), set(), set(), set()
        dep_pos, dep_tag = set(), set()
        for t in self.doc:
            dep, tag, part = t.dep_, t.tag_, t.pos_
            deps.add(dep)
            tags.add(tag)
            pos.add(part)
            lemmas.add(t.lemma_.lower())
            dep_pos.add((dep, part))
            dep_tag.add((dep, tag))
        self._deps, self._tags, self._pos, self._lemmas = deps, tags, pos, lemmas
        self._dep_pos, self._dep_tag = dep_pos, dep_tag
        self._sentences = None
        self.stale = False

    def _fingerprint(self) -> bytes:
        """Every label a mending may change, as bytes (to tell whether one changed any)."""
        from spacy.attrs import DEP, HEAD, LEMMA, POS, SENT_START, TAG

        return self.doc.to_array([HEAD, DEP, TAG, POS, LEMMA, SENT_START]).tobytes()

    def before_mending(self) -> None:
        if self._print is None:
            self._print = self._fingerprint()

    def after_mending(self) -> None:
        """Mark the labels read as out of date when the mending that ran changed any."""
        now = self._fingerprint()
        if now != self._print:
            self.stale = True
            self._print = now

    def _fresh(self) -> Present:
        if self.stale:
            self._read()
        return self

    @property
    def deps(self) -> set[str]:
        return self._fresh()._deps

    @property
    def tags(self) -> set[str]:
        return self._fresh()._tags

    @property
    def pos(self) -> set[str]:
        return self._fresh()._pos

    @property
    def lemmas(self) -> set[str]:
        return self._fresh()._lemmas

    @property
    def dep_pos(self) -> set[tuple[str, str]]:
        return self._fresh()._dep_pos

    @property
    def dep_tag(self) -> set[tuple[str, str]]:
        return self._fresh()._dep_tag

    def _by_sentence(self) -> list[list[tuple[bool, bool]]]:
        """(tagged VERB or AUX, heads itself) of each word, by sentence as spaCy's
        `Doc.sents` cuts them (a word with SENT_START 1 opens one)."""
        from spacy.attrs import HEAD, POS, SENT_START
        from spacy.symbols import AUX, VERB

        self._fresh()
        if self._sentences is None:
            sentences: list[list[tuple[bool, bool]]] = []
            rows = self.doc.to_array([POS, HEAD, SENT_START]).tolist()
            for i, (part, head, start) in enumerate(rows):
                if i == 0 or start == 1:
                    sentences.append([])
                sentences[-1].append((part in (VERB, AUX), head == 0))
            self._sentences = sentences
        return self._sentences

    def verbless_sentence(self) -> bool:
        """Does some sentence have no word tagged VERB or AUX?"""
        return any(not any(verb for verb, _ in sentence) for sentence in self._by_sentence())

    def unverbed_root(self) -> bool:
        """May some sentence's root (`Span.root`) be no VERB or AUX? (A sentence with no
        word that heads itself has a root spaCy finds otherwise: then it may.)"""
        return any(not any(root for _, root in sentence)
                   or any(root and not verb for verb, root in sentence)
                   for sentence in self._by_sentence())


def needs(gate: Callable[..., bool]) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Run the mending only when `gate(present, *args)` holds for the `Present` of the
    parse (given the mending's own positional arguments after the parse). Called outside
    `mend_parse` (no `Present` in the parse's `user_data`), the mending always runs."""

    def wrap(mend: Callable[..., None]) -> Callable[..., None]:
        @wraps(mend)
        def gated(doc: Any, *args: Any, **kwargs: Any) -> None:
            present = doc.user_data.get(PRESENT_KEY)
            if present is not None and not kwargs:
                if not gate(present, *args):
                    return
                present.before_mending()
                mend(doc, *args)
                present.after_mending()
                return
            mend(doc, *args, **kwargs)

        gated.gate = gate  # type: ignore[attr-defined]
        return gated

    return wrap
