"""Coding policies over a sentence's frames (DESIGN.md, "Coding policies").

Questions and conditionals drop events; an intent, refusal, appeal, demand or threat verb
governing a trigger turns the event into that code ("wants to deepen ties" = 03x);
negated cooperation becomes a rejection (12x) and other negated events are dropped;
modality ("could", "may") turns cooperation into intent and drops the rest; obligation
("X must ...") reported by a speaker is that speaker's demand (10x) to X; a reported event
keeps its speaker in `attributed_to`; a speech verb with no codable clause may be coded as
the speech act itself, towards an actor it addresses.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .bundle import Rules, joined
from .frames import (
    Frame,
    adjunct_verb,
    clause_of_which,
    first_conjunct,
    fronted_setting,
    gap_targets,
    governor_of,
    is_armed,
    is_named,
    is_time,
    letter_addressees,
    passive_agents,
    relative_gap,
    reported_first,
    verb_subjects,
)
from .heads import is_measure
from .lexicon import Entry
from .spans import (
    CIRCUMSTANCE_PREPS,
    clause_top,
    lemma_holds,
    per_word,
    text_holds,
    to_infinitive,
)

Token = Any
COOPERATION_ROOTS = ("03", "04", "05", "06", "07", "08")
#: Flag of an act a modal ("could", "may") makes only possible: an intent of its doer when
#: the doer says so, speculation when someone else does (core.Coder._guessed_by_another).
MODAL = "modal"
GOVERNOR_KINDS = (("intent", "intent_verbs"), ("attempt", "attempt_verbs"),
                  ("reject", "refuse_verbs"),
                  ("appeal", "appeal_verbs"), ("demand", "demand_verbs"),
                  ("command", "command_verbs"),
                  ("threat", "threat_verbs"), ("consider", "consider_verbs"))


def frame_verbs(rules: Rules) -> dict[str, frozenset[str]]:
    """The verbs the policies below build frames from, not from a lexicon trigger, each with
    the words one of which it needs beside it (none: an empty set): speech acts and
    evaluations (speech verbs that are no cognition verbs, naming verbs), drawn reactions
    (drawing verbs and a reaction noun), angry reactions (responding verbs and a hostile
    manner word) and vows to stop a party (vowing verbs and a preventing verb). The
    pre-filter reads them (`prefilter.FrameStarters`): a policy that builds frames from
    other words must name them here."""
    reactions = frozenset(rules.drawn_reactions) | rules.bare_reactions
    needs: dict[str, frozenset[str]] = {}
    for verbs, words in ((rules.drawing_verbs | frozenset(rules.reaction_receipts), reactions),
                         (rules.responding_verbs, rules.hostile_manner_words),
                         (rules.vowing_verbs, rules.preventing_verbs)):
        for verb in verbs:
            needs[verb] = needs.get(verb, frozenset()) | words
    for verb in rules.speech_verbs - rules.cognition_verbs | rules.naming_verbs \
            | rules.intolerance_verbs:
        needs[verb] = frozenset()
    return needs


def apply_policies(sent: Any, frames: list[Frame], rules: Rules) -> list[Frame]:
    """The frames that survive the policies, with codes, roles and speakers adjusted."""
    if _is_question(sent):
        return []
    governors: set[int] = set()
    kept: list[Frame] = []
    acting = {f.trigger[0].i for f in frames if f.trigger[0].pos_ == "VERB"
              and f.trigger[0].dep_ == "xcomp"
              and f.trigger[0].lemma_.lower() not in rules.governor_verbs}
    for frame in frames:
        if any(_conditional(t, rules) for t in (frame.verb, *frame.trigger)):
            continue  # "If Chile attacks", even when "attacks" is parsed as a noun
        if frame.trigger == [frame.verb] and _sets_deadline(frame.verb, rules):
            continue  # "gave the junta a week to reinstate the president": no gift
        if _planned_meeting(frame, acting, rules):
            continue
        if _share_in_an_act(frame, acting, rules):
            continue  # "Qatar helped broker a deal between Rwanda and Congo": no aid
        if not _acted_upon(frame, acting):
            _apply_governor(frame, rules, governors)
        if frame.transform is None and frame.code is not None:
            _threat_clause(frame, rules, governors)
        if frame.code is None or _ceased(frame, rules) is None:
            continue
        if _hypothetical(frame, rules) or _forecast_denied(frame, rules) \
                or _enabled_only(frame, rules) or _aim_of_a_plan(frame, rules) \
                or _standing_tie(frame, rules) or _overseen(frame, rules) \
                or _order_within(frame, rules) or _opposed(frame, rules) \
                or _unable(frame.verb, rules) or _rumoured(frame, rules) \
                or _pledged_only(frame, rules):
            continue
        _clause_appeal(frame, rules)
        _no_party_in_opposed_acts(frame, rules)
        frame.speaker = speaker_of(frame.governor or frame.verb, rules)
        _quoted_demonstrative(frame, rules)
        if _ruled_out(frame, rules):
            if _recode(frame, "reject", rules) is None:
                continue
        elif _apply_mood(frame, rules) is None:
            continue
        _pressed_refusal(frame, rules)
        _refused_party_thing(frame, rules, acting)
        if _warned_happening(frame, rules):
            frame.code = rules.pessimism_code
        if _attitude_to_a_clause(frame, rules):
            frame.targets = []  # a happening of its speaker alone (one-sided coders keep it)
            frame.flags.append(UNADDRESSED)
        _claimed(frame, rules)
        _shared_view(frame, rules)
        _spoken_protest(frame, rules)
        _protest_addressee(frame, rules)
        if not _cargo(frame, rules):
            continue  # "a cargo plane landed in Puntland": no visit
        _peacekeeping(frame, rules)
        _threat_condition(frame, rules)
        kept.append(frame)
    kept = [f for f in kept if not (f.trigger[0].i in governors and len(f.trigger) == 1
                                    and f.governor is None)]
    kept = [f for f in kept if not _charge_of_kept_act(f, kept)]
    kept = [f for f in kept if not _terms_of_kept_accord(f, kept)]
    kept = [f for f in kept if not _demand_of_kept_protest(f, kept, rules)]
    kept = _refused_governors(kept, frames, rules)
    kept = _denials(kept, rules)
    kept = _extended_acts(sent, kept, rules)
    kept += _drawn_reactions(sent, kept, rules)
    kept += _angry_reactions(sent, kept, rules)
    kept += _intolerance(sent, kept, rules)
    kept = _conditional_answers(sent, kept, rules, frames)
    kept += _bare_deadlines(sent, kept, rules)
    kept = _evaluations(sent, kept, rules)
    kept_triggers = {t.i for f in kept for t in f.trigger}
    dropped = frozenset(t.i for f in frames for t in f.trigger if t.i not in kept_triggers)
    kept += _speech_acts(sent, kept, rules, dropped)
    return kept


def _opposed(frame: Frame, rules: Rules) -> bool:
    """An act told as what someone advises or votes against ("warned against tearing up the
    accord with Norway", "voted against extending the mission", "cautioned against
    abandoning the pact"; policies.yaml `advising_verbs`): it has not been done."""
    verb = frame.verb
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    prep = verb.head
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.lower_ == "against" \
        and prep.head.lemma_.lower() in rules.advising_verbs


def _no_party_in_opposed_acts(frame: Frame, rules: Rules) -> None:
    """The parties an opposed act names are not those of the warning against it ("warned
    against tearing up the accord with Norway" warns no Norway; "warned Russia against
    invading" warns Russia, its object)."""
    if frame.verb.lemma_.lower() not in rules.advising_verbs:
        return
    inside = {t.i for prep in frame.verb.children if prep.dep_ == "prep"
              and prep.lower_ == "against" for act in prep.children
              if act.dep_ == "pcomp" and act.tag_ == "VBG" for t in act.subtree}
    if inside:
        frame.targets = [t for t in frame.targets if t.i not in inside]
        frame.flags.append("set-target")  # (nor may a fallback find one there)


def _acted_upon(frame: Frame, acting: set[int]) -> bool:
    """"vowed to avenge the killing of its commander by Israel": an event noun that is what
    another coded verb (`acting`: infinitives under a governor) acts upon took place; the
    vow above that verb governs the verb's act, not the noun's."""
    return "nominal" in frame.flags and frame.verb.i in acting \
        and frame.verb.i not in {t.i for t in frame.trigger}


def _planned_meeting(frame: Frame, acting: set[int], rules: Rules) -> bool:
    """"offered to host talks between Guyana and Venezuela", "hopes to host a meeting between
    Trump and Putin", "is willing to mediate talks between Rwanda and Congo": a meeting that
    an infinitive under a governor (an offer, a hope, a plan) would bring about is not held;
    its parties meet no one. ("agreed to reopen the line after talks between A and B": talks
    the infinitive does not act on were held.)"""
    if not _acted_upon(frame, acting) or frame.code[:2] != "04" \
            or frame.verb.head.lemma_.lower() not in rules.governor_verbs:
        return False
    noun = frame.trigger[-1]
    while noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head  # "to host a new round of negotiations between A and B"
    return noun.dep_ == "dobj" and noun.head.i == frame.verb.i


def _is_question(sent: Any) -> bool:
    """Does `sent` end with a question mark (before closing quotes and brackets)? Read from
    its last few tokens: the whole text only when they are all spaces, quotes or brackets."""
    tail = sent[-_TAIL_TOKENS:] if len(sent) > _TAIL_TOKENS else sent
    end = tail.text.rstrip().rstrip("\"')")
    if not end and len(tail) < len(sent):
        end = sent.text.rstrip().rstrip("\"')")
    return end.endswith("?")


_TAIL_TOKENS = 4


# --- what was said: evaluations ---------------------------------------------------------

def _evaluations(sent: Any, frames: list[Frame], rules: Rules) -> list[Frame]:
    """"Beijing said the remarks by the Japanese minister were unacceptable", "Moscow said
    the US move violated international law", "Yerevan called the Azeri claims a lie": a
    neutral reporting verb (or a verb of naming) whose content judges an actor's act is
    criticism (or praise) of that actor by the speaker, not a statement (010). The clause's
    own judging verb ("violated international law") is no event of its own."""
    out = list(frames)
    # ("warned it would respond firmly if Israel attacked": a warning whose clause told only
    # the speaker's own course names no one yet; what the clause threatens may)
    own_course = {f.trigger[0].i for f in frames if "clause-target" in f.flags
                  and [t.i for t in f.targets] == [t.i for t in f.sources]}
    taken = {t.i for f in frames for t in f.trigger} - own_course
    grievances = {t.i for f in frames if f.code[:2] == "11" for t in f.trigger}
    verbs = (rules.speech_verbs, rules.threat_verbs, rules.vowing_verbs, rules.naming_verbs)
    # (most sentences: no verb of saying, threatening, vowing or naming to walk the words for)
    for token in sent if any(lemma_holds(sent.doc, v) for v in verbs) else ():
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or token.dep_ == "pcomp" and token.head.head.i in grievances:
            continue  # ("complained about what Islamabad says was firing by India": one act)
        if (lemma in rules.speech_verbs and lemma not in rules.cognition_verbs
                or lemma in rules.threat_verbs) and token.i not in taken:
            found = None if _negated(token, rules) else _judged_clause(token, rules)
            if found is None and (lemma in rules.naming_verbs or _verbless_report(token, rules)) \
                    and not _negated(token, rules):
                found = _judged_object(token, rules)  # "declared Russia a terrorist state"
        elif lemma in rules.vowing_verbs:
            found = None if _negated(token, rules) else _vowed_fate(token, rules)
        elif lemma in rules.naming_verbs:
            if _renames_an_act(token) and token.head.i in taken:
                continue  # ("condemned the strike, calling it a crime": the one act)
            found = None if _negated(token, rules) else _judged_object(token, rules)
        else:
            continue
        if found is None or _speculated(token, rules):
            continue
        subjects = [s for s in verb_subjects(token, rules)[0]
                    if s.lemma_.lower() not in rules.non_speakers]
        if not subjects or found[1].i in {s.i for s in subjects}:
            continue
        if token.i in own_course:
            found = (found[0], found[1], found[2] | {token.i})
        out = _judged(out, token, subjects, found, rules)
    if text_holds(sent.doc, "according"):
        for word, speaker, found in _according_judgements(sent, rules):
            out = _judged(out, word, [speaker], found, rules)
    return out


def _verbless_report(verb: Token, rules: Rules) -> bool:
    """A headline's report with its verb left out ("Russia says US strikes on Yemen
    illegal", "Moscow says Kyiv responsible for strike"): a verb of policies.yaml
    `verbless_report_verbs` whose report has no verb of its own names its verdict as a
    naming verb does."""
    return verb.lemma_.lower() in rules.verbless_report_verbs and not any(
        t.pos_ in ("VERB", "AUX") for c in verb.children if c.i > verb.i
        and c.dep_ not in ("punct", "cc", "conj") for t in c.subtree)


def _judged(frames: list[Frame], token: Token, subjects: list[Token],
            found: Judgement, rules: Rules) -> list[Frame]:
    """The frames with the judgement `found` told by `token` added (criticism, praise or
    accusation by the `subjects`), in place of the clause's own judging verbs."""
    kind, owner, judging = found
    code = {"criticism": rules.criticism_code, "praise": rules.praise_code,
            "accusation": rules.accusation_code, "threat": rules.warning_code}[kind]
    entry = Entry(token.lemma_.lower(), "V", "", (), code, (), "evaluation")
    out = [f for f in frames if not ({t.i for t in f.trigger} & judging)]
    out.append(Frame([token], code, entry, token, sources=subjects, targets=[owner],
                     flags=["evaluation"]))
    return out


def _drawn_reactions(sent: Any, frames: list[Frame], rules: Rules) -> list[Frame]:
    """"The missile launch drew condemnation from Seoul and Washington", "fired a missile,
    drawing sharp criticism from Tokyo", "the ruling prompted a rebuke from Ankara": the
    ones the reaction comes from react to the doer of the act that drew it."""
    verbs = rules.drawing_verbs | frozenset(rules.reaction_receipts)
    if not lemma_holds(sent.doc, verbs):
        return []  # (most sentences: no such verb to walk to)
    taken = {t.i for f in frames for t in f.trigger}
    out: list[Frame] = []
    for verb in sent:
        if verb.lemma_.lower() not in verbs or verb.pos_ != "VERB":
            continue
        drawn = [c for c in verb.children if c.dep_ == "dobj"] or _met_with(verb, rules)
        for amount in (c for c in drawn if c.i not in taken):
            noun = _reaction_of(amount, rules)
            code = rules.drawn_reactions.get(noun.lemma_.lower()) or \
                rules.drawn_reactions.get(noun.lower_) or _angry(noun, rules)
            if code is None:
                continue
            sources = [p for h in dict.fromkeys((noun, amount, verb)) for c in h.children
                       if c.dep_ == "prep" and c.lower_ == "from"
                       for p in c.children if p.dep_ == "pobj"]
            sources += [c for s in sources for c in s.conjuncts]
            target = _reaction_target(verb, frames, rules)
            if not sources or target is None:
                continue
            entry = Entry(noun.lemma_.lower(), "N", "", (), code, (), "reaction")
            out.append(Frame([verb, noun], code, entry, verb, sources=sources,
                             targets=[target], flags=["drawn-reaction", "set-target"]))
    return out


def _extended_acts(sent: Any, frames: list[Frame], rules: Rules) -> list[Frame]:
    """"adopted new sanctions on Russia, targeting Chinese refiners", "tariffs targeting
    Chinese cars", "air strikes targeting Hezbollah positions": a participle of aiming
    (roles.yaml `aiming_participles`) set on an act extends the act to its object, with the
    act's code and doers; a frame of the participle's own (an attack by "target") gives way."""
    if not lemma_holds(sent.doc, rules.aiming_participles):
        return list(frames)
    hosts = {t.i: f for f in frames for t in f.trigger}
    out: list[Frame] = []
    for word in sent:
        host = hosts.get(word.head.i)
        if word.lemma_.lower() not in rules.aiming_participles or word.tag_ != "VBG" \
                or word.dep_ not in ("advcl", "acl") or host is None \
                or any(t.i == word.i for t in host.trigger):
            continue
        aimed = [c for c in word.children if c.dep_ == "dobj"]
        aimed += [c for a in aimed for c in a.conjuncts]
        if aimed:
            out.append(Frame([word], host.code, host.entry, host.verb,
                             sources=list(host.sources), targets=aimed,
                             flags=[f for f in host.flags if f != "set-target"] + [
                                 "extended", "set-target"],
                             governor=host.governor, transform=host.transform,
                             speaker=host.speaker))
    extended = {f.trigger[0].i for f in out}
    return [f for f in frames if f.trigger[0].i not in extended] + out


def _met_with(verb: Token, rules: Rules) -> list[Token]:
    """What a drawing verb's act was met with or came in for: "the move was met with
    condemnation from Moscow", "Israel's plan met with criticism from Cairo", "Berlin has
    come in for criticism from Kyiv" (policies.yaml `reaction_receipts`: the preposition
    of each verb's reaction; any drawing verb in the passive takes "with")."""
    lemma = verb.lemma_.lower()
    prep = rules.reaction_receipts.get(lemma) or (
        "with" if any(c.dep_ == "nsubjpass" for c in verb.children) else None)
    if prep is None:
        return []
    return [p for c in verb.children if c.dep_ == "prep" and c.lower_ == prep
            for p in c.children if p.dep_ == "pobj"]


def _reaction_of(noun: Token, rules: Rules) -> Token:
    """The reaction an amount of it stands for ("a wave of condemnation", "a barrage of
    criticism": policies.yaml `reaction_amounts`), else the noun itself."""
    if noun.lemma_.lower() not in rules.reaction_amounts and \
            noun.lower_ not in rules.reaction_amounts:
        return noun
    return next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), noun)


def _angry(noun: Token, rules: Rules) -> str | None:
    """The criticism code for a bare reaction told in an angry manner ("an angry response",
    "a furious reaction"); None for any other noun."""
    if noun.lower_ not in rules.bare_reactions or not any(
            c.dep_ == "amod" and c.lower_ in rules.hostile_manner_words for c in noun.children):
        return None
    return rules.criticism_code


