"""Growing an actor's noun phrase from its head token in the dependency parse."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import wraps
from typing import Any, TypeVar

from ..actors.resolver import names_leader
from .heads import DAY_WORDS

Token = Any  # spacy.tokens.Token (kept loose: spaCy is imported lazily)
Read = TypeVar("Read")

#: Dependents that end an actor's phrase: relative clauses, coordinated phrases (each
#: conjunct is its own actor), clauses and parentheticals.
DROP_DEPS = frozenset({"relcl", "conj", "cc", "advcl", "parataxis", "preconj", "ccomp",
                       "npadvmod", "advmod"})
#: Prepositional phrases the small parser hangs on an actor that tell when, how or why, not
#: who: "Russian police on Saturday", "The Foreign Office during a briefing", "(expels)
#: Belarusian diplomat over border balloons" (headlines attach the reason to the noun).
CIRCUMSTANCE_PREPS = frozenset({"during", "after", "before", "since", "until", "amid",
                                "despite", "following", "throughout", "in reaction", "over",
                                "because"})
TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today
yesterday tomorrow week month year day night morning evening weekend january february march
april may june july august september october november december reaction statement
interview""".split())
#: Objects of a preposition that say in what spirit an act was done, not who did it:
#: "summoned the Lithuanian charge d'affaires in protest", "an envoy in response".
MANNER_OBJECTS = frozenset("protest response retaliation solidarity return".split())
#: Objects of "in" that name the incident a phrase's people were caught up in, not who they
#: are: "killed 52 people in coordinated attacks", "arrested 30 students in a crackdown".
INCIDENT_OBJECTS = frozenset("""attack attacks raid raids strike strikes airstrike airstrikes
air ambush bombing bombings clash clashes crackdown shelling fighting violence explosion
explosions blast blasts assault offensive stampede riot riots shooting shootings""".split())
EDGE_PUNCT = frozenset({",", ";", ":", "-", "--", '"', "'", "(", ")"})
CORE_RIGHT_DEPS = frozenset({"compound", "flat", "nummod", "appos", "prep"})


def grow_phrase(head: Token, avoid: set[int], precise: bool = True) -> tuple[int, int]:
    """(start, end) token indexes of the noun phrase headed by `head`.

    Keeps determiners, modifiers, "of" and other prepositional phrases, appositions and
    participial modifiers; drops relative clauses and conjuncts, and any dependent whose
    subtree holds a token in `avoid` (the trigger or another role: "Venezuela, a country
    sanctioned by Washington" stops before the apposition that holds the trigger).
    `precise=False` keeps the complements of proposal nouns and participles (the wider
    phrase in which a country may still be named: "a ban on Chadian citizens").
    """
    kept = {head.i}
    # (a day's possessive only dates it: "Sunday's attack on Israeli tourists" is whole)
    owned = precise and head.pos_ == "NOUN" and any(
        c.dep_ == "poss" and c.lower_ not in DAY_WORDS for c in head.children)
    proposal = precise and head.lemma_ in PROPOSAL_NOUNS
    # a name is whole without a trailing place ("Nabih Berri in Beirut"), and so is a title
    # its demonym already places ("the Chinese ambassador in Berlin")
    placed = precise and (head.pos_ == "PROPN" or _placed_by_modifier(head))
    for child in head.children:
        if child.dep_ in DROP_DEPS or (precise and _clausal_tail(child)) or \
                child.dep_ == "acl" and child.tag_ == "VBG":
            continue  # "a ship carrying Syrian fuel" is not Syria's, even in the wide phrase
        if child.i > head.i and child.dep_ in ("prep", "acl") and (
                owned or proposal) and child.lower_ not in ("by", "from"):
            continue  # "May's offer on citizens' rights" names the offer, not the actor
        if owned and _description(child) and child.i > head.i:
            continue  # "Argentina's government, a vocal critic of Maduro": its owner places it
        if placed and child.i > head.i and _place_phrase(child):
            continue
        sub = _kept_subtree(child, precise)
        if avoid.intersection(sub):
            continue
        kept.update(sub)
    start = end = head.i
    while start - 1 in kept:
        start -= 1
    while end + 1 in kept:
        end += 1
    doc = head.doc
    while start < head.i and (doc[start].text in EDGE_PUNCT or doc[start].dep_ == "cc"):
        start += 1
    while end > head.i and (doc[end].text in EDGE_PUNCT or doc[end].dep_ == "cc"):
        end -= 1
    end = _balance_parentheses(doc, start, end)
    return _whole_words(head, start, end + 1, avoid, precise)


