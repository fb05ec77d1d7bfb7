"""`python -m entente.demo` (what `make demo` runs): example articles to a written brief.

Codes the articles shipped inside the package (``entente/examples/articles.jsonl``, so
the demo runs from an installed wheel too), stores their events in a fresh store, writes
the brief on one dyad (Serbia and Iran by default) as HTML and Markdown, and prints where
everything is and how to get the `entente` command on the PATH.

    python -m entente.demo
    python -m entente.demo --a Serbia --b Russia --out demo-out
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import EntenteError, InputError

if TYPE_CHECKING:
    from .store import Store

__all__ = ["DemoResult", "run_demo", "main", "EXAMPLES"]

#: The example articles, shipped inside the package.
EXAMPLES = Path(__file__).resolve().parent / "examples" / "articles.jsonl"


@dataclass(slots=True)
class DemoResult:
    store: Path
    documents: int
    events: int
    dyads: list[tuple[str, str, int]]
    html: Path
    markdown: Path
    seconds: float


def run_demo(out_dir: str | Path = "demo-out", a: str = "SRB", b: str = "IRN",
             articles: str | Path = EXAMPLES) -> DemoResult:
    """Code `articles` into `out_dir`/entente-demo.duckdb and write the a-b brief there."""
    from .brief import resolve_side, write_brief
    from .coder import Coder
    from .sources import read_documents
    from .sources.ingest import ingest_documents
    from .store import Store

    started = time.perf_counter()
    articles = Path(articles)
    if not articles.is_file():
        raise InputError(f"{articles}: example articles not found")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    db = out / "entente-demo.duckdb"
    for stale in (db, db.with_name(db.name + ".wal")):
        stale.unlink(missing_ok=True)
    docs = list(read_documents([str(articles)], input_format="jsonl"))
    ka, kb = resolve_side(a), resolve_side(b)
    with Store(db) as store:
        ingest_documents(store, docs, Coder(), name=str(articles), kind="jsonl")
        dyads = _dyad_counts(store)
        html = write_brief(store, ka, kb, out / f"brief-{ka}-{kb}.html")
        markdown = write_brief(store, ka, kb, out / f"brief-{ka}-{kb}.md")
        return DemoResult(db, store.count_documents(), store.count_events(), dyads, html,
                          markdown, time.perf_counter() - started)


def _dyad_counts(store: Store) -> list[tuple[str, str, int]]:
    """Country pairs with the most events (either direction), for the printed summary."""
    from .analysis import busiest_dyads

    return [(a, b, int(n)) for a, b, n in busiest_dyads(store).itertuples(index=False)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m entente.demo", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--a", default="SRB", help="first country of the brief (default SRB)")
    parser.add_argument("--b", default="IRN", help="second country (default IRN)")
    parser.add_argument("--out", default="demo-out", help="folder for the store and brief")
    parser.add_argument("--articles", default=str(EXAMPLES), help="JSONL articles to code")
    args = parser.parse_args(argv)
    try:
        result = run_demo(args.out, args.a, args.b, args.articles)
    except EntenteError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"coded {result.documents} articles into {result.events} events "
          f"in {result.seconds:.1f} s; store: {result.store}")
    for x, y, n in result.dyads:
        print(f"  {x}-{y}: {n} events")
    print(f"brief (Markdown): {result.markdown}")
    print(f"brief: {result.html.resolve()}")
    print(path_hint())
    return 0


def path_hint(bin_dir: Path | None = None, search_path: str | None = None) -> str:
    """One line on how to get the `entente` command on the PATH of this shell."""
    bin_dir = Path(sys.executable).parent if bin_dir is None else bin_dir
    found = shutil.which("entente", path=os.environ.get("PATH", "") if search_path is None
                         else search_path)
    if found and Path(found).resolve() == (bin_dir / "entente").resolve():
        return "next: the `entente` command is on your PATH; try `entente --help`"
    if not (bin_dir / "entente").exists():
        return "next: `pip install .` (or `pipx install .`) puts the `entente` command on your PATH"
    activate = bin_dir / "activate"
    if not activate.exists():
        return f"next: add {bin_dir} to your PATH to run `entente`"
    try:
        shown = activate.relative_to(Path.cwd())
    except ValueError:
        shown = activate
    return f"next: run `source {shown}` to put the `entente` command on your PATH"


if __name__ == "__main__":
    sys.exit(main())
