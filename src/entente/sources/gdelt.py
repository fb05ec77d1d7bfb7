"""GDELT event exports: 2.0 (61 columns, 15-minute files, `.translation.` files too) and
1.0 (58 columns in the daily files, 57 in the back file without SOURCEURL).

Files are tab-separated without a header, usually zipped. They are read by DuckDB with
explicit column types (event codes stay strings: "040"), converted in SQL to the event
record: CAMEO country codes become ISO3, FIPS geo fields stay geo (in `extras` and the
action location), mentions, sources, articles and tone go to `extras`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from .. import ontology
from ..errors import EntenteError, InputError
from ..store import GDELT_EXTRAS_TABLE, GDELT_EXTRAS_TEXT, Store, gdelt_codes_sql
from .codes import COUNTRY_TABLE, EVENT_TABLE, IGO_TABLE, state_sector_sql
from .report import IngestReport, LoadProgress
from .tabular import (
    BATCH_FILES,
    LoadOptions,
    TableSpec,
    ingest_files,
)

__all__ = ["GDELT2_COLUMNS", "GDELT1_COLUMNS", "GdeltFilters", "ingest_gdelt_files",
           "gdelt_spec", "overlap_warning", "file_span", "select_files"]

_ACTOR_FIELDS = ("Code Name CountryCode KnownGroupCode EthnicCode Religion1Code Religion2Code "
                 "Type1Code Type2Code Type3Code").split()
_GEO_FIELDS = "Type FullName CountryCode ADM1Code ADM2Code Lat Long FeatureID".split()
_TYPES = {"GLOBALEVENTID": "BIGINT", "DATEADDED": "BIGINT", "SQLDATE": "DATE",
          "MonthYear": "INTEGER", "Year": "INTEGER", "FractionDate": "DOUBLE",
          "IsRootEvent": "INTEGER", "QuadClass": "INTEGER", "GoldsteinScale": "DOUBLE",
          "NumMentions": "INTEGER", "NumSources": "INTEGER", "NumArticles": "INTEGER",
          "AvgTone": "DOUBLE"}


def _columns(adm2: bool, source_url: bool) -> tuple[tuple[str, str], ...]:
    names = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    names += [f"Actor{n}{f}" for n in (1, 2) for f in _ACTOR_FIELDS]
    names += ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
              "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    geo = [f for f in _GEO_FIELDS if adm2 or f != "ADM2Code"]
    names += [f"{who}Geo_{f}" for who in ("Actor1", "Actor2", "Action") for f in geo]
    names += ["DATEADDED"] + (["SOURCEURL"] if source_url else [])

    def sql_type(name: str) -> str:
        if name.endswith(("_Lat", "_Long")):
            return "DOUBLE?"  # "NA" and other missing values load as NULL
        if name.endswith("_Type"):
            return "INTEGER"
        return _TYPES.get(name, "VARCHAR")

    return tuple((n, sql_type(n)) for n in names)


GDELT2_COLUMNS = _columns(adm2=True, source_url=True)
GDELT1_COLUMNS = _columns(adm2=False, source_url=True)
GDELT1_BACKFILE_COLUMNS = _columns(adm2=False, source_url=False)
assert len(GDELT2_COLUMNS) == 61 and len(GDELT1_COLUMNS) == 58  # the published formats

def _actor(n: int) -> dict[str, str]:
    """Event columns of one GDELT actor (n = 1 source, 2 target)."""
    a, side = f"src.Actor{n}", ("source", "target")[n - 1]
    country = (f"coalesce(c{n}.iso3, i{n}.short, g{n}.short)")
    kind = (f"CASE WHEN {a}Type1Code = 'IGO' OR {a}Code LIKE 'IGO%' THEN 'igo' "
            f"WHEN {a}Type1Code = 'NGO' OR {a}Type1Code = 'NGM' OR {a}Code LIKE 'NGO%' "
            "THEN 'ngo' "
            f"WHEN c{n}.iso3 IS NOT NULL AND ({a}Type1Code IS NULL "
            f"OR {state_sector_sql(a + 'Type1Code')}) THEN 'state' "
            f"WHEN {country} IS NOT NULL OR {a}KnownGroupCode IS NOT NULL "
            f"OR {a}Type1Code IS NOT NULL THEN 'group' ELSE 'unresolved' END")
    return {f"{side}_text": f"coalesce({a}Name, '')", f"{side}_kind": kind,
            f"{side}_country": country, f"{side}_sector": f"{a}Type1Code",
            f"{side}_code": f"{a}Code"}


def _actor_key(n: int) -> str:
    """`Actor.key()` in SQL: code, else country, else lower-cased text, else ''."""
    a = f"src.Actor{n}"
    return (f"coalesce(nullif({a}Code, ''), coalesce(c{n}.iso3, i{n}.short, g{n}.short), "
            f"lower({a}Name), '')")


def _geo_extras(who: str, prefix: str, keys: tuple[str, ...]) -> dict[str, str]:
    """Extras columns of one GDELT geo block; FIPS codes stay geo."""
    columns = {"type": "Type", "fips": "CountryCode", "adm1": "ADM1Code", "adm2": "ADM2Code",
               "lat": "Lat", "lon": "Long", "feature_id": "FeatureID"}
    return {f"{prefix}_{key}": f"src.{who}Geo_{columns[key]}" for key in keys}


def gdelt_spec(dataset: str, columns: tuple[tuple[str, str], ...], translated: bool = False
               ) -> TableSpec:
    """The SQL mapping of one GDELT column layout onto the event record."""
    names = {n for n, _ in columns}
    adm2 = "ActionGeo_ADM2Code" in names
    url = "src.SOURCEURL" if "SOURCEURL" in names else "NULL"
    actor_keys = ("type", "fips", "adm1", "lat", "lon")
    fields = {
        "dataset": f"'{dataset}'", "source_event_id": "src.GLOBALEVENTID",
        "is_root_event": "src.IsRootEvent", "event_base_code": "src.EventBaseCode",
        "num_mentions": "src.NumMentions", "num_sources": "src.NumSources",
        "num_articles": "src.NumArticles", "avg_tone": "src.AvgTone",
        "date_added": "src.DATEADDED",
        **_geo_extras("Action", "action_geo",
                      ("type", "fips", "adm1") + (("adm2",) if adm2 else ()) + ("feature_id",)),
        **_geo_extras("Actor1", "actor1_geo", actor_keys),
        **_geo_extras("Actor2", "actor2_geo", actor_keys),
        "translated": "TRUE" if translated else "FALSE",
    }
    # the text fields go packed into one column (see store.GDELT_EXTRAS_TEXT)
    extras = {name: expr for name, expr in fields.items() if name not in GDELT_EXTRAS_TEXT}
    extras["codes"] = gdelt_codes_sql(fields)
    host = "split_part(split_part(split_part(src.SOURCEURL, '://', 2), '/', 1), ':', 1)"
    # DATEADDED: YYYYMMDDHHMMSS in 2.0, YYYYMMDD in 1.0
    added = "(CASE WHEN src.DATEADDED >= 10000000000 THEN src.DATEADDED // 1000000 " \
        "ELSE src.DATEADDED END)"
    select = {
        "dataset": f"'{dataset}'",
        "doc_id": "CAST(src.GLOBALEVENTID AS VARCHAR)",
        **_actor(1), **_actor(2),
        "cameo_code": "src.EventCode",
        "date": "src.SQLDATE",
        "date_precision": "'day'",
        "pub_date": f"try(make_date(CAST({added} // 10000 AS INTEGER), "
                    f"CAST({added} // 100 % 100 AS INTEGER), CAST({added} % 100 AS INTEGER)))",
        "cameo_root": "coalesce(src.EventRootCode, left(src.EventCode, 2))",
        "quad_class": "CAST(coalesce(src.QuadClass, et.quad_class) AS TINYINT)",
        "penta_class": "et.penta_class",
        "goldstein": "coalesce(src.GoldsteinScale, et.goldstein)",
        "plover_event": "et.plover_event",
        "plover_mode": "et.plover_mode",
        "plover_context": "et.plover_context",
        "location_name": "src.ActionGeo_FullName",
        "location_lat": "src.ActionGeo_Lat",
        "location_lon": "src.ActionGeo_Long",
        "url": url,
        "publisher": (f"nullif(CASE WHEN starts_with({host}, 'www.') THEN {host}[5:] "
                      f"ELSE {host} END, '')" if url != "NULL" else "NULL"),
        "language": "NULL" if translated else "'en'",
        # the article count stays in `extras` for the coverage ranking of analysis; the
        # other fields are typed columns of `gdelt_extras`
        "extras": "'{\"num_articles\":' || coalesce(CAST(src.NumArticles AS VARCHAR), "
                  "'null') || '}'",
        "source_event_id": "src.GLOBALEVENTID",
        "event_id": (f"left(sha1(concat_ws(chr(31), '{dataset}', "
                     f"CAST(src.GLOBALEVENTID AS VARCHAR), {_actor_key(1)}, {_actor_key(2)}, "
                     "src.EventCode)), 20)"),
    }
    # Plain equi-joins (hash joins): known_group is unique in the IGO table and g<n> is only
    # read after i<n> in a coalesce, so an IGO actor code still wins over its known group.
    joins = " ".join(
        f"LEFT JOIN {COUNTRY_TABLE} c{n} ON c{n}.code = src.Actor{n}CountryCode "
        f"LEFT JOIN {IGO_TABLE} i{n} ON i{n}.code = src.Actor{n}Code "
        f"LEFT JOIN {IGO_TABLE} g{n} ON g{n}.known_group = src.Actor{n}KnownGroupCode"
        for n in (1, 2)) + f" LEFT JOIN {EVENT_TABLE} et ON et.code = src.EventCode"
    reason = ("CASE WHEN src.GLOBALEVENTID IS NULL THEN 'GLOBALEVENTID is empty' "
              "WHEN src.SQLDATE IS NULL THEN 'SQLDATE is empty' "
              "WHEN src.EventCode IS NULL THEN 'EventCode is empty' "
              "WHEN NOT regexp_full_match(src.EventCode, '[0-9]{2,4}') "
              "THEN 'EventCode ' || src.EventCode || ' is not a CAMEO code' END")
    label = {"gdelt2": "GDELT 2.0 export", "gdelt1": "GDELT 1.0 export"}[dataset]
    return TableSpec(dataset=dataset, columns=columns, header=False, select=select,
                     reason=reason, key="GLOBALEVENTID", kind=dataset, joins=joins,
                     label=label, unique_key="src.GLOBALEVENTID",
                     extras_table=GDELT_EXTRAS_TABLE, extras=extras)


def _spec_for(name: str, line: str) -> TableSpec:
    """Pick the layout from the column count of the first line."""
    count = line.count("\t") + 1
    translated = ".translation." in Path(name).name
    if count == 61:
        return gdelt_spec("gdelt2", GDELT2_COLUMNS, translated)
    if count == 58:
        return gdelt_spec("gdelt1", GDELT1_COLUMNS)
    if count == 57:
        return gdelt_spec("gdelt1", GDELT1_BACKFILE_COLUMNS)
    raise InputError(f"{name}: {count} tab-separated columns; a GDELT export has 61 (2.0) "
                     "or 58 / 57 (1.0)")


def _spec_without_extras(name: str, line: str) -> TableSpec:
    """`_spec_for` with no extras table: only the event columns are read and written."""
    return replace(_spec_for(name, line), extras_table="", extras={})


@dataclass(frozen=True, slots=True)
class GdeltFilters:
    """Keep only events involving these countries (either side), with these root codes,
    or only root events. Countries accept ISO3, CAMEO codes or names. `extras=False`
    leaves the `gdelt_extras` rows out (mentions, sources, tone, geo blocks): a tenth
    less load time and a third less disk (bench/bench_gdelt.py); the events and
    their native ids are stored all the same."""

    countries: tuple[str, ...] = ()
    roots: tuple[str, ...] = ()
    root_events_only: bool = False
    extras: bool = True

    def options(self, strict: bool) -> LoadOptions:
        where, params = [], []
        if self.countries:
            keys = [ontology.country(c) for c in self.countries]
            marks = ", ".join("?" for _ in keys)
            where.append(f"(ev.source_country IN ({marks}) OR ev.target_country IN ({marks}))")
            params += keys + keys
        if self.roots:
            roots = [_root(r) for r in self.roots]
            where.append(f"ev.cameo_root IN ({', '.join('?' for _ in roots)})")
            params += roots
        return LoadOptions(strict=strict, where=" AND ".join(where) or "TRUE", params=params,
                           src_where="src.IsRootEvent = 1" if self.root_events_only else "TRUE")


def _root(value: str) -> str:
    text = str(value).strip()
    if not text.isdigit() or not 1 <= int(text) <= 20:
        raise EntenteError(f"not a CAMEO root code: {value!r} (use 01 .. 20)")
    return f"{int(text):02d}"


def ingest_gdelt_files(store: Store, files: Iterable[str | Path], *, strict: bool = False,
                       filters: GdeltFilters | None = None,
                       progress: Callable[[LoadProgress], None] | None = None,
                       total: int | None = None) -> IngestReport:
    """Load GDELT export files (zipped or not), each whole or not at all, consecutive files
    committed in batches; a file stored before (same checksum) is skipped. An unreadable
    file is reported and the others go on. `progress` and `total`: see `ingest_files`."""
    filters = filters or GdeltFilters()
    options = filters.options(strict)
    choose = _spec_for if filters.extras else _spec_without_extras
    report = ingest_files(store, files, choose, kind="gdelt", options=options,
                          batch=BATCH_FILES, progress=progress, total=total)
    warning = overlap_warning(store)
    if warning:
        report.warnings.append(warning)
    return report


# The UTC stamp that starts a GDELT file name: 15-minute files (GDELT 2.0), daily, monthly and
# yearly files (GDELT 1.0 and its back files).
_NAME_STAMP = re.compile(r"^(\d{14}|\d{8}|\d{6}|\d{4})(?!\d)")


def file_span(name: str) -> tuple[datetime, datetime] | None:
    """The UTC time a GDELT file covers, read from its name; None for another name."""
    match = _NAME_STAMP.match(name)
    if match is None:
        return None
    digits = match.group(1)
    try:
        if len(digits) == 14:
            first = datetime.strptime(digits, "%Y%m%d%H%M%S")
            return first, first + timedelta(minutes=15) - timedelta(microseconds=1)
        first = datetime.strptime(digits, {8: "%Y%m%d", 6: "%Y%m", 4: "%Y"}[len(digits)])
    except ValueError:
        return None
    after = {8: first + timedelta(days=1),
             6: (first + timedelta(days=32)).replace(day=1),
             4: first.replace(year=first.year + 1)}[len(digits)]
    return first, after - timedelta(microseconds=1)


def select_files(files: Iterable[Path], first: datetime | None, last: datetime | None
                 ) -> list[Path]:
    """The files whose time (from their names) meets [first, last]; a file named otherwise
    is kept, its rows decide."""
    kept = []
    for path in files:
        span = file_span(path.name)
        if span is None or ((first is None or span[1] >= first) and
                            (last is None or span[0] <= last)):
            kept.append(path)
    return kept


def overlap_warning(store: Store) -> str | None:
    """A warning when GDELT 1.0 and 2.0 events are both stored for the same days.

    Cheap when the store holds only one of them (zone maps answer); the days are compared
    only when both are there."""
    if not (store.has_dataset("gdelt1") and store.has_dataset("gdelt2")):
        return None
    days, first, last = store.shared_days("gdelt1", "gdelt2")
    if not days:
        return None
    return (f"GDELT 1.0 and 2.0 both hold events for {days} days ({first} .. {last}): "
            "they report the same news, so summing them double counts; pick one per period "
            "(entente dyad --dataset gdelt2)")