def _angry_reactions(sent: Any, frames: list[Frame], rules: Rules) -> list[Frame]:
    """"Morocco reacted angrily to the resolution by the European Parliament", "Beijing
    responded sharply to Canberra's ban": a reaction verb told in an angry manner is
    criticism of the owner of what it reacts to."""
    if not lemma_holds(sent.doc, rules.responding_verbs):
        return []
    taken = {t.i for f in frames for t in f.trigger}
    out: list[Frame] = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.i in taken or verb.lemma_.lower() \
                not in rules.responding_verbs or _negated(verb, rules) or not any(
                c.dep_ == "advmod" and c.lower_ in rules.hostile_manner_words
                or c.dep_ == "prep" and c.lower_ == "with" and any(  # "with fury"
                    p.lower_ in rules.hostile_manner_words for p in c.children)
                for c in verb.children):
            continue
        owners = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                  for p in c.children if p.dep_ == "pobj" for o in [_owner(p, rules)] if o]
        sources = verb_subjects(verb, rules)[0]
        if owners and sources:
            entry = Entry(verb.lemma_.lower(), "V", "to", (), rules.criticism_code, (),
                          "angry reaction")
            out.append(Frame([verb], rules.criticism_code, entry, verb, sources=sources,
                             targets=owners[:1], flags=["angry-reaction"]))
    return out


def _intolerance(sent: Any, frames: list[Frame], rules: Rules) -> list[Frame]:
    """"Russia will not tolerate NATO expansion", "said it would not tolerate any Greek
    provocation": refusing, in the future, to tolerate a party's act warns that party
    (warning_code); not a thing of nobody's ("foreign interference"), nor a tolerance
    told ("tolerated the decision")."""
    if not lemma_holds(sent.doc, rules.intolerance_verbs):
        return []
    taken = {t.i for f in frames for t in f.trigger}
    out: list[Frame] = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.i in taken \
                or verb.lemma_.lower() not in rules.intolerance_verbs \
                or not _negated(verb, rules) or not _aux_lemmas(verb, rules) & (
                    rules.future_words | rules.modal_words):
            continue
        owners = [o for c in verb.children if c.dep_ == "dobj"
                  for o in [_owner(c, rules)] if o is not None and o.i != c.i]
        sources = verb_subjects(verb, rules)[0]
        if owners and sources:
            entry = Entry(verb.lemma_.lower(), "V", "", (), rules.warning_code, (),
                          "intolerance")
            out.append(Frame([verb], rules.warning_code, entry, verb, sources=sources,
                             targets=owners[:1], flags=["intolerance"]))
    return out


def _conditional_answers(sent: Any, frames: list[Frame], rules: Rules,
                         told: list[Frame]) -> list[Frame]:
    """"Ottawa would respond if Washington imposed the tariffs", "China will respond firmly
    if the Philippines continues its provocations", "warned it would hit back should Minsk
    ...": an answer foretold (policies.yaml `conditional_answer_verbs`, with "will", "would" or a
    modal) on the condition of a party's act threatens that party (warning_code), in place
    of what the answer verb alone coded; not a negated answer, nor a welcoming one
    ("would respond positively if Moscow proposed a ceasefire": `welcoming_manners`), nor
    one on a happening ("if inflation rose"). A bare answer threatens only when it is warned
    of or its condition is a hostile act (a frame of HOSTILE_ROOTS among those `told`, or one
    of `answered_acts`): "would respond if Turkey sent a formal proposal" replies. Whoever
    else foretells it guesses (MODAL)."""
    if not lemma_holds(sent.doc, rules.conditional_answer_verbs):
        return frames
    threats = {t.i for f in frames if f.code is not None and f.code.startswith("13")
               for t in f.trigger}
    hostile = {t.i for f in told if f.code is not None and f.code[:2] in HOSTILE_ROOTS
               for t in f.trigger}
    out = frames
    for verb in sent:
        particles = rules.conditional_answer_verbs.get(verb.lemma_.lower())
        if verb.pos_ != "VERB" or particles is None or verb.i in threats \
                or _negated(verb, rules) or not _aux_lemmas(verb, rules) & (
                    rules.foretelling_words | rules.modal_words) \
                or particles and not any(c.dep_ in ("prt", "advmod") and c.lower_ in particles
                                         for c in verb.children) \
                or any(c.dep_ == "advmod" and (c.lower_ in rules.welcoming_manners
                                               or c.tag_ == "WRB") for c in verb.children) \
                or _conditional(verb, rules):
            continue  # ("how China would respond if ...", "whether Ottawa would respond")
        party = _conditioned_party(verb, rules)
        sources = [s for s in verb_subjects(verb, rules)[0] if party is None or s.i != party.i]
        if party is None or not sources or not (
                particles or _warned_of(verb, rules) or _hostile_condition(verb, hostile, rules)
                or any(c.dep_ == "advmod" and c.lower_ in rules.answering_manners
                       for c in verb.children)):
            continue
        entry = Entry(verb.lemma_.lower(), "V", "", (), rules.warning_code, (),
                      "conditional answer")
        out = [f for f in out if verb.i not in {t.i for t in f.trigger}]
        out.append(Frame([verb], rules.warning_code, entry, verb, sources=sources,
                         targets=[party], flags=["conditional-answer", MODAL]))
    return out


def _warned_of(verb: Token, rules: Rules) -> bool:
    """Is `verb` what a warning or threat says ("warned it would respond if ...")?"""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in rules.threat_verbs


def _hostile_condition(answer: Token, hostile: set[int], rules: Rules) -> bool:
    """Does a condition of `answer` tell a hostile act: a word of a hostile frame (`hostile`)
    or one of policies.yaml `answered_acts` ("if Washington imposed the tariffs", "if
    Manila continues its provocations")?"""
    return any(t.i in hostile or t.lemma_.lower() in rules.answered_acts
               for clause in answer.children if clause.dep_ == "advcl" and (
                   _inverted_condition(clause, rules) or any(
                       m.dep_ == "mark" and m.lower_ in rules.conditional_marks
                       for m in clause.children))
               for t in clause.subtree)


def _bare_deadlines(sent: Any, frames: list[Frame], rules: Rules) -> list[Frame]:
    """"ECOWAS gave the junta a week to restore the president", "gave Iran until Friday to
    respond": a span of time given a party to do what no coded act tells is an ultimatum to
    that party (policies.yaml `deadline_code`); a coded act is demanded instead
    (`_deadline_giver`)."""
    if not lemma_holds(sent.doc, rules.deadline_verbs):
        return []
    coded = {f.verb.i for f in frames} | {t.i for f in frames for t in f.trigger}
    out: list[Frame] = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in rules.deadline_verbs \
                or verb.i in coded or not _sets_deadline(verb, rules) or _negated(verb, rules):
            continue
        acts = [c for c in verb.subtree if c.i != verb.i and c.pos_ == "VERB"]
        parties = [c for c in verb.children if c.dep_ in ("dobj", "dative")  # named ones
                   and c.lower_ not in rules.deadline_words
                   and any(t.pos_ == "PROPN" for t in c.subtree)]
        sources = verb_subjects(verb, rules)[0]
        if parties and sources and not any(a.i in coded for a in acts):
            entry = Entry(verb.lemma_.lower(), "V", "", (), rules.deadline_code, (), "deadline")
            out.append(Frame([verb], rules.deadline_code, entry, verb, sources=sources,
                             targets=parties[:1], flags=["deadline"]))
    return out


def _reaction_target(verb: Token, frames: list[Frame], rules: Rules) -> Token | None:
    """The doer of the act that drew a reaction: the doer the act's own frame found
    ("Iran's launch", "the expulsion of two diplomats by Moscow"; none for "the expulsion
    of two Dutch diplomats", whose "of" phrase is who underwent it), else the owner of the
    verb's subject, the subject itself when it names an actor, or, for a participle ("fired
    a missile, drawing ..."), the subject of the clause it hangs on."""
    subjects, undergoers, _ = verb_subjects(verb, rules)
    subjects = subjects or undergoers  # ("the move was met with condemnation")
    if not subjects and verb.dep_ in ("advcl", "xcomp", "conj"):
        subjects = verb_subjects(verb.head, rules)[0]
    if not subjects:
        return None
    subject = subjects[0]
    deed = next((f for f in frames if f.trigger[-1].i == subject.i), None)
    if deed is not None:
        return deed.sources[0] if deed.sources else None
    if subject.pos_ in ("PROPN", "PRON") or subject.lemma_.lower() in rules.people_nouns:
        return subject
    owner = _owner(subject, rules)
    if owner is None and told_deed(subject, rules):
        return subject  # "The measures drew condemnation from Moscow": whose they were
    return owner


#: What a judging clause tells: criticism, praise or accusation; the owner of what is
#: judged; the clause's own judging verbs.
Judgement = tuple[str, Token, set[int]]


def _judged_clause(verb: Token, rules: Rules) -> Judgement | None:
    """A reported clause whose subject is judged by its predicate."""
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "parataxis"):
            found = _judged_head(clause, verb, rules)
            if found is not None:
                return found
    return None


def _judged_head(clause: Token, verb: Token | None, rules: Rules) -> Judgement | None:
    """(criticism | praise | accusation, owner of the judged subject, judging verbs) for a
    clause head or one of its conjuncts; `verb` is the verb reporting it, if any."""
    for head in (clause, *clause.conjuncts):
        threatened = _threatened(head, rules)
        if threatened is not None:
            return "threat", threatened, {head.i}
        kind, judging = _verdict(head, rules)
        if kind is None:
            continue
        subjects = [c for c in (*head.children, *clause.children)
                    if c.dep_ in ("nsubj", "nsubjpass")] or [
            s for c in head.children if c.dep_ == "csubj"  # "what Israel is doing is ..."
            for s in c.children if s.dep_ == "nsubj" and s.pos_ == "PROPN"]
        owner = _owner(subjects[0], rules) if subjects else None
        if owner is None and subjects and subjects[0].lower_ == "it":
            owner = _extraposed_doer(head, rules)  # "it was unacceptable that Kyiv ..."
        if owner is None and subjects and subjects[0].lower_ in DEMONSTRATIVES \
                and verb is not None:
            owner = _spoken_of(verb, rules)  # '"This is aggression," he said of ...'
        if owner is None:  # "said the drills were a provocation by Taipei"
            owner = _verdict_agent([c for c in head.children
                                    if c.dep_ in ("acomp", "attr", "oprd")], rules)
        if owner is None and subjects and told_deed(subjects[0], rules):
            owner = subjects[0]  # "said the decision was unacceptable": whose it was
        if owner is not None:
            return kind, owner, judging
    return _shown_judgement(clause, rules)


def _shown_judgement(clause: Token, rules: Rules) -> Judgement | None:
    """The judgement a verb of evidence passes on from its own clause: "said the attack
    showed Russia was a terrorist state", "said the vote proved that Brussels had lied"
    (policies.yaml `evidence_verbs`): what is shown is the speaker's verdict."""
    if clause.lemma_.lower() not in rules.evidence_verbs or _negated(clause, rules):
        return None
    return next((found for c in clause.children if c.dep_ == "ccomp"
                 for found in [_judged_head(c, None, rules)] if found is not None), None)


def _threatened(head: Token, rules: Rules) -> Token | None:
    """The party a reported clause threatens, or None: a fate foretold of it ("said Seoul
    would pay dearly", "would face consequences", "would regret its decision", "would be
    held accountable"; policies.yaml `threatened_fates`) or the speaker's own answer to its
    act ("said it would respond to any Israeli attack", "was ready to hit back at
    Hezbollah"; `answering_verbs`)."""
    if _negated(head, rules):
        return None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    answer = head
    if head.lemma_.lower() == "be":  # "was ready to respond", "is prepared to retaliate"
        answer = next((x for c in head.children if c.dep_ == "acomp"
                       and c.lower_ in rules.readiness_words and not _negated(c, rules)
                       for x in c.children if x.dep_ == "xcomp"), head)
    elif not any(c.dep_ == "aux" and c.lower_ in rules.foretelling_words
                 for c in head.children):
        return None
    lemma = answer.lemma_.lower()
    if answer is head and lemma in rules.threatened_fates:
        words = rules.threatened_fates[lemma]
        if words and not any(c.dep_ in ("dobj", "advmod", "oprd", "acomp")
                             and (c.lemma_.lower() in words or c.lower_ in words)
                             for c in head.children):
            return None
        # ("said it would hold Baku responsible": the fate is brought on the object)
        victim = next((c for c in head.children if c.dep_ == "dobj"
                       and c.lemma_.lower() not in words and c.lower_ not in words), subject)
        return _owner(victim, rules)
    particles = rules.answering_verbs.get(lemma)
    if particles is None or subject.lower_ not in ("it", "we"):
        return None
    hostile = any(c.dep_ in ("prt", "advmod") and c.lower_ in particles
                  for c in answer.children) if particles else any(
        c.dep_ == "advmod" and c.lower_ in rules.answering_manners for c in answer.children)
    for prep in answer.children:
        if prep.dep_ != "prep" or prep.lower_ not in rules.answered_preps:
            continue
        for answered in (p for p in prep.children if p.dep_ == "pobj"):
            owner = _owner(answered, rules)
            told = owner is None and told_deed(answered, rules)
            if told:  # "said it would respond to the measures": whose they were
                owner = answered
            act = answered.lemma_.lower() in rules.answered_acts \
                or answered.lower_ in rules.answered_acts
            if owner is not None and (hostile or act and (told or owner.i != answered.i)):
                return owner
    return _conditioned_party(answer, rules) if hostile else None


def _conditioned_party(answer: Token, rules: Rules) -> Token | None:
    """"said it would respond forcefully if US tariffs took effect", "would hit back if
    Manila continues": the party whose act a condition on a hostile answer names (the
    condition's subject or its owner) is the one the answer threatens."""
    for clause in answer.children:
        if clause.dep_ != "advcl" or not any(
                m.dep_ == "mark" and m.lower_ in rules.conditional_marks
                for m in clause.children) and not _inverted_condition(clause, rules):
            continue
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            owner = _owner(subject, rules)
            if owner is not None and owner.lower_ not in rules.self_pronouns:
                return owner
    return None


def _inverted_condition(clause: Token, rules: Rules) -> bool:
    """"... should Beijing restrict exports", "were Tokyo to impose curbs": a condition told
    by an auxiliary before its subject (policies.yaml `inverted_condition_auxes`)."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(
        c.dep_ in ("aux", "auxpass") and c.i < subject.i
        and c.lower_ in rules.inverted_condition_auxes for c in clause.children)


def _vowed_fate(verb: Token, rules: Rules) -> Judgement | None:
    """"Tehran vowed to make Washington pay for the killing", "promised to make Israel
    regret the attack": a vow to bring a fate on a party (policies.yaml `vowing_verbs`,
    `causative_verbs`, the verbs of `threatened_fates`) threatens it; the vow is no pledge
    of its own."""
    for cause in (c for c in verb.children if c.dep_ == "xcomp"
                  and c.lemma_.lower() in rules.causative_verbs):
        for fate in (c for c in cause.children if c.dep_ in ("ccomp", "xcomp")
                     and c.lemma_.lower() in rules.threatened_fates):
            subject = next((c for c in fate.children if c.dep_ == "nsubj"), None)
            owner = _owner(subject, rules) if subject is not None else None
            if owner is not None:
                return "threat", owner, {verb.i, cause.i, fate.i}
    for answer in (c for c in verb.children if c.dep_ == "xcomp"):
        answered = _vowed_answer(answer, rules)
        if answered is not None:
            return "threat", answered, {verb.i, answer.i}
        stopped = _stopped_party(answer, rules)
        if stopped is not None:
            return "threat", stopped, {verb.i, answer.i}
    return None


def _stopped_party(verb: Token, rules: Rules) -> Token | None:
    """"vowed to stop Iran from acquiring nuclear weapons", "pledged to prevent Beijing from
    seizing the island": the party a vow means to keep from an act of its own (policies.yaml
    `preventing_verbs`) is threatened by it; the act is none (`_kept_from`), nor is one kept
    from a mishap ("to keep Ukraine from losing the war"; `mishap_verbs`) threatened."""
    if verb.lemma_.lower() not in rules.preventing_verbs:
        return None
    kept = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    if not kept or any(g.lemma_.lower() in rules.mishap_verbs for g in kept):
        return None
    party = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return _owner(party, rules) if party is not None else None


def _vowed_answer(answer: Token, rules: Rules) -> Token | None:
    """"vowed to hit back at Seoul", "pledged to strike back against the rebels": an
    answer made hostile by its particle (`answering_verbs` with particles) threatens whom
    its preposition names (`answered_preps`), or the owner of the act it answers."""
    particles = rules.answering_verbs.get(answer.lemma_.lower())
    if not particles or not any(c.dep_ in ("prt", "advmod") and c.lower_ in particles
                                for c in answer.children):
        return None
    for prep in (c for c in answer.children if c.dep_ == "prep"
                 and c.lower_ in rules.answered_preps):
        for answered in (p for p in prep.children if p.dep_ == "pobj"):
            owner = _owner(answered, rules)
            if owner is not None and answered.lemma_.lower() not in rules.answered_acts \
                    and answered.pos_ == "NOUN" and _named(answered):
                return answered  # "strike back against the Ethiopian army": the army
            if owner is not None:
                return owner
    return None


def _according_judgements(sent: Any, rules: Rules) -> list[tuple[Token, Token, Judgement]]:
    """"According to Beijing, the American sanctions are illegal": (the "according" word,
    the speaker, the judgement) of a clause whose speaker an "according to" phrase names."""
    out = []
    for word in sent:
        if word.lower_ != "according" or word.dep_ != "prep" or word.i + 1 >= len(word.doc) \
                or word.nbor(1).lower_ != "to":
            continue
        speakers = [c for c in word.nbor(1).children if c.dep_ == "pobj"]
        found = _judged_head(word.head, None, rules) if speakers else None
        if found is not None and found[1].i != speakers[0].i:
            out.append((word, speakers[0], found))
    return out


DEMONSTRATIVES = ("this", "that", "it", "these", "those")


def _extraposed_doer(head: Token, rules: Rules) -> Token | None:
    """The doer of the act an expletive "it" stands for: "it was unacceptable that Ukraine
    restricted ...", "it was regrettable for Japan to approve ..."."""
    for clause in head.children:
        if clause.dep_ not in ("ccomp", "advcl") or clause.i < head.i:
            continue
        doers = [c for c in clause.children if c.dep_ == "nsubj"]
        doers += [p for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"
                  for p in c.children if p.dep_ == "pobj"]
        if doers:
            return _owner(doers[0], rules)
    return None


