"""Triggers and roles: from a parsed sentence to event frames (trigger, code, role heads).

A frame is found for each verb or event noun the lexicon knows; its source and target
heads come from the dependency arcs named in roles.yaml (subject, passive agent, object,
prepositional objects), following xcomp / conj chains, reduced relatives and appositions.
A target that only names a content noun or a thing acted upon stands for the named party
behind it ("rejected accusations by the US", "suspended food supplies to Armenia").
Policies (negation, modality, intent / appeal / demand / threat governors, speech) are
applied later by `policy.apply_policies`; this module only reads the parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from .bundle import Rules, joined
from .dates import MONTHS
from .heads import DAY_WORDS, is_measure, sum_held_in
from .lexicon import ANY_OBJECT, NAMED_OBJECT, Entry, Lexicon
from .spans import coordinated_modifiers, coordinated_owners, per_word, to_infinitive

Token = Any
VERB_TAGS = ("VB",)
#: Words that are never actors when they turn up as a subject or object.
NON_ACTORS = DAY_WORDS | frozenset("""
time decade century hour minute
there here what which that this these those who whom whose where when january february
march april june july august september october november december
""".split())


LOCATION_HOLDER_DEPS = ("dobj", "pobj")
#: Dependency labels of a purpose infinitive on a verb or its object ("funds to fight ...").
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl"})


@dataclass(slots=True)
class Frame:
    """A trigger with its code and the heads of its source and target phrases."""

    trigger: list[Token]
    code: str
    entry: Entry
    verb: Token  # the clause verb that carries tense, negation and modality
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    governor: Token | None = None  # intent / appeal / demand / threat / refusal verb
    transform: str | None = None
    speaker: Token | None = None
    location: Token | None = None
    symmetric: bool = False
    foretold: list[Token] = field(default_factory=list)  # a warned-of clause's own doers

    @property
    def rule(self) -> str:
        parts = [self.entry.name] + self.flags
        if self.transform:
            parts.append(f"{self.transform}:{self.governor.lemma_ if self.governor else ''}")
        return " ".join(parts)


def is_verb(token: Token) -> bool:
    return token.tag_.startswith(VERB_TAGS) and token.pos_ in ("VERB", "AUX")


def headline_verb(token: Token) -> bool:
    """A present-tense verb the tagger read as a noun, as it does in headlines ("Iran
    foreign ministry summons British envoy", "Israeli Jets pound southern Lebanon"): the
    root of its clause, with a subject and an object of its own (which it may read as an
    apposition), and an "-s" ending or a plural subject (a plural noun or coordinated
    names: "Japan and UNICEF hand over ambulances")."""
    if token.pos_ != "NOUN" or token.dep_ != "ROOT":
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    deps = {c.dep_ for c in token.children}
    return bool(subjects) and bool(deps & {"dobj", "appos"}) and (
        token.lower_.endswith("s") or subjects[0].lower_.endswith("s")
        or any(c.dep_ == "conj" for c in subjects[0].children))  # "Japan and UNICEF hand"


def folded_verb(token: Token) -> bool:
    """A past-tense verb the parser folded into one long name between two proper names, as
    it does when a sentence has no other verb ("Ruto hosted Museveni in Nairobi": "hosted"
    an adjective of "Museveni"): the verb of the sentence, its roles the names either side."""
    head = token.head
    return token.tag_ in ("VBD", "VBN") and token.dep_ in ("amod", "compound") \
        and head.dep_ == "ROOT" and head.pos_ == "PROPN" and token.i < head.i \
        and token.i > 0 and token.doc[token.i - 1].pos_ == "PROPN" \
        and not any(t.pos_ in ("VERB", "AUX") and t.i != token.i for t in token.sent)


def find_frames(sent: Any, lexicon: Lexicon, rules: Rules) -> list[Frame]:
    """Every lexicon trigger of `sent` (a spaCy Span or Doc) with its role heads."""
    frames: list[Frame] = []
    used_nouns: set[int] = set()
    tokens = list(sent)  # (spaCy builds a token object anew at each pass)
    for token in tokens:
        if is_verb(token) or token.pos_ == "VERB" or headline_verb(token):
            frame = _receipt_frame(token, lexicon, rules, used_nouns) or \
                _verb_frame(token, lexicon, rules, used_nouns)
            if frame is not None:
                frames.append(frame)
                used_nouns.add(token.i)
    for token in tokens:
        if ((token.pos_ == "ADJ" or token.tag_ == "VBN") and token.dep_ in ("acomp", "oprd")
                or _passive_feeling(token)) and token.i not in used_nouns:
            # ("was deeply concerned by": tagged VBN; "was appalled by": parsed as a passive)
            frame = _adjective_frame(token, lexicon, rules)
            if frame is not None:
                frames.append(frame)
    for token in tokens:
        if token.pos_ in ("NOUN", "PROPN") and token.i not in used_nouns \
                and token.dep_ != "compound" and (lexicon.has(token.lemma_.lower(), "N")
                                                  or token.lemma_.lower() in rules.armed_senses):
            # (a compound names a kind of thing: "riot police", "attack helicopters")
            frame = _noun_frame(token, lexicon, rules)
            if frame is not None:
                frames.append(frame)
    frames += [m for f in frames for m in [_mediated(f, lexicon, rules)] if m is not None]
    frames += [g for f in frames for g in _glued_go_betweens(f, lexicon, rules)]
    content = rules.content_nouns
    joint = rules.joint_modifiers
    coded_verbs = {f.trigger[0].i for f in frames if f.trigger[0].pos_ in ("VERB", "AUX")}
    for frame in frames:
        impact = _impact_verb(frame.trigger[0], rules) if "impact" in frame.flags else None
        if impact is not None and impact.i in coded_verbs:
            # "suicide bombers killed 52 people": the verb's own event, and its place (its
            # victims are the verb's: no surface fallback takes them back for the noun)
            frame.targets, frame.location = [], _location(frame.trigger[0], rules)
            frame.flags.append("set-target")
        if _agreed_jointly(frame, rules):
            frame.flags.append(AGREED_FLAG)
        frame.symmetric = frame.symmetric or _done_jointly(frame, joint) or \
            AGREED_FLAG in frame.flags or any(  # "A and B struck a deal"
                t.lemma_.lower() in rules.symmetric_lemmas for t in frame.trigger[1:]) or \
            _their_own(frame, rules)
        # ("the deal was brokered by the US and Qatar": go-betweens, not each other's party)
        frame.symmetric = frame.symmetric and frame.code not in rules.mediation_codes
        if any(_reciprocal(t) for t in frame.targets):  # "accused each other"
            frame.targets = [t for t in frame.targets if not _reciprocal(t)]
            frame.symmetric = True
            frame.flags.append("reciprocal")
        if frame.code[:2] == "11":  # "criticised the deployment of Kenyan police"
            frame.targets = [d for t in frame.targets for d in _armed_doers(t, rules)]
        frame.targets = _named_prep_targets(frame, lexicon, rules, content) or frame.targets
        if frame.code[:2] in rules.owner_asked_roots:  # "sought India's help"
            frame.targets = _thing_owners(frame) or frame.targets
        if frame.code[:2] in rules.owner_received_roots and not any(
                t.pos_ == "PROPN" or is_named(t) for t in frame.targets):
            # "supplied half of Germany's gas": no name of its own takes the supply
            frame.targets = _thing_owners(frame, given=True) or frame.targets
        if frame.symmetric and not frame.targets and not _done_jointly(frame, joint):
            parties = _infinitive_parties(frame, rules)
            if parties:  # "A, B and C agreed to deliver missiles to Ukraine": not each other
                frame.targets, frame.symmetric = parties, False
                frame.flags.append("infinitive-party")
        frame.targets = [t for t in frame.targets if not _forces_of_its_own(t, frame, rules)]
        judged = frame.code[:2] in rules.owner_target_roots
        frame.targets = _dedupe([a for t in frame.targets
                                 for a in actor_heads(t, lexicon, rules, judged=judged)])
        if frame.code[:2] in rules.reaction_roots:
            # "condemned the strikes carried out by Iranian drones": their maker
            frame.targets = [m for t in frame.targets for m in _makers(t, rules) or [t]]
        if frame.code in rules.frontier_codes:
            _at_frontier(frame, rules)
        if frame.location is None and frame.code[:2] in rules.place_target_roots:
            # "gave 300 million euros to promote development in Ethiopia": where the act is
            # meant to work is where it is done
            frame.location = _purpose_place(frame.verb, rules)
        agreed = _agreed_place(frame.verb, rules) if not frame.targets and \
            frame.code[:2] in rules.agreed_place_roots else None
        if agreed is not None:  # "agreed to a ceasefire in eastern Ukraine": where it holds
            frame.location = agreed
            frame.flags.append("agreed-place")
        if frame.code[:2] in rules.thing_target_roots and not _joint_parties(frame):
            frame.targets = _material_targets(frame, lexicon, rules)
        if frame.code[:2] in rules.relative_place_roots:
            _weapons_by_wielder(frame, rules)
        if not frame.sources and "passive" in frame.flags:  # "were expelled from Riga"
            frame.sources = [r for t in frame.trigger for r in _removed_from(t, rules)][:1]
            frame.targets = [t for t in frame.targets if t.i not in {s.i for s in frame.sources}]
        if "passive" in frame.flags:  # "Russia's ambassador to Denmark was summoned"
            _envoy_posting(frame, rules)
        if not frame.targets and frame.code[:2] in rules.thing_target_roots:
            # ("sent thousands of troops": a measure's "of" phrase is what it counts)
            frame.targets = [p for t in frame.trigger[1:] for p in _patients(t, rules)
                             if t.lemma_.lower() not in rules.measure_nouns
                             and not _entry_object(p, t, frame.entry)]
        if frame.code[:2] in rules.common_front_roots:
            _common_front(frame, lexicon, rules)
        if _said_in_a_letter(frame, rules):  # "sent a letter to the UN warning that ..."
            frame.targets = [t for t in frame.targets if not (
                t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.i == frame.verb.i)]
            frame.flags.append("set-target")  # (no fallback may take the reader back)
        if frame.code[:2] in rules.common_cause_roots:  # "fought a war in Tigray": the war
            frame.targets = [t for t in frame.targets if not names_the_event(t, frame, rules)]
        if _exchanged_between(frame, rules):  # "Kyiv and Moscow swapped prisoners"
            frame.targets = [p for t in (frame.verb, *frame.trigger[1:])
                             for p in _prep_objects(t, "with")]
            frame.symmetric = True
        courtesy = rules.courtesy_calls.get(f"{frame.entry.lemma} {frame.entry.prep}")
        if courtesy is not None and frame.trigger == [frame.verb] \
                and not _asks_for_something(frame):
            frame.code = courtesy  # "the envoy called on the Nepalese prime minister"
        stops = _journey_stops(frame, rules) if frame.code in rules.traveller_codes else []
        if stops:  # ("a tour of Africa, starting with Egypt": Egypt, not the continent)
            frame.targets = _dedupe([t for t in frame.targets if not (
                t.dep_ == "pobj" and t.head.lower_ == "of")] + stops)
    frames = [f for f in frames if not _sporting(f, rules)
              and not _affecting_sanction(f, frames, rules)]
    for frame in frames:
        if _natural_doer(frame, rules):  # (one-sided at most: no name may stand in)
            frame.sources = []
            frame.flags.append("natural")
    # "clashes between A and B wounded 20": the toll is told of the joint event, whose
    # parties the noun names; the verb adds no act of its own
    joint = {f.trigger[0].i for f in frames if _joint_parties(f)}
    frames = [f for f in frames if not (f.sources and all(
        s.i in joint and s.dep_ == "nsubj" and s.head.i == f.verb.i for s in f.sources))]
    frames = _told_things(frames)
    for frame in frames:
        if frame.code in rules.mediation_codes and not any(
                _names_party(t, rules) for t in frame.targets):
            frame.targets = _brokered_parties(frame, frames, rules) or frame.targets
    return frames + [m for f in frames for m in [_mirrored(f, rules)] if m is not None]


def _brokered_parties(frame: Frame, frames: list[Frame], rules: Rules) -> list[Token]:
    """"A and B signed a deal, in agreements brokered by Turkey and the UN": the parties of
    the accord a go-between's act names, when the clause of their joint act holds it, or
    the parties named by "between" in the purpose of its participle ("the agreement
    brokered by China to restore relations between Riyadh and Tehran")."""
    # (the accord a verb brokered, or the go-between's own noun: "under Turkish mediation")
    held = {t.i for t in frame.trigger[1:] or frame.trigger * bool(frame.sources)
            if t.pos_ == "NOUN"}
    for joint in frames:
        if joint is not frame and joint.symmetric and len(joint.sources) >= 2 \
                and held & {t.i for t in joint.verb.subtree}:
            return list(joint.sources)
    if not _go_between(frame.verb, rules):
        return []
    return next((parties for clause in frame.verb.children
                 if clause.dep_ == "advcl" and _bare_infinitive(clause)
                 for parties in [_between_parties(clause)] if parties), [])


def _between_parties(clause: Token) -> list[Token]:
    """The parties an infinitive or its object names by "between" ("to restore relations
    between Riyadh and Tehran", "to mediate between Kyiv and Moscow"), or []."""
    for holder in (clause, *(c for c in clause.children if c.dep_ == "dobj")):
        parties = _with_conjuncts(_prep_objects(holder, "between"))
        if _parties(parties):
            return parties
    return []


def _glued_go_betweens(frame: Frame, lexicon: Lexicon, rules: Rules) -> list[Frame]:
    """"the US-brokered ceasefire between Israel and Hezbollah", "held Omani-mediated talks":
    the name glued to a go-between's participle (roles.yaml `go_between_participles`) on the
    noun of a joint event brokered between that event's parties."""
    parties = [*frame.sources, *frame.targets]
    if not frame.symmetric or not _parties(parties):
        return []
    found = []
    for noun in frame.trigger:
        for participle in noun.children:
            names = [c for c in participle.children if c.i < participle.i
                     and c.dep_ in ("npadvmod", "compound", "nmod") and c.pos_ == "PROPN"]
            if participle.dep_ != "amod" or participle.lower_ not in \
                    rules.go_between_participles or not names:
                continue
            entry = lexicon.best(lexicon.verb_lemma(participle.lemma_.lower(), participle.lower_),
                                 "V", set(), {noun.lemma_.lower(), noun.lower_})
            if entry is not None and entry.code in rules.mediation_codes:
                found.append(Frame([participle, noun], entry.code, entry, frame.verb,
                                   sources=names, targets=parties, flags=["glued"]))
    return found


def _go_between(verb: Token, rules: Rules) -> bool:
    """A go-between's participle on the accord it made ("the agreement brokered by China";
    roles.yaml `go_between_participles`)."""
    return verb.dep_ == "acl" and verb.lower_ in rules.go_between_participles


def _told_things(frames: list[Frame]) -> list[Frame]:
    """"The EU lifted the sanctions it had imposed on Belarus": a relative clause on the
    event noun of another frame tells what that thing is, no new act; its party is the
    other frame's target when that frame has none."""
    kept = []
    for frame in frames:
        if frame.verb.dep_ != "relcl":
            kept.append(frame)
            continue
        nouns = {t.i for t in frame.trigger if t.pos_ == "NOUN"} | {frame.verb.head.i}
        main = next((f for f in frames if f is not frame and f.verb.dep_ != "relcl"
                     and nouns & {t.i for t in _things_of(f)}), None)
        if main is None or not _same_doer(frame, main) or not (
                main.code[:2] == "08" or frame.verb.head.i in {t.i for t in frame.trigger}):
            # ("signed the deal that Ethiopia had rejected", "expelled two diplomats it
            # accused of spying": acts of their own)
            kept.append(frame)
        elif _names_no_party(main.targets):
            # (never the very thing the clause tells of: "the weapons they captured from
            # government troops" leaves the troops to the main act)
            told = [t for t in frame.targets if t.i not in nouns]
            main.targets = told or main.targets
    for frame in kept:  # ("lifted the ban it had placed on Australian wine": no frame)
        if not frame.targets and frame.code[:2] == "08":
            frame.targets = [p for t in _things_of(frame) for c in t.children
                             if c.dep_ == "relcl" for p in _prep_objects(c, "on")]
    return kept


def _names_no_party(targets: list[Token]) -> bool:
    """Targets that are things ("the bases", "flags"): common nouns with no name before
    them; true of no targets at all."""
    return all(t.pos_ == "NOUN" and not is_named(t) for t in targets)


def _same_doer(told: Frame, main: Frame) -> bool:
    """The relative clause's doer is the main act's: a pronoun, or the same word."""
    own = {s.lower_ for s in main.sources}
    return bool(told.sources) and all(s.pos_ == "PRON" or s.lower_ in own for s in told.sources)


def _things_of(frame: Frame) -> list[Token]:
    """The event noun of a frame and its verb's direct objects: what a relative clause on
    them tells of."""
    return frame.trigger[1:] + [c for c in frame.verb.children if c.dep_ == "dobj"]


def _joint_parties(frame: Frame) -> bool:
    """A nominal event its named parties do together ("clashes between A and B")."""
    return "nominal" in frame.flags and frame.symmetric and bool(frame.sources) \
        and not frame.targets


#: Prepositions of an infinitive that name the party its act goes to or against.
INFINITIVE_PARTY_PREPS = ("to", "against", "toward", "towards", "on", "for")


def _infinitive_parties(frame: Frame, rules: Rules) -> list[Token]:
    """The named party of the uncoded infinitive of a bare shared verb ("Germany and Spain
    agreed to deliver air defence systems to Ukraine", "agreed to grant Kyiv a loan"):
    the subjects agreed to act on that party, not on each other. [] when the infinitive
    names none, or only a subject."""
    verb = frame.verb
    if frame.trigger != [verb] or verb.lemma_.lower() not in rules.symmetric_lemmas:
        return []
    own = {t.i for s in frame.sources for t in s.subtree}
    for clause in (c for c in verb.children if c.dep_ == "xcomp" and _bare_infinitive(c)):
        found = [c for c in clause.children if c.dep_ == "dative" and c.pos_ == "PROPN"]
        found += [p for name in INFINITIVE_PARTY_PREPS for p in _prep_objects(clause, name)
                  if p.pos_ == "PROPN" and not is_time(p)]
        found = [t for t in _with_conjuncts(found) if t.i not in own]
        if found:
            return found
    return []


def _mediated(frame: Frame, lexicon: Lexicon, rules: Rules) -> Frame | None:
    """The event of its own parties that a third party's act takes as its object (roles.yaml
    `mediation_codes`): "Egypt hosted talks between Sudan and South Sudan" is also the
    talks of Sudan and South Sudan, "talks between A and B, hosted by Qatar" too."""
    if frame.code not in rules.mediation_codes or len(frame.trigger) < 2:
        return None
    noun = frame.trigger[1]
    if noun.pos_ != "NOUN" or not _parties(_with_conjuncts(_prep_objects(noun, "between")),
                                           rules):
        return None
    return _noun_frame(noun, lexicon, rules)


def _natural_doer(frame: Frame, rules: Rules) -> bool:
    """A hostile act done by nature ("the hurricane battered Cuba and then hit Florida", "an
    earthquake struck eastern Turkey"; roles.yaml `natural_forces`): no one's act, and no
    name near it may be taken for its doer (core's surface fallback)."""
    return frame.code[:2] in rules.relative_place_roots and bool(frame.sources) and all(
        s.lemma_.lower() in rules.natural_forces or s.lower_ in rules.natural_forces
        for s in frame.sources)


#: A score of a game: "3-0", "4–1" (one or two digits a side).
SCORE = re.compile(r"(?<![\d.,])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d.,%-])")


def _sporting(frame: Frame, rules: Rules) -> bool:
    """An act told of a game: a team (roles.yaml `team_nouns`) in a sentence with a score
    or a match; a hostile act whose sentence gives a score ("Brazil crushed Argentina 3-0")
    or whose verb has a phrase naming a match ("hammered Chile in the World Cup qualifier";
    roles.yaml `sport_words`)."""
    verb = frame.verb
    if any(_sport_word(s, rules.team_nouns) and not _prep_objects(s, "of")
           for s in (*frame.sources, *frame.targets)) and (
            SCORE.search(verb.sent.text) or any(  # ("a team of officials": a delegation)
                t.dep_ != "amod" and _sport_word(t, rules.sport_words) for t in verb.sent)):
        return True  # "the German team slammed Spain's tactics after the quarter-final"
    if frame.code[:2] not in rules.relative_place_roots:
        return False
    return bool(SCORE.search(verb.sent.text)) or any(
        _sport_word(p, rules.sport_words)
        for prep in verb.children if prep.dep_ == "prep" for p in prep.children
        if p.dep_ == "pobj")


def _sport_word(token: Token, words: frozenset[str]) -> bool:
    return token.lemma_.lower() in words or token.lower_ in words


def _asks_for_something(frame: Frame) -> bool:
    """An appeal that says what it asks: a clause or infinitive ("called on Israel to halt",
    "called on Serbia, saying it must ...") or a "for" phrase ("called on Serbia for
    restraint"), on the verb or on whom it addresses."""
    holders = [frame.verb, *frame.targets]
    return any(c.dep_ in ("xcomp", "advcl", "ccomp", "acl", "relcl") or
               c.dep_ == "prep" and c.lower_ == "for" for h in holders for c in h.children)


def _journey_stops(frame: Frame, rules: Rules) -> list[Token]:
    """The stops a journey names besides its region (roles.yaml `journey_stops`): "a tour of
    Africa, starting with Egypt", "a tour that will take him to Laos", "with stops in Chile
    and Peru"."""
    words = rules.journey_stops
    holders = [frame.verb, *frame.trigger, *frame.targets]
    found: list[Token] = []
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("advcl", "acl", "relcl") and _stop_word(child, words):
                found += [p for name in ("with", "to", "in") for p in _prep_objects(child, name)]
            elif child.dep_ == "prep" and child.lower_ == "with":
                for n in (n for n in child.children if n.dep_ == "pobj"):
                    # "with stops in Chile", "with Vietnam as his first stop"
                    found += _prep_objects(n, "in") if _stop_word(n, words) else \
                        [n] * any(_stop_word(p, words) for h in (n, holder)
                                  for p in _prep_objects(h, "as"))
    if _stop_word(frame.verb, words):  # "will start a European tour in Germany"
        found += [p for t in frame.trigger if t.i != frame.verb.i for p in _prep_objects(t, "in")]
    return _with_conjuncts([p for p in found if p.pos_ == "PROPN" and not is_time(p)])


def _stop_word(token: Token, words: frozenset[str]) -> bool:
    return token.lemma_.lower() in words or token.lower_ in words


def _mirrored(frame: Frame, rules: Rules) -> Frame | None:
    """The act a frame's target does to its source at the same time (roles.yaml
    `mirrored_codes`): "Ruto hosted his Ugandan counterpart" is also Uganda's visit to
    Kenya, "was received in Kyiv by Zelensky" the visitor's visit to Ukraine."""
    code = rules.mirrored_codes.get(frame.code)
    if code is None or not frame.sources or not frame.targets or "nominal" in frame.flags:
        return None
    return Frame(list(frame.trigger), code, frame.entry, frame.verb,
                 sources=list(frame.targets), targets=list(frame.sources),
                 flags=[*frame.flags, "mirrored"], location=frame.location)


#: Prepositions that lead from a sanction or an attack to the thing it hits ("tariffs on
#: U.S. pork", "duties against American goods").
HIT_PREPS = ("on", "against")
#: Prepositions of a target that only say where a material act happened ("shot down a
#: drone over Idlib"): an owned thing acted upon is the better target.
PLACE_TARGET_PREPS = frozenset({"over", "into", "in", "across", "above", "near", "inside"})


def _material_targets(frame: Frame, lexicon: Lexicon, rules: Rules) -> list[Token]:
    """The targets of a hostile material act (roles.yaml `thing_target_roots`), with the
    thing it hits standing for its owner: a measure leads to what it measures ("tariffs on
    $12 billion in Canadian exports", "20 percent on Brazilian steel"); with no target, the
    "on" / "against" phrase of the trigger nouns or of a measure object ("announced a 25
    percent tariff on Chinese imports"); and an object the trigger takes as part of the
    event, placed by a demonym or possessive, is its owner's ("shot down a Turkish drone
    over Idlib": Turkey, not the place the drone fell)."""
    measures = rules.measure_nouns
    targets = [m for t in frame.targets for m in [_measured(t, measures)] if m is not None]
    if not targets:
        holders = [*frame.trigger[1:], *(c for c in frame.verb.children
                                         if c.dep_ == "dobj" and is_measure(c, measures))]
        if frame.entry.prep and frame.entry.objects:  # "responded with duties on ..."
            holders += [p for p in _prep_objects(frame.verb, frame.entry.prep)
                        + (hung_instruments(frame.verb) if frame.entry.prep == "with" else [])
                        if lexicon.has(p.lemma_.lower(), "N")]
        holders.insert(0, frame.trigger[0])  # ("announced a tariff on ...": the verb's)
        found = [p for h in holders for name in HIT_PREPS for p in _prep_objects(h, name)]
        own = {t.i for t in frame.trigger}  # ("remained on alert": the event's own word)
        targets = [m for t in _with_conjuncts(found) for m in [_measured(t, measures)]
                   if m is not None and not is_time(m) and m.i not in own
                   and m.lemma_.lower() not in frame.entry.objects]
    if frame.code[:2] in rules.origin_target_roots and all(
            lexicon.has(t.lemma_.lower(), "N") for t in targets):
        # "imposed countermeasures, targeting EU-made cars": the goods a participle hits,
        # named by where they were made (other objects are the backstop's)
        targets = _with_conjuncts([o for p in _affecting_participles(frame, rules)
                                   for o in p.children if o.dep_ == "dobj"
                                   and o.pos_ == "NOUN" and _made_in(o, rules)]) or targets
    things = [c for t in targets for c in (t, *_prep_objects(t, "of"))]
    people = joined(rules.people_nouns, rules.actor_nouns)
    if frame.code[:2] in rules.origin_target_roots and targets and all(
            (t.pos_ in ("NOUN", "NUM") or t.text.islower()) and not is_named(t)
            and t.lemma_.lower() not in people for t in things):
        shipped = [c for t in things for c in t.children if c.dep_ == "acl"]
        origins = [p for h in (frame.verb, *things, *shipped) for p in _prep_objects(h, "from")
                   if p.pos_ == "PROPN"]  # "duties on steel (shipped) from South Korea"
        origins += [p for t in things for p in _made_in(t, rules)]
        origins += [p for h in things for p in _prep_objects(h, "to") if p.pos_ == "PROPN"]
        # ("export curbs on chips to China": where the goods go)
        targets = _with_conjuncts(origins[:1]) or targets
    owned = [o for o in frame.trigger[1:] if o.pos_ == "NOUN" and _owner_named(o)
             and not lexicon.has(o.lemma_.lower(), "N")
             and frame.code[:2] in rules.owned_object_roots]
    if owned and all(_placed_by_prep(t) for t in targets):
        return owned
    return _dedupe([c for t in targets for c in _carried(t, rules) or _served(t, rules) or [t]])


def _affecting_participles(frame: Frame, rules: Rules) -> list[Token]:
    """The -ing participles hung on the act's verb or trigger that say whom or what it hits
    (roles.yaml `affecting_participles`: "imposed tariffs, hitting US-grown almonds")."""
    return [c for t in {frame.verb, *frame.trigger} for c in t.children
            if c.dep_ in rules.backstop_participle_deps and c.tag_ == "VBG"
            and c.lemma_.lower() in rules.affecting_participles]


def _affecting_sanction(frame: Frame, frames: list[Frame], rules: Rules) -> bool:
    """Is the frame's verb a participle that only says what a sanction of another frame
    hits ("slapped duties, hitting US-grown almonds": no attack)?"""
    return any(frame.verb.i in {p.i for p in _affecting_participles(other, rules)}
               for other in frames if other is not frame
               and other.code[:2] in rules.origin_target_roots)


#: Prepositions by which a line, pipe or road reaches the place it serves.
ROUTE_PREPS = ("into", "to", "through", "across", "from")


def _made_in(goods: Token, rules: Rules) -> list[Token]:
    """Where goods were made, by a participle of roles.yaml `maker_words`: the name glued to
    it ("Australian-made wine", "EU-made cars") or its "in" phrase ("cars made in China")."""
    makers = [c for c in goods.children if c.dep_ in ("amod", "acl")
              and c.lower_ in rules.maker_words]
    glued = [n for m in makers for n in m.children if n.dep_ in ("npadvmod", "compound")
             and n.i == m.i - 2 and n.text[:1].isupper() and n.doc[m.i - 1].text == "-"]
    return glued + [p for m in makers for p in _prep_objects(m, "in") if p.pos_ == "PROPN"]


def _served(thing: Token, rules: Rules) -> list[Token]:
    """The named place a line, pipe or road that no word of its own places or owns serves,
    which a hostile act on it hits: "blew up power lines leading into Kabul", "struck
    substations supplying Kyiv", "bombed a pipeline running through Sinai"; [] for anything
    else (a vehicle or party stands for its owner: "a convoy heading to Goma")."""
    if thing.pos_ != "NOUN" or _owner_named(thing) or \
            thing.lemma_.lower() in joined(rules.people_nouns, rules.actor_nouns) or any(
                c.dep_ == "prep" and c.lower_ in ("in", "of", "near", "outside")
                for c in thing.children):
        return []
    for clause in (c for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBG"):
        places = [o for o in clause.children if o.dep_ == "dobj"]
        places += [p for name in ROUTE_PREPS for p in _prep_objects(clause, name)]
        named = [p for p in places if p.pos_ == "PROPN" and not is_time(p)]
        if named:
            return named[:1]
    return []


def _carried(thing: Token, rules: Rules) -> list[Token]:
    """The people a vehicle with no owner named carries, who are what a hostile act on it
    hits ("shot down a helicopter carrying Turkish soldiers", "fired on a convoy transporting
    UN staff"); [] for anything else ("a Turkish ship carrying grain": its owner)."""
    people = rules.people_nouns
    if thing.pos_ != "NOUN" or _owner_named(thing) or thing.lemma_.lower() in people:
        return []
    loads = [o for c in thing.children if c.dep_ == "acl"
             and c.lemma_.lower() in rules.cargo_verbs
             for o in c.children if o.dep_ == "dobj"]
    return _with_conjuncts([o for o in loads[:1] if o.pos_ == "PROPN"
                            or o.lemma_.lower() in people])


def hung_instruments(verb: Token) -> list[Token]:
    """The objects of a "with" phrase the parser hung on the object of the verb's own
    preposition before it ("respond to Washington's tariffs with duties on ...": "with
    duties" hangs on "tariffs"), which say what the verb acts with."""
    return [q for prep in verb.children if prep.dep_ == "prep" and prep.lower_ != "with"
            for p in prep.children if p.dep_ == "pobj"
            for w in p.children if w.dep_ == "prep" and w.lower_ == "with" and w.i > p.i
            for q in w.children if q.dep_ == "pobj"]


def _measured(token: Token, measures: frozenset[str]) -> Token | None:
    """What a measure stands for: "$28 billion worth of goods" -> goods, "$12 billion in
    exports" -> exports, "20 percent on pork" -> pork; the token itself when it is no
    measure; None for a bare measure ("20 percent")."""
    for _ in range(6):
        if not is_measure(token, measures):
            return token
        if _prep_objects(token, "of"):
            return token  # "dozens of protesters", "$9 billion worth of goods": the whole
            # phrase, headed by what it counts (entente.coder.heads)
        nested = [p for name in ("in", *HIT_PREPS) for p in _prep_objects(token, name)]
        if not nested and token.dep_ == "pobj":
            # "tariffs on $12 billion in U.S. exports" with "in" hung on the verb
            holder = token.head.head
            nested = [p for prep in holder.children if prep.dep_ == "prep"
                      and prep.lower_ in ("in", "of") and prep.i == token.right_edge.i + 1
                      for p in prep.children if p.dep_ == "pobj"]
        if not nested:
            return None
        token = nested[0]
    return None


def _owner_named(noun: Token) -> bool:
    """A demonym, a name or a possessive name right before a thing: "a Turkish drone",
    "Israel's tanker", not "Iranian-made drones" (the maker is not the owner)."""
    doc = noun.doc
    return any(c.i < noun.i and c.dep_ in ("amod", "compound", "poss", "nmod")
               and c.text[:1].isupper() and doc[c.i + 1].text != "-" for c in noun.children)


def _placed_by_prep(token: Token) -> bool:
    """A role phrase reached through a place preposition ("over southern Lebanon")."""
    return token.dep_ == "pobj" and token.head.lower_ in PLACE_TARGET_PREPS


#: Prepositions of a verb that name the party a thing is given to, taken from or aimed at
#: ("suspended food supplies to Armenia", "mobilized troops for a war against Iraq").
THING_PREPS = ("to", "against", "toward", "towards", "with", "on", "from", "for")


def _named_prep_targets(frame: Frame, lexicon: Lexicon, rules: Rules,
                        content: frozenset[str]) -> list[Token]:
    """When a verb's targets are only unnamed things it acts on ("food supplies", "troops",
    "a shipment of ventilators"), a named party in one of its prepositional phrases is the
    target instead; "by" counts after a content noun ("rejected claims by Peruvian
    fishermen"). Returns [] when nothing changes."""
    verb = frame.verb
    targets = frame.targets
    held = {t.i for t in targets}
    people = rules.people_nouns
    if not targets or verb.pos_ not in ("VERB", "AUX") or any(
            t.dep_ not in ("dobj", "dative", "conj") or t.pos_ != "NOUN" or is_named(t)
            or t.head.i != verb.i and not (t.dep_ == "conj" and t.head.i in held)
            or t.lemma_.lower() in people and t.lemma_.lower() not in frame.entry.objects
            and not _own_forces(t, frame, rules)
            or t.lemma_.lower() in rules.actor_nouns
            and any(p.pos_ == "PROPN" for p in _prep_objects(t, "of"))
            for t in targets):  # (spaCy makes a new Token object at each access: compare .i)
        return []  # "deported 2,374 migrants to Honduras": the migrants are the target; so
        # is a body named by its state ("thanked the governments of Mexico and Venezuela")
    if any(_named_agent(t) for t in targets):
        return []  # "rejected a ruling by the ICJ on the Essequibo region": the ruling's maker
    preps = THING_PREPS
    if any(t.lemma_.lower() in content or lexicon.has(t.lemma_.lower(), "N") for t in targets):
        preps = ("by", *THING_PREPS)
    if any(t.lemma_.lower() in content for t in targets):  # "sought refuge in Bangladesh"
        preps = (*preps, "in")
    for name in preps:
        for prep in verb.children:
            if prep.dep_ not in ("prep", "dative") or prep.lower_ != name or prep.i < verb.i:
                continue  # "On May 12, US officials returned ...": a date, before the verb
            objects = [p for p in prep.children if p.dep_ == "pobj" and not is_time(p)]
            heads = [a for o in _with_conjuncts(objects) for a in actor_heads(o, lexicon, rules)]
            if any(h.pos_ == "PROPN" or is_named(h) for h in heads):
                return heads
    return []


def _thing_owners(frame: Frame, given: bool = False) -> list[Token]:
    """The named owners of the thing an appeal asks for ("sought India's help", "asked for
    Qatar's mediation"): the ones asked; or, `given`, of the thing a supply gives
    ("supplies a third of Britain's gas": its object or the object of the share it gives):
    the ones receiving; [] when a pronoun or no one owns it."""
    things = [t for t in frame.trigger[1:] if t.pos_ == "NOUN"]
    if given:
        objects = [o for o in frame.verb.children if o.dep_ == "dobj"]
        things += objects + [p for o in objects for p in _prep_objects(o, "of")]
    return _with_conjuncts([c for t in things if t.pos_ == "NOUN"
                            for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN"])


def _named_agent(noun: Token) -> bool:
    """Does a "by" phrase of the noun name who made it ("a ruling by the ICJ")?"""
    return any(a.pos_ == "PROPN" or is_named(a) for a in _prep_objects(noun, "by"))


def _own_forces(noun: Token, frame: Frame, rules: Rules) -> bool:
    """"mobilized troops for an offensive against X", "deployed warships to the strait": the
    forces a show of force (roles.yaml `force_roots`) moves are the doer's own, not its
    target (an armed noun with no name or demonym of its own)."""
    return frame.code[:2] in rules.force_roots and not is_named(noun) and is_armed(noun, rules)


def _armed_doers(noun: Token, rules: Rules) -> list[Token]:
    """What a comment on a deed done with named forces or arms is aimed at: those forces,
    whose country did it, not the place or party the deed went to ("criticised the
    deployment of Kenyan police to Haiti", "condemned the sale of US weapons to Taiwan");
    [noun] itself for any other noun, or one with an owner or agent of its own."""
    if noun.pos_ != "NOUN" or is_named(noun) or _prep_objects(noun, "by"):
        return [noun]
    armed = [p for p in _prep_objects(noun, "of") if is_armed(p, rules) and is_named(p)]
    return _with_conjuncts(armed[:1]) or [noun]


def is_armed(token: Token, rules: Rules) -> bool:
    """A noun for armed men, units or weapons (roles.yaml `armed_nouns`), by lemma or form."""
    return token.lemma_.lower() in rules.armed_nouns or token.lower_ in rules.armed_nouns


def _forces_of_its_own(noun: Token, frame: Frame, rules: Rules) -> bool:
    """"Serbia placed its army on high alert", "Iran mobilised their units": forces a show of
    force moves, owned by a possessive pronoun, are the doer's own and never its target."""
    return noun.dep_ == "dobj" and _own_forces(noun, frame, rules) and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


#: Prepositions under a content noun that lead to the actor behind it, most telling first:
#: the author ("accusations by the US"), then whom it concerns ("aid to North Korea").
CONTENT_PREPS = ("by", "from", "against", "on", "to", "toward", "towards", "with", "for",
                 "in", "of")


def actor_heads(token: Token, lexicon: Lexicon, rules: Rules, depth: int = 0,
                judged: bool = False) -> list[Token]:
    """The actors a target stands for: a content noun with no name of its own ("accusations
    by the US", "a strike against Petrobras", "assistance to North Korea") stands for the
    named actors of its prepositional phrase; anything else stands for itself. "in" leads
    on only from the nouns of roles.yaml `content_nouns` ("the peacekeeping mission in
    Mali"), not from events, whose "in" phrase is their place ("the attack in Kandahar").
    The "of" phrase of a word said or offered names its author when it is a party ("the
    demands of striking teachers"), not so of a deed ("the release of the journalists").
    A `judged` act (the target of a reaction) never leads to whom it was done to ("condemned
    the sanctions against Venezuela": roles.yaml `suffered_act_roots`)."""
    content = rules.content_nouns
    lemma = token.lemma_.lower()
    suffered = lexicon.target_preps(lemma, "N", rules.suffered_act_roots) if judged \
        else frozenset()
    doers = _relative_doers(token, rules) if suffered else []
    if doers:  # "condemned the sanctions the United States imposed on Venezuela"
        return [a for t in _with_conjuncts(doers[:1]) for a in actor_heads(t, lexicon, rules)]
    listed = lemma in content
    if token.pos_ == "NOUN" and not listed and not lexicon.has(lemma, "N") \
            and not is_named(token) and not _owned(token):
        agents = [a for a in noun_agents(token) if a.pos_ == "PROPN" or is_named(a)]
        if agents:  # "condemned the storming of the mosque by Iraqi protesters" (also where
            # the parser hung "by" on the "of" object: "of the mosque compound by settlers")
            return _with_conjuncts(agents[:1])
    if token.pos_ != "NOUN" or not (listed or lexicon.has(lemma, "N")) or is_named(token) \
            or _owned(token):
        return [token]  # "the Iraqi government's demand", "US assertions", "the carrier's
        # port call in Manila": the whole phrase, whose owner is the actor
    agents = [a for a in noun_agents(token, listed) if a.pos_ == "PROPN" or is_named(a)] \
        or _verb_hung_agents(token, rules)
    if agents and not _prep_objects(token, "by"):
        # "protested the detention of a reporter by Eritrean police": the parser's "by"
        # of the "of" object is the act's doer
        return [a for t in _with_conjuncts(agents[:1]) for a in actor_heads(t, lexicon, rules)]
    for name in CONTENT_PREPS if listed else CONTENT_PREPS[:-2]:
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ != name or name in suffered:
                continue
            for pobj in prep.children:
                author = name in AUTHOR_PREPS and pobj.pos_ == "NOUN" and not is_time(pobj) \
                    or name == "of" and _party_of_words(token, pobj, rules)
                if pobj.dep_ == "pobj" and (pobj.pos_ == "PROPN" or is_named(pobj) or author):
                    return [a for t in _with_conjuncts([pobj])
                            for a in actor_heads(t, lexicon, rules)]
                if pobj.dep_ == "pobj" and name not in ("in", "of") and depth < 2:
                    # "proposals for a ceasefire by the Peruvian cabinet": the actor of
                    # the nested content noun
                    nested = actor_heads(pobj, lexicon, rules, depth + 1)
                    if [t.i for t in nested] != [pobj.i]:
                        return nested
    return [token]


def _relative_doers(noun: Token, rules: Rules) -> list[Token]:
    """The named subject of a relative clause whose verb does the act the noun names to
    someone ("the sanctions (that) the United States imposed on Venezuela"): its only object,
    if any, is the relative pronoun; a clause that reports ("the strikes Moscow says were
    illegal") names a speaker, not a doer."""
    return [s for r in noun.children if r.dep_ == "relcl" and r.pos_ == "VERB"
            and r.lemma_.lower() not in rules.speech_verbs
            and all(o.lower_ in ("that", "which") for o in r.children if o.dep_ == "dobj")
            for s in r.children if s.dep_ == "nsubj" and (s.pos_ == "PROPN" or is_named(s))]


def _verb_hung_agents(noun: Token, rules: Rules) -> list[Token]:
    """"condemned the abduction of 40 pupils by gunmen": the doers of an act noun whose "by"
    phrase the parser hung on the active verb the noun is the object of; only a name or a
    noun for people, a body or armed men, not a bare singular ("by force" names no one)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or any(
            c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    people = joined(rules.people_nouns, rules.actor_nouns)
    return [p for p in _prep_objects(verb, "by") if not is_time(p) and (
        p.pos_ == "PROPN" or is_named(p) or not _bare_singular(p) and (
            p.lemma_.lower() in people or is_armed(p, rules)))]


def _bare_singular(noun: Token) -> bool:
    return noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "amod", "compound")
                                         for c in noun.children)


def _party_of_words(noun: Token, pobj: Token, rules: Rules) -> bool:
    """"the demands of the truck drivers", "the proposal of the opposition": a noun for
    words said or offered (roles.yaml `authored_nouns`) whose "of" object is a party (a
    people or actor noun)."""
    lemma = pobj.lemma_.lower()
    return noun.lemma_.lower() in rules.authored_nouns and pobj.pos_ == "NOUN" and (
        lemma in rules.people_nouns or lemma in rules.actor_nouns)


#: Prepositions naming who made a content noun, named or not ("demands by protesters").
AUTHOR_PREPS = frozenset({"by", "from"})
#: The target column of an entry whose other party is a partner ("share information with").
PARTNER_TARGET = ("with",)
PARTNER_PREPS = ("with", "between")


def is_named(noun: Token) -> bool:
    """A name or demonym before the noun: "Syrian refugees", "the UN mission"."""
    return any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < noun.i
               and c.text[:1].isupper() for c in noun.children)


def is_time(token: Token) -> bool:
    """"on Sunday", "on May 12, 2010", "from 1 May", "on Dec. 10", "in 1998", "for weeks":
    a date, not a party."""
    lower = token.lower_
    if lower in NON_ACTORS or token.ent_type_ in ("DATE", "TIME"):
        return True
    if lower.endswith("s") and lower[:-1] in NON_ACTORS:
        return True  # "weeks", "months"
    if lower.rstrip(".") in MONTHS and token.text[:1].isupper() and token.pos_ != "AUX":
        return _dated(token)  # a capitalised month name or abbreviation ("May", not the modal)
    return token.like_num and len(lower) == 4 and lower.isdigit() and lower[:2] in ("19", "20")


def _dated(month: Token) -> bool:
    """A month name used as a date ("on 3 May", "May 12", "since March", "last June"),
    not as a name ("Theresa May", "President May said")."""
    if any(c.dep_ in ("compound", "flat") for c in month.children) or month.dep_ == "compound":
        return False
    doc = month.doc
    beside = [doc[i] for i in (month.i - 1, month.i + 1) if 0 <= i < len(doc)]
    return any(t.like_num for t in beside) or month.dep_ in ("pobj", "npadvmod")


def _reciprocal(token: Token) -> bool:
    """"each other", "one another": the coordinated subjects act on one another."""
    return token.lower_ in ("other", "another", "one") and any(
        c.lower_ in ("each", "one", "another") for c in token.children) or \
        token.lower_ == "other" and token.i > 0 and token.doc[token.i - 1].lower_ == "each" \
        or token.lower_ == "another" and token.i > 0 and token.doc[token.i - 1].lower_ == "one"


def _exchanged_between(frame: Frame, rules: Rules) -> bool:
    """"Russia and Ukraine exchanged dozens of prisoners": a verb of exchange (roles.yaml
    `exchange_lemmas`) with a coordinated subject names what passed between its subjects
    as its object, not a party; only a "with" phrase names one ("swapped envoys with
    Chile"); so does a light verb's noun of exchange ("carried out an exchange of
    prisoners")."""
    return any(t.lemma_.lower() in rules.exchange_lemmas for t in frame.trigger) \
        and frame.trigger[0].pos_ == "VERB" and len(frame.sources) >= 2 \
        and "passive" not in frame.flags


def _done_jointly(frame: Frame, joint: frozenset[str]) -> bool:
    """"launched a joint initiative", "bilateral projects": the act is shared by the
    coordinated subjects, each the other's partner (roles.yaml `joint_modifiers`)."""
    nouns = [*frame.trigger, *(c for c in frame.verb.children if c.dep_ == "dobj")]
    verbs = [frame.verb, *(c for c in frame.verb.children if c.dep_ == "xcomp")]
    return any(c.dep_ == "amod" and c.lower_ in joint for n in nouns for c in n.children) \
        or any(c.dep_ == "advmod" and c.lower_ in joint for v in verbs for c in v.children)


def _their_own(frame: Frame, rules: Rules) -> bool:
    """"Saudi Arabia and Syria reopened their embassies": a cooperative act (roles.yaml
    `shared_own_roots`) on what the coordinated subjects hold together is shared."""
    objects = [c for c in frame.verb.children if c.dep_ == "dobj"]
    return frame.code[:2] in rules.shared_own_roots and any(
        c.dep_ == "poss" and c.lower_ == "their" for o in objects for c in o.children)


def _at_frontier(frame: Frame, rules: Rules) -> None:
    """"Belarus sent troops to the Polish border", "Russia massed troops on its border with
    Ukraine": forces moved to a frontier (roles.yaml `frontier_nouns`) are a show of force
    (`frontier_codes`: sending troops is no protection of the neighbour) facing the party
    its "with" phrase names, else the state its modifier names ("its": the doer's own)."""
    border = next((t for t in frame.targets if t.lemma_.lower() in rules.frontier_nouns), None)
    if border is None:
        return
    frame.code = rules.frontier_codes[frame.code]
    faced = [o for p in border.children if p.dep_ == "prep" and p.lower_ == "with"
             for o in _with_conjuncts([c for c in p.children if c.dep_ == "pobj"])]
    if faced:
        frame.targets = [*(t for t in frame.targets if t.i != border.i), *faced]


def _common_front(frame: Frame, lexicon: Lexicon, rules: Rules) -> None:
    """"Somalia and Ethiopia pledged to work together against Al-Shabaab", "support against
    Boko Haram": the party a cooperative act (roles.yaml `common_front_roots`) is against
    (`opposed_preps`) is the partners' common foe, never the partner; with no other target
    the coordinated subjects are each other's partners. Against a hostile thing ("lifted
    sanctions against Iran", "agreed to drop the case against Kenya") it is the party."""
    foes = [t for t in frame.targets if any(
        a.dep_ == "prep" and a.lower_ in rules.opposed_preps and not_hostile(a.head, lexicon,
                                                                              rules)
        for a in t.ancestors)]
    if foes:
        frame.targets = [t for t in frame.targets if t not in foes]
        frame.symmetric = frame.symmetric or not frame.targets


def not_hostile(holder: Token, lexicon: Lexicon, rules: Rules) -> bool:
    """A verb, or a noun of a cooperative act ("support", "cooperation"; not "sanctions",
    nor a noun the lexicon does not know: "the case against Uganda")."""
    if holder.pos_ in ("VERB", "AUX"):
        return True
    entry = _noun_entry(holder, lexicon)
    return entry is not None and entry.code[:2] in rules.common_front_roots


def names_the_event(token: Token, frame: Frame, rules: Rules) -> bool:
    """The verb's object names its own event ("fought a two-year war", "fought a bloody
    battle"): the fight itself, never a party to it nor a cause fought against."""
    return token.dep_ == "dobj" and token.head.i == frame.verb.i \
        and token.lemma_.lower() in rules.symmetric_lemmas


def _agreed_jointly(frame: Frame, rules: Rules) -> bool:
    """"Saudi Arabia and Iran agreed to reopen their embassies": an act that coordinated
    subjects agree, negotiate or sign up to do is shared, each the other's partner (also
    when one phrase stands for both: "the two leaders agreed to reopen the border")."""
    verb = frame.verb
    while verb.dep_ == "conj" and verb.head is not verb:  # "agreed to double trade and to
        verb = verb.head  # ease visa rules"
    return verb.dep_ == "xcomp" and frame.code[:2] not in GIVING_ROOTS and \
        verb.head.lemma_.lower() in rules.symmetric_lemmas


#: The flag of an act coordinated subjects agree to do together (`_agreed_jointly`).
AGREED_FLAG = "agreed-jointly"

#: CAMEO roots of giving to a third party: partners who agree to give aid ("agreed to
#: coordinate aid deliveries") give it to someone else, not to each other.
GIVING_ROOTS = frozenset({"07"})


# --- verbs ------------------------------------------------------------------------------

#: Particles the parser may hang on a verb as an adverb ("pulled its troops back").
ADVERB_PARTICLES = frozenset({"back", "away", "down", "off", "out", "up", "home", "aside",
                              "free"})  # ("set free the president")


def _particles(verb: Token) -> set[str]:
    """Particles and prepositions of a verb, leaving out "on Wednesday" (time, not a
    phrasal verb: "called Morrison on Wednesday" is no "call on")."""
    return {c.lower_ for c in verb.children
            if c.dep_ == "prt" or (c.dep_ in ("prep", "agent") and not _time_phrase(c))
            or (c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES)}


def _time_phrase(prep: Token) -> bool:
    objects = [p for p in prep.children if p.dep_ == "pobj"]
    return bool(objects) and all(is_time(p) for p in objects)


def _objects(verb: Token) -> list[Token]:
    objs = [c for c in verb.children
            if c.dep_ in ("dobj", "attr", "dative", "oprd", "acomp", "nsubjpass")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN" \
            or relative_gap(verb) is not None:
        objs.append(verb.head)  # "sanctions imposed by the EU on Belarus", "a charge it denied"
    objs += [c for o in list(objs) for c in o.conjuncts]
    return objs


def _mandative(verb: Token, rules: Rules) -> bool:
    """Does `verb` take a clause in the subjunctive, what it asks of the clause's subject
    ("insisted that Ethiopia halt the filling", "recommended that Cairo float the pound",
    "insisted that Kyiv should cede nothing"): a bare verb with no modal, a present form
    under a past verb that a told fact would have put in the past ("insisted that the
    rebels withdraw"), or one with "should"?"""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in rules.obligation_words for a in auxes):
            return True
        if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
            continue
        finite = auxes[0] if auxes else clause  # ("that the sanctions be lifted")
        if finite.tag_ == "VB" or finite.tag_ == "VBP" and verb.tag_ == "VBD" \
                and finite.lemma_.lower() not in ("be", "have"):
            return True
    return False


def _names_as(verb: Token, lemma: str, rules: Rules) -> bool:
    """A naming verb (roles.yaml `naming_verbs`) with a complement naming its object as
    something: "called Israel a terrorist state", "dubbed the talks a charade"."""
    if lemma not in rules.naming_verbs:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    predicates = [c for c in verb.children if c.dep_ == "oprd"]
    # (an object and its complement: the parser also marks a bare "called Zelensky" oprd,
    # may mark both the object and its complement so, "called Lula a communist", or hang
    # the complement on the object, "called India's move a violation", or make both
    # objects, "branded the arms sale a violation")
    return len(predicates) >= 2 or len(objects) >= 2 or bool(objects) and (bool(predicates) or any(
        _complement(c) for o in objects for c in o.children)) or any(
        _complement(c) for p in predicates for c in p.children)


def _complement(token: Token) -> bool:
    """A noun hung on the object that says what the object is called. An apposition
    between commas says who the object is ("called his Ugandan counterpart, Yoweri
    Museveni, on Monday"), unless a complement follows it ("called the president, a former
    general, a threat to democracy")."""
    if token.dep_ not in ("oprd", "appos", "dobj"):
        return False
    start = token.left_edge.i
    set_off = start > 0 and token.doc[start - 1].text == ","
    return not set_off or any(c.dep_ in ("appos", "oprd") for c in token.children)


#: Prepositions of the circumstances an act is done in ("sent the detainees back despite
#: protests", "amid calls for restraint"): what they bring in is no object of the act.
SETTING_PREPS = frozenset({"despite", "amid", "amidst", "notwithstanding"})


def _object_words(verb: Token, rules: Rules) -> tuple[set[str], set[str]]:
    """The words a lexicon entry's object constraint is matched against, and those of them
    that are no modifier of an object noun: the nouns themselves and what they are "of"
    ("a state of emergency"), by which an exclusion holds ("struck oil", not "struck an oil
    refinery"). One pass over the objects for both."""
    has_object = any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
    heads: set[str] = {ANY_OBJECT} if has_object else set()
    modifiers: set[str] = set()
    # ("agreed to end their dispute after talks": the time of an act names no object of it;
    # "sent them back despite protests": nor what it was done in spite of; "warned Israel
    # over its air strikes": nor what a warning is about, its cause and not its means)
    reasons = rules.warning_cause_preps if verb.lemma_.lower() in rules.threat_verbs \
        else frozenset()
    preps = [c for c in verb.children if c.dep_ in ("prep", "prt")
             and c.lower_ not in TIME_PREPS and c.lower_ not in SETTING_PREPS
             and c.lower_ not in reasons]
    preps += [p for c in preps for p in c.children if p.dep_ == "prep"]  # "out of talks"
    nouns = _objects(verb) + [p for prep in preps for p in prep.children if p.dep_ == "pobj"]
    for noun in nouns:  # "imposed a state of emergency", "joint military exercises"
        heads.add(noun.lemma_.lower())
        heads.add(noun.lower_)
        if noun.pos_ == "PROPN" and noun.dep_ in ("dobj", "nsubjpass"):
            heads.add(NAMED_OBJECT)  # "seized Shusha from Armenia": a place by its name
        for child in noun.children:
            if child.dep_ in ("compound", "amod"):
                modifiers.add(child.lemma_.lower())
            elif child.dep_ == "prep" and (child.lower_ == "of"
                                           or child.lower_ == "in" and sum_held_in(noun)):
                # "a convoy of aid trucks": the kind of the goods counts too ("$7bn in
                # Afghan reserves": what the sum is in)
                for pobj in (p for p in child.children if p.dep_ == "pobj"):
                    heads |= {pobj.lemma_.lower(), *(c.lemma_.lower() for c in pobj.children
                                                     if c.dep_ in ("compound", "amod"))}
            elif child.dep_ == "appos":  # "killed Ahmed Jabari, the military chief of Hamas"
                heads.add(child.lemma_.lower())
            elif child.dep_ == "prep" and child.lower_ == "as":
                # "holding families as human shields": what the object is held as
                heads |= {p.lemma_.lower() for p in child.children if p.dep_ == "pobj"}
    return heads | modifiers, heads


def _phrasal_objects(verb: Token, objects: set[str]) -> set[str] | None:
    """For a verb with a particle ("hit back", "lashed out"), the words of `objects` that
    its own objects and instruments give ("fired back with tear gas"), not the nouns of its
    other prepositional phrases, and the marks of any or a named object; None for a verb
    with no particle."""
    if not any(c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES
               for c in verb.children):
        return None
    own = {w for noun in _objects(verb) + _prep_objects(verb, "with") for w in (
        noun.lemma_.lower(), noun.lower_, *(c.lemma_.lower() for c in noun.children
                                            if c.dep_ in ("compound", "amod")))}
    return objects & (own | {ANY_OBJECT, NAMED_OBJECT})


def _subject_lemmas(verb: Token) -> set[str]:
    """The doer's head and its modifiers ("American warplanes struck", "were hit by drones",
    "protesters stormed and torched"), for lexicon entries that name their subject."""
    holder = verb  # ("warplanes fired the first shots, destroying tanks": the clause's doer)
    while holder.dep_ in ("conj", "advcl", "xcomp") and holder.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_.startswith("nsubj") for c in holder.children):
        holder = holder.head
    heads = [c for c in holder.children if c.dep_ == "nsubj"]
    heads += [p for c in verb.children if c.dep_ == "agent" for p in c.children
              if p.dep_ == "pobj"]
    if not heads and any(c.dep_ == "nsubjpass" for c in verb.children):
        heads = _stray_agents(verb)  # "were charged with spying by Iranian authorities"
    heads += [c for h in heads for c in h.conjuncts]
    heads += [p for h in heads for prep in h.children if prep.dep_ == "prep"
              and prep.lower_ == "of" for p in prep.children
              if p.dep_ == "pobj"]  # "hundreds of protesters", "a swarm of drones"
    lemmas: set[str] = set()
    for head in heads:
        lemmas |= {head.lemma_.lower(), head.lower_}
        lemmas |= _modifier_lemmas(head)
    return lemmas


def _modifier_lemmas(noun: Token) -> set[str]:
    """The lemmas of a noun's compound and adjective modifiers ("military" aid, "arms"
    shipments), which the lexicon's noun rows are matched by."""
    return {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}


def _event_noun_object(verb: Token, lemma: str, entry: Entry, lexicon: Lexicon) -> bool:
    """A light verb whose entry matched only a modifier of its object, when the object is
    an event noun of its own ("launched a drone attack", "opened fire on border posts")."""
    if not lexicon.lookup(lemma, "L"):
        return False
    heads = [o for o in _objects(verb) if o.dep_ == "dobj"]
    return any(_codes_itself(o, lexicon) and o.lemma_.lower() not in entry.objects
               and o.lower_ not in entry.objects for o in heads)


def _kind_by_modifier(code: str, objects: list[Token], lexicon: Lexicon) -> str:
    """"provided Ukraine with military aid", "gave Jordan economic assistance", "responded
    with artillery fire": a noun the verb hands over or acts with whose modifier says what
    kind it is (the lexicon's noun rows with modifiers: military aid 072, economic aid 071,
    artillery fire 194) gives its code to the verb's act of the same CAMEO root."""
    for noun in objects:
        modifiers = _modifier_lemmas(noun)
        entry = lexicon.best(noun.lemma_.lower(), "N", set(), modifiers) if modifiers else None
        if entry is not None and entry.objects and entry.code[:2] == code[:2] \
                and entry.code != code[:2] + "0":  # (only a kind: "a loan package" stays 071)
            return entry.code
    return code


def _codes_itself(noun: Token, lexicon: Lexicon) -> bool:
    """An event noun whose own entry holds here, by the modifiers a light verb's noun is
    read with: "arms shipments" are an event noun, "shipments of weapons" leave the code to
    the verb's entry for weapons sent; "a drone attack" is one whatever it holds."""
    modifiers = _modifier_lemmas(noun)
    return lexicon.best(noun.lemma_.lower(), "N", set(), modifiers | {ANY_OBJECT}) is not None


def _participle_as_subject(verb: Token) -> bool:
    """A participle the parser made the subject of the clause's verb ("Mali's Bamako-based,
    internationally recognised Transitional Government said it had expelled ...", with
    "recognised" the subject of "said"): an adjective of the subject's phrase, never an act
    (a clause that is a subject is a csubj, a gerund's subject an -ing form)."""
    return verb.dep_ in ("nsubj", "nsubjpass") and verb.tag_ in ("VBD", "VBN") \
        and verb.head.pos_ in ("VERB", "AUX")


def _attributive(verb: Token, rules: Rules) -> bool:
    """A participle after an adverb that only describes (roles.yaml `attributive_adverbs`:
    "Haiti's internationally recognised Transitional Council", read by the parser as the
    sentence's verb), in no passive clause of its own ("was internationally condemned"
    stays)."""
    return verb.tag_ in ("VBD", "VBN") and not any(c.dep_ == "auxpass" for c in verb.children) \
        and any(c.dep_ == "advmod" and c.lower_ in rules.attributive_adverbs and c.i < verb.i
                for c in verb.children)


def _verb_frame(verb: Token, lexicon: Lexicon, rules: Rules, used: set[int]) -> Frame | None:
    lemma = lexicon.verb_lemma(verb.lemma_.lower(), verb.lower_)
    if not lexicon.has(lemma, "V") and not lexicon.has(lemma, "L"):
        return None  # no entry of either kind: nothing below finds a frame (looked at first)
    if _noun_complement(verb) and support_noun(verb, rules) is None or \
            _charged_act(verb, rules) or verb.dep_ in ("amod", "compound") \
            and not folded_verb(verb) or _participle_as_subject(verb) \
            or _attributive(verb, rules):
        return None  # "the detained activists": a participle used as an adjective
    preps = _particles(verb)
    lemma = _idiom_lemma(verb, lemma, rules)
    # ("seized the islands from Vietnam": what a thing was taken from is the verb's)
    preps |= {p.lower_ for o in verb.children if o.dep_ == "dobj" for p in o.children
              if p.dep_ == "prep" and p.lower_ == "from"}
    objects, heads = _object_words(verb, rules)
    subjects = _subject_lemmas(verb) if lexicon.names_subjects(lemma, "V") else set()
    specific = lexicon.best(lemma, "V", preps, objects, heads, subjects,
                            _phrasal_objects(verb, objects))
    hung = hung_instruments(verb) if specific is None else []
    if hung:  # "responded to X's tariffs with duties"
        words = {w for n in hung for w in (n.lemma_.lower(), n.lower_)}
        specific = lexicon.best(lemma, "V", preps | {"with"}, objects | words, heads | words,
                                subjects)
    if specific is not None and not specific.objects and _names_as(verb, lemma, rules):
        specific = None  # "called Israel a terrorist state": no call was made
    if specific is not None and lemma in rules.mandative_verbs and not specific.prep \
            and not _mandative(verb, rules):
        specific = None  # "insisted that the dam was safe": told, not asked ("insisted on")
    if specific is not None and specific.objects and _event_noun_object(verb, lemma, specific,
                                                                         lexicon):
        specific = None  # "launched a drone attack": the light verb takes the noun's code
    if specific is not None and specific.objects:
        objects = _objects(verb)
        if not objects and specific.prep:  # "acted as a mediator between A and B": the
            # entry's word after its preposition, when it holds the entry's target phrase
            objects = [o for o in _prep_objects(verb, specific.prep) if any(
                c.dep_ == "prep" and c.lower_ in specific.target for c in o.children)]
        specific = _measure_placed(specific, verb, objects, rules)
        used.update(o.i for o in objects)
        code = _kind_by_modifier(specific.code, [*objects, *_prep_objects(verb, "with")], lexicon)
        frame = _with_verb_roles(Frame([verb], code, specific, verb), rules)
        # "signed an agreement", "imposed sanctions", "expressed concern": the object named
        # by the entry is part of the event, unless the entry makes it the target (hostages)
        event_nouns = {o.i for o in objects if "dobj" not in specific.target and
                       (o.lemma_.lower() in specific.objects or o.lower_ in specific.objects
                        or lexicon.has(o.lemma_.lower(), "N")
                        or _counts_event_noun(o, specific, rules))}
        event_nouns |= _bare_role_nouns(objects, specific)
        if "dobj" in specific.target:  # "set free two French citizens": the entry's adjective
            # the parser hung on the one freed belongs to the verb, not to that one's phrase
            frame.trigger += [m for o in objects for m in o.children if m.dep_ == "amod"
                              and m.lemma_.lower() in specific.objects][:1]
        if event_nouns:
            frame.trigger += [o for o in objects if o.i in event_nouns][:1]
            if not frame.sources and "passive" in frame.flags:  # "UN sanctions were lifted"
                frame.sources = [s for o in objects if o.i in event_nouns
                                 for s in noun_sources(o, rules) if s.text[:1].isupper()][:1]
            frame.targets = [t for t in frame.targets if t.i not in event_nouns]
            if not frame.targets:
                counted = [p for o in objects if o.lemma_.lower() in rules.measure_nouns
                           for p in _prep_objects(o, "of")]  # "a round of talks between"
                # (an entry whose party is a partner finds it only "with" or "between":
                # "shared information on North Korea" names a topic, no party)
                preps = PARTNER_PREPS if specific.target == PARTNER_TARGET else \
                    rules.target_preps
                frame.targets = _prep_targets(verb, preps, rules) or \
                    [p for o in objects + counted for p in _prep_targets(o, preps, rules)] \
                    or [p for a in passive_agents(verb) for p in _prep_targets(a, HIT_PREPS, rules)]
                # ("imposed by the EU on Belarus": the parser hangs "on" on the agent)
            if not frame.targets:
                frame.targets = [r for o in objects if o.i in event_nouns
                                 for r in _fronted_recipient(verb, o)]
            if not frame.targets:  # "signed accords normalizing ties with A and B"
                frame.targets = [p for o in objects if o.i in event_nouns for c in o.children
                                 if c.dep_ == "acl"
                                 for p in _dep_targets(c, ("with",), rules, set())]
            if not frame.targets and specific.code[:2] in CLAUSE_TARGET_ROOTS:
                frame.targets = _clause_subjects(verb, rules)
                frame.flags += ["clause-target"] if frame.targets else []
            frame.targets = [t for t in frame.targets if not _is_non_actor(t)] or \
                _shared_party(verb)
        if "dobj" not in specific.target:  # "remained on alert": the object word is no actor,
            # nor one coordinated with it ("launched 400 drones and 40 missiles overnight")
            frame.targets = [t for t in frame.targets if not any(
                w.lemma_.lower() in specific.objects for w in (t, *t.conjuncts))]
        return frame
    light = _light_frame(verb, lexicon, rules, preps, used)
    if light is not None:
        return light
    if specific is None:
        return None
    frame = _with_verb_roles(Frame([verb], specific.code, specific, verb), rules)
    if folded_verb(verb) and "dobj" in specific.target:  # "Ruto hosted Museveni"
        frame.sources = frame.sources or [verb.doc[verb.i - 1]]
        frame.targets = frame.targets or [verb.head]
    return frame


def _idiom_lemma(verb: Token, lemma: str, rules: Rules) -> str:
    """The plain verb an idiom of `verb` with a prepositional phrase means (roles.yaml
    `verb_idioms`): "put the talks on hold" is "suspend"; else `lemma`."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for noun in (p for p in prep.children if p.dep_ == "pobj"):
            plain = rules.verb_idioms.get(f"{lemma} {prep.lower_} {noun.lemma_.lower()}")
            if plain is not None:
                return plain
    return lemma


def _measure_placed(entry: Entry, verb: Token, objects: list[Token], rules: Rules) -> Entry:
    """An entry that puts its object on a list ("put Cuba on the sanctions list") finds its
    target in the phrase of its preposition when the object is itself a restrictive measure
    (roles.yaml `object_classes: restrictions`): "placed sanctions on Russia" places the
    sanctions on Russia; they are the event's noun and no party ("held up EU sanctions",
    with a particle, stays a veto of the EU's)."""
    if "dobj" not in entry.target or not entry.prep or not any(
            o.dep_ == "dobj" and o.lemma_.lower() in rules.object_classes["restrictions"]
            for o in objects) or not _prep_objects(verb, entry.prep):
        return entry
    return replace(entry, target=(entry.prep,))


def _receipt_frame(verb: Token, lexicon: Lexicon, rules: Rules,
                   used: set[int]) -> Frame | None:
    """"Kenya received weapons from Turkey", "Ghana got a loan from the World Bank": the
    giver in the "from" phrase is the source and the receiver the target, with the code of
    the giving (the thing's event noun in the lexicon, else roles.yaml `receipt_codes`)."""
    if verb.lemma_.lower() not in rules.receiving_verbs:
        return None
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    things = [p for t in things for prep in t.children if prep.dep_ == "prep"
              and (prep.lower_ == "of" or prep.lower_ == "in" and _amount(t))
              for p in prep.children if p.dep_ == "pobj"] + things
    # ("a shipment of arms", "$20 million in aid": the arms, the aid first)
    givers = _with_conjuncts([p for holder in (verb, *things)
                              for p in _prep_objects(holder, "from") if not is_time(p)])
    codes = rules.receipt_codes
    for thing in things:
        lemma = thing.lemma_.lower()
        noun = _noun_entry(thing, lexicon)
        kinds = [f"{c.lemma_.lower()} {lemma}" for c in thing.children
                 if c.dep_ in ("compound", "amod")] + [lemma]  # ("patrol boats")
        listed = next((codes[k] for k in kinds if k in codes), None)
        code = noun.code if noun is not None and not noun.excluded else listed
        # ("a shipment of Russian wheat": goods of the map name their origin by a demonym)
        origin = givers or (_origin_modifiers(thing, rules) if listed else [])
        if code is None or not origin:
            continue
        entry = Entry(verb.lemma_.lower(), "V", "from", (lemma,), code, (), "roles.yaml")
        frame = Frame([verb, thing], code, entry, verb, flags=["receipt"])
        receivers, _, how = verb_subjects(verb, rules)
        frame.sources, frame.targets = origin, receivers
        if how:
            frame.flags.append(how)
        if _subordinate(verb, rules):
            frame.flags.append("subordinate")
        used.update({thing.i, *(c.i for c in thing.conjuncts)})
        return frame
    return None


def _amount(token: Token) -> bool:
    """A sum or quantity ("$20 million", "2 billion dollars", "500 tonnes") that a goods
    phrase "in aid", "in loans" may follow."""
    return token.like_num or token.tag_ == "CD" or any(
        c.tag_ == "CD" or c.like_num or c.tag_ == "$" for c in token.children)


def _origin_modifiers(goods: Token, rules: Rules) -> list[Token]:
    """"received a shipment of Russian wheat", "got a batch of American missiles": with no
    "from" phrase, a capitalised demonym modifying the goods names where they come from."""
    return [c for c in goods.children if c.dep_ == "amod" and c.text[:1].isupper()
            and c.lower_ not in rules.joint_modifiers]


def _counts_event_noun(noun: Token, entry: Entry, rules: Rules) -> bool:
    """"tested an unusual number of missiles", "fired dozens of rockets": a measure before
    the entry's own object word is part of the event, not its target."""
    if noun.lemma_.lower() not in rules.measure_nouns:
        return False
    return any(p.lemma_.lower() in entry.objects or p.lower_ in entry.objects
               for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
               for p in prep.children if p.dep_ == "pobj")


def _noun_complement(verb: Token) -> bool:
    """"accusations of supporting the rebels": a gerund inside a noun phrase says what the
    noun is about; the sentence does not report it as an event."""
    prep = verb.head
    return verb.dep_ == "pcomp" and prep.dep_ == "prep" and prep.head.pos_ in ("NOUN", "PROPN")


def support_noun(verb: Token, rules: Rules) -> Token | None:
    """The noun of roles.yaml `support_nouns` that only carries the act of `verb`: "took the
    unusual step of summoning", "made the decision to expel"; None otherwise."""
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "of":
        noun = verb.head.head
    elif verb.dep_ == "acl" and _bare_infinitive(verb):
        noun = verb.head
    else:
        return None
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in rules.support_nouns \
        and noun.i < verb.i else None


def _supported_roles(verb: Token, rules: Rules) -> list[Token] | None:
    """Who does the act a support noun carries: the noun's owner ("Lithuania's decision to
    expel"), else the subject of the clause it is the object of ("Riga took the step of
    recalling"); None when `verb` hangs on no support noun."""
    noun = support_noun(verb, rules)
    if noun is None:
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:  # ("backed its decision to expel": whoever "its" is, not the backer)
        return owners
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in rules.support_verbs:
        sources, _, how = verb_subjects(noun.head, rules)
        return [] if how == "passive" else sources
    return []


def _charged_act(verb: Token, rules: Rules) -> bool:
    """"accused Kinshasa of shelling its territory", "praised Chile for sending aid": the act
    an accusation or a praise names is its content, not an event the sentence reports
    (roles.yaml `charge_verbs`)."""
    prep = verb.head
    return verb.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ in ("of", "for") \
        and prep.head.lemma_.lower() in rules.charge_verbs


def _light_frame(verb: Token, lexicon: Lexicon, rules: Rules, preps: set[str],
                 used: set[int]) -> Frame | None:
    """"staged a protest", "held talks", "went on hunger strike": the noun gives the code."""
    lemma = lexicon.verb_lemma(verb.lemma_.lower(), verb.lower_)
    entries = [e for e in lexicon.lookup(lemma, "L") if not e.prep or e.prep in preps]
    if not entries:  # (most verbs are no light verb: their children need no look)
        return None
    if any(c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES
           for c in verb.children):  # "called off a strike" is no strike called
        entries = [e for e in entries if e.prep or not e.objects]
    if not entries:
        return None
    nouns = [_relative_antecedent(c, verb) for c in verb.children
             if c.dep_ in ("dobj", "nsubjpass")]  # ("the strike, which Israel carried out")
    carried = _carried_by(verb)
    nouns += carried  # ("the sanctions against Iran, announced by Washington")
    if not nouns:  # "went on strike"; but "made progress on a treaty" signed nothing
        nouns += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "on"
                  for p in prep.children if p.dep_ == "pobj"]
    # "launched air and naval strikes on ...": the parser makes "air" the object, the
    # event noun its conjunct, and hangs the noun's preposition on the verb
    conjoined = [(c, noun) for noun in nouns for c in noun.conjuncts if c.i > noun.i]
    shared = {c.i: ({noun.lemma_.lower(), noun.lower_}, preps) for c, noun in conjoined}
    nouns += [c for c, _ in conjoined]
    nouns += [p for noun in list(nouns) if noun.like_num or noun.lower_ in rules.measure_nouns
              or noun.lemma_.lower() in rules.measure_nouns
              for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in ("in", "of")
              for p in prep.children if p.dep_ == "pobj"]
    # "$33 million in assistance", "held a new round of talks"
    into = {w.lemma_.lower() for p in _prep_objects(verb, "into") for w in (p, *p.children)
            if w is p or w.dep_ in ("compound", "amod")}  # "opened an inquiry into X"
    # "staged drills around Taiwan": the parser hangs the noun's place of show on the verb
    posture = preps & rules.posture_preps
    for noun in nouns:
        if not any(not e.objects or {noun.lemma_.lower(), noun.lower_}.intersection(e.objects)
                   for e in entries):
            continue  # "fought a war", never "fought the fire": a light verb of some nouns
        modifiers, noun_preps = shared.get(noun.i, ((), posture))
        entry = _noun_entry(noun, lexicon, {*modifiers, *into}, noun_preps, rules)
        if entry is None:
            continue
        entry = _definite_sense(noun, entry, rules)
        frame = Frame([verb, noun], entry.code, entry, verb, flags=[f"light:{verb.lemma_}"])
        _with_verb_roles(frame, rules, noun=noun)
        if noun.dep_ == "nsubjpass" or noun in carried:
            frame.targets = [t for t in frame.targets if t.i != noun.i]
        if noun.dep_ == "nsubjpass" and not frame.sources and _prep_objects(noun, "between"):
            continue  # ("talks between A and B were held in Geneva": the noun's own parties)
        if noun.dep_ == "nsubjpass" and not frame.sources:
            # "the expulsion of four diplomats by Minsk was announced", "Canada's sanctions
            # on Iran were announced": the light verb's passive names no doer; the noun's own
            frame.sources = noun_sources(noun, rules)
        if noun in carried and not frame.targets:
            return None  # ("threats made by Washington": the act's doer, told in passing;
            # the noun's own frame may still find what it hit)
        used.add(noun.i)
        used.update(c.i for c in noun.conjuncts)
        return frame
    return None


def _definite_sense(noun: Token, entry: Entry, rules: Rules) -> Entry:
    """"made the call in a letter to Ishiba": a light verb's noun with "the" and no modifier
    of its own names the act told before (roles.yaml `definite_senses`), not a phone call."""
    sense = rules.definite_senses.get(noun.lemma_.lower())
    if sense is None or entry.objects or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or any(
            c.dep_ in ("compound", "amod", "nmod", "poss") for c in noun.children):
        return entry
    return replace(entry, code=sense)


def _carried_by(verb: Token) -> list[Token]:
    """The event noun a light verb's participle hangs on when a "by" phrase names who did
    it: "the sanctions against Iran, announced by Washington on Friday", "air strikes
    carried out by Saudi jets" (the noun's own phrases give the target)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ != "NOUN" \
            or not passive_agents(verb):
        return []
    return [verb.head]


def _with_verb_roles(frame: Frame, rules: Rules, noun: Token | None = None) -> Frame:
    verb = frame.verb
    sources, targets, how = verb_subjects(verb, rules)
    if how:
        frame.flags.append(how)
    if _has_companions(sources):
        frame.flags.append("companions")  # "fought alongside Ethiopian forces": allies
    frame.sources = sources
    frame.targets = targets
    spec = frame.entry.target
    if noun is not None:
        # a receiver named right after the verb comes before the noun's own phrases:
        # "granted Vietnam fresh loans for the metro line" is Vietnam's, not the line's
        frame.targets += _fronted_recipient(verb, noun) or \
            _prep_targets(noun, spec or rules.target_preps, rules) or \
            _object_posts(noun, frame.entry, rules)
        if not frame.targets:
            # "opened an investigation into X": the parser often hangs the noun's own
            # preposition on the light verb (not a place one: "in Yemen" there is where)
            own = (p for p in spec or () if p not in rules.location_preps)
            preps = tuple(dict.fromkeys((*own, *rules.target_preps)))
            frame.targets += _prep_targets(verb, preps, rules)
        if not frame.targets:  # "gave Putin a warning", "sent shipments of arms to X"
            frame.targets += [o for c in verb.children if c.dep_ in ("dative", "dobj")
                              and c.i != noun.i for o in _dative_objects(c)]
    else:
        skip = {frame.entry.prep} if frame.entry.prep and frame.entry.prep not in spec else set()
        frame.targets += _named_as(verb, rules) or [  # ("alleged on Sunday": no one)
            t for t in _dep_targets(verb, spec or (*rules.target_deps, *rules.target_preps),
                                    rules, skip) if not _is_non_actor(t)]
        if how == "passive" and _recipient_first(verb, spec, rules, skip):
            # "a manuscript was returned to Iraq by US officials": the receiver the entry
            # names before the object, as in the active, not the thing undergoing the verb
            frame.targets = [t for t in frame.targets if t.dep_ != "nsubjpass"]
        if frame.code == rules.claim_code:  # "claimed responsibility for an attack on X"
            frame.targets = [p for t in frame.targets
                             for p in _prep_targets(t, HIT_PREPS + ("of",), rules) or [t]]
        if not frame.targets:
            frame.targets += _fallback_object(verb, rules, frame)
        if not frame.targets and frame.code[:2] in CLAUSE_TARGET_ROOTS:
            _clause_target(frame, verb, rules)
    if noun is None and _undergone_gerund(verb, rules):
        frame.sources = []  # ("Belgorod came under Ukrainian shelling": not Belgorod's)
    if not frame.sources and noun is None and _gerund_noun(verb):
        _as_event_noun(frame, rules)  # "Russian shelling damaged a Ukrainian hospital"
    frame.targets = _dedupe([t for t in frame.targets if not _is_non_actor(t) and not (
        noun is not None and _entry_object(t, noun, frame.entry))])
    frame.sources = _dedupe([s for s in frame.sources if not _is_non_actor(s)])
    if noun is None and frame.code[:2] in rules.relative_place_roots:
        # "an air strike by Turkish jets hit a village": the doer of the act that hit
        frame.sources = [a for s in frame.sources for a in (
            noun_agents(s) if s.dep_ == "nsubj" and s.pos_ == "NOUN" else []) or [s]]
    if frame.code[:2] in rules.site_target_roots and (
            _names_no_party(frame.targets) or _only_places(frame.targets, rules)):
        # ("burned flags outside the US embassy": the things burned name no party; "rallied
        # outside the Chinese consulate in Sydney": the consulate's, not the city's)
        frame.targets = _site_bodies(verb, noun, rules) or frame.targets
    frame.location = _location(verb, rules) or (_location(noun, rules) if noun else None) \
        or frame.location
    if frame.code[:2] in rules.mission_place_roots:
        # "sent engineers to the UN force in South Sudan": the state the force serves
        frame.targets = _dedupe([p for t in frame.targets
                                 for p in _mission_places(t, frame, rules) or [t]])
    frame.symmetric = frame.entry.lemma in rules.symmetric_lemmas
    carrier = support_noun(verb, rules)  # "took the step of summoning": the clause of "took"
    # (a harm the clause tells of is its main event: "were killed in Pakistani shelling";
    # so is a gerund subject, "Shelling by Azerbaijani forces damaged homes")
    if "harmed" not in frame.flags and not (verb.dep_ == "csubj" and "impact" in frame.flags) \
            and \
            _subordinate(verb if carrier is None else carrier.head, rules):
        frame.flags.append("subordinate")
    return frame


def _entry_object(token: Token, noun: Token, entry: Entry) -> bool:
    """Is `token` the "of" object of `noun` that its entry names as part of the event, with
    no "of" in its target column ("the recall of its ambassador": no party)?"""
    return bool(entry.objects) and bool(entry.target) and "of" not in entry.target \
        and token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i == noun.i \
        and (token.lemma_.lower() in entry.objects or token.lower_ in entry.objects)


def _object_posts(noun: Token, entry: Entry, rules: Rules) -> list[Token]:
    """"the recall of its ambassador from Niamey": the entry's object is part of the event,
    and the phrase of the entry's target column the parser hung on it names the party."""
    if not entry.objects or not entry.target:
        return []
    return [p for o in _prep_objects(noun, "of") if o.lemma_.lower() in entry.objects
            or o.lower_ in entry.objects for p in _prep_targets(o, entry.target, rules)]


def _dative_objects(token: Token) -> list[Token]:
    """A dative or object as the actor it names: the parser marks "to" itself as the dative
    in "sent two shipments of weapons to Mogadishu"; the actor is its object."""
    if token.pos_ == "ADP":
        return [c for c in token.children if c.dep_ == "pobj"]
    return [token]


def _fronted_recipient(verb: Token, noun: Token) -> list[Token]:
    """"has given Bolivia vital backing", "offered Haiti emergency aid" when the parser makes
    the receiver a modifier of the object: a name right after the verb that opens the
    object's phrase ("gave Bolivian backing" has a demonym, no receiver)."""
    return [c for c in noun.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"
            and c.i == verb.i + 1 and c.left_edge.i == c.i]


def _gerund_noun(verb: Token) -> bool:
    """"Russian shelling", "the bombing of Kharkiv": a gerund the parser uses as a noun
    (a subject or object, with no subject or auxiliary of its own)."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "aux", "auxpass") for c in verb.children):
        return False
    if verb.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "csubj"):
        return True  # ("Shelling by Azerbaijani forces damaged homes": a clausal subject)
    return not any(c.dep_ == "dobj" for c in verb.children) and (
        _fronted_gerund(verb) or _gerund_after_owner(verb) is not None)


def _fronted_gerund(verb: Token) -> bool:
    """"Russian shelling wounded two soldiers" parsed as a modifier of the verb it is the
    subject of: a capitalised modifier and no subject of that verb."""
    head = verb.head
    return verb.dep_ in ("advmod", "npadvmod", "advcl") and verb.i < head.i \
        and head.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass")
                                            for c in head.children) \
        and any(c.dep_ == "amod" and c.text[:1].isupper() for c in verb.children)


def _gerund_after_owner(verb: Token) -> Token | None:
    """"were killed in Pakistani shelling" parsed with the demonym as the object of "in" and
    the gerund as a clause of its own: the demonym right before it, or None."""
    if verb.dep_ not in ("advcl", "pcomp", "acl") or verb.i < 2:
        return None
    owner = verb.doc[verb.i - 1]
    prep = owner.head
    if owner.dep_ != "pobj" or not owner.text[:1].isupper() or prep.i != owner.i - 1 \
            or prep.dep_ != "prep" or len(list(prep.children)) != 1:
        return None
    return owner


def _undergone_gerund(verb: Token, rules: Rules) -> bool:
    """"Belgorod came under Ukrainian shelling" parsed with the demonym the object of "under"
    and the gerund a clause of its own: an act the clause's subject suffers (roles.yaml
    `under_verbs`), as `_undergone` reads a noun."""
    owner = _gerund_after_owner(verb)
    if owner is None or owner.head.lower_ != "under":
        return False
    return owner.head.head.lemma_.lower() in rules.under_verbs


def _as_event_noun(frame: Frame, rules: Rules) -> None:
    """Roles of a gerund used as an event noun: its demonym, possessor or "by" phrase does
    it; what a verb of impact it is the subject of hit is its target."""
    verb = frame.verb
    parties = _with_conjuncts(_prep_objects(verb, "between"))
    if verb.lemma_.lower() in rules.symmetric_lemmas and _parties(parties):
        # "Fighting between Armenian and Azerbaijani forces erupted": a joint act of both
        frame.sources, frame.targets, frame.symmetric = parties, [], True
        frame.flags.append("nominal")
        return
    frame.sources = [s for s in noun_sources(verb, rules) if s.text[:1].isupper()
                     or s.dep_ in ("poss", "pobj")]
    owner = _gerund_after_owner(verb)
    if owner is not None:
        frame.sources = frame.sources or [owner]
    if not frame.targets and frame.code[:2] in rules.relative_place_roots:
        # ("in" + its misplaced demonym: the demonym's place in the parse is the noun's)
        frame.targets = _harmed_in(verb if owner is None else owner, rules)
        frame.flags += ["harmed"] if frame.targets else []
    impact = _impact_verb(verb, rules)
    if not frame.targets and impact is not None and frame.code[:2] in rules.thing_target_roots:
        frame.targets = _with_conjuncts([c for c in impact.children if c.dep_ == "dobj"])
        frame.location = frame.location or _location(impact, rules)
        frame.flags.append("impact")
    if frame.sources:
        frame.flags.append("nominal")


def _only_places(targets: list[Token], rules: Rules) -> bool:
    """Targets that are all objects of a place preposition ("in Sydney")."""
    return bool(targets) and all(t.dep_ == "pobj" and t.head.lower_ in rules.location_preps
                                 for t in targets)


def _site_bodies(verb: Token, noun: Token | None, rules: Rules) -> list[Token]:
    """"protested outside the US embassy", "a rally in front of the French consulate": a
    protest held at the seat of a body is aimed at it (roles.yaml `site_preps`; the coder
    keeps the phrase only when its head names a body)."""
    preps = rules.site_preps
    found: list[Token] = []
    holders = [verb] if noun is None else [verb, noun]
    if verb.dep_ == "advcl" and to_infinitive(verb):
        holders.append(verb.head)  # "gathered outside the French embassy to protest ..."
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            objects = [p for p in prep.children if p.dep_ == "pobj"]
            # "in front of X": the body is the object of "of"
            objects = [q for o in objects for q in (
                [p for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"] if o.lower_ == "front" else [o])]
            found += [o for o in objects if o.pos_ == "NOUN" and not is_time(o)
                      and o.lemma_.lower() not in rules.public_spaces]
    return found


#: Clauses that give background ("where 28 people were killed", "..., killing five"): their
#: events are coded, but rank below the sentence's main event.
SUBORDINATE_DEPS = frozenset({"relcl", "advcl", "acl", "pcomp", "csubj", "prep", "pobj"})


def _subordinate(verb: Token, rules: Rules) -> bool:
    token = verb
    while (token.dep_ in ("conj", "xcomp", "ccomp") or _for_to_clause(token, rules)) \
            and token.head is not token:
        token = token.head
    return token.dep_ in SUBORDINATE_DEPS and not reported_first(token, rules) \
        and not _done_before(token, rules)


def _for_to_clause(verb: Token, rules: Rules) -> bool:
    """"called for Egyptians to join the protest", "pushed for Israel to withdraw": a
    "for ... to" infinitive the parser hangs on an appeal or other governing verb as an
    adverbial clause is that verb's complement (what is called for), no clause told aside
    ("were waiting for the army to investigate" is one)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and to_infinitive(verb) \
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) \
        and verb.head.lemma_.lower() in rules.governor_verbs


def _done_before(verb: Token, rules: Rules) -> bool:
    """"After meeting his counterpart, the minister said ...": a gerund of a meeting
    (`done_before_verbs`) after a preposition of `done_before_preps` tells a fact of the
    story (roles.yaml)."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" \
        and verb.head.lower_ in rules.done_before_preps \
        and verb.lemma_.lower() in rules.done_before_verbs


def reported_first(clause: Token, rules: Rules) -> bool:
    """"Kenya summoned the Somali envoy, the ministry said in a statement": a clause before
    the speech verb that reports it, with no subordinator of its own ("after", "when"), is
    what was said, though the parser may attach it as an adverbial clause."""
    head = clause.head
    return clause.dep_ == "advcl" and clause.i < head.i \
        and head.lemma_.lower() in rules.speech_verbs \
        and not any(c.dep_ == "mark" for c in clause.children)


def _own_roles(roles: tuple[list[Token], list[Token], str]
               ) -> tuple[list[Token], list[Token], str]:
    """Lists of a verb's roles of the caller's own (frames add to theirs)."""
    return list(roles[0]), list(roles[1]), roles[2]


@per_word(copy=_own_roles)
def verb_subjects(verb: Token, rules: Rules) -> tuple[list[Token], list[Token], str]:
    """(sources, targets-from-voice, how) for a verb: active or passive subject, agent,
    reduced relative or relative clause, or a subject inherited along xcomp / conj."""
    sources: list[Token] = []
    targets: list[Token] = []
    for child in verb.children:
        if child.dep_ in rules.source_deps:
            sources.append(child)
        elif child.dep_ in rules.passive_subject_deps:
            targets.append(child)
        elif child.dep_ in rules.agent_deps:
            sources += [c for c in child.children if c.dep_ == "pobj"]
    if not targets and verb.tag_ in ("VBN", "VBD") and _small_clause_passive(verb, rules):
        # "Algeria saw its offer rebuffed by the junta": the participle's subject underwent it
        targets = [s for s in sources if s.dep_ == "nsubj" and s.head.i == verb.i]
        sources = [s for s in sources if s not in targets]
    how = "passive" if targets else ""
    sources = _without_labels(sources)
    # ("Mali's internationally recognised Transitional Government said": the participle
    # made the subject stands before the name that is)
    sources = [next((c for c in s.children if c.dep_ == "dobj"), s)
               if _participle_as_subject(s) else s for s in sources]
    if targets and not sources:
        sources = _stray_agents(verb) or _summoners(verb, rules)
    if _misread_main_verb(verb):  # "The Saudi-led coalition carried out 20 air strikes"
        return _with_conjuncts([verb.head]), [], "misread-participle"
    if _active_misread(verb, rules) and not sources and not targets:
        sources = [verb.head]  # "Israeli airstrikes killed 20 people, officials said"
    elif verb.dep_ == "acl" and verb.tag_ == "VBN" and not targets and \
            verb.head.pos_ in ("NOUN", "PROPN"):
        clause = deed_in_passing(verb.head, rules)
        # ("expelled two diplomats, a step criticised by the EU": the expeller)
        targets = [_appositive_anchor(verb.head)] if clause is None else \
            verb_subjects(clause, rules)[0]
        how = "reduced-relative"
    if sources and _relative_pronoun(sources[0]) and verb.dep_ == "relcl":
        sources = [_set_member(verb.head, rules) or verb.head]
        how = "relative"
    elif not sources and not targets and verb.dep_ == "relcl" \
            and _set_member(verb.head, rules):
        sources = [_set_member(verb.head, rules)]  # "one of the first countries to recognise"
        how = "relative"
    elif targets and targets[0].lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
        targets = [verb.head]
        how = "relative"
    if not sources and not targets:
        sources = _letter_writers(verb, rules)
        how = "letter" if sources else how
    if not targets and (_fronted_passive(verb, rules) or _passive_gerund(verb, rules)):
        # "Sanctioned by Washington, Venezuela turned to China", "Having been expelled by
        # Russia, the diplomats left", "After being attacked by Sudanese forces, South Sudan
        # closed the border": the clause's subject underwent the participle
        sources = sources or [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"
                              for p in c.children if p.dep_ == "pobj"]
        clause = verb.head.head if verb.dep_ == "pcomp" else verb.head
        targets, how = verb_subjects(clause, rules)[0], "passive"
    if not sources and not targets:
        sources, targets, how = _inherited_roles(verb, rules)
    sources = _with_conjuncts(sources)
    sources += _fronted_members(verb, sources)
    return sources + _companions(verb, sources, rules), _with_conjuncts(targets), how


def _small_clause_passive(verb: Token, rules: Rules) -> bool:
    """A participle with a subject, a "by" agent and no auxiliary, the complement of a verb
    of seeing or having ("saw its offer rebuffed by the junta", "watched its bid blocked by
    Ankara"): a passive whose subject is the one acted upon."""
    return verb.dep_ in ("ccomp", "xcomp", "oprd") \
        and any(c.dep_ in rules.agent_deps for c in verb.children) \
        and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _set_member(noun: Token, rules: Rules) -> Token | None:
    """The subject a set is said of: "Saudi Arabia was among the countries that condemned",
    "France was one of the first states to recognise", "Chile became the latest country to
    recall its envoy": Saudi Arabia, France, Chile (a relative clause on the set, or on a
    ranked member of it, roles.yaml `rank_words`, tells what the member did)."""
    holder = noun.head if noun.dep_ == "pobj" else None
    if holder is not None and holder.lower_ == "of" and holder.head.lower_ == "one":
        noun, holder = holder.head, None  # "one of the countries"
    if holder is not None and holder.lower_ == "among":
        verb = holder.head
    elif noun.dep_ == "attr" and (noun.lower_ == "one" or any(
            c.dep_ == "amod" and c.lower_ in rules.rank_words for c in noun.children)):
        verb = noun.head
    else:
        return None
    if verb.lemma_.lower() not in rules.member_links:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _without_labels(subjects: list[Token]) -> list[Token]:
    """"Old rivals Chile and Peru restored ties", "Neighbours Armenia and Azerbaijan
    signed": the parser makes the label noun (read as a verb at times) a subject beside the
    first name; the names are the doers."""
    names = {s.i for s in subjects if s.pos_ == "PROPN"}
    return [s for s in subjects if s.pos_ in ("PROPN", "PRON") or s.i + 1 not in names]


def _misread_main_verb(verb: Token) -> bool:
    """A past tense the tagger read as a participle modifying the subject, so that the
    sentence has no verb ("The Saudi-led coalition carried out 20 strikes": "coalition" the
    root, "carried" its modifier): a participle with an object of its own and no agent, on a noun
    that is the root of the sentence."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and head.dep_ == "ROOT" \
        and head.pos_ in ("NOUN", "PROPN") and head.i < verb.i \
        and any(c.dep_ == "dobj" for c in verb.children) \
        and not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in verb.children)


def _active_misread(verb: Token, rules: Rules) -> bool:
    """A past tense of impact the parser read as a participle modifying the noun before it
    ("Israeli airstrikes killed 20 Palestinians in Gaza, officials said" as "airstrikes
    [that were] killed"): with a direct object of its own, the noun is its subject."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN" \
        and verb.head.i < verb.i and verb.lemma_.lower() in rules.impact_verbs \
        and any(c.dep_ == "dobj" for c in verb.children) \
        and not any(c.dep_ in ("agent", "auxpass") for c in verb.children)


def _said_in_a_letter(frame: Frame, rules: Rules) -> bool:
    """An act noun the parser made a second object of a letter verb ("sent a letter to the
    Security Council warning that ..."): what the letter says, whose addressee is only
    its reader, never the one warned or accused."""
    noun = frame.trigger[-1]
    return noun is not frame.verb and noun.dep_ == "dobj" \
        and frame.verb.lemma_.lower() in rules.letter_verbs \
        and any(c.i < noun.i for c in _letters(frame.verb, rules))


def _letter_writers(verb: Token, rules: Rules) -> list[Token]:
    """"Sudan sent a letter to the African Union accusing Chad", "wrote to the UN warning":
    a participle the parser hung on the addressee of a letter (roles.yaml `letter_verbs`
    with a `letter_nouns` object, or `writing_verbs`) says what the letter says, so its
    writer is the one who accuses or warns."""
    addressee = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or addressee.dep_ != "pobj" \
            or addressee.head.lower_ != "to":
        return []
    sender = addressee.head.head
    if sender.dep_ == "dobj" and sender.lemma_.lower() in rules.letter_nouns:
        sender = sender.head  # "presented a letter to the Swiss envoy accusing ..."
    lemma = sender.lemma_.lower()
    if lemma not in rules.letter_verbs or lemma not in rules.writing_verbs \
            and not _letters(sender, rules):
        return []
    return [c for c in sender.children if c.dep_ in rules.source_deps]


def letter_addressees(participle: Token, rules: Rules) -> list[Token]:
    """The reader of the letter a participle tells the content of: "sent a letter to Beijing
    urging restraint", "sent a note to Moscow demanding the release of ...", "wrote to the
    WHO chief threatening to cut funding" (hung on the verb, on the letter or on its
    reader, roles.yaml `letter_verbs`): the one urged, asked or threatened when the act
    names no one else."""
    if participle.tag_ != "VBG" or participle.dep_ not in ("advcl", "acl"):
        return []
    holder = participle.head
    if participle.dep_ == "acl" and holder.dep_ == "pobj" and holder.head.lower_ == "to":
        return [holder]  # (hung on the reader: "to Beijing urging")
    if participle.dep_ == "acl" and holder.dep_ == "dobj" \
            and holder.lemma_.lower() in rules.letter_nouns:
        holder = holder.head  # (hung on the letter: "a letter to Beijing urging")
    lemma = holder.lemma_.lower()
    if lemma not in rules.letter_verbs or lemma not in rules.writing_verbs \
            and not _letters(holder, rules):
        return []
    return [p for c in holder.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
            for p in c.children if p.dep_ == "pobj"]


def letter_content(verb: Token, rules: Rules) -> int | None:
    """The participle or infinitive that tells what a letter `verb` sends or writes says
    ("sent a letter to the WHO chief threatening to cut funding", "wrote to Rome urging
    ...", "sent a note to Moscow demanding ..."; roles.yaml `letter_verbs` with a
    `letter_nouns` object, or `writing_verbs`), hung on the verb, on the letter or on its
    reader: its token index, or None."""
    lemma = verb.lemma_.lower()
    if lemma not in rules.letter_verbs:  # (most verbs: no letter to look for)
        return None
    letters = _letters(verb, rules)
    if lemma not in rules.writing_verbs and not letters:
        return None
    readers = [p for c in verb.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
               for p in c.children if p.dep_ == "pobj"]
    return next((c.i for holder in (verb, *letters, *readers) for c in holder.children
                 if c.dep_ in ("advcl", "acl", "xcomp")
                 and (c.tag_ == "VBG" or c.tag_ == "VB" and to_infinitive(c))), None)


def _letters(verb: Token, rules: Rules) -> list[Token]:
    """The verb's objects that are letters or messages (roles.yaml `letter_nouns`)."""
    return [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in rules.letter_nouns]


def _fronted_members(verb: Token, sources: list[Token]) -> list[Token]:
    """"Chile, Peru, Bolivia, and Ecuador criticised ...", parsed as names modifying the
    verb with only the last one its subject: the names of a list that ends in ", and"
    right before a named subject are subjects too."""
    subject = next((s for s in sources if s.dep_ == "nsubj" and s.pos_ == "PROPN"), None)
    if subject is None:
        return []
    start = subject.left_edge.i
    for listed in verb.children:
        if listed.dep_ != "npadvmod" or listed.pos_ != "PROPN" or listed.i >= start:
            continue
        between = [t.lower_ for t in verb.doc[listed.right_edge.i + 1:start]]
        if between and between[-1] == "and" and set(between) <= {",", "and"} or not between \
                and listed.right_edge.lower_ == "and":
            return [t for t in listed.subtree if t.pos_ == "PROPN"
                    and (t.i == listed.i or t.dep_ in ("npadvmod", "conj", "appos"))]
    return []


def _stray_agents(verb: Token) -> list[Token]:
    """The "by" agent of a passive verb that the parser hung on the verb's object ("was hit
    with new tariffs by Washington", "were handed fines by a Turkish court", "were charged
    with spying by Chinese prosecutors"); none for a
    deadline ("was told to leave by Friday")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    objects += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ != "by"
                for p in prep.children if p.dep_ == "pobj"]
    found = [p for o in objects if o.pos_ == "NOUN" or o.tag_ == "VBG" and o.dep_ == "pobj"
             for prep in o.children
             if prep.dep_ == "prep" and prep.lower_ == "by"
             for p in prep.children if p.dep_ == "pobj" and not is_time(p)][:1]
    return found or _clause_agents(verb)


def _summoners(verb: Token, rules: Rules) -> list[Token]:
    """The office an envoy was summoned to, which summoned him ("was summoned to the
    Moldovan Foreign Ministry"; roles.yaml `summoning_verbs`, `summoning_offices`)."""
    if verb.lemma_.lower() not in rules.summoning_verbs:
        return []
    return [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
            for p in c.children if p.dep_ == "pobj" and p.lower_ in rules.summoning_offices][:1]


def _clause_agents(verb: Token) -> list[Token]:
    """The "by" agent of a passive verb that the parser hung on the verb's infinitive or
    gerund: "were ordered to leave by France, Germany and Italy", "were barred from
    entering by Canada". Only a name: "told to leave by the end of May" names a time."""
    clauses = [c for c in verb.children if c.dep_ == "xcomp"]
    clauses += [g for prep in verb.children if prep.dep_ == "prep"
                for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    return [p for clause in clauses for prep in clause.children
            if prep.dep_ in ("prep", "agent") and prep.lower_ == "by"
            for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"
            and not is_time(p)][:1]


def _has_companions(sources: list[Token]) -> bool:
    """Do `sources` hold a companion of the subject (`_companions`: "alongside Ethiopian
    forces", "along with Qatar")?"""
    return any(s.dep_ == "pobj" and s.head.lower_ in ("alongside", "with", "along", "together")
               for s in sources)


def _companions(verb: Token, subjects: list[Token], rules: Rules) -> list[Token]:
    """Actors acting together with the subject: "Chile, along with Peru, has given",
    "Indian warships together with the US Navy conducted", "France alongside Germany".
    A phrase hung on the verb after a party the act is aimed at goes with that party:
    "sanctioned two judges, along with five prison officials" (`_after_object_party`)."""
    found: list[Token] = []
    for holder in (verb, *subjects):
        for prep in holder.children:
            if prep.dep_ != "prep" or holder is verb and _after_object_party(verb, prep, rules):
                continue
            withs = [prep] if prep.lower_ == "alongside" else []
            if prep.lower_ == "with" and any(c.dep_ == "advmod" and c.lower_ == "together"
                                             for c in prep.head.children if c.i < prep.i):
                withs = [prep]
            if prep.lower_ in ("along", "together"):
                withs = [c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"]
            if prep.lower_ == "with" and prep.i > 0 and prep.doc[prep.i - 1].lower_ in (
                    "together", "along"):
                withs = [prep]
            found += [p for w in withs for p in w.children if p.dep_ == "pobj"]
    return _with_conjuncts(_dedupe(found))


def companion_objects(head: Token) -> list[Token]:
    """The parties named as acting with a doer in `head`'s phrase: "continue its mediation
    efforts alongside Egypt", "along with Qatar", "together with French forces" (each
    phrase's first party, a name or a noun a name modifies; its conjuncts hang on it), not
    things ("ammunition alongside humanitarian assistance to Turkey")."""
    found = []
    for prep in (t for t in head.subtree if t.dep_ == "prep"):
        if prep.lower_ == "alongside" or prep.lower_ == "with" and prep.i > 0 \
                and prep.doc[prep.i - 1].lower_ in ("along", "together"):
            found += [p for p in prep.children if p.dep_ == "pobj" and (
                p.pos_ == "PROPN" or any(c.dep_ in ("amod", "compound", "poss")
                                         and c.text[:1].isupper() for c in p.children))]
    return found


def _after_object_party(verb: Token, prep: Token, rules: Rules) -> bool:
    """Does `prep` follow a party that is the verb's object, or the object of its "on" or
    "against" ("imposed sanctions on Pompeo and Bannon, along with two dozen officials")?
    An object sent somewhere is what is sent: "sent troops to Mali alongside Chadian
    forces" keeps its companion."""
    sent = any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into") for c in verb.children)
    objects = [c for c in verb.children if c.dep_ == "dobj" and not sent]
    objects += [p for o in [verb, *objects] for c in o.children
                if c.dep_ == "prep" and c.lower_ in ("on", "against")
                for p in c.children if p.dep_ == "pobj"]
    return any(o.i < prep.i and (o.pos_ == "PROPN" or o.lemma_.lower() in rules.people_nouns
                                 or o.lower_ in rules.actor_nouns)
               for o in objects)


def _relative_pronoun(token: Token) -> bool:
    """"who", "which", "that", and a share of them: "all of whom", "some of which"."""
    if token.lower_ in ("who", "which", "that"):
        return True
    return any(p.lower_ in ("whom", "which") for prep in token.children
               if prep.dep_ == "prep" and prep.lower_ == "of"
               for p in prep.children if p.dep_ == "pobj")


def _conjunct_of(verb: Token, head: Token, rules: Rules) -> Token:
    """The verb a conjoined verb really shares its subject with. A finite past or present
    verb cannot share the modal of a reported clause ("said the bloc could expand trade
    ..., and criticised Britain"), nor does a transitive one act for the subject of a
    judgement ("said the claims were false and urged Egypt ..."): the parser hung it on the
    clause, the sense on the clause's governing verb, whose subject it takes."""
    if verb.tag_ not in ("VBD", "VBZ") or head.dep_ != "ccomp":
        return head
    modal = head.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ in rules.modal_words | rules.future_words
        for c in head.children)
    # "said the accusations were baseless and urged Egypt ...": a judgement is no doer
    judged = head.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") for c in head.children) \
        and any(c.dep_ == "dobj" for c in verb.children)
    # "said Guyana had provoked the crisis, and called on Brazil": a simple past beside a
    # past perfect of the reported clause is the speaker's next act
    doc = verb.doc
    perfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children) and \
        verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "nsubj") for c in verb.children) \
        and any(c.dep_ == "cc" and c.i > 0 and doc[c.i - 1].text == ","
                for c in head.children if c.i < verb.i)  # (", and": "had done A and B" shares)
    # "said the strikes targeted bases and accused Kyiv of ...", "said the survey ship had
    # entered its waters and urged Beijing ...": a deed or a thing accuses and asks no one
    speaking = joined(rules.charge_verbs, rules.speech_verbs, rules.appeal_verbs,
                      rules.demand_verbs, rules.threat_verbs, rules.addressing_verbs,
                      rules.speaker_acts)
    deed_subject = verb.lemma_.lower() in speaking and any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in rules.told_deed_nouns
                                             or c.lemma_.lower() in rules.speechless_nouns)
        for c in head.children)
    if not modal and not judged and not perfect and not deed_subject:
        return head
    governor = head.head
    while governor.dep_ in ("acomp", "attr") and governor.head is not governor:
        governor = governor.head  # "is confident that ...": the clause of "is"
    return governor if governor.pos_ in ("VERB", "AUX") else head


def _document_speakers(document: Token, rules: Rules) -> list[Token]:
    """Who speaks through a document that is the object of a verb: its named author ("an
    EU statement", "Russia's resolution", "a letter by the G7"), else the verb's subject
    ("X issued a statement calling on Y"); nobody when the verb kept it from being issued
    (roles.yaml `withholding_verbs`: "vetoed a resolution condemning Y")."""
    verb = document.head
    if verb.lemma_.lower() in rules.withholding_verbs or any(
            c.dep_ == "neg" for c in verb.children) or (
            verb.dep_ == "xcomp" and verb.head.lemma_.lower() in rules.refuse_verbs):
        return []  # ("declined to sign a statement criticising China", "did not sign")
    authors = [c for c in document.children if c.i < document.i and c.dep_ in
               ("compound", "poss", "amod") and c.text[:1].isupper()]
    authors += [o for p in document.children if p.dep_ == "prep" and p.lower_ == "by"
                for o in p.children if o.dep_ == "pobj"]
    return authors[:1] or verb_subjects(document.head, rules)[0]


def _charges_back(participle: Token, rules: Rules) -> bool:
    """A participle that is the charger's own act on the one charged ("arrested two
    fishermen, accusing them of spying", "detained a tanker, saying it broke the rules"):
    a charge or speech verb, or one whose object points back with a pronoun."""
    lemma = participle.lemma_.lower()
    return lemma in rules.charge_verbs or lemma in rules.speech_verbs \
        or lemma in rules.naming_verbs or any(
        c.dep_ == "dobj" and c.pos_ == "PRON" and c.lower_ in ("them", "it", "him", "her")
        for c in participle.children)


def _active_after_passive(verb: Token) -> bool:
    """A conjunct verb in the active voice of its own ("will resign", "retaliated"), not an
    elliptic passive participle ("were killed and three [were] wounded")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.children)


def _senders(carrier: Token, verb: Token, rules: Rules) -> list[Token]:
    """"The UAE dispatched a ship carrying 2,000 tonnes of food to Port Sudan": a carrier a
    verb of sending takes as its object (policies.yaml `carrier_nouns`, `sending_verbs`)
    carries its load for the sender; [] for any other noun ("a ship carrying aid docked")."""
    if verb.lemma_.lower() not in rules.cargo_verbs or carrier.dep_ != "dobj" \
            or carrier.lemma_.lower() not in rules.carrier_nouns \
            or carrier.head.lemma_.lower() not in rules.sending_verbs:
        return []
    return verb_subjects(carrier.head, rules)[0]


def _inherited_roles(verb: Token, rules: Rules) -> tuple[list[Token], list[Token], str]:
    head = verb.head
    supported = _supported_roles(verb, rules)
    if supported is not None:
        return supported, [], "support"
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        anchor = _appositive_anchor(head)
        if head.lemma_.lower() in rules.document_nouns and head.dep_ == "dobj":
            return _document_speakers(head, rules), [], "statement"
        if verb.tag_ == "VBN":  # "a country sanctioned by Washington"
            agents = [c for a in verb.children if a.dep_ == "agent"
                      for c in a.children if c.dep_ == "pobj"]
            return agents, [anchor], "reduced-relative"
        return _senders(head, verb, rules) or [anchor], [], "reduced-relative"
    if verb.dep_ == "xcomp":
        objects = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        if objects and object_control(head, rules):
            return objects, [], "xcomp"  # object control: "urged Iran to release"
        if head.dep_ == "acomp" and head.pos_ == "ADJ" and head.head is not head:
            head = head.head  # "were due to meet", "is ready to talk": the subject of "be"
        sources, targets, how = verb_subjects(head, rules)
        if not sources and how == "passive" and _bare_infinitive(verb):
            # "Ghana and Togo are set to hold drills", "Iran was told to leave": the passive
            # subject of the verb the infinitive hangs on does it
            sources = targets
        return sources, [], "xcomp"
    if verb.dep_ == "conj" and head is not verb:
        head = _conjunct_of(verb, head, rules)
        sources, targets, how = verb_subjects(head, rules)
        if how == "passive" and targets and _active_after_passive(verb):
            # "was indicted by the court and will resign": who was indicted resigns
            return targets, [], "conj"
        own_objects = any(c.dep_ in ("dobj", "prep") for c in verb.children)
        return sources, ([] if own_objects and not how == "passive" else targets), "conj"
    if verb.dep_ == "advcl" and _participle(verb) and head is not verb:
        if head.lemma_.lower() in rules.charge_verbs and not _charges_back(verb, rules):
            accused = [c for c in head.children if c.dep_ == "dobj"]  # "accused Baku of
            if accused:  # opening fire on a village, wounding a civilian": the accused did
                return _with_conjuncts(accused), [], "participle"  # the wounding
        sources, _, _ = verb_subjects(head, rules)
        return sources, [], "participle"
    if _gerund_of_clause(verb, rules):  # "escalated the dispute by imposing tariffs"
        sources, _, how = verb_subjects(head.head, rules)
        return (sources if how != "passive" else []), [], "gerund"
    if verb.dep_ == "advcl" and head is not verb and _is_purpose(verb, head, rules):
        if _go_between(head, rules):  # ("the accord brokered by China to restore relations
            # between Riyadh and Tehran": the parties', not China's)
            return _between_parties(verb), [], "purpose"
        sources, _, how = verb_subjects(head, rules)  # "flew experts to Ghana to inspect the site"
        return (sources if how != "passive" else []), [], "purpose"
    if verb.dep_ == "advcl" and head is not verb and _bare_infinitive(verb) and not any(
            c.dep_ in ("dobj", "dative") for c in head.children):
        # "vowed on Friday to impose tariffs": the parser's clause of an intent verb with
        # no object is an xcomp, whose doer is the subject
        sources, _, how = verb_subjects(head, rules)
        return (sources if how != "passive" else []), [], "xcomp"
    return [], [], ""


def _fronted_passive(verb: Token, rules: Rules) -> bool:
    """A passive participle that opens its sentence as a clause of the main verb, with no
    subject nor subordinator of its own ("Sanctioned by Washington, ...", "Having been
    expelled by Russia, ..."; not "If attacked, ..." nor a standing tie that describes the
    subject, "Backed by Iran, the Houthis ...": roles.yaml `standing_tie_verbs`)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.i > verb.head.i \
            or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    kids = {c.dep_: c.lower_ for c in verb.children}
    if kids.keys() & {"nsubj", "nsubjpass", "mark", "dobj"}:
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if not auxes:
        return verb.lemma_.lower() not in rules.standing_tie_verbs
    return auxes == {"having", "been"}


def _passive_gerund(verb: Token, rules: Rules) -> bool:
    """"after being attacked by", "since being expelled by", "upon being detained by": a
    passive gerund after a preposition of time or manner (roles.yaml `gerund_preps`) that
    hangs on a clause verb, whose subject underwent it ("without being invited" tells what
    did not happen)."""
    prep = verb.head
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.dep_ == "pcomp" and verb.tag_ == "VBN" and auxes == {"being"} \
        and prep.dep_ == "prep" and prep.lower_ in rules.gerund_preps \
        and prep.lower_ not in rules.negation_words and prep.head.pos_ in ("VERB", "AUX")


def _participle(verb: Token) -> bool:
    """A participle heading a clause of its own subject's verb: "imposing", or the perfect
    "having visited" (not the passive "having been expelled")."""
    if verb.tag_ == "VBG":
        return True
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBN" and "having" in auxes and "been" not in auxes


def _gerund_of_clause(verb: Token, rules: Rules) -> bool:
    """A gerund after a preposition of manner or time that hangs on a clause verb ("by
    imposing", "after meeting", "without consulting"; roles.yaml `gerund_preps`): the
    clause's subject does it. Under a noun it is the noun's content (`_noun_complement`)."""
    prep = verb.head
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.dep_ == "prep" \
        and prep.lower_ in rules.gerund_preps and prep.head.pos_ in ("VERB", "AUX") \
        and prep.head.i != verb.i


#: Rule word lists of verbs that make their object the doer ("called on Iran to explain",
#: "demanded the parties allow"), which the parser sometimes attaches as a purpose clause.
OBJECT_CONTROL_LISTS = ("appeal_verbs", "demand_verbs", "command_verbs", "intent_verbs",
                        "attempt_verbs", "refuse_verbs", "threat_verbs", "consider_verbs")


def object_control(verb: Token, rules: Rules) -> bool:
    """Does the verb hand the act of its infinitive to its object ("urged Iran to release",
    "allowed Ukraine to use")? Other verbs keep it for their subject: "summoned the envoy
    to protest", "used tanks to crush" (roles.yaml `object_control_verbs` and the appeal,
    demand and command verbs of policies.yaml)."""
    lemma = verb.lemma_.lower()
    return lemma in rules.object_control_verbs or any(
        lemma in getattr(rules, name, ()) for name in ("appeal_verbs", "demand_verbs",
                                                       "command_verbs"))


def _bare_infinitive(verb: Token) -> bool:
    """"to impose": a "to" infinitive with no subject or marker of its own."""
    return verb.tag_ == "VB" and to_infinitive(verb) \
        and not any(c.dep_ in ("nsubj", "mark") for c in verb.children)


def _is_purpose(verb: Token, head: Token, rules: Rules) -> bool:
    """A bare "to" infinitive with no subject of its own, under a verb that does not hand the
    act to its object: the doer is the head's subject."""
    lemma = head.lemma_.lower()
    return _bare_infinitive(verb) \
        and not any(lemma in getattr(rules, name, ()) for name in OBJECT_CONTROL_LISTS)


def _appositive_anchor(noun: Token) -> Token:
    """"Venezuela, a country sanctioned by ..." -> Venezuela."""
    return noun.head if noun.dep_ == "appos" else noun


def _recipient_first(verb: Token, spec: tuple[str, ...], rules: Rules, skip: set[str]
                     ) -> bool:
    """Does a passive verb name a party by a preposition its entry lists before the object
    ("return: to|dobj", "seize from: from|dobj")?"""
    if "dobj" not in spec:
        return False
    preps = tuple(p for p in spec[:spec.index("dobj")] if p not in ("dative", "attr", "oprd"))
    return bool(preps) and any(not _is_non_actor(t)
                               for t in _dep_targets(verb, preps, rules, skip))


def _dep_targets(verb: Token, spec: tuple[str, ...], rules: Rules, skip: set[str]) -> list[Token]:
    """The targets of `verb` by the first dependency or preposition of `spec` that gives
    any; a topic phrase that names no party ("lodged a protest over the survey ship with
    China"; roles.yaml `about_preps`) yields to a later one that does."""
    found: list[Token] = []
    topic: list[Token] = []
    for name in spec:
        if found and name in rules.location_preps:
            break  # (past a date only to a party's preposition, never to a place's)
        if name in ("dobj", "dative", "attr", "oprd"):
            found += [_relative_antecedent(c, verb) for c in verb.children if c.dep_ == name
                      and deed_in_passing(c, rules) is None
                      and not (name == "oprd" and c.pos_ == "ADJ")]
            # (a verdict is no party: "a move Addis Ababa called destabilising")
            if name == "dobj":
                found = _denied_claimants(verb, rules) or \
                    [d for t in found for d in _deed_doers(t, verb, rules)]
            if name == "dative" and not found:  # "granted Vietnam fresh loans"
                found += [r for obj in verb.children if obj.dep_ == "dobj"
                          for r in _fronted_recipient(verb, obj)]
        elif name not in skip:
            found += [_cause_owner(p, rules) for p in _prep_objects(verb, name)]
            if name in rules.about_preps:  # "complained about Russian troops moving the
                found += _gerund_doers(verb, name)  # border": the doer of the deed
            for obj in _goods(verb):
                found += [_cause_owner(p, rules) for p in _prep_objects(obj, name)]
                # "returned two boats seized last month to Seoul": the parser hangs the
                # verb's own preposition on a participle of its object
                found += [p for c in obj.children if c.dep_ == "acl" and c.i > obj.i
                          for p in _prep_objects(c, name)]
            if name == "to" and not found:
                found = _closing_phrase(verb, name) or _taken_from(verb, rules)
            if all(is_time(f) for f in found):  # ... or on one set off by commas:
                # "delivered 40 vehicles, promised in March, to Ukraine"
                found += [p for c in _set_off_participles(verb) for p in _prep_objects(c, name)]
        if found and not topic and name in rules.about_preps and _names_no_party(found):
            topic, found = found, []
        if found and not all(is_time(f) for f in found):
            break  # ("launched drones and missiles against Israel on Saturday": on to "against")
    found = found or topic
    if not found and "dobj" in spec:  # ("bases it has seized from the army": the army)
        found = gap_targets(verb, rules) or _shared_object(verb)
    return _with_conjuncts(found)


def _gerund_doers(verb: Token, prep: str) -> list[Token]:
    """The subject of a gerund clause a preposition of `verb` takes: "over China building
    islands", "about Russian troops moving the border"."""
    return [s for c in verb.children if c.dep_ == "prep" and c.lower_ == prep
            for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
            for s in g.children if s.dep_ == "nsubj"]


def _shared_object(verb: Token) -> list[Token]:
    """"Japan condemned and sanctioned Russia", "arrested and deported two British
    nationals": a verb followed at once by "and" and a second verb shares that verb's object
    when it names a party (a name, or a noun a name or demonym modifies; not "harassed,
    blocked and executed dangerous maneuvers")."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].dep_ != "cc" or any(
            c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in verb.children):
        return []
    second = doc[verb.i + 2]
    if second.dep_ != "conj" or second.head.i != verb.i or second.pos_ != "VERB":
        return []
    return [c for c in second.children if c.dep_ == "dobj" and (c.pos_ == "PROPN" or is_named(c))]


def _goods(verb: Token) -> list[Token]:
    """The verb's objects, their conjuncts ("400 drones and 40 missiles against Ukraine":
    the parser hangs the verb's preposition on the last) and what a measure of them counts
    ("dozens of looted bronzes"); with no direct object, a noun the parser took for a
    complement ("called home its ambassador in Riyadh")."""
    objects = [g for c in verb.children if c.dep_ == "dobj" for g in (c, *c.conjuncts)] or [
        c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "NOUN"]
    return objects + [p for o in objects for p in _prep_objects(o, "of")]


def _closing_phrase(verb: Token, prep: str) -> list[Token]:
    """The object of the verb's own preposition that the parser hung deep inside the verb's
    object, where it closes the object's phrase: "handed back manuscripts that had been
    carried off during the war to the National Library of Poland"; never one of an act the
    object tells of ("support for efforts at bringing development to the country")."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        closing = [t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == prep
                   and t.right_edge.i == obj.right_edge.i and t.head.i != obj.i
                   and not any(_act_told(a) for a in t.ancestors if a.i > obj.i)]
        if closing:
            return [p for p in closing[0].children if p.dep_ == "pobj"]
    return []


