"""What the coder remembers while it reads one document: its date, the resolver's memory of
the names it has seen, and the actors so far (for pronouns and "the two countries")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date as Date

from ..actors import DocumentContext
from ..record import Actor


@dataclass(slots=True)
class DocumentMemory:
    """One document's memory, filled in reading order."""

    date: Date | None
    #: what the actor resolver has seen in the document (people, cues for ambiguous names)
    resolver_context: DocumentContext
    seen: list[Actor] = field(default_factory=list)

    def remember(self, actor: Actor) -> None:
        if actor.kind != "unresolved" or actor.country:
            self.seen.append(actor)

    def last_of(self, kinds: tuple[str, ...], before: list[Actor] = (),
                accept: Callable[[Actor], bool] | None = None) -> Actor | None:
        """The most recent actor of one of `kinds` (the sentence's own actors first) that
        `accept` takes. The kind "official" takes a state or organisation actor with a
        sector: "Chile's president" for "he", "him", "his"."""
        for actor in reversed([*self.seen, *before]):
            if (actor.kind in kinds or ("official" in kinds and actor.kind in ("state", "igo")
                                        and actor.sector)) and (accept is None or accept(actor)):
                return actor
        return None

    def last_pair(self) -> tuple[Actor, Actor] | None:
        """The two most recent distinct countries: "the two countries", "both sides"."""
        found: list[Actor] = []
        for actor in reversed(self.seen):
            if actor.country and all(a.country != actor.country for a in found):
                found.append(actor)
            if len(found) == 2:
                return found[1], found[0]
        return None