def _spoken_of(verb: Token, rules: Rules) -> Token | None:
    """What a speech verb's "of" / "about" phrase names, or what its speaker is "referring
    to": '"It is a crime," the minister said of the Russian strike', '"It is outrageous,"
    she said, referring to the US decision' (the owner of the strike, of the decision)."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj")
                       and c.lemma_.lower() in rules.referring_verbs)]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in (("of", "about") if holder is verb
                                                       else ("to",)):
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return _owner(obj, rules)
    return None


def _quoted_demonstrative(frame: Frame, rules: Rules) -> None:
    """'"We strongly condemn this," the spokesman said of the US sanctions': a quoted act on
    "this" or "it" is an act on what the speech verb is said of or refers to."""
    verb = frame.verb
    objects = [c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "dobj"]
    if not objects or not all(o.lower_ in DEMONSTRATIVES for o in objects) \
            or any(t.lower_ not in DEMONSTRATIVES for t in frame.targets):
        return
    for teller in reporting_verbs(verb, rules):
        owner = _spoken_of(teller, rules)
        if owner is not None:
            frame.targets = [owner]
            return


def _judged_object(verb: Token, rules: Rules) -> tuple[str, Token, set[int]] | None:
    """"called the allegations a lie", "described the move as a provocation"."""
    objects = _judged_dative(verb, rules) or [
        c for c in verb.children if c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP")] \
        or _named_predicate(verb)  # (the relative pronoun of "a step that Oslo called ...")
    if not objects:
        return _judged_gap(verb, rules)
    if _renames_an_act(verb):  # "responded to the US sanctions, calling them illegal"
        objects = [c for c in verb.head.children if c.dep_ == "dobj"] or objects
    modifiers = objects[0]  # (the words before a verdict the parser made the object)
    verdict = _verdict_as_object(objects[0], rules)
    if verdict is not None:
        objects = [verdict]
    words = _verdict_words(verb, objects[0], rules)
    if verdict is not None:
        words.append(modifiers)
    for word in words:
        kind = "accusation" if _blames(word, rules) else _judgement(word, rules)
        if kind is None and word.pos_ in ("VERB", "AUX"):  # a mis-tagged complement
            kind = next((k for c in word.children if c.dep_ in ("acomp", "attr", "oprd",
                                                                  "dobj")
                         if (k := _judgement(c, rules))), None)
        kind = _turned(kind, word, rules)
        if kind is not None:
            owner = _owner(objects[0], rules) or _owner(modifiers, rules) \
                or _verdict_agent([word], rules)
            if owner is None and (told_deed(objects[0], rules) or objects[0].dep_ == "dobj"
                                  and objects[0].lower_ in rules.deed_pronouns):
                owner = objects[0]  # "called the expulsions a hostile act", "called it ..."
            if owner is not None:
                return kind, owner, {verb.i}
    return None


def _judged_dative(verb: Token, rules: Rules) -> list[Token]:
    """The judged party the parser made an indirect object before the verdict ("branded
    Russia a terrorist state": "Russia" dative, "state" the object) or a name hung on the
    verdict before its article ("branded Kyiv a terrorist regime": "Kyiv" on "regime")."""
    if verb.lemma_.lower() not in rules.verdict_object_verbs:
        return []
    verdicts = [o for o in verb.children if o.dep_ == "dobj"]
    return [d for d in verb.children if d.dep_ == "dative" and d.pos_ in ("PROPN", "NOUN")
            and any(o.left_edge.i == d.right_edge.i + 1 for o in verdicts)][:1] or [
        n for o in verdicts for n in o.children if n.dep_ in ("nmod", "compound")
        and n.pos_ == "PROPN" and n.right_edge.i + 1 < o.i
        and n.doc[n.right_edge.i + 1].dep_ == "det" and n.doc[n.right_edge.i + 1].head.i == o.i
    ][:1]


def _judged_gap(verb: Token, rules: Rules) -> tuple[str, Token, set[int]] | None:
    """A verb of naming in a relative clause whose missing object is a deed or a thing
    said: "sent troops, a move Addis Ababa called destabilising", "approved the
    settlements, a decision Amman described as illegal", "the claims by Kyiv, which Moscow
    called absurd": the verdict judges the deed's doer or the thing's owner."""
    noun = relative_gap(verb)
    if noun is None or noun.lemma_.lower() not in rules.content_nouns \
            and noun.lower_ not in rules.told_deed_nouns and clause_of_which(verb, rules) is None:
        return None
    words = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")]
    words += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
              for p in c.children if p.dep_ in ("pobj", "amod", "acomp")]
    kind = next((_turned(k, w, rules) for w in words
                 if (k := _judgement(w, rules)) is not None), None)
    doers = [d for d in gap_targets(verb, rules) if d.i != noun.i]
    owner = doers[0] if doers else _owner(noun, rules)
    return None if kind is None or owner is None else (kind, owner, {verb.i})


def _turned(kind: str | None, word: Token, rules: Rules) -> str | None:
    """A verdict word negated (policies.yaml `verdict_negators`: "not acceptable", "neither
    justified nor ...") turns praise into criticism and drops criticism ("not illegal")."""
    if kind not in ("praise", "criticism") or not any(
            c.dep_ in ("neg", "advmod", "preconj") and c.lower_ in rules.verdict_negators
            for c in word.children):
        return kind
    return "criticism" if kind == "praise" else None


def _verdict_words(verb: Token, judged: Token, rules: Rules) -> list[Token]:
    """The words that may give a naming verb's verdict on `judged`: its complements, an
    "as" phrase or clause ("described the move as a provocation", "labelled it as
    biased") and, for verbs of `verdict_object_verbs`, a second object right after it."""
    words = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp")
             and c.i != judged.i]
    if verb.lemma_.lower() in rules.verdict_object_verbs:  # "deemed the drills a provocation"
        words += [c for c in verb.children if c.dep_ == "dobj" and c.i != judged.i
                  and (c.left_edge.i == judged.right_edge.i + 1 or judged.head.i == c.i)]
    words += [c for c in judged.children if c.dep_ in ("oprd", "appos", "dobj")
              or c.dep_ == "amod" and (c.i > judged.i or any(
                  a.dep_ == "advmod" and a.lower_ == "as" for a in c.children))]
    # ("called Sweden's approval of the rally a hostile act": the verdict hung on the last
    # noun of the object's phrase, with no comma before it)
    words += [t for t in judged.subtree if t.dep_ == "appos" and t.head.i != judged.i
              and t.right_edge.i == judged.right_edge.i and t.left_edge.i > 0
              and t.doc[t.left_edge.i - 1].text != ","]
    # ("described X as unfair", 'termed the statement "irresponsible"'; not an "as" the
    # parser hung on the verb past other words: "rejected a plan to designate cartels as
    # terrorist groups" judges no plan)
    words += [p for c in (*verb.children, *judged.children) if c.dep_ == "prep"
              and c.lower_ == "as" and _right_after(judged, c)
              for p in c.children if p.dep_ in ("pobj", "amod", "acomp", "pcomp")]
    words += [c for c in verb.children if c.dep_ == "advcl" and any(  # "as biased"
        m.lower_ == "as" and m.dep_ in ("mark", "advmod") and m.i < c.i for m in c.children)]
    # ("Tehran says Washington behind attack": a blaming preposition right after the object)
    words += [c for c in (*verb.children, *judged.children) if c.dep_ == "prep"
              and c.lower_ in rules.blame_words and c.i > judged.i
              and c.left_edge.i == judged.i + 1]
    return words


def _right_after(judged: Token, word: Token) -> bool:
    """Nothing but times, adverbs, punctuation and a phrase of place the parser hung on the
    verb between the phrase of `judged` and `word` ("dismissed the claims on Monday as
    baseless", "described the build-up on the islands as a provocation")."""
    between = judged.doc[judged.right_edge.i + 1:word.i]
    placed = {t.i for p in word.head.children if p.dep_ == "prep" and p.i < word.i
              and p.lower_ in ("on", "in", "at", "near", "around", "along", "off")
              and not any(t.pos_ in ("VERB", "AUX") for t in p.subtree) for t in p.subtree}
    return all(t.pos_ in ("ADV", "PUNCT", "ADP", "DET") or is_time(t) or t.i in placed
               for t in between)


def _verdict_as_object(word: Token, rules: Rules) -> Token | None:
    """The judged noun when the parser made the verdict the object and the noun its
    modifier ("labelled the American sanctions criminal": "sanctions" a compound of
    "criminal"; 'called Vucic's claim "propaganda"': "claim" a modifier of the quoted
    verdict); None otherwise."""
    if word.lower_ not in rules.criticism_words and word.lower_ not in rules.praise_words:
        return None
    return next((c for c in word.children if c.pos_ == "NOUN" and c.i < word.i and (
        c.dep_ == "compound" or c.dep_ in ("nmod", "amod") and _quoted_after(c))), None)


def _quoted_after(noun: Token) -> bool:
    """Does a quotation mark open right after the noun (a verdict quoted after what it
    judges)?"""
    doc = noun.doc
    return noun.i + 1 < len(doc) and doc[noun.i + 1].tag_ == "``"


def _renames_an_act(verb: Token) -> bool:
    """A naming participle whose object is a pronoun for the object of the verb it hangs on:
    "criticised the US sanctions, calling them illegal"."""
    return verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG" and any(
        c.dep_ == "dobj" and c.lower_ in ("them", "it") for c in verb.children)


def told_deed(noun: Token, rules: Rules, *, described: bool = False,
              suffered: frozenset[str] = frozenset()) -> bool:
    """A deed the text told of before, named without its doer ("the decision", "these
    expulsions", roles.yaml `told_deed_nouns`): the coder finds whose deed it was in the
    sentences before. A possessive, a prepositional phrase or a name on the noun tells it
    now ("Iran's decision", "the ban on Chinese cameras"), and so does a clause on it,
    unless `described` lets through one that names no doer and only says what the deed did
    ("the strikes, which it said killed two civilians"). An "as" phrase is a verdict on the
    deed, not its owner ("rejected the protest as interference"), nor is a phrase of the
    `suffered` prepositions, which names whom it was done to ("condemned the sanctions
    against Caracas"). A day only dates the deed: "Sunday's attack on Israeli tourists"
    is as definite as "the attack" and names no doer either."""
    return noun.pos_ == "NOUN" and noun.lower_ in rules.told_deed_nouns and any(
        c.dep_ in ("det", "amod") and c.lower_ in rules.definite_determiners
        or c.dep_ == "poss" and is_time(c) for c in noun.children) \
        and not any(_tells_owner(c, described, suffered) for c in noun.children)


def _tells_owner(child: Token, described: bool, suffered: frozenset[str]) -> bool:
    """Does this dependent of a deed noun say whose deed it is (see `told_deed`)? A time
    ("Tuesday's", "the Sunday attack") does not."""
    if child.dep_ in ("acl", "relcl"):
        return not described or _names_doer(child)
    return (child.dep_ == "poss" or child.pos_ == "PROPN") and not is_time(child) \
        or child.dep_ == "prep" and child.lower_ != "as" and child.lower_ not in suffered


def _names_doer(clause: Token) -> bool:
    """Does a clause on a deed noun name who did it ("the strikes carried out by Turkey",
    "the decision Ankara took")? "the strikes, which it said killed two civilians" does not:
    its subject is the deed itself."""
    return any(t.dep_ == "agent" for t in clause.subtree) or any(
        c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in clause.children)


def _named_predicate(verb: Token) -> list[Token]:
    """The object the parser left without "dobj" in "called Lula a corrupt communist" (two
    predicate complements: the first is the object) or "called Xi a dictator" (the name
    hung on its complement)."""
    predicates = [c for c in verb.children if c.dep_ == "oprd"]
    if len(predicates) >= 2:
        return predicates[:1]
    # ("called Hungary's stance shameful": the object hung on an adjective complement)
    # ("labelled the American move hostile": the noun an adjectival modifier of it)
    named = [c for p in predicates for c in p.children
             if c.dep_ in ("nmod", "compound", "poss")
             and (c.pos_ == "PROPN" or p.pos_ == "ADJ" and c.pos_ == "NOUN")
             or c.dep_ == "amod" and c.pos_ == "NOUN" and p.pos_ == "ADJ" and c.i < p.i][:1]
    return named or _small_clause_subject(verb)


def _small_clause_subject(verb: Token) -> list[Token]:
    """The object the parser made the subject of a verbless clause ("termed the American
    sanctions illegal": "sanctions" the subject of "illegal"): a naming verb's complement
    clause with no verb of its own."""
    return [s for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd")
            and c.pos_ in ("ADJ", "NOUN")
            for s in c.children if s.dep_ == "nsubj" and s.i < c.i][:1]


def _verdict(head: Token, rules: Rules) -> tuple[str | None, set[int]]:
    """(criticism | praise | None, indices of judging verbs) for a clause head: its
    predicate adjective or noun ("were unacceptable", "was a grave mistake"), or a judging
    verb whose object is no actor ("violated international norms", "threatens peace")."""
    blame = _blamed(head, rules)
    if blame is not None:
        return blame, set()
    if _word_unkept(head, rules):
        return "criticism", {head.i}
    negated = _negated(head, rules) or _no_longer(head)
    kind = None
    judging: set[int] = set()
    words = [c for c in head.children if c.dep_ in ("acomp", "attr", "oprd")]
    if head.lemma_.lower() in rules.conduct_verbs:  # "had behaved shamefully"
        words += [c for c in head.children if c.dep_ == "advmod"]
    if head.lemma_.lower() == "be":  # "were in violation of the agreements"
        words += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "in"
                  for p in c.children if p.dep_ == "pobj" and p.lower_ in rules.breach_nouns]
    if head.lemma_.lower() in rules.judging_links:  # "amounted to collective punishment"
        words += [c for c in head.children if c.dep_ == "dobj"]
        words += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "to"
                  for p in c.children if p.dep_ == "pobj"]
    for word in words:
        kind = kind or _judgement(word, rules, aims=True)
    if kind is None and _says_an_idiom(head, rules.criticism_idioms):
        kind = "criticism"  # "said Pristina was playing with fire"
    if kind is None and head.lemma_.lower() in rules.criticism_verbs \
            and not _harm_by_arms(head, rules):
        acts_on = joined(rules.violated_spaces, rules.truce_nouns)  # ("violated the truce")
        objects = [c for c in head.children if c.dep_ == "dobj"] or [
            p for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
            for p in c.children if p.dep_ == "pobj"]  # "infringed on its sovereignty"
        if objects and all((o.pos_ == "NOUN" and not (_named(o) and _heads_party(o, rules))
                            or o.lemma_.lower() in rules.instrument_nouns)  # "the Minsk accords"
                           and o.lemma_.lower() not in acts_on
                           for o in objects):
            kind, judging = "criticism", {head.i}
    if kind is None:
        return None, set()
    if negated:
        return ("criticism", judging) if kind == "praise" else (None, set())
    return kind, judging


def _word_unkept(head: Token, rules: Rules) -> bool:
    """"said Pakistan had not met its commitments", "Russia has failed to honour its
    obligations, Ukraine said": a party's pledges told as not kept (policies.yaml
    `pledge_keeping_verbs` negated or after a verb of `refuse_verbs`, with an object of
    `pledge_nouns`) judge it."""
    keeping = head
    if head.lemma_.lower() in rules.refuse_verbs and not _negated(head, rules):
        keeping = next((c for c in head.children if c.dep_ == "xcomp"), head)
    elif not _negated(head, rules):
        return False
    return keeping.lemma_.lower() in rules.pledge_keeping_verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in rules.pledge_nouns for c in keeping.children)


def _pledged_only(frame: Frame, rules: Rules) -> bool:
    """"has not met its commitments on extraditing the suspects", "its pledge of sending
    troops": an act named as what a pledge (policies.yaml `pledge_nouns`) is about, by a
    gerund after a preposition of the noun or of the verb that holds it, is not done, unless
    that verb tells the pledge kept."""
    verb = frame.verb
    if verb.tag_ != "VBG" or verb.dep_ not in ("pcomp", "pobj") or verb.head.dep_ != "prep":
        return False
    holder = verb.head.head
    if holder.lemma_.lower() in rules.pledge_keeping_verbs and not _negated(holder, rules):
        return False  # ("had met its commitments on delivering aid": kept, so done)
    return holder.lemma_.lower() in rules.pledge_nouns or any(
        c.dep_ == "dobj" and c.lemma_.lower() in rules.pledge_nouns for c in holder.children)


def _says_an_idiom(head: Token, idioms: frozenset[str]) -> bool:
    """Does the predicate from `head` on begin with one of the `idioms` (lemmas, articles
    left out: "play with fire", "cross red line")?"""
    words = [t.lemma_.lower() or t.lower_ for t in head.doc[head.i:head.right_edge.i + 1]
             if t.dep_ != "det"]
    told = " ".join(words)
    return any(told == idiom or told.startswith(idiom + " ") for idiom in idioms)


def _heads_party(noun: Token, rules: Rules) -> bool:
    """A common noun for a party ("Ukraine's army", "its diplomats"), not for a thing a
    party owns ("its sovereignty", "Ukraine's security"): what a judging verb may act on."""
    lemma = noun.lemma_.lower()
    return lemma in rules.actor_nouns or lemma in rules.people_nouns or is_armed(noun, rules)


def _harm_by_arms(verb: Token, rules: Rules) -> bool:
    """"Russian missiles damaged a hospital", "the strikes damaged a school": a verb of harm
    whose subject is a weapon, an armed body or a strike tells a physical act, not a
    judgement of one ("the decision damaged relations")."""
    return verb.lemma_.lower() in rules.harm_verbs and any(
        c.dep_ == "nsubj" and (is_armed(c, rules) or c.lemma_.lower() in rules.armed_senses)
        for c in verb.children)


