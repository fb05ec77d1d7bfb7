"""Tariffs: applied (AHS) and MFN averages from the WITS API (SDMX-JSON and SDMX-ML).

WITS's `tradestats-tariff` datasource answers with one series per reporter, partner,
product and indicator, observations keyed by year. The four average indicators are stored
under short names; other indicators in the response are skipped and counted.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
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
    file_time,
    finite_number,
    new_result,
    state_iso3,
    write_layer,
)

INDICATORS = {
    "AHS-SMPL-AVRG": "applied_simple",
    "AHS-WGHTD-AVRG": "applied_weighted",
    "MFN-SMPL-AVRG": "mfn_simple",
    "MFN-WGHTD-AVRG": "mfn_weighted",
}
TARIFF_COLUMNS = ["source", "reporter", "partner", "year", "product", "indicator", "value_pct"]
WORLD = "WLD"

# One observation: (where, series dimensions, year, value text).
Observation = tuple[str, dict[str, str], str, str]


def _sdmx_json(payload: dict[str, Any]) -> Iterator[Observation]:
    structure = payload.get("structure") or payload.get("data", {}).get("structure") or {}
    datasets = payload.get("dataSets") or payload.get("data", {}).get("dataSets")
    dims = structure.get("dimensions", {})
    series_dims, obs_dims = dims.get("series", []), dims.get("observation", [])
    if not isinstance(datasets, list) or not series_dims or not obs_dims:
        raise InputError("not an SDMX-JSON data message (dataSets and dimensions missing)")
    times = [v.get("id") for v in obs_dims[0].get("values", [])]
    for dataset in datasets:
        for key, series in (dataset.get("series") or {}).items():
            dims_here = _series_key(key, series_dims)
            for obs_key, values in (series.get("observations") or {}).items():
                index = int(obs_key.split(":")[0]) if obs_key.split(":")[0].isdigit() else -1
                year = times[index] if 0 <= index < len(times) else ""
                value = values[0] if isinstance(values, list) and values else None
                yield f"series {key} obs {obs_key}", dims_here, str(year or ""), str(
                    "" if value is None else value)


def _series_key(key: str, series_dims: list[dict[str, Any]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for dim, position in zip(series_dims, key.split(":"), strict=False):
        values = dim.get("values", [])
        if position.isdigit() and int(position) < len(values):
            out[str(dim.get("id", "")).upper()] = str(values[int(position)].get("id", ""))
    return out


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _sdmx_xml(root: ET.Element) -> Iterator[Observation]:
    """Generic (SeriesKey/Value, ObsDimension, ObsValue) and structure-specific
    (attributes on Series and Obs) SDMX-ML 2.1 data messages."""
    count = 0
    for series in root.iter():
        if _local(series.tag) != "Series":
            continue
        count += 1
        dims = {k.upper(): v for k, v in series.attrib.items()}
        for child in series:
            if _local(child.tag) == "SeriesKey":
                dims.update({v.get("id", "").upper(): v.get("value", "") for v in child})
        for n, obs in enumerate(o for o in series if _local(o.tag) == "Obs"):
            year, value = obs.get("TIME_PERIOD", ""), obs.get("OBS_VALUE", "")
            for part in obs:
                if _local(part.tag) == "ObsDimension":
                    year = part.get("value", year)
                elif _local(part.tag) == "ObsValue":
                    value = part.get("value", value)
            yield f"Series {count} Obs {n + 1}", dims, year, value
    if count == 0 and _local(root.tag) == "Error":
        text = " ".join(t.strip() for t in root.itertext() if t.strip())
        raise InputError(f"WITS answered with an error: {text[:200]}")


def read_sdmx(path: Path) -> Iterator[Observation]:
    """Observations of a WITS SDMX-JSON or SDMX-ML file."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from None
    try:
        if text.lstrip().startswith("{"):
            yield from _sdmx_json(json.loads(text))
        else:
            yield from _sdmx_xml(ET.fromstring(text))
    except (json.JSONDecodeError, ET.ParseError) as exc:
        raise InputError(f"{path}: not SDMX-JSON or SDMX-ML: {exc}") from None
    except (AttributeError, TypeError, ValueError, KeyError, IndexError) as exc:
        raise InputError(f"{path}: malformed SDMX message ({type(exc).__name__}: {exc})"
                         ) from None
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None


def _tariff_row(where: str, dims: dict[str, str], year: str, value: str,
                problems: Problems) -> dict[str, Any] | None:
    indicator = INDICATORS.get(dims.get("INDICATOR", "").upper())
    if indicator is None:
        problems.skip(where, f"indicator {dims.get('INDICATOR')!r} is not a tariff average")
        return None
    reporter = state_iso3(dims.get("REPORTER", ""))
    partner_text = dims.get("PARTNER", "").upper()
    partner = WORLD if partner_text in (WORLD, "ALL", "000") else state_iso3(partner_text)
    number = finite_number(value)
    good_year = len(year) == 4 and year.isdigit()
    if reporter is None or partner is None or not good_year or number is None:
        problems.skip(where, f"bad reporter, partner, year or value "
                             f"({dims.get('REPORTER')!r}, {dims.get('PARTNER')!r}, {year!r}, "
                             f"{value!r})")
        return None
    product = dims.get("PRODUCTCODE", "TOTAL")
    product = "TOTAL" if product.lower() in ("total", "all", "allproducts", "") else product
    return {"source": "wits", "reporter": reporter, "partner": partner, "year": int(year[:4]),
            "product": product, "indicator": indicator, "value_pct": number}


def load_wits(store: Store, path: str | Path, *, retrieved_at: datetime | None = None,
              licence: str | None = None, origin: str | None = None) -> IngestReport:
    """Load a WITS tradestats-tariff response (SDMX-JSON or SDMX-ML) into `tariffs`."""
    path = Path(path)
    problems = Problems(origin or str(path))
    rows, read = [], 0
    for where, dims, year, value in read_sdmx(path):
        read += 1
        row = _tariff_row(where, dims, year, value, problems)
        if row is not None:
            rows.append(row)
    result = new_result("tariffs", "wits", origin or str(path), retrieved_at or file_time(path),
                        licence)
    result.rows_read = read
    frame = pd.DataFrame(rows, columns=TARIFF_COLUMNS)
    # WITS answers a query without data with an empty message: an empty load, not an error.
    return write_layer(store, {"tariffs": frame}, result, problems, file_checksum(path),
                       allow_empty=True)
