"""Gazetteer entries and the small parsers shared by bundled data and user dictionaries."""

from __future__ import annotations

import calendar
import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from ..errors import InputError

#: What an entry names. "adjective" covers demonyms ("Iranian", "Serbs"); "seat" a seat of
#: government used as metonym (Kremlin); "sector"/"title" are words for bodies and offices.
ENTRY_TYPES = (
    "state", "adjective", "capital", "seat", "institution", "igo", "group", "ngo",
    "ethnic", "region", "person", "sector", "title", "ambiguous",
)

#: Sectors of the state itself; an actor of a state with another sector ("Iranian
#: protesters", "Serbian opposition") is a group of that state, not the state.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


@dataclass(frozen=True, slots=True)
class Entry:
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

    def valid_on(self, when: date | None) -> bool:
        """True when the entry's date range covers `when` (or either is open)."""
        if when is None:
            return True
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)

    def with_form(self, form: str) -> Entry:
        return replace(self, form=form)


def split_forms(value: str | None) -> list[str]:
    """ "A|B| C" -> ["A", "B", "C"]; empty parts dropped."""
    if not value:
        return []
    return [part.strip() for part in value.split("|") if part.strip()]


_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def parse_date(value: object, *, end: bool, where: str) -> date | None:
    """A term boundary: YYYY, YYYY-MM or YYYY-MM-DD (a date object passes through).

    Month and year precision widen to the first day (start) or the last day (end) of the
    period, so "2021-12 to 2025-05" covers all of December 2021 and May 2025.
    """
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip()
    match = _DATE_RE.match(text)
    if not match:
        raise InputError(f"{where}: bad date {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year = int(match.group(1))
    month = int(match.group(2) or (12 if end else 1))
    try:
        if match.group(3):
            return date(year, month, int(match.group(3)))
        day = calendar.monthrange(year, month)[1] if end else 1
        return date(year, month, day)
    except ValueError as exc:
        raise InputError(f"{where}: bad date {text!r} ({exc})") from None


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
