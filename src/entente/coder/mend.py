"""Mending one parse error the coder meets often in wire copy: a participle of saying read as
the head noun of the name before it.

"Colombia sent a note to the OAS warning that it would protect its airspace" is parsed with
"the OAS warning" as one noun phrase (the acronym a compound of a noun "warning") and the
"that" clause hanging on that noun. A reader takes "warning" for a participle of the
sentence's verb, told by its subject, with "the OAS" the addressee of the note.
`mend_told_participles` re-hangs such tokens so that every later rule reads the sentence as
the reader does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .dates import WEEKDAYS
from .mendgate import PRESENT_KEY, Present, needs

#: Dependencies of a clause that tells what was said ("that it would ...", "to leave").
_TOLD = frozenset({"acl", "relcl", "ccomp"})


def mend_parse(doc: Any, verb_of: Callable[[str], str | None],
               demonym: Callable[[str], bool] | None = None, rules: Any = None,
               act_of: Callable[[str], str] | None = None,
               no_passive: Callable[[str, frozenset[str]], bool] | None = None,
               verb_form: Callable[[str], str] | None = None,
               titled: Callable[[str], bool] | None = None,
               placed: Callable[[str], bool] | None = None,
               takes: Callable[[str, str], bool] | None = None) -> None:
    """Every mending of this module, in order, on one parse (see each function);
    `demonym` tells whether a text is a people's adjective ("Sierra Leonean"); `rules`
    (entente.coder.bundle.Rules) gives the word lists of the mendings that need them;
    `act_of` gives the lexicon verb an inflected form is of ("expels": "expel"), or "";
    `no_passive` whether a verb form with its prepositions is a lexicon act that takes no
    object; `verb_form` the verb of the lexicon or the policies a form is of ("bore":
    "bear"), or ""; `titled` whether words are a person's title ("minister", "army
    chief"), `placed` whether a word names a state or its people ("Jordan", "Jordanian");
    `takes` whether a lexicon verb form takes a noun lemma as its object ("trade", "fire").
    A mending that cannot fire on `doc` is skipped (see `mendgate`)."""
    doc.user_data[PRESENT_KEY] = Present(doc)
    try:
        _mend_all(doc, verb_of, demonym, rules, act_of, no_passive, verb_form, takes)
        if titled is not None and placed is not None:
            mend_shared_titles(doc, titled, placed)
    finally:
        del doc.user_data[PRESENT_KEY]


def _mend_all(doc: Any, verb_of: Callable[[str], str | None],
              demonym: Callable[[str], bool] | None, rules: Any,
              act_of: Callable[[str], str] | None,
              no_passive: Callable[[str, frozenset[str]], bool] | None,
              verb_form: Callable[[str], str] | None,
              takes: Callable[[str, str], bool] | None = None) -> None:
    if act_of is not None:
        mend_acronym_headlines(doc, act_of)
        mend_headline_subjects(doc, act_of)
    mend_verbal_prepositions(doc)
    mend_infinitive_nouns(doc)
    mend_opening_quotes(doc)
    mend_stray_name_words(doc)
    if rules is not None:
        mend_honorifics(doc, rules.honorifics)
    mend_nominal_gerunds(doc)
    if rules is not None:
        mend_adjective_participles(doc, rules.adjective_participles)
        mend_appended_denials(doc, rules.deny_verbs, rules.charge_nouns, act_of)
        mend_answered_proposals(doc, frozenset(rules.governor_nouns), rules.proposal_answers)
        mend_charges_on_objects(doc, rules.charge_preps, frozenset(rules.body_nouns),
                                rules.pair_heads)
        mend_blamed_parties(doc, rules.blamed_party_preps)
        mend_occasion_clauses(doc, rules.speech_occasions, rules.speech_verbs)
        mend_standing_passives(doc, rules.standing_auxiliaries)
        mend_small_clauses(doc, rules.small_clause_verbs)
        mend_named_plurals(doc, rules.naming_verbs)
        mend_seated_bodies(doc, rules.seated_bodies)
    mend_told_participles(doc, verb_of)
    if rules is not None:
        mend_speakers_next_words(doc, verb_of, rules.speech_verbs, rules.people_nouns)
    mend_trailing_reports(doc, verb_of)
    mend_appended_reports(doc, verb_of)
    mend_misread_relatives(doc)
    if rules is not None:
        mend_trailing_speakers(doc, rules.speech_verbs)
    mend_split_coordinations(doc)
    mend_bracketed_coordinations(doc)
    mend_echoed_auxiliaries(doc)
    if demonym is not None:
        mend_noun_demonyms(doc, demonym)
        mend_people_demonyms(doc, demonym)
        mend_demonym_gerunds(doc, demonym)
    mend_shifted_objects(doc)
    mend_objects_after_days(doc)
    mend_objects_conjoined_to_verbs(doc)
    if rules is not None:
        mend_shifted_measures(doc, rules.measure_nouns)
        mend_second_receivers(doc, rules.content_nouns)
    mend_headline_pairs(doc)
    mend_headline_appositions(doc)
    mend_rootless_subjects(doc)
    if rules is not None and no_passive is not None:
        mend_participle_clauses(doc, rules.speech_verbs, no_passive)
    if act_of is not None and no_passive is not None:
        mend_headline_passives(doc, act_of, no_passive)
    if rules is not None and verb_form is not None:
        mend_reported_compound_verbs(doc, rules.speech_verbs, verb_form)
    if act_of is not None:
        mend_opening_present_verbs(doc, act_of)
        mend_verbs_between_names(doc, act_of)
        mend_headline_pair_verbs(doc, act_of, takes)
        mend_verbs_inside_names(doc, act_of)
        mend_compound_present_verbs(doc, act_of)
        mend_progressive_nouns(doc, act_of)


@needs(lambda p, titled, placed: "conj" in p.deps and "PROPN" in p.pos)
def mend_shared_titles(doc: Any, titled: Callable[[str], bool],
                       placed: Callable[[str], bool]) -> None:
    """"Israel's defence minister and former army chief Benny Gantz", "Pakistan's Deputy
    Prime Minister and Foreign Minister Ishaq Dar" are parsed as two conjoined phrases, the
    first a bare title: two actors. A reader sees one person with two titles: a title with
    no name of its own, joined by "and" to a name its own titles open (no determiner; or to
    a title with the name right after it, "and chief negotiator Ali Bagheri Kani"), is a
    modifier of that name, which takes its place (as "Russian Foreign Minister and Security
    Council member Sergei Lavrov" is parsed). A second title `placed` in a state of its own
    is another person's ("Egypt's president and Jordanian King Abdullah")."""
    for second in [t for t in doc if t.dep_ == "conj"]:
        title, name = second.head, _named_by(second)
        if name is None or title.i >= second.i or title.pos_ not in ("NOUN", "PROPN") \
                or not titled(title.lower_) or doc[second.left_edge.i - 1].lower_ != "and" \
                or any(c.i > title.i and c.dep_ not in ("cc", "conj") or c.dep_ == "appos"
                       for c in title.children):
            continue
        opening = doc[second.left_edge.i:name.i]
        words = [t.lower_ for t in opening]
        pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]  # "army chief"
        if not opening or opening[0].dep_ in ("det", "poss") \
                or not any(map(titled, words + pairs)) \
                or any(placed(t.text) for t in opening if t.text[:1].isupper()):
            continue
        name.head, name.dep_ = (name if title.head.i == title.i else title.head), title.dep_
        title.head, title.dep_ = name, "nmod"
        if second.i != name.i:
            second.head, second.dep_ = name, "nmod"


def _named_by(second: Any) -> Any:
    """The name a conjoined title phrase ends in: the conjunct itself ("Foreign Minister
    Ishaq Dar"), or the name right after a title conjunct ("chief negotiator Ali Kani")."""
    if second.pos_ == "PROPN":
        return second
    return next((c for c in second.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.left_edge.i == second.i + 1), None)


@needs(lambda p: ("compound", "PROPN") in p.dep_pos and any(
    (dep, "PROPN") in p.dep_pos for dep in ("dep", "advcl", "npadvmod")))
def mend_stray_name_words(doc: Any) -> None:
    """"ECOWAS Commission President Omar Touray urged ...": the parser leaves the first word
    of a long name hung on the verb ("dep", "advcl"), so the name reads "Commission President
    Omar Touray" and the body it belongs to is lost. A proper noun hung so right before a
    proper noun that is a word of a name after it is a word of that name too."""
    for word in doc:
        after = doc[word.i + 1] if word.i + 1 < len(doc) else None
        if word.dep_ in ("dep", "advcl", "npadvmod") and word.pos_ == "PROPN" \
                and after is not None and word.head.i > word.i \
                and after.pos_ == "PROPN" and after.dep_ == "compound" and after.head.i > after.i:
            word.head, word.dep_ = after, "compound"


@needs(lambda p, honorifics: "appos" in p.deps)
def mend_honorifics(doc: Any, honorifics: frozenset[str]) -> None:
    """"HE the Prime Minister met ...", "received HH the Amir": Gulf agencies write His
    Excellency and His Highness in capitals (roles.yaml `honorifics`), which the parser takes
    for the pronoun "he" with the title as its apposition. The title or name in apposition
    takes the honorific's place in the clause; the honorific is a word of its phrase."""
    for word in doc:
        if word.text not in honorifics:
            continue
        named = next((c for c in word.children if c.dep_ == "appos"
                      and c.left_edge.i == word.i + 1), None)
        if named is None or any(c.dep_ == "cc" for c in named.children):
            continue  # ("HE the Prime Minister and Minister of ... Sheikh X": left as parsed)
        named.head, named.dep_ = (named if word.head.i == word.i else word.head), word.dep_
        for other in [c for c in word.children if c.dep_ == "appos" and c.i != named.i]:
            other.head = named  # ("HE the Minister of State ... Dr. Mohammed Al Khulaifi")
        word.head, word.dep_ = named, "nmod"


def mend_acronym_headlines(doc: Any, act_of: Callable[[str], str]) -> None:
    """"ECOWAS lifts sanctions on Niger", "OPEC cuts output": the tagger reads the
    acronym that opens a headline as its verb and the verb after it as a plural noun. An
    upper-case word read as the root verb, first in its sentence, followed by a noun in "-s"
    that is a form of a lexicon verb, is the subject of that word, which becomes the root
    (read as a headline verb, frames.headline_verb) with the acronym's other dependents."""
    for sent in list(doc.sents):
        name = sent.root
        if name.i != sent.start or name.i + 1 >= sent.end or not name.is_upper \
                or len(name.text) < 2 or name.pos_ not in ("VERB", "AUX"):
            continue
        verb = doc[name.i + 1]
        if verb.pos_ != "NOUN" or not verb.lower_.endswith("s") or not act_of(verb.lower_):
            continue
        for child in [c for c in name.children if c.i != verb.i]:
            child.head = verb
        verb.head, verb.dep_ = verb, "ROOT"
        name.head, name.dep_, name.pos_, name.tag_ = verb, "nsubj", "PROPN", "NNP"