def _blames(word: Token, rules: Rules) -> bool:
    """A predicate word that makes whom it is said of answerable: "responsible for the
    attack", "behind the blast", "complicit" (policies.yaml `blame_words`; "not to blame"
    makes no one answerable)."""
    preps = rules.blame_words.get(word.lower_)
    if preps is None or _negated(word, rules):
        return False
    return word.dep_ == "prep" or not preps or any(
        c.dep_ == "prep" and c.lower_ in preps for c in word.children)


def _blamed(head: Token, rules: Rules) -> str | None:
    """accusation or criticism when a clause makes its subject answerable ("was highly
    likely responsible for the attack", "was behind the blast"), calls it a liar ("was
    lying", "is spreading disinformation") or denies it standing ("had no right to")."""
    if _negated(head, rules):
        return None
    lemma = head.lemma_.lower()
    if lemma == "be" and any(c.dep_ in ("acomp", "attr", "prep", "oprd", "xcomp")
                             and _blames(c, rules) for c in head.children):
        return "accusation"
    if lemma in rules.lying_verbs or head.lower_ in rules.lying_verbs:
        return "accusation"
    if (lemma in rules.attempt_verbs or lemma in rules.intent_verbs) and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in rules.subversion_verbs
            and not _negated(c, rules) for c in head.children):
        return "accusation"  # "was trying to destabilise Moldova"
    if any(c.dep_ == "dobj" and c.lemma_.lower() in rules.burdens.get(lemma, ())
           and not any(d.dep_ in ("det", "neg") and d.lower_ in rules.negation_words
                       for d in c.children) for c in head.children):
        return "accusation"  # "bear responsibility for the attacks" ("bore no blame": none)
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        words = [obj, *(c for c in obj.children if c.dep_ in ("amod", "compound"))]
        if any(w.lemma_.lower() in rules.falsehood_words or w.lower_ in rules.falsehood_words
               for w in words):
            return "accusation"  # "spreading lies", "peddling fake news"
        if lemma == "have" and obj.lemma_.lower() in rules.standing_nouns and any(
                c.dep_ in ("det", "neg") and c.lower_ in rules.negation_words
                for c in obj.children):
            return "criticism"  # "had no standing to comment"
    return None


def _judgement(word: Token, rules: Rules, depth: int = 0, aims: bool = False) -> str | None:
    """criticism or praise when the word (or an adjective on it, a word joined to it:
    "misleading and baseless", a compound: "a smear campaign", or the noun of its "of"
    phrase: "an act of aggression", "part of a policy of aggression") judges; with `aims`
    (a clause's own predicate), also a noun meant to subvert ("the protests were part of a
    campaign to destabilise the island")."""
    for token in (word, *(c for c in word.children
                          if c.dep_ in ("amod", "advmod", "conj", "compound"))):
        for form in (token.lower_, token.lemma_.lower()):
            if form in rules.criticism_words:
                return "criticism"
            if form in rules.praise_words:
                return "praise"
    if aims and _meant_to_subvert(word, rules):
        return "criticism"
    kinds = [p for c in word.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]
    return next((k for p in kinds if depth < 2
                 and (k := _judgement(p, rules, depth + 1, aims))), None)


def _meant_to_subvert(noun: Token, rules: Rules) -> bool:
    """A noun with an infinitive of subversion ("a campaign to destabilise the island", "a
    plot to topple the government"; policies.yaml `subversion_verbs`)."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "acl" and c.lemma_.lower() in rules.subversion_verbs
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and not _negated(c, rules) for c in noun.children)


def _verdict_agent(words: list[Token], rules: Rules) -> Token | None:
    """The doer a verdict names by "by" or before it: "a provocation by Taipei", "a
    cowardly act by the regime", "a US-orchestrated plot", "a plot orchestrated by
    Washington", "Washington's lie" (not the victim of its "of" phrase: "a violation of
    Iranian sovereignty")."""
    for word in words:
        bys = [c for c in word.children if c.dep_ == "prep" and c.lower_ == "by"]
        bys += [a for c in word.children if c.dep_ == "acl" and c.tag_ == "VBN"
                for a in c.children if a.dep_ == "agent"]
        found = next((o for c in bys for p in c.children if p.dep_ == "pobj"
                      for o in [_owner(p, rules)] if o), None)
        found = found or next((c for c in word.children if c.dep_ == "poss"
                               and c.pos_ == "PROPN"), None)
        names = [c for c in word.children if c.dep_ in ("amod", "compound", "nmod")
                 and c.i < word.i and c.text[:1].isupper()]
        names += [n for c in word.children if c.dep_ == "amod" and c.tag_ == "VBN"
                  for n in c.children if n.dep_ in ("npadvmod", "compound")
                  and n.pos_ == "PROPN"]  # "a US-orchestrated plot"
        if found or names:
            return found or names[-1]
        if word.lower_ in rules.verdict_kinds:  # "part of a US-orchestrated plot"
            found = _verdict_agent([p for c in word.children if c.dep_ == "prep"
                                    and c.lower_ == "of" for p in c.children
                                    if p.dep_ == "pobj"], rules)
            if found is not None:
                return found
    return None


PERSONAL_PRONOUNS = ("he", "she", "they", "him", "them")


def _owner(noun: Token, rules: Rules, depth: int = 0) -> Token | None:
    """The actor behind a judged phrase: a name or personal pronoun itself, a people noun
    ("the minister"), the possessor ("Greece's decision"), the author ("the remarks by the
    Japanese prime minister"), a demonym ("the American move", also before an "of" phrase:
    "the Russian annexation of Crimea") or the owner its "of" phrase names ("the decision of
    the Japanese government"); None for a bare thing."""
    if noun.pos_ == "PROPN":
        return noun
    if noun.pos_ == "PRON":
        return noun if noun.lower_ in PERSONAL_PRONOUNS else None
    if noun.lemma_.lower() in rules.people_nouns or depth > 2:
        return noun if _named(noun) or noun.lemma_.lower() in rules.people_nouns else None
    # ("Guyana's oil licensing round": a possessor the parser hung on a noun modifier)
    for child in [*noun.children, *(p for c in noun.children if c.dep_ == "compound"
                                     and c.i < noun.i for p in c.children)]:
        if child.dep_ == "poss":
            return child if child.pos_ != "PRON" or child.lower_ in ("its", "their", "his",
                                                                      "her") else None
    # ("the expulsion of its diplomats by Warsaw": the agent before the one acted on;
    # "the sanctions imposed by Brussels": the agent of the participle)
    agents = [a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
              for a in c.children if a.dep_ == "agent"]
    # ("the Israeli blockade of Gaza": a name before the noun is its doer, the "of" phrase
    # what it is done to)
    names = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")
             and c.i < noun.i and c.text[:1].isupper()]
    for child in sorted((*agents, *noun.children), key=lambda c: c.lower_ != "by"):
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "of", "from") \
                and not (names and child.lower_ != "by"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found = _owner(pobj, rules, depth + 1)
                    if found is not None:
                        return found
    return names[-1] if names else None


def _charge_of_kept_act(frame: Frame, kept: list[Frame]) -> bool:
    """"X was guilty of breaching the truce": a charge made with an adjective after "be"
    yields to the act it names, when that act is itself coded (not "found guilty of")."""
    word = frame.trigger[0]
    if frame.entry.pos != "A" or not frame.code.startswith("11") or word.dep_ != "acomp" \
            or word.head.lemma_.lower() != "be":
        return False
    return any(other is not frame and other.verb.dep_ == "pcomp"
               and other.verb.head.head.i == word.i for other in kept)


def _demand_of_kept_protest(frame: Frame, kept: list[Frame], rules: Rules) -> bool:
    """"went on strike to demand higher wages from the government", "staged a hunger strike
    to demand that the government call elections", "blocked the port, demanding a pay rise":
    a demand or appeal that is the purpose of a kept protest by the same doers is what the
    protest says, not a second act; a protest with no named addressee of its own takes the
    demand's."""
    if not frame.code.startswith("10"):
        return False
    asking = frame.governor if frame.governor is not None else frame.verb
    if asking.lemma_.lower() not in rules.demand_verbs | rules.appeal_verbs:
        return False
    if asking.dep_ in ("advcl", "xcomp", "acl"):
        served = asking.head
    elif asking.dep_ == "pcomp" and asking.head.lower_ == "in":
        served = asking.head.head  # ("joining students in demanding autonomy")
    else:
        return False
    for protest in kept:
        if protest is frame or not protest.code.startswith("14") or served.i not in \
                {t.i for t in _protest_anchors(protest, rules)} \
                or {t.i for t in protest.sources} != {t.i for t in frame.sources}:
            continue
        if not _addressed(protest, rules):  # (where it is held, unless a party is asked)
            anchors = {t.i for t in _protest_anchors(protest, rules)}
            held = [t for t in protest.targets if _held_in(t, anchors, rules)]
            asked = [t for t in frame.targets if not held or _named(t)]
            protest.targets = asked or held
        return True
    return False



def _ruled_out(frame: Frame, rules: Rules) -> bool:
    """"Lifting the ban is out of the question, Maduro said": the clause the event is the
    subject of rules it out; its speaker rejects it."""
    verb = frame.verb
    if not verb.dep_.startswith("csubj") and verb.dep_ != "nsubj":
        return False
    own = {t.i for t in verb.subtree}
    predicate = " ".join(t.lower_ for t in verb.head.subtree if t.i not in own)
    if not any(phrase in predicate for phrase in rules.ruled_out_phrases):
        return False
    speaker = speaker_of(verb.head, rules)
    if speaker is not None:
        frame.sources = [speaker]
    return True


def _claimed(frame: Frame, rules: Rules) -> None:
    """"the militia claimed it had shelled the airport": a speaker that claims an act of
    its own is claiming responsibility (015) for it."""
    speaker = frame.speaker
    if speaker is None or speaker.head.lemma_.lower() not in rules.claim_verbs:
        return
    if frame.sources and frame.sources[0].pos_ == "PRON" and frame.code[:2] in CONFLICT_ROOTS:
        frame.code = rules.claim_code
        frame.transform = "claim"
        frame.sources = [speaker]


def _shared_view(frame: Frame, rules: Rules) -> None:
    """"Britain agrees with France that the deal must be renegotiated": agreeing with a
    party on what a clause says shares its view (policies.yaml `accord_verbs`), an accord
    (`accord_view_code`, 019), no intent to cooperate with it."""
    verb = frame.verb
    if frame.code != rules.accord_base_code or frame.entry.lemma not in rules.accord_verbs \
            or frame.trigger != [verb] or not frame.targets:
        return
    partners = {p.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children if p.dep_ == "pobj"}
    if any(t.i in partners for t in frame.targets) \
            and any(c.dep_ == "ccomp" for c in verb.children):
        frame.code = rules.accord_view_code


CONFLICT_ROOTS = ("14", "15", "17", "18", "19", "20")
#: Flag of a frame addressed to nobody ("hoped that the talks would succeed", "said the
#: figures were encouraging"): no dyadic event, a one-sided happening of its speaker.
UNADDRESSED = "unaddressed"
#: the flag of a denial whose sentence names who made the claim it answers ("denied charges
#: by Khartoum that it had armed the rebels")
ACCUSER_NAMED = "accuser-named"


def _attitude_to_a_clause(frame: Frame, rules: Rules) -> bool:
    """"Cuba hopes that the world will send aid", "X expressed confidence that decisions
    would be made": optimism or pessimism about what a clause may bring addresses nobody;
    it is an event only towards an actor it names, itself ("was optimistic about Iran") or as
    the clause's subject ("concern that Hungary would block the deal", "hope that the new
    government in Athens would ...", a noun for a party: roles.yaml `people_nouns`,
    `actor_nouns`)."""
    if not frame.code.startswith(tuple(rules.clause_attitude_codes)):
        return False
    own = {t.i for t in frame.trigger} | {frame.verb.i}
    own |= {c.i for t in (*frame.trigger, frame.verb) for c in t.children if c.dep_ == "dobj"}
    parties = joined(rules.people_nouns, rules.actor_nouns)
    direct = [t for t in frame.targets if t.head.i in own or t.pos_ == "PROPN" or _named(t)
              or (t.head.dep_ in ("prep", "dative") and t.head.head.i in own)
              or t.pos_ == "NOUN" and t.lemma_.lower() in parties]
    clause = any(c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX")
                 for i in own for c in frame.verb.doc[i].children)
    return clause and not direct


def _warned_happening(frame: Frame, rules: Rules) -> bool:
    """"The UN chief warned that the conflict could spill over into Lebanon", "warned that
    the war could spread": a warning, to no one, that a happening (policies.yaml
    `happening_nouns`) may come threatens nobody; it is pessimism about a clause."""
    verb = frame.verb
    if not frame.code.startswith("13") or verb.lemma_.lower() not in rules.threat_verbs \
            or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    return any(c.dep_ == "ccomp" and any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() in rules.happening_nouns
        for s in c.children) for c in verb.children)


def _threat_condition(frame: Frame, rules: Rules) -> None:
    """"Trump warned of new tariffs if China hit back": a threat with no target of its own
    is aimed at the subject of its condition (its own target may only be the thing
    threatened)."""
    if not frame.code.startswith("13") or any(
            t.pos_ != "NOUN" or _named(t) for t in frame.targets):
        return  # ("threatened to send migrants to Europe if ...": migrants are the thing)
    for holder in (frame.verb, *(frame.governor,) * (frame.governor is not None)):
        for clause in holder.children:
            if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in
                                              rules.conditional_marks for m in clause.children):
                subjects = verb_subjects(clause, rules)[0]
                if subjects:
                    frame.targets = subjects[:1]
                    return