#: Characters that join the parts of one written word ("al-Mekdad", "Moon Jae-in").
WORD_JOINERS = frozenset({"-", "\u2010", "\u2011"})
#: Dependencies under which the small parser lists the parts of one hyphenated name as
#: separate arguments of the verb ("Faisal al - Mekdad criticised": three subjects).
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "attr"})


def _whole_words(head: Token, start: int, end: int, avoid: set[int],
                 precise: bool = True) -> tuple[int, int]:
    """Widen [start, end) so that it cuts no name written with a hyphen and no spaces
    ("Foreign Minister Faisal al" -> "... al-Mekdad", "Lee Nak" -> "Lee Nak-yon"). Only
    name parts are joined ("ex-ministers" and "pro-Navalny" stay as the parser has them),
    and a part the phrase must avoid only when the parser gave it the head's own role (the
    pieces of a name it split into several subjects), never a trigger."""
    doc = head.doc

    def joins(joiner: int, part: int) -> bool:
        if not (0 <= joiner < len(doc) and 0 <= part < len(doc)):
            return False
        glued = joiner > 0 and doc[joiner - 1].whitespace_ == "" == doc[joiner].whitespace_
        other = 2 * joiner - part  # the piece on the phrase's side of the joiner
        return doc[joiner].text in WORD_JOINERS and glued and \
            all(_name_part(doc[i]) for i in (part, other)) and \
            all(i not in avoid or (doc[i].dep_ == head.dep_ and head.dep_ in ARGUMENT_DEPS)
                for i in (joiner, part))

    def phrase_of(part: int) -> tuple[int, int]:
        """A part that heads a role of its own brings its own phrase ("al - Sarraj's")."""
        if part not in avoid:
            return part, part + 1
        return grow_phrase(doc[part], avoid - {part}, precise)

    while True:
        while joins(end, end + 1):
            end = max(end + 2, phrase_of(end + 1)[1])
        sibling = _split_name_at(head, end, avoid)
        if sibling is None:
            break
        end = sibling.right_edge.i + 1  # "Houthi leader" + "Abdul-Malik al-Houthi"
    while joins(start - 1, start - 2):
        start = min(start - 2, phrase_of(start - 2)[0])
    return start, end


def _split_name_at(head: Token, at: int, avoid: set[int] | None = None) -> Token | None:
    """The name whose phrase starts at token `at` and that the parser made a second
    argument of `head`'s own role right after it, with nothing between ("leader Abdul-Malik
    al-Houthi threatened": two subjects, one person), or None."""
    doc = head.doc
    governor = head.head.i
    if at >= len(doc) or head.dep_ not in ARGUMENT_DEPS or governor == head.i:
        return None
    token = doc[at]
    while token.head.i not in (token.i, governor):
        token = token.head
    if token.i == head.i or token.head.i != governor or token.dep_ != head.dep_ \
            or token.pos_ != "PROPN" or token.left_edge.i != at:
        return None
    return token if avoid is None or token.i in avoid else None


def _name_part(token: Token) -> bool:
    """A piece of a proper name: tagged as one, or capitalised ("al", "Mekdad", "yon")."""
    return token.is_alpha and (token.tag_ in ("NNP", "NNPS") or token.text[:1].isupper())


#: Dependents that end a phrase wherever they hang inside it: "a branch of Chile's oldest
#: bank that was fined for ...", "sailors held on a tanker since May".
NESTED_DROP_DEPS = frozenset({"relcl", "advcl", "parataxis", "ccomp"})
#: Prepositions of a trailing place phrase ("in Berlin", "at the border").
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})


def _kept_subtree(child: Token, precise: bool) -> set[int]:
    """Token indexes of `child`'s subtree, without the clauses and comma-set tails nested
    anywhere inside it (only when `precise`)."""
    kept = {child.i}
    for grand in child.children:
        if precise and (grand.dep_ in NESTED_DROP_DEPS or _comma_tail(grand)
                        or grand.dep_ == "npadvmod" and grand.lower_ in TIME_WORDS
                        and grand.i > child.i):  # "found in a truck last month"
            continue
        if precise and grand.i > child.i and (
                child.dep_ == "acl" and (_clausal_tail(grand) or names_leader(child.text)
                                         and _place_phrase(grand))
                or child.pos_ == "PROPN" and _place_phrase(grand)):
            continue  # "a delegation led by Minister Ana Petrovic in Tehran on Wednesday"
        kept |= _kept_subtree(grand, precise)
    return kept


