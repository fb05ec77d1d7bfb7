"""The cheap pre-filter: only sentences with a possible trigger and a possible actor are
parsed. Tokenising with one regular expression and looking words up in sets is two orders
of magnitude cheaper than the parser, and most news sentences stop here.

Of those, a sentence is parsed only when some word of it may start a frame (`FrameStarters`):
a word the frame finder or the policies build a frame from, with what its lexicon rows
need beside it ("rain down" needs "down" or one of its weapons). A sentence without one
gives no frame, and a sentence without frames leaves nothing in the document's memory, so
leaving it unparsed changes no event. Governor verbs ("is expected to", "plans to") and
judging verbs only act on the frames of other words."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .bundle import Rules
from .lexicon import ANY_OBJECT, EXCLUDED, NAMED_OBJECT, Entry, Lexicon, noun_forms, verb_forms
from .policy import frame_verbs

_WORD = re.compile(r"[A-Za-z][A-Za-z'.-]*")
_FUNCTION_WORDS = frozenset("""
the a an in on at for of and but or so yet as if when while after before since this that
these those it its they their there he she his her we our you i however meanwhile also
""".split())


_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def is_title_case(text: str) -> bool:
    """A headline in Title Case ("Ankara Vows To Answer Border Raids"): every word after the
    first that is no short function word starts with a capital (a sentence full of names
    still has a verb in lower case)."""
    words = [w for w in _TITLE_WORD.findall(text)[1:] if w.lower() not in _FUNCTION_WORDS
             and w.lower() not in _HEADLINE_SMALL]
    if len(words) < 3:
        return False
    return all(w[0].isupper() for w in words)


def headline_case(text: str, names: Iterable[tuple[int, int]]) -> str:
    """The text a Title Case headline is parsed as: every capitalised word after the first
    that lies outside a name (gazetteer spans `names`) and is no acronym is lower-cased.
    Lengths and offsets stay as they were, so spans still point into the original."""
    spans = list(names)
    out = list(text)
    for match in list(_TITLE_WORD.finditer(text))[1:]:
        word, start = match.group(0), match.start()
        if not word[0].isupper() or word.isupper() and len(word) > 1:
            continue
        if any(a <= start < b for a, b in spans):
            continue
        out[start:start + len(word)] = word.lower()
    return "".join(out)


#: Short words that AP-style headlines leave in lower case ("Vows to Answer").
_HEADLINE_SMALL = frozenset({"to", "of", "on", "in", "at", "by", "for", "and", "or", "a", "an",
                             "the", "as", "with", "from", "over", "into", "vs"})


_NATIONALS = frozenset({"national", "nationals"})


class Prefilter:
    """`passes(sentence)` is True when the sentence may hold an event."""

    def __init__(self, lexicon: Lexicon, rules: Rules, actor_forms: Iterable[str] = (),
                 peoples: Iterable[str] = ()) -> None:
        #: "held three Britons": a people's name counts as the word "nationals" (the parse
        #: reads it so, mend.mend_people_demonyms)
        self.peoples = frozenset(p.lower() for p in peoples)
        triggers: set[str] = set()
        #: verbs that are triggers only with certain objects ("remain on alert", "open
        #: borders"): their forms count only when an object word is in the sentence too
        self.conditional: dict[str, frozenset[str]] = {}
        for lemma in sorted(lexicon.lemmas("V")):
            entries = lexicon.lookup(lemma, "V")
            if all(e.objects and not {ANY_OBJECT, NAMED_OBJECT} & set(e.objects)
                   for e in entries):
                objects = frozenset(f for e in entries for o in e.objects for f in noun_forms(o))
                for form in lexicon.verb_forms(lemma):
                    self.conditional[form] = self.conditional.get(form, frozenset()) | objects
            else:
                triggers |= lexicon.verb_forms(lemma)
        for lemma in lexicon.lemmas("N"):
            triggers |= noun_forms(lemma)
        # "got three frigates from Seoul": a receipt is an event by the thing received
        # (roles.yaml `receipt_codes`)
        received = frozenset(f for thing in rules.receipt_codes
                             for f in noun_forms(thing.split()[-1]))
        for lemma in rules.receiving_verbs:
            for form in lexicon.verb_forms(lemma):
                self.conditional[form] = self.conditional.get(form, frozenset()) | received
        for lemma in rules.governor_verbs | rules.naming_verbs | rules.criticism_verbs \
                | rules.responding_verbs:
            triggers |= lexicon.verb_forms(lemma)
        # ("Seoul is outraged at Tokyo's decision": a feeling told by an adjective)
        triggers |= lexicon.lemmas("A")
        self.triggers = frozenset(triggers)
        self.conditional = {k: v for k, v in self.conditional.items() if k not in self.triggers}
        self.speech = frozenset(f for lemma in rules.speech_verbs
                                for f in lexicon.verb_forms(lemma))
        self.actor_words = frozenset(
            form.lower() for form in actor_forms if form and not form[:1].isupper())
        self.pronouns = frozenset(rules.pronouns)
        #: "Tallinn said the decision was regrettable": a verdict on a deed told before
        #: needs one name only (the deed's doer is in an earlier sentence)
        self.told_deeds = frozenset(rules.told_deed_nouns)
        #: "the two countries", "both sides": actors named in an earlier sentence
        self.pair_phrases = tuple(rules.pair_phrases)

        self.starters = FrameStarters(lexicon, rules)

    def passes(self, sentence: str) -> bool:
        words = _WORD.findall(sentence)
        lowered = [w.lower().rstrip(".") for w in words]
        present = with_parts(set(lowered))  # ("re-opened its border": "opened" counts)
        if not self.peoples.isdisjoint(present):
            present |= _NATIONALS
        if not self.starters.found(present):
            return False
        has_trigger = not self.triggers.isdisjoint(present) or any(
            not self.conditional[w].isdisjoint(present) for w in present & self.conditional.keys())
        if has_trigger:
            return (self._names(words, lowered, 1) >= 1 or not self.pronouns.isdisjoint(present)
                    or self._names_a_pair(sentence))
        if self.speech.isdisjoint(present):
            return False
        enough = 1 if not self.told_deeds.isdisjoint(present) else 2
        return self._names(words, lowered, enough) >= enough

    def _names_a_pair(self, sentence: str) -> bool:
        text = sentence.lower()
        return any(phrase in text for phrase in self.pair_phrases)

    def _names(self, words: list[str], lowered: list[str], enough: int) -> int:
        """How many words may name an actor, counted up to `enough`."""
        count = 0
        for i, word in enumerate(words):
            if word[0].isupper() and (i > 0 or lowered[0] not in _FUNCTION_WORDS):
                count += 1
            elif lowered[i] in self.actor_words:
                count += 1
            if count >= enough:
                break
        return count


#: A lexicon row's needs: each group of words must have one in the sentence.
Needs = tuple[frozenset[str], ...]
_PARTS = re.compile(r"['.-]")


class FrameStarters:
    """The words a frame can start from (`lexicon` verbs, nouns and adjectives, receipts, the
    verbs the policies build frames from: `policy.frame_verbs`), each with what it needs
    beside it: a verb all of whose rows name a particle, an object or a subject
    starts one only with a word of some row. Word forms over-generate: the set must hold
    every token the parser could lemmatise to a starter."""

    def __init__(self, lexicon: Lexicon, rules: Rules) -> None:
        always: set[str] = set()
        needs: dict[str, set[Needs]] = {}
        for lemma in lexicon.lemmas("V"):
            rows = [_needs(e, lexicon) for e in lexicon.lookup(lemma, "V") if e.code != EXCLUDED]
            for form in _forms(lemma, lexicon):
                if () in rows:
                    always.add(form)
                else:
                    needs.setdefault(form, set()).update(rows)
        for lemma in lexicon.lemmas("N") | lexicon.lemmas("A"):
            always |= _forms(lemma, lexicon)
        received = _words_forms((t.split()[-1] for t in rules.receipt_codes), lexicon)
        verbs = [(v, received) for v in rules.receiving_verbs] + [*frame_verbs(rules).items()]
        for lemma, words in verbs:
            for form in _forms(lemma, lexicon):
                if words:
                    needs.setdefault(form, set()).add((_words_forms(words, lexicon),))
                else:
                    always.add(form)
        self.always = frozenset(always)
        self.needs = {form: tuple(rows) for form, rows in needs.items() if form not in always}

    def found(self, present: set[str]) -> bool:
        """Whether a sentence of these lower-case words (`_WORD`'s, `with_parts` applied)
        may hold a frame."""
        return not self.always.isdisjoint(present) or any(
            all(not group.isdisjoint(present) for group in row)
            for w in present & self.needs.keys() for row in self.needs[w])


def with_parts(words: set[str]) -> set[str]:
    """`words` and the parts of its hyphenated or dotted ones ("re-opened": "re", "opened"),
    and the hyphenated ones joined ("co-operate": "cooperate", as the lexicon spells it),
    with the parts of those ("co-operation's": "cooperation"); applying it twice adds
    nothing."""
    split = {w for w in words if _PARTS.search(w)}
    joined = {w.replace("-", "") for w in split if "-" in w}
    return words | joined | {p for w in split | joined for p in _PARTS.split(w)}


def _needs(entry: Entry, lexicon: Lexicon) -> Needs:
    """The word groups a verb row needs: its particle, one of its objects, one of its
    subjects (a row that takes any object, or a word `_WORD` cannot read, needs nothing)."""
    groups = [frozenset({entry.prep})] if entry.prep else []
    for words in (entry.objects, entry.subjects):
        if words and not {ANY_OBJECT, NAMED_OBJECT} & set(words) \
                and all(_WORD.fullmatch(w) for w in words):
            groups.append(_words_forms(words, lexicon))
    return tuple(groups)


def _words_forms(words: Iterable[str], lexicon: Lexicon) -> frozenset[str]:
    return frozenset(f for w in words for f in _forms(w, lexicon))


def _forms(lemma: str, lexicon: Lexicon) -> set[str]:
    """Every surface the coder's lemmas (`lexicon.LemmaTable`, the parser's tag either way)
    could read as `lemma`: its verb and noun inflections and what `_singular` undoes."""
    return {*verb_forms(lemma, lexicon.irregular), *noun_forms(lemma), lemma + "s",
            lemma + "es", lemma[:-1] + "ies"}
