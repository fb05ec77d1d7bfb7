"""Targets no role arc reaches: the party an act is aimed at, named elsewhere in its sentence.

A frame whose role arcs give a source but no target may still name its target in three
constructions (each read from the parse, with the word lists of roles.yaml):

- a purpose infinitive that names whom the act is meant to hit ("widened its export curbs
  to punish several Korean chipmakers": `purpose_target_verbs`, for `purpose_target_roots`)
  or to help ("donated ventilators to assist Ethiopia": `purpose_beneficiary_verbs`, for
  `purpose_beneficiary_roots`);
- a place that is the object of a force act, given by where it lies from a named town
  ("an air strike hit an area east of Homs", "shelled villages near Kharkiv":
  `relative_place_nouns`, `place_relation_words`, for `relative_place_roots`);
- the thing reacted to, named again later in the sentence with its owner ("condemned the
  launch, adding it was studying Pyongyang's launch");
- the deed a complaint with no addressee is about, named with its owner in the same
  sentence ("'Pyongyang's launches are a threat,' he said, adding that Tokyo lodged a
  protest": `complaint_roots`).

- the one who met or addressed the party a relative clause tells of ("spoke with Merz, who
  promised to deliver two more Patriot systems": `partner_roots`), and the state of a place
  a "where" clause tells of ("visited Tanzania, where he signed agreements");
- the reporter of a force act on places no name places ("Pakistan said Indian troops
  opened fire on a border post");

- a thing named by its backer ("welcomed the U.S.-backed plan": `backer_participles`;
  `backed_things` gives the name, which the coder places).

The functions here only read the parse and return the heads of the target phrases, in the
order of these constructions; `Coder` resolves them and keeps those that are actors.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .bundle import Rules, joined
from .frames import Frame, is_named, is_time
from .spans import clause_top, to_infinitive

Token = Any

#: Tokens that close an inserted phrase ("export curbs on equipment - machines that serve
#: both sides - to punish ..."): an infinitive right after one goes back to the clause.
INSERTION_ENDS = frozenset({"—", "–", "-", "--", ")"})
#: Where a relative place's town is named from: the direction word's "of" phrase ("south of
#: Homs") or a preposition of nearness ("near Kharkiv").
DIRECTION_OF = "of"
#: The preposition of the town an object place lies in ("a house in the town of Bucha").
WITHIN = "in"
#: The root of threats: a threat made of a deed foretold is aimed where the deed is.
THREAT_ROOT = "13"


def linked_targets(frame: Frame, rules: Rules) -> Iterator[tuple[str, list[Token]]]:
    """(flag, target heads) for each construction that names a target, most telling first."""
    for flag, heads in (("purpose-target", purpose_targets(frame, rules)),
                        ("relative-place", relative_place_targets(frame, rules)),
                        ("owner-named-later", later_owners(frame, rules)),
                        ("complained-deed", complained_doers(frame, rules)),
                        ("shared-addressee", shared_addressees(frame, rules)),
                        ("told-addressee", told_addressees(frame, rules)),
                        ("written-addressee", written_addressees(frame, rules)),
                        ("partner-addressee", partner_addressees(frame, rules)),
                        ("purpose-addressee", purpose_addressees(frame, rules)),
                        ("where-place", where_places(frame, rules)),
                        ("speaker-ground", speaker_grounds(frame, rules))):
        if heads:
            yield flag, heads


# --- the addressee of a conjoined act ------------------------------------------------------

def shared_addressees(frame: Frame, rules: Rules) -> list[Token]:
    """"Poland summoned the Russian ambassador and demanded an explanation", "met the
    Chinese envoy and protested the incursion": an act said to someone (roles.yaml
    `addressed_roots`) conjoined after a verb that addresses a party (`addressing_verbs`)
    is said to that party."""
    verb = frame.verb
    if frame.code[:2] not in rules.addressed_roots or verb.dep_ != "conj" \
            or verb.head.lemma_.lower() not in rules.addressing_verbs:
        return []
    return _conjoined([c for c in verb.head.children if c.dep_ == "dobj"])


def told_addressees(frame: Frame, rules: Rules) -> list[Token]:
    """"Lavrov told his Turkish counterpart that Moscow would not accept the proposal",
    "assured Baghdad that it would respond": an act said to someone (`addressed_roots`) in
    the clause a verb of telling (`telling_verbs`) tells someone is said to that someone.
    A use of force told as coming ("told Blinken that Israel would resume its offensive in
    Gaza": roles.yaml `relative_place_roots`) is not aimed at the one told, though its
    intent is a threat; sanctions told as coming may be ("told Moscow the EU would ...")."""
    if frame.code[:2] not in rules.addressed_roots or (
            frame.code[:2] == THREAT_ROOT
            and frame.entry.code[:2] in rules.relative_place_roots):
        return []
    clause = clause_top(frame.governor or frame.verb)
    teller = clause.head
    if clause.dep_ != "ccomp" or teller.lemma_.lower() not in rules.telling_verbs:
        return []
    return _conjoined([c for c in teller.children if c.dep_ in ("dobj", "dative")])


def partner_addressees(frame: Frame, rules: Rules) -> list[Token]:
    """"Zelenskyy spoke by phone with Merz, who promised to deliver two more Patriot
    systems", "Xi received Lula, who invited him to Brasilia": an act (roles.yaml
    `partner_roots`) that a relative clause tells of the party met or addressed
    (`addressing_verbs`, "spoke with") is aimed at whoever met or addressed them."""
    if frame.code[:2] not in rules.partner_roots:
        return []
    clause = clause_top(frame.governor or frame.verb)
    partner = clause.head
    if clause.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT")
                                         for c in clause.children):
        return []
    holder = partner.head
    if partner.dep_ == "pobj" and holder.lower_ in rules.addressee_preps:
        holder = holder.head  # "spoke with Merz, who ..."
    elif partner.dep_ not in ("dobj", "dative"):
        return []
    if holder.pos_ != "VERB" or holder.lemma_.lower() not in rules.addressing_verbs:
        return []
    return _conjoined([c for c in holder.children if c.dep_ == "nsubj"])


def where_places(frame: Frame, rules: Rules) -> list[Token]:
    """"Wang visited Tanzania, where he signed agreements on infrastructure": an act of
    talks or ties (`where_place_roots`) that an active "where" clause on a named place tells
    of, with no target of its own, is done with the place's state (the coder keeps it only
    when it is another country's; aid "distributed by UN agencies" there is not given to it)."""
    if frame.code[:2] not in rules.where_place_roots or any(
            c.dep_ in ("nsubjpass", "auxpass") for c in frame.verb.children):
        return []
    clause = clause_top(frame.governor or frame.verb)
    place = clause.head
    if clause.dep_ != "relcl" or place.pos_ != "PROPN" or not any(
            c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
        return []
    return [place]


def speaker_grounds(frame: Frame, rules: Rules) -> list[Token]:
    """"Pakistan said Indian troops opened fire on a border post", "Israel said Hezbollah
    fired rockets at a town in the north": a force act (`relative_place_roots`) on places
    no name places, of the kinds a state's own ground is named by (`relative_place_nouns`),
    or on a truce (`truce_nouns`: "Armenia said Azerbaijani forces violated the
    ceasefire"), hit the ground of the one who reports it (the coder keeps the speaker only
    when it is a state's, of another country than the doer)."""
    grounds = joined(rules.relative_place_nouns, rules.truce_nouns)
    hit = frame.targets or [c for c in frame.verb.children if c.dep_ == "dobj"
                            and c.lemma_.lower() in rules.truce_nouns]  # (the entry's object)
    if frame.code[:2] not in rules.relative_place_roots or frame.speaker is None \
            or not hit or not all(t.lemma_.lower() in grounds for t in hit):
        return []
    return [frame.speaker]


def written_addressees(frame: Frame, rules: Rules) -> list[Token]:
    """"Kenya wrote to Uganda demanding the release of its fishermen", "sent a note to
    Croatia demanding an explanation", "wrote to the EU to urge ...": an act said to someone
    (`addressed_roots`) in a participle or infinitive of a verb of writing or of sending a
    letter (`writing_verbs`, `letter_verbs` with a `letter_nouns` object) is said to whom
    the letter goes."""
    if frame.code[:2] not in rules.addressed_roots:
        return []
    clause = frame.governor or frame.verb
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    writer = clause.head
    lemma = writer.lemma_.lower()
    if clause.dep_ not in ("advcl", "xcomp") or clause.tag_ not in ("VBG", "VB") \
            or lemma not in rules.writing_verbs and not (lemma in rules.letter_verbs and any(
                c.dep_ == "dobj" and c.lemma_.lower() in rules.letter_nouns
                for c in writer.children)):
        return []
    return _conjoined([p for c in writer.children if c.dep_ in ("prep", "dative")
                       and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"
                       and not is_time(p)])


def purpose_addressees(frame: Frame, rules: Rules) -> list[Token]:
    """"summoned the British ambassador to protest the seizure of an Iranian tanker",
    "summoned the Russian envoy to demand an explanation": an act said to someone
    (`addressed_roots`) that is the purpose of a verb addressing a party
    (`addressing_verbs`) is said to that verb's object."""
    verb = frame.verb
    if frame.code[:2] not in rules.addressed_roots or verb.dep_ not in ("advcl", "xcomp") \
            or not to_infinitive(verb) or verb.head.lemma_.lower() not in rules.addressing_verbs:
        return []
    return _conjoined([c for c in verb.head.children if c.dep_ == "dobj"])


def addressees(frame: Frame, rules: Rules) -> list[Token]:
    """Whom an act said to someone (roles.yaml `addressed_roots`) is said to, named by an
    addressing preposition of its verb or event noun (`addressee_preps`): "complained to
    Chile about ...", "expressed concern to Washington over ...", "lodged a protest with
    Tokyo". The coder takes them when what the act is about stands for the speaker's own
    people ("the treatment of Peruvian migrants"), or the one a purpose names
    (`purpose_addressees`)."""
    if frame.code[:2] not in rules.addressed_roots:
        return []
    purposed = purpose_addressees(frame, rules)
    if purposed:
        return purposed
    preps = rules.addressee_preps
    holders = [frame.verb, *(t for t in frame.trigger[1:] if t.pos_ == "NOUN")]
    return _conjoined([p for h in holders for c in h.children
                       if c.dep_ in ("prep", "dative") and c.lower_ in preps
                       for p in c.children if p.dep_ == "pobj" and not is_time(p)])


# --- purpose -----------------------------------------------------------------------------

def purpose_targets(frame: Frame, rules: Rules) -> list[Token]:
    """The objects of a purpose infinitive of the frame's clause that says whom the act is
    aimed at ("imposed levies to pressure Kazakhstan", "expanded export controls ... to
    target three U.S. contractors"); also one the parser hung inside a dashed or bracketed
    insertion, which the infinitive ends."""
    if frame.code[:2] in rules.purpose_target_roots:
        aims, preps = rules.purpose_target_verbs, frozenset({"against"})
    elif frame.code[:2] in rules.purpose_beneficiary_roots:
        aims, preps = rules.purpose_beneficiary_verbs, rules.purpose_beneficiary_preps
    else:
        return []
    found: list[Token] = []
    for verb in _purpose_verbs(frame, aims):
        found += [c for c in verb.children if c.dep_ == "dobj"]
        found += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
                  for p in c.children if p.dep_ == "pobj"]
    return [t for t in _conjoined(found) if not is_time(t)]


