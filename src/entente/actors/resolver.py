"""Actor resolution: gazetteer hits grown into phrases and resolved to country + sector + code.

No parser runs here: text is split by the plain tokenizer, gazetteer forms are matched
longest-first through a token index, and a few phrase rules (possessive, title chains,
"of"/"to" links, apposition, names after titles) decide. Every decision carries its reason.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from importlib import resources

import yaml

from .. import ontology
from ..ontology import STATE_SECTORS
from ..timeutil import parse_date
from .entries import GazetteerEntry
from .gazetteer import Gazetteer
from .mention import DocumentContext, Mention
from .resolution import NON_STATE, Resolution, cameo_code, first_of, people_on
from .tokens import Token, tokenize

_STATE_TYPES = frozenset({"state", "adjective", "capital", "seat", "institution", "ambiguous"})
_ORG_TYPES = frozenset({"igo", "group", "ngo", "region"})
_HEAD_TYPES = frozenset({"sector", "title", "ethnic", "person", "institution"})
_NOMINAL_TYPES = frozenset({"state", "capital", "seat", "institution", "igo", "group", "ngo",
                            "region", "person", "ambiguous"})
_PLACE_TYPES = frozenset({"state", "capital", "seat", "region", "ambiguous"})
_LOCATED_TYPES = frozenset({"state", "capital", "ambiguous"})  # places that locate a body

#: How many texts `ActorResolver._prepare` keeps the tokens and hits of (then it starts over).
_PREPARED_MAX = 4096
#: libyaml's safe loader when PyYAML has it (the same data, faster to read)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=1)
def _rules() -> dict[str, frozenset[str]]:
    text = resources.files("entente").joinpath("data", "actors", "rules.yaml").read_text("utf-8")
    return {key: frozenset(str(v) for v in values)
            for key, values in yaml.load(text, Loader=_YAML_LOADER).items()}


@dataclass(slots=True)
class _Part:
    """A gazetteer hit inside a phrase; link is "of"/"to" when reached through that word."""

    i: int
    j: int
    entries: list[GazetteerEntry]
    link: str = ""
    as_ethnic: bool = False
    possessed: bool = False  # a title after a person's possessive: "Putin's spokesman"
    #: the kinds of its entries (read many times a phrase: worked out once)
    types: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.types = frozenset(entry.type for entry in self.entries)


@dataclass(slots=True)
class _Phrase:
    i: int
    j: int
    parts: list[_Part] = field(default_factory=list)
    name: tuple[int, int] | None = None  # token span of a person name not in the gazetteer


class ActorResolver:
    """Finds actor mentions in text and resolves noun phrases to country, sector and code."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.gazetteer = gazetteer or Gazetteer.default()
        self._rules = _rules()
        self.seconds = 0.0  # time spent inside find / resolve_phrase, for benchmarks
        self._places_seen: dict[tuple[str, str], tuple[list[Mention], list[Mention]]] = {}
        #: text -> its tokens and gazetteer hits, for texts whose hits owe nothing to the
        #: document context (the coder resolves the same phrases and sentences many times)
        self._prepared: dict[str, tuple[list[Token], dict]] = {}
        #: text -> its tokens and hits in no context (`_name_hits`)
        self._name_hits_of: dict[str, tuple[list[Token], dict]] = {}

    # -- public API ---------------------------------------------------------------------

    def find(self, text: str, date: date | str | None = None,
             context: DocumentContext | None = None) -> list[Mention]:
        """All actor (and place) mentions in `text`, in order, without overlaps."""
        started = time.perf_counter()
        when, context, tokens, hits = self._prepare(text, date, context)
        mentions: list[Mention] = []
        i = 0
        while i < len(tokens):
            phrase = self._grow(tokens, hits, i) if i in hits else self._name_phrase(
                tokens, hits, i, context)
            if phrase is None:
                i += 1
                continue
            thing = self._names_a_thing(tokens, phrase.parts, phrase.j) and phrase.name is None
            mention = None if thing else self._interpret(phrase, tokens, text, when, context)
            if mention is not None:
                self._share_head(mention, phrase, tokens, hits)
                mentions.append(mention)
                context.remember(mention)
            i = max(phrase.j, i + 1)
        self._demonym_places(mentions, tokens)
        self.seconds += time.perf_counter() - started
        return mentions

    def _demonym_places(self, mentions: list[Mention], tokens: Sequence[Token]) -> None:
        """"clashed with police in the Pakistani city of Lahore", "arrested in the Ugandan
        capital", "near the Egyptian town of Rafah": a people's adjective on a place noun
        (rules.yaml `place_nouns`) after a locative preposition names where something
        happens, in that people's state, and so does the name the place noun's "of" gives."""
        if not any(m.kind == "state" and not m.sector and m.reason.startswith("adjective")
                   for m in mentions):
            return  # (most texts: no people's adjective to place; a place stays one)
        starts = {t.start: k for k, t in enumerate(tokens)}
        ends = {t.end: k for k, t in enumerate(tokens)}
        for index, mention in enumerate(mentions):
            first, last = starts.get(mention.start), ends.get(mention.end)
            if first is None or last is None or mention.kind != "state" or mention.sector \
                    or not mention.reason.startswith("adjective") or last + 1 >= len(tokens) \
                    or tokens[last + 1].norm not in self._rules["place_nouns"]:
                continue
            k = first - 1
            while k >= 0 and (tokens[k].norm in self._rules["determiners"]
                              or tokens[k].norm in self._rules["place_modifiers"]):
                k -= 1
            if k < 0 or tokens[k].norm not in self._rules["locative_prepositions"]:
                continue
            named = last + 3 < len(tokens) and tokens[last + 2].norm == "of" and next(
                (m for m in mentions[index + 1:] if m.start == tokens[last + 3].start), None)
            for place in (mention, named) if named else (mention,):
                place.kind, place.code, place.sector = "location", None, None
                place.country = mention.country
                place.reason = f"place after '{tokens[k].text}': {place.reason}"

    def _share_head(self, mention: Mention, phrase: _Phrase, tokens: Sequence[Token],
                    hits: dict) -> None:
        """"Hungarian and Romanian officials": the first adjective shares the head noun."""
        if (mention.kind != "state" or mention.sector is not None or phrase.name is not None
                or any(not self._attributive(p, tokens) for p in phrase.parts)
                or phrase.j >= len(tokens) or tokens[phrase.j].norm not in ("and", ",", "or")
                or phrase.j + 1 not in hits):
            return
        following = self._grow(tokens, hits, phrase.j + 1)
        heads = [p for p in following.parts if p.types & {"sector", "title"}]
        if following.name is None and heads and "adjective" in following.parts[0].types:
            head = first_of(heads[-1].entries, {"title", "sector"})
            mention.sector = head.sector
            mention.role = head.role if head.type == "title" else None
            mention.code = (mention.code or "") + (head.sector or "")
            if head.sector not in STATE_SECTORS:
                mention.kind = "group"
            mention.reason += f"; shares '{head.form}' -> {head.sector} with the next adjective"

    @staticmethod
    def _attributive(part: _Part, tokens: Sequence[Token]) -> bool:
        """An adjective, or a state abbreviation used as one ("U.S. and Russian negotiators")."""
        if "adjective" in part.types:
            return True
        letters = "".join(c for t in tokens[part.i:part.j] for c in t.text if c.isalpha())
        return "state" in part.types and letters.isupper() and len(letters) <= 3

    def resolve_phrase(self, text: str, date: date | str | None = None,
                       context: DocumentContext | None = None) -> Mention:
        """Resolve one noun phrase the coder grew from its parse ("the Iranian defense
        minister", "Bosnian Croat militias"). Always returns a mention spanning the phrase;
        kind "unresolved" when nothing in it can be placed."""
        started = time.perf_counter()
        when, context, tokens, hits = self._prepare(text, date, context)
        phrase = _Phrase(0, len(tokens), [_Part(i, hit[0], hit[1]) for i, hit in hits.items()])
        relation = self._relation(tokens, phrase.parts)
        if relation is not None:
            phrase.parts = relation[0]
        phrase.parts = self._link_parts(tokens, phrase.parts)
        phrase.name = self._phrase_name(tokens, hits, phrase.parts)
        mention = None
        if relation is not None and not phrase.parts and phrase.name is None:
            mention = Mention(text, 0, len(text), "unresolved", reason=relation[1])
        if phrase.parts and phrase.name is None and self._names_a_thing(
                tokens, phrase.parts, phrase.parts[-1].j):
            mention = Mention(text, 0, len(text), "unresolved",
                              reason=f"'{_words(tokens[phrase.parts[-1].i:])}' names a thing, "
                              "not an actor")
        if mention is None:
            mention = self._interpret(phrase, tokens, text, when, context, whole=True)
            if mention is not None and relation is not None:
                mention.reason = f"{relation[1]}; {mention.reason}"
        if mention is None:
            mention = Mention(text, 0, len(text), "unresolved", reason="no gazetteer entry")
        context.remember(mention)
        self.seconds += time.perf_counter() - started
        return mention

    def _relation(self, tokens: Sequence[Token], parts: list[_Part]
                  ) -> tuple[list[_Part], str] | None:
        """"Riyadh's ally", "allies of Iran", "Lavrov's Turkish counterpart": a word of
        relation (rules.yaml `relation_nouns`) owned by an actor names another party. The
        owner and what stands before it are dropped; what follows the possessive ("Russia's
        ally Belarus": Belarus, "Lavrov's Turkish counterpart": Turkish) still resolves.
        Returns the parts left and the reason, or None when the phrase has no such word."""
        relations, owners = self._rules["relation_nouns"], _STATE_TYPES | _ORG_TYPES | {"person"}
        for k, token in enumerate(tokens):
            if token.norm not in relations:
                continue
            # the owner's "'s" owns the relation word, not a head an apposition follows
            # ("Poland's president, a close ally of Kyiv": the ally is Poland's president)
            owner = next((p for p in reversed(parts) if p.j < k and p.types & owners
                          and tokens[p.j].norm == "'s"
                          and not any(t.norm == "," for t in tokens[p.j:k])), None)
            if owner is not None:
                return ([p for p in parts if p.i > owner.i],
                        f"'{token.text}' of '{_words(tokens[owner.i:owner.j])}' is another "
                        "party")
            after = self._skip(tokens, k + 1, ("determiners",))
            if after < len(tokens) and tokens[after].norm in self._rules["of_links"]:
                at = self._skip(tokens, after + 1, ("determiners", "place_modifiers"))
                owner = next((p for p in parts if p.i == at and p.types & owners), None)
                if owner is not None:
                    return ([p for p in parts if p is not owner],
                            f"'{token.text}' of '{_words(tokens[owner.i:owner.j])}' is "
                            "another party")
        return None

    def locate(self, mention: Mention, sentence: str, span: tuple[int, int] | None = None,
               date: date | str | None = None,
               context: DocumentContext | None = None) -> Mention:
        """"Protesters burned flags during a rally in Basra": a body with no state of its own
        (a sector of rules.yaml `sentence_located_sectors`, no title, not one that crosses
        borders) takes the state of a place `sentence` puts something in: the first such place
        after the body's start (inside its phrase too: "people hit by the storm in Fiji"),
        else the nearest before it. When the resolver's own reading of `sentence` grows the
        body into a placed phrase ("aid to flood victims in Fiji"), that phrase places it. A
        place that describes a thing ("a film made in America") places nobody. `span` is
        where the body stands in `sentence` (the mention's own offsets by default). Returns a
        new mention, or the same one when nothing places it.

        A body that never acts abroad (rules.yaml `domestic_bodies`: "the government",
        "authorities") is placed more strictly, by `_sole_country`. An ethnic or religious
        group with no home state ("ethnic Serbs rallied in northern Kosovo") is placed like a
        crowd, keeping its group code after the state's."""
        ethnic = self._is_homeless_group(mention)
        if not ethnic and mention.kind != "unresolved" or mention.country or mention.candidates:
            return mention  # (placed, or a name: before the look at its title)
        holder = not ethnic and self._holds_home_office(mention)
        if mention.role and not holder or self._is_mobile_text(mention.text):
            return mention
        domestic = not ethnic and (holder or self._is_domestic_body(mention.text))
        court = holder and self._holds_home_office(mention, "court_titles")
        located = mention.sector in self._rules["sentence_located_sectors"] \
            or ethnic and mention.sector is None
        governed = mention.sector in self._rules["governed_crowd_sectors"]
        if not (domestic or located or governed):
            return mention
        start, end = span or (mention.start, mention.end)
        found, places = self._places(sentence, date, context)
        if domestic:
            place = self._sole_country(found, places, start, end, holder, court)
        else:
            place = self._located(mention, found, places, start, end) if located else None
            if place is None and governed:
                place = self._sole_government(found, start, end, sentence)
        if place is None:
            return mention
        code = (cameo_code(place.country) or "") + (
            mention.code or "" if ethnic else mention.sector or "")
        kind = "person" if holder else "group" if ethnic or mention.sector not in STATE_SECTORS \
            else "state"
        return replace(mention, kind=kind, country=place.country, code=code,
                       reason=f"{mention.reason}; placed by '{place.text}' in its sentence")

    @staticmethod
    def _located(mention: Mention, found: list[Mention], places: list[Mention], start: int,
                 end: int) -> Mention | None:
        """The place of a crowd's phrase ("people hit by the storm in Fiji"), else the first
        place after its start, else the nearest before it."""
        grown = [m for m in found if m.start < end and start < m.end and m.country
                 and m.sector == mention.sector and m.kind in ("group", "state")]
        after = [m for m in places if m.start > start]
        before = [m for m in places if m.end <= start]
        return grown[0] if grown else after[0] if after else before[-1] if before else None

    def _is_homeless_group(self, mention: Mention) -> bool:
        """An ethnic or religious group the phrase gives no state ("ethnic Albanians")."""
        return (mention.kind == "group" and mention.country is None and bool(mention.name)
                and any(e.type == "ethnic" for e in self.gazetteer.lookup(mention.name or "")))

    @property
    def name_particles(self) -> frozenset[str]:
        """Small words that may sit inside a person's name (rules.yaml `name_particles`)."""
        return self._rules["name_particles"]

    def _is_mobile_text(self, text: str) -> bool:
        """Refugees, settlers, nationals: people whose place does not say whose they are."""
        return bool(self._rules["mobile_bodies"] & {t.norm for t in tokenize(text)})

    def _holds_home_office(self, mention: Mention, titles_key: str = "home_titles") -> bool:
        """"President Arturo Mendes", "Judge Ana Ruiz": a holder named after the title of an
        office held at home (rules.yaml `home_titles`, or the list `titles_key` names), which
        a domestic body's sentence places. A bare title ("the president") is not: it is
        often another state's."""
        titles = self._rules[titles_key]
        if mention.role:
            return bool(mention.name) and mention.role.lower() in titles
        tokens = tokenize(mention.text)
        for size in (2, 1):
            rest = tokens[size:]
            if " ".join(t.norm for t in tokens[:size]) in titles and rest \
                    and all(t.text[:1].isupper() for t in rest):
                return True
        return False

    def _is_domestic_body(self, text: str) -> bool:
        """Is the phrase headed by a body that never acts abroad ("the government",
        "local authorities", "the interior ministry")? Its last one or two words decide."""
        norms = [t.norm for t in tokenize(text)]
        bodies = self._rules["domestic_bodies"]
        return bool(norms) and (norms[-1] in bodies or " ".join(norms[-2:]) in bodies)

    def _sole_country(self, found: list[Mention], places: list[Mention], start: int,
                      end: int, holder: bool = False, court: bool = False) -> Mention | None:
        """The place or people of the only country a sentence names (outside the body at
        start..end, organisations aside), when it names one as a place ("a curfew across
        Kandy") or through its own people ("Tamil farmers"); None when it names two
        countries, or the one only as a state or an official, who may be the body's other
        party ("the government accused Rwanda"). For a named office holder, any official of
        that country is such a party ("condolences to Israeli Prime Minister Netanyahu and
        the people of Israel"). A judge's, prosecutor's or police chief's (`court`) parties
        at home are that country's officials too ("Judge Ana Ruiz ordered the arrest of two
        Brazilian senators"): they place the holder."""
        others = [m for m in found if m.country and ontology.igo(m.country) is None
                  and not (m.start < end and start < m.end)]
        if len({m.country for m in others}) != 1:
            return None
        officials = [m for m in others if m.kind == "person" or m.sector in STATE_SECTORS]
        if holder and officials and not court:
            return None
        people = [m for m in others if m.kind == "group" and m.sector not in STATE_SECTORS
                  and not self._is_mobile_text(m.text)]
        # (an envoy is posted abroad: "Judge Ana Ruiz met the German ambassador")
        home = [m for m in officials if court and (m.role or "").lower()
                not in self._rules["posting_titles"]]
        evidence = [m for m in others if m in places or m in people or m in home]
        return evidence[0] if evidence else None

    def _sole_government(self, found: list[Mention], start: int, end: int,
                         sentence: str = "") -> Mention | None:
        """The government, court, parliament or leader of the only country a sentence names
        (outside start..end, organisations aside), when every mention of that country is one
        and comes after the crowd, which rises against it ("Students protested against the
        Kenyan government's decision"; not "the government released activists"): not a
        mission abroad, troops, police or the country's bare name, nor the speaker who
        reports what the crowd did ("A mob stormed the compound, the Iranian foreign ministry
        said": rules.yaml `reporting_words`)."""
        others = [m for m in found if m.country and ontology.igo(m.country) is None
                  and not (m.start < end and start < m.end)
                  and not self._speaks_next(sentence, m)]
        postings = self._rules["posting_titles"]
        if len({m.country for m in others}) != 1 or any(
                m.sector not in self._rules["governing_sectors"] or m.start < start
                or postings & {t.norm for t in tokenize(m.text)} for m in others):
            return None
        return others[0]

    def _speaks_next(self, sentence: str, mention: Mention) -> bool:
        """Is `mention` followed by a word of reporting ("..., the ministry said")?"""
        words = sentence[mention.end:].split(None, 1)
        return bool(words) and words[0].strip(",.;:").lower() in self._rules["reporting_words"]

    def _places(self, sentence: str, date: date | str | None,
                context: DocumentContext | None) -> tuple[list[Mention], list[Mention]]:
        """The mentions of `sentence` and the places it puts something in (kept for the
        next body of the sentence)."""
        key = (sentence, str(date))
        seen = self._places_seen.get(key)
        if seen is None:
            tokens = tokenize(sentence)
            index = {token.start: k for k, token in enumerate(tokens)}
            found = self.find(sentence, date, context)
            places = [m for m in found
                      if m.kind == "location" and m.country and ontology.igo(m.country) is None
                      and not self._describes_a_thing(tokens, index.get(m.start, 0))]
            places = sorted(places + self._inner_places(sentence, tokens, found),
                            key=lambda m: m.start)
            if len(self._places_seen) >= 64:
                self._places_seen.clear()
            seen = self._places_seen[key] = (found, places)
        return seen

    def _inner_places(self, sentence: str, tokens: Sequence[Token],
                      found: list[Mention]) -> list[Mention]:
        """Places that a grown mention swallowed: "outside the French embassy in Dakar" (the
        embassy's posting), "a sit-in at a clinic in Nepal's capital" (an owner). A state or city
        inside an actor mention, after a locative preposition, is where things happen too."""
        hits = self._hits(tokens)
        inner: list[Mention] = []
        for mention in found:
            if mention.kind == "location":
                continue
            for k, (end, entries) in hits.items():
                if not (mention.start <= tokens[k].start and tokens[end - 1].end <= mention.end):
                    continue
                place = next((e for e in entries if e.type in _LOCATED_TYPES), None)
                country = place and (place.country or self._default_place(place, tokens, k,
                                                                            end))
                before = self._skip_back(tokens, k - 1, ("determiners", "place_modifiers"))
                if (place is None or country is None or before < 0
                        or tokens[before].norm not in self._rules["locative_prepositions"]
                        or self._describes_a_thing(tokens, k)
                        or _modifies_next(tokens, end, mention)):
                    continue
                text = sentence[tokens[k].start:tokens[end - 1].end]
                inner.append(Mention(text, tokens[k].start, tokens[end - 1].end, "location",
                                     country=country,
                                     reason=f"place after '{tokens[before].text}' inside "
                                            f"'{mention.text}'"))
        return inner

    def _default_place(self, entry: GazetteerEntry, tokens: Sequence[Token], i: int,
                       j: int) -> str | None:
        """The default state of an ambiguous place name at tokens[i:j] ("in Jordan's
        capital"), None when it has none or may be a person's name there."""
        if entry.type != "ambiguous" or (NON_STATE in entry.candidates
                                         and self._beside_name(tokens, i, j)):
            return None
        return entry.default or None

    def remember_names(self, text: str, placed: Mention, context: DocumentContext) -> None:
        """"Bolivia's trade minister, Marta Quispe, met ...": the person names in an actor
        phrase the coder placed as a whole (`placed`: its country, sector and code) are
        remembered in the document's `context`, so that a later bare "Quispe" is Bolivian
        too, and a later "Kos" after "EU enlargement commissioner Marta Kos" the EU's. Names
        the context already placed keep their first reading."""
        if not placed.country or placed.kind not in ("state", "person", "igo"):
            return
        tokens, hits = self._name_hits(text)
        i = 0
        while i < len(tokens):
            end = self._name_end(tokens, hits, i) if i not in hits else i
            if end > i:
                name = _words(tokens[i:end])
                known = context.person(name)
                if known is None or known.country is None:
                    context.remember(replace(placed, kind="person", name=name))
                i = end
            else:
                i += 1

    def _name_hits(self, text: str) -> tuple[list[Token], dict]:
        """The tokens of `text` and their gazetteer hits in no document's context, worked
        out once per text (the coder remembers the names of the same phrases again and
        again; read only by the caller)."""
        known = self._name_hits_of.get(text)
        if known is None:
            if len(self._name_hits_of) >= _PREPARED_MAX:
                self._name_hits_of.clear()
            tokens = tokenize(text)
            known = self._name_hits_of[text] = (tokens, self._hits(tokens))
        return known

    def names_leader(self, word: str) -> bool:
        """Does the participle `word` introduce a body's leader ("a delegation led by ...",
        "forces commanded by ...")? Such a leader's country is the body's."""
        return names_leader(word)

    def names_seat(self, word: str) -> bool:
        """Does the participle `word` introduce where a body is based ("a militia based in
        ...", rules.yaml `location_participles`)? That state is the body's."""
        return word.lower() in self._rules["location_participles"]

    def names_relation(self, word: str) -> bool:
        """Is `word` a word of relation (rules.yaml `relation_nouns`: "ally", "counterpart")
        that, owned by an actor, names another party?"""
        return word.lower() in self._rules["relation_nouns"]

    def _describes_a_thing(self, tokens: Sequence[Token], k: int) -> bool:
        """Is the place at token k introduced by a participle ("made in", "based in")?"""
        k = self._skip_back(tokens, k - 1, ("determiners", "place_modifiers"))
        return k >= 1 and tokens[k - 1].norm in self._rules["place_participles"]

    def _skip_back(self, tokens: Sequence[Token], k: int, kinds: tuple[str, ...]) -> int:
        """The last position up to k whose word is in none of the rule lists `kinds`."""
        while k >= 0 and any(tokens[k].norm in self._rules[kind] for kind in kinds):
            k -= 1
        return k

    def _prepare(self, text: str, date: date | str | None,
                 context: DocumentContext | None
                 ) -> tuple[date | None, DocumentContext, list[Token], dict]:
        """What find and resolve_phrase both start from: the date, the document context (a
        fresh one for this text when none is given), the tokens and the gazetteer hits."""
        context = context if context is not None else DocumentContext(text)
        known = self._prepared.get(text)
        if known is None:
            tokens = tokenize(text)
            hits, free = self._matches(tokens, context)
            if free:  # (read only from here on: find and resolve_phrase never change them)
                if len(self._prepared) >= _PREPARED_MAX:
                    self._prepared.clear()
                self._prepared[text] = (tokens, hits)
        else:
            tokens, hits = known
        return parse_date(date, "date"), context, tokens, hits

    def surface_forms(self) -> list[str]:
        """Every name, alias, demonym and sector word (for a spaCy PhraseMatcher)."""
        return self.gazetteer.surface_forms()

    # -- matching -----------------------------------------------------------------------

    def _hits(self, tokens: Sequence[Token], context: DocumentContext | None = None
              ) -> dict[int, tuple[int, list[GazetteerEntry]]]:
        """Longest gazetteer match at each position, left to right, non-overlapping. A
        listed person's surname alone is no hit where the document (`context`) introduced
        someone else by that surname ("Mauricio Ortega ... Ortega said")."""
        return self._matches(tokens, context)[0]

    def _matches(self, tokens: Sequence[Token], context: DocumentContext | None
                 ) -> tuple[dict[int, tuple[int, list[GazetteerEntry]]], bool]:
        """`_hits`, and whether they are the same in any document (no surname alone was
        looked up in `context`)."""
        hits: dict[int, tuple[int, list[GazetteerEntry]]] = {}
        determiners = self._rules["determiners"]
        free = True
        i = 0
        while i < len(tokens):
            length, entries = self.gazetteer.match_at(tokens, i)
            if length and self._is_attitude(tokens, i, entries, i + length):
                length = 0  # "pro-Russian separatists" are not Russia's
            if length and all(e.alone for e in entries):
                if self._beside_name(tokens, i, i + length):
                    length = 0
                else:
                    free = False
                    if _someone_else(context, _words(tokens[i:i + length]), entries):
                        length = 0  # "Mohamed Hamada" is someone else than Yasukazu Hamada
            if length and tokens[i].norm in determiners:
                # "the UN Security Council": "the UN" must not hide the longer name
                after, _ = self.gazetteer.match_at(tokens, i + 1)
                if after >= length:
                    length = 0
            if length:
                hits[i] = (i + length, entries)
                i += length
            else:
                i += 1
        return hits, free

    def _is_attitude(self, tokens: Sequence[Token], i: int, entries: list[GazetteerEntry],
                     end: int) -> bool:
        """"pro-Russian", "Iranian-backed": a stance towards a state, not the state."""
        if not any(e.type in _STATE_TYPES | _ORG_TYPES for e in entries):
            return False
        if i >= 2 and tokens[i - 1].text == "-" and \
                tokens[i - 2].norm in self._rules["attitude_prefixes"]:
            return True
        return (end + 1 < len(tokens) and tokens[end].text == "-"
                and tokens[end + 1].norm in self._rules["attitude_suffixes"]
                and self._home_body(tokens, end) is None)

    def _home_body(self, tokens: Sequence[Token], end: int) -> int | None:
        """Where a body's common noun starts after a place glued to a suffix of home
        (rules.yaml `place_suffixes`: "China-based companies"), else None."""
        k = end + 2
        if k >= len(tokens) or tokens[end].text != "-" \
                or tokens[end + 1].norm not in self._rules["place_suffixes"]:
            return None
        length, entries = self.gazetteer.match_at(tokens, k)
        if not length and k + 1 < len(tokens):  # ("a Dubai-based shipping firm")
            k += 1
            length, entries = self.gazetteer.match_at(tokens, k)
        return k if length and all(e.type == "sector" for e in entries) else None

    def _grow(self, tokens: Sequence[Token], hits: dict, i: int) -> _Phrase:
        """Extend a hit rightwards into a phrase: modifiers, heads, 's, of/to links, names."""
        end, entries = hits[i]
        parts = [_Part(i, end, entries)]
        j = end
        while j < len(tokens):
            last = parts[-1]
            possessive = tokens[j].norm == "'s" and bool(last.types & _NOMINAL_TYPES)
            nxt = j + 1 if possessive else j
            if nxt in hits and self._joins(last, hits[nxt][1], possessive):
                parts.append(_Part(nxt, *hits[nxt], possessed="person" in last.types))
                j = hits[nxt][0]
                continue
            home = self._home_body(tokens, j) if last.types & _STATE_TYPES else None
            if home in hits:  # "China-based companies": the place's firms
                parts.append(_Part(home, *hits[home]))
                j = hits[home][0]
                continue
            linked = self._linked_part(tokens, hits, j, parts)
            if linked is None:
                break
            parts.append(linked)
            j = linked.j
        phrase = _Phrase(i, j, parts)
        name_end = self._name_after(tokens, hits, parts[-1], len(parts))
        if name_end > j:
            phrase.name, phrase.j = (j, name_end), name_end
        return phrase

    def _name_after(self, tokens: Sequence[Token], hits: dict, part: _Part, count: int) -> int:
        """End of a person's name right after a title ("Finance Minister Adaeze Okonkwo"), or
        after an adjective when two or more name words follow; part.j when there is none."""
        if "title" in part.types or ("sector" in part.types and count > 1):
            return self._name_end(tokens, hits, part.j, need=1)
        if "adjective" in part.types:
            return self._name_end(tokens, hits, part.j, need=2)
        return part.j

    @staticmethod
    def _joins(last: _Part, following: list[GazetteerEntry], possessive: bool = False) -> bool:
        types = {entry.type for entry in following}
        if possessive and "person" in last.types:
            return bool(types & {"sector", "title"})  # "Putin's spokesman"
        if last.types & {"sector", "title"}:
            return bool(types & {"sector", "title", "person"})
        if last.types & (_STATE_TYPES | _ORG_TYPES | {"ethnic"}):
            if "adjective" in last.types and types & {"group", "ngo"}:
                return True  # "Lebanese Hezbollah", "Afghan Taliban"
            return bool(types & _HEAD_TYPES)
        return False

    def _linked_part(self, tokens: Sequence[Token], hits: dict, j: int,
                     parts: list[_Part]) -> _Part | None:
        """"government of (the) Republic of North Macedonia", "ambassador to Peru",
        "security forces in Guinea"."""
        if j >= len(tokens):
            return None
        last = parts[-1]
        word = tokens[j].norm
        if word in self._rules["location_participles"] and j + 1 < len(tokens) \
                and tokens[j + 1].norm in self._rules["location_links"]:
            j, word = j + 1, tokens[j + 1].norm  # "a newspaper based in Beirut"
        ethnic = "ethnic" in last.types and word in self._rules["ethnic_links"]
        titled = bool(last.types & {"sector", "title"})
        if word in self._rules["of_links"] and titled or ethnic:
            link, wanted = "of", _STATE_TYPES if ethnic else _STATE_TYPES | _ORG_TYPES
        elif word in self._rules["posting_links"] and titled and self._is_posting(last):
            link, wanted = "to", _STATE_TYPES | _ORG_TYPES
        elif word in self._rules["location_links"] and self._is_unplaced_body(parts):
            link, wanted = "in", _LOCATED_TYPES  # "authorities in Croatia" are Croatia's
        else:
            return None
        k = self._skip(tokens, j + 1, ("determiners", "place_modifiers"))
        if k not in hits:
            return None
        end, entries = hits[k]
        types = {e.type for e in entries}
        if not types & wanted or link == "in" and types & _ORG_TYPES:
            return None
        if ethnic:
            last.as_ethnic = True  # "Albanians of southern Serbia": Albanians living in Serbia
        return _Part(k, end, entries, link=link)

    def _names_a_thing(self, tokens: Sequence[Token], parts: list[_Part], j: int) -> bool:
        """"the Russian language", "Serbian history": a lone state adjective before a noun
        that names a thing, not a body of that state; a place name inside the name of a
        street, building or club ("Peru Street", "Avenida Mexico", "Manchester United")."""
        if len(parts) == 1 and self._inside_a_name(tokens, parts[0], j):
            return True
        if len(parts) != 1 or "adjective" not in parts[0].types or j >= len(tokens):
            return False
        nouns = self._rules["thing_nouns"]
        two = " ".join(t.norm for t in tokens[j:j + 2])
        return tokens[j].norm in nouns or two in nouns

    def _inside_a_name(self, tokens: Sequence[Token], part: _Part, j: int) -> bool:
        """Is the place `part` (ending at j) part of a proper name: followed by a
        capitalised street, building or club word (rules.yaml `name_heads`, `club_words`
        after a city), or after a capitalised street word ("Avenida", "Rue de")?"""
        if not part.types & _PLACE_TYPES:
            return False
        after = tokens[j].text if j < len(tokens) else ""
        if after in self._rules["name_heads"]:
            return True
        if after in self._rules["club_words"] and any(
                e.type == "capital" for e in part.entries):
            return True
        k = part.i - 1
        if k >= 1 and tokens[k].norm in ("de", "du", "del", "of"):
            k -= 1
        return k >= 0 and tokens[k].text in self._rules["name_starts"]

    def _is_unplaced_body(self, parts: list[_Part]) -> bool:
        """A sector word ("security forces", "protesters") with nothing before it that
        places it, and not one that crosses borders (refugees, peacekeepers)."""
        last = parts[-1]
        if "sector" not in last.types or "title" in last.types:
            return False
        return not self._is_mobile(last) and not any(
            p.types & (_STATE_TYPES | _ORG_TYPES | {"ethnic", "person"}) for p in parts)

    def _is_mobile(self, part: _Part) -> bool:
        """Refugees, settlers, peacekeepers: where they are does not say whose they are."""
        return any(e.type == "sector" and e.form.lower() in self._rules["mobile_bodies"]
                   for e in part.entries)

    def _skip(self, tokens: Sequence[Token], k: int, kinds: tuple[str, ...]) -> int:
        """The first position from k whose word is in none of the rule lists `kinds`."""
        while k < len(tokens) and any(tokens[k].norm in self._rules[kind] for kind in kinds):
            k += 1
        return k

    def _is_posting(self, part: _Part) -> bool:
        return any(e.role in self._rules["posting_titles"] for e in part.entries)

    def _link_parts(self, tokens: Sequence[Token], parts: list[_Part]) -> list[_Part]:
        """Mark parts of a whole phrase reached through "of" / "to" (for resolve_phrase)."""
        for before, part in zip(parts, parts[1:], strict=False):
            between = [t.norm for t in tokens[before.j:part.i]
                       if t.norm not in self._rules["determiners"]]
            if ("ethnic" in before.types and part.types & _STATE_TYPES and between
                    and between[0] in self._rules["ethnic_links"]):
                before.as_ethnic, part.link = True, "of"  # "Albanians of southern Serbia"
            elif (self._is_mobile(before) and part.types & _LOCATED_TYPES and between
                  and between[0] in self._rules["location_links"]):
                part.link = "where"  # "refugees in Chad": Chad is where they are
            elif before.types & {"sector", "title"} and part.types & (_STATE_TYPES | _ORG_TYPES):
                if between and between[0] in self._rules["of_links"]:
                    part.link = "of"
                elif (between and between[0] in self._rules["posting_links"]
                      and self._is_posting(before)):
                    part.link = "to"
        return parts

    def _is_name_word(self, token: Token) -> bool:
        """A capitalised word that may belong to a person's name (not "The", not "NATO")."""
        text = token.text
        return (text[:1].isupper() and not text.isupper() and any(c.isalpha() for c in text)
                and text not in self._rules["not_names"])

    def _name_end(self, tokens: Sequence[Token], hits: dict, j: int, need: int = 1) -> int:
        """End of a run of capitalised words not in the gazetteer starting at j (or j)."""
        k, words = j, 0
        while k < len(tokens) and k not in hits:
            token = tokens[k]
            if self._is_name_word(token):
                words += 1
            elif (words and len(token.text) == 1 and token.text.isupper()
                  and k + 1 < len(tokens) and tokens[k + 1].text == "."):
                k += 1  # an initial: "Jan K. Novak"
            elif not (words and token.norm in self._rules["name_particles"]
                      or words and token.text == "-"):
                break
            k += 1
        while k > j and not tokens[k - 1].text[:1].isupper():
            k -= 1  # a name never ends on a particle or hyphen
        if k < len(tokens) and tokens[k].text in self._rules["organisation_words"]:
            return j  # "Islamic Salvation Front" is an organisation
        return k if need <= words <= 4 else j

    def _phrase_name(self, tokens: Sequence[Token], hits: dict,
                     parts: list[_Part]) -> tuple[int, int] | None:
        """A person's name in a whole phrase: after a title or adjective, or a bare name."""
        for count, part in enumerate(parts, start=1):
            end = self._name_after(tokens, hits, part, count)
            if end > part.j:
                return (part.j, end)
        first = parts[0].i if parts else len(tokens)
        k = 1 if tokens and (tokens[0].norm in self._rules["determiners"]
                             or tokens[0].norm in self._rules["honorifics"]) else 0
        if k and len(tokens) > 2 and tokens[1].text == "." \
                and tokens[0].norm in self._rules["honorifics"]:
            k = 2  # "Mr. Attaf": the honorific's full stop is no part of the name
        end = self._name_end(tokens, hits, k)
        if end > k and (not parts or (end < len(tokens) and tokens[end].text == ","
                                      and end < first)):
            return (k, end)
        return None

    def _name_phrase(self, tokens: Sequence[Token], hits: dict, i: int,
                     context: DocumentContext) -> _Phrase | None:
        """A capitalised name not in the gazetteer: known from earlier in the document, or
        placed by an apposition ("Jan Novak, the Czech envoy to Kenya, said")."""
        if i > 0 and self._is_name_word(tokens[i - 1]) and i - 1 not in hits:
            return None  # inside a name already passed over
        if i > 0 and tokens[i - 1].norm in self._rules["locative_prepositions"]:
            return None  # "In Geneva, the Swiss president said": a place, not a name
        end = self._name_end(tokens, hits, i)
        if end == i:
            return None
        appositive = self._apposition(tokens, hits, end)
        if appositive is not None:
            appositive.name, appositive.i = (i, end), i
            return appositive
        name = _words(tokens[i:end])
        if context.person(name) or context.person(tokens[end - 1].text):
            return _Phrase(i, end, [], name=(i, end))
        return None

    def _apposition(self, tokens: Sequence[Token], hits: dict, end: int) -> _Phrase | None:
        if end >= len(tokens) or tokens[end].text != ",":
            return None
        k = end + 1
        if k < len(tokens) and tokens[k].norm in self._rules["determiners"]:
            k += 1
        if k not in hits:
            return None
        phrase = self._grow(tokens, hits, k)
        if phrase.name is not None or not any("title" in p.types for p in phrase.parts):
            return None
        return phrase

    # -- interpretation -----------------------------------------------------------------

    def _interpret(self, phrase: _Phrase, tokens: Sequence[Token], text: str, when: date | None,
                   context: DocumentContext, whole: bool = False) -> Mention | None:
        start = 0 if whole else tokens[phrase.i].start
        end = len(text) if whole else tokens[phrase.j - 1].end
        if not whole and tokens[phrase.j - 1].norm == "'s":
            end = tokens[phrase.j - 2].end
        mention = Mention(text[start:end], start, end, "unresolved")
        state = Resolution()
        for index, part in enumerate(phrase.parts):
            if self._leads_named_body(part, phrase.parts[index + 1:], tokens):
                state.reasons.append(f"'{_words(tokens[part.i:part.j])}' leads the body named")
                continue
            self._apply_part(state, part, tokens, index, when, context, phrase.i)
        if phrase.name is not None:
            self._apply_name(state, phrase, tokens, context)
        state.finish(mention)
        preposition = None
        if not whole and len(phrase.parts) == 1 and phrase.name is None:
            preposition = self._place_preposition(tokens, phrase, state)
        if preposition is not None:
            mention.kind, mention.code, mention.sector = "location", None, None
            capital = [e for e in phrase.parts[0].entries if e.type == "capital"]
            if capital and mention.country != capital[0].country:
                # "in Brussels" is Belgium, though "Brussels said" is the EU
                mention.country = capital[0].country
                mention.reason = (f"capital '{capital[0].form}' -> {mention.country} "
                                  f"({capital[0].source})")
            mention.reason = f"place after '{preposition}': " + mention.reason
            if mention.country is None and state.candidates:
                mention.candidates = state.candidates
        return mention

    def _leads_named_body(self, part: _Part, later: list[_Part],
                          tokens: Sequence[Token]) -> bool:
        """"the Russian-led Collective Security Treaty Organization": a state glued to a
        participle of leading (rules.yaml `leading_participles`) before a named organisation
        is its leader, and the organisation is the actor ("the Saudi-led coalition", with no
        organisation named, stays Saudi Arabia's); a region before one only says where it
        is."""
        if part.types == {"region"}:  # "the West African bloc ECOWAS": where it is
            return any(p.types & (_ORG_TYPES - {"region"}) for p in later)
        if not part.types & _STATE_TYPES:
            return False
        k = part.j + (part.j < len(tokens) and tokens[part.j].norm == "-")
        return k < len(tokens) and tokens[k].norm in self._rules["leading_participles"] \
            and any(p.types & _ORG_TYPES for p in later)

    def _place_preposition(self, tokens: Sequence[Token], phrase: _Phrase,
                           state: Resolution) -> str | None:
        """The preposition that makes this hit a place ("talks in Moscow"), else None."""
        part = phrase.parts[0]
        if not part.types & _PLACE_TYPES or state.sector is not None:
            return None
        if phrase.j < len(tokens) and tokens[phrase.j].norm == "'s":
            return None
        k = phrase.i - 1
        while k >= 0 and (tokens[k].norm in self._rules["determiners"]
                          or tokens[k].norm in self._rules["place_modifiers"]):
            k -= 1
        if k < 0:
            return None
        word = tokens[k].norm
        if word in self._rules["locative_prepositions"] or (
                word in ("to", "from") and k > 0
                and tokens[k - 1].norm in self._rules["travel_words"]):
            return tokens[k].text
        return None

    def _apply_part(self, state: Resolution, part: _Part, tokens: Sequence[Token], index: int,
                    when: date | None, context: DocumentContext, start: int = 0) -> None:
        types = part.types
        if part.link == "where":
            state.reasons.append(f"'{_words(tokens[part.i:part.j])}' is where they are")
            return
        if part.link == "to":
            entry = first_of(part.entries, _STATE_TYPES | _ORG_TYPES)
            state.role_country = self._country_of(entry, part, tokens, context, state)
            return
        if "person" in types:
            people = [e for e in part.entries if e.type == "person"]
            dated = people_on(people, when)
            former = any(t.norm in ("former", "ex", "then") for t in tokens[start:part.i])
            state.person(dated if former else _titled_term(people, dated, state) or dated,
                         _words(tokens[part.i:part.j]))
        elif "ethnic" in types and (part.as_ethnic or state.country is not None
                                   or index > 0 and state.candidates):
            state.ethnic = first_of(part.entries, {"ethnic"})
        elif types & {"sector", "title"} and index > 0 and state.country is not None:
            # "Russia's Security Council" is Russia's, though "the Security Council" is the UN's
            state.head(first_of(part.entries, {"title", "sector"}), part.possessed)
        elif types & _STATE_TYPES and not types & _ORG_TYPES:
            entry = first_of(part.entries, _STATE_TYPES)
            country = self._country_of(entry, part, tokens, context, state)
            state.place(country, entry, part.link == "of")
        elif types & _ORG_TYPES:
            if part.link == "of":  # "Kurdish fighters of the YPG": the named group decides
                state.ethnic = None
            state.organisation(first_of(part.entries, _ORG_TYPES))
        elif "ethnic" in types:
            state.ethnic = first_of(part.entries, {"ethnic"})
        elif types & {"sector", "title"}:
            state.head(first_of(part.entries, {"title", "sector"}), part.possessed)

    def _country_of(self, entry: GazetteerEntry, part: _Part, tokens: Sequence[Token],
                    context: DocumentContext, state: Resolution) -> str | None:
        if entry.type != "ambiguous":
            return entry.country
        written = _words(tokens[part.i:part.j])
        if NON_STATE in entry.candidates and self._next_to_name(tokens, part):
            state.ambiguity(entry, f"'{written}' next to a capitalised word may be a "
                            "person's name")
            return None
        for cue, candidate in entry.cues:
            if context.has_cue(cue):
                if candidate == NON_STATE:
                    state.ambiguity(entry, f"cue '{cue}' points away from a state")
                    return None
                state.reasons.append(f"'{written}' is ambiguous; cue '{cue}' -> {candidate}")
                return candidate
        if entry.default:
            state.reasons.append(f"'{written}' is ambiguous; default {entry.default} "
                                 f"({entry.source})")
            return entry.default
        state.ambiguity(entry, f"'{written}' is ambiguous ({entry.role}) and no cue decides")
        return None

    def _next_to_name(self, tokens: Sequence[Token], part: _Part) -> bool:
        """Is the word before or after a capitalised word the gazetteer does not know?"""
        return self._beside_name(tokens, part.i, part.j)

    def _beside_name(self, tokens: Sequence[Token], i: int, j: int) -> bool:
        """Is tokens[i:j] next to a capitalised word the gazetteer does not know, also across
        a name particle ("Khalifa bin Salman", "Salman Al Khalifa": another man's name)?"""
        particles = self._rules["name_particles"]

        def unknown_name(k: int) -> bool:
            return 0 <= k < len(tokens) and self._is_name_word(tokens[k]) \
                and self.gazetteer.match_at(tokens, k)[0] == 0

        def particle(k: int) -> bool:
            return 0 <= k < len(tokens) and tokens[k].norm in particles

        return unknown_name(i - 1) or unknown_name(j) \
            or particle(i - 1) and unknown_name(i - 2) or particle(j) and unknown_name(j + 1)

    def _apply_name(self, state: Resolution, phrase: _Phrase, tokens: Sequence[Token],
                    context: DocumentContext) -> None:
        i, j = phrase.name  # type: ignore[misc]
        name = _words(tokens[i:j])
        seen = context.person(name) or context.person(tokens[j - 1].text)
        if state.country is None and state.person_entry is None and seen is not None:
            state.country, state.sector = seen.country, seen.sector
            state.code = seen.code
            state.role = state.role or seen.role
            state.reasons.append(f"'{tokens[j - 1].text}' seen earlier in the document as "
                                 f"{seen.name}")
            name = seen.name
        else:
            rule = "apposition" if phrase.parts and i < phrase.parts[0].i else "title"
            state.reasons.append(f"{rule}: person '{name}'")
        state.new_person = name



