"""The gazetteer: every surface form entente knows, loaded from TSV data, indexed by tokens.

Bundled data lives in ``entente/data/actors/`` (see docs/actors.md); users add layers with
`Gazetteer.load` / `Gazetteer.extend`. A form defined in a later layer replaces the forms of
earlier layers with the same tokens, so a user file can override a bundled entry.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .. import ontology
from ..errors import InputError
from ..timeutil import parse_date
from .entries import GazetteerEntry, read_tsv, split_forms
from .tokens import Token, normalize, tokenize

_DATA_DIR = ("data", "actors")


def _bundled_rows(name: str):
    text = resources.files("entente").joinpath(*_DATA_DIR, name).read_text(encoding="utf-8")
    yield from read_tsv(Path("entente/data/actors") / name, text=text)


def _src(name: str, line: int) -> str:
    return f"{name}:{line}"


def _state_entries() -> list[GazetteerEntry]:
    entries: list[GazetteerEntry] = []
    for c in ontology.countries().values():
        for form in {c.name, c.official_name}:
            entries.append(GazetteerEntry(form, "state", country=c.iso3, name=c.iso3,
                                          source="countries.tsv"))
    columns = (("names", "state"), ("adjectives", "adjective"), ("capitals", "capital"),
               ("seats", "seat"))
    for line, row in _bundled_rows("states.tsv"):
        iso3 = row["iso3"]
        if iso3 not in ontology.countries():
            raise InputError(f"entente/data/actors/states.tsv:{line}: unknown ISO3 {iso3!r}")
        for column, kind in columns:
            for form in split_forms(row[column]):
                entries.append(GazetteerEntry(form, kind, country=iso3, name=iso3,
                                              source=_src("states.tsv", line)))
    return entries


def _historic_entries() -> list[GazetteerEntry]:
    entries = []
    for line, row in _bundled_rows("historic.tsv"):
        if row["code"] not in ontology.historic_states():
            raise InputError(f"entente/data/actors/historic.tsv:{line}: unknown historic "
                             f"state {row['code']!r}")
        entries += [GazetteerEntry(form, "state", country=row["code"], name=row["code"],
                                   role="historic", source=_src("historic.tsv", line))
                    for form in split_forms(row["forms"])]
    return entries


def _city_entries() -> list[GazetteerEntry]:
    return [
        GazetteerEntry(form, "capital", country=row["iso3"], name=form, role="city",
                       source=_src("cities.tsv", line))
        for line, row in _bundled_rows("cities.tsv")
        for form in split_forms(row["forms"])
    ]


def _institution_entries() -> list[GazetteerEntry]:
    return [
        GazetteerEntry(form, "institution", country=row["iso3"], sector=row["sector"],
                       name=split_forms(row["forms"])[0], source=_src("institutions.tsv", line))
        for line, row in _bundled_rows("institutions.tsv")
        for form in split_forms(row["forms"])
    ]


def _igo_entries() -> list[GazetteerEntry]:
    entries = [GazetteerEntry(org.name, "igo", country=org.short, code=org.cameo, name=org.name,
                              source="igos.tsv") for org in ontology.igos().values()]
    for line, row in _bundled_rows("igos.tsv"):
        org = ontology.igo(row["short"])
        if org is None:
            raise InputError(f"entente/data/actors/igos.tsv:{line}: unknown IGO {row['short']!r}")
        entries += [GazetteerEntry(form, "igo", country=org.short, code=org.cameo, name=org.name,
                                   source=_src("actors/igos.tsv", line))
                    for form in split_forms(row["forms"])]
    return entries


def _group_entries() -> list[GazetteerEntry]:
    entries = []
    for line, row in _bundled_rows("groups.tsv"):
        forms = split_forms(row["forms"])
        country = None if row["country"] in ("", "-") else row["country"]
        entries += [GazetteerEntry(form, row["kind"], country=country, sector=row["sector"] or None,
                                   code=row["code"] or None, name=forms[0],
                                   source=_src("groups.tsv", line)) for form in forms]
    return entries


def _ethnic_entries() -> list[GazetteerEntry]:
    entries = []
    for line, row in _bundled_rows("ethnic.tsv"):
        forms = split_forms(row["forms"])
        home = None if row["home"] in ("", "-") else row["home"]
        entries += [GazetteerEntry(form, "ethnic", country=home, code=row["code"], role=row["kind"],
                                   name=forms[0], source=_src("ethnic.tsv", line))
                    for form in forms]
    return entries


def _region_entries() -> list[GazetteerEntry]:
    entries = []
    for line, row in _bundled_rows("regions.tsv"):
        forms = split_forms(row["forms"])
        entries += [GazetteerEntry(form, "region", code=row["code"], name=forms[0],
                                   source=_src("regions.tsv", line)) for form in forms]
    return entries


def _sector_entries() -> list[GazetteerEntry]:
    return [GazetteerEntry(row["form"], row["kind"], sector=row["sector"], role=row["form"].lower(),
                           source=_src("sectors.tsv", line))
            for line, row in _bundled_rows("sectors.tsv")]


def person_entries(rows: Iterable[tuple[int, dict[str, str]]], where: str) -> list[GazetteerEntry]:
    """Entries of a people table (name, aliases, country, sector, role, from, to)."""
    entries = []
    for line, row in rows:
        at = f"{where}:{line}"
        name = row.get("name", "")
        if not name:
            raise InputError(f"{at}: the name field is empty")
        country = ontology.to_iso3(row.get("country", "")) if row.get("country") else None
        if row.get("country") and country is None:
            raise InputError(f"{at}: unknown country {row['country']!r}")
        start = parse_date(row.get("from"), at, partial="start")
        end = parse_date(row.get("to"), at, partial="end")
        for form in [name, *split_forms(row.get("aliases"))]:
            entries.append(GazetteerEntry(form, "person", country=country,
                                          sector=row.get("sector") or None,
                                          role=row.get("role") or None, name=name, start=start,
                                          end=end, source=at))
    return entries


def _people_entries() -> list[GazetteerEntry]:
    return person_entries(_bundled_rows("people.tsv"), "people.tsv")


@lru_cache(maxsize=1)
def _surname_rules() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words that are no surname, countries writing the family name first, name particles)
    from rules.yaml, all normalized."""
    import yaml

    text = resources.files("entente").joinpath(*_DATA_DIR, "rules.yaml").read_text("utf-8")
    rules = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return (frozenset(normalize(str(w)) for w in rules["not_surnames"]),
            frozenset(str(c) for c in rules["family_name_first"]),
            frozenset(normalize(str(w)) for w in rules["name_particles"]))