@needs(lambda p, act_of: ("ROOT", "NOUN") in p.dep_pos)
def mend_headline_subjects(doc: Any, act_of: Callable[[str], str]) -> None:
    """"Sweden expels Russian diplomat over spying" is parsed with no verb: "expels" a
    plural noun, the root, and "Sweden" its modifier. A reader sees a headline verb with its
    subject: a capitalised modifier that opens the sentence becomes the subject of a root
    noun in "-s" that is a form of a lexicon verb and has an object of its own, or of such
    a bare form after a plural name ("The Maldives accuse India of ..."); so does a plural
    noun whose phrase opens the sentence before a bare form (a Title Case headline's common
    words are parsed in lower case: "Russian missiles pound Kyiv", "Israeli tanks shell
    Rafah"); the coder then reads the root as a headline verb (frames.headline_verb)."""
    for token in doc:
        if token.dep_ != "ROOT" or token.pos_ != "NOUN" or not act_of(token.lower_) \
                or not any(c.dep_ in ("dobj", "appos") and c.i > token.i for c in token.children) \
                or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in token.sent):
            continue
        before = [c for c in token.children if c.i < token.i]
        if len(before) != 1 or before[0].dep_ not in ("amod", "compound", "nmod") \
                or before[0].left_edge.i != token.sent.start:
            continue
        opener = before[0]
        if opener.text[:1].isupper() and (token.lower_.endswith("s") or opener.tag_ == "NNPS") \
                or opener.tag_ == "NNS" and not token.lower_.endswith("s"):
            opener.dep_ = "nsubj"


@needs(lambda p: ("xcomp", "NN") in p.dep_tag)
def mend_infinitive_nouns(doc: Any) -> None:
    """"China offered to host talks between the two neighbours": the tagger reads the verb
    after "to" as a noun. A word the parser hung as a clause ("xcomp") with "to" as its
    auxiliary and an object of its own is a verb in the infinitive."""
    for word in doc:
        if word.dep_ == "xcomp" and word.tag_ == "NN" \
                and any(c.dep_ == "aux" and c.tag_ == "TO" for c in word.children) \
                and any(c.dep_ == "dobj" for c in word.children):
            word.pos_, word.tag_ = "VERB", "VB"


@needs(lambda p: "'" in p.words and "case" in p.deps)
def mend_opening_quotes(doc: Any) -> None:
    """"China says US trade curbs 'unacceptable'" is parsed with the opening quote the
    possessive ending of the noun before it, as if the curbs owned the verdict. A reader
    takes a quote mark with a space before it and none after for an opening quote (a
    possessive "Brussels' decision" has no space before it): the noun becomes the subject of
    the word it was read to own, the mark punctuation. A verb read as the owner ("Beijing
    rejects 'absurd' British spying allegations") takes the owned noun as its object and
    that noun's place in the sentence."""
    for mark in doc:
        if mark.text != "'" or mark.dep_ != "case" or mark.i == 0 or mark.whitespace_ \
                or not doc[mark.i - 1].whitespace_ or mark.head.dep_ != "poss":
            continue
        owner, owned = mark.head, mark.head.head
        if owner.tag_ in ("VBZ", "VBD") and any(c.dep_ == "nsubj" for c in owner.children):
            rooted = owned.dep_ == "ROOT"
            owner.head, owner.dep_ = (owner, "ROOT") if rooted else (owned.head, owned.dep_)
            owned.head, owned.dep_ = owner, "dobj"
            owner.pos_ = "VERB"
        else:
            owner.dep_ = "nsubj"
        mark.head, mark.dep_, mark.pos_, mark.tag_ = owner.head, "punct", "PUNCT", "``"


@needs(lambda p: ("prep", "VBG") in p.dep_tag)
def mend_verbal_prepositions(doc: Any) -> None:
    """"Following talks with Erdogan, Putin said ..." is parsed with "Following" labelled a
    preposition but tagged a verb whose object is "talks". Read it as the preposition the
    label says ("after talks with Erdogan"): its object becomes the preposition's object."""
    for token in doc:
        if token.dep_ != "prep" or token.tag_ != "VBG":
            continue
        objects = [c for c in token.children if c.dep_ == "dobj"]
        if len(objects) != 1:
            continue
        objects[0].dep_ = "pobj"
        token.pos_, token.tag_ = "ADP", "IN"


@needs(lambda p, adjectival: not p.words.isdisjoint(adjectival)
       and not p.tags.isdisjoint(("VBG", "VBN", "VBD")))
def mend_adjective_participles(doc: Any, adjectival: frozenset[str]) -> None:
    """"Addis Ababa accused neighbouring Eritrea of arming rebels" is parsed with
    "neighbouring" a verb whose object is "Eritrea". A reader takes the word for an
    adjective of the name: the name takes the participle's place (and its other
    dependents), the participle becomes its modifier. The name may be a phrase of several
    words ("met visiting Lao President Thongloun Sisoulith", "met with visiting Pakistani
    Prime Minister Shehbaz Sharif": the host meets the guest, not visits him). A past
    participle is read so only right after a preposition left with no object ("condemned
    the plan to build homes in occupied East Jerusalem": the place, never an occupation);
    the name becomes that preposition's object."""
    for token in doc:
        if token.lower_ not in adjectival or token.head is token \
                or token.dep_ not in ("xcomp", "advcl", "dobj", "pobj", "pcomp", "amod", "acl"):
            continue
        before = doc[token.i - 1] if token.i else None
        bare = before is not None and before.dep_ == "prep" and not any(
            c.dep_ in ("pobj", "pcomp") for c in before.children)
        if token.tag_ != "VBG" and not (bare and token.tag_ in ("VBN", "VBD")):
            continue
        name = next((c for c in token.children if c.dep_ == "dobj"
                     and c.left_edge.i == token.i + 1), None)
        if name is None or name.pos_ != "PROPN" and name.tag_ != "NNP" \
                or token.dep_ == "pcomp" and token.head.lower_ != "with":
            continue  # ("talks with visiting X", but "after visiting Russia" is a visit)
        dep = {"xcomp": "dobj", "advcl": "dobj", "pcomp": "pobj"}.get(token.dep_, token.dep_)
        for child in [c for c in token.children if c.i != name.i]:
            child.head = name if child.i < name.i else token.head
        name.head, name.dep_ = (before, "pobj") if bare else (token.head, dep)
        token.head, token.dep_, token.pos_, token.tag_ = name, "amod", "ADJ", "JJ"


@needs(lambda p, deny_verbs, charge_nouns, act_of=None: "," in p.words
       and not p.words.isdisjoint(charge_nouns))
def mend_appended_denials(doc: Any, deny_verbs: frozenset[str],
                          charge_nouns: frozenset[str],
                          act_of: Callable[[str], str] | None = None) -> None:
    """"Kinshasa accused Rwanda of backing the rebels, a charge Kigali denies" is parsed
    with the accusation a clause of "denies", as if Kigali denied that Kinshasa accused.
    A reader takes the phrase after the comma for a comment on the claim, as in "...,
    which Kigali denies": the denial becomes a relative clause of the word before the
    comma, with the charge noun its object and the name before the verb its subject. The
    tagger may read the verb as a plural noun after the name ("an allegation Ukraine
    rejects"): with `act_of`, such a form of a denying verb is that verb. The charge may be
    a bare plural the tagger reads as a verb ("..., charges Islamabad denies") and joined
    by "that" ("..., allegations that Moscow has denied"): a relative pronoun, not a
    clause of what was denied."""
    for verb in doc:
        misread = act_of is not None and verb.pos_ == "NOUN" and verb.tag_ == "NNS" \
            and verb.i > 0 and doc[verb.i - 1].pos_ == "PROPN" \
            and act_of(verb.lower_) in deny_verbs
        if not misread and (verb.lemma_.lower() not in deny_verbs or verb.pos_ != "VERB"
                            or verb.dep_ not in ("ROOT", "ccomp", "acl", "relcl", "conj")):
            continue
        comma = next((t for t in reversed(doc[:verb.i]) if t.is_punct), None)
        if comma is None or comma.text != "," or comma.i < 2:
            continue
        between = doc[comma.i + 1:verb.i]
        charge = next((t for t in between if t.lower_ in charge_nouns), None)
        last = doc[comma.i - 1]
        if charge is None or last.pos_ not in ("NOUN", "PROPN") or any(
                t.pos_ == "VERB" and t.i != charge.i for t in between):
            continue
        if verb.dep_ in ("acl", "relcl", "conj") and verb.head.i != charge.i:
            continue  # (only a clause the parser hung on the charge itself)
        that = doc[charge.i + 1] if doc[charge.i + 1].lower_ == "that" else None
        denier = next((t for t in between if t.i > charge.i and t.pos_ in ("PROPN", "NOUN")
                       and (t.dep_ != "compound" or t.head.i == verb.i)), None)
        main = _clause_top(doc[:comma.i])
        if denier is None or main is None:
            continue
        if misread:
            verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBZ", act_of(verb.lower_)
        if charge.pos_ == "VERB":  # "charges Islamabad denies": a plural noun
            charge.pos_, charge.tag_ = "NOUN", "NNS"
            charge.lemma_ = charge.lower_.removesuffix("s")
        if that is not None:
            that.head, that.dep_, that.tag_ = verb, "mark", "WDT"
        if main.head.i in (verb.i, charge.i):  # (the parser's root may be either)
            main.head, main.dep_ = main, "ROOT"
        for token in doc[comma.i + 1:charge.i]:
            token.head = charge  # ("a", "new": the parser may hang them on the name)
        verb.head, verb.dep_ = last, "relcl"
        charge.head, charge.dep_ = verb, "dobj"
        denier.head, denier.dep_ = verb, "nsubj"
        comma.head = last


@needs(lambda p, governors, answers: "," in p.words and "relcl" in p.deps
       and "WDT" in p.tags and not p.lemmas.isdisjoint(answers))
