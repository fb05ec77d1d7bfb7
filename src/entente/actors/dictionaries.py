"""User dictionaries: entente's own YAML / TSV format, and PETRARCH/Phoenix `.actors.txt`.

The formats are documented in docs/actors.md. Every problem is reported as an InputError
naming the file and line (or entry number, for YAML).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from .. import ontology
from ..errors import InputError
from ..ontology import STATE_SECTORS
from ..timeutil import parse_date
from .entries import ENTRY_TYPES, GazetteerEntry, read_tsv, split_forms
from .tokens import normalize

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: Entry kinds a user dictionary may define (the gazetteer's entry types minus "ambiguous").
USER_KINDS = tuple(t for t in ENTRY_TYPES if t != "ambiguous")
_COUNTRY_KINDS = {"state", "adjective", "capital", "seat", "institution", "person"}


def load_dictionary(path: str | Path, base: Gazetteer | None = None) -> list[GazetteerEntry]:
    """Entries of a user dictionary: .yaml/.yml, .tsv, or a PETRARCH .actors.txt / .txt
    (actors or agents). `base` is the gazetteer the file extends (the bundled one when
    None): it knows the states earlier dictionaries declared and the bundled forms."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such dictionary file")
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return _user_rows(_yaml_rows(path), base)
    if suffix == ".tsv":
        return _user_rows([(f"{path}:{line}", row) for line, row in read_tsv(path)], base)
    if suffix == ".txt":
        return import_actors_dictionary(path, base)
    raise InputError(f"{path}: unknown dictionary format (use .yaml, .tsv or .actors.txt)")


def _user_rows(rows: list[tuple[str, dict[str, Any]]], base: Gazetteer | None
               ) -> list[GazetteerEntry]:
    """Entries of YAML / TSV rows; a `state` row with a code that is no known country
    declares a state of the user's own ("VLD"), which the other rows may then use."""
    declared = user_states(base) | {
        str(row.get("country") or "").strip().upper() for _, row in rows
        if str(row.get("kind") or "").strip().lower() == "state"
        and _new_state_code(str(row.get("country") or "").strip())}
    return [entry for where, row in rows for entry in user_entries(row, where, declared)]


def _new_state_code(value: str) -> bool:
    """A three-letter code that names no known country or organisation."""
    return len(value) == 3 and value.isalpha() and ontology.to_iso3(value) is None


def user_states(base: Gazetteer | None) -> frozenset[str]:
    """The state codes user dictionaries of `base` declared (no ISO, CAMEO or IGO code)."""
    if base is None:
        return frozenset()
    return frozenset(entry.country for layer in base.layers[1:] for entry in layer
                     if entry.type == "state" and entry.country
                     and entry.country not in ontology.countries()
                     and entry.country not in ontology.historic_states()
                     and ontology.igo(entry.country) is None)


