"""Is the head of a role phrase an actor? (DESIGN.md: "An actor phrase is headed by an
actor ... never by an abstract noun that merely contains a country").

A name or a pronoun heads an actor, except a body of water ("the Yellow Sea"). A common
noun heads one when it names people, a body or an office: a sector or title word of the
gazetteer ("the government", "his counterpart"), or a word of roles.yaml `people_nouns` /
`actor_nouns` ("the two countries", "its allies"), and an act or thing said stands for its
named author ("Croatian aggression"). A thing or place is the target only of a material
act done to it (`thing_target_roots`: "shelled Syrian territory", "tariffs on Chinese
steel"). Every other common noun ("the partnership with Ankara", "Hungary's closeness to
Beijing", "Iranian fruit" as a topic) is no actor.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..record import Actor
from .bundle import Rules
from .lexicon import Lexicon

Token = Any


@dataclass(slots=True, frozen=True)
class HeadRules:
    """The word lists of roles.yaml that decide whether a head noun names an actor."""

    people: frozenset[str]
    actors: frozenset[str]
    water: frozenset[str]
    measures: frozenset[str]
    relations: frozenset[str]
    material_roots: frozenset[str]
    acts: frozenset[str] = frozenset()
    states: frozenset[str] = frozenset()
    times: frozenset[str] = frozenset()
    sets: frozenset[str] = frozenset()
    leaders: frozenset[str] = frozenset()
    staff: frozenset[str] = frozenset()
    instruments: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    crowds: frozenset[str] = frozenset()
    owner_roots: frozenset[str] = frozenset()
    undergone: frozenset[str] = frozenset()
    causes: frozenset[str] = frozenset()
    cause_roots: frozenset[str] = frozenset()
    #: for each act noun of roles.yaml `suffered_act_roots`, the prepositions of its victim
    suffered: Mapping[str, frozenset[str]] = field(default_factory=dict)
    contacts: frozenset[str] = frozenset()
    hosts: frozenset[str] = frozenset()
    locatives: frozenset[str] = frozenset()
    violence: frozenset[str] = frozenset()
    sports: frozenset[str] = frozenset()

    @classmethod
    def from_rules(cls, rules: Rules, lexicon: Lexicon | None = None) -> HeadRules:
        suffered = {} if lexicon is None else {
            lemma: preps for lemma in lexicon.lemmas("N")
            if (preps := lexicon.target_preps(lemma, "N", rules.suffered_act_roots))}
        return cls(suffered=suffered, people=rules.people_nouns, actors=rules.actor_nouns,
                   water=rules.water_words, measures=rules.measure_nouns,
                   relations=rules.relation_nouns, material_roots=rules.thing_target_roots,
                   acts=rules.act_nouns, states=rules.state_nouns, times=rules.time_names,
                   sets=rules.state_set_nouns, leaders=rules.leader_nouns,
                   staff=rules.staff_nouns, crowds=rules.crowd_measures,
                   instruments=rules.instrument_nouns, places=rules.named_place_nouns,
                   owner_roots=rules.owner_target_roots, undergone=rules.undergone_nouns,
                   causes=rules.cause_nouns, cause_roots=rules.backed_cause_roots,
                   contacts=rules.contact_roots, hosts=rules.host_place_nouns,
                   locatives=frozenset(rules.location_preps),
                   violence=rules.placeless_violence, sports=rules.sport_words)

    def head_of(self, head: Token) -> Token | None:
        """The noun a measure or quantity word stands before ("dozens of Russian citizens",
        "$28 billion worth of goods"): that noun's head; None for a bare measure ("20
        percent"), which heads nothing; the name a place noun is "of" ("the region of
        Somaliland", roles.yaml `named_place_nouns`); a bare crowd number that is a
        subject ("Thousands marched", roles.yaml `crowd_measures`) stands for people;
        `head` itself otherwise."""
        subject = head.dep_ in ("nsubj", "nsubjpass")
        while is_measure(head, self.measures):
            nested = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"] or sum_held_in(head)
            if not nested and head.pos_ == "NOUN" and _owned_measure(head):
                return head  # "Guyana's licensing round", "Russia's latest package": owned
            if not nested:
                return head if subject and head.lower_ in self.crowds else None
            head = nested[0]
        if head.pos_ == "NOUN" and head.lemma_.lower() in self.places:
            # "the breakaway region of Somaliland": the place it names
            named = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
            return named[0] if named else head
        return head

    def is_time_name(self, token: Token) -> bool:
        """"Easter", "Ramadan", "New Year": a festival or season, which dates an act and
        names no doer (roles.yaml `time_names`)."""
        two = f"{token.doc[token.i - 1].lower_} {token.lower_}" if token.i else ""
        return token.lower_ in self.times or token.lemma_.lower() in self.times \
            or two in self.times

    def describes_state(self, head: Token) -> bool:
        """"the country", "the Gulf kingdom", "the country's": a definite singular noun that
        describes a state without naming it (roles.yaml `state_nouns`), not "a country",
        "the two countries" or "the state of Texas"; also capitalised as in the house style
        of the state's own press ("the Kingdom's foreign ministry", "the Sultanate"), but
        not as a word of a name ("the United Kingdom", "the Dominican Republic")."""
        if head.tag_ == "NNP" and head.text.istitle() and not any(
                c.dep_ in ("compound", "amod", "nmod") for c in head.children):
            return self.describes(head, self.states, proper=True)
        return self.describes(head, self.states)

    @staticmethod
    def describes(head: Token, nouns: frozenset[str] | dict[str, Any],
                  proper: bool = False) -> bool:
        """A definite singular noun of `nouns` with no number, apposition or "of" phrase:
        "the country", "the group" (`describes_state`; roles.yaml `body_nouns`); with
        `proper`, one tagged a proper noun ("the Kingdom")."""
        if head.lower_ not in nouns or not proper and (head.tag_ != "NN" or head.pos_ != "NOUN"):
            return False
        words = {c.lower_ for c in head.children if c.dep_ == "det"}
        if not words & {"the", "this", "that"}:
            return False
        return not any(c.dep_ in ("nummod", "appos") or c.dep_ == "prep" and c.lower_ == "of"
                       for c in head.children)

    def is_named_instrument(self, head: Token) -> bool:
        """"the Geneva Agreement", "the Minsk accords", "the Paris Climate Agreement": a
        treaty or accord named after a place is a document, not that place's state
        (roles.yaml `instrument_nouns`)."""
        return head.pos_ == "PROPN" and head.lemma_.lower() in self.instruments

    def is_condition(self, head: Token) -> bool:
        """"a state of emergency", "the state of siege": a state noun whose "of" names a
        common noun (not a people or body word) is a condition, not a state."""
        if head.lemma_.lower() not in self.states:
            return False
        return any(p.dep_ == "prep" and p.lower_ == "of" and p.i == head.i + 1
                   and any(o.dep_ == "pobj" and o.pos_ == "NOUN" and not self.names_people(o)
                           for o in p.children) for p in head.children)

    def is_state_set(self, head: Token) -> bool:
        """"other Asian countries", "Western allies" beside named states: a plural noun for a
        set of states, conjoined with other actors (roles.yaml `state_set_nouns`); not one
        whose "of" phrase names people ("a village chief and three members of his family")."""
        return head.tag_ in ("NNS", "NNPS") and head.lemma_.lower() in self.sets and (
            head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children)) and not any(
            o.dep_ == "pobj" and o.lemma_.lower() in self.people
            for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)

    def is_water(self, head: Token) -> bool:
        """"the Yellow Sea", "the Gulf of Aden", "the sea": a body of water."""
        return head.lower_ in self.water or head.lemma_.lower() in self.water

    def heads_actor(self, head: Token, actor: Actor, roots: tuple[str, ...], target: bool,
                    names_body: Callable[[str], bool],
                    is_act: Callable[[str], bool]) -> bool:
        """Does `head` (the head token of the phrase resolved to `actor`) name an actor of
        an event of one of the CAMEO `roots` (its code and the code it was derived from)?
        `names_body(words)` tells whether the gazetteer knows the words as a body, title or
        actor ("government", "foreign secretary", "Trump"); `is_act(lemma)` whether the
        noun names an act or a thing said, whose named author is the actor ("Indian
        aggression", "Pristina's accusations"). The `target` of a material act may be a
        thing ("shelled a hospital", "seized Iranian oil"), standing for its owner, and its
        source a nation's weapon or unit ("Israeli tanks fired")."""
        head = self.head_of(head)
        if head is None or self.is_water(head) or self.is_time_name(head) \
                or self.is_condition(head) or self.is_named_instrument(head):
            return False
        lemma = head.lemma_.lower()
        if target and head.pos_ == "NOUN" and self.contacts.intersection(r[:2] for r in roots) \
                and (is_act(lemma) or lemma in self.acts) and not self.names_people(head):
            return False  # "met ..., their third meeting": the meeting restated
        if target and lemma in self.hosts and actor.kind == "state" \
                and self.contacts.intersection(r[:2] for r in roots):
            return True  # "visited the Chinese capital": its state is the host
        judged = target and bool(self.owner_roots.intersection(roots[:1]))
        # ("condemned the killing of aid workers": the phrase's people suffered the act)
        suffered_act = judged and lemma in self.suffered
        if head.pos_ != "NOUN" or actor.kind in ("person", "igo", "ngo") and not suffered_act:
            return True
        # (nor does its "of" phrase make it a title: "the killing of aid workers")
        heads = [head.text, head.lower_] if suffered_act else _head_words(head)
        if self.names_people(head) or any(names_body(words) for words in heads):
            return True
        if lemma in self.relations or head.lower_ in self.relations:
            return False  # "the partnership with Ankara", "Iran's ties with Russia"
        if lemma in self.leaders and self._leads_body(head, names_body):
            return True  # "the head of Ukraine's military intelligence"
        if lemma in self.staff and self._owned(head, names_body):
            return True  # "Holcomb's office", "the governor's aides"
        # (violence a verdict names with no author is not its place's: "condemned the
        # bombing in Peshawar" judges no one; "the coup in Niger" is Niger's)
        places = self.locatives if judged \
            and (lemma in self.violence or head.lower_ in self.violence) else frozenset()
        if judged:  # ("condemned the sanctions against Venezuela": not Venezuela's)
            places |= self.suffered.get(lemma, frozenset())
        if (is_act(lemma) or lemma in self.acts or head.lower_ in self.acts) and (
                has_author(head, self.times)
                or target and self._concerns_actor(head, names_body, is_act, places=places)):
            return True
        if target and self.cause_roots.intersection(roots) and lemma in self.causes \
                and has_author(head, self.times):
            return True  # "backed Ukraine's territorial integrity" (also as an intent)
        if target and self.owner_roots.intersection(roots[:1]) and has_author(head, self.times) \
                and lemma not in self.undergone and head.lower_ not in self.undergone \
                and not any(c.lower_ in self.sports or c.lemma_.lower() in self.sports
                            for c in head.children if c.dep_ in ("compound", "amod")):
            return True  # "slammed Cairo's intransigence", "denounced the Chinese survey"
            # (not "Argentina's World Cup win": a team's)
        material = bool(self.material_roots.intersection(roots))
        if not target:  # "Israeli tanks fired", "Russian missiles struck": a nation's arms
            return material and has_author(head, self.times) and bool(actor.country)
        return material

    def _owned(self, head: Token, names_body: Callable[[str], bool]) -> bool:
        """A staff noun (roles.yaml `staff_nouns`) owned by a name, people or a body: "the
        governor's office", "the office of the prime minister"."""
        owners = [c for c in head.children if c.dep_ == "poss"]
        owners += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]
        return any(o.pos_ == "PROPN" and not self.is_water(o) or self.names_people(o)
                   or any(names_body(w) for w in _head_words(o)) for o in owners)

    def _leads_body(self, head: Token, names_body: Callable[[str], bool]) -> bool:
        """A leader noun (roles.yaml `leader_nouns`) whose "of" phrase names a body, people or
        a state: "the head of Kenya's defence forces", "the chief of the UN mission"."""
        return any(o.dep_ == "pobj" and (o.pos_ == "PROPN" and not self.is_water(o)
                                         or self.names_people(o)
                                         or any(names_body(w) for w in _head_words(o)))
                   for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children)

    def names_people(self, head: Token) -> bool:
        """A noun for people or a body of people ("protesters", "the two countries")."""
        lemma = head.lemma_.lower()
        return lemma in self.people or lemma in self.actors or head.lower_ in self.actors

    def _concerns_actor(self, noun: Token, names_body: Callable[[str], bool],
                        is_act: Callable[[str], bool], depth: int = 0,
                        places: frozenset[str] = frozenset()) -> bool:
        """An act or thing said whose prepositional phrase names the actor it concerns:
        "the arrest of women's rights activists", "an inquiry into abuses by security
        forces in Venezuela", "a ceasefire in Syria's Idlib province", and through a
        relation the act is about, its other party: "the resumption of ties with Chile"."""
        for prep in noun.children:
            if prep.dep_ != "prep" or depth > 2 or prep.lower_ in places:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                lemma = obj.lemma_.lower()
                if obj.pos_ == "PROPN" and not self.is_water(obj) or lemma in self.people \
                        or lemma in self.actors or has_author(obj) \
                        or any(names_body(w) for w in _head_words(obj)):
                    return True
                if (is_act(lemma) or lemma in self.relations) and \
                        self._concerns_actor(obj, names_body, is_act, depth + 1, places):
                    return True  # "welcomed the resumption of ties with Chile"
        return False