def _act_told(token: Token) -> bool:
    """A gerund or an infinitive: a word telling of an act of its own ("bringing",
    "to bring")."""
    return token.tag_ == "VBG" or token.pos_ in ("VERB", "AUX") and to_infinitive(token)


def _taken_from(verb: Token, rules: Rules) -> list[Token]:
    """Who gets back what a giving-back verb returns, named by the clause that tells how it
    was taken: "return the weapons they seized from the army", "returned cattle stolen
    from Ugandan herders", also of a later conjunct ("the trucks and the depots it seized from
    the army") (roles.yaml `giving_back_lemmas`, `taking_lemmas`)."""
    if verb.lemma_.lower() not in rules.giving_back_lemmas:
        return []
    return [p for obj in _goods(verb) for c in obj.children
            if c.dep_ in ("acl", "relcl") and c.i > obj.i
            and c.lemma_.lower() in rules.taking_lemmas for p in _prep_objects(c, "from")]


def _set_off_participles(verb: Token) -> list[Token]:
    """Participles after the verb's object that describe it, set off by commas and with no
    subject or object of their own: "delivered 40 vehicles, promised in March, to Ukraine"."""
    objects = [c.i for c in verb.children if c.dep_ == "dobj"]
    return [c for c in verb.children if c.dep_ == "advcl" and c.tag_ in ("VBN", "VBG")
            and objects and c.i > min(objects) and not any(
                d.dep_.startswith("nsubj") or d.dep_ == "dobj" for d in c.children)]


