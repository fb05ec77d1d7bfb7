"""Gazetteer entries and the small parsers shared by bundled data and user dictionaries."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import InputError

#: What an entry names. "adjective" covers demonyms ("Iranian", "Serbs"); "seat" a seat of
#: government used as metonym (Kremlin); "sector"/"title" are words for bodies and offices.
ENTRY_TYPES = (
    "state", "adjective", "capital", "seat", "institution", "igo", "group", "ngo",
    "ethnic", "region", "person", "sector", "title", "ambiguous",
)

@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One surface form and what it stands for (one row of a gazetteer file, per form)."""

    form: str
    type: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    role: str | None = None
    name: str | None = None
    start: date | None = None
    end: date | None = None
    candidates: tuple[str, ...] = ()
    default: str | None = None
    cues: tuple[tuple[str, str], ...] = ()
    lower_only: bool = False
    source: str = ""
    alone: bool = False  # a listed person's surname standing alone ("Hamada said")

    def valid_on(self, when: date | None) -> bool:
        """True when the entry's date range covers `when` (or either is open)."""
        if when is None:
            return True
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)

def split_forms(value: str | None) -> list[str]:
    """ "A|B| C" -> ["A", "B", "C"]; empty parts dropped."""
    if not value:
        return []
    return [part.strip() for part in value.split("|") if part.strip()]


def read_tsv(path: Path | str, text: str | None = None) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) pairs of a TSV file with a header; '#' lines are comments.

    A row with more fields than the header is an error naming the file and line.
    """
    path = Path(path)
    if text is None:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read ({exc})") from None
    header: list[str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        if header is None:
            header = [name.strip() for name in fields]
            continue
        if len(fields) > len(header):
            raise InputError(
                f"{path}:{number}: {len(fields)} fields, the header has {len(header)}"
            )
        yield number, {name: (fields[i].strip() if i < len(fields) else "")
                       for i, name in enumerate(header)}
    if header is None:
        raise InputError(f"{path}: empty file (a header line is needed)")