def is_measure(token: Token, measures: frozenset[str]) -> bool:
    """A number, a sum or a measure word (roles.yaml `measure_nouns`): "dozens", "$28
    billion", "20 percent"."""
    lower = token.lower_  # (a short sum starts with a digit: no pattern to try on words)
    return lower in measures or token.lemma_.lower() in measures or token.like_num \
        or token.pos_ in ("NUM", "SYM") \
        or lower[:1].isdigit() and _SHORT_SUM.match(lower) is not None


#: A number written with its scale ("7bn", "2.5m", "300tn"): a sum, as "7 billion" is.
_SHORT_SUM = re.compile(r"^\d[\d.,]*(?:bn|m|mn|tn|trn|k)$")


def sum_held_in(head: Token) -> list[Token]:
    """What a sum written with its currency sign is "in": "$300bn in Russian assets",
    "€210bn in frozen reserves" stand for the assets, the sum for no one."""
    if not any(t.tag_ == "$" or t.is_currency for t in (head, *head.children)):
        return []
    return [p for c in head.children if c.dep_ == "prep" and c.lower_ == "in"
            for p in c.children if p.dep_ == "pobj"]


def _owned_measure(head: Token) -> bool:
    """A measure word with a possessor and no "of" phrase ("Guyana's licensing round") is
    a thing of its own, owned like any other noun."""
    return any(c.dep_ == "poss" for t in (head, *(c for c in head.children
                                                  if c.dep_ == "compound"))
               for c in t.children)