def family_name_first() -> frozenset[str]:
    """The countries whose people write the family name first (rules.yaml
    `family_name_first`: "Li Qiang" is "Li" on second mention)."""
    return _surname_rules()[1]


def _surnames(name: str, country: str | None) -> list[str]:
    """The forms of a full name's surname that may stand alone: the last word with the
    particles before it ("von der Leyen"), and without "al-" ("al-Jubeir", "Jubeir")."""
    stop, family_first, particles = _surname_rules()
    words = name.split()
    if len(words) < 2 or country in family_first:
        return []
    k = len(words) - 1
    while k > 1 and normalize(words[k - 1]) in particles:
        k -= 1
    forms = [" ".join(words[k:])]
    last = words[-1]
    if k == len(words) - 1 and normalize(last[:3]) in ("al-", "el-"):
        forms.append(last[3:])
    return [form for form in forms if len(form.replace("-", "")) >= 4
            and normalize(form) not in stop and normalize(form.split()[-1]) not in stop]


def _surname_entries(entries: Sequence[GazetteerEntry]) -> list[GazetteerEntry]:
    """Each listed person's surname as a form of its own (flagged `alone`), when no person
    of another country shares it ("Rajapaksa" is Sri Lankan whichever of the brothers is
    meant) and no other entry (state, city, alias ...) is written the same way."""
    known = {tuple(t.norm for t in tokenize(entry.form)) for entry in entries}
    owners: dict[tuple[str, ...], set[str]] = {}
    countries: dict[tuple[str, ...], set[str | None]] = {}
    forms: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for entry in entries:
        if entry.type != "person" or entry.name in forms:
            continue
        name = entry.name or entry.form
        forms[name] = [(form, tuple(t.norm for t in tokenize(form)))
                       for form in _surnames(name, entry.country)]
        for _, key in forms[name]:
            owners.setdefault(key, set()).add(name)
            countries.setdefault(key, set()).add(entry.country)
    return [replace(entry, form=form, alone=True)
            for entry in entries if entry.type == "person"
            for form, key in forms.get(entry.name or "", [])
            if key not in known and (len(owners[key]) == 1 or len(countries[key]) == 1)]


def _ambiguous_entries() -> list[GazetteerEntry]:
    entries = []
    for line, row in _bundled_rows("ambiguous.tsv"):
        cues = tuple(tuple(cue.split("=", 1)) for cue in split_forms(row["cues"]))
        entries.append(GazetteerEntry(row["form"], "ambiguous",
                                      candidates=tuple(split_forms(row["candidates"])),
                                      default=row["default"] or None, cues=cues,  # type: ignore[arg-type]
                                      lower_only=row["case"] == "lower", role=row["note"],
                                      source=_src("ambiguous.tsv", line)))
    return entries


def _case_ok(form_tokens: Sequence[Token], text_tokens: Sequence[Token], lower_only: bool) -> bool:
    """Capitalised form words need capitalised text words, acronyms need upper case."""
    for form_tok, text_tok in zip(form_tokens, text_tokens, strict=True):
        written = text_tok.text
        if lower_only:
            if not written.islower():
                return False
            continue
        model = form_tok.text
        if len(model) > 1 and model.isupper() and model.isalpha():
            if not written.isupper():
                return False
        elif any(ch.isupper() for ch in model[1:]):  # "LeT", "BiH": exactly as written
            if written != model:
                return False
        elif model[:1].isupper() and not written[:1].isupper():
            return False
    return True


