"""Code tables the dataset loaders join against, built from `entente.ontology` and data.

They are registered as temporary tables on a DuckDB connection, so the conversion of
CAMEO country codes and country names to ISO3 happens inside the SQL that loads a file.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from typing import Any

import duckdb

from .. import ontology
from ..store import sql_literal

__all__ = ["register_code_tables", "country_name_map", "cameo_country_map", "sector_sql",
           "sector_words", "state_sector_sql"]

COUNTRY_TABLE = "_entente_cameo_country"
NAME_TABLE = "_entente_country_name"
IGO_TABLE = "_entente_igo"
EVENT_TABLE = "_entente_event_type"

_STATE_SECTORS_LIST = "[" + ", ".join(map(sql_literal, sorted(ontology.STATE_SECTORS))) + "]"


def state_sector_sql(expr: str) -> str:
    """Whether `expr` is one of `ontology.STATE_SECTORS`. A list look-up, not `IN (...)`:
    DuckDB plans an `IN` list that long as a join over every row of a file, even inside a
    CASE branch few rows reach."""
    return f"list_contains({_STATE_SECTORS_LIST}, {expr})"


@lru_cache(maxsize=1)
def cameo_country_map() -> dict[str, str]:
    """CAMEO and ISO3 country codes -> ISO3 (historic states keep their own code)."""
    out: dict[str, str] = {}
    for state in ontology.historic_states().values():
        out[state.cameo] = state.code
        out[state.code] = state.code
    for c in ontology.countries().values():
        out[c.iso3] = c.iso3
        out[c.cameo] = c.iso3
    return out


@lru_cache(maxsize=1)
def country_name_map() -> dict[str, str]:
    """Upper-cased country names and codes -> ISO3, with the spellings of data/sources."""
    out: dict[str, str] = {}
    for c in ontology.countries().values():
        for key in (c.name, c.official_name, c.iso3):
            out.setdefault(key.upper(), c.iso3)
    for state in ontology.historic_states().values():
        out.setdefault(state.name.upper(), state.code)
    for org in ontology.igos().values():
        out.setdefault(org.name.upper(), org.short)
        out.setdefault(org.short.upper(), org.short)
    for row in _data_rows("country_names.tsv"):
        out[row["name"].upper()] = row["iso3"]
    return out


@lru_cache(maxsize=1)
def sector_words() -> tuple[tuple[str, str], ...]:
    """(word, sector code) pairs in priority order, from data/sources/sectors.tsv."""
    return tuple((row["word"], row["sector"]) for row in _data_rows("sectors.tsv"))


def sector_sql(column: str) -> str:
    """SQL for the sector code of a free-text sector field (NULL when nothing matches)."""
    known = set(ontology.actor_types())
    cases = " ".join(f"WHEN {column} ILIKE '%{word.replace(chr(39), chr(39) * 2)}%' "
                     f"THEN '{code}'" for word, code in sector_words())
    codes = ", ".join(f"'{c}'" for c in sorted(known))
    return (f"CASE WHEN upper({column}) IN ({codes}) THEN upper({column}) {cases} "
            "ELSE NULL END")


def _data_rows(name: str) -> list[dict[str, str]]:
    text = resources.files("entente").joinpath("data", "sources", name) \
        .read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def register_code_tables(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create the temporary code tables on this connection."""
    countries, names = cameo_country_map(), country_name_map()
    tables: dict[str, tuple[str, list[tuple[Any, ...]]]] = {
        COUNTRY_TABLE: ("code VARCHAR, iso3 VARCHAR", list(countries.items())),
        NAME_TABLE: ("name VARCHAR, iso3 VARCHAR", list(names.items())),
        IGO_TABLE: ("code VARCHAR, short VARCHAR, known_group VARCHAR", _igo_rows()),
        EVENT_TABLE: ("code VARCHAR, penta_class TINYINT, quad_class TINYINT, "
                      "goldstein DOUBLE, plover_event VARCHAR, plover_mode VARCHAR, "
                      "plover_context VARCHAR", _event_rows()),
    }
    for name, (columns, rows) in tables.items():
        con.execute(f"CREATE OR REPLACE TEMP TABLE {name} ({columns})")
        if rows:  # one statement: a few hundred rows, no per-row round trip; literals, as
            # bound parameters would make DuckDB import pandas (see store.sql_literal)
            values = ", ".join("(" + ", ".join(map(sql_literal, row)) + ")" for row in rows)
            con.execute(f"INSERT INTO {name} VALUES {values}")


def _igo_rows() -> list[tuple[Any, ...]]:
    """IGO CAMEO actor codes -> short code, plus the three-letter known-group code that
    GDELT puts in *KnownGroupCode (the last three letters: UNO -> UN, EEC -> EU)."""
    rows = [(org.cameo, org.cameo[-3:], org.short) for org in ontology.igos().values()]
    groups: dict[str, str] = {}
    for _, group, short in sorted(rows, key=lambda r: len(r[0])):
        groups.setdefault(group, short)
    return [(r[0], r[2], r[1] if groups[r[1]] == r[2] else None) for r in rows]


def _event_rows() -> list[tuple[Any, ...]]:
    return [(t.code, t.penta_class, t.quad_class, t.goldstein, t.plover_event, t.plover_mode,
             t.plover_context) for t in ontology.event_types().values()]
