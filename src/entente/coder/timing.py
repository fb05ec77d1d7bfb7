"""Which time phrase dates which event: each phrase of a sentence (`dates.time_mentions`)
belongs to the verb or act noun it hangs on in the parse, and an event takes the phrases of
its own trigger, else those of the nearest clause above it, else the document date.

A phrase inside an object, a relative clause or an "over ..." phrase dates the act it sits
in, never the verb above it: "Lima called in Quito's envoy over remarks the Ecuadorian
leader made last Sunday" is a protest of the report's day about Sunday's remarks.
Coordinated verbs each take their own phrase ("shut the pipeline in 2021 and withdrew its
envoy last month"); a phrase that ends a later conjunct is shared by one before it that has
none ("expelled three attaches and shut the consulate on Friday"). A verb with no phrase of
its own takes that of the occasion it happened at ("in an ambush late on Tuesday", "at a
sitting convened 9 June"), of the verb it governs ("started pulling out Wednesday"), of the
speech verb that reports it ("..., the army told reporters on Monday") or of a clause of its
time ("as he toured Oslo on 2 June"; an "after" clause only with a date of its own, "after
the junta seized power in 2021").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from .bundle import Rules
from .dates import (
    BACKGROUND,
    DATE,
    PAST,
    SINCE,
    TimeMarkers,
    TimeMention,
    chosen_date,
    time_mentions,
)
from .frames import Frame, headline_verb

When = tuple[date | None, str | None]
#: Auxiliaries of the perfect ("has occupied", "had fought", "have been fighting").
_PERFECT = frozenset({"has", "have", "had", "'ve", "'d", "having"})
#: Transforms whose act is yet to come: a time phrase on its verb names when it is planned
#: ("will make a state visit in June"), not when it was announced.
_AHEAD = frozenset({"future"})
#: Transforms of an act planned, asked for or threatened: a duration, or a day or month
#: with no year, on its verb may be when it is meant to happen.
_PLANS = frozenset({"intent", "appeal", "demand", "command", "threat", "consider"})
#: Clauses whose time may be their governor's (`_beside`).
_REPORTING_DEPS = frozenset({"parataxis", "ccomp", "conj", "advcl"})
#: `time_clause_marks` values: a clause at the same time, or one whose own date only counts.
SAME, DATED_ONLY = "same", "dated"


class SentenceTimes:
    """The time phrases of one parsed sentence, each hung on the token it dates."""

    def __init__(self, parsed: Any, text: str, doc_date: date | None, markers: TimeMarkers,
                 rules: Rules, dated: Callable[[Any], bool],
                 anchor: tuple[date, str] | None = None) -> None:
        self.doc_date = doc_date
        self._rules = rules
        self._dated = dated
        self._by_token: dict[int, list[TimeMention]] = {}
        self._covering: dict[int, TimeMention] = {}
        #: the last date the sentence names ("in August 2021"), for a later "a month later"
        self.last_date: tuple[date, str] | None = None
        for mention in time_mentions(text, doc_date, markers, anchor):
            self._place(parsed, mention)
            if mention.kind == DATE and mention.value[0] is not None:
                self.last_date = (mention.value[0], mention.value[1] or "day")

    def of(self, frame: Frame) -> When:
        """(date, precision) of the event of `frame`."""
        if self._by_token or self._covering:
            own = {t.i for t in frame.trigger}
            transform = set((frame.transform or "").split("+"))
            found = None if _AHEAD & transform else self._own(own, bool(_PLANS & transform))
            found = found or self._along(_top(frame.trigger), own)
            if found is not None:
                return found
        return (self.doc_date, "day") if self.doc_date else (None, None)

    # --- where each phrase hangs ----------------------------------------------------------

    def _place(self, parsed: Any, mention: TimeMention) -> None:
        span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span):
            return
        for token in span:
            self._covering[token.i] = mention
        anchor = self._anchor(span, mention)
        if anchor is not None:
            self._by_token.setdefault(anchor.i, []).append(mention)

    def _anchor(self, span: Any, mention: TimeMention) -> Any | None:
        """The verb or act noun `mention` (the tokens `span`) dates; None when it dates
        nothing ("its first such drill since 1999", "since" with no perfect verb, a duration of
        an act to come)."""
        root = span.root
        head = root.head
        if head.i == root.i:
            return root
        if mention.kind == SINCE:
            return head if self._background_of(head, root, mention) else None
        if root.dep_ == "poss":  # "last week's visit": the visit's time
            return self._occasion_verb(head) or head
        while not _verbal(head) and not self._dated(head) and head.head.i != head.i:
            head = head.head  # "its envoy to Oslo on Friday": the recall's time
        if mention.kind == BACKGROUND and not self._background_of(head, root, mention):
            return None  # a duration of an act to come, or of a thing ("his first trip in years")
        if _verbal(head):
            return self._act_before(head, span.start) or self._occasion_verb(head) or head
        return self._occasion_verb(head) or head

    def _background_of(self, head: Any, root: Any, mention: TimeMention) -> bool:
        """Background told of a verb: a duration or habit of a verb that is no plan ("will
        stay for years"); a "since" phrase of a perfect verb only."""
        if not _verbal(head) or head.tag_ == "VB":
            return False
        return mention.kind != SINCE or root.dep_ in ("prep", "mark") and _perfect(head)

    def _act_before(self, verb: Any, start: int) -> Any | None:
        """The act a phrase the parser hung on `verb` belongs to: the act noun of a cause
        phrase ("complained about a speech by ... last week") or the object of a reaction
        ("deplored the shelling of a clinic near Goma on Monday") that ends right before it,
        or before only phrases the parser hung on the verb too ("over a trip by senators |
        to Guam | last week")."""
        later = [c for c in verb.children if verb.i < c.i < start]
        for n, child in enumerate(later):
            if child.dep_ == "prep" and child.lower_ in self._rules.cause_preps:
                acts = [c for c in child.children if c.dep_ == "pobj" and self._dated(c)]
            elif child.dep_ == "dobj" and _lemma(verb) in self._rules.reaction_verbs:
                acts = [child] if self._dated(child) else []
            else:
                continue
            between = later[n + 1:]
            if acts and all(c.dep_ == "prep" and c.right_edge.i < start for c in between) \
                    and not any(t.is_punct for t in verb.doc[acts[0].i:start]):
                return acts[0]
        return None

    def _occasion_verb(self, token: Any) -> Any | None:
        """The verb whose occasion `token` is: the act noun of a setting phrase ("in an
        ambush", "during talks", "at a summit", "during a meeting at the summit"), or a
        clause that describes one ("a sitting convened 9 June", "a forum it co-chaired in
        Vienna Monday"). Its time is the verb's."""
        if token.dep_ in ("acl", "relcl") and _verbal(token):
            token = token.head
        if not self._dated(token):
            return None  # ("troops sent to Mali, where a coup took place this year")
        while token.dep_ == "pobj" and token.head.dep_ == "prep" \
                and token.head.lower_ in self._rules.setting_preps:
            holder = token.head.head
            if _verbal(holder):
                return holder
            token = holder
        return None

    # --- which phrases date a frame --------------------------------------------------------

    def _own(self, own: set[int], planned: bool) -> When | None:
        """The phrases of the frame's own trigger. An act another verb governs ("plans to
        impose curbs for two years from 1 May") takes no duration as background, nor a day
        or month with no year, which may be when it is planned for."""
        mentions = [m for i in sorted(own) for m in self._by_token.get(i, [])
                    if not planned or m.kind in (DATE, PAST) and not m.calendar]
        return chosen_date(mentions) if mentions else None

    def _along(self, start: Any, own: set[int]) -> When | None:
        """The phrases of the nearest token from `start` up to the root that has any."""
        token = start
        while True:
            if token.i in self._covering and token.i not in own:
                # "since May 2016, when Kigali accused Bujumbura": the time the clause tells
                told = self._covering[token.i]
                return told.value if told.value[0] is not None else chosen_date([told])
            found = None if token.i in own else self._at(token)
            if found is None and _verbal(token):
                found = self._beside(token, own)
            if found is not None:
                return found
            if token.head.i == token.i:
                return None
            token = token.head

    def _at(self, token: Any, dated_only: bool = False) -> When | None:
        mentions = self._by_token.get(token.i, [])
        if dated_only:
            mentions = [m for m in mentions if m.absolute and m.kind == DATE]
        return chosen_date(mentions) if mentions else None

    def _beside(self, verb: Any, own: set[int]) -> When | None:
        """The time of a verb with no phrase of its own: a phrase that ends a later conjunct
        sharing its subject; that of the verb it governs ("began deploying Tuesday"); of a
        speech verb that reports it ("..., the ministry said on Monday"); of a clause of its
        time (policies.yaml `time_clause_marks`)."""
        found = self._shared(verb)
        for child in _clauses(verb):
            if found is not None:
                return found
            if child.i in own:
                continue  # (its phrases were the frame's own)
            if child.dep_ == "xcomp":
                found = self._at(child)
            elif child.dep_ in _REPORTING_DEPS and child.i > verb.i \
                    and _lemma(child) in self._rules.speech_verbs:
                found = self._at(child)
            elif child.dep_ == "advcl":
                marks = [self._rules.time_clause_marks.get(c.lower_) for c in child.children
                         if c.dep_ == "mark"]
                if marks and marks[0] is not None:
                    found = self._at(child, dated_only=marks[0] != SAME)
        return found

    def _shared(self, verb: Any) -> When | None:
        for conjunct in verb.conjuncts:
            if conjunct.i < verb.i or any(c.dep_ in ("nsubj", "nsubjpass")
                                          for c in conjunct.children):
                continue
            trailing = [m for m in self._by_token.get(conjunct.i, [])
                        if m.start > conjunct.idx]
            if trailing:
                return chosen_date(trailing)
            if self._by_token.get(conjunct.i):
                return None  # its phrase stands before it: "and on Monday closed ..."
        return None


def _clauses(verb: Any) -> list[Any]:
    """The children of `verb`, and those of a purpose clause it has ("strengthened its forces
    to stop ... after Russia seized Crimea in 2014")."""
    children = list(verb.children)
    return children + [g for c in children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"
                       and not any(m.dep_ == "mark" for m in c.children) for g in c.children]


def _top(tokens: list[Any]) -> Any:
    """The token of `tokens` nearest the root of the parse."""
    return min(tokens, key=lambda t: sum(1 for _ in t.ancestors))


def _verbal(token: Any) -> bool:
    return token.pos_ in ("VERB", "AUX") or headline_verb(token)


def _perfect(verb: Any) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PERFECT for c in verb.children)


def _lemma(token: Any) -> str:
    return (token.lemma_ or token.lower_).lower()


def dated_noun(rules: Rules, lexicon: Any) -> Callable[[Any], bool]:
    """Is a token a noun of an act with a time of its own (a lexicon event noun, a told deed,
    or policies.yaml `dated_nouns`)?"""
    words = rules.dated_nouns | frozenset(rules.told_deed_nouns)

    def dated(token: Any) -> bool:
        if token.pos_ not in ("NOUN", "PROPN"):
            return False
        lemma = _lemma(token)
        return lemma in words or token.lower_ in words or lexicon.has(lemma, "N")

    return dated