def _head_words(head: Token) -> list[str]:
    """The head word, as written and lower case, and with the modifiers right before it
    ("foreign secretary", "defence ministry")."""
    words = [head.text, head.lower_, head.lemma_.lower()]
    first = head.i
    while first > head.left_edge.i and head.doc[first - 1].dep_ in ("compound", "amod") \
            and head.doc[first - 1].head.i == head.i and not _demonym(head.doc[first - 1]):
        first -= 1  # ("Iranian fruit": a demonym names the owner, not the kind of body)
    if first < head.i:
        words.append(head.doc[first:head.i + 1].text)  # ("US secretary": not "us")
        words.append(head.doc[first:head.i + 1].text.lower())
    for prep in head.rights:  # "secretary of state", "minister of defence"
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == head.i + 1:
            objects = [p for p in prep.children if p.dep_ == "pobj"]
            if objects and objects[0].right_edge.i - head.i <= 4:
                words.append(head.doc[head.i:objects[0].right_edge.i + 1].text.lower())
    return words


def _demonym(token: Token) -> bool:
    """"Iranian", "Brazilian": a capitalised adjective before a noun."""
    return token.dep_ in ("amod", "compound") and token.pos_ == "ADJ" \
        and token.text[:1].isupper()


#: Words of a day or a span of days: a possessive of one only dates an act ("Sunday's
#: attack", "last week's raid"), it names no doer.
DAY_WORDS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week
month year day night morning evening weekend
""".split())


def has_author(noun: Token, times: frozenset[str] = frozenset()) -> bool:
    """A possessive, a name or a demonym before the noun says whose act it is: "Rwanda's
    intervention", "its accusations", "US-led airstrikes", "Indian aggression"; a
    festival or season of `times` or a day only dates it ("the Easter bombings",
    "Sunday's attack")."""
    return any(c.i < noun.i and c.lower_ not in times and c.lower_ not in DAY_WORDS and (
        c.dep_ == "poss" or c.dep_ in ("amod", "compound", "nmod")
        and c.left_edge.text[:1].isupper()) for c in noun.children)
