"""What the resolver returns (`Mention`) and what it remembers per document (`DocumentContext`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import ontology
from ..record import Actor
from .gazetteer import family_name_first
from .tokens import normalize

MENTION_KINDS = ("state", "igo", "ngo", "group", "person", "unresolved", "location")
#: Kinds an event's actor can have besides "unresolved" (DESIGN.md, the event record).
ACTOR_KINDS = ("state", "igo", "ngo", "group", "person")


@dataclass(slots=True)
class Mention:
    """One actor (or place) mention: span in the text, what it resolved to, and why.

    kind: state, igo, ngo, group, person, unresolved or location. country: ISO3, or the
    IGO short code (EU, UN ...), None when unresolved. candidates: the possible countries
    of an ambiguous mention. role_country: where a title points ("ambassador to Peru").
    """

    text: str
    start: int
    end: int
    kind: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    reason: str = ""
    candidates: tuple[str, ...] = ()
    role_country: str | None = None
    role: str | None = None
    name: str | None = None

    def to_actor(self, text: str | None = None, start: int | None = None,
                 end: int | None = None, *, in_role: bool = False) -> Actor:
        """The event record's actor for this mention, over the span `text`/`start`/`end`
        (the mention's own by default).

        A place is no actor by itself ("talks in Moscow": unresolved, no country); with
        `in_role` the mention fills an actor's slot ("Moscow condemned ..."), where a placed
        location stands for its state. A person who holds an office of an international
        organisation acts for it (kind "igo").
        """
        kind = self.kind
        if kind == "person" and self.country and ontology.igo(self.country) is not None:
            kind = "igo"  # "NATO Secretary General Jens Stoltenberg" acts for NATO
        if kind == "location":
            kind = "state" if in_role and self.country else "unresolved"
        elif kind not in ACTOR_KINDS:
            kind = "unresolved"
        resolved = kind != "unresolved"
        return Actor(text=self.text if text is None else text,
                     start=self.start if start is None else start,
                     end=self.end if end is None else end, kind=kind,
                     country=self.country if resolved else None,
                     sector=self.sector if resolved else None,
                     code=self.code if resolved else None)


@dataclass(slots=True)
class _Seen:
    country: str | None
    sector: str | None
    role: str | None
    name: str
    reason: str
    code: str | None = None


class DocumentContext:
    """What earlier sentences of one document said: people and the cues for ambiguous names.

    Pass the same context to every `find` / `resolve_phrase` call of a document. Give the
    whole document text when you have it, so that a cue anywhere ("Tbilisi") settles an
    ambiguous name ("Georgia") in any sentence.
    """

    def __init__(self, text: str = ""):
        self._people: dict[str, _Seen] = {}
        self._text = ""
        self._cue_cache: dict[str, bool] = {}
        #: how many times what the context holds changed (a text observed, a person
        #: kept): what the resolver finds in a text is the same while it stays the same
        self.changes = 0
        if text:
            self.observe(text)

    def observe(self, text: str) -> None:
        """Add text in which ambiguity cues are searched."""
        self._text += " " + normalize(text)
        self._cue_cache.clear()
        self.changes += 1

    def has_cue(self, cue: str) -> bool:
        found = self._cue_cache.get(cue)
        if found is None:
            # "Bissau" is a cue, but not inside "Guinea-Bissau"
            pattern = r"(?<![\w'-])" + re.escape(normalize(cue)) + r"(?![\w])"
            found = re.search(pattern, self._text) is not None
            self._cue_cache[cue] = found
        return found

    def remember(self, mention: Mention) -> None:
        """Keep a person's resolution under their full name and their surname. A person the
        resolver could not place ("Minister Tomas Ruiz-Vega") is kept too, so that a later
        bare "Ruiz-Vega" is not a listed namesake; a later placed reading replaces an
        unplaced one, never another placed one."""
        if mention.kind not in ("person", "unresolved") or not mention.name:
            return
        seen = _Seen(mention.country, mention.sector, mention.role, mention.name, mention.reason,
                     mention.code)
        words = [w for w in mention.name.split() if w[:1].isupper()]
        keys = {normalize(mention.name), normalize(words[-1]) if words else ""}
        if len(words) > 1 and mention.country in family_name_first():
            keys.add(normalize(words[0]))  # "Li Qiang ... Li said"
        for key in keys - {""}:
            known = self._people.get(key)
            if known is None or (known.country is None and seen.country is not None
                                 and known.name == seen.name):
                self._people[key] = seen
                self.changes += 1

    def person(self, name: str) -> _Seen | None:
        return self._people.get(normalize(name))

    @property
    def people(self) -> dict[str, str]:
        """Surname or full name (normalized) -> the full name it was first seen as."""
        return {key: seen.name for key, seen in self._people.items()}