def _yaml_rows(path: Path) -> list[tuple[str, dict[str, Any]]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise InputError(f"{where}: not valid YAML ({getattr(exc, 'problem', exc)})") from None
    items = data.get("entries") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise InputError(f"{path}: expected a list of entries (or an 'entries:' list)")
    rows: list[tuple[str, dict[str, Any]]] = []
    for number, item in enumerate(items, start=1):
        where = f"{path}: entry {number}"
        if not isinstance(item, dict):
            raise InputError(f"{where}: expected a mapping with name, country ...")
        aliases = item.get("aliases") or []
        row = {key: ("" if value is None else value) for key, value in item.items()}
        row["aliases"] = "|".join(aliases) if isinstance(aliases, list) else str(aliases)
        rows.append((where, row))
    return rows


def user_entries(row: dict[str, Any], where: str, states: frozenset[str] | set[str] = frozenset()
                 ) -> list[GazetteerEntry]:
    """Entries for one user row: name, aliases, kind, country, sector, code, role, from, to.
    `states` are the codes of states user dictionaries declared."""
    name = str(row.get("name", "")).strip()
    if not name:
        raise InputError(f"{where}: the name field is empty")
    kind = str(row.get("kind") or "person").strip().lower()
    if kind not in USER_KINDS:
        raise InputError(f"{where}: unknown kind {kind!r} (one of {', '.join(USER_KINDS)})")
    country = _user_country(str(row.get("country") or "").strip(), kind, where, states)
    sector = str(row.get("sector") or "").strip().upper() or None
    if sector is not None and sector not in ontology.actor_types():
        raise InputError(f"{where}: unknown sector {sector!r} (see entente/data/actor_types.tsv)")
    if kind in ("sector", "title") and sector is None:
        raise InputError(f"{where}: a {kind} needs a sector")
    start = parse_date(row.get("from"), where, partial="start")
    end = parse_date(row.get("to"), where, partial="end")
    if start and end and end < start:
        raise InputError(f"{where}: 'to' {end} is before 'from' {start}")
    code = str(row.get("code") or "").strip().upper() or None
    if kind == "igo" and code is None and country:
        code = ontology.igos()[country].cameo
    role = str(row.get("role") or "").strip() or (name.lower() if kind in ("sector", "title")
                                                  else None)
    return [GazetteerEntry(form, kind, country=country, sector=sector, code=code, role=role,
                           name=name, start=start, end=end, source=where)
            for form in [name, *split_forms(str(row.get("aliases") or ""))]]


def _user_country(value: str, kind: str, where: str, states: frozenset[str] | set[str]
                  ) -> str | None:
    if not value or value == "-":
        if kind in _COUNTRY_KINDS - {"person"}:
            raise InputError(f"{where}: a {kind} needs a country")
        return None
    if kind == "igo":
        org = ontology.igo(value) or next(
            (o for o in ontology.igos().values() if o.cameo == value.upper()), None)
        if org is None:
            raise InputError(f"{where}: unknown international organisation {value!r}")
        return org.short
    found = ontology.to_iso3(value) or (value.upper() if value.upper() in states else None)
    if found is None:
        raise InputError(f"{where}: unknown country {value!r} (a state of your own needs a "
                         "row of kind state with that three-letter code)")
    return found


# -- PETRARCH / Phoenix .actors.txt -------------------------------------------------------

_CODE_RE = re.compile(
    r"\[\s*([A-Za-z0-9~]+|[-+]{3})\s*([<>]?\s*\d{6,8}(?:\s*-\s*(?:\d{6,8})?)?)?\s*\]")
#: PETRARCH's code for an actor that is known but coded as no actor ("---", "+++")
_NULL_CODES = ("---", "+++")
_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)
_SET_RE = re.compile(r"^\s*(![A-Z0-9_-]+!)\s*=\s*(.*?)\s*$")
_SET_USE_RE = re.compile(r"![A-Z0-9_-]+!")
_PLURAL_RE = re.compile(r"\{([^}]*)\}")


