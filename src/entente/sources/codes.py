"""Code tables the dataset loaders join against, built from `entente.ontology` and data.

They are registered as temporary tables on a DuckDB connection, so the conversion of
CAMEO country codes and country names to ISO3 happens inside the SQL that loads a file.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

import duckdb
import pyarrow as pa

from .. import ontology

__all__ = ["register_code_tables", "country_name_map", "cameo_country_map", "sector_sql",
           "sector_words"]

COUNTRY_TABLE = "_entente_cameo_country"
NAME_TABLE = "_entente_country_name"
IGO_TABLE = "_entente_igo"
EVENT_TABLE = "_entente_event_type"


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
    tables = {
        COUNTRY_TABLE: pa.table({"code": list(cameo_country_map()),
                                 "iso3": list(cameo_country_map().values())}),
        NAME_TABLE: pa.table({"name": list(country_name_map()),
                              "iso3": list(country_name_map().values())}),
        IGO_TABLE: _igo_table(),
        EVENT_TABLE: _event_table(),
    }
    for name, table in tables.items():
        con.register(f"{name}_arrow", table)
        con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT * FROM {name}_arrow")
        con.unregister(f"{name}_arrow")


def _igo_table() -> pa.Table:
    """IGO CAMEO actor codes -> short code, plus the three-letter known-group code that
    GDELT puts in *KnownGroupCode (the last three letters: UNO -> UN, EEC -> EU)."""
    rows = [(org.cameo, org.cameo[-3:], org.short) for org in ontology.igos().values()]
    groups: dict[str, str] = {}
    for _, group, short in sorted(rows, key=lambda r: len(r[0])):
        groups.setdefault(group, short)
    return pa.table({"code": [r[0] for r in rows], "short": [r[2] for r in rows],
                     "known_group": [r[1] if groups[r[1]] == r[2] else None for r in rows]})


def _event_table() -> pa.Table:
    types = list(ontology.event_types().values())
    return pa.table({
        "code": [t.code for t in types],
        "penta_class": pa.array([t.penta_class for t in types], pa.int8()),
        "quad_class": pa.array([t.quad_class for t in types], pa.int8()),
        "goldstein": pa.array([t.goldstein for t in types], pa.float64()),
        "plover_event": [t.plover_event for t in types],
        "plover_mode": [t.plover_mode for t in types],
        "plover_context": [t.plover_context for t in types],
    })