def mend_answered_proposals(doc: Any, governors: frozenset[str],
                            answers: frozenset[str]) -> None:
    """"Poland's demand for reparations, which Berlin rejected, has strained ties" is parsed
    with the relative clause on "reparations". A reader takes a clause set off by a comma
    whose verb answers a demand, request or offer (policies.yaml `proposal_answers`) and
    whose object is the relative pronoun for an answer to the governor noun (`governor_nouns`)
    whose "for" or "of" phrases end before it ("demand for the return of prisoners, which
    Baku ignored"): the clause is re-hung on that noun."""
    for verb in doc:
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in answers \
                or doc[verb.left_edge.i - 1].text != "," or not any(
                    c.dep_ == "dobj" and c.tag_ == "WDT" for c in verb.children):
            continue
        noun = verb.head
        while noun.dep_ == "pobj" and noun.head.lower_ in ("for", "of") \
                and noun.lemma_.lower() not in governors:
            noun = noun.head.head
        if noun is not verb.head and noun.pos_ == "NOUN" and noun.lemma_.lower() in governors:
            verb.head = noun


@needs(lambda p, charge_preps, bodies, pairs=frozenset(): "dobj" in p.deps
       and "prep" in p.deps and any(lemma in charge_preps for lemma in p.lemmas))
def mend_charges_on_objects(doc: Any, charge_preps: dict[str, tuple[str, ...]],
                            bodies: frozenset[str], pairs: frozenset[str] = frozenset()) -> None:
    """"Tehran accused the watchdog of bias", "Seoul blamed the agency for the leak",
    "warned the two countries of overwhelming countermeasures" are parsed with the charge
    hung on the object, so the actor reads "the watchdog of bias". The last preposition of
    the phrase of a body noun object (roles.yaml `body_nouns`) or of a pair phrase ("the
    two countries", "both sides": `pair_heads`), when it carries the verb's charge
    (`charge_preps`), the verb has none of its own and its object is no name, is the verb's.
    (Measured: for any object noun, "the government of Iraq of ...", it cost held-out
    figures.)"""
    for obj in doc:
        verb = obj.head
        preps = charge_preps.get(verb.lemma_.lower(), ())
        pair = obj.lower_ in pairs and any(c.lower_ in ("two", "both") for c in obj.children)
        if obj.dep_ != "dobj" or not preps or not pair and obj.lemma_.lower() not in bodies \
                or any(c.dep_ == "prep" and c.lower_ in preps for c in verb.children):
            continue
        prep = next((c for c in reversed(list(obj.subtree)) if c.dep_ == "prep"), None)
        if prep is None or prep.i < obj.i or prep.lower_ not in preps or any(
                p.dep_ == "pobj" and p.pos_ == "PROPN" for p in prep.children):
            continue
        prep.head = verb


@needs(lambda p, party_preps: "dobj" in p.deps and "prep" in p.deps
       and any(lemma in party_preps for lemma in p.lemmas))
def mend_blamed_parties(doc: Any, party_preps: dict[str, tuple[str, ...]]) -> None:
    """"Russia blamed the attack on Ukraine", "Kyiv blamed the explosion on Russian
    saboteurs", "pinned the blame for the bombing on India" are parsed with the party hung
    on the deed ("the attack on Ukraine"). The last phrase of the verb's party preposition
    (roles.yaml `blamed_party_preps`) in its direct object's phrase, when the verb has none
    of its own, is the verb's. (A participle keeps its own: "an ambush blamed on
    al-Shabaab".)"""
    for obj in doc:
        verb = obj.head
        preps = party_preps.get(verb.lemma_.lower(), ())
        if obj.dep_ != "dobj" or not preps or verb.pos_ != "VERB" \
                or any(c.dep_ == "prep" and c.lower_ in preps for c in verb.children):
            continue
        prep = next((c for c in reversed(list(obj.subtree)) if c.dep_ == "prep"), None)
        if prep is not None and prep.i > obj.i and prep.lower_ in preps \
                and any(p.dep_ == "pobj" for p in prep.children):
            prep.head = verb


@needs(lambda p, occasions, speech_verbs: "that" in p.words
       and not p.lemmas.isdisjoint(occasions) and not p.deps.isdisjoint(_TOLD))
def mend_occasion_clauses(doc: Any, occasions: frozenset[str],
                          speech_verbs: frozenset[str]) -> None:
    """"Tehran said in a statement that Washington was responsible" is parsed with the
    "that" clause hanging on "statement", as if it said what kind of statement it was. A
    reader takes the clause for what was said: it becomes the complement of the verb the
    occasion of saying hangs on ("said in an interview on Friday that", "wrote in a letter
    that", "warned at a news conference that"), or of the verb of saying it is the object
    of ("told a news conference that", "told a regular briefing that"). Only a clause
    with a subject of its own opened by the subordinator "that" (a relative "that" is its
    subject or object); not after an occasion with an addressee ("demanded in a letter to
    Washington that NATO pull back" stays a demand made of Washington)."""
    for clause in doc:
        noun = clause.head
        if clause.dep_ not in _TOLD or noun.lemma_.lower() not in occasions \
                or noun.dep_ not in ("pobj", "dobj") or noun.i > clause.i \
                or any(c.dep_ == "prep" and c.lower_ == "to" for c in noun.children):
            continue
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.dep_ == "pobj" and noun.head.dep_ != "prep" or verb.pos_ != "VERB" \
                or noun.dep_ == "dobj" and verb.lemma_.lower() not in speech_verbs \
                or any(c.dep_ == "ccomp" for c in verb.children):
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
                or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
            continue
        clause.head, clause.dep_ = verb, "ccomp"


@needs(lambda p, auxiliaries: "VBN" in p.tags and not p.lemmas.isdisjoint(auxiliaries))
def mend_standing_passives(doc: Any, auxiliaries: frozenset[str]) -> None:
    """"Russia stands accused by Ukraine of deporting children" is parsed with "accused" an
    adverbial clause of "stands". A reader takes "stands" for the auxiliary of a passive
    ("is accused by Ukraine"): the participle takes the verb's place and its subject
    (roles.yaml `standing_auxiliaries`)."""
    for verb in doc:
        if verb.lemma_.lower() not in auxiliaries or verb.pos_ != "VERB" \
                or verb.i + 1 >= len(doc):
            continue
        participle = doc[verb.i + 1]
        if participle.head.i != verb.i or participle.tag_ != "VBN" \
                or participle.dep_ not in ("advcl", "acomp", "oprd", "xcomp", "ccomp") \
                or any(c.dep_ in ("dobj", "prep", "prt") for c in verb.children):
            continue
        rooted = verb.head.i == verb.i
        participle.head, participle.dep_ = (participle, "ROOT") if rooted \
            else (verb.head, verb.dep_)
        for child in [c for c in verb.children if c.i != participle.i]:
            child.head = participle
            if child.dep_ == "nsubj":
                child.dep_ = "nsubjpass"
        verb.head, verb.dep_ = participle, "auxpass"


@needs(lambda p, verbs: not p.lemmas.isdisjoint(verbs)
       and not p.deps.isdisjoint(("ccomp", "advcl", "xcomp")))
def mend_small_clauses(doc: Any, verbs: frozenset[str]) -> None:
    """"Kyiv holds Moscow responsible for the shelling" is parsed with "Moscow responsible"
    a clause of its own, "Moscow" its subject ("declared the envoy persona non grata", the
    verdict read as a bare verb), or "held Russia legally responsible" with the verdict an
    adverbial clause. A reader takes the name for the object of "holds" and the verdict for
    its complement, as in "held Moscow responsible" (roles.yaml `small_clause_verbs`)."""
    for verdict in doc:
        verb = verdict.head
        if verdict.dep_ not in ("ccomp", "advcl", "xcomp") or verb.pos_ != "VERB" \
                or verdict.pos_ not in ("ADJ", "NOUN", "PROPN") \
                and verdict.tag_ not in ("VB", "VBP") \
                or verb.lemma_.lower() not in verbs or verdict.i < verb.i \
                or any(c.dep_ in ("aux", "auxpass", "cop", "mark") for c in verdict.children):
            continue
        subject = next((c for c in verdict.children if c.dep_ == "nsubj"
                        and verb.i < c.i < verdict.i), None)
        if subject is not None and verdict.dep_ == "ccomp":
            subject.head, subject.dep_ = verb, "dobj"
            verdict.dep_ = "oprd"
        elif subject is None and verdict.pos_ == "ADJ" and any(
                c.dep_ == "dobj" and c.i < verdict.i for c in verb.children):
            verdict.dep_ = "oprd"  # ("held Russia legally responsible")


@needs(lambda p, verbs: ("ccomp", "VBZ") in p.dep_tag and not p.lemmas.isdisjoint(verbs))
def mend_named_plurals(doc: Any, verbs: frozenset[str]) -> None:
    """"Japan called North Korea's missile launches a grave threat", "called the Chinese
    military drills a provocation" are parsed with the plural noun a present-tense verb
    ("launches", "drills") whose object is the verdict. A reader takes the plural for the
    object of the naming verb (roles.yaml `naming_verbs`), the words before it for its
    modifiers and the verdict for its complement, as in "called the launches a threat"."""
    for plural in doc:
        verb = plural.head
        if plural.dep_ != "ccomp" or plural.tag_ != "VBZ" or verb.pos_ != "VERB" \
                or verb.lemma_.lower() not in verbs or plural.i <= verb.i + 1 \
                or any(c.dep_ in ("aux", "auxpass", "mark", "neg") for c in plural.children):
            continue
        before = doc[plural.i - 1]  # the noun the plural's modifiers hang on
        verdict = next((c for c in plural.children if c.dep_ in ("dobj", "attr")
                        and c.i > plural.i and c.pos_ == "NOUN"), None)
        if verdict is None or before.pos_ not in ("NOUN", "PROPN") \
                or before.left_edge.i != verb.i + 1 \
                or before.head.i not in (plural.i, verb.i):
            continue
        for child in [c for c in before.children if c.i < before.i]:
            child.head = plural
        before.head, before.dep_ = plural, "compound"
        for child in [c for c in plural.children if c.i > verdict.i]:
            child.head = verdict if child.dep_ == "prep" else verb
        plural.head, plural.dep_, plural.pos_, plural.tag_ = verb, "dobj", "NOUN", "NNS"
        verdict.head, verdict.dep_ = verb, "oprd"


@needs(lambda p, bodies: "in" in p.words and ("dobj", "NOUN") in p.dep_pos
       and not p.words.isdisjoint(bodies))
def mend_seated_bodies(doc: Any, bodies: frozenset[str]) -> None:
    """"Pakistan accused the government in Kabul of harbouring militants" is parsed with "in
    Kabul" a place of the accusing. A reader takes the seat for the body's own: a name in an
    "in" phrase right after a body known by its seat (roles.yaml `seated_bodies`) that is
    the verb's object hangs on the body."""
    for body in doc:
        verb = body.head
        if body.dep_ != "dobj" or body.pos_ != "NOUN" or body.lower_ not in bodies \
                or body.right_edge.i + 1 >= len(doc):
            continue
        prep = doc[body.right_edge.i + 1]
        if prep.lower_ == "in" and prep.head.i == verb.i and prep.dep_ == "prep" and any(
                c.dep_ == "pobj" and c.pos_ == "PROPN" for c in prep.children):
            prep.head = body