def _comma_tail(token: Token) -> bool:
    """", an attack that provoked outrage", ", arrested last week": an apposition or
    participle set off by a comma after a nested noun says more about it, not who."""
    doc = token.doc
    return token.dep_ in ("appos", "acl") and token.i > token.head.i \
        and doc[token.left_edge.i - 1].text == ","


def _placed_by_modifier(head: Token) -> bool:
    """"the Chinese ambassador", "Germany's envoy": a demonym or a possessive name."""
    return any((c.dep_ == "amod" and c.pos_ == "ADJ" and c.text[:1].isupper())
               or (c.dep_ == "poss" and c.pos_ == "PROPN") for c in head.children
               if c.i < head.i)


def _place_phrase(child: Token) -> bool:
    """"in Berlin", "in the northern region of Tigray": a place preposition before a name."""
    if child.dep_ != "prep" or child.lower_ not in PLACE_PREPS:
        return False
    return any(t.pos_ == "PROPN" for o in child.children if o.dep_ == "pobj" for t in o.subtree)


#: Nouns for things proposed or said, whose complements ("demand for the sacking of ...")
#: describe the content rather than the actor.
PROPOSAL_NOUNS = frozenset("""decision offer demand proposal comment request effort plan call
appeal statement remark policy move bid initiative resolution""".split())


def to_infinitive(token: Token) -> bool:
    """Does `token` carry the infinitive marker "to" ("to impose", "the decision to
    recognise")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _description(child: Token) -> bool:
    """An apposition that only describes ("a vocal critic of Maduro", "an ally of Moscow"),
    as a name ("Egypt's foreign minister, Sameh Shoukry") does not."""
    return child.dep_ == "appos" and child.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in child.children)


def clause_top(token: Token) -> Token:
    """The verb heading the clause `token` is told in, past the infinitives and conjuncts it
    hangs on ("agreed to open its border and grant ...": "agreed")."""
    while token.dep_ in ("xcomp", "conj") and token.head.i != token.i:
        token = token.head
    return token


def _clausal_tail(child: Token) -> bool:
    """"the decision to recognize ...", ", including clauses ...": complements that say what
    the actor did or holds, not who it is."""
    if child.dep_ in ("acl", "relcl") and to_infinitive(child):
        return True
    if child.dep_ == "acl" and child.tag_ == "VBG":  # "a cargo plane flying from ..."
        return True
    if child.dep_ == "acl" and _comma_tail(child):  # "Razan Ghazzawi, detained last week"
        return True
    if child.dep_ == "acl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
        return True  # "US assertions it is a sanctuary": what was asserted, not who
    if child.dep_ == "appos" and child.i > 0 and child.doc[child.left_edge.i - 1].text == "," \
            and child.pos_ == "NOUN" and child.head.pos_ == "PROPN":
        return True  # "Angela Merkel, the German chancellor": the name says who
    if child.dep_ == "prep" and child.i > 0 and child.doc[child.i - 1].text == ",":
        return True
    if child.dep_ == "prep":
        if child.lower_ in CIRCUMSTANCE_PREPS or _role_phrase(child):
            return True
        objects = [c for c in child.children if c.dep_ == "pobj"]
        return bool(objects) and (objects[0].lower_ in TIME_WORDS
                                  or objects[0].lower_ in MANNER_OBJECTS
                                  or child.lower_ == "in" and objects[0].lower_ in INCIDENT_OBJECTS)
    return False


def _role_phrase(prep: Token) -> bool:
    """"families as human shields": what the noun is held or used as, not who it is
    (unlike "countries such as France", whose "as" names members)."""
    return prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ != "such" \
        and not any(c.lower_ == "such" for c in prep.children) \
        and any(c.dep_ == "pobj" and c.pos_ == "NOUN" for c in prep.children)


def doc_text(doc: Any) -> str:
    """The text of a parse, joined once: spaCy's `Doc.text` joins every token anew."""
    text = doc.user_data.get("entente.text")
    if text is None:
        text = doc.user_data["entente.text"] = doc.text
    return text


