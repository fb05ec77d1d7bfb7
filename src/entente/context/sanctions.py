"""Sanctions: which UN, US (OFAC), EU and UK programmes target a country's government,
people and entities, read from OpenSanctions exports.

Two formats: FollowTheMoney JSON lines (`entities.ftm.json`, where `Sanction` entities point
at their target, or `targets.nested.json`, where they sit inside `properties.sanctions`),
and the simplified `targets.simple.csv`. OpenSanctions' bulk data is licensed CC BY-NC 4.0:
the licence is stored with every row and shown wherever the rows are used.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
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
    data_rows,
    file_time,
    head,
    new_result,
    open_text,
    optional_date,
    state_iso3,
    write_layer,
)

SANCTION_COLUMNS = ["source", "entity_id", "schema", "name", "country", "target_kind",
                    "authority", "programme", "dataset", "start_date", "end_date",
                    "first_seen", "last_seen"]
#: The authority's own key in entente's country space (who imposes the sanctions).
AUTHORITY_KEYS = {"UN": "UN", "US": "USA", "EU": "EU", "UK": "GBR"}
_COUNTRY_PROPS = ("country", "nationality", "citizenship", "jurisdiction", "mainCountry")


@dataclass(frozen=True, slots=True)
class Listing:
    """One sanction of one target: authority, programme and dates."""

    authority: str
    programme: str
    dataset: str
    start: date | None
    end: date | None


@lru_cache(maxsize=1)
def _authorities() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    by_dataset, by_title, by_prefix = {}, {}, {}
    for row in data_rows("sanction_authorities.tsv"):
        by_dataset[row["dataset"]] = row["authority"]
        by_title[row["title"].lower()] = row["authority"]
        by_prefix[row["prefix"].upper()] = row["authority"]
    return by_dataset, by_title, by_prefix


def authority_of(dataset_or_title: str) -> str | None:
    """UN, US, EU or UK for an OpenSanctions dataset name or title; None for other lists."""
    by_dataset, by_title, _ = _authorities()
    text = dataset_or_title.strip()
    return by_dataset.get(text) or by_title.get(text.lower())


def _authority_of_programme(programme: str) -> str | None:
    prefix = programme.split("-", 1)[0].upper()
    return _authorities()[2].get(prefix) if "-" in programme else None


def target_kind(schema: str, topics: Iterable[str]) -> str:
    """government, person, vessel, aircraft or organisation."""
    if schema in ("PublicBody", "Country") or any(str(t).startswith("gov") for t in topics):
        return "government"
    return {"Person": "person", "Vessel": "vessel", "Airplane": "aircraft"}.get(
        schema, "organisation")


def _values(props: dict[str, Any], name: str) -> list[Any]:
    value = props.get(name)
    return value if isinstance(value, list) else ([value] if value else [])


def _countries(props: dict[str, Any]) -> list[str]:
    found = {state_iso3(v) for p in _COUNTRY_PROPS for v in _values(props, p)
             if isinstance(v, str)}  # FtM countries are ISO2 ("ir"), read like any code
    return sorted(k for k in found if k)


def _listing_of(sanction: dict[str, Any], fallback_datasets: list[str]) -> list[Listing]:
    """Listings a Sanction entity stands for (one per programme, under its authority)."""
    props = _props(sanction)
    datasets = [str(d) for d in (_values(sanction, "datasets") or fallback_datasets)]
    datasets = [d for d in datasets if authority_of(d)]
    start = min(filter(None, (optional_date(v) for p in ("listingDate", "startDate")
                              for v in _values(props, p))), default=None)
    end = max(filter(None, (optional_date(v) for v in _values(props, "endDate"))), default=None)
    # programId is the stable form (OFAC-RUSSIA-EO14024); program the list's own wording.
    programmes = [str(p) for p in _values(props, "programId") or _values(props, "program")
                  if p]
    out = []
    for dataset in datasets:
        authority = authority_of(dataset)
        for programme in programmes or [dataset]:
            owner = _authority_of_programme(programme)
            if owner in (None, authority):
                out.append(Listing(authority or "", programme, dataset, start, end))
    return out


def _listings_from_datasets(entity: dict[str, Any]) -> list[Listing]:
    start = optional_date(entity.get("first_seen"))
    return [Listing(authority_of(str(d)) or "", str(d), str(d), start, None)
            for d in _values(entity, "datasets") if authority_of(str(d))]


def _ftm_entities(path: Path, problems: Problems) -> Iterator[tuple[int, dict[str, Any]]]:
    with open_text(path) as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                entity = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.skip(number, f"invalid JSON: {exc.msg}")
                continue
            if not isinstance(entity, dict) or not entity.get("id") or not entity.get("schema"):
                problems.skip(number, "not a FollowTheMoney entity (id and schema needed)")
                continue
            yield number, entity


def _ftm_rows(path: Path, problems: Problems) -> tuple[list[dict[str, Any]], int]:
    targets: list[dict[str, Any]] = []
    linked: dict[str, list[dict[str, Any]]] = {}
    read = 0
    for line, entity in _ftm_entities(path, problems):
        read += 1
        if entity["schema"] == "Sanction":
            for target in _values(_props(entity), "entity"):
                key = target.get("id") if isinstance(target, dict) else target
                linked.setdefault(str(key), []).append(entity)
        else:
            targets.append((line, entity))
    rows = []
    for line, entity in targets:
        try:
            rows += _target_rows(entity, linked.get(str(entity["id"]), []))
        except (AttributeError, TypeError, ValueError) as exc:
            problems.skip(line, f"malformed entity ({type(exc).__name__}: {exc})")
    return rows, read


def _props(entity: dict[str, Any]) -> dict[str, Any]:
    props = entity.get("properties")
    return props if isinstance(props, dict) else {}


def _target_rows(entity: dict[str, Any], linked: list[dict[str, Any]]) -> list[dict[str, Any]]:
    props = _props(entity)
    sanctions = [s for s in _values(props, "sanctions") if isinstance(s, dict)] + linked
    datasets = [str(d) for d in _values(entity, "datasets")]
    listings = [x for s in sanctions for x in _listing_of(s, datasets)]
    listings = listings or _listings_from_datasets(entity)
    names = _values(props, "name")
    schema = str(entity["schema"])
    return _rows_for(str(entity["id"]), schema, str(names[0]) if names else "",
                     _countries(props), target_kind(schema, _values(props, "topics")),
                     listings, entity.get("first_seen"), entity.get("last_seen"))


def _rows_for(entity_id: str, schema: str, name: str, countries: list[str], kind: str,
              listings: list[Listing], first_seen: Any, last_seen: Any) -> list[dict[str, Any]]:
    return [{"source": "opensanctions", "entity_id": clean_text(entity_id),
             "schema": clean_text(schema), "name": clean_text(name), "country": country,
             "target_kind": kind, "authority": listing.authority,
             "programme": clean_text(listing.programme, 120),
             "dataset": listing.dataset, "start_date": listing.start or optional_date(first_seen),
             "end_date": listing.end, "first_seen": optional_date(first_seen),
             "last_seen": optional_date(last_seen)}
            for country in countries for listing in listings]


def _simple_rows(path: Path, problems: Problems) -> tuple[list[dict[str, Any]], int]:
    rows, read = [], 0
    for line, row in csv_rows(path):
        read += 1
        if not row.get("id") or not row.get("schema"):
            problems.skip(line, "missing id or schema")
            continue
        countries = sorted({k for c in row.get("countries", "").split(";")
                            if (k := state_iso3(c))})
        datasets = [d.strip() for d in row.get("dataset", "").split(";") if authority_of(d)]
        programmes = [p.strip() for p in row.get("program_ids", "").split(";") if p.strip()]
        start = optional_date(row.get("first_seen"))
        listings = []
        for dataset in datasets:
            authority = authority_of(dataset) or ""
            own = [p for p in programmes if _authority_of_programme(p) == authority]
            listings += [Listing(authority, p, dataset, start, None) for p in own or [dataset]]
        kind = target_kind(row["schema"], [])
        rows += _rows_for(row["id"], row["schema"], row.get("name", ""), countries, kind,
                          listings, row.get("first_seen"), row.get("last_seen"))
    return rows, read


def load_opensanctions(store: Store, path: str | Path, *, retrieved_at: datetime | None = None,
                       licence: str | None = None, origin: str | None = None) -> IngestReport:
    """Load an OpenSanctions FtM JSON-lines export or targets.simple.csv into `sanctions`.

    Only the UN, US, EU and UK lists are kept (data/context/sanction_authorities.tsv);
    targets without a country cannot be attributed and are left out.
    """
    path = Path(path)
    problems = Problems(origin or str(path))
    is_json = head(path, 64).lstrip().startswith("{")
    rows, read = (_ftm_rows if is_json else _simple_rows)(path, problems)
    if read == 0 and not problems.count:
        raise InputError(f"{path}: no OpenSanctions entities in the file")
    result = new_result("sanctions", "opensanctions", origin or str(path),
                        retrieved_at or file_time(path), licence)
    result.rows_read = read
    frame = pd.DataFrame(rows, columns=SANCTION_COLUMNS)
    for column in ("start_date", "end_date", "first_seen", "last_seen"):
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[us]")
    # The same programme listed twice for a target keeps its earliest start.
    frame = frame.sort_values("start_date", ascending=False, na_position="first",
                              kind="stable")
    return write_layer(store, {"sanctions": frame}, result, problems, file_checksum(path))