def _denied_claimants(verb: Token, rules: Rules) -> list[Token]:
    """Who made the claim that a denial in a ", which ..." clause at the end of it answers:
    "Kinshasa accused Rwanda of backing the rebels, which Kigali denies", "Israel says the
    group hides weapons in schools, which it rejects": "which" is the whole claim, whose
    maker is the subject of the sentence's main verb (policies.yaml `deny_verbs`)."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in rules.deny_verbs:
        return []
    which = next((c for c in verb.children if c.dep_ == "dobj" and (
        c.lower_ == "which" or c.lower_ in rules.charge_nouns)), None)
    if which is None and verb.head.dep_ == "appos" and verb.head.lower_ in rules.charge_nouns:
        which = verb.head  # ("..., a charge Kabul denies": the charge the clause hangs on)
    if which is None or which.left_edge.i == 0 or verb.doc[which.left_edge.i - 1].text != ",":
        return []
    main = verb.sent.root
    if main.i > which.i or main.pos_ not in ("VERB", "AUX") or verb.head.i == main.i \
            or main.lemma_.lower() not in joined(rules.claiming_verbs, rules.speech_verbs) \
            or which.lower_ == "which" and any(c.dep_ == "prep" and c.lower_ == "as"
                                               for c in verb.children):
        return []  # ("rejected talks with the government, which it dismisses as a puppet";
        # "..., an allegation Armenia rejected as false" still restates the claim)
    return [s for s in verb_subjects(main, rules)[0] if s.i < which.i]


def relative_gap(verb: Token) -> Token | None:
    """The noun a relative clause hangs on when it is the clause verb's missing object:
    "two diplomats it accused of spying", "a charge the Taliban rejected", "a law that
    Washington condemned"; None when the verb has an object of its own, no subject of its
    own, a passive subject or a clause for its object."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or _relative_pronoun(subjects[0]) or any(
            c.dep_ in ("nsubjpass", "ccomp", "xcomp") or c.dep_ == "dobj"
            and not (c.lower_ in ("which", "whom", "that") and c.tag_.startswith("W"))
            for c in verb.children):
        return None
    return verb.head