def _purpose_verbs(frame: Frame, aims: frozenset[str]) -> list[Token]:
    last = max(t.i for t in frame.trigger)
    verbs = []
    for token in frame.verb.subtree:
        if token.i <= last or token.lemma_.lower() not in aims \
                or token.pos_ != "VERB":
            continue
        marks = [c for c in token.children if c.dep_ == "aux" and c.lower_ == "to"]
        if not marks:
            continue
        before = token.doc[marks[0].i - 1] if marks[0].i > 0 else None
        if token.head.i == frame.verb.i and token.dep_ in ("advcl", "xcomp") \
                or before is not None and before.text in INSERTION_ENDS:
            verbs.append(token)  # (after an insertion the parser hangs it anywhere in it)
    return verbs


# --- a place given by where it lies from a town ------------------------------------------

def relative_place_targets(frame: Frame, rules: Rules) -> list[Token]:
    """The town a force act's object place is placed by ("hit farmland west of Idlib",
    "the shelling of positions near Kharkiv"): only a place the act is done to (the
    object of the verb, or what the event noun is "of" / "on"), never one that only says
    where something happened ("spoke in Damascus", "fell into the sea south of Beirut")."""
    if frame.code[:2] not in rules.relative_place_roots:
        return []
    towns: list[Token] = []
    within: list[Token] = []
    for holder, place in _acted_on_places(frame, rules):
        towns += _relation_towns(place, rules)
        towns += _relation_towns(holder, rules, after=place.right_edge.i)
        within += _towns_within(holder, place)
    return [t for t in _conjoined(towns) if t.pos_ == "PROPN"] + within