def _peacekeeping(frame: Frame, rules: Rules) -> None:
    """"Fijian peacekeepers arrived in Beirut", "deployed soldiers to Haiti on a
    peacekeeping mission", "landed in Goma to join the UN peacekeeping force": troops sent or
    arriving as peacekeepers protect (policies.yaml `peacekeeping_code`); read in the
    doers, the trigger's words, and the phrases and purpose clauses of the verb or noun."""
    if not frame.code.startswith(rules.peacekeeping_recoded):
        return
    holders = list({t.i: t for t in (frame.verb, *frame.trigger)}.values())
    heads = [*frame.sources, *frame.trigger]
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep":
                heads += [p for p in child.children if p.dep_ == "pobj"]
            elif child.dep_ in ("xcomp", "advcl", "acl") and child.pos_ == "VERB":
                heads += [o for c in child.children for o in
                          ([c] if c.dep_ == "dobj" else
                           [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep"
                           else [])]
    words = [w for h in heads for w in (h, *(c for c in h.children
                                              if c.dep_ in ("compound", "amod")))]
    if any(w.lemma_.lower() in rules.peacekeeping_words or w.lower_ in rules.peacekeeping_words
           for w in words):
        frame.code = rules.peacekeeping_code
        frame.flags.append("peacekeeping")


def _cargo(frame: Frame, rules: Rules) -> bool:
    """"A Turkish plane carrying relief supplies landed in Pakistan": an arrival of a
    carrier loaded with aid (or arms) is the delivery of that aid to the place's country;
    so is the sending of one ("sent 15 planes carrying humanitarian aid to Egypt",
    `sending_verbs`). False for the arrival of a civilian carrier (policies.yaml
    `carrier_nouns`) with no such load: a plane or ship landing is no visit."""
    sent = [c for c in frame.verb.children if c.dep_ == "dobj"]
    if frame.entry.lemma in rules.sending_verbs and (sent or frame.entry.lemma
                                                     not in rules.arrival_verbs):
        for carrier in sent:  # ("flew aid to Gaza"; "a plane flew to Gaza" is a journey)
            _loaded(frame, carrier, rules)
        return True
    if frame.entry.lemma not in rules.arrival_verbs or not frame.sources:
        return True
    carrier = frame.sources[0]
    if carrier.lemma_.lower() in rules.measure_nouns:  # "dozens of Russian drones"
        carrier = next((p for c in carrier.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj"), carrier)
    if _loaded(frame, carrier, rules):
        if not _named(carrier):  # "a plane carrying aid from the UAE": the sender
            senders = [p for h in carrier.subtree for c in h.children
                       if c.dep_ == "prep" and c.lower_ == "from"
                       for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
            frame.sources = senders[:1] or frame.sources
        return True
    return carrier.lemma_.lower() not in rules.carrier_nouns \
        and carrier.lower_ not in rules.carrier_nouns


def _loaded(frame: Frame, carrier: Token, rules: Rules) -> bool:
    """Recode `frame` by the load a carrier carries ("carrying relief supplies", "loaded
    with arms"; policies.yaml `cargo_codes`); False when it carries none of them."""
    carrying = [c for c in carrier.children if c.dep_ == "acl" and c.lemma_.lower()
                in rules.cargo_verbs]
    loads = [o for c in carrying for o in c.children if o.dep_ == "dobj"]
    loads += [p for h in (carrier, *carrying) for c in h.children
              if c.dep_ == "prep" and c.lower_ == "with" for p in c.children
              if p.dep_ == "pobj"]
    for load in (_measured(load, rules) for load in loads):
        for word in (load, *(c for c in load.children if c.dep_ in ("amod", "compound"))):
            code = rules.cargo_codes.get(word.lemma_.lower()) or \
                rules.cargo_codes.get(word.lower_)
            if code:
                frame.code = code
                frame.flags.append("cargo")
                return True
    return False


def _measured(load: Token, rules: Rules) -> Token:
    """What a load counted by a measure is ("carrying 2,000 tonnes of food": the food);
    `load` itself when it is no measure or measures nothing."""
    while is_measure(load, rules.measure_nouns):
        nested = [p for c in load.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]
        if not nested:
            break
        load = nested[0]
    return load


def _protest_addressee(frame: Frame, rules: Rules) -> None:
    """A protest with no addressee of its own is aimed at whom its demand is made of: "went
    on strike to demand the dismissal of the Kenyan education minister", "blocked roads to
    press their demands on the Bolivian government", "marched in protest of the Tunisian
    government's decree", or at whoever made what it is over: "walked out over a pension law
    passed by the Greek parliament". Whether that word heads an actor is checked like any
    target."""
    if not frame.code.startswith("14") or _addressed(frame, rules):
        return
    for anchor in _protest_anchors(frame, rules):
        for clause in anchor.children:
            found = _demanded_of(clause, rules) or _grievance_owner(clause, rules)
            if found is not None:
                frame.targets = [found]
                return


def _spoken_protest(frame: Frame, rules: Rules) -> None:
    """A protest verb that reports a clause is a complaint (policies.yaml
    `spoken_protest_verbs`): "Amnesty protested that police had beaten detainees", "the
    authorities are failing the refugees, a rights group protested". It is aimed at the
    doer of that clause unless it names an addressee of its own."""
    verb = frame.verb
    if not frame.code.startswith("14") or verb.lemma_.lower() not in rules.spoken_protest_verbs \
            or verb.tag_ not in ("VBD", "VBZ", "VBP") and not any(
                c.dep_ in ("aux", "nsubj") and c.tag_ != "TO" for c in verb.children):
        return  # ("went on a hunger strike to protest the decision": the strike's purpose)
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None and verb.dep_ in ("advcl", "parataxis") and verb.head.i < verb.i \
            and any(c.dep_ == "nsubj" for c in verb.children) \
            and verb.head.pos_ in ("VERB", "AUX") and verb.head.dep_ == "ROOT" \
            and not any(c.dep_ == "mark" for c in verb.children):
        clause = verb.head  # "..., a rights group protested": what it said comes first
        frame.flags[:] = [f for f in frame.flags if f != "subordinate"]  # (the main act)
    if clause is None:
        return
    frame.code = rules.official_protest_code
    frame.flags.append("spoken-protest")
    if not frame.targets:
        doers, _, _ = verb_subjects(clause, rules)
        frame.targets = doers[:1]


def _protest_anchors(frame: Frame, rules: Rules) -> list[Token]:
    """The words a protest's purpose hangs on: its verb and trigger, and a participle of
    joining on the verb ("rioted, joining students in demanding autonomy")."""
    anchors = [frame.verb, *frame.trigger]
    anchors += [c for c in frame.verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                and c.lemma_.lower() in rules.joining_verbs]
    return list({t.i: t for t in anchors}.values())


def _addressed(protest: Frame, rules: Rules) -> bool:
    """Does a protest name an addressee of its own: a named target that is no part of its
    trigger and no place it only takes place in ("marched in Dili", "rioted at a jail in
    Dili"; policies.yaml `protest_place_preps`)?"""
    trigger = {t.i for t in protest.trigger}
    anchors = {t.i for t in _protest_anchors(protest, rules)}
    return any(t.i not in trigger and t.pos_ != "PRON" and _named(t)
               and not _held_in(t, anchors, rules) for t in protest.targets)


def _held_in(token: Token, anchors: set[int], rules: Rules) -> bool:
    """Is `token` only where the act at `anchors` takes place: the object of a place
    preposition on it, or on such an object ("at a jail in Dili")?"""
    while token.dep_ == "pobj" and token.head.lower_ in rules.protest_place_preps:
        holder = token.head.head
        if holder.i in anchors:
            return True
        token = holder
    return False


def _demanded_of(clause: Token, rules: Rules) -> Token | None:
    """The one a purpose clause ("to demand X of Y", "demanding Y's resignation") or an
    "in protest of/at/against Y's act" phrase is directed at, or None."""
    lemma = clause.lemma_.lower()
    if clause.dep_ in ("advcl", "xcomp", "acl", "pcomp") and clause.pos_ == "VERB" and \
            lemma in rules.demand_verbs | rules.appeal_verbs | {"protest"}:
        direct = [p for c in clause.children if c.dep_ == "prep"
                  and c.lower_ in rules.protest_addressee_preps
                  for p in c.children if p.dep_ == "pobj"]
        things = [c for c in clause.children if c.dep_ == "dobj"]
        found = next(iter(direct), None) or next(
            (o for t in things if (o := _owner_of_demand(t, rules)) is not None), None)
        if found is not None and _names_addressee(found):
            return found
        return next((o for c in clause.children
                     if (o := _grievance_owner(c, rules)) is not None), None)
    if clause.dep_ == "prep" and clause.lower_ == "in":
        asked = next((p for p in clause.children if p.dep_ == "pcomp"
                      and p.lemma_.lower() in rules.demand_verbs | rules.appeal_verbs), None)
        if asked is not None:  # "joining students in demanding autonomy from Khartoum"
            return _demanded_of(asked, rules)
        protest = [p for p in clause.children if p.dep_ == "pobj"
                   and p.lemma_.lower() in ("protest", "protestation")]
        for noun in protest:
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "against", "over"):
                    for obj in prep.children:
                        found = _owner_of_demand(obj, rules) or obj if obj.dep_ == "pobj" \
                            else None
                        if found is not None and _names_addressee(found):
                            return found
    return None


def _grievance_owner(clause: Token, rules: Rules) -> Token | None:
    """"a strike over a pension law passed by the Greek parliament", "protested over the
    Dutch government's asylum rules": who made the thing a protest is over (policies.yaml
    `protest_grievance_preps`); the thing itself only when it names an actor."""
    if clause.dep_ != "prep" or clause.lower_ not in rules.protest_grievance_preps:
        return None
    for obj in clause.children:
        if obj.dep_ == "pobj":
            found = _owner_of_demand(obj, rules) or obj
            if _names_addressee(found):
                return found
    return None


def _names_addressee(token: Token) -> bool:
    """A name, or a phrase built on or owned by one ("the Serbian government", "the
    government of President Arce"); no pronoun and no bare common noun ("the authorities")."""
    if token.pos_ == "PRON":
        return False
    return _named(token) or any(p.pos_ == "PROPN" for c in token.children
                                if c.dep_ == "prep" and c.lower_ == "of"
                                for p in c.children if p.dep_ == "pobj") \
        or any(m.dep_ in ("compound", "amod") and m.text[:1].isupper()
               for c in token.lefts if c.dep_ == "compound" for m in c.lefts)


def _owner_of_demand(noun: Token, rules: Rules, depth: int = 0) -> Token | None:
    """Whose act or office the demanded thing is: "the resignation of President X" (X),
    "the government's refusal" (the government), "demands on the government" (it), and,
    when that names nobody, who made a thing inside it: "the return of land seized by
    Peruvian troops" (the troops), "a vote on independence from Indonesia" (Indonesia)."""
    found = _direct_owner(noun, rules)
    if found is not None and _names_addressee(found) or depth >= _OWNER_DEPTH:
        return found
    for prep in noun.children:
        if prep.dep_ != "prep":
            continue
        for inner in prep.children:
            if inner.dep_ == "pobj" and inner.pos_ in ("NOUN", "PROPN"):
                deeper = _owner_of_demand(inner, rules, depth + 1)
                if deeper is not None and _names_addressee(deeper):
                    return deeper
    return found


#: How many prepositional steps a demanded thing is searched for its owner.
_OWNER_DEPTH = 2


def _direct_owner(noun: Token, rules: Rules) -> Token | None:
    """The owner ("the government's refusal"), addressee or "of" phrase ("demands on the
    government", "the resignation of X") or maker ("a law passed by parliament") of a noun."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in rules.protest_addressee_preps | {"of"}:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return next((p for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 for b in c.children if b.dep_ in ("agent", "prep") and b.lower_ == "by"
                 for p in b.children if p.dep_ == "pobj"), None)


def _conditional(verb: Token, rules: Rules) -> bool:
    token = verb
    while True:  # up the clause chain, lazily ("ancestors" would build every head)
        if any(c.dep_ == "mark" and c.lower_ in rules.conditional_marks for c in token.children):
            return True
        if token.dep_ == "advcl" and _inverted_condition(token, rules):
            return True
        if _in_case_of(token, rules):
            return True
        if token.dep_ not in ("xcomp", "conj", "advcl", "ccomp", "dobj", "pobj", "prep") \
                or token.head.i == token.i:
            return False
        token = token.head


def _in_case_of(token: Token, rules: Rules) -> bool:
    """Is `token` the object of a conditional phrase: "in case of an attack", "in the event
    of a strike" (policies.yaml `conditional_nouns`)?"""
    of, noun = token.head, token.head.head
    return token.dep_ == "pobj" and of.lower_ == "of" and noun.lower_ in rules.conditional_nouns \
        and noun.dep_ == "pobj" and noun.head.lower_ == "in"


def _has_particle(token: Token, rules: Rules) -> bool:
    """The particle a governor needs, if any: "called on Iran", "called for Israel to
    withdraw" (where "for" marks the clause). A date is no particle of a call made to do
    something to the one called oneself: "called Erdogan on Nov. 18 to apologise"."""
    particles = rules.particle_governors.get(token.lemma_.lower())
    if particles is None:
        return True
    dated = _phone_purposed(token, rules)
    return any(c.lower_ in particles and not (dated and _dates(c))
               or any(m.dep_ == "mark" and m.lower_ in particles for m in c.children)
               for c in token.children)


def _dates(preposition: Token) -> bool:
    """"on Monday", "On Nov. 18": a preposition whose object is a date."""
    return any(o.dep_ == "pobj" and is_time(o) for o in preposition.children)


def _phone_purposed(call: Token, rules: Rules) -> bool:
    """A call whose infinitive is an act done to the one called (policies.yaml
    `phone_purpose_verbs`): "called Erdogan to apologise", not "called Iran to free"."""
    return call.lemma_.lower() in rules.phone_words and any(
        c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in rules.phone_purpose_verbs
        and to_infinitive(c) for c in call.children)


def _clause_appeal(frame: Frame, rules: Rules) -> None:
    """"called for the generals to be tried": a call whose particle marks a clause with no
    event of its own is an appeal, not a phone call (the lexicon sees no "for" on the verb)."""
    verb = frame.trigger[-1]
    particles = rules.particle_governors.get(verb.lemma_.lower())
    if frame.code != rules.phone_code or not particles or verb is not frame.verb:
        return
    if any(m.dep_ == "mark" and m.lower_ in particles for c in verb.children
           for m in c.children):
        frame.code = rules.transform("appeal", "") or frame.code
        frame.transform = "appeal" if frame.transform is None else f"{frame.transform}+appeal"


def _governor_kind(token: Token, rules: Rules) -> str | None:
    lemma = token.lemma_.lower()
    if lemma in rules.unhesitating_verbs:  # "would not hesitate to strike"; "did not
        # hesitate to strike" struck
        return "intent" if _negated(token, rules) and _aux_lemmas(token, rules) & (
            rules.modal_words | rules.future_words) else None
    if not _has_particle(token, rules):
        return None
    if _expected_of_another(token, rules):
        return "demand"
    for kind, words in GOVERNOR_KINDS:
        if lemma in getattr(rules, words):
            return kind
    return None


def _terms_of_kept_accord(frame: Frame, kept: list[Frame]) -> bool:
    """"Russia and Ukraine signed a deal to reopen the ports": what an agreement, plan or
    pledge whose making is itself an event between its parties says will be done is its
    terms, not another event (the signing, 057, is the event). When the making names one
    party only ("Peru signed a deal to buy boats from South Korea"), the terms name the
    other and stay."""
    governor = frame.governor
    return frame.transform == "intent" and governor is not None \
        and governor.pos_ == "NOUN" and any(
            f is not frame and any(t.i == governor.i for t in f.trigger)
            and (f.targets or len(f.sources) >= 2) for f in kept)


def _stated_content(verb: Token, rules: Rules) -> Token | None:
    """"inked a pact on Monday to double grain sales": an infinitive the parser hangs on the
    verb as its purpose states the content of the verb's object when that object is a
    governing noun (an agreement, a plan, a pledge), as "an agreement to increase" does."""
    if verb.dep_ != "advcl" or not to_infinitive(verb):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i
                 and c.lemma_.lower() in rules.governor_nouns), None)


def _apply_governor(frame: Frame, rules: Rules, governors: set[int]) -> None:
    """"agreed to accept", "urged Iran to free", "demanded that Israel withdraw",
    "threatened sanctions": the governing verb turns the event into its own code."""
    verb = frame.verb
    trigger = frame.trigger[-1]
    if "nominal" in frame.flags and adjunct_verb(trigger) is not None:
        return  # "agreed to reopen the line after talks between A and B": the talks were held
    if "nominal" in frame.flags and trigger.dep_ == "dobj" \
            and trigger.head.lemma_.lower() in rules.speech_verbs:
        return  # "told a news conference with his counterpart": an audience, no demand
    if "nominal" in frame.flags and frame.code in rules.mediation_codes \
            and trigger.dep_ == "pobj" and fronted_setting(trigger.head):
        return  # "Under Turkish mediation, Somalia and Ethiopia agreed": the go-between's act
    if "nominal" in frame.flags and trigger.dep_ == "pobj" \
            and trigger.head.lower_ in rules.setting_preps and any(
                c.dep_ == "prep" and c.lower_ == "between" for c in trigger.children):
        return  # "tried to play both sides in the war between A and B": the setting's parties
    verb = _means_user(first_conjunct(verb), rules)  # "agreed to open borders and grant"
    if _noun_clause(verb) and verb.head.pos_ == "NOUN" and \
            verb.head.lemma_.lower() in rules.governor_nouns:
        _apply_noun_governor(frame, verb.head, rules, governors)
        return
    content = _stated_content(verb, rules)
    if content is not None:
        _apply_noun_governor(frame, content, rules, governors)
        return
    own = governor_of(trigger, rules) if "nominal" in frame.flags else None
    if own is not None and own.i == verb.i and verb.dep_ == "pcomp" \
            and _governor_kind(own, rules) is not None:
        head, allowed = own, True  # "criticised Hungary for blocking new EU sanctions": the
        # gerund governs its own object, whatever governs the gerund
    elif verb.dep_ in ("xcomp", "ccomp") or (verb.dep_ == "pcomp" and verb.tag_ == "VBG"):
        head = verb.head
        allowed = verb.dep_ != "ccomp" or head.lemma_.lower() in rules.demand_clause_verbs \
            or _expected_of_another(head, rules)
        if not allowed and "nominal" in frame.flags and governor_of(trigger, rules) is not None:
            # "Kenya said it wanted dialogue with Uganda": the noun's own governor, inside
            # the reported clause
            head, allowed = governor_of(trigger, rules), True
    elif verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for"
                                      for c in verb.children):
        head, allowed = verb.head, True  # "called for Israel to withdraw"
    elif verb.dep_ == "advcl" and "xcomp" in frame.flags:
        head, allowed = verb.head, True  # "vowed on Friday to impose": parsed as a clause
    elif _deadline_giver(verb, rules) is not None:
        head, allowed = _deadline_giver(verb, rules), True  # "gave Hamas until Saturday to"
    elif "nominal" in frame.flags and governor_of(trigger, rules) is not None:
        head, allowed = governor_of(trigger, rules), True
    else:
        return
    kind = None if not allowed else "demand" if _deadline_giver(verb, rules) is not None \
        else _governor_kind(head, rules)
    wanted = (_wanted_doer(verb, head, rules) or _wanted_owner(frame, head, rules)) \
        if kind == "intent" else None
    if wanted is not None:
        kind, allowed = "appeal", True  # "Turkey wants Sweden to crack down on militants"
    elif kind is None and allowed is False and _wanted_doer(verb, head, rules) is not None:
        kind, allowed, wanted = "appeal", True, _wanted_doer(verb, head, rules)
    if kind == "demand" and head.lemma_.lower() in rules.expecting_verbs \
            and frame.code[:2] in HOSTILE_ROOTS:
        return  # "Kyiv expects Russia to launch an offensive": foreseen (`_foreseen`)
    if kind is not None and "nominal" in frame.flags and _reversed(trigger, rules):
        # "called for US operations in Syria to be scaled back": for their cessation
        frame.code = rules.transform("cease", frame.code) or frame.code
    if kind is not None and "nominal" in frame.flags and not frame.sources:
        frame.sources = _of_agents(frame, rules)  # "demanded the withdrawal of X's troops"
    if kind is None:
        if allowed and verb.dep_ == "xcomp" and not _has_particle(head, rules):
            _purpose(frame, head, rules)  # "called Erdogan to apologise"
        return
    addressees = [c for c in head.children if c.dep_ in ("dobj", "dative")
                  and c.i != trigger.i]
    preps = rules.appeal_addressee_preps if kind in ("appeal", "demand") else {"on", "upon"}
    # "demanded on Wednesday that China withdraw": a day is no one called on
    addressees += [p for c in head.children if c.dep_ in ("prep", "prt")
                   and c.lower_ in preps for p in c.children if p.dep_ == "pobj"
                   and not is_time(p)]
    addressees += [c for a in addressees for c in a.conjuncts if c.i > a.i]  # "X and Y"
    addressees += [wanted] if wanted is not None and not addressees else []
    read = [] if addressees else letter_addressees(head, rules)  # ("sent a letter to X urging")
    addressees = addressees or read
    if kind == "reject" and (_refused_refusal(head, rules) or _refused_refusal(verb, rules)):
        frame.code = None  # type: ignore[assignment]
        governors.update((head.i, verb.i))
        return  # "refused to rule out sending troops": an option kept open, no act, no refusal
    if kind == "command" and _asked_for(head, rules):
        frame.code = None  # type: ignore[assignment]
        return  # "urged the court to order Israel to halt": an order only asked for
    if kind == "command" and verb.dep_ == "ccomp" and verb.head.i == head.i:
        # "ordered Israel to halt": the parser's subject of the clause is the one ordered
        addressees += [c for c in verb.children if c.dep_ == "nsubj"]
    ordered = [c for o in verb_subjects(head, rules)[1] for c in (o, *o.conjuncts)] \
        if kind == "command" else []
    addressees += [o for o in ordered if o.i not in {a.i for a in addressees}]
    if kind == "command" and any(a.pos_ == "PROPN" for a in addressees):
        kind = "demand"  # "Biden ordered Iran to release ...": no authority over Iran
    if kind == "intent" and _agreed_measure(frame, head, rules):
        governors.add(head.i)
        return  # "EU ministers agreed to impose sanctions on ...": decided, not threatened
    rallied = frame.code  # (the act called for, before the call recodes it)
    code = rules.transform(kind, frame.code)
    if kind == "appeal" and code is not None and code[:2] == "11" \
            and rallied[:2] not in rules.rally_roots and not any(
                t.pos_ == "PROPN" or is_named(t) or t.lemma_.lower() in rules.actor_nouns
                for t in frame.targets):
        # "urged Ghana to arrest those responsible", "urged Slovakia to respect EU sanctions",
        # "called on Mali to arrest the killers": a hostile act aimed at no named party
        # rallies opposition against no one; it is a plain appeal (a call to protest is
        # aimed at what is protested, below)
        code = rules.transform(kind, "")
    if kind == "command" and code != frame.code:
        kind = "demand"  # ordering words, not acts, is a demand
    if code is None and kind == "reject" and frame.code[:2] in WITHHELD_ROOTS \
            and "nominal" not in frame.flags:
        governors.add(head.i)  # "declined to criticise Israel": no word said, none refused
    frame.code = code  # type: ignore[assignment]
    if code is None:  # the governor's own entry codes the sentence ("rejected the demand")
        return
    governors.add(head.i)
    frame.governor, frame.transform = head, kind
    clause_head = head.head if head.dep_ == "acomp" else head  # "is willing to"
    subjects, _, _ = verb_subjects(clause_head, rules)
    if kind in ("appeal", "demand"):
        inner_subjects = [s for s in frame.sources if s.i not in {x.i for x in subjects}]
        if not (kind == "appeal" and frame.targets and rallied[:2] in rules.rally_roots):
            frame.targets = addressees or inner_subjects or _holders(frame, rules) or frame.targets
    elif kind == "reject" and "nominal" in frame.flags and subjects:
        # "Mogadishu rejected Kenya's call for talks": the refusal answers the noun's owner,
        # also when the act has a party of its own ("opposed the U.S. arms sales to Taiwan")
        owners = [s for s in frame.sources if s.i not in {x.i for x in subjects}]
        frame.targets = owners or frame.targets
    elif kind == "threat" and read and all(t.dep_ in ("compound", "poss") for t in frame.targets):
        # "sent a letter to the WHO chief threatening to cut US funding": no one but the
        # owner of what is withheld, so the reader is the one threatened
        frame.targets = read
    elif kind == "threat" and addressees and _warned_against(frame, head, rules):
        # "warned China against an invasion of Taiwan": the act is the one warned's, who is
        # the warning's target, not the act's party; and the warning threatens no such act
        frame.targets, frame.code = addressees, rules.warning_code
    elif kind == "command":
        frame.targets = frame.targets or addressees
    elif kind == "intent" and (partners := _partners(head, rules)):
        frame.targets = partners  # "agreed with Washington to deploy troops"
        frame.code = rules.transform("accord", frame.code) or frame.code
    if subjects:
        # ("Pressure from Beijing forced Honiara to cancel": the party pressing)
        frame.sources = [p for s in subjects for p in (
            _pressing_parties(s) if s.lemma_.lower() in rules.governor_nouns else [s])]
    elif ordered:  # "Chile and Peru were ordered to withdraw their envoys": by no one named,
        frame.sources = []  # not by themselves, nor by a name near them
        frame.flags.append("passive")


