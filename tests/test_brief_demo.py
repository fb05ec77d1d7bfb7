"""`make demo`: the bundled example articles are coded, stored and end in a written brief."""

from __future__ import annotations

import json
import re
from pathlib import Path

from entente.demo import EXAMPLES, main, run_demo


def test_examples_are_well_formed_articles_over_a_span_of_time() -> None:
    rows = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
    assert 20 <= len(rows) <= 30
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert set(row) == {"id", "text", "date", "url", "title"}
        assert row["url"].startswith("https://") and len(row["text"]) > 200
    dates = sorted(r["date"] for r in rows)
    assert dates[0] < "2022-06-01" and dates[-1] > "2024-12-01"


def test_demo_codes_the_examples_and_writes_the_brief(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    result = run_demo(tmp_path / "demo", "Serbia", "Iran")
    assert result.documents == len(EXAMPLES.read_text(encoding="utf-8").splitlines())
    assert result.events > result.documents
    pairs = {(x, y): n for x, y, n in result.dyads}
    assert pairs.get(("IRN", "SRB"), 0) >= 10
    html = result.html.read_text(encoding="utf-8")
    events = int(re.search(r'data-fact="events">(\d+)<', html).group(1))  # type: ignore[union-attr]
    assert events == pairs[("IRN", "SRB")]
    assert "news.example.org" in html and "<section id=\"appendix\">" in html
    counted = int(re.search(r'data-fact="counted">(\d+)<', html).group(1))  # type: ignore[union-attr]
    assert len(re.findall(r"data-event-id=", html)) == counted >= events
    assert result.markdown.read_text(encoding="utf-8").startswith("# Serbia and Iran")
    assert main(["--out", str(tmp_path / "again"), "--a", "SRB", "--b", "RUS"]) == 0
    printed = capsys.readouterr().out
    assert "brief: " + str((tmp_path / "again" / "brief-SRB-RUS.html").resolve()) in printed
    assert main(["--out", str(tmp_path / "x"), "--articles", str(tmp_path / "none.jsonl")]) == 1
    assert "none.jsonl" in capsys.readouterr().err
