"""What the coder remembers while it reads one document: its date, the resolver's memory of
the names it has seen, and the actors so far (for pronouns and "the two countries")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date as Date
from itertools import combinations
from typing import Any

from ..actors import DocumentContext, Mention
from ..record import Actor

#: One dyadic event told: (sentence index, CAMEO code, source, target).
Blow = tuple[int, str, Actor, Actor]


@dataclass(slots=True)
class DocumentMemory:
    """One document's memory, filled in reading order."""

    date: Date | None
    #: what the actor resolver has seen in the document (people, cues for ambiguous names)
    resolver_context: DocumentContext
    seen: list[Actor] = field(default_factory=list)
    #: the state of the document's dateline ("ISLAMABAD -"), which places its bodies
    home: str | None = None
    #: the countries of each sentence's actors, in reading order (for "the two countries")
    sentence_countries: list[frozenset[str]] = field(default_factory=list)

    #: who did what, sentence by sentence: (sentence index, CAMEO root, the event's source)
    doers: list[tuple[int, str, Actor]] = field(default_factory=list)  # (sentence, code, doer)

    #: who did what to whom: (sentence index, CAMEO code, source, target) of dyadic events
    blows: list[Blow] = field(default_factory=list)
    #: the same records of the sentence being coded, as its frames are coded
    blows_now: list[Blow] = field(default_factory=list)

    #: the text of each remembered sentence, in reading order
    sentence_texts: list[str] = field(default_factory=list)
    #: the go-betweens of each sentence by its index: the countries that brokered between
    #: others ("a deal brokered by China"), no members of the pair "the two rivals" means
    go_betweens: dict[int, frozenset[str]] = field(default_factory=dict)

    #: the last date a sentence named ("in August 2021"): what "a month later" counts from
    told_date: tuple[Date, str] | None = None

    #: every sentence of the document, events or not, and the index of the one being coded:
    #: "Morocco and Algeria have long been at odds. Spain urged both countries to talk"
    texts: list[str] = field(default_factory=list)
    at: int = 0

    #: the resolver's mentions of each text coded and its reading of each phrase, with the
    #: `resolver_context.changes` they were found at (`Coder._looked_up`)
    mentions_of: dict[str, tuple[int, list[Mention]]] = field(default_factory=dict)
    phrases_of: dict[str, tuple[int, Mention]] = field(default_factory=dict)

    def text_before(self) -> str | None:
        """The sentence just before the one being coded, whatever it told."""
        return self.texts[self.at - 1] if 0 < self.at <= len(self.texts) else None

    def remember(self, actors: list[Actor], text: str = "",
                 go_betweens: frozenset[str] = frozenset()) -> None:
        """Keep one sentence's actors (those the gazetteer placed or typed), its text and
        its go-betweens, whose countries did not act with the others."""
        kept = _in_reading_order([a for a in actors if a.kind != "unresolved" or a.country],
                                 text)
        self.seen += kept
        self.sentence_countries.append(
            frozenset(a.country for a in kept if _of_a_state(a)) - go_betweens)
        self.sentence_texts.append(text)
        self.go_betweens[self.at] = go_betweens

    def go_betweens_of(self, text: str) -> frozenset[str]:
        """The go-betweens of the latest remembered sentence with this text."""
        for index, told in reversed(list(enumerate(self.texts))):
            if told == text and index in self.go_betweens:
                return self.go_betweens[index]
        return frozenset()

    def last_acting_sentence(self) -> str | None:
        """The text of the latest sentence whose events had a placed actor."""
        for text, countries in zip(reversed(self.sentence_texts),
                                   reversed(self.sentence_countries), strict=True):
            if countries:
                return text
        return None

    def last_of(self, kinds: tuple[str, ...], before: list[Actor] = (),
                accept: Callable[[Actor], bool] | None = None) -> Actor | None:
        """The most recent actor of one of `kinds` (the sentence's own actors first) that
        `accept` takes. The kind "official" takes a state or organisation actor with a
        sector: "Chile's president" for "he", "him", "his"."""
        for actor in reversed([*self.seen, *before]):
            if of_kinds(actor, kinds) and (accept is None or accept(actor)):
                return actor
        return None

    def latest_subject(self, kinds: tuple[str, ...], lookback: int,
                       accept: Callable[[Actor], bool] | None = None) -> Actor | None:
        """Of the latest sentence within `lookback` before this one that told a deed, its
        first doer in reading order (its subject; a host's guest, whose mirrored visit may
        be told first, comes after the host), when of one of `kinds` and `accept` takes it:
        whom a subject pronoun continues ("Putin met Orban in Moscow. He accused Kyiv ...":
        Putin, not the last person named)."""
        told = [(i, a) for i, _, a in self.doers if self.at - lookback <= i < self.at]
        if not told:
            return None
        latest = max(i for i, _ in told)
        first = min((a for i, a in told if i == latest),
                    key=lambda a: -1 if a.start is None else a.start)
        return first if of_kinds(first, kinds) and (accept is None or accept(first)) else None

    def told_body(self, actor: Actor, phrase: str, before: list[Actor] = ()) -> Actor:
        """"Kenya's foreign ministry summoned the envoy ... The ministry said": a definite
        body or office with no country of its own ("the ministry", "the delegation", "the
        officials", an organisation's "the envoy") is the one the story told of before, when
        every earlier placed actor whose words hold all of its words ("ministry" in "Kenya's
        foreign ministry") is of one country; with none, or with two countries ("Chinese and
        US officials met ... the officials"), it stays unplaced."""
        words = [w for w in _words(phrase) if w not in _DETERMINERS]
        if not words:
            return actor
        told = [a for a in [*self.seen, *before] if a.country and a.text
                and a.kind != "ngo" and set(words) <= set(_words(a.text))]
        if not told or len({a.country for a in told}) > 1:
            return actor
        earlier = told[-1]
        if earlier.kind == "igo":  # ("the EU ambassador ... The ambassador had urged")
            return replace(actor, kind="igo", country=earlier.country,
                           sector=actor.sector or earlier.sector, code=earlier.code)
        return replace(actor, kind=earlier.kind if earlier.kind != "person" else "state",
                       country=earlier.country, sector=actor.sector or earlier.sector,
                       code=f"{earlier.country}{actor.sector or earlier.sector or ''}")

    def last_doer(self, before: int, lookback: int, roots: tuple[str, ...],
                  unlike: list[Actor], makers: frozenset[str] = frozenset()) -> Actor | None:
        """Who did the latest deed with a code of one of `roots` (CAMEO roots or longer
        codes: "057") told within `lookback` sentences before sentence `before`, of another
        country than every actor of `unlike` (the ones reacting to it); with `makers`, only
        a doer whose sector or code is one of them (a ruling is a court's)."""
        countries = {a.country for a in unlike}
        for _, code, actor in _recent(self.doers, before, lookback):
            if code.startswith(tuple(roots)) and actor.country \
                    and actor.country not in countries \
                    and (not makers or actor.sector in makers or actor.country in makers):
                return actor
        return None

    def _blows_back(self, before: int | None = None, lookback: int = 0,
                    now: Callable[[Blow], bool] | None = None) -> Iterator[Blow]:
        """Who did what to whom, latest first: the records of the sentence being coded that
        `now` takes (none without it), then those told within `lookback` sentences before
        sentence `before` (none without it). Read as the callers' loops ask (they stop at
        the first record that fits)."""
        if now is not None:
            yield from (blow for blow in reversed(self.blows_now) if now(blow))
        if before is not None:
            yield from _recent(self.blows, before, lookback)

    def last_striker(self, before: int, lookback: int, roots: Iterable[str],
                     victims: list[Actor], now: bool = False) -> Actor | None:
        """Who last did a deed with a code of one of `roots` to the country of one of
        `victims` within `lookback` sentences before sentence `before` (with `now`, also
        earlier in that sentence): the party a vow of retaliation answers ("Norway expelled
        two Russian diplomats. Moscow promised a response")."""
        countries = {a.country for a in victims if a.country}
        for _, code, doer, target in self._blows_back(before, lookback, _every if now else None):
            if code.startswith(tuple(roots)) and target.country in countries \
                    and doer.country and doer.country not in countries:
                return doer
        return None

    def last_addressed(self, roots: Iterable[str], speakers: list[Actor]) -> Actor | None:
        """The party that one of `speakers`' countries last addressed earlier in this
        sentence with an act of one of `roots` (a demand, a criticism, a warning): whom the
        same speaker's next threat with no party of its own is aimed at ("Beijing urged
        Tokyo to correct its mistakes and said it would take countermeasures")."""
        countries = {a.country for a in speakers if a.country}
        for _, code, doer, target in self._blows_back(now=_every):
            if code.startswith(tuple(roots)) and doer.country in countries \
                    and target.country not in countries:
                return target
        return None

    def last_counterpart(self, before: int, lookback: int, parties: list[Actor],
                         codes: Iterable[str] = ()) -> Actor | None:
        """The other side of the latest dyadic event within `lookback` sentences before
        sentence `before` (or earlier in it, done by one of `parties` or with a code of
        `codes`) that one of `parties`' countries took part in: where an envoy recalled with
        no post named served ("Algiers ordered French staff to leave. Paris recalled its
        ambassador"; "Kigali recalled its envoy from Kinshasa, and Congo answered by recalling
        its own"; not "London condemned Doha's decision to expel the envoy")."""
        countries = {a.country for a in parties if a.country}

        def taken_now(blow: Blow) -> bool:  # (of the sentence being coded)
            return blow[1] in codes or blow[2].country in countries

        for _, _, doer, target in self._blows_back(before, lookback, taken_now):
            if doer.country in countries and target.country not in countries:
                return target
            if target.country in countries and doer.country not in countries:
                return doer
        return None

    def last_reacted(self, before: int, roots: Iterable[str], unlike: list[Actor],
                     now: bool = False, lookback: int = 1) -> Actor | None:
        """The target of the latest reaction (a code of one of `roots`) told within
        `lookback` sentences before sentence `before` (with `now`, also earlier in that
        sentence), of another country than every actor of `unlike`: whom "Japan and
        Australia also expressed concern" echoes."""
        countries = {a.country for a in unlike}
        for _, code, _, target in self._blows_back(before, lookback, _every if now else None):
            if code.startswith(tuple(roots)) and target.country not in countries:
                return target
        return None

    def last_doers(self, before: int, lookback: int, roots: tuple[str, ...],
                   unlike: list[Actor], makers: frozenset[str] = frozenset()) -> list[Actor]:
        """`last_doer` and, for a deed done jointly ("Kazakhstan and Uzbekistan signed the
        deal"), every other doer of that deed in its sentence, one per country."""
        first = self.last_doer(before, lookback, roots, unlike, makers)
        if first is None:
            return []
        found = [first]
        for index, code, actor in self.doers:
            if actor is first:
                at, deed = index, code
                break
        else:
            return found
        countries = {a.country for a in unlike} | {first.country}
        for index, code, actor in self.doers:
            if index == at and code == deed and actor.country and actor.country not in countries:
                countries.add(actor.country)
                found.append(actor)
        return found

    def last_pair(self, accept: Callable[[frozenset[str]], bool] | None = None
                  ) -> tuple[Actor, Actor] | None:
        """The pair "the two countries", "both sides" stand for: of the pairs of countries
        that acted in one sentence, the one named together most often so far (the story's
        pair), the most recent on a tie, else the last two countries named. A reader does
        not take "mediate between the two neighbours" for whichever two countries the
        sentence before happened to name. With `accept`, only a pair it takes that acted
        together ("the two NATO allies" are two members), else None."""
        together: dict[frozenset[str], tuple[int, int]] = {}
        for order, countries in enumerate(self.sentence_countries):
            for pair in combinations(sorted(countries), 2):
                if accept is not None and not accept(frozenset(pair)):
                    continue
                count, _ = together.get(frozenset(pair), (0, 0))
                together[frozenset(pair)] = (count + 1, order)
        best = max(together, key=together.__getitem__) if together else None
        if best is None and accept is not None:
            return None
        return self.pair_of(best)

    def times_together(self, pair: tuple[Actor, Actor]) -> int:
        """In how many sentences so far the countries of `pair` both acted."""
        both = {a.country for a in pair}
        return sum(both <= countries for countries in self.sentence_countries)

    def pair_of(self, countries: frozenset[str] | None) -> tuple[Actor, Actor] | None:
        """The latest actor of each of two `countries`, in reading order; with None, the
        last two countries named."""
        found: list[Actor] = []
        for actor in reversed(self.seen):
            if (_of_a_state(actor) and (countries is None or actor.country in countries)
                    and all(a.country != actor.country for a in found)):
                found.append(actor)
            if len(found) == 2:
                return found[1], found[0]
        return None