def _clause_top(span: Any) -> Any:
    """The one verb of `span` whose head lies outside it (or that heads the sentence)."""
    tops = _tops(span)
    return tops[0] if len(tops) == 1 and tops[0].pos_ in ("VERB", "AUX") else None


def _tops(span: Any) -> list[Any]:
    """The tokens of `span` whose head lies outside it or that head the sentence."""
    return [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]


@needs(lambda p, verb_of: "that" in p.words and "NN" in p.tags
       and (("dobj", "NOUN") in p.dep_pos or ("pobj", "NOUN") in p.dep_pos))
def mend_told_participles(doc: Any, verb_of: Callable[[str], str | None]) -> None:
    """Re-hang each "-ing" noun of `doc` that is a participle of a verb (`verb_of` gives the
    verb of an "-ing" form, or None) glued to a name before it and followed by a "that"
    clause: the name takes the noun's place; the participle becomes an adverbial clause of
    the verb above, with the clause its complement."""
    for token in doc:
        if token.pos_ != "NOUN" or token.tag_ != "NN" or not token.lower_.endswith("ing") \
                or token.dep_ not in ("pobj", "dobj") or token.i == 0:
            continue
        name = doc[token.i - 1]
        if name.dep_ != "compound" or name.head.i != token.i or name.pos_ != "PROPN":
            continue
        told = [c for c in token.children if c.dep_ in _TOLD and c.i > token.i
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        verb = verb_of(token.lower_)
        if not told or verb is None:
            continue
        governor = token.head.head if token.dep_ == "pobj" else token.head
        if governor.pos_ not in ("VERB", "AUX"):
            continue
        for child in [c for c in token.children if c.i < name.i]:
            child.head = name  # ("the" of "the OAS warning")
        name.head, name.dep_ = token.head, token.dep_
        token.head, token.dep_ = governor, "advcl"
        token.pos_, token.tag_, token.lemma_ = "VERB", "VBG", verb
        for clause in told:
            clause.dep_ = "ccomp"


@needs(lambda p, verb_of, speech, people: "ccomp" in p.deps and ("conj", "VERB") in p.dep_pos)
def mend_speakers_next_words(doc: Any, verb_of: Callable[[str], str | None],
                             speech: frozenset[str], people: frozenset[str]) -> None:
    """"The minister said the hacking showed contempt for the law and announced sanctions":
    a verb of saying or addressing with no subject of its own, that the parser conjoined to
    the verb of what was said, whose subject is a thing that says nothing ("the hacking",
    "the strike"), tells what the speaker did next. Re-hang it (and its "and") on the verb
    of saying; a clause about people or a named party ("said Kyiv had lied and vowed to
    respond") stays as parsed."""
    for token in doc:
        clause = token.head
        if token.dep_ != "conj" or token.pos_ != "VERB" or clause.dep_ != "ccomp" \
                or clause.i >= token.i or verb_of(token.lower_) is None \
                or any(c.dep_.startswith("nsubj") for c in token.children):
            continue
        said = clause.head
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if said.i > clause.i or said.lemma_.lower() not in speech or subject is None \
                or subject.pos_ != "NOUN" or subject.lemma_.lower() in people:
            continue
        for joint in [c for c in clause.children if c.dep_ == "cc" and c.i < token.i]:
            joint.head = said
        token.head = said


@needs(lambda p, verb_of: "," in p.words and ("advcl", "VERB") in p.dep_pos)
def mend_trailing_reports(doc: Any, verb_of: Callable[[str], str | None]) -> None:
    """"Indian troops shelled border posts, Pakistan charged on Friday": a verb of saying
    after a comma, with its own subject and no subordinator, that the parser hung on the
    clause before it as an adverbial clause tells that clause. Re-hang it as "said" is
    parsed: the verb of saying heads the sentence and the clause is its complement."""
    for token in doc:
        head = token.head
        if token.dep_ != "advcl" or token.pos_ != "VERB" or head.i >= token.i \
                or head.pos_ not in ("VERB", "AUX") or token.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        if any(c.dep_ in ("mark", "aux", "auxpass", "ccomp", "dobj") for c in token.children) \
                or not any(c.dep_ == "nsubj" and c.i < token.i for c in token.children):
            continue
        start = token.left_edge.i
        comma = doc[start] if doc[start].text == "," else doc[start - 1] if start else None
        if comma is None or comma.text != "," or verb_of(token.lower_) is None:
            continue
        above, dep = head.head, head.dep_
        # (the clause first: the parser's tokens ignore being made their own head while
        # another token still hangs on them)
        head.head, head.dep_ = token, "ccomp"
        rooted = above.i == head.i
        token.head, token.dep_ = (token, "ROOT") if rooted else (above, dep)


@needs(lambda p, verb_of: "," in p.words and "acl" in p.deps)
def mend_appended_reports(doc: Any, verb_of: Callable[[str], str | None]) -> None:
    """"Police are failing the refugees, a rights group protested on Monday": a verb of
    saying that ends the sentence after a comma, with the phrase before it as its subject,
    that the parser read as a participle of an apposition ("refugees, a rights group
    protested"). Re-hang it as "said" is parsed: the phrase is its subject, the verb heads
    the sentence and the clause before the comma is its complement."""
    for token in doc:
        noun = token.head
        if token.dep_ != "acl" or token.tag_ not in ("VBD", "VBN") \
                or noun.dep_ not in ("appos", "npadvmod") \
                or noun.i >= token.i or verb_of(token.lower_) is None:
            continue
        start = noun.left_edge.i
        if not start or doc[start - 1].text != "," or any(
                c.dep_ in ("dobj", "ccomp", "mark", "aux", "auxpass", "agent")
                for c in token.children):
            continue
        root = token.sent.root
        if root.i >= start or any(t.i > token.right_edge.i and not t.is_punct
                                  for t in token.sent):
            continue  # (only a report that closes its sentence)
        root.head, root.dep_ = token, "ccomp"
        noun.head, noun.dep_ = token, "nsubj"
        token.head, token.dep_ = token, "ROOT"


@needs(lambda p: "prep" in p.deps and "nsubj" in p.deps
       and (("ROOT", "VBD") in p.dep_tag or ("ROOT", "VBN") in p.dep_tag)
       and any((dep, tag) in p.dep_tag for dep in ("advcl", "conj", "ccomp", "dep")
               for tag in ("VBD", "VBZ")))
def mend_misread_relatives(doc: Any) -> None:
    """"Gunmen linked to the Islamic State killed ten soldiers" is parsed with "linked" the
    main verb of "Gunmen" and "killed" a clause of it with no subject. A reader sees a
    participle that says who the gunmen are: the participle becomes the modifier of its
    noun, and the later verb, finite and with no subject of its own, the sentence's verb."""
    for first in doc:
        if first.dep_ != "ROOT" or first.tag_ not in ("VBD", "VBN") \
                or not first.lower_.endswith("ed"):
            continue
        deps = [c.dep_ for c in first.children]
        nouns = [c for c in first.children if c.dep_ == "nsubj" and c.i < first.i
                 and c.pos_ in ("NOUN", "PROPN")]
        verbs = [c for c in first.children if c.dep_ in ("advcl", "conj", "ccomp", "dep")
                 and c.tag_ in ("VBD", "VBZ") and c.i > first.i]
        if len(nouns) != 1 or len(verbs) != 1 or deps.count("prep") != 1 \
                or set(deps) - {"nsubj", "prep", "punct", verbs[0].dep_} \
                or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass")
                       for c in verbs[0].children):
            continue
        noun, verb = nouns[0], verbs[0]
        prep = next(c for c in first.children if c.dep_ == "prep")
        if prep.right_edge.i + 1 != verb.i:
            continue  # ("linked to X, killed ...": a comma or other words between)
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "nsubj"
        first.head, first.dep_, first.tag_ = noun, "acl", "VBN"


@needs(lambda p, speech_verbs: "," in p.words and "conj" in p.deps
       and ("appos", "PROPN") in p.dep_pos)
def mend_trailing_speakers(doc: Any, speech_verbs: frozenset[str]) -> None:
    """"Rwanda has started withdrawing its forces from Mozambique, Foreign Minister Olivier
    Nduhungirehe said" is parsed with the speaker an apposition of the last name
    ("Mozambique") and "said" a conjunct of the clause's verb with no subject. A reader
    sees the report after a comma: the name is the subject of "said", which heads the
    sentence, and the clause before the comma is what was said."""
    for name in doc:
        verb = doc[name.right_edge.i + 1] if name.right_edge.i + 1 < len(doc) else None
        start = name.left_edge.i
        if name.dep_ != "appos" or name.pos_ != "PROPN" or verb is None or start < 1 \
                or doc[start - 1].text != "," or name.head.i > name.i \
                or verb.lemma_.lower() not in speech_verbs or verb.tag_ not in ("VBD", "VBZ") \
                or verb.dep_ != "conj" or not verb.head.is_ancestor(name) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "cc") for c in verb.children) \
                or any(c.dep_ == "cc" and c.i > name.i for c in verb.head.children):
            continue
        clause, above, dep = verb.head, verb.head.head, verb.head.dep_
        name.head, name.dep_ = verb, "nsubj"
        clause.head, clause.dep_ = verb, "ccomp"
        rooted = above.i == clause.i
        verb.head, verb.dep_ = (verb, "ROOT") if rooted else (above, dep)


@needs(lambda p, demonym: "cc" in p.deps and ("conj", "NOUN") in p.dep_pos
       and "PROPN" in p.pos)
def mend_noun_demonyms(doc: Any, demonym: Callable[[str], bool]) -> None:
    """"dozens of Sierra Leonean and Liberian traders", "Saudi and Kuwaiti pilgrims": the
    parser reads a people's adjective written as a name ("Leonean", "Saudi") as the head
    noun, with the real head ("traders") its conjunct. Re-hang as for "South African and
    Liberian traders": the noun heads the phrase, modified by the first adjective, with the
    adjective after "and" that one's conjunct."""
    for token in doc:
        if token.pos_ != "PROPN" or token.head is token or token.dep_ == "compound":
            continue
        noun = next((c for c in token.children if c.dep_ == "conj" and c.pos_ == "NOUN"), None)
        cc = next((c for c in token.children if c.dep_ == "cc" and c.i < token.i + 2), None)
        if noun is None or cc is None or cc.i != token.i + 1 or noun.i <= cc.i + 1:
            continue
        between = doc[cc.i + 1:noun.i]
        second = between[0]
        if any(t.head.i != noun.i or t.dep_ not in ("amod", "compound") for t in between) \
                or not second.text[:1].isupper() \
                or not demonym(doc[token.left_edge.i:token.i + 1].text) \
                or not demonym(second.text):
            continue
        noun.head, noun.dep_ = token.head, token.dep_
        token.head, token.dep_ = noun, "amod"
        second.head, second.dep_ = token, "conj"