def gap_targets(verb: Token, rules: Rules) -> list[Token]:
    """The target a relative clause's missing object stands for: the noun it hangs on, or
    for a deed ("a move Lima criticised") the deed's doer."""
    noun = relative_gap(verb)
    return [] if noun is None else _deed_doers(_appositive_anchor(noun), verb, rules)


def _deed_doers(noun: Token, verb: Token, rules: Rules) -> list[Token]:
    """Whom a reaction to a deed named in a relative clause's antecedent is aimed at: the
    subjects of the clause the deed sums up ("closed the border, a move Lima criticised":
    the closer) or of the verb whose object the ownerless deed is ("passed a law that
    Washington condemned": the lawmaker); any other noun is the target itself."""
    if noun.i != verb.head.i and noun.i != _appositive_anchor(verb.head).i:
        return [noun]
    clause = deed_in_passing(verb.head, rules) or clause_of_which(verb, rules)
    lemma = verb.head.lemma_.lower()
    if clause is None and verb.head.dep_ == "dobj" and verb.head.head.pos_ == "VERB" \
            and (lemma in rules.act_nouns or verb.head.lower_ in rules.told_deed_nouns) \
            and not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by"
                        for c in verb.head.children):
        clause = verb.head.head
    if clause is None:
        return [noun]
    return verb_subjects(clause, rules)[0] or [noun]


