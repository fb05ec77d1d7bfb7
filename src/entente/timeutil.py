"""The one clock and the one date parser of entente.

Timestamps are naive UTC (`utc_now`), the way the store keeps them. Dates from files,
options and records go through `parse_date`, so every reader accepts the same forms and
names the bad field the same way.
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime
from typing import Literal

from .errors import InputError

__all__ = ["utc_now", "parse_date"]

_PARTIAL = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def utc_now() -> datetime:
    """The current time in UTC, without tzinfo (how the store records times)."""
    return datetime.now(UTC).replace(tzinfo=None)


def parse_date(value: object, where: str, *,
               partial: Literal["start", "end"] | None = None) -> date | None:
    """A date from YYYY-MM-DD or an ISO datetime ("2025-06-03T08:00:00Z" gives its own
    calendar day); None for None or "". A date or datetime object passes through as a date.

    With `partial`, YYYY and YYYY-MM are accepted too and widen to the first ("start") or
    last ("end") day of the period: a term "2021-12 to 2025-05" covers both months whole.
    Anything else raises InputError "<where>: not a date: '<value>' (use ...)".
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    found = _partial_date(text, partial) if partial else None
    if found is None:
        found = _iso_date(text)
    if found is None:
        forms = "YYYY, YYYY-MM or YYYY-MM-DD" if partial else "YYYY-MM-DD"
        shown = text if isinstance(value, str) else value
        raise InputError(f"{where}: not a date: {shown!r} (use {forms})")
    return found


def _iso_date(text: str) -> date | None:
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        if len(text) > 10:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    return None


def _partial_date(text: str, partial: str) -> date | None:
    match = _PARTIAL.fullmatch(text)
    if not match:
        return None
    year, end = int(match.group(1)), partial == "end"
    month = int(match.group(2) or (12 if end else 1))
    try:
        if match.group(3):
            return date(year, month, int(match.group(3)))
        return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
    except (ValueError, calendar.IllegalMonthError):
        return None