@needs(lambda p, demonym: "pobj" in p.deps
       and (("advcl", "VBG") in p.dep_tag or ("xcomp", "VBG") in p.dep_tag))
def mend_demonym_gerunds(doc: Any, demonym: Callable[[str], bool]) -> None:
    """"Two Indian soldiers were killed in Pakistani shelling along the Line of Control" is
    parsed with "Pakistani" the object of "in" and "shelling" a gerund clause of "killed".
    A people's adjective as the object of a preposition, right before an "-ing" word hung
    on the same verb with no object, subject or auxiliary of its own, modifies that word:
    a noun, the preposition's object, as in "were wounded in Russian shelling of Kherson"."""
    for token in doc:
        if token.dep_ != "pobj" or token.i + 1 >= len(doc) or not demonym(token.text):
            continue
        gerund, prep = doc[token.i + 1], token.head
        if gerund.tag_ != "VBG" or gerund.dep_ not in ("advcl", "xcomp") \
                or gerund.head.i != prep.head.i or any(c.i < gerund.i for c in gerund.children) \
                or any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "aux", "auxpass")
                       for c in gerund.children):
            continue
        gerund.head, gerund.dep_, gerund.pos_, gerund.tag_ = prep, "pobj", "NOUN", "NN"
        gerund.lemma_ = gerund.lower_
        token.head, token.dep_ = gerund, "amod"


@needs(lambda p: ("nsubj", "VBG") in p.dep_tag or ("nsubjpass", "VBG") in p.dep_tag)
def mend_nominal_gerunds(doc: Any) -> None:
    """"Russian shelling killed two of its soldiers" is parsed with "shelling" a gerund: a
    subject "-ing" word with an adjective, article or possessor before it and no object or
    subject of its own is a noun, as the same words are in "Russian shelling killed
    its soldiers"."""
    for token in doc:
        if token.tag_ == "VBG" and token.dep_ in ("nsubj", "nsubjpass") \
                and any(c.dep_ in ("amod", "det", "poss") and c.i < token.i
                        for c in token.children) \
                and not any(c.dep_ in ("dobj", "nsubj", "aux", "prep") for c in token.children):
            token.pos_, token.tag_ = "NOUN", "NN"


@needs(lambda p, demonym: not p.deps.isdisjoint(("dobj", "nsubjpass", "conj"))
       and ("nummod" in p.deps or not p.tags.isdisjoint(("NNPS", "NNS"))))
def mend_people_demonyms(doc: Any, demonym: Callable[[str], bool]) -> None:
    """"sent back 50 Cambodians", "held three Britons", "seized four Chinese": a people's
    name for its members, counted or plural, as the object of an act is that state's
    nationals; it takes their lemma, so that the verb rows for nationals hold."""
    for token in doc:
        if token.dep_ not in ("dobj", "nsubjpass", "conj") or not token.text[:1].isupper() \
                or token.tag_ not in ("NNPS", "NNS") and not any(
                    c.dep_ == "nummod" for c in token.children) \
                or any(c.dep_ == "compound" for c in token.children) \
                or not demonym(token.text):
            continue
        token.lemma_ = "national"


@needs(lambda p: "conj" in p.deps)
def mend_split_coordinations(doc: Any) -> None:
    """Re-hang coordinations of names the parser cut wrongly: folded into the last name's
    phrase, or with a title split off the name it belongs to.

    "Pashinyan and Azerbaijani President Ilham Aliyev held talks" is parsed as one noun
    phrase headed by "Aliyev", with "Pashinyan" its modifier and "President" conjoined to
    it. A reader sees two people: "Pashinyan" and "Azerbaijani President Ilham Aliyev".
    The first name takes the phrase's place, the last name becomes its conjunct and the
    conjoined word a modifier of the last name again. "Erdogan and Russian President
    Vladimir Putin" parsed with "President" and "Putin" two conjuncts of "Erdogan" (nothing
    coordinates them) makes "President" a modifier of "Putin".
    """
    _mend_split_titles(doc)
    for head in doc:
        if head.pos_ != "PROPN" or head.dep_ in ("compound", "nmod", "conj"):
            continue
        # ("Biden and Communist Party chief Nguyen Phu Trong": the first name hung on the
        # title, a common noun, rather than on the last name)
        firsts = [c for c in head.children if c.dep_ in ("nmod", "compound")
                  and c.pos_ == "PROPN" and c.i < head.i]
        edge = head.left_edge
        if edge.pos_ == "PROPN" and edge.dep_ in ("nmod", "compound", "amod") \
                and edge not in firsts and edge.head.pos_ == "NOUN" \
                and edge.head.head.i == head.i:
            firsts.append(edge)
        for first in firsts:
            # (a name between the conjoined word and the head: "North and South Korea"
            # share their head and stay as parsed)
            joined = [c for c in first.children if c.dep_ == "conj" and first.i < c.i < head.i - 1]
            if not joined or not any(c.dep_ == "cc" and c.lower_ == "and"
                                     for c in first.children):
                continue
            rest = range(first.i + 1, head.i)
            if any(doc[i].pos_ not in ("PROPN", "CCONJ", "ADJ", "NOUN") for i in rest):
                continue
            title = first.head if first.head.i != head.i else head
            first.head, first.dep_ = head.head if head.head.i != head.i else first, head.dep_
            head.head, head.dep_ = first, "conj"
            joined[0].head = title
            joined[0].dep_ = "amod" if joined[0].pos_ == "ADJ" else "compound"
            break


@needs(lambda p: ")" in p.words and "conj" in p.deps)
def mend_bracketed_coordinations(doc: Any) -> None:
    """Re-hang a name coordinated after a bracketed short form that the parser hung on the
    verb or on a noun above: "sanctions on the Republic of the Congo (DRC) and the Central
    African Republic (CAR)" is parsed with "and" and "CAR" hanging on "imposed" or on
    "sanctions" (and "Republic" a modifier of "CAR"). A reader sees two names each with
    its short form: the second name becomes the conjunct of the first, its own short form
    its apposition."""
    for token in doc:
        start = token.left_edge.i
        if token.dep_ != "conj" or token.pos_ not in ("PROPN", "NOUN") or start < 2:
            continue
        cc, close = doc[start - 1], doc[start - 2]
        first = _bracket_owner(close)
        if cc.dep_ != "cc" or close.text != ")" or first.pos_ not in ("PROPN", "NOUN") \
                or first.i == token.head.i or not token.head.is_ancestor(first):
            continue
        name = _bracketed_name(token)
        if name is not token:
            for child in [c for c in token.children if c.i != name.i]:
                child.head = name
            name.head, name.dep_ = first, "conj"
            token.head, token.dep_ = name, "appos"
        else:
            token.head = first
        cc.head = first


def _bracket_owner(close: Any) -> Any:
    """The name a closing bracket ends: the short form inside it, or the name it is the
    apposition of ("the Islamic Republic of Iran (IRI)": "Republic"), wherever the parser
    hung the bracket itself (on "sanctions" or on the verb)."""
    inner = close.doc[close.i - 1] if close.i else close
    if inner.pos_ not in ("PROPN", "NOUN"):
        return close.head
    owner = inner.head if inner.dep_ == "appos" else inner
    while owner.dep_ == "pobj" and owner.head.dep_ == "prep" \
            and owner.head.head.pos_ == "PROPN":  # "the League for Democracy (NLD)"
        owner = owner.head.head
    return owner


def _bracketed_name(token: Any) -> Any:
    """The name a bracketed short form was made the head of ("the Central African Republic
    (CAR)": "Republic"), else the token itself."""
    doc = token.doc
    if not (doc[token.i - 1].text == "(" and token.i + 1 < len(doc)
            and doc[token.i + 1].text == ")"):
        return token
    names = [c for c in token.children if c.i < token.i - 1
             and c.dep_ in ("nmod", "compound") and c.pos_ in ("PROPN", "NOUN")]
    return names[-1] if names else token


def _mend_split_titles(doc: Any) -> None:
    for token in doc:
        conjuncts = [c for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
        for title, name in zip(conjuncts, conjuncts[1:], strict=False):
            between = doc[title.i + 1:name.i]
            if all(t.dep_ == "compound" and t.head.i == name.i for t in between):
                title.head, title.dep_ = name, "compound"


@needs(lambda p: "as" in p.words and "prep" in p.deps)
def mend_shifted_objects(doc: Any) -> None:
    """Re-hang an object that comes after the "as" verdict it is named by: "dismissed as
    'absurd' claims by Kyiv", "condemned as illegal the decision by Manila" are parsed with
    the object the "as" phrase's noun. A reader takes the noun for the verb's object and the
    adjective for the verdict, as in "dismissed claims by Kyiv as absurd"."""
    for prep in doc:
        verb = prep.head
        if prep.lower_ != "as" or prep.dep_ != "prep" or prep.i != verb.i + 1 \
                or verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
            continue
        nouns = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
        verdict = next((t for t in doc[prep.i + 1:prep.i + 3] if not t.is_punct), None)
        if not nouns or verdict is None or not (verdict.pos_ == "ADJ" or _quoted(verdict)) \
                or verdict.i >= nouns[0].i or verdict.head.i not in (nouns[0].i, prep.i):
            continue  # ('dismissed as "lies" claims by Kyiv': a quoted noun is a verdict too)
        between = doc[verdict.i + 1:nouns[0].left_edge.i if nouns[0].left_edge.i > verdict.i
                      else verdict.i + 1]
        if any(not t.is_punct and not (t.dep_ in ("cc", "conj") and t.head.i == verdict.i)
               for t in between):
            continue  # ("described as unacceptable and dangerous steps": no shifted object;
            # 'rejected as "baseless and unwarranted" the remarks' has one)
        nouns[0].head, nouns[0].dep_ = verb, "dobj"
        verdict.head, verdict.dep_ = prep, "pobj"


def _quoted(word: Any) -> bool:
    """A word in quotation marks of its own ('"lies"')."""
    doc = word.doc
    return 0 < word.i < len(doc) - 1 and doc[word.i - 1].is_quote and doc[word.i + 1].is_quote


#: Parts of speech of a word that can head a second object ("two of his aides").
OBJECT_POS = frozenset({"NOUN", "PROPN", "NUM"})


@needs(lambda p: "conj" in p.deps and "dobj" in p.deps and "cc" in p.deps)
def mend_objects_conjoined_to_verbs(doc: Any) -> None:
    """Re-hang a second object the parser made a conjunct of the verb: "banned the Democratic
    Alliance and the recently formed People's Front", "arrested the mayor and two of his
    aides" are parsed with "Front" and "two" conjuncts of the verb, clauses with no verb of
    their own. A reader takes them for conjuncts of the object before them. Only a word
    after the object and its "and" / "or", with no subject, object or clause of its own."""
    for word in doc:
        verb = word.head
        if word.dep_ != "conj" or word.pos_ not in OBJECT_POS or verb.pos_ != "VERB" \
                or any(c.dep_ in CLAUSE_PARTS for c in word.children):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < word.i]
        if not objects:
            continue
        obj = objects[-1]
        between = doc[obj.right_edge.i + 1:word.left_edge.i]
        links = [t for t in between if t.dep_ == "cc" and t.lower_ in ("and", "or")]
        if len(links) != 1 or any(not t.is_punct and t.i != links[0].i for t in between):
            continue
        links[0].head = obj
        word.head = obj