def text_holds(doc: Any, needle: str) -> bool:
    """Does the text of `doc` hold `needle`, ignoring case (the text lower-cased once per
    parse): a cheap test before a walk over the tokens that only that word can start."""
    lowered = doc.user_data.get("entente.lower")
    if lowered is None:
        lowered = doc.user_data["entente.lower"] = doc_text(doc).lower()
    return needle in lowered


def parse_words(doc: Any) -> frozenset[str]:
    """The lower-case forms of the words of a parse, read once (no mending changes them)."""
    found = doc.user_data.get("entente.words")
    if found is None:
        found = doc.user_data["entente.words"] = frozenset(t.lower_ for t in doc)
    return found


def word_holds(doc: Any, words: Iterable[str]) -> bool:
    """Does `doc` have a word whose lower-case form is one of `words`? A cheap test before
    a walk over the tokens that only those words can start."""
    return not parse_words(doc).isdisjoint(words)


def per_word(copy: Callable[[Read], Read] | None = None
             ) -> Callable[[Callable[..., Read]], Callable[..., Read]]:
    """Read `read(token, *args)` once per word of a parse and the same `args` (the coder's
    rules): the rules ask the same of one verb again and again (its subjects, its
    auxiliaries), and a parse no longer changes once its mendings are done, the only time
    the coder reads it. The answers are kept in the parse's `user_data`, with the `args`
    they were asked with (so their ids name them while the parse lives); `copy` gives each
    caller its own of an answer it may change (a list)."""

    def wrap(read: Callable[..., Read]) -> Callable[..., Read]:
        key = f"entente.per_word.{read.__module__}.{read.__qualname__}"

        @wraps(read)
        def once(token: Token, *args: Any) -> Read:
            memos = token.doc.user_data.setdefault(key, {})
            ids = tuple(id(a) for a in args)
            memo = memos.get(ids)
            if memo is None:
                memo = memos[ids] = (args, {})
            answers = memo[1]
            if token.i in answers:
                answer = answers[token.i]
            else:
                answer = answers[token.i] = read(token, *args)
            return answer if copy is None else copy(answer)

        return once

    return wrap


def lemma_holds(doc: Any, lemmas: Iterable[str]) -> bool:
    """Does a word of `doc` have one of `lemmas` (lower case) as its lemma? The parse's
    lemmas are read once (the coder's rules read a parse only after its mendings, the last
    to change lemmas): a cheap test before a walk over the tokens that only those words
    can start."""
    found = doc.user_data.get("entente.lemmas")
    if found is None:
        found = doc.user_data["entente.lemmas"] = frozenset(t.lemma_.lower() for t in doc)
    return not found.isdisjoint(lemmas)


def _balance_parentheses(doc: Any, start: int, end: int) -> int:
    """Keep "(NAF)" whole: an opening parenthesis inside the span needs its closing one."""
    if not text_holds(doc, "("):  # (most sentences: nothing to look at)
        return end
    depth = 0
    for i in range(start, end + 1):
        depth += doc[i].text == "("
        depth -= doc[i].text == ")"
    if depth > 0 and end + 1 < len(doc) and doc[end + 1].text == ")":
        return end + 1
    if depth > 0:
        last_open = max(i for i in range(start, end + 1) if doc[i].text == "(")
        return max(last_open - 1, start)
    return end


def core_phrase(head: Token, start: int, end: int,
                representing: frozenset[str] = frozenset()) -> tuple[int, int]:
    """The part of a phrase that names the actor, for the resolver: from the start up to
    the head and its proper-name continuation ("President Gustavo Petro of Colombia"
    keeps "of Colombia", "its neighbour, Ecuador" the name set off by a comma; "the town
    of northern Idlib seized by militants" stops at the head's first clause). A head of
    `representing` (roles.yaml `representing_nouns`) keeps its "for" phrase too ("a
    spokesman for the Kremlin")."""
    core_end = head.i + 1
    for child in head.rights:
        if child.dep_ == "punct" and child.text == "," and child.i < end:
            continue  # "its neighbour, South Sudan": the name set off by a comma names it
        if child.i >= end or child.dep_ not in CORE_RIGHT_DEPS:
            break
        if child.dep_ == "prep" and child.lower_ != "of" and not (
                child.lower_ == "for" and head.lower_ in representing):
            break
        core_end = max(core_end, child.right_edge.i + 1)
    while core_end < end and (sibling := _split_name_at(head, core_end)) is not None:
        core_end = sibling.right_edge.i + 1
    core_end = min(core_end, end)  # (with the closing bracket of a short form it holds)
    return start, min(_balance_parentheses(head.doc, start, core_end - 1) + 1, end)


