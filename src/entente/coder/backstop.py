"""The backstop: an empty role filled by the one party its event leaves for it.

The role arcs of `frames` and the constructions of `links` place a side only through the
arcs they know. A party may still hang on the event in another way: a participle that goes
on telling the act ("China imposed tariffs, hitting U.S.-grown soybeans"), a preposition the
role rules do not read, a passive's doer after "from" ("wheat was shipped from Kazakhstan
to Afghanistan", "shots were fired from Russian warships"). When a frame has one side
placed and the other role empty, the backstop takes a state or organisation mention of the
sentence only when:

- its phrase is headed by an actor (the coder's head test) and hangs on the event itself
  (`event_words`): never inside a noun that names no actor ("relations with Ankara"), on
  another verb ("... and apologised to Russia", "while police in Latvia made arrests"),
  nor as the speaker;
- its direction agrees with the empty role: a preposition says it (roles.yaml
  `backstop_target_preps`: "to", "with", "against", "on" ...; `backstop_source_preps`:
  "by", "from"; a place preposition such as "in" rules it out), else its grammatical role
  (subject: source; object: target), else word order (before the trigger: source);
- every such candidate is of one country, another than the placed side's (two parties
  and nothing that tells them apart: no event).

A frame with both roles empty is left alone: pairing the only two candidates around its
trigger fired on none of the study and train sentences. It never fires on a frame a governor turned
into an intent, appeal, threat or refusal, nor on one with a flag of roles.yaml
`backstop_blocking_flags` (a force of nature, a reported statement, a joint act, a denied
act), nor on a root outside `backstop_roots`.

Measured on the development sets (session 9): looser variants that also took a party
hanging on another verb of the clause or anywhere in the sentence gained nothing on the
real-news check half, and about half of what they added on the study and train parts was
wrong (the party of a conjoined verb, of a subordinate clause, of a place), so only parties
hanging on the event itself are taken. Events it completes carry the flag "backstop" and a lower
confidence (`assemble.CONSTRUCTION_PENALTIES`). The functions here only read the parse;
`Coder` resolves the mentions, applies its head test and builds the actors.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .bundle import Rules
from .frames import Frame

Token = Any
SOURCE = "source"
TARGET = "target"
#: Dependencies that carry a phrase up to the word it belongs to without changing its role.
_PHRASE_DEPS = frozenset({"amod", "compound", "poss", "nmod", "appos", "conj"})
#: Dependencies of a verb's subject and object.
#: A noun's own modifiers ("Iranian oil embargo"), which the frame rules read as its doer.
_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "nsubjpass"})


@dataclass(slots=True, frozen=True)
class Candidate:
    """A mention that may fill an empty role, with the role its place points to."""

    mention: Any
    role: str


@dataclass(slots=True, frozen=True)
class Attachment:
    """Where a mention's phrase hangs: the word it reaches (a verb or a noun), the
    preposition it comes through (if any) and the dependency it arrives by."""

    anchor: Token
    prep: str | None
    dep: str


def applies(frame: Frame, rules: Rules) -> bool:
    """May the backstop complete this frame at all?"""
    if frame.transform or frame.governor is not None:
        return False  # an intent, appeal, threat or refusal: its parties are the governor's
    if any(flag in rules.backstop_blocking_flags for flag in frame.flags):
        return False
    return frame.code[:2] in rules.backstop_roots


def attachment(token: Token, frame: Frame, abstract: Callable[[Token], bool],
               makers: frozenset[str] = frozenset()) -> Attachment:
    """Climb from the head word of a mention's phrase through the phrases it belongs to to
    the first word that is no noun naming an actor: a word of the trigger, a verb, or a
    noun that names no actor ("the partnership with Ankara": `abstract(noun)`), with the
    last preposition passed on the way ("the delegation from Iran" climbs on from
    "delegation", an actor, to where that phrase hangs). A name glued to a participle of
    `makers` is part of the goods' phrase ("EU-made cars")."""
    trigger = {t.i for t in frame.trigger}
    prep: str | None = None
    while token.head is not token:
        dep, head = token.dep_, token.head
        if dep == "npadvmod" and head.lower_ in makers and head.dep_ == "amod" \
                and head.i == token.i + 2 and token.nbor().text == "-":
            token = head  # ("EU-made cars": the cars' own modifier)
            continue
        if head.i in trigger or head.pos_ not in ("NOUN", "PROPN", "PRON", "ADP") \
                or head.pos_ == "NOUN" and abstract(head):
            return Attachment(head, prep, dep)
        if head.pos_ == "ADP":
            if dep != "pobj" or head.dep_ not in ("prep", "agent", "dative"):
                return Attachment(head, prep, dep)
            prep = "by" if head.dep_ == "agent" else head.lower_
            token = head.head
            if token.i in trigger or token.pos_ not in ("NOUN", "PROPN") or abstract(token):
                return Attachment(token, prep, "pobj")
            continue
        if dep not in _PHRASE_DEPS:
            return Attachment(head, prep, dep)
        prep = None  # (an actor's own phrase: "Iran's envoy", "envoy of Iran")
        token = head
    return Attachment(token, prep, "ROOT")