def clause_of_which(verb: Token, rules: Rules) -> Token | None:
    """The clause verb a ", which X called ..." relative sums up when it hangs on the last
    word of that clause, a thing ("sent 30 aircraft across the median line, which Taipei
    called provocative", "approved settlements in the West Bank, which the EU condemned"):
    a verb of naming or reacting (policies.yaml `naming_verbs`, `reaction_verbs`) whose
    object is "which" after a comma, on a common noun or a name in a prepositional phrase,
    judges the whole deed, not that word; not the maker named by "from" or "by" ("a
    proposal from Egypt, which Israel rejected" answers Egypt); None for any other relative
    clause."""
    noun = verb.head
    which = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "which"), None)
    if verb.dep_ != "relcl" or which is None or which.i == 0 \
            or verb.doc[which.i - 1].text != "," \
            or verb.lemma_.lower() not in joined(rules.naming_verbs, rules.reaction_verbs) \
            or not (noun.pos_ == "NOUN" or noun.pos_ == "PROPN" and noun.dep_ == "pobj"
                    and noun.head.lower_ not in ("from", "by")):
        return None
    head = noun
    while head.dep_ in ("pobj", "dobj", "prep", "conj", "appos") and head.pos_ not in (
            "VERB", "AUX"):
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") and head.i < noun.i else None