def import_actors_dictionary(path: str | Path, base: Gazetteer | None = None
                             ) -> list[GazetteerEntry]:
    """Entries of a PETRARCH / Phoenix actor or agent dictionary.

    An actor is a root line (``ALEKSANDAR_VUCIC_``, optionally followed by a code), any
    number of ``+SYNONYM_`` lines and code lines ``[SRBGOV 170531-]`` / ``[SRBELI <140427]``
    / ``[SRBGOV >170531]``; ``#`` starts a comment. Each (name, code) pair becomes an entry.
    A root with a bare three-letter code that is no known country declares a state of the
    file's own world (``ARNOR_ [ARN]``); an agent line ``SOLDIER_ [~MIL]`` (with
    ``{PLURAL}`` forms and ``!SET! = A, B`` substitution sets) names a sector word.
    `base` is the gazetteer the entries will extend (for states declared before and the
    bundled reading of a synonym: "+FRENCH_" stays France's adjective).
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="strict")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None
    text = _COMMENT_RE.sub(lambda m: "\n" * m.group().count("\n"), text)
    sets, text = _substitution_sets(text, path)
    blocks = list(_blocks(text, path))
    declared = user_states(base) | _declared_states(blocks)
    entries: list[GazetteerEntry] = []
    for root, synonyms, codes in blocks:
        entries += _block_entries(root, synonyms, codes, declared, sets, base)
    if not entries:
        raise InputError(f"{path}: no actor with a [CODE] line: not a PETRARCH actor dictionary")
    return _typed_state_names(entries, base)


def _substitution_sets(text: str, path: Path) -> tuple[dict[str, list[str]], str]:
    """``!MINIST! = MINISTER, MINISTRY`` lines (read and blanked) of an agents file."""
    sets: dict[str, list[str]] = {}
    lines = text.splitlines()
    for number, raw in enumerate(lines, start=1):
        match = _SET_RE.match(raw.split("#", 1)[0])
        if match is None:
            continue
        words = [w.strip() for w in match.group(2).split(",") if w.strip()]
        if not words:
            raise InputError(f"{path}:{number}: the substitution set {match.group(1)} is empty")
        sets[match.group(1)] = words
        lines[number - 1] = ""
    return sets, "\n".join(lines)


def _blocks(text: str, path: Path) -> Iterator[tuple[tuple[str, str], list[tuple[str, str]],
                                                  list[tuple[str, str]]]]:
    """((root, where), [(synonym, where)], [(code text, where)]) per actor, names raw."""
    root: tuple[str, str] | None = None
    synonyms: list[tuple[str, str]] = []
    codes: list[tuple[str, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = re.split(r"[#;]", raw, maxsplit=1)[0].strip()
        if not line or line.startswith("<!"):  # "<! ..." lines are comments too
            continue
        where = f"{path}:{number}"
        if line.startswith("["):
            if root is None:
                raise InputError(f"{where}: a code line before any actor name")
            codes += [(m.group(0), where) for m in _CODE_RE.finditer(line)]
            _check_codes(line, where)
            continue
        if line.startswith("+"):
            if root is None:
                raise InputError(f"{where}: a synonym before any actor name")
            synonyms.append((line[1:].split("[", 1)[0], where))
            continue
        if root is not None:
            yield root, synonyms, codes
        name, _, rest = line.partition("[")
        root, synonyms = (name, where), []
        codes = []
        if rest:
            codes = [(m.group(0), where) for m in _CODE_RE.finditer("[" + rest)]
            _check_codes("[" + rest, where)
    if root is not None:
        yield root, synonyms, codes


def _check_codes(line: str, where: str) -> None:
    if _CODE_RE.sub("", line).strip():
        raise InputError(f"{where}: cannot read code line {line!r} (expected [CODE], "
                         "[CODE YYMMDD-YYMMDD], [CODE <YYMMDD] or [CODE >YYMMDD])")


def _declared_states(blocks: Iterable[tuple[tuple[str, str], list, list[tuple[str, str]]]]
                     ) -> frozenset[str]:
    """Bare three-letter codes no known country has: states of the file's own world."""
    found = set()
    for _, _, codes in blocks:
        for code_text, _ in codes:
            match = _CODE_RE.match(code_text)
            if match is not None and not match.group(2) and _new_state_code(match.group(1)):
                found.add(match.group(1).upper())
    return frozenset(found)


def _name_of(raw: str, where: str) -> str:
    words = raw.replace("_", " ").split()  # words are joined by "_" or by blanks
    if not words:
        raise InputError(f"{where}: empty actor name")
    return " ".join(_title_word(w) for w in words)


_LOWER_WORDS = frozenset({"of", "the", "and", "for", "al", "el", "bin", "de", "von", "van",
                          "der"})