def event_words(frame: Frame, rules: Rules) -> set[int]:
    """The words a party of the event may hang on: the trigger, the clause verb when it
    carries the event (the trigger itself, or a light verb: "carried out strikes"), and a
    participle that says whom the act hits or helps (roles.yaml `affecting_participles`:
    "imposed tariffs, hitting U.S. pork"; "sanctions targeting Iran's oil"), not one that
    tells another act of the doer ("vetoed the package, siding with Russia")."""
    words = {t.i for t in frame.trigger}
    if frame.verb.i in words or any(f.startswith("light") for f in frame.flags):
        words.add(frame.verb.i)
    for token in list(frame.trigger) + [frame.verb]:
        if token.i not in words:
            continue
        words |= {c.i for c in token.children if c.dep_ in rules.backstop_participle_deps
                  and c.tag_ == "VBG" and c.lemma_.lower() in rules.affecting_participles}
    return words


def direction(att: Attachment, mention_at: int, frame: Frame, rules: Rules) -> str | None:
    """The role the mention's place on the event points to, or None when its place rules
    it out ("talks in Vienna": a place, not a party)."""
    if att.prep is not None:
        if att.prep in rules.backstop_source_preps:
            return SOURCE
        if att.prep in rules.backstop_target_preps:
            return TARGET
        return None
    if att.dep in _SUBJECT_DEPS:
        return SOURCE
    if att.dep in _OBJECT_DEPS:
        return TARGET
    first = min(t.i for t in frame.trigger)
    return SOURCE if mention_at < first else TARGET


def candidates(frame: Frame, heads: Sequence[tuple[Any, Token]], rules: Rules,
               abstract: Callable[[Token], bool]) -> list[Candidate]:
    """The mentions (each with the head word of its phrase) that may fill a role of
    `frame`, with the role their place points to: only phrases that hang on the event
    (`event_words`), never inside another noun or on another verb; for a passive with no
    doer named, only its doer named by a source preposition (`_passive_doer`).
    `abstract(noun)` tells whether a noun names no actor."""
    words = event_words(frame, rules)
    trigger = {t.i for t in frame.trigger}
    speaker = {t.i for t in frame.speaker.subtree} if frame.speaker is not None else set()
    passive = "passive" in frame.flags
    giving = frame.code[:2] in rules.backstop_passive_roots
    found = []
    for mention, head in heads:
        if head.i in words or head.i in speaker:
            continue
        att = attachment(head, frame, abstract, rules.maker_words)
        if att.dep in _MODIFIER_DEPS and att.anchor.i in trigger:
            continue  # "the Rafah crossing": the frame's own modifiers are read by its rules
        if att.anchor.i not in words or passive and not _passive_doer(att, head, giving, rules):
            continue
        role = direction(att, head.i, frame, rules)
        if role is not None:
            found.append(Candidate(mention, role))
    return found


def _passive_doer(att: Attachment, head: Token, giving: bool, rules: Rules) -> bool:
    """Does a phrase name the doer of a passive with no agent? Only through a source
    preposition, and then a name only for a giving act ("wheat was shipped from
    Kazakhstan"): elsewhere a name after "from" is where the act came from ("rockets were
    fired from Lebanon"), while a noun for people or arms names who did it ("shots were
    fired from Russian warships")."""
    return att.prep in rules.backstop_source_preps and (giving or head.pos_ == "NOUN")


def choose(found: Sequence[Candidate], role: str,
           country_of: Callable[[Any], str | None]) -> Candidate | None:
    """The candidate for `role` when all candidates are of one country and one of them
    points to that role; None when there is none, or parties of several countries and
    nothing that tells them apart."""
    if len({country_of(c.mention) for c in found}) != 1:
        return None
    return next((c for c in found if c.role == role), None)
