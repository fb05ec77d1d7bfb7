"""Trade flows: UN Comtrade (API JSON and bulk CSV) and CEPII BACI files.

Rows are stored by reporter, so both views of one flow are kept: Serbia's exports to Iran
as Serbia declared them and Iran's imports from Serbia as Iran declared them (mirror
statistics differ by freight, timing and classification). BACI is CEPII's reconciled view
and is stored with an empty reporter. Values in USD; quantities in tonnes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from ..errors import InputError
from ..sources.tabular import file_checksum
from ..store import Store
from ._common import (
    IngestReport,
    Problems,
    file_time,
    finite_number,
    iso3_from_m49,
    new_result,
    state_iso3,
    write_layer,
)

TRADE_COLUMNS = ["source", "reporter", "exporter", "importer", "year", "product", "value_usd",
                 "quantity"]

# Comtrade field names: the API / Comtrade+ bulk names first, then the legacy CSV headers.
_FIELDS = {
    "year": ("refYear", "Year"),
    "reporter_iso": ("reporterISO", "Reporter ISO"),
    "reporter_code": ("reporterCode", "Reporter Code"),
    "partner_iso": ("partnerISO", "Partner ISO"),
    "partner_code": ("partnerCode", "Partner Code"),
    "flow": ("flowCode", "Trade Flow Code", "Trade Flow"),
    "product": ("cmdCode", "Commodity Code"),
    "value": ("primaryValue", "Trade Value (US$)"),
    "weight_kg": ("netWgt", "Netweight (kg)"),
    "partner2": ("partner2Code", "2nd Partner Code"),
    "customs": ("customsCode", "Customs Proc. Code"),
    "transport": ("motCode", "Mode of Transport Code"),
}
_IMPORT = {"M", "1", "IMPORT", "IMPORTS"}
_EXPORT = {"X", "2", "EXPORT", "EXPORTS"}
_ALL = {"", "0", "C00", "NONE", "NAN"}


def _field(record: dict[str, Any], name: str) -> str:
    for key in _FIELDS[name]:
        value = record.get(key)
        if value is not None and str(value).strip() != "":
            return str(value).strip()
    return ""


def _country(record: dict[str, Any], side: str) -> str | None:
    return state_iso3(_field(record, f"{side}_iso")) or iso3_from_m49(
        _field(record, f"{side}_code"))


def comtrade_frame(records: Iterable[tuple[int | str, dict[str, Any]]],
                   problems: Problems) -> tuple[pd.DataFrame, int]:
    """Normalise Comtrade records (API JSON objects or CSV rows) to trade_flows rows."""
    rows: list[dict[str, Any]] = []
    read = 0
    for where, record in records:
        read += 1
        row = _comtrade_row(record, where, problems)
        if row is not None:
            rows.append(row)
    frame = pd.DataFrame(rows, columns=TRADE_COLUMNS)
    return _chapters_or_totals(frame), read


def _comtrade_row(record: dict[str, Any], where: int | str,
                  problems: Problems) -> dict[str, Any] | None:
    if any(_field(record, k).upper() not in _ALL for k in ("partner2", "customs", "transport")):
        return None  # a breakdown by second partner, customs or transport: totals suffice
    flow = _field(record, "flow").upper()
    if flow not in _IMPORT | _EXPORT:
        if not flow:
            problems.skip(where, "no trade flow code")
        return None  # re-exports and re-imports are not bilateral flows here
    year, value = _field(record, "year"), finite_number(_field(record, "value"))
    if not (year.isdigit() and len(year) == 4) or value is None:
        problems.skip(where, f"bad year {year!r} or value {_field(record, 'value')!r}")
        return None
    reporter, partner = _country(record, "reporter"), _country(record, "partner")
    if reporter is None or partner is None:
        code = _field(record, "partner_code") or _field(record, "partner_iso")
        if reporter is not None and code in ("0", "W00", "WLD"):
            return None  # trade with the world, not with a partner
        problems.skip(where, "reporter or partner is not a known country")
        return None
    product = _field(record, "product").upper() or "TOTAL"
    weight = finite_number(_field(record, "weight_kg"))
    exporter, importer = (reporter, partner) if flow in _EXPORT else (partner, reporter)
    return {"source": "comtrade", "reporter": reporter, "exporter": exporter,
            "importer": importer, "year": int(year), "product": product, "value_usd": value,
            "quantity": weight / 1000 if weight is not None else None}


def _chapters_or_totals(frame: pd.DataFrame) -> pd.DataFrame:
    """Keep TOTAL and HS chapters; roll finer codes up to chapters only when no chapter
    rows came with them (summing both would count the same trade twice)."""
    if frame.empty:
        return frame
    keep = frame["product"].eq("TOTAL") | frame["product"].str.fullmatch(r"\d{2}")
    finer = frame[~keep & frame["product"].str.fullmatch(r"\d{4,6}")]
    frame = frame[keep]
    if not finer.empty and not frame["product"].str.fullmatch(r"\d{2}").any():
        finer = finer.assign(product=finer["product"].str[:2])
        keys = ["source", "reporter", "exporter", "importer", "year", "product"]
        finer = finer.groupby(keys, as_index=False)[["value_usd", "quantity"]].sum(min_count=1)
        frame = pd.concat([frame, finer], ignore_index=True)
    return frame.reset_index(drop=True)


def _json_records(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    try:
        payload = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a Comtrade JSON response: {exc}") from None
    if not isinstance(payload, dict) or not isinstance(payload.get("data"), list):
        message = payload.get("message") or payload.get("error") if isinstance(
            payload, dict) else None
        raise InputError(f"{path}: not a Comtrade API response (no 'data' list)"
                         + (f": {message}" if message else ""))
    if payload.get("error"):
        raise InputError(f"{path}: Comtrade reported an error: {payload['error']}")
    for index, record in enumerate(payload["data"]):
        if isinstance(record, dict):
            yield f"data[{index}]", record


def load_comtrade(store: Store, path: str | Path, *, retrieved_at: datetime | None = None,
                  licence: str | None = None, origin: str | None = None) -> IngestReport:
    """Load a Comtrade API JSON response or a Comtrade bulk/legacy CSV (comma or tab)."""
    from ._common import csv_rows, head

    path = Path(path)
    problems = Problems(origin or str(path))
    is_json = head(path, 64).lstrip().startswith("{")
    records = _json_records(path) if is_json else csv_rows(path)
    frame, read = comtrade_frame(records, problems)
    result = new_result("trade", "comtrade", origin or str(path),
                        retrieved_at or file_time(path), licence)
    result.rows_read = read
    return write_layer(store, {"trade_flows": frame}, result, problems, file_checksum(path),
                       allow_empty=is_json)


# -- BACI ------------------------------------------------------------------------------

def find_baci_codes(path: Path) -> Path | None:
    """The country_codes_*.csv that CEPII ships beside each BACI year file."""
    found = sorted(path.parent.glob("country_codes*.csv"))
    return found[-1] if found else None


def _baci_codes(path: Path) -> dict[int, str]:
    from ._common import csv_rows

    codes: dict[int, str] = {}
    for _, row in csv_rows(path):
        number = row.get("country_code", "")
        iso = row.get("country_iso3") or row.get("iso_3digit_alpha") or ""
        key = state_iso3(iso)
        if number.isdigit() and key:
            codes[int(number)] = key
    if not codes:
        raise InputError(f"{path}: not a BACI country codes file (country_code, country_iso3)")
    return codes


def load_baci(store: Store, path: str | Path, *, codes: str | Path | None = None,
              countries: Iterable[str] | None = None, retrieved_at: datetime | None = None,
              licence: str | None = None, origin: str | None = None) -> IngestReport:
    """Load a BACI year file (t,i,j,k,v,q), rolled up to HS chapters.

    `codes` is the country codes file (found beside the data file when not given); v is in
    thousands of USD and q in tonnes. `countries` keeps only flows touching those countries,
    which keeps a store small when the file covers the world.
    """
    path = Path(path)
    codes_path = Path(codes) if codes else find_baci_codes(path)
    if codes_path is None:
        raise InputError(f"{path}: no country_codes_*.csv beside it; pass the codes file")
    code_map = pd.DataFrame(sorted(_baci_codes(codes_path).items()), columns=["code", "iso3"])
    origin = origin or str(path)
    problems = Problems(origin)
    con = duckdb.connect()
    try:
        frame, read, bad = _baci_chapters(con, path, code_map, countries)
    except duckdb.Error as exc:
        raise InputError(f"{origin}: not a BACI CSV (t,i,j,k,v,q): {exc}") from None
    finally:
        con.close()
    for reason, count in bad.items():
        problems.skip(None, reason, count)
    result = new_result("trade", "baci", origin, retrieved_at or file_time(path), licence)
    result.rows_read = read
    return write_layer(store, {"trade_flows": frame}, result, problems, file_checksum(path))


def _baci_chapters(con: duckdb.DuckDBPyConnection, path: Path, code_map: pd.DataFrame,
                   countries: Iterable[str] | None) -> tuple[pd.DataFrame, int, dict[str, int]]:
    con.register("baci_codes", code_map)
    literal = str(path).replace("'", "''")
    con.execute(f"""
        CREATE TEMP TABLE baci AS SELECT
            TRY_CAST(trim(t) AS INTEGER) AS t, TRY_CAST(trim(i) AS INTEGER) AS i,
            TRY_CAST(trim(j) AS INTEGER) AS j, lpad(trim(k), 6, '0') AS k,
            TRY_CAST(trim(v) AS DOUBLE) AS v, TRY_CAST(trim(q) AS DOUBLE) AS q
        FROM read_csv('{literal}', header = true, auto_detect = false, delim = ',',
                      quote = '"', columns = {{'t': 'VARCHAR', 'i': 'VARCHAR',
                      'j': 'VARCHAR', 'k': 'VARCHAR', 'v': 'VARCHAR', 'q': 'VARCHAR'}},
                      null_padding = true, strict_mode = false)""")
    read = con.execute("SELECT count(*) FROM baci").fetchone()[0]  # type: ignore[index]
    malformed = con.execute(
        "SELECT count(*) FROM baci WHERE t IS NULL OR i IS NULL OR j IS NULL OR v IS NULL "
        "OR NOT regexp_full_match(coalesce(k, ''), '[0-9]{6}')").fetchone()[0]  # type: ignore[index]
    keep = ""
    wanted = sorted(set(countries or ()))
    if wanted:
        keep = "AND (e.iso3 IN $wanted OR m.iso3 IN $wanted)"
    frame = con.execute(f"""
        SELECT 'baci' AS source, '' AS reporter, e.iso3 AS exporter, m.iso3 AS importer,
               b.t AS year, substr(b.k, 1, 2) AS product, sum(b.v) * 1000 AS value_usd,
               sum(b.q) AS quantity
        FROM baci b JOIN baci_codes e ON b.i = e.code JOIN baci_codes m ON b.j = m.code
        WHERE b.t IS NOT NULL AND b.v IS NOT NULL AND regexp_full_match(b.k, '[0-9]{{6}}')
        {keep}
        GROUP BY ALL ORDER BY year, exporter, importer, product""",
        {"wanted": wanted} if wanted else {}).df()
    unknown = con.execute(
        "SELECT count(*) FROM baci b WHERE b.t IS NOT NULL AND b.v IS NOT NULL "
        "AND (b.i NOT IN (SELECT code FROM baci_codes) "
        "OR b.j NOT IN (SELECT code FROM baci_codes))").fetchone()[0]  # type: ignore[index]
    bad = {k: v for k, v in {"malformed t,i,j,k,v": malformed,
                             "country code not in the codes file": unknown}.items() if v}
    return frame[TRADE_COLUMNS], int(read), bad



def load_baci_archive(store: Store, archive: str | Path, *,
                      countries: Iterable[str] | None = None,
                      licence: str | None = None) -> IngestReport:
    """Load every year file of a BACI zip as CEPII distributes it (one transaction each),
    with the country codes file the archive holds."""
    import tempfile
    import zipfile

    archive = Path(archive)
    try:
        with zipfile.ZipFile(archive) as zf, tempfile.TemporaryDirectory() as tmp:
            names = zf.namelist()
            years = sorted(n for n in names if Path(n).name.startswith("BACI_")
                           and n.endswith(".csv"))
            codes = sorted(n for n in names if Path(n).name.startswith("country_codes"))
            if not years or not codes:
                raise InputError(f"{archive}: not a BACI archive (BACI_*.csv and "
                                 "country_codes_*.csv expected)")
            codes_path = Path(zf.extract(codes[-1], tmp))
            report = IngestReport()
            for name in years:
                year_path = Path(zf.extract(name, tmp))
                report.merge(load_baci(store, year_path, codes=codes_path,
                                         countries=countries, licence=licence,
                                         retrieved_at=file_time(archive),
                                         origin=f"{archive}!{name}"))
                year_path.unlink()
            return report
    except (OSError, zipfile.BadZipFile) as exc:
        raise InputError(f"{archive}: cannot read the archive: {exc}") from None
