"""UN General Assembly votes and ideal points from the Voeten et al. data files.

Votes: one row per country and roll call (`rcid`), vote coded 1 yes, 2 abstain, 3 no,
8 absent, 9 not a member (rows with 9 are not stored); words (yes/no/abstain) are read too.
Countries come from an ISO3 column when the file has one, else the COW code (`ccode`, or
the COW letters in `Country`), else the country name. Ideal points (Bailey, Strezhnev and
Voeten) are per country and session; session s is the year 1945 + s.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import InputError
from ..sources.tabular import file_checksum
from ..store import Store
from ._common import (
    IngestReport,
    Problems,
    clean_text,
    csv_rows,
    file_time,
    finite_number,
    head,
    iso3_from_cow,
    new_result,
    state_iso3,
    write_layer,
)

VOTE_CODES = {"1": 1, "2": 2, "3": 3, "8": 8, "YES": 1, "Y": 1, "ABSTAIN": 2, "A": 2,
              "NO": 3, "N": 3, "ABSENT": 8}
NOT_A_MEMBER = {"9", "NOT A MEMBER"}
VOTE_COLUMNS = ["source", "rcid", "country", "year", "session", "vote", "resolution"]
IDEAL_COLUMNS = ["source", "country", "session", "year", "ideal_point"]
_IDEAL_FIELDS = ("IdealPointAll", "IdealPoint", "idealpoint", "Idealpoint")


def first_session_year(session: int) -> int:
    """The calendar year a UNGA session opens in (session 1 opened in 1946)."""
    return 1945 + session


def _get(row: dict[str, str], *names: str) -> str:
    lowered = {k.lower(): v for k, v in row.items()}
    for name in names:
        value = lowered.get(name.lower(), "")
        if value not in ("", "NA"):
            return value
    return ""


def row_country(row: dict[str, str]) -> str | None:
    """ISO3 of a row keyed by ISO3, COW code, COW letters or country name."""
    iso = _get(row, "iso3c", "iso3", "country_code_iso3")
    if iso:
        return state_iso3(iso)
    return (iso3_from_cow(_get(row, "ccode"))
            or iso3_from_cow(_get(row, "Country", "CountryAbb", "stateabb"))
            or state_iso3(_get(row, "Countryname", "CountryName", "country")))


def _int(text: str) -> int | None:
    """A whole number as the files write it ("76", "6011.0"); None when not one or absurd."""
    try:
        number = float(text)
    except ValueError:
        return None
    return int(number) if abs(number) < 2**31 else None


def _year(row: dict[str, str], session: int | None) -> int | None:
    year = _int(_get(row, "year")[:4]) or _int(_get(row, "date")[:4])
    return year or (first_session_year(session) if session else None)


def _vote_rows(rows: Iterator[tuple[int, dict[str, str]]], problems: Problems
               ) -> tuple[list[dict[str, Any]], int]:
    out, read = [], 0
    for line, row in rows:
        read += 1
        code = _get(row, "vote").upper()
        if code.endswith(".0"):
            code = code[:-2]
        if code in NOT_A_MEMBER:
            continue
        rcid, session = _int(_get(row, "rcid")), _int(_get(row, "session"))
        country, vote = row_country(row), VOTE_CODES.get(code)
        year = _year(row, session)
        if rcid is None or country is None or vote is None or year is None:
            problems.skip(line, f"bad rcid, country, vote or year ({_get(row, 'rcid')!r}, "
                                f"{_get(row, 'ccode', 'Country')!r}, {code!r})")
            continue
        resolution = clean_text(_get(row, "unres"), 60) or None
        out.append({"source": "unga", "rcid": rcid, "country": country, "year": year,
                    "session": session, "vote": vote, "resolution": resolution})
    return out, read


def _ideal_rows(rows: Iterator[tuple[int, dict[str, str]]], problems: Problems
                ) -> tuple[list[dict[str, Any]], int]:
    out, read = [], 0
    for line, row in rows:
        read += 1
        session = _int(_get(row, "session"))
        country = row_country(row)
        point = finite_number(_get(row, *_IDEAL_FIELDS))
        if session is None or country is None or point is None:
            problems.skip(line, "bad session, country or ideal point")
            continue
        year = _int(_get(row, "Year", "year")) or first_session_year(session)
        out.append({"source": "unga", "country": country, "session": session, "year": year,
                    "ideal_point": point})
    return out, read


def unga_kind(path: Path) -> str:
    """'votes' or 'ideal_points', from the file's header."""
    header = head(path).split("\n", 1)[0].lower()
    if "idealpoint" in header.replace('"', ""):
        return "ideal_points"
    if "vote" in header and "rcid" in header:
        return "votes"
    raise InputError(f"{path}: neither a UNGA votes file (rcid, vote, ...) nor an ideal "
                     "points file (session, IdealPointAll, ...)")


def load_unga(store: Store, path: str | Path, *, retrieved_at: datetime | None = None,
              licence: str | None = None, origin: str | None = None) -> IngestReport:
    """Load a Voeten et al. votes file or an ideal points file (CSV or tab-separated)."""
    path = Path(path)
    kind = unga_kind(path)
    problems = Problems(origin or str(path))
    if kind == "votes":
        rows, read = _vote_rows(csv_rows(path), problems)
        table, columns = "unga_votes", VOTE_COLUMNS
    else:
        rows, read = _ideal_rows(csv_rows(path), problems)
        table, columns = "unga_ideal_points", IDEAL_COLUMNS
    result = new_result("unga", "unga", origin or str(path), retrieved_at or file_time(path),
                        licence)
    result.rows_read = read
    frame = pd.DataFrame(rows, columns=columns)
    return write_layer(store, {table: frame}, result, problems, file_checksum(path))