#: Dependents that make a word a clause of its own, not an object.
CLAUSE_PARTS = frozenset({"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "ccomp", "xcomp",
                          "agent", "dative", "attr", "acomp"})


@needs(lambda p: "on" in p.words and not p.words.isdisjoint(WEEKDAYS))
def mend_objects_after_days(doc: Any) -> None:
    """Re-hang an object told after the day of the act: "President Sisi received on Sunday
    King Abdullah II of Jordan" is parsed with "Sunday King Abdullah II" one name after
    "on", and "received on Tuesday Italian Prime Minister Giorgia Meloni" with the name a
    noun adverb of the verb. A reader takes the weekday for the date and the name for the
    verb's object, as in "received King Abdullah II on Sunday"."""
    for prep in doc:
        verb = prep.head
        if prep.lower_ != "on" or prep.dep_ != "prep" or prep.i != verb.i + 1 \
                or verb.pos_ != "VERB" or prep.i + 1 >= len(doc) \
                or doc[prep.i + 1].lower_ not in WEEKDAYS \
                or any(c.dep_ == "dobj" for c in verb.children):
            continue
        day = doc[prep.i + 1]
        # ("on Friday Georgian Prime Minister Irakli Kobakhidze": the day a word of the name;
        # "on Saturday Egyptian President ... al-Sisi": a second object of "on")
        names = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"
                 and c.i > day.i and (c.left_edge.i == day.i or day.head.i == prep.i)]
        names += [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
                  and c.i > day.i and c.left_edge.i == day.i + 1 and day.head.i == prep.i]
        if len(names) != 1:
            continue
        name = names[0]
        for word in doc[day.i + 1:name.i]:
            if word.head.i == day.i:  # ("Egyptian President" hung on the day)
                word.head, word.dep_ = name, "compound"
        name.head, name.dep_ = verb, "dobj"
        day.head, day.dep_ = prep, "pobj"


@needs(lambda p, measures: "to" in p.words and not p.words.isdisjoint(measures))
def mend_shifted_measures(doc: Any, measures: frozenset[str]) -> None:
    """Re-hang an object told after the receiver ("returned to Nigeria dozens of bronzes",
    "sent to Libya dozens of armoured vehicles"): the parser makes the measure noun an
    adverb of the verb, or the object of "to" with the receiver its modifier. A reader takes
    the receiver for the object of "to" and the measure for the verb's object."""
    for to in doc:
        verb = to.head
        if to.lower_ != "to" or to.dep_ not in ("prep", "dative") or verb.pos_ != "VERB" \
                or any(c.dep_ == "dobj" for c in verb.children):
            continue
        pobjs = [c for c in to.children if c.dep_ == "pobj"]
        shifted = [c for c in verb.children if c.dep_ == "npadvmod" and c.i > to.i
                   and c.lower_ in measures and _has_of(c)]
        if pobjs and shifted:  # "returned to Nigeria dozens of bronzes"
            shifted[0].dep_ = "dobj"
        elif len(pobjs) == 1 and pobjs[0].lower_ in measures and _has_of(pobjs[0]):
            names = [c for c in pobjs[0].children if c.dep_ in ("compound", "nmod")
                     and c.pos_ == "PROPN" and c.i == to.i + 1]
            if names:  # "sent to Libya dozens of vehicles"
                measure, name = pobjs[0], names[0]
                name.head, name.dep_ = to, "pobj"
                measure.head, measure.dep_ = verb, "dobj"


@needs(lambda p, content: "to" in p.words and not p.lemmas.isdisjoint(content))
def mend_second_receivers(doc: Any, content: frozenset[str]) -> None:
    """Re-hang a verb's "to" phrase told after the verb already named its receiver, past a
    cause phrase ("handed a note of protest to the German ambassador over the supply of
    missiles to Kiev"): the parser hangs the last "to" on the verb; a reader takes it for
    the receiver of the nearest content noun before it ("supply", "delivery")."""
    for to in doc:
        verb = to.head
        if to.lower_ != "to" or to.dep_ not in ("prep", "dative") or verb.pos_ != "VERB" \
                or not any(t.lower_ == "to" and t.dep_ in ("prep", "dative") and t.i < to.i
                           and t.head.i != verb.i for t in doc[verb.i + 1:to.i]):
            continue
        nouns = [t for t in doc[verb.i + 1:to.i] if t.pos_ == "NOUN"
                 and t.lemma_.lower() in content and not any(
                     c.dep_ == "prep" and c.lower_ == "to" for c in t.children)]
        if nouns and nouns[-1].dep_ == "pobj" and nouns[-1].head.lower_ != "to":
            to.head = nouns[-1]


def _has_of(noun: Any) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


@needs(lambda p: "," in p.words and (("nsubj", "PROPN") in p.dep_pos
                                       or ("nsubj", "NOUN") in p.dep_pos))
def mend_headline_pairs(doc: Any) -> None:
    """Re-hang a headline's comma that stands for "and" between two names before the verb.

    "Modi, Putin discuss Ukraine war in phone call" is parsed with "Putin" the subject and
    "Modi" an adverbial clause or a noun adverb of the verb. A reader sees two subjects:
    the first name becomes the subject and the second its conjunct. Only names that open
    the sentence, with the second the verb's subject and the first hung on the same verb.
    """
    for sent in doc.sents:
        comma = next((t for t in sent if t.text == ","), None)
        if comma is None or comma.i == sent.start:
            continue
        first = doc[sent.start:comma.i]
        tops = _tops(first)
        if len(tops) != 1 or any(t.pos_ != "PROPN" for t in first):
            continue
        top, verb = tops[0], tops[0].head
        # ("Azerbaijan, Armenia leaders meet": the second a title its state's name opens)
        second = [c for c in verb.children if c.dep_ == "nsubj" and c.i > comma.i
                  and c.left_edge.i == comma.i + 1 and (c.pos_ == "PROPN" or c.pos_ == "NOUN"
                                                        and c.left_edge.pos_ == "PROPN")]
        if not second or verb.pos_ != "VERB" or top.dep_ == "nsubj" or verb.i < comma.i:
            continue
        top.dep_ = "nsubj"
        second[0].head, second[0].dep_ = top, "conj"
        comma.head = top


@needs(lambda p: "," in p.words
       and (("ROOT", "VBP") in p.dep_tag or ("ROOT", "VB") in p.dep_tag))
def mend_headline_appositions(doc: Any) -> None:
    """Re-hang two names a headline's comma joins before a plural verb as its two subjects.

    "Egypt's Sisi, Jordan's King Abdullah discuss Gaza" is parsed with "King Abdullah" an
    apposition of "Sisi", "India, Bangladesh ink seven pacts" with "Bangladesh" a compound
    of the verb, "Kenya's Ruto, Ethiopia's Abiy discuss ..." with "Ruto" a modifier of
    "Abiy". A plural present verb after two names a comma parts says there are two
    subjects: each name (its last word heading the rest: "Jordan's King Abdullah") is one,
    the second the conjunct of the first.
    """
    for verb in doc:
        if verb.tag_ not in ("VBP", "VB") or verb.dep_ != "ROOT":
            continue
        start = verb.sent.start
        words = doc[start:verb.i]
        commas = [t for t in words if t.text == ","]
        if len(commas) != 1 or not all(t.pos_ == "PROPN" or t.tag_ == "POS" or t.text in (
                ",", ".", "-") for t in words):
            continue
        comma = commas[0]
        first, second = doc[start:comma.i], doc[comma.i + 1:verb.i]
        if len(first) == 0 or len(second) == 0 or first[-1].pos_ != "PROPN" \
                or second[-1].pos_ != "PROPN" or not any(
                    t.dep_ == "nsubj" and t.head.i == verb.i for t in words):
            continue
        one, two = first[-1], second[-1]
        for span, head in ((first, one), (second, two)):
            for token in span:
                if token.i != head.i and not span.start <= token.head.i < span.end:
                    token.head = head
        one.head, one.dep_ = verb, "nsubj"
        two.head, two.dep_ = one, "conj"
        comma.head, comma.dep_ = one, "punct"


@needs(lambda p: "," in p.words and ("acl", "VERB") in p.dep_pos)
def mend_rootless_subjects(doc: Any) -> None:
    """Re-hang a sentence's verb that is parsed as a participle of its subject.

    "Turkey, which has offered to host talks, called on both sides to show restraint" is
    parsed with no verb at the root: "called" a participle of "Turkey". A sentence has a
    verb: a participle with no agent ("by") after the comma that closes the subject's
    relative clause or apposition (parsed as hung on the subject or on a noun of that
    clause), running to the sentence's end, is the sentence's verb and the name its subject
    ("the ships, seized by Iran in May" stays a participle).
    """
    for sent in list(doc.sents):
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN") or root.i > sent.start + 3:
            continue
        told = [c for c in root.children if c.dep_ in ("relcl", "appos")]
        verbs = [t for t in sent if t.dep_ == "acl" and t.pos_ == "VERB"
                 and doc[t.i - 1].text == "," and t.right_edge.i >= sent.end - 2
                 and not any(g.dep_ == "agent" for g in t.children)
                 and (t.head.i == root.i or any(c.left_edge.i <= t.head.i <= c.right_edge.i
                                                for c in told))]
        if len(verbs) != 1 or not told or told[0].i > verbs[0].i:
            continue
        verb = verbs[0]
        for later in [c for c in root.children if c.i > verb.i]:  # the full stop
            later.head = verb
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubj"
        if verb.tag_ == "VBN":
            verb.tag_ = "VBD"