_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def _every(_: Blow) -> bool:
    """Every record of the sentence being coded (`DocumentMemory._blows_back`)."""
    return True


def _recent(records: list[Any], before: int, lookback: int) -> Iterator[Any]:
    """The records (sentence index first) told within `lookback` sentences before sentence
    `before`, latest first."""
    for record in reversed(records):
        if record[0] >= before:
            continue
        if record[0] < before - lookback:
            return
        yield record


def _words(text: str) -> list[str]:
    """The lower-case words of a phrase, possessive endings off ("Kenya's" -> "kenya")."""
    return [w.removesuffix("'s").removesuffix("’s") for w in re.findall(r"[\w'’-]+",
                                                                     text.lower())]


def _in_reading_order(actors: list[Actor], text: str) -> list[Actor]:
    """A sentence's actors in the order its words name them, each span once per country:
    its events list a host's guest before the host again ("Biden hosted Modi": 043 and the
    mirrored 042), yet "him" in the next sentence is the last person named; "Pakistani and
    Afghan officials" are two actors of one span, the pair "the two sides" may stand for
    next. Actors told before (pronouns' referents, doers of deeds told before) keep their
    place first."""
    def named_here(actor: Actor) -> bool:
        return actor.start is not None and actor.end is not None \
            and text[actor.start:actor.end] == actor.text

    here = sorted((a for a in actors if named_here(a)), key=lambda a: a.start or 0)
    spans: set[tuple[int | None, int | None, str | None]] = set()
    ordered = []
    for actor in here:
        if (actor.start, actor.end, actor.country) not in spans:
            spans.add((actor.start, actor.end, actor.country))
            ordered.append(actor)
    return [a for a in actors if not named_here(a)] + ordered


def of_kinds(actor: Actor, kinds: tuple[str, ...]) -> bool:
    """Is `actor` of one of `kinds`? The kind "official" takes a state or organisation
    actor with a sector ("Chile's president")."""
    return actor.kind in kinds or ("official" in kinds and actor.kind in ("state", "igo")
                                   and bool(actor.sector))


def _of_a_state(actor: Actor) -> bool:
    """An actor of a country ("the two countries", "both sides" are never the UN or EU)."""
    return bool(actor.country) and actor.kind not in ("igo", "ngo")