def _towns_within(holder: Token, place: Token) -> list[Token]:
    """The town an object place lies "in" when the parser hangs that phrase on the verb
    right after the place ("struck a house in the Ukrainian town of Bucha", "shelled a
    school in Kherson"): its name, or the town's noun its people's adjective places ("the
    Israeli town of Caesarea")."""
    towns = [p for c in holder.children if c.dep_ == "prep" and c.lower_ == WITHIN
             and c.i == place.right_edge.i + 1 for p in c.children if p.dep_ == "pobj"]
    named = [t if t.pos_ == "PROPN" or is_named(t) else next(
        (n for prep in t.children if prep.dep_ == "prep" and prep.lower_ == DIRECTION_OF
         for n in prep.children if n.dep_ == "pobj" and n.pos_ == "PROPN"), None)
        for t in towns]
    return [t for t in named if t is not None and not is_time(t)]


def _acted_on_places(frame: Frame, rules: Rules) -> list[tuple[Token, Token]]:
    """(the word the place hangs on, the place noun) for each object place of the act."""
    places = rules.relative_place_nouns
    holders = [t for t in frame.trigger if t.pos_ in ("VERB", "AUX")]
    nouns = [t for t in frame.trigger if t.pos_ == "NOUN"]
    holders += [n.head for n in nouns if n.dep_ == "nsubj" and
                n.head.lemma_.lower() in rules.impact_verbs]  # "the strike hit an area"
    found = [(h, c) for h in holders for c in h.children if c.dep_ == "dobj"]
    found += [(n, p) for n in nouns for prep in n.children if prep.dep_ == "prep"
              and prep.lower_ in ("of", "on", "against") for p in prep.children
              if p.dep_ == "pobj"]
    return [(h, p) for h, p in found if p.lemma_.lower() in places or p.lower_ in places]