class Gazetteer:
    """All known surface forms, in layers (bundled data first, user dictionaries after)."""

    def __init__(self, layers: Sequence[Sequence[GazetteerEntry]]):
        self.layers: tuple[tuple[GazetteerEntry, ...], ...] = tuple(
            tuple(layer) for layer in layers)
        self._index: dict[tuple[str, ...], list[tuple[GazetteerEntry, tuple[Token, ...]]]] = {}
        self._prefixes: set[tuple[str, ...]] = set()
        self._build()

    @classmethod
    def default(cls) -> Gazetteer:
        """The bundled gazetteer (loaded once per process and shared: it is read-only)."""
        return _default_gazetteer()

    @classmethod
    def load(cls, paths: Iterable[str | Path]) -> Gazetteer:
        """The bundled gazetteer extended with user dictionaries (YAML, TSV or .actors.txt)."""
        gazetteer = cls.default()
        for path in paths:
            gazetteer = gazetteer.extend(path)
        return gazetteer

    def extend(self, path: str | Path) -> Gazetteer:
        """A new gazetteer with one more layer read from `path` (this one is unchanged)."""
        from .dictionaries import load_dictionary

        layer = load_dictionary(path, base=self)
        return Gazetteer([*self.layers, [*layer, *self._user_surnames(layer)]])

    def _user_surnames(self, layer: Sequence[GazetteerEntry]) -> list[GazetteerEntry]:
        """The surnames of a user file's people, standing alone as the bundled ones do,
        unless this gazetteer or the file already has the form ("Strand" said)."""
        known = self.keys() | {tuple(t.norm for t in tokenize(e.form)) for e in layer}
        return [entry for entry in _surname_entries(layer)
                if tuple(t.norm for t in tokenize(entry.form)) not in known]

    def with_entries(self, entries: Iterable[GazetteerEntry]) -> Gazetteer:
        """A new gazetteer with `entries` as one more layer."""
        return Gazetteer([*self.layers, list(entries)])

    @property
    def entries(self) -> list[GazetteerEntry]:
        return [entry for layer in self.layers for entry in layer]

    def _build(self) -> None:
        for layer in self.layers:
            added: dict[tuple[str, ...], list[tuple[GazetteerEntry, tuple[Token, ...]]]] = {}
            for entry in layer:
                tokens = tuple(tokenize(entry.form))
                if not tokens:
                    continue
                added.setdefault(tuple(t.norm for t in tokens), []).append((entry, tokens))
            for key, items in added.items():
                kept = [] if self._overrides(items) else self._index.get(key, [])
                self._index[key] = [*kept, *items]
                self._prefixes.update(key[:n] for n in range(1, len(key) + 1))
        self.max_len = max((len(key) for key in self._index), default=0)

    @staticmethod
    def _overrides(items: list[tuple[GazetteerEntry, tuple[Token, ...]]]) -> bool:
        # A lower-case-only reading ("turkey" the bird) sits beside the state, not over it.
        return any(not entry.lower_only for entry, _ in items)

    def match_at(self, tokens: Sequence[Token], i: int) -> tuple[int, list[GazetteerEntry]]:
        """Longest entry match starting at token i: (number of tokens, entries), or (0, [])."""
        best: tuple[int, list[GazetteerEntry]] = (0, [])
        key: tuple[str, ...] = ()
        for j in range(i, min(len(tokens), i + self.max_len)):
            key = (*key, tokens[j].norm)
            if key not in self._prefixes:
                break
            items = self._index.get(key)
            if not items:
                continue
            window = tokens[i:j + 1]
            found = [entry for entry, form_tokens in items
                     if _case_ok(form_tokens, window, entry.lower_only)]
            if found:
                best = (j + 1 - i, found)
        return best

    def lookup(self, form: str) -> list[GazetteerEntry]:
        """Entries for exactly this form (case rules applied), e.g. lookup("Kremlin")."""
        tokens = tokenize(form)
        length, entries = self.match_at(tokens, 0)
        return entries if length == len(tokens) else []

    def surface_forms(self) -> list[str]:
        """Every form as written in the data, sorted (for a spaCy PhraseMatcher)."""
        return sorted({entry.form for items in self._index.values() for entry, _ in items})

    def people_forms(self) -> list[str]:
        """The one-word people's names ("Britons", "Cambodians", "Chinese"), as written."""
        return sorted({entry.form for items in self._index.values() for entry, _ in items
                       if entry.type == "adjective" and " " not in entry.form})

    def hyphenated_titles(self) -> list[str]:
        """Office and body words written with a hyphen ("vice-president",
        "secretary-general"), which a parser must keep as one word."""
        return sorted({entry.form for items in self._index.values() for entry, _ in items
                       if entry.type in ("title", "sector") and "-" in entry.form
                       and " " not in entry.form})

    def keys(self) -> set[tuple[str, ...]]:
        return set(self._index)


@lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    bundled = [
        *_state_entries(), *_historic_entries(), *_city_entries(), *_institution_entries(),
        *_igo_entries(), *_group_entries(), *_ethnic_entries(), *_region_entries(),
        *_sector_entries(), *_people_entries(),
    ]
    bundled += _surname_entries(bundled)
    # Ambiguous forms come as a second layer so that they replace "Georgia" the state.
    return Gazetteer([bundled, _ambiguous_entries()])