def coordinated_modifiers(head: Token) -> list[Token]:
    """The coordinated names or demonyms before a noun, in order: "Indian and American
    warships" -> [Indian, American]; also of a counted noun in an "of" phrase ("scores of
    Kenyan and Ugandan refugees"); [] when the noun has no such coordination."""
    for child in head.lefts:
        if child.dep_ in ("amod", "compound", "nmod") and child.text[:1].isupper():
            conjuncts = [c for c in child.conjuncts if c.i < head.i and c.text[:1].isupper()]
            if not conjuncts and (any(c.like_num for c in child.conjuncts)
                                  or any(c.dep_ == "cc" for c in child.children)):
                # ("two Estonian and three Latvian citizens": the parser makes the second
                # number the conjunct, or no word, and hangs the second demonym on the noun)
                conjuncts = [o for o in head.lefts if o.i > child.i and o.dep_ == child.dep_
                             and o.text[:1].isupper()]
            if conjuncts:
                return sorted([child, *conjuncts], key=lambda t: t.i)
    if head.pos_ in ("NOUN", "NUM") and not head.text[:1].isupper():
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                counted = [p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
                return coordinated_modifiers(counted[0]) if counted else []
    return []


def coordinated_owners(head: Token) -> list[Token]:
    """The coordinated names of an "of" or "from" phrase after a noun, in order: "the
    leaders of France and Germany", "officials from Chad and Niger" -> [France, Germany];
    [] unless there are two or more."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN":
                    names = [pobj, *(c for c in pobj.conjuncts if c.pos_ == "PROPN")]
                    return sorted(names, key=lambda t: t.i) if len(names) >= 2 else []
    return []


def mention_phrase(doc: Any, mention: Any, frame: Any) -> tuple[str, int, int]:
    """(text, start, end) of the phrase around a gazetteer mention found by surface order:
    a demonym or name that modifies a noun stands for that noun's phrase ("Pakistani" in
    "Pakistani girls" -> "Pakistani girls"), unless the noun is the trigger itself."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    trigger = {t.i for t in frame.trigger}
    if span is None or span.root.i in trigger:
        return mention.text, mention.start, mention.end
    token = span.root
    while token.dep_ in ("amod", "compound", "poss") and token.head.pos_ in ("NOUN", "PROPN") \
            and token.head.i not in trigger and token.head.i > token.i:
        token = token.head
    if token.i == span.root.i:
        return mention.text, mention.start, mention.end
    start, end = grow_phrase(token, trigger)
    start, end = min(start, span.start), max(end, span.end)
    return doc[start:end].text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


#: Mention kinds whose extent comes from the gazetteer's own names (not a guessed run of
#: capitalised words): a phrase never ends inside one of them.
NAMED_KINDS = frozenset({"state", "igo", "ngo", "group", "location"})


def whole_names(doc: Any, start: int, end: int, names: list[tuple[int, int]],
                avoid: set[int]) -> tuple[int, int]:
    """Widen the token span [start, end) so that it cuts no known name: the parser may end
    a phrase inside a multi-word name ("provide Sri | Lanka with", "demands from the
    National Union | for the Total Independence of Angola"). `names` are the character
    spans of the gazetteer's names in the sentence. A name that would bring in a token of
    `avoid` (the trigger, another role) is left as it is, unless that token is itself a
    part of the name the parser made a role of its own ("Trinidad and Tobago" read as two
    conjuncts)."""
    lo, hi = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    for name_start, name_end in names:
        if name_end <= lo or name_start >= hi or (lo <= name_start and name_end <= hi):
            continue  # outside the phrase, or inside it
        span = doc.char_span(min(lo, name_start), max(hi, name_end), alignment_mode="expand")
        if span is None or any(i in avoid and not start <= i < end and doc[i].pos_ != "PROPN"
                               for i in range(span.start, span.end)):
            continue
        start, end = min(start, span.start), max(end, span.end)
        lo, hi = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    return start, end