def _relation_towns(holder: Token, rules: Rules, after: int | None = None) -> list[Token]:
    """Towns named by a relation word under `holder` ("area south of Homs", "villages near
    Kharkiv"); with `after`, only a relation right after that token (the parser hangs "east
    of Homs" on the verb as well as on the place)."""
    words = rules.place_relation_words
    towns: list[Token] = []
    for child in holder.children:
        if child.lower_ not in words or after is not None and child.i != after + 1:
            continue
        if child.dep_ == "prep":  # "near Kharkiv", "outside Aleppo"
            towns += [p for p in child.children if p.dep_ == "pobj"]
        else:  # "south of Hama": the direction word's "of" phrase
            towns += [p for prep in child.children if prep.dep_ == "prep"
                      and prep.lower_ == DIRECTION_OF for p in prep.children
                      if p.dep_ == "pobj"]
    return towns


# --- the thing reacted to, named later with its owner ------------------------------------

def later_owners(frame: Frame, rules: Rules) -> list[Token]:
    """The owner of the thing a reaction is to, when the sentence names that thing again
    later with its owner: "condemned the missile test, adding it was analysing North Korea's
    test" (North Korea). Only the same noun counts, and only an owner before it (a possessive
    or a capitalised modifier)."""
    if frame.code[:2] not in rules.reaction_roots:
        return []
    for noun in frame.targets:
        if noun.pos_ != "NOUN" or _owners(noun):
            continue
        lemma = noun.lemma_.lower()
        for later in noun.doc[noun.i + 1:noun.sent.end]:
            if later.pos_ == "NOUN" and later.lemma_.lower() == lemma and _owners(later):
                return _owners(later)
    return []


