"""User dictionaries: entente's own YAML / TSV format, and PETRARCH/Phoenix `.actors.txt`.

The formats are documented in docs/actors.md. Every problem is reported as an InputError
naming the file and line (or entry number, for YAML).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from .. import ontology
from ..errors import InputError
from ..ontology import STATE_SECTORS
from ..timeutil import parse_date
from .entries import ENTRY_TYPES, GazetteerEntry, read_tsv, split_forms

#: Entry kinds a user dictionary may define (the gazetteer's entry types minus "ambiguous").
USER_KINDS = tuple(t for t in ENTRY_TYPES if t != "ambiguous")
_COUNTRY_KINDS = {"state", "adjective", "capital", "seat", "institution", "person"}


def load_dictionary(path: str | Path) -> list[GazetteerEntry]:
    """Entries of a user dictionary: .yaml/.yml, .tsv, or a PETRARCH .actors.txt / .txt."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such dictionary file")
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return _load_yaml(path)
    if suffix == ".tsv":
        return [entry for line, row in read_tsv(path)
                for entry in user_entries(row, f"{path}:{line}")]
    if suffix == ".txt":
        return import_actors_dictionary(path)
    raise InputError(f"{path}: unknown dictionary format (use .yaml, .tsv or .actors.txt)")


def _load_yaml(path: Path) -> list[GazetteerEntry]:
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
    entries: list[GazetteerEntry] = []
    for number, item in enumerate(items, start=1):
        where = f"{path}: entry {number}"
        if not isinstance(item, dict):
            raise InputError(f"{where}: expected a mapping with name, country ...")
        aliases = item.get("aliases") or []
        row = {key: ("" if value is None else value) for key, value in item.items()}
        row["aliases"] = "|".join(aliases) if isinstance(aliases, list) else str(aliases)
        entries += user_entries(row, where)
    return entries


def user_entries(row: dict[str, Any], where: str) -> list[GazetteerEntry]:
    """Entries for one user row: name, aliases, kind, country, sector, code, role, from, to."""
    name = str(row.get("name", "")).strip()
    if not name:
        raise InputError(f"{where}: the name field is empty")
    kind = str(row.get("kind") or "person").strip().lower()
    if kind not in USER_KINDS:
        raise InputError(f"{where}: unknown kind {kind!r} (one of {', '.join(USER_KINDS)})")
    country = _user_country(str(row.get("country") or "").strip(), kind, where)
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


def _user_country(value: str, kind: str, where: str) -> str | None:
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
    found = ontology.to_iso3(value)
    if found is None:
        raise InputError(f"{where}: unknown country {value!r}")
    return found


# -- PETRARCH / Phoenix .actors.txt -------------------------------------------------------

_CODE_RE = re.compile(r"\[\s*([A-Z0-9~]+)\s*([<>]?\s*\d{6,8}(?:\s*-\s*\d{6,8})?)?\s*\]")
_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)


def import_actors_dictionary(path: str | Path) -> list[GazetteerEntry]:
    """Entries of a PETRARCH / Phoenix actor dictionary.

    An actor is a root line (``ALEKSANDAR_VUCIC_``, optionally followed by a code), any
    number of ``+SYNONYM_`` lines and code lines ``[SRBGOV 170531-]`` / ``[SRBELI <140427]``
    / ``[SRBGOV >170531]``; ``#`` starts a comment. Each (name, code) pair becomes an entry.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="strict")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None
    text = _COMMENT_RE.sub(lambda m: "\n" * m.group().count("\n"), text)
    entries: list[GazetteerEntry] = []
    for block in _blocks(text, path):
        entries += _block_entries(*block)
    if not entries:
        raise InputError(f"{path}: no actor with a [CODE] line: not a PETRARCH actor dictionary")
    return entries


def _blocks(text: str, path: Path) -> Iterator[tuple[str, list[str], list[tuple[str, str]]]]:
    """(root, synonyms, [(code text, where)]) per actor."""
    root: str | None = None
    synonyms: list[str] = []
    codes: list[tuple[str, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
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
            synonyms.append(_name_of(line[1:].split("[", 1)[0], where))
            continue
        if root is not None:
            yield root, synonyms, codes
        name, _, rest = line.partition("[")
        root, synonyms = _name_of(name, where), []
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


def _name_of(raw: str, where: str) -> str:
    words = [w for w in raw.strip().strip("_").split("_") if w]
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


def _block_entries(root: str, synonyms: list[str], codes: list[tuple[str, str]]
                   ) -> list[GazetteerEntry]:
    if not codes:
        return []
    entries = []
    dated = any(_CODE_RE.match(code).group(2) for code, _ in codes)  # type: ignore[union-attr]
    for code_text, where in codes:
        match = _CODE_RE.match(code_text)
        assert match is not None
        code, limits = match.group(1), (match.group(2) or "").replace(" ", "")
        start, end = _limits(limits, where)
        kind, country, sector = _decode(code, dated, where)
        for form in dict.fromkeys([root, *synonyms]):
            entries.append(GazetteerEntry(form, kind, country=country, sector=sector, code=code,
                                          name=root, start=start, end=end, source=where))
    return entries


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


def _decode(code: str, dated: bool, where: str) -> tuple[str, str | None, str | None]:
    """(entry type, country, sector) of a CAMEO actor code."""
    types = ontology.actor_types()
    if code.startswith("IGO"):
        orgs = sorted(ontology.igos().values(), key=lambda o: -len(o.cameo))
        org = next((o for o in orgs if code.startswith(o.cameo)), None)
        return "igo", (org.short if org else None), None
    if code[:3] in ("NGO", "IMG", "MNC"):
        sector = code[3:6] if code[3:6] in types else None
        return ("ngo" if code.startswith("NGO") else "group"), None, sector
    country = ontology.to_iso3(code[:3])
    if country is None:
        raise InputError(f"{where}: unknown country code {code[:3]!r} in {code!r}")
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