def _means_user(verb: Token, rules: Rules) -> Token:
    """The verb of using a means whose purpose `verb` tells, when that use is a plan's or
    an intent's ("the EU's plan to use frozen Russian assets to fund Kyiv", "plans to tap
    the reserves to pay Kyiv"; policies.yaml `means_verbs`): the plan governs the act, so
    its purpose is no act done. Otherwise `verb` itself (a call on a party to use its
    influence keeps the purpose its own)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in rules.means_verbs:
        return verb
    planned = head.dep_ in ("acl", "relcl") or head.dep_ == "xcomp" \
        and head.head.lemma_.lower() in rules.intent_verbs
    return head if planned else verb


def _holders(frame: Frame, rules: Rules) -> list[Token]:
    """Who did to the party or thing an asked-for act undoes what the asked-for act undoes:
    the "by" agent of a participle on it ("demanded the release of Russian citizens detained
    by Poland", "called for the return of children deported by Russia"), of whom it is asked
    when no one is addressed; with no agent, the named place a participle of holding puts
    them in ("the release of an Iranian woman arrested in France": roles.yaml
    `custody_participles`), whose state holds them."""
    # (the parser may hang the participle on the release: "the release of three French
    # citizens imprisoned in Iran")
    nouns = [*frame.targets, *(t.head.head for t in frame.targets
                               if t.dep_ == "pobj" and t.head.lower_ == "of")]
    held = [c for t in nouns for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    agents = [p for c in held for p in passive_agents(c)]
    return agents or [p for c in held if c.lemma_.lower() in rules.custody_participles
                      for a in c.children if a.dep_ == "prep" and a.lower_ == "in"
                      for p in a.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]


def _wanted_doer(verb: Token, head: Token, rules: Rules) -> Token | None:
    """The other party a verb of wanting (policies.yaml `wanting_verbs`) wants to do the
    act of `verb` ("Turkey wants Sweden to crack down on Kurdish militants", "Beijing wanted
    Washington to lift the tariffs"): asked of it, as "urged" asks, not done by it."""
    if head.lemma_.lower() not in rules.wanting_verbs or not to_infinitive(verb) \
            or verb.dep_ not in ("ccomp", "xcomp"):
        return None
    doers = [c for c in verb.children if c.dep_ == "nsubj"] if verb.dep_ == "ccomp" else \
        [c for c in head.children if c.dep_ == "dobj"]
    return doers[0] if doers else None


def _wanted_owner(frame: Frame, head: Token, rules: Rules) -> Token | None:
    """The other party an act a verb of wanting names as a noun is done by: its demonym or
    owner ("Syria wants a full Israeli withdrawal from the Golan", "sought Sudan's apology"),
    of whom it is asked, as of "Israel" in "wants Israel to withdraw" (`_wanted_doer`)."""
    noun = frame.trigger[0]
    if "nominal" not in frame.flags or head.lemma_.lower() not in rules.wanting_verbs \
            or noun.head.i != head.i or noun.dep_ != "dobj":
        return None
    subjects = {s.i for s in verb_subjects(head, rules)[0]}
    owners = [s for s in frame.sources if s.i not in subjects and s.i < noun.i
              and s.head.i == noun.i and s.dep_ in ("amod", "compound", "poss")]
    return owners[0] if owners else None


def _warned_against(frame: Frame, head: Token, rules: Rules) -> bool:
    """Is the frame an event noun a verb of advising (policies.yaml `advising_verbs`) warns
    against or about (roles.yaml `opposed_preps`, policies.yaml `warning_cause_preps`:
    "warned Beijing against an invasion of Taiwan", "about arms sales to Taipei")?"""
    noun = frame.trigger[-1]
    return "nominal" in frame.flags and head.lemma_.lower() in rules.advising_verbs \
        and noun.dep_ == "pobj" and noun.head.head.i == head.i \
        and noun.head.lower_ in rules.warning_cause_preps | rules.opposed_preps


def _refused_refusal(verb: Token, rules: Rules) -> bool:
    """A refusal refused: "refused to rule out", "declined to rule out" (a refusal verb,
    policies.yaml `refuse_verbs`, that is the object of another) keep the option open."""
    return verb.lemma_.lower() in rules.refuse_verbs and verb.dep_ == "xcomp" \
        and verb.head.lemma_.lower() in rules.refuse_verbs


def _partners(head: Token, rules: Rules) -> list[Token]:
    """The partners of an intent verb that takes one in a "with" phrase ("agreed with the
    United States and Canada to"; policies.yaml `partnering_verbs`)."""
    if head.lemma_.lower() not in rules.partnering_verbs:
        return []
    found = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
             and c.i > head.i for p in c.children if p.dep_ == "pobj"]
    return found + [c for f in found for c in f.conjuncts]  # ("With the signing of ...")


def _deadline_giver(verb: Token, rules: Rules) -> Token | None:
    """The verb that gives a party a span of time to do what `verb` tells (policies.yaml
    `deadline_verbs`): "gave Hamas until Saturday to release", "gave the junta one week to
    reinstate", "gave the junta a week to hand back power" (the act hung on the span)."""
    if not to_infinitive(verb):
        return None
    head = verb.head
    if verb.dep_ in ("acl", "relcl") and head.lower_ in rules.deadline_words:
        head = head.head  # ("a week to hand back": the act hung on the span)
    elif verb.dep_ not in ("advcl", "xcomp"):
        return None
    if head.lemma_.lower() not in rules.deadline_verbs and head.lower_ not in \
            rules.deadline_verbs:
        return None
    spans = [c for c in head.children if c.dep_ in ("dobj", "npadvmod", "dative")
             and c.lower_ in rules.deadline_words]
    spans += [c for c in head.children if c.dep_ == "prep" and c.lower_ == "until"]
    return head if spans else None


def _sets_deadline(verb: Token, rules: Rules) -> bool:
    """Does `verb` give a party a span of time to do something (see `_deadline_giver`)?"""
    acts = [c for c in verb.children if c.dep_ in ("advcl", "xcomp")]
    acts += [a for c in verb.children if c.lower_ in rules.deadline_words
             for a in c.children if a.dep_ in ("acl", "relcl")]
    return any((g := _deadline_giver(a, rules)) is not None and g.i == verb.i for a in acts)


def _asked_for(verb: Token, rules: Rules) -> bool:
    """Is `verb` the act of an appeal or demand ("urged the court to order", "called on
    the council to order"): asked for, not done?"""
    return verb.dep_ == "xcomp" and _governor_kind(verb.head, rules) in ("appeal", "demand")


def _pressing_parties(noun: Token) -> list[Token]:
    """The parties a demand, call or pressure comes from: its "from" or "by" phrase
    ("pressure from Brussels", "calls by Washington")."""
    found = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
             for p in c.children if p.dep_ == "pobj"]
    return found + [c for f in found for c in f.conjuncts]


def _ceased(frame: Frame, rules: Rules) -> Frame | None:
    """An act the clause says was stopped ("stopped arming Taiwan", "ceased shelling the
    town") is no such act: its `cease` code (16x less aid, 087 de-escalation), or None."""
    verb = frame.verb
    if verb.dep_ != "xcomp" or verb.tag_ != "VBG" or \
            verb.head.lemma_.lower() not in rules.cessation_verbs:
        return frame
    stop = verb.head
    if _negated(stop, rules) or _aux_lemmas(stop, rules) & (rules.modal_words
                                                            | rules.future_words) or \
            stop.dep_ in ("xcomp", "ccomp", "advcl") and _governor_kind(stop.head, rules):
        return None  # "urged Washington to stop arming Taiwan": the appeal is the event
    frame.governor = stop  # (its mood is the clause's: "Kyiv must stop shelling the plant")
    return _recode(frame, "cease", rules)


def _of_agents(frame: Frame, rules: Rules) -> list[Token]:
    """The doers an event noun names with "of" when it is an act one does oneself ("the
    withdrawal of Rwandan troops from Congo", "the pullout of foreign forces"), not one
    done to the "of" phrase ("the release of prisoners"): `agent_of_nouns`."""
    nouns = [t for t in frame.trigger if t.lemma_.lower() in rules.agent_of_nouns]
    agents = [p for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj" and _names_addressee(p)]
    return agents + [c for a in agents for c in a.conjuncts if _names_addressee(c)]


def _purpose(frame: Frame, head: Token, rules: Rules) -> None:
    """A clause of purpose ("X called Y to apologise") is done by the governor's subject,
    towards its object."""
    subjects, _, _ = verb_subjects(head, rules)
    objects = [c for c in head.children if c.dep_ in ("dobj", "dative")]
    if subjects:
        frame.sources = subjects
        frame.targets = [t for t in frame.targets if t.pos_ in ("PROPN", "PRON")] or objects \
            or frame.targets


def _noun_clause(verb: Token) -> bool:
    """The clause of a noun ("its demand that the US ease", "calls to impose sanctions",
    which the parser also reads as a relative clause); not a past participle that tells
    what was done with the noun ("the agreement, signed by Egypt and Sudan")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return False
    return verb.dep_ in ("acl", "ccomp") or (
        verb.dep_ in ("relcl", "advcl") and to_infinitive(verb))


def _refused(noun: Token, rules: Rules) -> bool:
    """The noun is the object of a refusal ("rejected calls", "resisted pressure")."""
    head = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and head.i != noun.i and \
        head.lemma_.lower() in rules.refuse_verbs and _has_particle(head, rules)


def _refused_governors(kept: list[Frame], frames: list[Frame], rules: Rules) -> list[Frame]:
    """"Turkey rejected calls to impose sanctions on Russia": no sanctions were imposed
    (the governed event was dropped) and the refusal answers only whoever made the call,
    never the party of the act nobody did (`governor_nouns`)."""
    nouns = [f.governor for f in frames if f.transform == "refused" and f.governor is not None]
    for noun in nouns:
        owners = [c for c in noun.children if (c.dep_ == "poss" and c.pos_ != "PRON") or
                  (c.dep_ in ("amod", "compound") and c.text[:1].isupper())]
        owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                   for p in c.children if p.dep_ == "pobj"]
        for frame in kept:
            if frame.trigger[0].i == noun.head.i and frame.governor is None:
                frame.targets = owners
                frame.flags.append("set-target")
    return kept


def _denials(frames: list[Frame], rules: Rules) -> list[Frame]:
    """"Iran denied supplying drones to Russia", "the Kremlin denied that its forces had
    retreated": the act denied is no event; the denial is aimed at the party that act
    would have hit (a thing stands for its owner), or at nobody."""
    out = list(frames)
    for frame in frames:
        verb = frame.trigger[0]
        if frame.code != rules.deny_code or verb.lemma_.lower() not in rules.deny_verbs \
                or frame not in out:
            continue
        scope = {t.i for c in verb.children if c.dep_ in ("ccomp", "xcomp", "pcomp")
                 or (c.dep_ == "dobj" and c.tag_ == "VBG") for t in c.subtree}
        scope |= {t.i for c in _claim_clauses(frame, rules) for t in c.subtree}
        inner = [f for f in out if f is not frame and (
            f.verb.i in scope or any(t.i in scope for t in f.trigger))]
        if not inner:
            if all(t.lemma_.lower() in rules.content_nouns for t in frame.targets):
                frame.targets = _denied_part(verb, rules) or frame.targets
            continue
        # "denied charges by Khartoum that it had armed the rebels": the denial answers
        # the accuser; the act it would have been about is no event either way
        accusers = _accusers(frame, rules)
        frame.targets = accusers or _denied_targets(inner, frame.sources, rules)[:1]
        frame.flags += ["denied-act", "set-target", "clause-target"]
        frame.flags += [ACCUSER_NAMED] if accusers else []
        out = [f for f in out if f not in inner]
    return out


def _claims(frame: Frame, rules: Rules) -> list[Token]:
    """The objects of a denial that are things said ("charges", "reports", "claims"): a
    content noun or the object word of the denial's own entry."""
    named = frame.entry.objects or ()
    return [c for c in frame.trigger[0].children if c.dep_ == "dobj"
            and (c.lemma_.lower() in named or c.lemma_.lower() in rules.content_nouns)]


def _claim_clauses(frame: Frame, rules: Rules) -> list[Token]:
    """"denied reports that it had supplied drones": the clause that tells what was
    claimed, hung on the claim noun."""
    return [c for obj in _claims(frame, rules) for c in obj.children
            if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that"
                                                   for m in c.children)]


def _accusers(frame: Frame, rules: Rules) -> list[Token]:
    """Who made the claim a denial answers: the owner, "by" or "from" phrase of its object
    ("Sudan's accusations", "charges by Sudan", "claims from Khartoum"; the parser often
    hangs the phrase on the verb, whose active voice has no "by" of its own), or []."""
    verb = frame.trigger[0]
    claims = _claims(frame, rules)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    holders = claims + ([verb] if claims and not passive else [])
    for holder in holders:
        found = [c for c in holder.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        # ("rejected Indian charges that", "denied U.S. allegations": a name or demonym)
        found += [c for c in holder.children if holder in claims and c.i < holder.i
                  and c.dep_ in ("amod", "compound") and c.text[:1].isupper() and c.i > 0]
        found += [p for prep in holder.children if prep.dep_ in ("prep", "agent")
                  and prep.lower_ in ("by", "from") for p in prep.children
                  if p.dep_ == "pobj"]
        if found:
            return found[:1]
    return []


TIME_PREPS = ("after", "before", "since", "during", "amid", "following", "until", "despite")


def _denied_part(verb: Token, rules: Rules) -> list[Token]:
    """"Tehran denied any role in the sabotage of tankers off the coast of the UAE",
    "denied responsibility for the downing of the Malaysian airliner": the first party the
    denied part names, in the object's phrase or a place phrase of the verb."""
    objects = [c for c in verb.children if c.dep_ == "dobj"
               and c.lemma_.lower() in rules.content_nouns]
    if not objects:
        return []
    holders = objects + [c for c in verb.children if c.dep_ == "prep"
                         and c.lower_ not in TIME_PREPS]
    skipped = {t.i for s in verb_subjects(verb, rules)[0] for t in s.subtree}
    # ("rejected accusations that she covered up a scandal in Brisbane": the clause of a
    # claim tells what was claimed, and the place of an act no one did is no party)
    skipped |= {t.i for o in objects for c in o.children
                if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
                for t in c.subtree}
    for holder in holders:
        for token in holder.subtree:
            if token.i not in skipped and token.i != holder.i and not is_time(token) and (
                    token.pos_ == "PROPN" or token.dep_ == "amod" and token.text[:1].isupper()):
                return [token]
    return []


def _denied_targets(inner: list[Frame], deniers: list[Token], rules: Rules) -> list[Token]:
    """Whom the denied acts would have hit: their named targets (a thing stands for its
    owner: "harassed a Philippine vessel"), or the place of a material act ("carried out
    the strike inside Pakistan"); none for an act without a doer ("soldiers were killed")."""
    hit: list[Token] = []
    for frame in inner:
        if not frame.sources:
            continue
        own = {d.i for d in deniers}
        if not all(s.i in own or _own_doer(s, rules) for s in frame.sources):
            hit += frame.sources[:1]  # "Boric denied that Peru had sold arms": about Peru
            continue
        targets = [t for t in frame.targets if _named(t) or t.pos_ == "PRON"
                   or _owner(t, rules) is not None]
        if not targets and frame.location is not None and \
                frame.code[:2] in rules.place_target_roots:
            targets = [frame.location]
        hit += [t if t.pos_ in ("PROPN", "PRON") or t.lemma_.lower() in rules.people_nouns
                else _owner(t, rules) for t in targets]
    return [t for t in hit if t is not None]


def _own_doer(token: Token, rules: Rules) -> bool:
    """A doer that is the speaker's own side: a pronoun ("it", "its troops") or a noun
    that describes a state without naming it ("the kingdom")."""
    return token.pos_ == "PRON" or token.lemma_.lower() in rules.state_nouns or any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)