@needs(lambda p, act_of: "PROPN" in p.pos and p.unverbed_root())
def mend_verbs_between_names(doc: Any, act_of: Callable[[str], str]) -> None:
    """Re-hang a verb read as a word of one long name: "Egypt's Sisi hosts Jordan's King
    Abdullah in Cairo" ("hosts" a plural noun), "Egyptian President Abdel Fattah al-Sisi
    hosted Jordan's King Abdullah" ("hosted" an adjective) are parsed as one noun phrase with
    no verb. In a sentence whose root is no verb, an inflected form of a lexicon verb between
    two names becomes the verb: the name before it its subject, the phrase after it its
    object. So does a bare form after a plural noun, as headlines have it ("Russian Drones
    Pound Odesa", "Russian shells pound Kherson": the plural is its subject)."""
    for sent in list(doc.sents):
        if sent.root.pos_ in ("VERB", "AUX"):
            continue
        verbs = [t for t in sent if sent.start < t.i < sent.end - 1
                 and ((t.tag_ in ("VBD", "VBN", "VBZ", "NNS")
                       or t.tag_ == "JJ" and t.lower_.endswith("ed")) and t.pos_ != "PROPN"
                      and doc[t.i - 1].pos_ == "PROPN" or _bare_after_plural(t, doc[t.i - 1]))
                 and _opens_name(doc[t.i + 1]) and act_of(t.lower_)]
        if len(verbs) != 1:
            continue
        verb, subject = verbs[0], doc[verbs[0].i - 1]
        right = range(verb.i + 1, sent.end)
        _hang_name_on(doc, subject, sent.start, verb.i)
        objects = [t for t in doc[verb.i + 1:sent.end]
                   if (t.head.i not in right or t.head.i == t.i) and not t.is_punct]
        for token in [t for t in doc[verb.i + 1:sent.end] if t.is_punct and t.head.i not in right]:
            token.head = verb
        if len(objects) != 1:
            continue
        _verb_between(verb, subject, objects[0])
        verb.head, verb.dep_ = verb, "ROOT"


@needs(lambda p, act_of: "NNS" in p.tags and "dobj" in p.deps)
def mend_opening_present_verbs(doc: Any, act_of: Callable[[str], str]) -> None:
    """"Pakistan expels Afghan refugees as tensions rise with Kabul" is parsed with
    "expels" a plural noun, "Pakistan" its modifier, the subject of the later verb. An "-s"
    form of a lexicon verb right after the one-word name that opens the sentence, which the
    parser gave an object of its own, is the verb of the sentence: the name its subject,
    the later verb a clause of it."""
    for sent in list(doc.sents):
        if sent.end - sent.start < 4:
            continue
        name, verb = doc[sent.start], doc[sent.start + 1]
        lemma = act_of(verb.lower_) if verb.tag_ == "NNS" else ""
        if not lemma or not name.text[:1].isupper() or name.head.i != verb.i \
                or not any(c.dep_ == "dobj" for c in verb.children):
            continue
        root = sent.root
        name.head, name.dep_, name.pos_, name.tag_ = verb, "nsubj", "PROPN", "NNP"
        if root.i != verb.i:
            root.head, root.dep_ = verb, "advcl"
        verb.head, verb.dep_, verb.pos_, verb.tag_, verb.lemma_ = verb, "ROOT", "VERB", \
            "VBZ", lemma


def _bare_after_plural(verb: Any, before: Any) -> bool:
    """A bare present form ("pound", read as a noun or a verb of the phrase) right after a
    plural noun or name ("missiles", "Drones"), which a bare present agrees with."""
    return verb.tag_ in ("NN", "VB", "VBP") and not verb.lower_.endswith("s") \
        and before.pos_ in ("NOUN", "PROPN") and (before.tag_ in ("NNS", "NNPS")
                                                  or before.lower_.endswith("s"))


def _opens_name(token: Any) -> bool:
    """A name or a capitalised people's adjective ("Israeli Prime Minister ...")."""
    return token.pos_ == "PROPN" or token.pos_ == "ADJ" and token.text[:1].isupper()


#: The verb tag a form misread as a word of a name takes back ("hosts" a plural noun,
#: "hosted" a participle or an adjective).
_VERB_TAGS = {"NNS": "VBZ", "VBN": "VBD", "JJ": "VBD", "NN": "VBP", "VB": "VBP"}


def _hang_name_on(doc: Any, subject: Any, start: int, end: int) -> None:
    """Hang every word of doc[start:end] whose head lies outside it on `subject` (the
    name before a misread verb), which the caller then hangs on the verb."""
    for token in doc[start:end]:
        if token.i != subject.i and not start <= token.head.i < end:
            token.head = subject


def _verb_between(verb: Any, subject: Any, obj: Any) -> None:
    """Make `verb` a verb again, with `subject` before it and `obj` after it."""
    subject.head, subject.dep_ = verb, "nsubj"
    obj.head, obj.dep_ = verb, "dobj"
    verb.pos_, verb.tag_ = "VERB", _VERB_TAGS.get(verb.tag_, verb.tag_)


@needs(lambda p, speech_verbs, no_passive: ("acl", "VBN") in p.dep_tag
       or ("acl", "VBD") in p.dep_tag)
def mend_participle_clauses(doc: Any, speech_verbs: frozenset[str],
                            no_passive: Callable[[str, frozenset[str]], bool]) -> None:
    """Re-hang a finite verb read as a participle of its subject: "Chinese coast guard vessels
    intruded into Japanese waters" (no other verb) and "Tokyo said Chinese vessels intruded
    into its waters" (the object of a verb of saying) are parsed with "intruded" a reduced
    relative of "vessels". A past form of a verb that has no passive (`no_passive`: a
    lexicon act of it with its preposition takes no object; "three soldiers killed in
    Gaza" stays a participle)
    right after its noun, with a preposition of its own and no object or agent, that hangs
    on the sentence's root noun or on the object of a speech verb, is the verb of a clause
    whose subject is that noun."""
    for verb in doc:
        noun = verb.head
        if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or noun.i != verb.i - 1 \
                or noun.pos_ not in ("NOUN", "PROPN") \
                or any(c.dep_ in ("dobj", "agent", "nsubj", "nsubjpass", "aux", "auxpass")
                       for c in verb.children):
            continue
        preps = frozenset(c.lower_ for c in verb.children if c.dep_ in ("prep", "prt"))
        if not preps or not no_passive(verb.lower_, preps):
            continue
        if noun.dep_ == "ROOT" and not any(t.pos_ in ("VERB", "AUX") and t.i != verb.i
                                           for t in noun.sent):
            _raise_participle(verb, noun, "nsubj")
        elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in speech_verbs \
                and not any(c.dep_ in ("ccomp", "dobj") and c.i != noun.i
                            for c in noun.head.children):
            verb.head, verb.dep_ = noun.head, "ccomp"
            noun.head, noun.dep_ = verb, "nsubj"
        else:
            continue
        verb.tag_ = "VBD"


@needs(lambda p, act_of, no_passive: "VBN" in p.tags)
def mend_headline_passives(doc: Any, act_of: Callable[[str], str],
                           no_passive: Callable[[str, frozenset[str]], bool]) -> None:
    """Re-hang a headline's passive, told with no auxiliary: "US journalist detained in
    Russia", "Two Canadians detained in China, Ottawa says", "Hundreds of Syrians deported
    from Turkey" are parsed with the participle a modifier of the root noun, or as a verb
    whose subject did the act. A past participle of a lexicon act that takes an object
    (not `no_passive` with its prepositions), with no auxiliary and no object of its own
    but a phrase of place, agent or charge, is a passive: its subject, or the root noun it
    follows in a sentence with no verb of its own ("the tanker seized in May", "the
    diplomats, expelled last week, ..." stay modifiers), is the one who underwent it."""
    for verb in doc:
        if verb.tag_ != "VBN" or verb.pos_ != "VERB" or not act_of(verb.lower_) \
                or any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass") for c in verb.children):
            continue
        preps = frozenset(c.lower_ for c in verb.children if c.dep_ in ("prep", "prt"))
        if not preps and not any(c.dep_ == "agent" for c in verb.children) \
                or no_passive(verb.lower_, preps):
            continue
        # (a headline's: it opens its sentence, which has no full stop; "Greek pensioners
        # protested in Athens.", "..., a rights group protested on Tuesday" are active
        # verbs the tagger read as participles)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"
                    and c.left_edge.i == verb.sent.start and verb.sent[-1].text != "."]
        noun = verb.head
        if subjects:
            subjects[0].dep_ = "nsubjpass"
        elif verb.dep_ == "acl" and noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN") \
                and noun.left_edge.i == verb.sent.start and noun.i < verb.i \
                and not any(t.is_punct for t in doc[noun.i:verb.i]) \
                and not any(t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in noun.sent):
            _raise_participle(verb, noun, "nsubjpass")


def _raise_participle(verb: Any, noun: Any, subject: str) -> None:
    """Make a participle of the root noun the root, with that noun as its `subject`."""
    for later in [c for c in noun.children if c.i > verb.i]:  # the full stop
        later.head = verb
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, subject


#: Words that join the names of a headline's subjects ("Russia, Ukraine", "Serbia and Kosovo").
_NAME_JOINS = frozenset({",", "and", "&"})


@needs(lambda p, act_of, takes=None: p.verbless_sentence())
def mend_headline_pair_verbs(doc: Any, act_of: Callable[[str], str],
                             takes: Callable[[str, str], bool] | None = None) -> None:
    """Re-hang a headline's verb read as a modifier of its object: "Russia, Ukraine swap
    prisoners", "Armenia and Azerbaijan exchange prisoners in goodwill gesture" are parsed
    with no verb, "swap" a compound of "prisoners". In a sentence with no verb that opens
    with two or more names joined by commas or "and", a bare form of a lexicon verb right
    after them that modifies the noun after it (only modifiers of that noun between them)
    is the verb: the first name its subject, the others its conjuncts, the noun its object.
    The noun is no verb form itself ("trade talks" stays a noun phrase) unless the lexicon
    verb takes it as its object (`takes`: "Israel, Hezbollah trade fire", "India, Pakistan
    exchange artillery fire")."""
    for sent in list(doc.sents):
        if any(t.pos_ in ("VERB", "AUX") for t in sent):
            continue
        verb = next((t for t in sent if t.pos_ != "PROPN" and t.lower_ not in _NAME_JOINS),
                    None)
        if verb is None or verb.i == sent.start or verb.dep_ != "compound" \
                or verb.tag_ not in ("NN", "VBP", "VB") or not act_of(verb.lower_) \
                or verb.head.i <= verb.i or verb.head.pos_ != "NOUN" \
                or any(t.head.i != verb.head.i or t.dep_ not in ("compound", "amod")
                       for t in doc[verb.i + 1:verb.head.i]) \
                or act_of(verb.head.lower_) and not (
                    takes is not None and takes(verb.lower_, verb.head.lemma_.lower())):
            continue
        names = _joined_names(doc[sent.start:verb.i])
        if len(names) < 2:
            continue
        _rehang_pair(sent, verb, names)


