"""The trigger lexicon: words that carry events, loaded from TSV data.

An entry maps a lemma (a verb, an event noun, or a light verb that takes its noun's code)
with an optional particle/preposition and object constraint to a CAMEO code. The most
specific matching entry wins; an entry with code "-" is an exclusion ("strike a deal").
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..ontology import event_types

LEXICON_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicon"
TRIGGER_FILE = LEXICON_DIR / "triggers.tsv"
IRREGULAR_FILE = LEXICON_DIR / "irregular_verbs.tsv"
POS_KINDS = {"V": "verb", "N": "noun", "L": "light", "A": "adjective"}
ANY_OBJECT = "*"  # object constraint: the verb has some direct object
NAMED_OBJECT = "@name"  # object constraint: a direct object that is a proper name
EXCLUDED = "-"
SHARED_MARK = " (shared with "  # the source of a row a verb takes from its family


@dataclass(slots=True, frozen=True)
class Entry:
    """One lexicon row. `objects` and `target` are tuples; empty means "any" / defaults."""

    lemma: str
    pos: str
    prep: str
    objects: tuple[str, ...]
    code: str
    target: tuple[str, ...]
    source: str
    #: required subject lemmas: the doer's head or one of its modifiers ("warplanes struck")
    subjects: tuple[str, ...] = ()

    @property
    def specificity(self) -> int:
        return (2 if self.objects else 0) + (1 if self.prep else 0) + \
            (2 if self.subjects else 0)

    @property
    def excluded(self) -> bool:
        return self.code == EXCLUDED

    @property
    def name(self) -> str:
        """How the rule is named on events: "lexicon:impose+sanction"."""
        parts = [self.lemma] + ([self.prep] if self.prep else [])
        text = " ".join(parts)
        if self.objects:
            text += "+" + "|".join(self.objects[:3]) + ("|..." if len(self.objects) > 3 else "")
        if self.subjects:
            text = "|".join(self.subjects[:2]) + ("|..." if len(self.subjects) > 2 else "") + \
                " " + text
        return f"{POS_KINDS[self.pos]}:{text}"


class Lexicon:
    """Trigger entries indexed by (lemma, pos), with the irregular verb forms that inflect
    them; load the default (`entente.coder.bundle.LanguageBundle`) or your own TSV files."""

    def __init__(self, entries: Iterable[Entry], irregular: Mapping[str, tuple[str, ...]],
                 files: Iterable[Path] = (), irregular_file: Path = IRREGULAR_FILE) -> None:
        self._by_key: dict[tuple[str, str], list[Entry]] = {}
        for entry in entries:
            self._by_key.setdefault((entry.lemma, entry.pos), []).append(entry)
        for bucket in self._by_key.values():  # (a named object before "any object")
            bucket.sort(key=lambda e: (-e.specificity, ANY_OBJECT in e.objects))
        #: (lemma, pos) keys with a row that names its subject (few: most need no look)
        self._subjected = frozenset(k for k, bucket in self._by_key.items()
                                    if any(e.subjects for e in bucket))
        self.files = tuple(Path(f) for f in files)
        #: lemma -> irregular inflected forms (irregular_verbs.tsv)
        self.irregular = dict(irregular)
        self.irregular_file = Path(irregular_file)
        self._verb_lemmas = _verb_table(self.lemmas("V") | self.lemmas("L"), self.irregular)

    @classmethod
    def default(cls) -> Lexicon:
        from .bundle import LanguageBundle

        return LanguageBundle.default().lexicon

    @classmethod
    def load(cls, paths: Iterable[str | Path],
             irregular: str | Path = IRREGULAR_FILE) -> Lexicon:
        """Read TSV lexicon files (see the header of data/lexicon/triggers.tsv) and a table
        of irregular verb forms (data/lexicon/irregular_verbs.tsv)."""
        files = [Path(p) for p in paths]
        entries = [entry for path in files for entry in read_entries(path)]
        return cls(entries, read_irregular(Path(irregular)), files, Path(irregular))

    def extend(self, path: str | Path) -> Lexicon:
        """A new lexicon with the entries of `path` added (they win ties by coming later)."""
        extra = read_entries(Path(path))
        return Lexicon([*extra, *self.entries()], self.irregular, [*self.files, Path(path)],
                       self.irregular_file)

    def entries(self) -> list[Entry]:
        return [e for bucket in self._by_key.values() for e in bucket]

    def with_object_classes(self, classes: Mapping[str, Iterable[str]]) -> Lexicon:
        """A lexicon whose object cells name word classes: "@envoys" stands for every word of
        roles.yaml `object_classes: {envoys: [...]}`, so the verbs that act on diplomats
        (expel, recall, withdraw, summon ...) share one list. An unknown class is an error
        naming the row."""
        if not any(o.startswith("@") and o != NAMED_OBJECT for e in self.entries()
                   for o in (*e.objects, *e.subjects)):
            return self
        return Lexicon([_expanded(e, classes) for e in self.entries()], self.irregular,
                       self.files, self.irregular_file)

    def with_families(self, families: Mapping[str, Iterable[str]]) -> Lexicon:
        """A lexicon where the verbs of one family share their object rows: with `express`
        and `convey` in a family, "express concern" (012) also makes "conveyed its
        concern" 012. A verb's own rows for an object come first and win; exclusions and
        rows with no object are not shared."""
        shared: list[Entry] = []
        for verbs in families.values():
            members = list(dict.fromkeys(verbs))
            # (a verb's own rows only: a verb of two families, "renew" among the verbs of
            # expressing and of prolonging, passes no row of one family to the other)
            rows = [e for v in members for e in self.lookup(v, "V")
                    if e.objects and not e.excluded and ANY_OBJECT not in e.objects
                    and SHARED_MARK not in e.source]
            for verb in members:
                own = {o for e in self.lookup(verb, "V") for o in e.objects}
                shared += [replace(e, lemma=verb, objects=tuple(o for o in e.objects
                                                                 if o not in own),
                                   source=f"{e.source}{SHARED_MARK}{verb})")
                           for e in rows if e.lemma != verb and set(e.objects) - own]
        if not shared:
            return self
        return Lexicon([*self.entries(), *shared], self.irregular, self.files,
                       self.irregular_file)

    def lookup(self, lemma: str, pos: str) -> list[Entry]:
        """Entries for (lemma, pos), most specific first."""
        return self._by_key.get((lemma, pos), [])

    def has(self, lemma: str, pos: str) -> bool:
        return (lemma, pos) in self._by_key

    def names_subjects(self, lemma: str, pos: str) -> bool:
        """Does an entry of (lemma, pos) name its subject (`best` reads `subjects` only
        for those)?"""
        return (lemma, pos) in self._subjected

    def target_preps(self, lemma: str, pos: str, roots: frozenset[str]) -> frozenset[str]:
        """The prepositions that lead to the target of the lemma's entries coded in one of
        the CAMEO `roots` ("sanction" N: "on", "against")."""
        return frozenset(p for e in self.lookup(lemma, pos) if e.code[:2] in roots
                         for p in e.target if p and p.islower() and p.isalpha()
                         and p not in ("dobj", "pobj", "nsubj", "dative"))

    def best(self, lemma: str, pos: str, preps: set[str], objects: set[str],
             heads: set[str] | None = None, subjects: Iterable[str] = (),
             direct: set[str] | None = None) -> Entry | None:
        """The most specific entry whose particle, object and subject constraints hold, or
        None. An exclusion ("-") that matches wins over less specific entries and returns None.
        Given the object `heads` (the nouns themselves, `objects` holding their modifiers
        too), an exclusion holds only by a head: "struck oil" is no attack, "struck an oil
        refinery" is one. Given the words of a phrasal verb's own objects (`direct`), an
        entry of the bare verb finds its object only among them: "hit out at Washington over
        the arms sale" and "hit back at Downing Street" are no "hit sales" or "hit the streets".
        """
        for entry in self.lookup(lemma, pos):
            if entry.prep and entry.prep not in preps:
                continue
            if entry.objects and not objects.intersection(entry.objects):
                continue
            if direct is not None and not entry.prep and entry.objects \
                    and not direct.intersection(entry.objects):
                continue
            if entry.excluded and entry.objects and heads is not None \
                    and not heads.intersection(entry.objects):
                continue
            if entry.subjects and not set(entry.subjects).intersection(subjects):
                continue
            return None if entry.excluded else entry
        return None

    def verb_lemma(self, lemma: str, surface: str) -> str:
        """The parser's lemma when the lexicon knows it, else the lexicon verb whose
        inflection `surface` is (the small model's lemmatizer turns "staged" into "stag")."""
        if (lemma, "V") in self._by_key or (lemma, "L") in self._by_key:
            return lemma
        return self._verb_lemmas.get(surface, lemma)

    def lemmas(self, pos: str) -> set[str]:
        return {lemma for lemma, p in self._by_key if p == pos}

    def verb_forms(self, lemma: str) -> set[str]:
        """Inflected surface forms of a verb, irregular ones included."""
        return verb_forms(lemma, self.irregular)


def _expanded(entry: Entry, classes: Mapping[str, Iterable[str]]) -> Entry:
    return replace(entry, objects=_class_words(entry, "object", entry.objects, classes),
                   subjects=_class_words(entry, "subject", entry.subjects, classes))


def _class_words(entry: Entry, field: str, words: Iterable[str],
                 classes: Mapping[str, Iterable[str]]) -> tuple[str, ...]:
    """`words` with each "@class" replaced by the words of that class."""
    out: list[str] = []
    for word in words:
        if not word.startswith("@") or word == NAMED_OBJECT:
            out.append(word)
        elif word[1:] in classes:
            out += classes[word[1:]]
        else:
            raise InputError(f"{entry.source}: field {field!r}: unknown word class {word!r} "
                             f"(roles.yaml object_classes has {', '.join(sorted(classes))})")
    return tuple(dict.fromkeys(out))


def read_entries(path: Path) -> list[Entry]:
    """Parse one lexicon TSV; a bad row raises InputError naming file, line and field."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"{path}: cannot read lexicon ({exc.strerror})") from exc
    rows = [(n, line) for n, line in enumerate(lines, 1) if line.strip() and
            not line.startswith("#")]
    if not rows:
        return []
    header_line, header = rows[0][0], next(csv.reader([rows[0][1]], delimiter="\t"))
    if header[:5] != ["lemma", "pos", "prep", "object", "code"]:
        raise InputError(f"{path}:{header_line}: header must start with "
                         "lemma, pos, prep, object, code")
    known = event_types()
    entries = []
    for number, line in rows[1:]:
        cells = (line.split("\t") + [""] * 7)[:7]
        entries.append(_entry(cells, f"{path.name}:{number}", known))
    return entries


def _entry(cells: list[str], where: str, known: dict) -> Entry:
    lemma, pos, prep, objects, code, target, subjects = (c.strip() for c in cells)
    if not lemma:
        raise InputError(f"{where}: field 'lemma' is empty")
    if pos not in POS_KINDS:
        raise InputError(f"{where}: field 'pos' must be V, N, L or A, not {pos!r}")
    if pos != "L" and code != EXCLUDED and code not in known:
        raise InputError(f"{where}: field 'code' {code!r} is not a CAMEO event code")
    return Entry(lemma.lower(), pos, prep.lower(), _split(objects), code, _split(target), where,
                 _split(subjects))


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip().lower() for v in value.split("|") if v.strip())


def read_irregular(path: Path) -> dict[str, tuple[str, ...]]:
    """lemma -> irregular inflected forms, from a two-column TSV ("meet<TAB>met"); a row
    without forms raises InputError naming file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"{path}: cannot read irregular verbs ({exc.strerror})") from exc
    out: dict[str, tuple[str, ...]] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith(("#", "lemma\t")):
            continue
        lemma, _, forms = line.partition("\t")
        if not lemma.strip() or not _split(forms):
            raise InputError(f"{path.name}:{number}: expected a lemma, a tab and its forms")
        out[lemma.strip().lower()] = _split(forms)
    return out