def _threat_clause(frame: Frame, rules: Rules, governors: set[int]) -> None:
    """"Tehran warned it would strike Israeli targets", "Pyongyang threatened that it
    would not hesitate to fire": a hostile act a threat verb's clause says will or would
    come is that threat (13x) by the one who warns, not the act."""
    top = clause_top(frame.verb)
    head = top.head
    if top.dep_ != "ccomp" or head.lemma_.lower() not in rules.threat_verbs \
            or not _aux_lemmas(top, rules) & (rules.future_words | rules.modal_words) \
            or frame.code[:2] not in THREATENED_ROOTS:
        return
    code = rules.transform("threat", frame.code)
    if code is None:
        return
    frame.code, frame.transform, frame.governor = code, "threat", head
    governors.add(head.i)
    subjects = verb_subjects(head, rules)[0]
    frame.foretold = _doers_of_their_own(frame, subjects)
    if subjects:
        frame.sources = subjects
    warned = [c for c in head.children if c.dep_ in ("dobj", "dative")]
    if warned and not any(t.pos_ == "PROPN" or _named(t) for t in frame.targets):
        # "Brussels warned Serbia that visa-free travel could be suspended": with no party
        # of its own, the threatened act is aimed at the one warned
        frame.targets = warned


def _doers_of_their_own(frame: Frame, warners: list[Token]) -> list[Token]:
    """The doers a warned-of clause names that are not the ones who warn ("Analysts warned
    that China could attack", "its army could strike"): the coder keeps the threat only when
    one of them is of the warner's own side (core.Coder._guessed_by_another)."""
    if not warners:
        return []
    warned_by = {c.i for w in warners for c in (w, *w.conjuncts)}
    return [s for s in frame.sources if s.pos_ != "PRON" and s.dep_ == "nsubj"
            and s.i not in warned_by]  # (an agent "by its forces" inside is no doer)


WITHHELD_ROOTS = ("10", "11", "13")
THREATENED_ROOTS = ("14", "15", "16", "17", "18", "19", "20")
#: Roots of hostile acts: nobody demands them of the party that would do them.
HOSTILE_ROOTS = ("11", "12", "13", *THREATENED_ROOTS)


def _hypothetical(frame: Frame, rules: Rules) -> bool:
    """"Seoul would consider easing sanctions if the North took steps", "Japan could lift
    sanctions if the war ended": a possible act on a condition is no event (a threat, whose
    condition is its point, stays). "would consider" alone is only a possibility too."""
    holders = [frame.verb] + ([frame.governor] if frame.governor is not None else [])
    holders += [h.head for h in holders if h.dep_ in ("xcomp", "acomp")]
    auxes = set().union(*(_aux_lemmas(h, rules) for h in holders))
    if _foretold(auxes, rules) and auxes & rules.likelihood_words:
        return True  # ("Russia will probably retaliate", "Iran would likely respond")
    if not auxes & rules.modal_words or "have" in auxes:
        return False
    if frame.transform == "consider":
        return True
    conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in
                                               rules.conditional_marks for m in c.children)
                      for h in holders for c in h.children)
    threat = (rules.transform("intent", frame.code) or "").startswith("13")
    return conditional and not frame.code.startswith("13") and not threat \
        and not _own_offer(frame, auxes, rules)


def _unable(verb: Token, rules: Rules) -> bool:
    """"was unable to attend the talks with Israel", "were not available to comment on the
    allegations": what a party cannot do it did not do (the infinitive of one of
    `inability_words` or of a negated one of `ability_words`, the negation on the adjective
    or its copula)."""
    word = verb.head
    if verb.dep_ != "xcomp" or word.i == verb.i:
        return False
    if word.lower_ in rules.inability_words:
        return True
    return word.lower_ in rules.ability_words and (
        _negated(word, rules) or word.dep_ == "acomp" and _negated(word.head, rules))


def _rumoured(frame: Frame, rules: Rules) -> bool:
    """"There were fears that Russia would cut off gas to Georgia", "rumours that Syria had
    massed troops proved false", "the prospect of talks between India and Pakistan": the
    clause or "of" phrase of a noun of fear, rumour or speculation (policies.yaml
    `speculation_nouns`) tells no event."""
    noun = frame.trigger[0]
    if "nominal" in frame.flags and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return noun.head.head.lower_ in rules.speculation_nouns
    clause = first_conjunct(frame.verb, verbs_only=True)
    return clause.dep_ in ("acl", "ccomp") and clause.head.pos_ == "NOUN" \
        and clause.head.lower_ in rules.speculation_nouns \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _share_in_an_act(frame: Frame, acting: set[int], rules: Rules) -> bool:
    """"Qatar helped broker a deal between Rwanda and Congo", "the US helped negotiate a
    ceasefire": a help (policies.yaml `enabling_verbs`) with no party helped, only an act
    its own frame codes, is its doer's share in that act, not aid to the act's parties.
    ("Japan helped rebuild schools in Gaza", whose act is no event, stays aid.)"""
    verb = frame.verb
    return frame.trigger == [verb] and verb.lemma_.lower() in rules.enabling_verbs \
        and any(c.dep_ == "xcomp" and c.i in acting for c in verb.children) \
        and not any(c.dep_ in ("dobj", "dative", "iobj") for c in verb.children)


def _speculated(verb: Token, rules: Rules) -> bool:
    """"If Riyadh normalised ties with Israel, Tehran would likely see it as a betrayal",
    "Moscow will probably retaliate": an act told with a modal or future and an adverb of
    likelihood (policies.yaml `likelihood_words`), or a judgement told with a modal on a
    condition, is only foreseen: no event (not even a threat)."""
    auxes = _aux_lemmas(verb, rules)
    return _foretold(auxes, rules) and (bool(auxes & rules.likelihood_words)
                                        or _bears_condition(verb, rules))


def _foretold(auxes: set[str], rules: Rules) -> bool:
    """Do the auxiliaries and adverbs `auxes` tell an act to come or a possible one ("will",
    "would", "may"), not what could have been ("would have")?"""
    return bool(auxes & (rules.modal_words | rules.future_words)) and "have" not in auxes


def _own_offer(frame: Frame, auxes: set[str], rules: Rules) -> bool:
    """"The rebels said they would meet the envoy if he gave them guarantees": what a
    speaker says it would itself do on a condition is an offer (its intent code), not a
    possibility someone weighs ("Japan could lift sanctions if the war ended")."""
    if not auxes & {"would", "will"} or auxes & {"could", "might", "may", "consider"}:
        return False
    subject = next((c for c in frame.verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "PRON" and \
        subject.lower_ in ("they", "we", "it", "he", "she") and \
        speaker_of(frame.verb, rules) is not None


def _enabled_only(frame: Frame, rules: Rules) -> bool:
    """"the deal would help both countries fight the gangs", "will allow Kenya to buy more
    power": what a help or a permission not yet given (policies.yaml `enabling_verbs`, with
    a modal or future) would let someone do has not happened ("Britain helped Kenya arrest
    the suspects" has; "agreed to open its border to let Qatar send aid" tells of the aid
    the agreement is for)."""
    verb, enabler = frame.verb, frame.verb.head
    if verb.dep_ not in ("ccomp", "xcomp") or enabler is verb \
            or enabler.lemma_.lower() not in rules.enabling_verbs:
        return False
    return bool(_aux_lemmas(enabler, rules) & (rules.modal_words | rules.future_words))


def _aim_of_a_plan(frame: Frame, rules: Rules) -> bool:
    """"a UN resolution that aims to impose an embargo on Sudan", "a proposal intended to cut
    aid to Niger", "the bill seeks to sanction officials": what a plan or text (policies.yaml
    `plan_nouns`) is meant for (`aim_verbs`) has not happened."""
    aim = frame.verb
    for _ in range(4):  # up through "to" (xcomp), "at" (pcomp, prep) or "and" to the aim verb
        if aim.dep_ not in ("xcomp", "pcomp", "prep", "conj") or aim.head is aim:
            break
        aim = aim.head
        if aim.lemma_.lower() in rules.aim_verbs:
            break
    if aim is frame.verb or aim.lemma_.lower() not in rules.aim_verbs:
        return False
    holders = [aim.head] if aim.dep_ in ("relcl", "acl") else []
    holders += [c for c in aim.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(h.lemma_.lower() in rules.plan_nouns for h in holders)


def _order_within(frame: Frame, rules: Rules) -> bool:
    """An order that is a demand by its own lexicon entry ("ordered Azerbaijan to reopen the
    road") is one on a named party; an order to a body under the orderer's authority ("ordered
    the army to prepare", "ordered all newspapers to close") is no demand: what it orders
    codes the sentence, when the lexicon knows it (policies.yaml `command_verbs`)."""
    verb = frame.trigger[0]
    if len(frame.trigger) > 1 or verb.lemma_.lower() not in rules.command_verbs \
            or frame.transform is not None or not frame.code.startswith("10"):
        return False
    ordered = [c for c in verb.children if c.dep_ == "dobj"]
    return not any(o.pos_ == "PROPN" for a in ordered for o in (a, *a.conjuncts))


def _standing_tie(frame: Frame, rules: Rules) -> bool:
    """"The Polisario Front, which is backed by Algiers, said ...", "Iran, which arms the
    Houthis, ...", "Armenia, which has long been allied with Russia": a relative clause in
    the simple present (or a perfect of "long" or "since") that tells of a tie of
    roles.yaml `standing_tie_verbs` describes its party; it is no event of the day."""
    verb = frame.verb
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in rules.standing_tie_verbs:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("MD", "VBG") or a.lower_ in ("was", "were", "did") for a in auxes):
        return False  # "which will back", "which is being armed", "which was backed in 2019"
    if any(a.lower_ in ("has", "have") for a in auxes):
        return any(c.lower_ in ("long", "since", "always") for c in verb.children)
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBN" and any(a.tag_ in ("VBZ", "VBP") for a in auxes)


def _overseen(frame: Frame, rules: Rules) -> bool:
    """"deployed to oversee a ceasefire between Ethiopia and Eritrea": an event noun that a
    verb of watching over (roles.yaml `overseeing_verbs`) takes as its object is a standing
    state of affairs, no event of its own."""
    noun = frame.trigger[0]
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" \
        and noun.head.lemma_.lower() in rules.overseeing_verbs


def _forecast_denied(frame: Frame, rules: Rules) -> bool:
    """"Germany is not expected to send tanks", "Paris is unlikely to recall its envoy":
    what others do not foresee is no refusal and no event."""
    verb = frame.verb
    if verb.dep_ != "xcomp":
        return False
    head = verb.head
    forecast = head.lemma_.lower() in rules.forecast_words or \
        head.lower_ in rules.forecast_words
    holder = head.head if head.dep_ == "acomp" else head
    return forecast and (head.lower_ == "unlikely" or _negated(head, rules)
                         or _negated(holder, rules))


def _apply_noun_governor(frame: Frame, noun: Token, rules: Rules, governors: set[int]) -> None:
    """"North Korea reiterated its demand that the US ease sanctions": the noun's owner
    demands (appeals, threatens, offers ...) the event of the clause from its subject."""
    kind = rules.governor_nouns[noun.lemma_.lower()]
    if kind == "=":
        return
    if _refused(noun, rules):
        frame.governor, frame.transform = noun, "refused"
        frame.code = None  # type: ignore[assignment]
        return
    code = rules.transform(kind, frame.code)
    frame.code = code  # type: ignore[assignment]
    if code is None:
        return
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    pressed: list[Token] = []
    if not owners and _pressing_parties(noun):
        # "Serbia faces pressure from Brussels to impose sanctions": Brussels presses Serbia
        owners = _pressing_parties(noun)
        pressed = verb_subjects(noun.head, rules)[0] if noun.dep_ == "dobj" else []
    if not owners and noun.dep_ in ("dobj", "nsubjpass", "attr"):  # "repeated its demand"
        owners = verb_subjects(noun.head, rules)[0]
    if kind in ("appeal", "demand"):  # (the noun itself is no doer of its clause)
        addressees = [p for c in noun.children if c.dep_ == "prep"
                      and c.lower_ in rules.appeal_addressee_preps
                      for p in c.children if p.dep_ == "pobj"]  # "an ultimatum to Sudan"
        frame.targets = [s for s in frame.sources if s.i != noun.i] or pressed \
            or addressees or frame.sources or frame.targets
    if owners:
        frame.sources = owners
    governors.add(noun.i)
    frame.governor, frame.transform = noun, kind


def _negated(token: Token, rules: Rules) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ in ("advmod", "det", "preconj")
                                   and c.lower_ in rules.negation_words)
               for c in token.children)


def _pressed_refusal(frame: Frame, rules: Rules) -> None:
    """"declined to resign despite calls from the opposition", "refused under pressure from
    Washington", "despite Germany's request": a refusal with no target of its own refuses
    whoever pressed for the act (policies.yaml `pressure_preps`, `pressure_nouns`); not
    when the act refused has a party or object of its own ("refused to impose sanctions
    on Russia despite pressure from Brussels" tells of a sanction not imposed)."""
    if not frame.code.startswith("12") or frame.targets or _act_has_object(frame, rules):
        return
    for holder in (frame.verb, frame.governor):
        for prep in (c for c in (holder.children if holder is not None else ())
                     if c.dep_ == "prep" and c.lower_ in rules.pressure_preps):
            for noun in (p for p in prep.children if p.dep_ == "pobj"
                         and p.lemma_.lower() in rules.pressure_nouns):
                pressers = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
                pressers += [p for c in noun.children if c.dep_ == "prep"
                             and c.lower_ in ("from", "by") for p in c.children
                             if p.dep_ == "pobj"]
                if pressers:
                    frame.targets = pressers
                    return


def _refused_party_thing(frame: Frame, rules: Rules, acting: set[int]) -> None:
    """"refused to join the NATO exercises", "declined to sign the Chinese initiative",
    "refused to pay Gazprom's bills": a refusal with no target of its own, of an act the
    lexicon does not code, refuses the party whose thing the act's object is (its owner:
    a name, possessor or people's adjective); not a thing of the refuser's own ("its",
    "their"), nor what is only said ("declined to confirm the Israeli report"); an act the
    lexicon codes (`acting`: "declined to expel Iranian diplomats") keeps its own roles."""
    if not frame.code.startswith("12") or frame.targets or frame.verb is not frame.trigger[0]:
        return
    for act in (c for c in frame.verb.children if c.dep_ == "xcomp"):
        if act.lemma_.lower() in rules.speech_verbs or _negated(act, rules) or act.i in acting:
            continue
        for thing in (c for c in act.children if c.dep_ == "dobj"):
            owner = _owner(thing, rules)
            if owner is not None and owner.pos_ != "PRON" and owner.i not in {
                    s.i for s in frame.sources}:
                frame.targets = [owner]
                return


def _act_has_object(frame: Frame, rules: Rules) -> bool:
    """Does the act a refusal refuses (its infinitive, or the verb itself) have an object or
    a prepositional party of its own?"""
    acts = [frame.verb, *(c for c in frame.verb.children if c.dep_ == "xcomp")]
    return any(c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ not in
               rules.pressure_preps | CIRCUMSTANCE_PREPS  # ("after allegations")
               and any(p.dep_ == "pobj" for p in c.children)
               for act in acts for c in act.children)


def _nobody(doer: Token, rules: Rules) -> bool:
    """A doer denied by its own words: "no group", "not a single member", "none of the
    states", "nobody", "neither side" (policies.yaml `negation_words`, `nobody_words`)."""
    return doer.lower_ in rules.nobody_words or _negated(doer, rules) or any(
        c.dep_ == "det" and c.lower_ in rules.nobody_words for c in doer.children)


def _no_longer(token: Token) -> bool:
    """A negated adverb of time on a verdict's verb: "is no longer welcome" (a verdict
    turned; an act no longer tolerated is a warning, left to the act's own rules)."""
    return any(c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children)
               for c in token.children)


def _there_is(noun: Token) -> bool:
    """The noun is what an existential "there is" asserts ("there were talks")."""
    head = noun.head
    return noun.dep_ in ("attr", "nsubj") and head.lemma_ == "be" and \
        any(c.dep_ == "expl" for c in head.children)


@per_word(copy=set)
def _aux_lemmas(token: Token, rules: Rules) -> set[str]:
    lemmas = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass", "advmod")}
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in rules.obligation_verbs:
        lemmas.add("must")  # "Iran has to stop", "Serbia needs to recognise"
    if _needed(token, rules):
        lemmas.add("must")  # "it is vital that Uganda withdraw", "vital for Uganda to withdraw"
    if (token.dep_ == "ROOT" or token.dep_ == "ccomp" and token.head.i > token.i) \
            and any(c.dep_ == "nsubj" for c in token.children) \
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children):
        # a headline's "Chinese minister to visit Pakistan", also told by a speaker after
        # it ("Germany to supply Ukraine with air defence, Pistorius says")
        lemmas |= rules.future_words
    if _expected(token, rules):
        lemmas.add("will")  # "the summit between A and B is expected to take place in May"
    return lemmas