def _title_word(word: str) -> str:
    """ "AL-ASSAD" -> "al-Assad": PETRARCH names are upper case, entente forms are written
    as in prose so that their capitals are checked against the text."""
    return "-".join(p.lower() if p.lower() in _LOWER_WORDS else p[:1].upper() + p[1:].lower()
                    for p in word.split("-"))


def _is_agent(code: str) -> bool:
    return code.startswith("~") or code.endswith("~")


def _block_entries(root: tuple[str, str], synonyms: list[tuple[str, str]],
                   codes: list[tuple[str, str]], states: frozenset[str],
                   sets: dict[str, list[str]], base: Gazetteer | None) -> list[GazetteerEntry]:
    if not codes:
        return []
    agents = [(c, w) for c, w in codes if _is_agent(_code_of(c))]
    entries = _agent_entries([root, *synonyms], agents, sets, base) if agents else []
    actors = [(c, w) for c, w in codes
              if not _is_agent(_code_of(c)) and _code_of(c) not in _NULL_CODES]
    if not actors:
        return entries
    for raw, where in [root, *synonyms]:
        if _SET_USE_RE.search(raw) or _PLURAL_RE.search(raw):
            raise InputError(f"{where}: substitution sets and {{plurals}} belong to agents "
                             "([~XXX] codes), not to actors")
    name = _name_of(*root)
    forms = list(dict.fromkeys([name, *(_name_of(*s) for s in synonyms)]))
    dated = any(_CODE_RE.match(code).group(2) for code, _ in actors)  # type: ignore[union-attr]
    for code_text, where in actors:
        match = _CODE_RE.match(code_text)
        assert match is not None
        code, limits = match.group(1).upper(), (match.group(2) or "").replace(" ", "")
        start, end = _limits(limits, where)
        kind, country, sector = _decode(code, dated, where, states)
        entries += [GazetteerEntry(form, kind, country=country, sector=sector, code=code,
                                   name=name, start=start, end=end, source=where)
                    for form in forms]
    return entries


def _code_of(code_text: str) -> str:
    match = _CODE_RE.match(code_text)
    return match.group(1).upper() if match is not None else ""


# -- agents: SOLDIER_ [~MIL] -------------------------------------------------------------

def _agent_entries(names: list[tuple[str, str]], codes: list[tuple[str, str]],
                   sets: dict[str, list[str]], base: Gazetteer | None) -> list[GazetteerEntry]:
    """Sector words of an agent block; a form the gazetteer already reads as the same sector
    keeps its richer bundled entry (an "ambassador" is a title that points to a state)."""
    code_text, where = codes[0]
    sector = _agent_sector(_code_of(code_text), where)
    if sector is None:
        return []
    known = base if base is not None else _bundled()
    entries = []
    for raw, at in names:
        for form in _agent_forms(raw, at, sets):
            readings = [e for e in known.lookup(form) if e.type in ("sector", "title")]
            if any(e.sector == sector for e in readings):
                continue
            kind = "title" if any(e.type == "title" for e in readings) else "sector"
            entries.append(GazetteerEntry(form, kind, sector=sector, role=form, source=at))
    return entries


def _agent_sector(code: str, where: str) -> str | None:
    """The first CAMEO actor type of an agent code ("~GOVFRM" -> GOV, "~BUDEDU" -> EDU);
    None for a well-formed code entente has no type for (religions: "~CHR")."""
    letters = code.strip("~")
    if len(letters) < 3 or len(letters) % 3 or not letters.isalpha():
        raise InputError(f"{where}: cannot read agent code {code!r} (expected ~ and CAMEO "
                         "actor types of three letters, such as [~MIL] or [~GOVFRM])")
    types = ontology.actor_types()
    return next((letters[k:k + 3] for k in range(0, len(letters), 3)
                 if letters[k:k + 3] in types), None)