def deed_in_passing(noun: Token, rules: Rules) -> Token | None:
    """The clause verb whose act a deed noun set after it with a participle or a relative
    clause sums up (roles.yaml `told_deed_nouns`): "expelled two diplomats, a step criticised
    by the EU", "agreed to swap prisoners, in a move welcomed by Brussels", "closed the
    border, a move Lima criticised"; None for any other noun."""
    head = noun.head
    if noun.lower_ not in rules.told_deed_nouns or not any(
            c.dep_ == "acl" and c.tag_ == "VBN" or relative_gap(c) is not None
            for c in noun.children):
        return None
    opening = head if noun.dep_ == "pobj" and head.lower_ == "in" else noun.left_edge
    if opening.i == 0 or noun.doc[opening.i - 1].text != "," or opening is not head \
            and noun.dep_ not in ("appos", "npadvmod", "dobj", "attr"):
        return None  # (set off by a comma: "..., in a move welcomed by", "..., a step")
    if opening is head:
        head = head.head
    while noun.dep_ == "appos" and head.dep_ in ("dobj", "pobj", "prep", "conj") \
            and head.pos_ not in ("VERB", "AUX"):
        head = head.head  # "closed its border crossings, a move ...": the closing
    if noun.lower_ in rules.charge_nouns:
        head = _claiming_verb(head, rules) or head
    return head if head.pos_ in ("VERB", "AUX") and head.i < noun.i else None


def _claiming_verb(verb: Token, rules: Rules) -> Token | None:
    """The verb of claiming whose whole claim a charge noun after it restates, above the
    clause it was hung on: "accused Abuja of plotting to destabilise the regime, a claim
    Abuja called baseless" (the claim is the accusation, not the destabilising)."""
    claiming = joined(rules.claiming_verbs, rules.speech_verbs)
    while verb.lemma_.lower() not in claiming and verb.head is not verb \
            and verb.dep_ in ("xcomp", "advcl", "pcomp", "ccomp", "conj", "pobj", "prep"):
        verb = verb.head
    return verb if verb.lemma_.lower() in claiming else None


def _named_as(verb: Token, rules: Rules) -> list[Token]:
    """"condemned what it called Armenian provocations", "denounced what Beijing described
    as a smear campaign": the object of a free relative of naming is what it is named
    (policies.yaml `naming_verbs`); [] for any other verb."""
    for clause in verb.children:
        # ("what" is the clause's object, or the parser makes it the verb's)
        if clause.dep_ != "ccomp" or clause.lemma_.lower() not in rules.naming_verbs or not any(
                c.dep_ == "dobj" and c.lower_ == "what"
                for c in (*clause.children, *verb.children)):
            continue
        named = [c for c in clause.children if c.dep_ in ("oprd", "attr", "xcomp")
                 and c.pos_ in ("NOUN", "PROPN")]
        return _with_conjuncts(named or _prep_objects(clause, "as"))
    return []


def passive_agents(verb: Token) -> list[Token]:
    """The objects of a verb's passive "by" agent."""
    return [p for a in verb.children if a.dep_ == "agent" for p in a.children
            if p.dep_ == "pobj"]


def _relative_antecedent(obj: Token, verb: Token) -> Token:
    """"the Malian journalist whom Algeria expelled", "the deal, which Kenya signed": the
    object of a relative clause is the noun the clause hangs on."""
    if obj.lower_ in ("which", "whom", "that", "who") and obj.tag_.startswith("W") \
            and verb.dep_ == "relcl":
        return _appositive_anchor(verb.head)
    return obj


def _prep_targets(noun: Token, spec: tuple[str, ...], rules: Rules) -> list[Token]:
    for name in spec:
        found = [_cause_owner(p, rules) for p in _prep_objects(noun, name)] \
            or _gerund_subjects(noun, name)
        if found:
            return _with_conjuncts(found)
    return []


