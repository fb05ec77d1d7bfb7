"""ICEWS and POLECAT event files: tab-separated with a header row.

ICEWS (Dataverse `.tab`, 20 columns) names countries in full ("Russian Federation") and
repeats an Event ID across dates, so a row's id is its Event ID with its date. POLECAT
(40 columns, PLOVER-coded) has no CAMEO code and no Goldstein value: those stay null.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from ..errors import InputError
from ..store import Store
from .codes import EVENT_TABLE, IGO_TABLE, NAME_TABLE, sector_sql, state_sector_sql
from .report import IngestReport
from .tabular import LoadOptions, TableSpec, ingest_files

__all__ = ["ICEWS_COLUMNS", "POLECAT_COLUMNS", "ingest_icews", "ingest_polecat"]

ICEWS_COLUMNS = ("Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
                 "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
                 "Target Country", "Story ID", "Sentence Number", "Publisher", "City",
                 "District", "Province", "Country", "Latitude", "Longitude")
POLECAT_COLUMNS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors",
    "Actor Title", "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name",
    "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
    "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City",
    "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID",
    "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People",
    "Story Organizations", "Story Locations", "Language", "Version")
assert len(ICEWS_COLUMNS) == 20 and len(POLECAT_COLUMNS) == 40  # the published formats

# "NA" and the other missing values load as NULL in these (tabular.MISSING_VALUES)
_NUMERIC = {"Intensity": "DOUBLE?", "Latitude": "DOUBLE?", "Longitude": "DOUBLE?"}


def _q(name: str) -> str:
    """A quoted column of the source relation."""
    return 'src."' + name + '"'


def _date(column: str) -> str:
    return f"try_cast(left(trim({_q(column)}), 10) AS DATE)"


def _actor_sql(side: str, n: int, name: str, sector_field: str) -> dict[str, str]:
    """Event columns of a named actor: its country column was joined as n<n>, its name as
    a<n> (so "Russia" with country "Russian Federation" is the state itself, and "United
    Nations" without a country is the IGO)."""
    country = f"coalesce(n{n}.iso3, a{n}.iso3)"
    sector = sector_sql(_q(sector_field))
    kind = (f"CASE WHEN {country} IN (SELECT short FROM {IGO_TABLE}) THEN 'igo' "
            f"WHEN a{n}.iso3 IS NOT NULL AND a{n}.iso3 = {country} THEN 'state' "
            f"WHEN {country} IS NOT NULL AND {state_sector_sql(sector)} THEN 'state' "
            f"WHEN {country} IS NOT NULL THEN 'group' ELSE 'unresolved' END")
    return {f"{side}_text": f"coalesce({_q(name)}, '')", f"{side}_kind": kind,
            f"{side}_country": country, f"{side}_sector": sector}


def _key(n: int, name: str) -> str:
    return f"coalesce(n{n}.iso3, a{n}.iso3, lower({_q(name)}), '')"


def _event_id(dataset: str, doc_id: str, code: str, names: tuple[str, str]) -> str:
    return (f"left(sha1(concat_ws(chr(31), '{dataset}', {doc_id}, {_key(1, names[0])}, "
            f"{_key(2, names[1])}, coalesce({code}, ''))), 20)")


def _country_joins(countries: tuple[str, str, str], names: tuple[str, str]) -> str:
    """Join the source, target and location country columns (n1 n2 n3) and the actor
    names (a1 a2) to ISO3 / IGO codes."""
    joins = [f"LEFT JOIN {NAME_TABLE} n{n} ON n{n}.name = upper(trim({_q(column)}))"
             for n, column in enumerate(countries, start=1)]
    joins += [f"LEFT JOIN {NAME_TABLE} a{n} ON a{n}.name = upper(trim({_q(column)}))"
              for n, column in enumerate(names, start=1)]
    return " ".join(joins)


def _icews_code() -> str:
    """CAMEO code as ICEWS writes it, with a leading zero restored when a tool dropped it
    ("43" -> "043", "311" -> "0311")."""
    c = f"trim({_q('CAMEO Code')})"
    return (f"CASE WHEN NOT regexp_full_match({c}, '[0-9]{{2,4}}') THEN {c} "
            f"WHEN CAST(left({c}, 2) AS INTEGER) BETWEEN 1 AND 20 THEN {c} ELSE '0' || {c} END")


def icews_spec() -> TableSpec:
    code = _icews_code()
    doc_id = f"trim({_q('Event ID')}) || ':' || CAST({_date('Event Date')} AS VARCHAR)"
    extras = ("json_object('event_text', {et}, 'intensity', {it}, 'source_sectors', {ss}, "
              "'story_id', {sid}, 'target_sectors', {ts})").format(
        et=_q("Event Text"), it=_q("Intensity"), ss=_q("Source Sectors"),
        sid=_q("Story ID"), ts=_q("Target Sectors"))
    select = {
        "dataset": "'icews'", "doc_id": doc_id,
        **_actor_sql("source", 1, "Source Name", "Source Sectors"),
        **_actor_sql("target", 2, "Target Name", "Target Sectors"),
        "cameo_code": code, "cameo_root": f"left({code}, 2)",
        "date": _date("Event Date"), "date_precision": "'day'",
        "quad_class": "et.quad_class", "penta_class": "et.penta_class",
        "goldstein": "et.goldstein", "plover_event": "et.plover_event",
        "plover_mode": "et.plover_mode", "plover_context": "et.plover_context",
        "location_name": f"coalesce({_q('City')}, {_q('District')}, {_q('Province')})",
        "location_country": "n3.iso3", "location_lat": _q("Latitude"),
        "location_lon": _q("Longitude"),
        "sentence_index": f"try_cast({_q('Sentence Number')} AS INTEGER)",
        "publisher": _q("Publisher"),
        "extras": f"CAST({extras} AS VARCHAR)",
        "source_event_id": f"TRY_CAST(trim({_q('Event ID')}) AS BIGINT)",
        "event_id": _event_id("icews", doc_id, code, ("Source Name", "Target Name")),
    }
    reason = (f"CASE WHEN {_q('Event ID')} IS NULL THEN 'Event ID is empty' "
              f"WHEN {_date('Event Date')} IS NULL THEN 'Event Date ' || "
              f"coalesce({_q('Event Date')}, '(empty)') || ' is not a date' "
              f"WHEN {_q('CAMEO Code')} IS NULL THEN 'CAMEO Code is empty' "
              f"WHEN {code} NOT IN (SELECT code FROM {EVENT_TABLE}) "
              f"THEN 'CAMEO Code ' || {_q('CAMEO Code')} || ' is not a CAMEO code' END")
    return TableSpec(
        dataset="icews", columns=tuple((c, _NUMERIC.get(c, "VARCHAR")) for c in ICEWS_COLUMNS),
        header=True, select=select, reason=reason, key='"Event ID"', kind="icews",
        joins=_country_joins(("Source Country", "Target Country", "Country"),
                             ("Source Name", "Target Name"))
        + f" LEFT JOIN {EVENT_TABLE} et ON et.code = {code}", label="ICEWS event file")


def _quad_sql() -> str:
    q = f"upper(trim({_q('Quad Code')}))"
    return (f"CAST(CASE WHEN {q} IN ('1', '2', '3', '4') THEN CAST({q} AS INTEGER) "
            f"WHEN {q} LIKE '%VERBAL COOP%' THEN 1 WHEN {q} LIKE '%MATERIAL COOP%' THEN 2 "
            f"WHEN {q} LIKE '%VERBAL CONF%' THEN 3 WHEN {q} LIKE '%MATERIAL CONF%' THEN 4 "
            "END AS TINYINT)")


def polecat_spec() -> TableSpec:
    plover = f"upper(trim({_q('Event Type')}))"
    doc_id = f"trim({_q('Event ID')})"
    extra_fields = {
        "actor_cow": "Actor COW", "actor_name_raw": "Actor Name Raw",
        "actor_sectors": "Actor Sectors", "actor_title": "Actor Title",
        "actor_wikipedia_id": "Wikipedia Actor ID", "contexts": "Contexts",
        "feature_type": "Feature Type", "geonames_id": "GeoNames ID",
        "intensity": "Intensity", "raw_placename": "Raw Placename",
        "recipient_cow": "Recipient COW", "recipient_name_raw": "Recipient Name Raw",
        "recipient_sectors": "Recipient Sectors", "recipient_title": "Recipient Title",
        "recipient_wikipedia_id": "Wikipedia Recipient ID", "story_locations": "Story Locations",
        "story_organizations": "Story Organizations", "story_people": "Story People",
        "version": "Version"}
    extras = "json_object(" + ", ".join(f"'{k}', {_q(v)}" for k, v in extra_fields.items()) + ")"
    select = {
        "dataset": "'polecat'", "doc_id": doc_id,
        **_actor_sql("source", 1, "Actor Name", "Primary Actor Sector"),
        **_actor_sql("target", 2, "Recipient Name", "Primary Recipient Sector"),
        "date": _date("Event Date"), "date_precision": "'day'",
        "pub_date": _date("Publication Date"), "quad_class": _quad_sql(),
        "plover_event": plover, "plover_mode": f"nullif(trim({_q('Event Mode')}), '')",
        "plover_context": f"nullif(trim({_q('Contexts')}), '')",
        "location_name": f"coalesce({_q('Placename')}, {_q('City')}, {_q('Province')})",
        "location_country": "n3.iso3", "location_lat": _q("Latitude"),
        "location_lon": _q("Longitude"), "publisher": _q("Source"),
        "language": f"lower({_q('Language')})",
        "extras": f"CAST({extras} AS VARCHAR)",
        "event_id": _event_id("polecat", doc_id, plover, ("Actor Name", "Recipient Name")),
    }
    reason = (f"CASE WHEN {_q('Event ID')} IS NULL THEN 'Event ID is empty' "
              f"WHEN {_date('Event Date')} IS NULL THEN 'Event Date ' || "
              f"coalesce({_q('Event Date')}, '(empty)') || ' is not a date' "
              f"WHEN {_q('Event Type')} IS NULL THEN 'Event Type is empty' END")
    return TableSpec(
        dataset="polecat",
        columns=tuple((c, _NUMERIC.get(c, "VARCHAR")) for c in POLECAT_COLUMNS),
        header=True, select=select, reason=reason, key='"Event ID"', kind="polecat",
        joins=_country_joins(("Actor Country", "Recipient Country", "Country"),
                             ("Actor Name", "Recipient Name")),
        label="POLECAT event file", scope_column="doc_id")


def _header_check(expected: tuple[str, ...], spec: Callable[[], TableSpec], label: str
                  ) -> Callable[[str, str], TableSpec]:
    def choose(name: str, line: str) -> TableSpec:
        cells = line.removeprefix("\ufeff").split("\t")
        found = [c.strip().strip('"').lower() for c in cells]
        wanted = [c.lower() for c in expected]
        if len(found) != len(wanted):
            raise InputError(f"{name}: header has {len(found)} tab-separated columns; "
                             f"{label} has {len(wanted)}")
        for index, (got, want) in enumerate(zip(found, wanted, strict=True), start=1):
            if got != want:
                raise InputError(f"{name}: header column {index} is {got!r}, "
                                 f"expected {want!r} ({label})")
        # Dataverse's own .tab exports quote text fields; the original files do not.
        quoted = cells[0].strip().startswith('"')
        return replace(spec(), quote='"') if quoted else spec()
    return choose


def ingest_icews(store: Store, files: Iterable[str | Path], *, strict: bool = False
                 ) -> IngestReport:
    """Load ICEWS `.tab` event files (plain, zipped or gzipped), one transaction each."""
    return ingest_files(store, files, _header_check(ICEWS_COLUMNS, icews_spec, "ICEWS"),
                        kind="icews", options=LoadOptions(strict=strict))


def ingest_polecat(store: Store, files: Iterable[str | Path], *, strict: bool = False
                   ) -> IngestReport:
    """Load POLECAT event files (plain, zipped or gzipped), one transaction each."""
    return ingest_files(store, files, _header_check(POLECAT_COLUMNS, polecat_spec, "POLECAT"),
                        kind="polecat", options=LoadOptions(strict=strict))