def _agent_forms(raw: str, where: str, sets: dict[str, list[str]]) -> list[str]:
    """ "!BORDER!_GUARD_" -> border guard(s), frontier guard(s); "{}" says no plural,
    "{POLICEMEN}" gives the plural."""
    plurals = _PLURAL_RE.findall(raw)
    bare = _PLURAL_RE.sub(" ", raw)
    forms: list[str] = []
    for name in _expand(bare, where, sets):
        singular = " ".join(w for w in name.lower().replace("_", " ").split())
        if not singular:
            raise InputError(f"{where}: empty agent name")
        forms.append(singular)
        if not plurals:
            forms.append(_plural(singular))
    for plural in plurals:
        forms += [" ".join(p.lower().replace("_", " ").split())
                  for p in _expand(plural, where, sets) if p.strip("_ ")]
    return list(dict.fromkeys(forms))


def _expand(raw: str, where: str, sets: dict[str, list[str]]) -> list[str]:
    match = _SET_USE_RE.search(raw)
    if match is None:
        return [raw]
    if match.group() not in sets:
        raise InputError(f"{where}: substitution set {match.group()} is not defined "
                         "(define it first: !SET! = WORD, WORD)")
    return [expanded for word in sets[match.group()]
            for expanded in _expand(raw[:match.start()] + word + raw[match.end():], where, sets)]


def _plural(phrase: str) -> str:
    """The regular English plural of a phrase's last word ("border guard" -> "border guards")."""
    head, _, last = phrase.rpartition(" ")
    if last.endswith("man"):
        last = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in tuple("aeiou"):
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}".strip()


def _bundled() -> Gazetteer:
    from .gazetteer import Gazetteer

    return Gazetteer.default()


# -- what a state's synonym is ----------------------------------------------------------

def _typed_state_names(entries: list[GazetteerEntry], base: Gazetteer | None
                       ) -> list[GazetteerEntry]:
    """PETRARCH lists a state's adjective and capital as synonyms of its name. A synonym
    the gazetteer already knows for the same state keeps that reading ("French",
    "Paris"); one made of another name of the state plus a demonym ending is its
    adjective ("Valdorian")."""
    known = _state_readings(base if base is not None else _bundled())
    names: dict[str, list[str]] = {}
    for entry in entries:
        if entry.type == "state" and entry.country:
            names.setdefault(entry.country, []).append(entry.form)
    typed = []
    for entry in entries:
        if entry.type == "state" and entry.country:
            kind = _state_name_kind(entry.form, entry.country, names[entry.country], known)
            if kind != "state":
                entry = replace(entry, type=kind)
        typed.append(entry)
    return typed


_STATE_NAME_TYPES = ("state", "adjective", "capital", "seat")


def _state_readings(known: Gazetteer) -> dict[tuple[str, str], str]:
    """(form, country) -> entry type of every state name the gazetteer has, in any layer
    ("Paris" is France's capital under its ambiguous entry)."""
    return {(normalize(e.form), e.country): e.type for e in reversed(known.entries)
            if e.type in _STATE_NAME_TYPES and e.country}


def _state_name_kind(form: str, country: str, others: list[str],
                     known: dict[tuple[str, str], str]) -> str:
    bundled = known.get((normalize(form), country))
    if bundled is not None:
        return bundled
    if any(_derived(form, other) for other in others if other != form):
        return "adjective"
    return "state"


def _derived(form: str, name: str) -> bool:
    """ "Valdorian" from "Valdoria", "Tamzari" from "Tamzar", "South Kessarian" from
    "South Kessaria": same words but the last, which adds a demonym ending."""
    words, base_words = form.lower().split(), name.lower().split()
    if len(words) != len(base_words) or words[:-1] != base_words[:-1]:
        return False
    word, stem = words[-1], base_words[-1]
    common = 0
    while common < min(len(word), len(stem)) and word[common] == stem[common]:
        common += 1
    if common < max(4, len(stem) - 2) or common == len(word):
        return False
    ending = word[common:]
    endings = _demonym_endings()
    return ending in endings or (word[common - 1] in "aeiouy"
                                 and word[common - 1] + ending in endings)