def _someone_else(context: DocumentContext | None, surname: str,
                  entries: list[GazetteerEntry]) -> bool:
    """Did the document introduce another person than the listed ones by this surname?"""
    seen = context.person(surname) if context is not None else None
    return seen is not None and seen.name not in {e.name for e in entries}


def _words(tokens: Sequence[Token]) -> str:
    """Tokens as written, without the spaces a tokenizer cannot see ("Jan K. Novak",
    "Amir-Abdollahian")."""
    out = ""
    for k, token in enumerate(tokens):
        glued = k == 0 or token.text in (".", "-", "'s", "’s") or tokens[k - 1].text == "-"
        out += token.text if glued else " " + token.text
    return out


def names_leader(word: str) -> bool:
    """Is `word` a participle that introduces a body's leader (rules.yaml
    `leading_participles`: "led", "headed")?"""
    return word.lower() in _rules()["leading_participles"]


def resolve_text(text: str, date: date | str | None = None,
                 gazetteer: Gazetteer | None = None) -> list[Mention]:
    """All mentions in `text` with the bundled (or given) gazetteer: ActorResolver().find."""
    return ActorResolver(gazetteer).find(text, date=date)


def _modifies_next(tokens: Sequence[Token], end: int, mention: Mention) -> bool:
    """A place name glued before a common noun of the phrase names whose thing it is, not
    where: "outside the US embassy in Manila" puts the crowd in Manila."""
    if end >= len(tokens) or tokens[end].end > mention.end:
        return False
    word = tokens[end].text
    return word[:1].islower() and word.isalpha()


def _titled_term(people: list[GazetteerEntry], dated: list[GazetteerEntry],
                 state: Resolution) -> list[GazetteerEntry]:
    """"Dutch Prime Minister Mark Rutte", "Foreign Minister Annalena Baerbock": the title the
    text gives a known person (its office and the state its demonym names) says which of
    the person's terms is meant when the term of the date (`dated`) does not fit it (the
    text may tell of earlier years; not "former Dutch prime minister Mark Rutte"); none,
    or a title that fits no term, leaves the choice to the date."""
    def fits(entry: GazetteerEntry) -> bool:
        return entry.role == state.role and state.country in (None, entry.country)

    if state.role is None or len({e.name for e in people}) != 1 or any(map(fits, dated)):
        return []
    return sorted(filter(fits, people), key=lambda e: e.start or date.min)[-1:]