def _expected(token: Token, rules: Rules) -> bool:
    """A passive of expecting or scheduling (policies.yaml `expectation_words`) with what is
    expected after it: "is expected to take place", "is scheduled for Friday", "is due to
    begin" tell of what is yet to come."""
    if token.lemma_.lower() not in rules.expectation_words \
            and token.lower_ not in rules.expectation_words:
        return False
    passive = token.pos_ == "ADJ" or any(c.dep_ == "auxpass" for c in token.children)
    return passive and any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "for"
                           for c in token.children)


def _needed(clause: Token, rules: Rules) -> bool:
    """Is `clause` what an impersonal "it is vital / important / necessary" calls for
    (policies.yaml `necessity_words`)?"""
    head = clause.head
    return clause.dep_ in ("ccomp", "advcl") and head.lemma_.lower() == "be" \
        and clause.i > head.i and any(c.dep_ == "nsubj" and c.lower_ == "it"
                                      for c in head.children) \
        and any(c.dep_ in ("acomp", "attr") and c.lower_ in rules.necessity_words
                for c in head.children)


def _apply_mood(frame: Frame, rules: Rules) -> Frame | None:
    """Negation, modality and obligation on the clause verb (or its governor, and the
    copula of a governing adjective: "must be ready to mediate")."""
    clause = [frame.verb] + ([frame.governor] if frame.governor is not None else [])
    copula = _copula_of(frame.governor)
    clause += [copula] if copula is not None else []
    if frame.verb.dep_ in ("csubj", "csubjpass") and \
            _aux_lemmas(frame.verb.head, rules) & (rules.modal_words | rules.future_words):
        return None  # "releasing the prisoners would be a step towards peace": a hypothesis
    if frame.sources and all(_nobody(s, rules) for s in frame.sources):
        return None  # "no group has claimed responsibility": nobody did it, nor refused
    nouns = [t for t in frame.trigger if t.pos_ in ("NOUN", "PROPN")]
    negated = any(_negated(t, rules) for t in clause + nouns
                  if t.lemma_.lower() not in rules.unhesitating_verbs)  # (its own denial)
    auxes = set().union(*(_aux_lemmas(t, rules) for t in clause))
    unrealised = any(c.dep_ == "amod" and c.lower_ in rules.unrealised_words
                     for t in nouns for c in t.children)
    if unrealised:
        auxes.add("would")  # "a planned summit between A and B": not (yet) held
    if _kept_from(frame.verb, rules):
        return None  # "prevented Jordan from delivering aid to Gaza": no aid was delivered
    if negated and (unrealised or any(_there_is(t) for t in nouns)):
        return None  # "there was no meeting between them", "the proposed summit did not
        # take place": nothing happened, nobody refused
    refusal = next((rules.refused_words[k] for k in sorted(rules.refused_words, key=len,
                                                           reverse=True)
                    if frame.code.startswith(k)), None) if negated else None
    if refusal is not None and "receipt" in frame.flags:
        # "did not accept the demands from Brussels", "will not accept any ultimatum from
        # Brussels": the receiver rejects what the giver asked of it
        frame.sources, frame.targets = frame.targets, frame.sources
        frame.code, frame.transform = refusal, "reject"
        return frame
    if negated and ("receipt" in frame.flags and not frame.code.startswith("04")
                    or _lasting_absence(frame.verb)):
        # "has not received aid from China": the giver refused nothing ("did not receive
        # the delegation" is the host's refusal); "has not visited Algeria since 2022"
        return None
    if negated:
        return _recode(frame, "reject", rules) if frame.code.startswith(COOPERATION_ROOTS) \
            and frame.transform != "reject" else None
    if auxes & rules.obligation_words and frame.transform in (None, "intent", "cease"):
        # ("Y must be ready to talk", said by X: X demands talks of Y, no intent of Y's;
        # "Y must stop shelling the plant": X demands that Y de-escalate)
        speaker = frame.speaker or (speaker_of(copula, rules) if copula is not None else None)
        if speaker is None:
            return None
        if _self_obliged(frame, rules):  # "Russia and China said they must deepen ties"
            return frame if frame.transform == "intent" else _recode(frame, "intent", rules)
        if frame.transform == "intent":
            frame.code, frame.transform = frame.entry.code, None
        frame.targets, frame.sources, frame.speaker = frame.sources, [speaker], speaker
        return _recode(frame, "demand", rules)
    if auxes & (rules.modal_words | rules.future_words) and _announced_measure(frame, rules):
        return frame
    if (auxes & rules.modal_words or _foreseen(frame.verb, rules, frame.code)) \
            and frame.transform is None:
        if "have" in auxes:  # "may have launched": a possibly past event, not an intent
            # ("could have struck": what did not happen)
            return None if auxes & rules.counterfactual_modals else frame
        frame.flags.append(MODAL)
        return _recode(frame, "intent", rules)
    if auxes & rules.future_words and frame.transform is None:
        return _recode(frame, "future", rules)
    return frame


def _kept_from(verb: Token, rules: Rules) -> bool:
    """Is `verb` what a party was kept from doing: the gerund after "from" of a verb of
    preventing (policies.yaml `preventing_verbs`: "stopped the convoy from reaching Gaza",
    "barred Russian ships from docking")?"""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "from" \
        and verb.head.head.lemma_.lower() in rules.preventing_verbs


def _expected_of_another(verb: Token, rules: Rules) -> bool:
    """"Washington expects Israel to allow more aid into Gaza", "we expect Russia to
    withdraw its troops": a party (no forecaster: "analysts expect Beijing to lash out")
    expecting an act of another party's demands it (policies.yaml `expecting_verbs`);
    a hostile act expected ("Kyiv expects Russia to launch an offensive") is foreseen."""
    if verb.lemma_.lower() not in rules.expecting_verbs:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and not any(
        s.lemma_.lower() in rules.forecaster_nouns for s in subjects) and any(
        c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"
        and any(g.dep_ == "nsubj" for g in c.children) for c in verb.children)


def _foreseen(verb: Token, rules: Rules, code: str = "") -> bool:
    """An act told as foreseen (policies.yaml `foreseeing_words`): the infinitive of "is
    likely to", or a clause with a doer of its own that "expect" or "predict" takes
    ("analysts expect Beijing to lash out", "predict that Seoul will protest")."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or head.i == verb.i \
            or head.lemma_.lower() not in rules.foreseeing_words \
            or code[:2] not in HOSTILE_ROOTS and _expected_of_another(head, rules):
        return False
    return head.pos_ == "ADJ" or any(c.dep_ == "nsubj" for c in verb.children)


def _announced_measure(frame: Frame, rules: Rules) -> bool:
    """"announced it would suspend aid to Niger", "said it would close its embassy in
    Dublin": a measure (policies.yaml `announced_measure_codes`) told in the future as what
    its doer announces, or a cut in relations it says of itself (`own_course_verbs` and
    `own_course_codes`, `self_pronouns`, a foretelling word: not "said Ankara could recall
    its envoy"), is decided, unless a condition hangs on it ("... if the junta stays")."""
    verb = frame.verb
    if frame.transform is not None or not frame.code.startswith(rules.announced_measure_codes) \
            or verb.dep_ != "ccomp" or _conditional(verb, rules) \
            or _bears_condition(verb, rules):
        return False
    teller = verb.head.lemma_.lower()
    return teller in rules.announcing_verbs or teller in rules.own_course_verbs \
        and frame.code.startswith(rules.own_course_codes) and any(
            c.dep_ == "nsubj" and c.lower_ in rules.self_pronouns for c in verb.children) \
        and not _aux_lemmas(verb, rules) & (rules.modal_words - rules.foretelling_words
                                            | rules.likelihood_words)


def _bears_condition(verb: Token, rules: Rules) -> bool:
    """Does a condition hang on `verb`: "... if the junta stays"?"""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in rules.conditional_marks
                                         for m in c.children) for c in verb.children)


def _agreed_measure(frame: Frame, governor: Token, rules: Rules) -> bool:
    """"EU foreign ministers agreed to impose sanctions on six officials": a measure
    (`announced_measure_codes`) its doers agree among themselves to take (policies.yaml
    `agreeing_verbs`, no partner named: "agreed with Washington to ..." is an accord) is
    decided, as an announced one is; a condition still makes it a threat."""
    return governor.lemma_.lower() in rules.agreeing_verbs \
        and frame.code.startswith(rules.announced_measure_codes) \
        and not _partners(governor, rules) and not _conditional(frame.verb, rules) \
        and not any(_bears_condition(v, rules) for v in (frame.verb, governor))


#: Pronouns by which speakers name themselves in what they say they must do.
SELF_PRONOUNS = frozenset({"we", "they", "it", "i"})
SELF_POSSESSIVES = frozenset({"our", "their", "its", "my"})


def _self_obliged(frame: Frame, rules: Rules) -> bool:
    """Do the speakers bind themselves: "they must deepen ties", "the two countries should
    expand trade", "their armies must coordinate"? A duty the speaker puts on itself is its
    own intent, no demand on another (and none on each other when two speak together)."""
    return bool(frame.sources) and all(_own_party(s, rules) for s in frame.sources)


def _own_party(token: Token, rules: Rules) -> bool:
    """A phrase by which speakers name themselves: "they", "we", "the two countries", "both
    sides", "their armies", "our forces"."""
    phrase = " ".join(t.lower_ for t in token.doc[token.left_edge.i:token.i + 1])
    return token.pos_ == "PRON" and token.lower_ in SELF_PRONOUNS \
        or phrase in rules.pair_phrases or any(
            c.dep_ == "poss" and c.lower_ in SELF_POSSESSIVES for c in token.children)


def _lasting_absence(verb: Token) -> bool:
    """A negated perfect over a stretch of time ("has not visited Algeria since 2022", "had
    not met for years", "has not hosted a Chinese leader in a decade"): how long something
    has not happened, no refusal."""
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    spans = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("since", "for", "in")
             for p in c.children if p.dep_ == "pobj"]
    spans += [c for c in verb.children if c.dep_ == "npadvmod"]
    return any(is_time(p) for p in spans)


def _copula_of(governor: Token | None) -> Token | None:
    """The "be" an adjective governor is the complement of ("is ready to", "are willing to")."""
    if governor is None or governor.dep_ != "acomp" or governor.head is governor:
        return None
    return governor.head


def _reversed(noun: Token, rules: Rules) -> bool:
    """An event noun that is the subject of a clause ending or cutting it back ("operations
    ... to be scaled back", "the strikes be halted"; policies.yaml `reversal_verbs`), also
    when the parser hangs that clause on the verb calling "for" the noun."""
    reversals = rules.reversal_verbs
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in reversals
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    return any(c.dep_ in ("advcl", "xcomp") and c.i > noun.i and to_infinitive(c)
               and c.lemma_.lower() in reversals
               and not any(s.dep_.startswith("nsubj") for s in c.children)
               for c in noun.head.head.children)


def _recode(frame: Frame, kind: str, rules: Rules) -> Frame | None:
    code = rules.transform(kind, frame.code)
    if code is None:
        return None
    if code == frame.code:
        return frame
    frame.code = code
    frame.transform = kind if frame.transform is None else f"{frame.transform}+{kind}"
    return frame


def teller_of(token: Token, rules: Rules) -> Token | None:
    """Who tells `token`'s clause: its speaker, else the subject of the verb whose clause it
    is ("experts fear that ...", "analysts expect that ...")."""
    speaker = speaker_of(token, rules)
    if speaker is not None:
        return speaker
    top = clause_top(token)
    if top.dep_ != "ccomp":
        return None
    subjects = verb_subjects(top.head, rules)[0]
    return subjects[0] if subjects else None


def reporting_verbs(token: Token, rules: Rules) -> Iterator[Token]:
    """The speech verbs that report `token`'s clause, nearest first."""
    current = token
    while current.head is not current:
        dep, head = current.dep_, current.head
        if (dep in ("ccomp", "parataxis") and head.lemma_.lower() in rules.speech_verbs) \
                or reported_first(current, rules):
            yield head
        if dep not in ("conj", "xcomp", "ccomp", "advcl", "parataxis", "dobj", "pobj", "prep"):
            break
        current = head


@per_word()
def speaker_of(token: Token, rules: Rules) -> Token | None:
    """The subject of the speech verb that reports `token`'s clause, or "according to X"."""
    for verb in reporting_verbs(token, rules):
        subjects, _, _ = verb_subjects(verb, rules)
        if subjects:
            return subjects[0]
    if not text_holds(token.doc, "according"):  # (most sentences: no sentence to walk)
        return None
    for t in token.sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "to":
            objs = [c for c in t.nbor(1).children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def _speech_acts(sent: Any, frames: list[Frame], rules: Rules,
                 dropped: frozenset[int] = frozenset()) -> list[Frame]:
    """"Lavrov told Blinken the plan was a mistake": the statement towards its addressee,
    only when no event was coded in the reported clause. Without an addressee, only a named
    actor the clause is about ("Russia said Washington's plan was reckless") and only when
    the clause held no event the policies dropped ("X said Y might ...", "X said Y has not
    ..." report no event, so no filler statement either) and tells of no act done to
    something (`_tells_an_act`); obligation makes it a demand."""
    if not lemma_holds(sent.doc, rules.speech_verbs):
        return []  # (most sentences: no verb of saying to walk the words for)
    reported = {f.speaker.i for f in frames if f.speaker is not None}
    triggers = {t.i for f in frames for t in f.trigger}
    acts: list[Frame] = []
    for token in sent:
        lemma = token.lemma_.lower()
        if lemma not in rules.speech_verbs or lemma in rules.cognition_verbs \
                or token.pos_ != "VERB" or token.i in triggers or _negated(token, rules) \
                or _unable(token, rules):
            continue
        subjects, _, _ = verb_subjects(token, rules)
        if not subjects or subjects[0].i in reported \
                or subjects[0].lemma_.lower() in rules.non_speakers:
            continue  # "the report suggests ...", "the data indicate ...": no speaker
        if token.dep_ in ("advcl", "conj", "xcomp") and token.head.i in triggers:
            continue  # "criticized Thailand, saying ...": the words of the coded act
        clauses = [c for c in token.children if c.dep_ in ("ccomp", "parataxis")]
        obliged = any(_aux_lemmas(c, rules) & rules.obligation_words for c in clauses)
        bidden = [c for c in token.children if c.dep_ == "xcomp" and to_infinitive(c)] \
            if lemma in rules.demand_verbs else []
        if any(t.i in triggers for c in bidden for t in c.subtree):
            continue  # "told France to withdraw its troops": the demand of that act
        targets = _addressees(token, rules)
        told_nothing = any(_speculative(c, rules) or t.i in dropped
                           for c in clauses for t in c.subtree)
        if not targets and (obliged or not told_nothing):
            told = clauses if obliged else [c for c in clauses if not _tells_an_act(c)]
            about = [s for c in told for s in verb_subjects(c, rules)[0]]
            targets = about if obliged else [s for s in about if _named(s)]
            if obliged and about and all(_own_party(s, rules) for s in about):
                continue  # "said their armies must coordinate": a duty of their own
        if not targets and not told_nothing and not any(
                t.i in triggers for c in clauses for t in c.subtree):
            # "Lisbon said the figures were encouraging": a statement to nobody, a happening
            # of its speaker alone (one-sided coders keep it)
            acts.append(Frame([token], rules.speech_code, Entry(lemma, "V", "", (),
                              rules.speech_code, (), "speech"), token, sources=subjects,
                              targets=[], flags=["speech-act", UNADDRESSED]))
        if not targets:
            continue
        targets = targets[:1] + [c for c in targets[0].conjuncts if c.i > targets[0].i]
        # ("told the UN mission to leave": a demand, said to a placed addressee as any
        # speech act is)
        code = rules.transform("demand", "") if obliged or bidden else \
            rules.phone_code if _by_phone(token, rules) else rules.speech_code
        entry = Entry(lemma, "V", "", (), code or rules.speech_code, (), "speech")
        acts.append(Frame([token], entry.code, entry, token, sources=subjects,
                          targets=targets, flags=["demand" if obliged else "speech-act"]))
    return acts


def _tells_an_act(clause: Token) -> bool:
    """A reported clause that tells what its subject did to something ("a Chinese jet
    intercepted an American plane", "drones struck a refinery"): an act the lexicon could
    not code, not a statement about the subject, which describes it ("Greece had acted
    recklessly", "the plan was under review")."""
    return any(c.dep_ in ("dobj", "dative") for c in clause.children)


def _addressees(verb: Token, rules: Rules) -> list[Token]:
    """"told reporters", "said to Blinken", "assured him": who a speech verb addresses."""
    deps = ("dative", "dobj") if verb.lemma_.lower() in rules.addressee_object_verbs \
        else ("dative",)
    found = [c for c in verb.children if c.dep_ in deps and c.pos_ in ("PROPN", "NOUN", "PRON")]
    found += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
              for p in c.children if p.dep_ == "pobj"]
    # "told the Russian news agency", "told reporters": the media pass words on, no
    # statement is addressed to their country
    return [a for a in found if a.lemma_.lower() not in rules.media_nouns
            and not any(c.lemma_.lower() in rules.media_nouns for c in a.children
                        if c.dep_ == "compound")]


def _speculative(clause: Token, rules: Rules) -> bool:
    """A reported clause that only says what may happen ("Greece might take the dispute to
    court"): no statement is coded for it."""
    return bool(_aux_lemmas(clause, rules) & (rules.modal_words | rules.future_words))


def _by_phone(verb: Token, rules: Rules) -> bool:
    """"told Trump in a phone call", "said by telephone": the statement was a call."""
    return any(p.lemma_.lower() in rules.phone_words for c in verb.children
               if c.dep_ == "prep" and c.lower_ in ("in", "by", "during", "over", "on")
               for p in c.children if p.dep_ == "pobj")


def _named(token: Token) -> bool:
    """A subject that names an actor: a name, a pronoun, or a phrase owned by or built on a
    name ("Washington's plan", "Turkish jets"), not a thing merely placed somewhere
    ("unemployment in Spain")."""
    if token.pos_ in ("PROPN", "PRON"):
        return True
    return any((c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON")) or
               (c.dep_ in ("compound", "amod") and c.text[:1].isupper())
               for c in token.children)