@lru_cache(maxsize=1)
def _demonym_endings() -> frozenset[str]:
    text = resources.files("entente").joinpath("data", "actors", "rules.yaml").read_text("utf-8")
    return frozenset(str(e) for e in yaml.safe_load(text)["demonym_endings"])


def _limits(text: str, where: str) -> tuple[date | None, date | None]:
    if not text:
        return None, None
    if text[0] == "<":
        return None, _yymmdd(text[1:], where)
    if text[0] == ">":
        return _yymmdd(text[1:], where), None
    first, _, second = text.partition("-")
    return _yymmdd(first, where), _yymmdd(second, where) if second else None


def _yymmdd(text: str, where: str) -> date:
    try:
        if len(text) == 8:
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
        year = int(text[:2])
        return date(year + (2000 if year <= 40 else 1900), int(text[2:4]), int(text[4:6]))
    except ValueError:
        raise InputError(f"{where}: bad date {text!r} in a code (use YYMMDD)") from None


def _decode(code: str, dated: bool, where: str, states: frozenset[str] = frozenset()
            ) -> tuple[str, str | None, str | None]:
    """(entry type, country, sector) of a CAMEO actor code; `states` are codes of states
    user dictionaries declared."""
    types = ontology.actor_types()
    if code.startswith("IGO"):
        orgs = sorted(ontology.igos().values(), key=lambda o: -len(o.cameo))
        org = next((o for o in orgs if code.startswith(o.cameo)), None)
        return "igo", (org.short if org else None), None
    if code[:3] in ("NGO", "IMG", "MNC"):
        sector = code[3:6] if code[3:6] in types else None
        return ("ngo" if code.startswith("NGO") else "group"), None, sector
    country = ontology.to_iso3(code[:3]) or (code[:3] if code[:3] in states else None)
    if country is None:
        raise InputError(f"{where}: unknown country code {code[:3]!r} in {code!r} (a state "
                         f"of your own is declared by a root with the bare code: NAME_ "
                         f"[{code[:3]}])")
    sector = code[3:6] if code[3:6] in types else None
    if dated:
        return "person", country, sector
    if len(code) == 3:
        return "state", country, None
    return ("institution" if sector in STATE_SECTORS else "group"), country, sector


def export_actors_dictionary(entries: Iterable[GazetteerEntry], path: str | Path) -> int:
    """Write entries in the PETRARCH `.actors.txt` format; returns the number of actors."""
    actors: dict[str, tuple[list[str], list[str]]] = {}
    for entry in entries:
        if entry.type in ("sector", "title", "ambiguous", "ethnic", "region"):
            continue
        root = entry.name or entry.form
        forms, codes = actors.setdefault(root, ([], []))
        if entry.form != root and entry.form not in forms:
            forms.append(entry.form)
        code = entry.code or _code_for(entry)
        line = f"[{code}{_limit_text(entry.start, entry.end)}]"
        if line not in codes:
            codes.append(line)
    lines = ["# written by entente (PETRARCH / Phoenix actor dictionary format)"]
    for root, (forms, codes) in actors.items():
        lines.append(_petrarch_name(root))
        lines += ["+" + _petrarch_name(form) for form in forms]
        lines += codes
        lines.append("")
    Path(path).write_text("\n".join(lines), encoding="utf-8")
    return len(actors)


def _code_for(entry: GazetteerEntry) -> str:
    if entry.country in ontology.countries():
        return ontology.countries()[entry.country].cameo + (entry.sector or "")
    return (entry.country or "") + (entry.sector or "")


def _limit_text(start: date | None, end: date | None) -> str:
    if start and end:
        return f" {start:%y%m%d}-{end:%y%m%d}"
    if start:
        return f" >{start:%y%m%d}"
    if end:
        return f" <{end:%y%m%d}"
    return ""


def _petrarch_name(form: str) -> str:
    return "_".join(form.upper().split()) + "_"