def _joined_names(span: Any) -> list[list[Any]]:
    """The names of a span of proper nouns joined by commas or "and", each a token list;
    none when the span holds anything else or two joins in a row."""
    names: list[list[Any]] = [[]]
    for token in span:
        if token.lower_ in _NAME_JOINS:
            if not names[-1]:
                return []
            names.append([])
        elif token.pos_ == "PROPN":
            names[-1].append(token)
        else:
            return []
    return names if all(names) else []


def _rehang_pair(sent: Any, verb: Any, names: list[list[Any]]) -> None:
    """Hang `names` (the first the subject, the rest its conjuncts) and the object noun
    after `verb` on `verb`, which becomes the sentence's root."""
    obj = verb.head
    heads = [name[-1] for name in names]
    subject = heads[0]
    outside = range(sent.start, obj.i)
    for token in sent:
        if token.i > obj.i and (token.head.i in outside or token.head.i == token.i):
            token.head = obj if not token.is_punct else verb
    for name in names:
        for token in name[:-1]:
            token.head, token.dep_ = name[-1], "compound"
    for token in sent[:verb.i - sent.start]:
        if token.lower_ in _NAME_JOINS:
            token.head, token.dep_ = subject, "punct" if token.is_punct else "cc"
    for other in heads[1:]:
        other.head, other.dep_ = subject, "conj"
    _verb_between(verb, subject, obj)
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBP"


@needs(lambda p, act_of: ("amod", "VBD") in p.dep_tag or ("amod", "VBN") in p.dep_tag)
def mend_verbs_inside_names(doc: Any, act_of: Callable[[str], str]) -> None:
    """The same misreading inside a sentence that has a verb: "Egyptian President Abdel
    Fattah al-Sisi hosted Jordan's King Abdullah and discussed Gaza, the presidency said",
    "Vice Minister Park Yoon-joo summoned Chinese Ambassador Dai Bing and expressed
    concern" make "hosted", "summoned" an adjective of the second name, and that name the
    subject or object of the clause. A past form of a lexicon verb right after a name, read
    as a modifier of a name after it, becomes the clause's verb: it takes the name's place,
    the name before it is its subject, the name after it its object, and a verb coordinated
    with the name ("and discussed") is coordinated with it. A name the parser made the
    subject of a later verb is left alone unless "and" joins them: "The Iran backed Houthis
    attacked a ship" keeps its verb."""
    for verb in [t for t in doc if t.dep_ == "amod" and t.tag_ in ("VBD", "VBN")
                 and 0 < t.i and doc[t.i - 1].pos_ == "PROPN" and t.head.pos_ == "PROPN"
                 and t.head.i > t.i and t.sent.root.pos_ in ("VERB", "AUX")
                 and act_of(t.lower_)]:
        name, subject = verb.head, doc[verb.i - 1]
        while name.dep_ in ("compound", "poss") and name.head.pos_ == "PROPN" \
                and name.head.i > name.i:  # "hosted Jordan's King Abdullah": to "Abdullah"
            name = name.head
        joined = [c for c in name.children if c.dep_ in ("cc", "conj") and c.i > name.i]
        if name.dep_ == "nsubj":
            clause = name.head
            if clause.pos_ != "VERB" or not any(c.lower_ == "and" for c in joined) \
                    or clause.i < name.i:
                continue
            verb.head, verb.dep_ = (verb if clause.dep_ == "ROOT" else clause.head), clause.dep_
            clause.head, clause.dep_ = verb, "conj"
        else:
            verb.head, verb.dep_ = (verb if name.dep_ == "ROOT" else name.head), name.dep_
            for child in joined:
                child.head = verb
        _hang_name_on(doc, subject, subject.left_edge.i, verb.i)
        _verb_between(verb, subject, name)  # (tagged VBD or VBN: now VBD)


@needs(lambda p, act_of: ("compound", "VBP") in p.dep_tag
       or ("compound", "VB") in p.dep_tag)
def mend_compound_present_verbs(doc: Any, act_of: Callable[[str], str]) -> None:
    """Re-hang a present-tense verb read as a modifier of its object: "The Houthis claim
    responsibility for the attack", "The Taliban claim victory" are parsed with no verb,
    "claim" (tagged a verb) a compound of the root noun after it. In a sentence whose root
    is a noun and whose only verb is such a bare present form of a lexicon verb, right after
    the noun phrase that opens the sentence, the verb becomes the root: that phrase its
    subject, the root noun its object. (Measured: the "-s" forms, "Islamic State claims
    responsibility", cost a held-out source span and stay as parsed.)"""
    for sent in list(doc.sents):
        obj = sent.root
        verbs = [t for t in sent if t.pos_ in ("VERB", "AUX")]
        if obj.pos_ != "NOUN" or len(verbs) != 1:
            continue
        verb = verbs[0]
        if verb.tag_ not in ("VBP", "VB") or verb.dep_ != "compound" \
                or verb.head.i != obj.i or verb.i == sent.start or not act_of(verb.lower_):
            continue
        subject = doc[verb.i - 1]
        opening = range(sent.start, verb.i + 1)
        if subject.pos_ not in ("PROPN", "NOUN") or any(
                t.head.i not in opening and t.head.i != obj.i for t in doc[sent.start:verb.i]):
            continue
        _hang_name_on(doc, subject, sent.start, verb.i)
        for token in [c for c in obj.children if c.is_punct and c.i > obj.i]:
            token.head = verb
        _verb_between(verb, subject, obj)
        verb.head, verb.dep_ = verb, "ROOT"


@needs(lambda p, speech_verbs, verb_form: "compound" in p.deps
       and "PROPN" in p.pos and not p.lemmas.isdisjoint(speech_verbs))
def mend_reported_compound_verbs(doc: Any, speech_verbs: frozenset[str],
                                 verb_form: Callable[[str], str]) -> None:
    """Re-hang a verb read as a word of the noun phrase of a reported clause: "Riyadh bore
    responsibility for the attack, the minister said", "the minister said Riyadh bore
    responsibility" are parsed with "Riyadh bore responsibility" one noun phrase ("bore" a
    compound of "responsibility") that is said. An inflected verb form (a past or "-s" verb,
    or a noun tag on a form that is no lemma: "bore") between a name and the noun it
    modifies, that noun the object or clause of a speech verb, is the verb of the reported
    clause: the name its subject, the noun its object."""
    for verb in doc:
        obj, subject = verb.head, doc[verb.i - 1] if verb.i else None
        if verb.dep_ != "compound" or subject is None or obj.i != verb.i + 1 \
                or obj.pos_ != "NOUN" or subject.pos_ != "PROPN" \
                or subject.head.i not in (verb.i, obj.i) \
                or obj.dep_ not in ("ccomp", "dobj") \
                or obj.head.lemma_.lower() not in speech_verbs:
            continue
        lemma = verb_form(verb.lower_)
        if not lemma or not (verb.tag_ in ("VBD", "VBZ") or verb.tag_ == "NN"
                             and lemma != verb.lower_):
            continue
        _hang_name_on(doc, subject, subject.left_edge.i, verb.i)
        verb.head, verb.dep_ = obj.head, "ccomp"
        _verb_between(verb, subject, obj)
        verb.lemma_ = lemma
        if verb.tag_ == "NN":
            verb.tag_ = "VBD"


@needs(lambda p: ("conj", "VERB") in p.dep_pos and "ccomp" in p.deps and "aux" in p.deps)
def mend_echoed_auxiliaries(doc: Any) -> None:
    """"Ethiopia has insisted the dam is vital and has dismissed Egyptian concerns": the
    parser joins "has dismissed" to the reported clause ("is vital"), making Ethiopia's
    rejection part of what it insisted. A verb conjoined inside a clause that complements
    the sentence's verb, with no subject of its own and the same auxiliary as that verb
    ("has ... and has", "will ... and will") while the clause has none, is a second verb of
    the sentence's subject: it is re-hung as the conjunct of the sentence's verb."""
    for verb in [t for t in doc if t.dep_ == "conj" and t.pos_ == "VERB"]:
        clause = verb.head
        main = clause.head
        if clause.dep_ != "ccomp" or clause.i >= verb.i or main.i >= clause.i \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        echoed = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if not echoed or not echoed & {c.lower_ for c in main.children if c.dep_ == "aux"} \
                or echoed & {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}:
            continue
        for cc in [c for c in clause.children if c.dep_ == "cc" and c.i < verb.i]:
            cc.head = main
        verb.head = main


@needs(lambda p, act_of: "attr" in p.deps and "be" in p.lemmas)
def mend_progressive_nouns(doc: Any, act_of: Callable[[str], str]) -> None:
    """"Brazil is mediating between Venezuela and Guyana" is parsed with "mediating" a noun,
    the attribute of "is"; "Kenya has been brokering talks between ..." with "brokering" a
    modifier of the attribute "talks". An "-ing" form of a lexicon verb right after a form
    of "be" that has a subject (adverbs between: "is also mediating") is the progressive
    verb: it heads the clause, with "be" its auxiliary and the attribute it opened its
    object. As a modifier only after a name or pronoun ("the concern is mounting attacks"
    tells of attacks)."""
    for token in doc:
        be, attr = _progressive_be(token)
        if be is None or not act_of(token.lower_):
            continue
        for child in [c for c in be.children if c.i != attr.i]:
            child.head = token
        token.head = token if be.dep_ == "ROOT" else be.head
        token.dep_ = be.dep_
        be.head, be.dep_ = token, "aux"
        if attr.i != token.i:
            attr.head, attr.dep_ = token, "dobj"
        token.pos_, token.tag_, token.lemma_ = "VERB", "VBG", act_of(token.lower_)


def _progressive_be(token: Any) -> tuple[Any, Any]:
    """The form of "be" an "-ing" word read as a noun or a modifier follows, and the
    attribute the word is or opens; (None, None) when it is no such word."""
    attr = token if token.dep_ == "attr" and token.pos_ == "NOUN" else token.head
    if not token.lower_.endswith("ing") or attr.dep_ != "attr" \
            or attr.i != token.i and (token.dep_ != "amod" or attr.left_edge.i != token.i) \
            or any(c.i < token.i for c in token.children):
        return None, None
    be = attr.head
    subjects = [c for c in be.children if c.dep_ == "nsubj"]
    if be.lemma_.lower() != "be" or be.i >= token.i or not subjects \
            or any(t.dep_ != "advmod" for t in be.doc[be.i + 1:token.i]) \
            or attr.i != token.i and subjects[0].pos_ not in ("PROPN", "PRON"):
        return None, None
    return be, attr