def _gerund_subjects(token: Token, prep: str) -> list[Token]:
    """The subject of a gerund clause that is the object of the preposition: "skeptical
    about the government keeping its promises", "concern over Pyongyang resuming tests"."""
    return [s for c in token.children if c.dep_ == "prep" and c.lower_ == prep
            for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
            for s in g.children if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN")]


def _cause_owner(noun: Token, rules: Rules) -> Token:
    """The party a cause stands for ("to the reconstruction of Syria", "for Syria's
    reconstruction": Syria; roles.yaml `cause_nouns`), else the noun itself."""
    if noun.lemma_.lower() not in rules.cause_nouns:
        return noun
    owners = _prep_objects(noun, "of") or [c for c in noun.children if c.dep_ == "poss"
                                           and c.pos_ == "PROPN"]
    return owners[0] if owners else noun


def _prep_objects(token: Token, prep: str) -> list[Token]:
    """The objects of a preposition of `token`, also when it follows an adverb of leaving
    or answering the parser makes its head ("pulled its troops out of Lebanon", "away from
    the border", "fires back at US")."""
    heads = [c for c in token.children if c.dep_ in ("prep", "dative", "agent")
             and c.lower_ == prep]
    heads += [g for c in token.children if c.dep_ in ("prep", "prt", "advmod")
              and c.lower_ in LEAVING_ADVERBS for g in c.children
              if g.dep_ == "prep" and g.lower_ == prep]
    if prep == "against":  # ("filed a case at the ICJ against Israel": on the court)
        heads += [g for c in token.children if c.dep_ == "prep" and c.lower_ in VENUE_PREPS
                  for v in c.children if v.dep_ == "pobj" and v.pos_ == "PROPN"
                  for g in v.children if g.dep_ == "prep" and g.lower_ == prep]
    return [p for c in heads for p in c.children if p.dep_ == "pobj"]


#: Adverbs of leaving that the parser makes the head of the "of" / "from" phrase after them,
#: and "back", of the "at" / "to" phrase after it ("China fires back at US").
LEAVING_ADVERBS = frozenset({"out", "away", "back"})
#: Prepositions of a named venue the parser hangs the act's "against" phrase on ("initiated
#: proceedings at the WTO against China", "brought a case before the ICJ against Myanmar").
VENUE_PREPS = frozenset({"at", "before", "with", "in", "to"})


def _bare_role_nouns(objects: list[Token], entry: Any) -> set[int]:
    """"whom the rebels had taken hostage": beside another object (the victim), a bare
    singular noun the entry asks for ("hostage", "captive") tells the act, not its target."""
    if "dobj" not in entry.target:
        return set()
    bare = {o.i for o in objects if o.tag_ == "NN" and
            (o.lemma_.lower() in entry.objects or o.lower_ in entry.objects)
            and not any(c.dep_ in ("det", "nummod", "poss", "amod", "compound")
                        for c in o.children)}
    return bare if any(o.i not in bare for o in objects) else set()


def _fallback_object(verb: Token, rules: Rules, frame: Frame) -> list[Token]:
    """The entry named no target that is present: take the object of the entry's own
    particle ("called for reform") or any object of a non-place, non-time preposition."""
    if frame.entry.prep:
        found = _prep_objects(verb, frame.entry.prep)
        if found:
            return found
    if frame.entry.lemma in rules.topic_verbs:
        return []  # "met to discuss Syria": what is discussed, not with whom
    for child in verb.children:
        if child.dep_ == "dobj":
            return [child]
    return []


#: Roots whose target may be the subject of a that-clause ("demanded that Sudan end curbs").
CLAUSE_TARGET_ROOTS = frozenset({"01", "02", "10", "11", "12", "13", "14"})


def _clause_target(frame: Frame, holder: Token, rules: Rules) -> None:
    """A frame with no target takes the subject of the that-clause of `holder` (its verb,
    or the adjective of a feeling: "was disappointed that Tokyo had ..."): not a party the
    speaker owns ("warned that its army would respond"), and a bare "it" of the speaker
    tells its own course (the target is then the speaker itself)."""
    subjects = _clause_subjects(holder, rules)
    frame.targets += [s for s in subjects if not _speakers_own(s, rules)]
    if any(_speaker_itself(s, frame, rules) for s in frame.targets):
        frame.targets = list(frame.sources)  # its own course: no other party
    frame.flags += ["clause-target"] if frame.targets else \
        ["set-target"] if subjects else []


def _clause_subjects(verb: Token, rules: Rules) -> list[Token]:
    """The subject of a that-clause of the verb or of its object ("expressed hope that the
    new government will ..."), with its conjuncts ("hopes Japan and the EU will ..."); a
    clause the parser hung on the object as a relative one with "that" its mark and a
    subject of its own is such a clause too ("voiced regret that Warsaw had revived ...")."""
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    clauses = [c for h in holders for c in h.children if (
        c.dep_ in ("ccomp", "acl") or c.dep_ == "relcl" and h.i != verb.i
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
        and c.pos_ in ("VERB", "AUX") and (c.tag_ != "VBN" or _perfect(c))]
    for clause in clauses:
        subjects, targets, _ = verb_subjects(clause, rules)
        if subjects or targets:
            return _with_conjuncts((subjects or targets)[:1])
    return []


def _speakers_own(subject: Token, rules: Rules) -> bool:
    """A clause subject the speaker owns by a pronoun: "warned that his government would
    seek help", "that its army would respond" (roles.yaml `bound_possessives`; a bare "it"
    is the speaker itself, left to the referents)."""
    return subject.pos_ != "PRON" and any(
        c.dep_ == "poss" and c.lower_ in rules.bound_possessives for c in subject.children)


def _speaker_itself(subject: Token, frame: Frame, rules: Rules) -> bool:
    """"Iran warned it would respond decisively to any aggression": a bare "it" or "we" of
    what a threat, a statement or a criticism says is its speaker telling its own course
    (roles.yaml `self_pronouns`, `own_state_clause_roots`); a threat needs another party."""
    return frame.code[:2] in rules.own_state_clause_roots and subject.pos_ == "PRON" \
        and subject.lower_ in rules.self_pronouns


def _perfect(verb: Token) -> bool:
    """"that the army had shelled villages": a participle of the perfect, not a passive."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children) \
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _parties(tokens: list[Token], rules: Rules | None = None) -> bool:
    """Do the objects of a "between" name two parties or more: "between Armenia and
    Azerbaijan", "between Armenian and Azerbaijani forces", "between the presidents of
    Rwanda and Congo", and (given the rules) "between the two countries", "between both
    sides' negotiators" (the pair the story named)?"""
    return len(tokens) >= 2 or bool(tokens) and bool(
        coordinated_modifiers(tokens[0]) or coordinated_owners(tokens[0])
        or rules is not None and _names_a_pair(tokens[0], rules))


def _names_a_pair(token: Token, rules: Rules) -> bool:
    """"the two countries", "both sides" (a head of roles.yaml `pair_heads` counted by "two"
    or "both"), or people such a pair owns ("the two countries' defence chiefs")."""
    owners = [c for c in token.children if c.dep_ == "poss"]
    return any(t.lower_ in rules.pair_heads and any(
        c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet", "quantmod")
        for c in t.children) for t in (token, *owners))


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    """The tokens with the conjuncts that follow them; a date has none ("on Monday, Voice of
    America reported": the parser's conjunct of a date is the reporter of the clause)."""
    out: list[Token] = []
    for token in tokens:
        out.append(token)
        if not is_time(token):
            out += [c for c in token.conjuncts if c.i > token.i]
            out += [m for m in _listed_appositions(token) if m.i > token.i]
    return out


def _listed_appositions(token: Token) -> list[Token]:
    """"Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties": a name whose
    apposition is itself a name heading a coordination is the first member of a list the
    parser split, not a name and its description ("Kenya, the east African nation"), and so
    is a name set between a name and its conjuncts ("Canada, Australia, and New Zealand");
    names conjoined to a described apposition are members too ("Israel, the Jewish state,
    and the United States")."""
    if token.pos_ != "PROPN":
        return []
    members: list[Token] = []
    for appos in (a for a in token.children if a.dep_ == "appos" and not _bracketed(a)):
        names = [c for c in appos.conjuncts if c.pos_ == "PROPN"]
        if names and appos.pos_ == "PROPN":
            members += [appos, *names]
        elif names and appos.pos_ == "NOUN":
            members += names
        elif appos.pos_ == "PROPN" and any(c.dep_ == "conj" and c.i > appos.i
                                           for c in token.children):
            members.append(appos)  # "Canada, Australia, and New Zealand"
    return members


def _bracketed(token: Token) -> bool:
    """"the Kenya Defence Forces (KDF)": a phrase in brackets, a name's short form."""
    doc = token.doc
    start, end = token.left_edge.i, token.right_edge.i
    start -= doc[start].text != "("  # (the parser hangs the brackets on either side)
    end += doc[end].text != ")"
    return start >= 0 and end < len(doc) and doc[start].text == "(" and doc[end].text == ")"


def _dedupe(tokens: list[Token]) -> list[Token]:
    seen: set[int] = set()
    out = []
    for t in tokens:
        if t.i not in seen:
            seen.add(t.i)
            out.append(t)
    return out


def _is_non_actor(token: Token) -> bool:
    if _reciprocal(token):
        return False  # "one another": kept for find_frames to pair the subjects
    if token.pos_ in ("VERB", "AUX") and _mistagged_noun(token):
        return False
    if token.lower_ == "two" and any(c.dep_ == "det" and c.lower_ == "the"
                                     for c in token.children):
        return False  # "the two agreed": the pair the sentence named (roles.yaml pair_phrases)
    if token.like_num and _prep_objects(token, "of"):
        return False  # "rammed two of its boats": what the number counts
    return is_time(token) or token.like_num or token.pos_ in ("VERB", "AUX", "ADP")


def _mistagged_noun(token: Token) -> bool:
    """"Indian Navy warships together with ... coordinated": a plural noun the tagger took
    for a present-tense verb, yet the parser attached as a subject or object."""
    return token.tag_ in ("VBZ", "VBP") and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
        and not any(c.dep_ in ("nsubj", "aux", "dobj") for c in token.children)


def _location(token: Token | None, rules: Rules) -> Token | None:
    """The named place of a trigger: "in <Place>" on the trigger itself, else on its direct
    object ("deployed troops in South Sudan", "air strikes on targets in Yemen"), or a
    place owned by a pronoun ("in its eastern provinces")."""
    if token is None:
        return None
    for holder in (token, *_location_holders(token)):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in rules.location_preps:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and (pobj.pos_ == "PROPN" or _owned_place(pobj)
                                                or _named_place(pobj, rules)):
                        return pobj
    return None


def _named_place(noun: Token, rules: Rules) -> bool:
    """"in the eastern Afghan province of Paktika", "in the Lebanese town of Khiam": a
    place noun (roles.yaml `named_place_nouns`) with a capitalised modifier, a demonym or a
    name, names a place as well as the name itself does."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in rules.named_place_nouns and any(
        c.dep_ in ("amod", "compound") and c.text[:1].isupper() for c in noun.children)


def _mission_places(target: Token, frame: Frame, rules: Rules) -> list[Token]:
    """The named places of a mission or force the act is for (roles.yaml `mission_nouns`):
    its own "in <Place>" (with its conjuncts: "operations in Afghanistan and Iraq") or the
    act's ("sent a battalion to the AU force in Somalia" with the place hung on "sent")."""
    if target.lemma_.lower() not in rules.mission_nouns and \
            target.lower_ not in rules.mission_nouns:
        return []
    place = _location(target, rules) or frame.location
    return _with_conjuncts([place]) if place is not None else []

def _agreed_place(verb: Token, rules: Rules) -> Token | None:
    """The named place of the truce, mission or force (roles.yaml `agreed_place_nouns`) a
    verb agrees or pledges to: its "to" object ("agreed to an expansion of its force in
    Afghanistan") or the object of its infinitive ("agreed to extend its mission in X")."""
    nouns = [p for p in _prep_objects(verb, "to") if p.pos_ == "NOUN"]
    nouns += [o for c in verb.children if c.dep_ == "xcomp" for o in c.children
              if o.dep_ == "dobj"]
    nouns += [p for n in list(nouns) for p in _prep_objects(n, "of")]
    for noun in nouns:
        if noun.lemma_.lower() in rules.agreed_place_nouns:
            place = _location(noun, rules) or next(
                (p for h in (noun.head, noun.head.head) if h.pos_ == "VERB"
                 for p in [_location(h, rules)] if p is not None), None)
            if place is not None:
                return place
    return None


def _purpose_place(verb: Token, rules: Rules) -> Token | None:
    """The named place of a purpose infinitive of `verb` or of its object ("provided funds
    to fight the outbreak in Yemen", "sent troops to help restore order in Haiti"), or of a
    verb conjoined to it ("to stem and end the epidemic in Guinea")."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for clause in (c for h in holders for c in h.children if c.dep_ in PURPOSE_DEPS):
        if clause.tag_ != "VB" or not to_infinitive(clause):
            continue
        for aim in (clause, *(c for c in clause.conjuncts if c.tag_ == "VB")):
            place = _location(aim, rules) or next(
                (p for x in aim.children if x.dep_ == "xcomp" for p in [_location(x, rules)]
                 if p is not None), None)  # "to help restore order in Haiti"
            if place is not None:
                return place
    return None


def _owned_place(noun: Token) -> bool:
    """"in its southern provinces", "on their territory": a common noun owned by a
    possessive pronoun places an act in that owner's land (the coder reads whose)."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ in ("its", "their")
                                       for c in noun.children)


def _location_holders(token: Token) -> list[Token]:
    """Words whose "in <Place>" places the trigger's event: its direct object and the
    object of a non-place preposition ("remained on alert in Manila") or of the agent ("was
    hit by a Russian missile near Kupiansk")."""
    holders = [c for c in token.children if c.dep_ in LOCATION_HOLDER_DEPS]
    for prep in token.children:
        if prep.dep_ in ("prep", "agent"):
            holders += [p for p in prep.children if p.dep_ == "pobj" and p.pos_ != "PROPN"]
    return holders


def _passive_feeling(token: Token) -> bool:
    """A participle of feeling the parser read as a passive verb ("he was appalled by the
    strike", "Seoul is outraged at"): its passive subject is the one who feels it; the
    lexicon's adjective entries decide which participles count."""
    return (token.tag_ == "VBN" or token.pos_ == "ADJ") \
        and token.dep_ in ("ROOT", "ccomp", "conj", "advcl") \
        and any(c.dep_ == "auxpass" for c in token.children) \
        and any(c.dep_ == "nsubjpass" for c in token.children)


def _adjective_frame(adj: Token, lexicon: Lexicon, rules: Rules) -> Frame | None:
    """"X is skeptical of Y", "Z was found guilty": the copula's subject is the source."""
    if not lexicon.has(adj.lemma_.lower(), "A") and not lexicon.has(adj.lower_, "A"):
        return None  # (most adjectives: no entry, no particles to read)
    entry = lexicon.best(adj.lemma_.lower(), "A", {c.lower_ for c in adj.children}, set()) \
        or lexicon.best(adj.lower_, "A", set(), set())
    if entry is None:
        return None
    verb = adj.head
    sources, targets, how = verb_subjects(verb, rules)
    if _passive_feeling(adj):  # "Dublin was appalled by the strike": who feels it
        verb, how = adj, ""
        sources, targets = _with_conjuncts([c for c in adj.children if c.dep_ == "nsubjpass"]), []
    frame = Frame([adj], entry.code, entry, verb, sources=sources,
                  targets=targets + _prep_targets(adj, entry.target or rules.target_preps, rules),
                  flags=["adjective"] + ([how] if how else []))
    if not frame.targets and entry.code[:2] in CLAUSE_TARGET_ROOTS \
            and not _foretelling_clause(adj):
        _clause_target(frame, adj, rules)  # "was disappointed that Tokyo had ..."
    if _subordinate(verb, rules):
        frame.flags.append("subordinate")
    return frame


def _foretelling_clause(adj: Token) -> bool:
    """"is confident that Celac can help ...", "was worried that Beijing could ...": a
    feeling about what a clause with a modal foretells, not about a party's deed."""
    return any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.tag_ == "MD" for a in c.children)
               for c in adj.children)


# --- nouns ------------------------------------------------------------------------------

def _noun_entry(noun: Token, lexicon: Lexicon, shared_modifiers: Iterable[str] = (),
                shared_preps: Iterable[str] = (), rules: Rules | None = None) -> Entry | None:
    """The lexicon entry of an event noun with its modifiers and prepositions (and those
    it shares with a coordinated noun before it: "air and artillery strikes"). With
    `rules`, a joint act's place ("joint drills off Goa") is no show of force near it."""
    modifiers = _modifier_lemmas(noun)
    modifiers |= {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}
    modifiers |= set(shared_modifiers)
    modifiers |= {p.lemma_.lower() for o in ("of", "to")  # "closure of a base", "a halt to
                  for p in _prep_objects(noun, o)}  # arms sales"
    modifiers |= {w.lemma_.lower() for p in _prep_objects(noun, "into")  # "inquiry into war
                  for w in (p, *p.children) if w is p or w.dep_ in ("compound", "amod")}
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"} | set(shared_preps)
    if rules is not None and modifiers & rules.joint_modifiers:
        preps -= rules.posture_preps
    lemma = noun.lemma_.lower()
    return lexicon.best(lemma, "N", preps, modifiers) or \
        lexicon.best(noun.lower_, "N", preps, modifiers)


def _owned(noun: Token) -> bool:
    """A possessive names the noun's owner, unless it is a day that only dates it
    ("Sunday's attack on Israeli tourists": no one's, and not the tourists')."""
    return any(c.dep_ == "poss" and not is_time(c) for c in noun.children)


def noun_sources(noun: Token, rules: Rules) -> list[Token]:
    """Who an event noun belongs to: its possessor, name or demonym modifiers and its "by"
    phrase ("Turkish air strikes", "Budapest's outreach", "the attack by militants"); a
    shared-act modifier capitalised at the start of a sentence ("Joint drills") is none."""
    sources = [c for c in noun.children if (c.dep_ in rules.noun_source_deps
               and c.pos_ in ("PROPN", "ADJ", "NOUN") and c.dep_ != "amod" or
               (c.dep_ == "amod" and c.text[:1].isupper()))
               and c.lower_ not in rules.joint_modifiers]
    # ("Russian missile strikes", "a Ukrainian drone attack": the parser may hang the
    # demonym on the weapon word before the noun)
    sources += [g for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                and c.lower_ in rules.armed_nouns for g in c.children
                if g.dep_ in ("amod", "compound", "nmod") and g.i < c.i
                and g.text[:1].isupper() and g.lower_ not in rules.joint_modifiers]
    # ("US and British strikes on Yemen": each coordinated modifier)
    sources += [c for s in sources if s.dep_ in ("nmod", "compound", "amod")
                for c in s.conjuncts if c.i < noun.i and c.text[:1].isupper()
                and c not in sources and c.lower_ not in rules.joint_modifiers]
    return sources + _leaders(noun, rules) + (noun_agents(noun) or _makers(noun, rules))


def _reaction_holders(noun: Token, code: str, rules: Rules) -> list[Token]:
    """A reaction noun (policies.yaml `drawn_reactions`, coded as a reaction: protests in
    the street are none) that heads its clause, and the verb it comes by ("condemnation
    poured in from", "there was criticism from", a headline "Condemnation from Arab
    states"): empty for any other noun (the reactions a verb draws are read by
    entente.coder.policy)."""
    reaction = rules.drawn_reactions.get(noun.lemma_.lower()) or \
        rules.drawn_reactions.get(noun.lower_)
    if reaction is None or reaction[:2] != code[:2]:
        return []
    verb = noun.head
    if noun.dep_ == "ROOT":
        return [noun]
    if noun.dep_ == "attr" and any(c.dep_ == "expl" for c in verb.children) \
            or noun.dep_ == "nsubj" and verb.pos_ == "VERB" \
            and verb.lemma_.lower() not in rules.drawing_verbs \
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return [noun, verb]
    return []


def _reaction_givers(noun: Token, code: str, rules: Rules) -> list[Token]:
    """Whom a reaction noun comes from: "condemnation poured in from Saudi Arabia and Egypt",
    "there was sharp criticism from Beijing"."""
    return _with_conjuncts([p for h in _reaction_holders(noun, code, rules)
                            for p in _prep_objects(h, "from") if not is_time(p)])


def _reaction_occasions(noun: Token, code: str, rules: Rules) -> list[Token]:
    """What a reaction noun from a party is over or after: "criticism from Beijing over the
    American arms sale", "condemnation poured in from Jordan after the Israeli raid" (the
    act, whose owner is the target)."""
    return [p for h in _reaction_holders(noun, code, rules) for name in rules.reaction_preps
            for p in _prep_objects(h, name) if not is_time(p)][:1]


def _responsible_doers(noun: Token, rules: Rules) -> list[Token]:
    """"The militia was responsible for the massacre": the subject of a copula whose
    adjective (roles.yaml `doer_adjectives`) takes the event noun in its "for" phrase."""
    prep = noun.head
    adj = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or adj.dep_ != "acomp" \
            or adj.lemma_.lower() not in rules.doer_adjectives \
            or adj.head.lemma_.lower() != "be":
        return []
    return verb_subjects(adj.head, rules)[0]


def _makers(noun: Token, rules: Rules) -> list[Token]:
    """The "by" agents of a participle of making hung on the event noun ("the sanctions,
    announced by the US Treasury", "the truce agreed by Israel and Hamas", roles.yaml
    `maker_participles`), or the party a participle lays it on ("an ambush blamed on
    al-Shabaab", `ascribing_participles`)."""
    made = _with_conjuncts([p for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                            and c.lemma_.lower() in rules.maker_participles
                            for p in passive_agents(c) if not is_time(p)])
    return made or [p for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                    for link in c.children if link.dep_ == "prep" and link.lower_
                    == rules.ascribing_participles.get(c.lemma_.lower())  # "blamed on"
                    for p in link.children if p.dep_ == "pobj" and not is_time(p)]


def _leaders(noun: Token, rules: Rules) -> list[Token]:
    """The name glued to a participle of leading before an event noun ("Saudi-led air
    raids", "a US-led offensive"; roles.yaml `doer_participles`): the one who does it."""
    return [n for c in noun.children if c.dep_ in ("amod", "compound")
            and c.lower_ in rules.doer_participles
            for n in c.children if n.dep_ in ("npadvmod", "compound", "nmod", "amod")
            and n.text[:1].isupper() and n.i < c.i]


def noun_agents(noun: Token, participles: bool = False) -> list[Token]:
    """The "by" agents of an event noun, also where the parser hung the "by" phrase on the
    noun's "of" object ("the expulsion of four diplomats by Vienna", "the arrest of a
    reporter by police"); never a date ("the withdrawal of troops by June")."""
    holders = [noun, *_prep_objects(noun, "of")]
    if participles:  # "crimes committed by Israeli forces": a content noun's participle
        holders += [c for h in holders for c in h.children if c.dep_ == "acl"
                    and c.tag_ == "VBN"]
    for holder in holders:
        found = [p for prep in holder.children if prep.dep_ in ("prep", "agent")
                 and prep.lower_ == "by"
                 for p in prep.children if p.dep_ == "pobj" and not is_time(p)]
        if found:
            return found
    return []


def _armed_only(noun: Token, rules: Rules) -> Entry | None:
    """The armed sense (roles.yaml `armed_senses`) of a noun that no lexicon row makes an
    event by itself, where it harms: the subject of a verb of impact or the "in" phrase of
    a verb of harm ("two soldiers were killed in Pakistani firing", "died in a Russian
    barrage"; "the firing of the coach", "a barrage of questions" stay no event)."""
    code = rules.armed_senses.get(noun.lemma_.lower())
    if code is None or _impact_verb(noun, rules) is None and not _harmed_in(noun, rules):
        return None
    return Entry(noun.lemma_.lower(), "N", "", (), code, (), "roles.yaml armed_senses")