def verb_forms(lemma: str, irregular: Mapping[str, tuple[str, ...]]) -> set[str]:
    """Inflected surface forms of a verb (over-generating is harmless for a pre-filter)."""
    forms = {lemma, *irregular.get(lemma, ())}
    for base, inflected in irregular.items():  # "retake" -> "retook", "retaken"
        if len(base) > 2 and lemma.endswith(base) and lemma != base:
            forms |= {lemma[:-len(base)] + form for form in inflected}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    else:
        plural = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")
        forms |= {plural, lemma + "ed", lemma + "ing"}
        if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou":
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


class LemmaTable:
    """Lemmas for a parse made without spaCy's lemmatizer (a fifth of the pipeline's time):
    the inflections of the lexicon's verbs and nouns, plus `extra_verbs` (the policies'
    speech and governor verbs); other words keep their lower-cased form."""

    def __init__(self, lexicon: Lexicon, extra_verbs: Iterable[str] = ()) -> None:
        self.verbs = _verb_table(lexicon.lemmas("V") | lexicon.lemmas("L") | set(extra_verbs),
                                 lexicon.irregular)
        self.nouns: dict[str, str] = {}
        objects = {o for e in lexicon.entries() for o in (*e.objects, *e.subjects)
                   if o not in (ANY_OBJECT, NAMED_OBJECT)}
        for lemma in [*sorted(objects, key=_by_length),
                      *sorted(lexicon.lemmas("N"), key=_by_length)]:
            for form in noun_forms(lemma):  # event nouns come last and win
                self.nouns[form] = lemma
        self._memo: dict[tuple[int, int], int] = {}  # (word, tag) ids -> lemma id

    def assign(self, doc: Any) -> None:
        """Set `lemma_` on the tokens of `doc` that have none (read and written as one array;
        the lemma of each (word, tag) is worked out once)."""
        from numpy import array, uint64
        from spacy.attrs import LEMMA, LOWER, TAG

        strings = doc.vocab.strings
        memo = self._memo
        lemmas = []
        for lemma, lower, tag in doc.to_array([LEMMA, LOWER, TAG]).tolist():
            if not lemma:
                lemma = memo.get((lower, tag))
                if lemma is None:
                    if len(memo) >= _LEMMA_MEMO_MAX:
                        memo.clear()
                    lemma = memo[lower, tag] = strings.add(
                        self.lemma_of(strings[lower], strings[tag]))
            lemmas.append(lemma)
        doc.from_array([LEMMA], array(lemmas, dtype=uint64))

    def lemma_of(self, lower: str, tag: str) -> str:
        """The lemma of a lower-case word with a fine-grained tag."""
        if tag.startswith("VB") or tag == "MD":
            return self.verbs.get(lower) or self.verbs.get(_unhyphenated(lower), lower)
        if tag.startswith("NN"):
            return (self.nouns.get(lower) or self.nouns.get(_unhyphenated(lower))
                    or (_singular(lower) if tag == "NNS" else lower))
        return lower


def _unhyphenated(word: str) -> str:
    """A prefixed word as the lexicon spells it: "re-opened" -> "reopened"."""
    return word.replace("-", "", 1)


#: How many (word, tag) pairs `LemmaTable.assign` remembers the lemma of (then it starts over).
_LEMMA_MEMO_MAX = 200_000


def _verb_table(lemmas: Iterable[str], irregular: Mapping[str, tuple[str, ...]]
                ) -> dict[str, str]:
    table: dict[str, str] = {}
    for lemma in sorted(lemmas, key=_by_length):
        for form in verb_forms(lemma, irregular):
            table.setdefault(form, lemma)
    return table


def _by_length(word: str) -> tuple[int, str]:
    return (-len(word), word)


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def noun_forms(lemma: str) -> set[str]:
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return {lemma, lemma[:-1] + "ies"}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return {lemma, lemma + "es"}
    return {lemma, lemma + "s"}
