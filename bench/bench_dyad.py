"""Benchmark: a monthly, normalised dyad series over ten years from a large store.

Fills a fresh store with synthetic events (generated in DuckDB SQL), then times
`entente.analysis.dyad_series(..., freq="month", normalize=True)` against a pandas user
computing the same table from the Parquet export (reading included), in the same run,
and checks both give the same numbers. Goal: >= 10x pandas and < 100 ms.

    .venv/bin/python bench/bench_dyad.py              # 10 million events
    .venv/bin/python bench/bench_dyad.py --rows 1000000
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from entente import ontology
from entente.analysis import QUAD_COLUMNS, dyad_series
from entente.record import column_names
from entente.store import Store

START, END = "2015-01-01", "2024-12-31"
A, B = "SRB", "IRN"
# 48 countries; every event is a pair of them (or, one in fifty, an unresolved target).
COUNTRIES = ["SRB", "IRN", "HUN", "USA", "RUS", "CHN", "DEU", "FRA", "GBR", "TUR", "ISR",
             "SAU", "EGY", "IND", "PAK", "JPN", "KOR", "PRK", "UKR", "POL", "ITA", "ESP",
             "BRA", "ARG", "MEX", "CAN", "AUS", "NGA", "ZAF", "ETH", "KEN", "IRQ", "SYR",
             "LBN", "JOR", "ARE", "QAT", "AZE", "ARM", "GEO", "BIH", "HRV", "MNE", "MKD",
             "ALB", "GRC", "BGR", "ROU"]


def fill(store: Store, rows: int, by_date: bool = False) -> None:
    """Insert `rows` synthetic events with one INSERT ... SELECT over range(), through the
    store's bulk path (`insert_new_events`) like every loader, so its daily totals are
    kept as they would be for real data. `by_date` stores them in date order, as a store
    filled from dated files (GDELT's 15-minute files, ICEWS's yearly ones) has them."""
    types = [t for t in ontology.event_types().values() if t.goldstein is not None]
    codes = "[" + ", ".join(f"'{t.code}'" for t in types) + "]"
    goldstein = "[" + ", ".join(str(t.goldstein) for t in types) + "]"
    quads = "[" + ", ".join(str(t.quad_class) for t in types) + "]"
    countries = "[" + ", ".join(f"'{c}'" for c in COUNTRIES) + "]"
    n_types, n_countries = len(types), len(COUNTRIES)
    given = ("event_id, dataset, doc_id, date, date_precision, source_text, source_kind, "
             "source_country, source_code, target_text, target_kind, target_country, "
             "target_code, cameo_code, cameo_root, quad_class, goldstein, duplicate_of").split(", ")
    columns = ", ".join(c if c in given else f"NULL AS {c}" for c in column_names())
    with store.transaction() as tx:
        store.insert_new_events(tx, f"""
        SELECT {columns} FROM (WITH draws AS (
            SELECT i, (1 + hash(i + 1e12::BIGINT) % {n_types})::BIGINT AS t,
                {countries}[(1 + hash(i + 2e12::BIGINT) % {n_countries})::BIGINT] AS src,
                CASE WHEN hash(i + 3e12::BIGINT) % 50 = 0 THEN NULL
                     ELSE {countries}[(1 + hash(i + 4e12::BIGINT) % {n_countries})::BIGINT]
                END AS tgt,
                DATE '2014-01-01' + (hash(i + 5e12::BIGINT) % 4383)::INTEGER AS day
            FROM range({rows}) r(i))
        SELECT 'bench-' || i, ['gdelt2', 'icews', 'entente'][1 + i % 3], 'doc-' || (i // 4),
            day, 'day', src, 'state', src, src, coalesce(tgt, 'protesters'),
            CASE WHEN tgt IS NULL THEN 'unresolved' ELSE 'state' END, tgt, tgt,
            {codes}[t], {codes}[t][1:2], {quads}[t], {goldstein}[t],
            CASE WHEN hash(i + 6e12::BIGINT) % 100 = 0 THEN 'doc-' || (i // 4 + 1) END
        FROM draws{" ORDER BY day, i" if by_date else ""}) AS drawn({", ".join(given)})""",
                                 unique=True)
    store.con.execute("CHECKPOINT")


def pandas_series(parquet: Path) -> pd.DataFrame:
    """What an analyst would write with pandas from the export: read, filter, group."""
    df = pd.read_parquet(parquet, columns=["date", "dataset", "source_country",
                                           "target_country", "quad_class", "goldstein",
                                           "duplicate_of"])
    df["date"] = pd.to_datetime(df["date"])
    df = df[df["duplicate_of"].isna() & df["date"].between(START, END)]
    src, tgt = df["source_country"], df["target_country"]
    in_a, in_b = (src == A) | (tgt == A), (src == B) | (tgt == B)
    period = df["date"].dt.to_period("M").dt.to_timestamp()
    volume = pd.DataFrame({"period": period, "a": in_a, "b": in_b, "ab": in_a & in_b})[
        in_a | in_b].groupby("period").sum()
    dyad = df[((src == A) & (tgt == B)) | ((src == B) & (tgt == A))].assign(
        period=period)
    for q, col in enumerate(QUAD_COLUMNS, start=1):
        dyad[col] = dyad["quad_class"] == q
    grouped = dyad.groupby("period").agg(
        events=("quad_class", "size"), **{col: (col, "sum") for col in QUAD_COLUMNS},
        goldstein_sum=("goldstein", "sum"), goldstein_mean=("goldstein", "mean"),
        datasets=("dataset", lambda s: ",".join(sorted(set(s)))))
    spine = pd.date_range(START, END, freq="MS", name="period")
    out = grouped.reindex(spine)
    counts = ["events", *QUAD_COLUMNS]
    out[counts] = out[counts].fillna(0).astype("int64")
    out["goldstein_sum"] = out["goldstein_sum"].fillna(0.0)
    out["net_coop"] = (out["verbal_coop"] + out["material_coop"] - out["verbal_conflict"]
                       - out["material_conflict"])
    out["material_conflict_share"] = (out["material_conflict"]
                                      / out["events"].where(out["events"] > 0))
    out["datasets"] = out["datasets"].fillna("")
    vol = volume.reindex(spine, fill_value=0)
    out["volume_a"], out["volume_b"] = vol["a"].astype("int64"), vol["b"].astype("int64")
    union = (vol["a"] + vol["b"] - vol["ab"]).astype(float)
    out["events_norm"] = out["events"] / union.where(union > 0)
    return out.reset_index()


def entente_series(store: Store) -> pd.DataFrame:
    return dyad_series(store, A, B, start=START, end=END, freq="month", normalize=True)


def timed(fn, repeat: int) -> tuple[float, object]:
    """Median wall time in seconds over `repeat` runs, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000, help="events to generate")
    parser.add_argument("--repeat", type=int, default=7, help="timed runs of entente")
    parser.add_argument("--pandas-repeat", type=int, default=3, help="timed runs of pandas")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.duckdb")
        t0 = time.perf_counter()
        fill(store, args.rows)
        parquet = Path(tmp) / "events.parquet"
        store.export(parquet)
        print(f"filled {store.count_events():,} events and exported Parquet "
              f"in {time.perf_counter() - t0:.1f} s (store daily totals current: "
              f"{store.aggregates_current()})")
        entente_series(store)  # warm: first touch of the columns
        t_entente, ours = timed(lambda: entente_series(store), args.repeat)
        t_pandas, theirs = timed(lambda: pandas_series(parquet), args.pandas_repeat)
        store.close()
    _check_same(ours, theirs)  # type: ignore[arg-type]
    print(f"monthly normalised dyad series {A}-{B}, {START} .. {END} "
          f"({len(ours):,} periods, {int(ours['events'].sum()):,} dyad events)")  # type: ignore[index]
    print(f"entente (DuckDB):        {t_entente * 1000:8.1f} ms (median of {args.repeat})")
    print(f"pandas from Parquet:     {t_pandas * 1000:8.1f} ms (median of "
          f"{args.pandas_repeat}, read included)")
    print(f"speed-up: {t_pandas / t_entente:.1f}x (goal >= 10x); "
          f"under 100 ms: {'yes' if t_entente < 0.1 else 'no'}")


def _check_same(ours: pd.DataFrame, theirs: pd.DataFrame) -> None:
    """Both ways must give the same table, or the timing means nothing."""
    for col in ("events", "verbal_coop", "material_conflict", "net_coop", "volume_a", "volume_b",
                "datasets"):
        if ours[col].tolist() != theirs[col].tolist():
            raise SystemExit(f"results differ in column {col}")
    for col in ("goldstein_sum", "goldstein_mean", "material_conflict_share", "events_norm"):
        if not np.allclose(ours[col], theirs[col], equal_nan=True):
            raise SystemExit(f"results differ in column {col}")


if __name__ == "__main__":
    main()