def _noun_frame(noun: Token, lexicon: Lexicon, rules: Rules) -> Frame | None:
    """A nominal event with its own source: "Turkish air strikes on Kurdish militants",
    "Budapest's outreach to Beijing", "the attack by militants on a convoy"."""
    entry = _noun_entry(noun, lexicon, rules=rules) or _armed_only(noun, rules)
    if entry is None or noun.dep_ == "pobj" and noun.head.lower_ == "in" \
            and entry.lemma in rules.reason_nouns:
        return None  # ("lifted sanctions in recognition of their support": a reason)
    armed = rules.armed_senses.get(entry.lemma)
    if armed is not None and (_impact_verb(noun, rules) is not None
                              or _harmed_in(noun, rules)):
        entry = replace(entry, code=armed)  # "Israeli strikes damaged a school", "were killed
        # in an Israeli strike": no walkout
    if _standing_under(noun, rules):
        return None
    undergone = _undergone(noun, entry, rules)
    if undergone is not None:
        return undergone
    sources = noun_sources(noun, rules)
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in rules.reaction_verbs:
        # "condemned Sunday's attack on Israeli tourists": the day of a deed judged dates
        # it, it names no doer (and no one else in the clause did it)
        sources = [s for s in sources if not is_time(s)]
    if noun.dep_ == "attr":  # "Norway is the main funder"
        sources += verb_subjects(noun.head, rules)[0]
    sources = [s for s in sources if s.text[:1].isupper() or s.dep_ in ("poss", "pobj")]
    sources += _responsible_doers(noun, rules)  # ("Serbian paramilitaries were ...")
    sources = sources or _reaction_givers(noun, entry.code, rules)
    # ("a visit to Japan by the prime minister of India": a "by" agent in any case)
    if entry.lemma in rules.symmetric_lemmas:  # "the Iraq War", "the Iran deal": a topic
        sources = [s for s in sources if s.dep_ != "compound"]
    targets = _answerers(noun, rules) \
        or _prep_targets(noun, entry.target or rules.target_preps, rules)
    targets = targets or _object_posts(noun, entry, rules)
    if not targets and entry.code[:2] in rules.site_target_roots:
        # "a protest by Kenyan activists outside the Ugandan embassy": the body at whose
        # seat it was held, as for a verb of protest (the parser may hang the place on
        # the "by" agent)
        targets = [b for h in (noun, *noun_agents(noun)) for b in _site_bodies(h, None, rules)]
    if not targets and sources and sources[0].dep_ == "pobj" and sources[0].head.lower_ == "from":
        targets = _reaction_occasions(noun, entry.code, rules)
    if not targets and entry.code[:2] in rules.relative_place_roots:
        # "a cyberattack by Russian hackers on Ukraine's grid": the parser hangs the target
        # on the agent
        targets = [p for a in noun_agents(noun) for p in _prep_targets(a, HIT_PREPS, rules)]
    partners = _partners_of_object(noun)
    if partners and all(t.pos_ == "NOUN" and (not is_named(t) or t.lemma_.lower() in
                                              rules.frontier_nouns) for t in targets):
        targets = partners  # ("suspension of its treaty with Spain": Spain, not the treaty;
        # "closure of the Torkham border with Afghanistan": a border named by its place)
    shared = entry.lemma in rules.symmetric_lemmas or any(  # ("joint patrols")
        c.dep_ == "amod" and c.lower_ in rules.joint_modifiers for c in noun.children)
    if shared and _prep_objects(noun, "between"):  # "Deadly clashes between A and B": the
        sources = [s for s in sources if s.dep_ != "amod"]  # parties are named after it
    joint = not sources and shared and entry.lemma not in rules.relation_nouns
    occasion = None if _prep_objects(noun, "between") or _answered_blow(noun, entry, rules) \
        else occasion_verb(noun, rules)
    own_parties = _parties(_with_conjuncts(_prep_objects(noun, "between")), rules)
    if joint and targets and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") \
            and noun.head.head.pos_ == "VERB" and not own_parties:
        # "three Indian soldiers died in a clash with Chinese troops": the people the
        # clause is about are the other party of the joint event ("was reached during talks
        # between A and B" names its own)
        subjects, passive, _ = verb_subjects(noun.head.head, rules)
        sources = [t for t in subjects + passive if t.pos_ in ("NOUN", "PROPN")]
        joint = not sources
    if joint and not targets and occasion is not None:
        # "Chile's minister and his Argentine host urged closer ties at a meeting in Lima":
        # the coordinated subjects of the clause met
        subjects, _, how = verb_subjects(occasion, rules)
        if how != "passive" and not _has_companions(subjects) \
                and not _party_included(occasion, rules) and (
                len(subjects) >= 2 or subjects and (
                coordinated_modifiers(subjects[0]) or coordinated_owners(subjects[0]))):
            sources, joint = subjects, False  # ("Indian and Chinese officials", "troops
            # from Ghana and Togo")
    if not sources and targets and entry.code in rules.traveller_codes \
            and _prep_objects(noun, "to"):
        # "the visit of the Turkish prime minister to Britain": who travels where ("a tour
        # of Europe" names where)
        sources = [p for p in _prep_objects(noun, "of") if not is_time(p)]
    if not sources and targets and occasion is not None and \
            entry.lemma not in rules.relation_nouns:
        # "the envoy said after two days of talks with Yemen's president", "arrived in Lima
        # for talks with", "on a visit to Rome", "during his visit to Nairobi": the subject of
        # the clause held the talks, made the visit ("after talks between A and B" names its
        # own parties)
        subjects, _, how = verb_subjects(occasion, rules)
        sources = [] if how == "passive" else subjects
        joint = joint and not sources
    if joint:  # "talks between Armenia and Azerbaijan": a joint event of both
        sources = _with_conjuncts(_prep_objects(noun, "between"))
        # ("talks between the two countries"; "under a treaty between the two nations" is
        # a document in force, no act of the pair's)
        if _parties(sources, None if noun.lemma_.lower() in rules.instrument_nouns else rules):
            targets = []
        else:
            sources = []
    if not joint and entry.code[:2] in rules.relative_place_roots and \
            not any(_names_party(t, rules) and not is_time(t) for t in targets):
        # "two soldiers were killed in an Israeli strike (on a training ground)", "in
        # Pakistani shelling ... on Friday" (a day names no party)
        targets = _harmed_in(noun, rules) or targets
    impact = _impact_verb(noun, rules)
    impacted = False
    if not targets and not joint and impact is not None \
            and entry.code[:2] in rules.thing_target_roots:
        # "an air strike by Saudi jets hit a market in Yemen": what the event hit (not when
        # the parties are named: "clashes between A and B killed 49 soldiers")
        targets = [c for c in impact.children if c.dep_ == "dobj" and not is_time(c)]
        targets = _with_conjuncts(targets)
        impacted = bool(targets)
    removed = _removed_from(noun, rules)
    targets = [t for t in targets if t.i not in {r.i for r in removed}]
    if not targets and entry.code[:2] in rules.thing_target_roots:
        targets = _patients(noun, rules)  # "the expulsion of four Indian diplomats"
    targets = [t for t in targets if not _entry_object(t, noun, entry)]
    if not sources:
        sources = removed  # "the expulsion of diplomats from Algiers"
    governed = governor_of(noun, rules) is not None
    if not sources and not (targets and governed):
        return None
    verb = _clause_verb(noun)
    if verb is not None and noun.dep_ == "nsubj" and noun.head.i == verb.i and \
            verb.lemma_.lower() in rules.drawing_verbs:
        verb = None  # "the raid drew condemnation from Jordan": the raid is no act of "drew"
    frame = Frame([noun], entry.code, entry, verb or noun, sources=sources, targets=targets,
                  flags=["nominal"] + (["impact"] if impacted else []))
    frame.location = _location(noun, rules) or (_location(impact, rules)
                                                if impact is not None else None)
    frame.symmetric = entry.lemma in rules.symmetric_lemmas
    return frame


def _answerers(noun: Token, rules: Rules) -> list[Token]:
    """Whom a demand, request or offer was made of, told by who answers it in a relative
    clause (policies.yaml `proposal_answers`): "Poland's demand for reparations, which
    Berlin rejected": Berlin."""
    if noun.lemma_.lower() not in rules.governor_nouns:
        return []
    return _with_conjuncts([s for c in noun.children if c.dep_ == "relcl"
                            and c.lemma_.lower() in rules.proposal_answers and any(
                                d.dep_ == "dobj" and d.tag_ == "WDT" for d in c.children)
                            for s in c.children if s.dep_ == "nsubj"])


def _partners_of_object(noun: Token) -> list[Token]:
    """The partner named in the "with" or "to" phrase of what an event noun acts on:
    "Algeria's suspension of its friendship treaty with Spain", "the cancellation of a gas
    contract with Ukraine", "the closure of its airspace to French aircraft", "a halt to
    arms sales to Israel" (the thing is common: "the recall of Kenya's envoy with ..." is
    none)."""
    return _with_conjuncts([p for o in (*_prep_objects(noun, "of"), *_prep_objects(noun, "to"))
                            if o.pos_ == "NOUN" for prep in ("with", "to")
                            for p in _prep_objects(o, prep) if not is_time(p)])


def _standing_under(noun: Token, rules: Rules) -> bool:
    """"Dodik has been under US sanctions since 2017", "Gaza remains under an Israeli
    blockade": a restrictive measure (roles.yaml object_classes `restrictions`) the subject
    is in (`standing_under_verbs`) is a state told as background, no act of this story."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "under" \
        and prep.head.lemma_.lower() in rules.standing_under_verbs \
        and noun.lemma_.lower() in rules.object_classes.get("restrictions", ())


def _undergone(noun: Token, entry: Entry, rules: Rules) -> Frame | None:
    """"Tajik posts came under attack from Kyrgyz troops", "the embassy was under siege by
    protesters": an act the clause's subject suffers (roles.yaml `under_verbs`), done by
    the "from" or "by" phrase, else by the noun's own doer ("came under heavy Russian
    shelling"). A noun of roles.yaml `figurative_under` takes its other code unless armed
    people or a state's own forces do it, or a weapon names it ("came under fire from critics"
    is criticism, "came under rocket fire from Hezbollah" is not)."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or verb.pos_ not in ("VERB", "AUX") \
            or verb.lemma_.lower() not in rules.under_verbs:
        return None
    givers = [p for holder in (noun, verb) for name in ("from", "by")
              for p in _prep_objects(holder, name) if not is_time(p)]
    own = not givers
    givers = givers or [s for s in noun_sources(noun, rules) if s.text[:1].isupper()]
    sufferers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not givers or not sufferers:
        return None
    givers = _with_conjuncts(givers[:1])
    code = entry.code
    lemma = noun.lemma_.lower()
    if lemma in rules.figurative_under and not own and not entry.objects and not any(
            g.lemma_.lower() in rules.armed_nouns for g in givers):
        code = rules.figurative_under[lemma]
    frame = Frame([noun], code, entry, verb, sources=givers,
                  targets=_with_conjuncts(sufferers), flags=["nominal", "under"])
    frame.location = _location(verb, rules)
    if _subordinate(verb, rules):
        frame.flags.append("subordinate")
    return frame


def _weapons_by_wielder(frame: Frame, rules: Rules) -> None:
    """An attack's sources and targets in war reports' other shapes: a weapon the subject
    with its user in a participle's "by" phrase ("a missile fired by Houthi rebels hit a
    tanker": the rebels); and an attack with no target told as the cause of a harm ("three
    porters were killed when Pakistani troops opened fire": the porters)."""
    frame.sources = [_wielder(s, rules) for s in frame.sources]
    frame.targets = [_occupants(t, rules) for t in frame.targets]
    verb = frame.verb
    if any(_names_party(t, rules) or t.lemma_.lower() not in rules.frontier_nouns
           for t in frame.targets) or verb.dep_ != "advcl" \
            or verb.head.pos_ != "VERB" or not any(
                c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as", "after")
                for c in verb.children):
        return
    harmed = _harmed_subjects(verb.head, rules)
    if harmed:  # (the harm is what the sentence tells: its cause is no background)
        frame.targets = harmed
        frame.flags = [f for f in frame.flags if f != "subordinate"] + ["harmed"]


def _names_party(token: Token, rules: Rules) -> bool:
    """Does a role head name a party (a name, a placed noun, people or armed men)?"""
    lemma = token.lemma_.lower()
    return token.pos_ == "PROPN" or is_named(token) or lemma in rules.people_nouns \
        or lemma in rules.actor_nouns or lemma in rules.armed_nouns


def _party_included(verb: Token, rules: Rules) -> bool:
    """Does a verb put a party it names as its object into the event of its "in" phrase
    (roles.yaml `inclusion_verbs`)? "France and Germany refused to include Turkey in the
    meeting" tells of no meeting of the two with each other."""
    return verb.lemma_.lower() in rules.inclusion_verbs and any(
        c.dep_ == "dobj" and _names_party(c, rules) for c in verb.children)


def _occupants(target: Token, rules: Rules) -> Token:
    """The people a place attacked is named for, when the place itself names no owner ("a
    camp for Congolese refugees", "a school sheltering displaced Palestinians"): they stand
    for it; else the place."""
    if target.lemma_.lower() not in rules.relative_place_nouns and \
            target.lower_ not in rules.relative_place_nouns or is_named(target):
        return target
    people = _prep_objects(target, "for")  # ("a depot of the Syrian army" is placed as is)
    people += [o for c in target.children if c.dep_ == "acl" and c.tag_ == "VBG"
               for o in c.children if o.dep_ == "dobj"]
    # (people, never a place: "the town of Mosul" is the town's own name)
    named = [p for p in people if p.pos_ == "NOUN" and is_named(p)
             and p.lemma_.lower() in joined(rules.people_nouns, rules.armed_nouns)]
    return named[0] if named else target


def _wielder(source: Token, rules: Rules) -> Token:
    """Who used a weapon or unit named as a doer: the "by" agent of its participle ("a
    drone launched by Hezbollah"), else the named place a participle of launching
    (roles.yaml `launching_verbs`) sends it "from" ("rockets fired from Gaza", "drones
    launched from Yemen"), else the weapon itself."""
    if not is_armed(source, rules):
        return source
    participles = [c for c in source.children if c.dep_ in ("acl", "relcl")
                   and c.tag_ == "VBN"]
    users = [p for c in participles
             if c.lemma_.lower() not in rules.standing_tie_verbs  # ("rebels backed by X")
             for a in c.children if a.dep_ == "agent"
             for p in a.children if p.dep_ == "pobj" and not is_time(p)
             and (p.pos_ == "PROPN" or is_named(p))]
    # ("Russian troops, backed by artillery, attacked": what backs them uses nothing, nor
    # does a state that arms or funds them, roles.yaml `standing_tie_verbs`)
    users = users or [p for c in participles if c.lemma_.lower() in rules.launching_verbs
                      for p in _prep_objects(c, "from") if p.pos_ == "PROPN"]
    return users[0] if users else source


def _harmed_subjects(verb: Token, rules: Rules) -> list[Token]:
    """The sufferers a verb of harm names as its subject: passive (`harm_verbs`) or of a
    verb of dying in any voice (`dying_verbs`); none for any other verb."""
    lemma = verb.lemma_.lower()
    if lemma not in rules.harm_verbs and lemma not in rules.dying_verbs:
        return []
    subjects, sufferers, how = verb_subjects(verb, rules)
    if how == "passive" and lemma in rules.harm_verbs:
        return [t for t in sufferers if t.pos_ in ("NOUN", "PROPN")]
    if how == "" and lemma in rules.dying_verbs:
        return [t for t in subjects if t.pos_ in ("NOUN", "PROPN")]
    return []


def _harmed_in(noun: Token, rules: Rules) -> list[Token]:
    """Whom an attack noun harmed when it is the "in" / "during" phrase of a verb of harm
    (roles.yaml `harm_verbs` passive, `dying_verbs` in any voice): the clause's subject
    ("three Malian soldiers were killed in a jihadist ambush", "died in a drone strike")."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ == "pobj" and prep.lower_ == "under" and verb.pos_ in ("VERB", "AUX") \
            and verb.lemma_.lower() in rules.under_verbs:
        # ("Belgorod came under Ukrainian shelling" parsed with the gerund a clause of its
        # own: who came under it suffered it, as `_undergone` reads a noun)
        return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                and c.pos_ in ("NOUN", "PROPN")]
    if noun.dep_ != "pobj" or prep.lower_ not in rules.harm_preps or verb.pos_ != "VERB":
        return []
    return _harmed_subjects(verb, rules)


def _impact_verb(noun: Token, rules: Rules) -> Token | None:
    """The verb of impact an event noun is the subject of ("the strike hit", "Russian
    shelling damaged"; roles.yaml `impact_verbs`), or None."""
    verb = noun.head
    if noun.dep_ != "nsubj" and not (noun.tag_ == "VBG" and (
            _fronted_gerund(noun) or noun.dep_ == "csubj")) \
            or verb.pos_ != "VERB" or verb.i == noun.i:
        return None
    return verb if verb.lemma_.lower() in rules.impact_verbs else None


def _patients(noun: Token, rules: Rules) -> list[Token]:
    """Whom a material event noun is done to, named in its "of" phrase: "the arrest of two
    Iranian nationals", "the release of Ukrainian prisoners", "the shelling of Kharkiv";
    an unplaced thing there ("the release of funds") is none."""
    people = joined(rules.people_nouns, rules.actor_nouns)
    found = [p for p in _prep_objects(noun, "of") if p.pos_ == "PROPN" or is_named(p)
             or p.lemma_.lower() in people and not is_time(p)]
    return [p for p in _with_conjuncts(found) if p.lemma_ != noun.lemma_]  # (not "the
    # expulsion of diplomats ... and the expulsion of" the next one)


#: Heads of an office's name the parser may tag as a name ("the Foreign Ministry").
OFFICE_WORDS = frozenset({"ministry", "office", "department", "palace", "chancellery"})


def _envoy_posting(frame: Frame, rules: Rules) -> None:
    """Fill the side a passive act on a posted envoy leaves empty with the state of the
    posting ("the ambassador to Denmark", "the charge d'affaires in London"), or of the
    office the envoy was called to ("summoned to the foreign ministry in Vilnius"): the
    host summons or expels, the sender recalls from the host (roles.yaml
    `envoy_posting_roles`)."""
    role = rules.envoy_posting_roles.get(frame.entry.lemma)
    if role not in ("source", "target"):
        return
    side = frame.sources if role == "source" else frame.targets
    if any((t.pos_ in ("PROPN", "PRON") or t.lemma_.lower() in rules.actor_nouns
            or t.lemma_.lower() in rules.people_nouns) and not _unplaced_office(t, rules)
           for t in side):
        return  # (a party is named: "was recalled for consultations" names none)
    called = _prep_objects(frame.verb, "to")
    if role == "source" and any(c.pos_ == "PROPN" and c.lower_ not in OFFICE_WORDS
                                for c in called):
        return  # ("was summoned to Moscow for consultations": called home by its own state)
    envoys = set(rules.object_classes.get("envoys", ()))
    holders = [s for s in frame.verb.children if s.dep_ == "nsubjpass"
               and s.lemma_.lower() in envoys]
    if role == "source":  # ("summoned to the foreign ministry in Vilnius")
        holders += called
    posts = [p for h in holders for prep in ("to", "in") for p in _prep_objects(h, prep)
             if p.pos_ == "PROPN"]
    if posts:
        side[:] = posts[:1]


def _unplaced_office(token: Token, rules: Rules) -> bool:
    """An office the text does not place ("summoned to the Foreign Office"), which the
    envoy's posting may place; "the foreign ministry in Vilnius" is placed."""
    return token.lemma_.lower() in rules.summoning_offices and not any(
        c.dep_ == "prep" and c.lower_ == "in" for c in token.children)


def _removed_from(trigger: Token, rules: Rules) -> list[Token]:
    """Who sends people away from a named place with no doer named: its state ("the
    expulsion of French diplomats from Algiers", "were deported from Tallinn"; roles.yaml
    `removal_lemmas`)."""
    if trigger.lemma_.lower() not in rules.removal_lemmas:
        return []
    holders = [trigger, *_prep_objects(trigger, "of")]  # ("of diplomats from Algiers")
    return [p for h in holders for p in _prep_objects(h, "from") if p.pos_ == "PROPN"][:1]


#: Prepositions of time and occasion that hang an event noun on a clause: "said after talks
#: with", "spoke following a meeting with", "announced at a summit with".
ADJUNCT_PREPS = frozenset({"after", "following", "during", "before", "at", "ahead", "amid"})
#: Prepositions that give when an act happened, never what it was done to ("before" may
#: be a place: "hauled Washington before the court").
TIME_PREPS = frozenset({"after", "following", "during", "amid", "since", "until"})
#: Prepositions that give what a vow or threat answers ("vowed revenge for the killing").
REASON_PREPS = frozenset({"for", "over"})


def _shared_party(verb: Token) -> list[Token]:
    """"Algeria accused Morocco of hostile acts and cut diplomatic ties", "the EU condemned
    Minsk and imposed new sanctions": a conjoined act whose object is its own event noun
    and names no partner has the party the first act was done to (a name, not "the plan")."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []  # ("Putin met Xi, and the two leaders signed a deal": a doer of its own)
    first = first_conjunct(verb)
    return [o for o in first.children if o.dep_ == "dobj" and first.pos_ == "VERB"
            and (o.pos_ == "PROPN" or is_named(o))]


def first_conjunct(token: Token, verbs_only: bool = False) -> Token:
    """The first of the conjuncts `token` belongs to ("agreed to open borders and grant
    visas": "open" for "grant"); the token itself when it is none's conjunct. With
    `verbs_only`, the first of a chain of conjoined verbs (a verb the parser hung on a
    noun starts its own chain)."""
    while token.dep_ == "conj" and token.head.i != token.i \
            and (not verbs_only or token.head.pos_ in ("VERB", "AUX")):
        token = token.head
    return token


def adjunct_verb(noun: Token) -> Token | None:
    """The verb of the clause an event noun sits in as a time or occasion phrase, through
    "of" measures of time ("after two days of talks", "following a round of talks")."""
    token = noun
    for _ in range(4):
        if token.dep_ != "pobj" or token.head.dep_ != "prep":
            return None
        prep = token.head
        if prep.lower_ == "of" and prep.head.pos_ == "NOUN":
            token = prep.head
            continue
        if prep.lower_ in ADJUNCT_PREPS and prep.head.pos_ in ("VERB", "AUX"):
            return prep.head
        return None
    return None


def _answered_blow(noun: Token, entry: Entry, rules: Rules) -> bool:
    """"Tehran vowed revenge after the strike on its consulate", "amid attacks on its
    border posts": a hostile act the clause follows or stands amid (roles.yaml
    `sequence_preps`, `answered_roots`) is as often done to its subject as by it, so the
    subject is not its doer ("during the attack, Russia fired ..." still is)."""
    prep = noun.head
    while prep.dep_ == "prep" and prep.lower_ == "of" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # ("after a wave of strikes on ...")
    return prep.dep_ == "prep" and prep.lower_ in rules.sequence_preps \
        and entry.code[:2] in rules.answered_roots


def occasion_verb(noun: Token, rules: Rules) -> Token | None:
    """The verb of the clause an event noun is the time or occasion of: `adjunct_verb`, and
    also through roles.yaml `occasion_preps` ("arrived in Lima for talks with", "on a visit
    to Rome", "in a phone call with"), unless that verb governs the noun ("called for
    talks", "insisted on a meeting") or judges it ("praised Oman for its mediation")."""
    verb = adjunct_verb(noun)
    if verb is not None:
        return verb
    token = noun
    while token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ == "of" \
            and token.head.head.pos_ == "NOUN":
        token = token.head.head  # ("on the second day of a visit to Oslo")
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in rules.occasion_preps:
        return None
    verb = prep.head
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or prep.lower_ != "in" and lemma in rules.governor_verbs \
            and not _fronted_occasion(prep, rules) \
            or prep.lower_ == "for" and lemma in rules.charge_verbs:
        return None  # ("in a phone call with Erdogan, Putin discussed ...": no governed noun)
    return verb


def _fronted_occasion(prep: Token, rules: Rules) -> bool:
    """A phrase of occasion (roles.yaml `occasion_preps`) before the verb it hangs on tells
    when the clause's act was done, never what the verb governs: "the minister, on a visit to
    Baghdad, warned ...", "On his trip to Seoul, the envoy urged ..." ("insisted on a
    meeting", after the verb, is governed)."""
    return prep.lower_ in rules.occasion_preps and prep.i < prep.head.i


def fronted_setting(prep: Token) -> bool:
    """A phrase that opens the clause before its subject ("Under Turkish mediation, Somalia
    and Ethiopia agreed ..."): the setting of the act, never what the verb governs."""
    subjects = [c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return prep.i < prep.head.i and bool(subjects) and all(prep.i < s.left_edge.i
                                                           for s in subjects)


def governor_of(noun: Token, rules: Rules) -> Token | None:
    """The verb governing an event noun: its object ("refused talks") or the object of its
    particle ("called for sanctions against Turkey"); not of a phrase of time or occasion
    ("urged closer ties at a meeting")."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.lemma_.lower() in rules.measure_nouns
            or noun.head.head.lower_ in rules.flow_nouns):
        noun = noun.head.head  # "vetoed a new round of sanctions": the round's governor;
        # "vetoed the release of EU aid": the release's
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ not in ADJUNCT_PREPS \
            and head.lower_ != "in":  # ("in a phone call with X, Y discussed": the occasion)
        if _fronted_occasion(head, rules):
            return None  # ("the minister, on a visit to Baghdad, warned": the occasion)
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    lemma = head.lemma_.lower()
    if head.pos_ != "VERB" and lemma in rules.withholding_verbs:
        return None  # "end its veto on aid for Ukraine": the noun, whose end is demanded
    if noun.dep_ == "pobj" and noun.head.lower_ in REASON_PREPS \
            and lemma in rules.vowing_verbs | rules.threat_verbs:
        return None  # "vowed revenge for the killing of its commander": what it answers
    return head if lemma in rules.governor_verbs else None


def _clause_verb(token: Token) -> Token | None:
    while token.head.i != token.i:  # (spaCy makes a new Token at each access)
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None