def complained_doers(frame: Frame, rules: Rules) -> list[Token]:
    """The doer of the deed a complaint with no addressee is about, named in its sentence
    as the owner of an act noun: "'North Korea's launches are a grave threat,' the minister
    said, adding that Tokyo lodged a protest" (North Korea). Only when the sentence names
    one such owner (after the trigger's own phrase is left out)."""
    if frame.code[:2] not in rules.complaint_roots or frame.targets:
        return []
    sentence = frame.verb.sent
    own = {t.i for s in frame.sources for t in s.subtree}
    owners = [o for noun in sentence if noun.pos_ == "NOUN" and noun.i not in own
              and (noun.lemma_.lower() in rules.act_nouns or noun.lower_ in rules.act_nouns)
              for o in _owners(noun)]
    named = {o.lower_ for o in owners}
    return owners[:1] if len(named) == 1 else []


def backed_things(frame: Frame, rules: Rules) -> list[tuple[Token, str]]:
    """(modifier, backer name) of each target thing named by its backer glued to a
    participle: "welcomed the U.S.-backed ceasefire plan" -> ("U.S.-backed", "U.S.");
    the name is left for the resolver to place."""
    parties = joined(rules.people_nouns, rules.actor_nouns, rules.armed_nouns,
                     rules.related_party_nouns)  # ("U.S.-backed forces" are not the USA's own)
    found = []
    for noun in frame.targets:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() in parties or noun.lower_ in parties:
            continue
        for child in noun.children:
            if child.i > noun.i:
                continue
            name, dash, participle = child.text.rpartition("-")
            if not dash and child.i >= 2 and child.doc[child.i - 1].text == "-":
                # the tokenizer split "UN-backed": the name is the words before the dash
                name = _name_before(child.doc, child.i - 1)
                participle = child.text
                child = child.doc[child.i - 1 - len(name.split())]
            if name[:1].isupper() and participle.lower() in rules.backer_participles:
                found.append((child, name))
    return found


def _name_before(doc: Any, dash: int) -> str:
    """The capitalised words right before token `dash` (at most three), as written."""
    first = dash
    while first > 0 and dash - first < 3 and doc[first - 1].text[:1].isupper():
        first -= 1
    return doc[first:dash].text


def shared_between(frame: Frame, rules: Rules) -> bool:
    """An act of coordinated subjects on what lies between them, with no one else named:
    "Ecuador and Mexico suspended diplomatic relations", "Armenia and Azerbaijan suspended
    trade" (objects of roles.yaml `symmetric_lemmas` and `relation_nouns`), done by each to
    the other. Not with a party of its own ("suspended trade with Iran") nor on a thing
    ("suspended aid")."""
    words = joined(rules.symmetric_lemmas, rules.relation_nouns)
    verb = frame.verb
    if frame.code[:2] in ("01", "02") or frame.transform or frame.code in rules.mediation_codes \
            or frame.code.startswith(rules.judging_codes):
        return False  # "A and B urged closer ties": an appeal, to someone else; "A and B
        # brokered the truce": go-betweens; "A and B welcomed the deal": each judges it
    if len([c for c in verb.children if c.dep_ == "nsubj"]) != 1:
        return False
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(subject.conjuncts) and bool(objects) and all(
        (o.lemma_.lower() in words or o.lower_ in words) and not any(
            c.dep_ == "prep" for c in o.children) for o in objects) and not any(
        c.dep_ == "prep" and c.lower_ in ("with", "to", "against", "on", "from")
        for c in verb.children)


def _owners(noun: Token) -> list[Token]:
    return [c for c in noun.children if c.i < noun.i and (
        c.dep_ == "poss" and c.pos_ == "PROPN"
        or c.dep_ in ("amod", "compound", "nmod") and c.text[:1].isupper())]


def _conjoined(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for token in tokens:
        out += [token, *(c for c in token.conjuncts if c.i > token.i)]
    return list({t.i: t for t in out}.values())
