"""`entente code` end to end: stdin, files, JSONL batches, a local URL; table, JSONL, CSV."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

ARTICLE = ("BELGRADE (Reuters) - Serbia and Iran signed a trade agreement on Tuesday.\n\n"
           "The two countries also held talks in Tehran, officials said.\n")


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "entente", "code", *args], input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_stdin_text_to_jsonl_events():
    result = run("-", "--format", "jsonl", "--date", "2024-03-14", stdin=ARTICLE)
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    pairs = {(e["source"]["country"], e["cameo_code"], e["target"]["country"]) for e in events}
    assert {("SRB", "057", "IRN"), ("IRN", "057", "SRB"), ("SRB", "046", "IRN")} <= pairs
    first = events[0]
    assert first["date"] == "2024-03-12" and first["date_precision"] == "day"
    assert first["trigger"]["text"] == "signed agreement"
    assert first["source"]["start"] == 0 and first["dataset"] == "entente"


def test_jsonl_batch_carries_ids_and_an_empty_document_is_fine(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps({"id": "art-1", "text": "Russia imposed sanctions on Ukraine.",
                    "date": "2024-03-14"}) + "\n" +
        json.dumps({"id": "art-2", "text": "The weather was mild."}) + "\n", encoding="utf-8")
    result = run(str(batch), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(e["doc_id"], e["cameo_code"]) for e in events] == [("art-1", "163")]


def test_no_events_is_exit_zero_in_every_format(tmp_path):
    quiet = tmp_path / "quiet.txt"
    quiet.write_text("The weather in Belgrade was mild for the season.\n", encoding="utf-8")
    assert run(str(quiet), "--format", "jsonl").stdout == ""
    table = run(str(quiet))
    assert table.returncode == 0 and "no events" in table.stdout
    rows = list(csv.reader(io.StringIO(run(str(quiet), "--format", "csv").stdout)))
    assert rows[0][:3] == ["dataset", "doc_id", "source_text"] and len(rows) == 1


def test_csv_and_table_and_explain(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Russia imposed sanctions on Ukraine.\n", encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(run(str(article), "--format", "csv").stdout)))
    assert [(r["source_country"], r["cameo_code"], r["target_country"]) for r in rows] == [
        ("RUS", "163", "UKR")]
    table = run(str(article), "--explain")
    assert table.returncode == 0
    assert "163" in table.stdout and "rule: verb:impose+sanction" in table.stdout


def test_markup_in_article_text_is_printed_literally(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Russia imposed sanctions on Ukraine, an envoy wrote [bold]today[/bold].\n",
                       encoding="utf-8")
    result = run(str(article), "--explain")
    assert result.returncode == 0, result.stderr
    assert "wrote [bold]today[/bold]." in result.stdout


@pytest.mark.parametrize("args, message", [
    (("--format", "xml"), "unknown output format 'xml'"),
    (("--date", "2024-13-01"), "--date: not a date: '2024-13-01'"),
    (("--input-format", "pdf"), "unknown input format"),
])
def test_bad_options_give_one_line_and_exit_one(tmp_path, args, message):
    article = tmp_path / "a.txt"
    article.write_text("Russia imposed sanctions on Ukraine.\n", encoding="utf-8")
    result = run(str(article), *args)
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr


def test_missing_file_is_named(tmp_path):
    result = run(str(tmp_path / "nope.txt"))
    assert result.returncode == 1 and "nope.txt" in result.stderr


STORY_PAGE = ("<html><head><title>Sanctions</title></head><body><article><p>"
              "Russia imposed sanctions on Ukraine on Tuesday, officials said.</p>"
              "</article></body></html>")


def test_url_input_from_a_local_server(web):
    url = web.add("/story", STORY_PAGE)
    result = run(url, "--format", "jsonl", "--date", "2024-03-14", "--allow-private")
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(e["source"]["country"], e["cameo_code"], e["url"]) for e in events] == [
        ("RUS", "163", url)]


def test_the_table_says_historical_where_an_event_has_no_date():
    text = ("Kenya recalled its envoy from Mogadishu on Monday, days after Somalia expelled "
            "a Kenyan diplomat.")
    result = run("-", "--date", "2024-03-14", "--min-confidence", "0", stdin=text)
    assert result.returncode == 0, result.stderr
    expelled = [line for line in result.stdout.splitlines() if "expelled" in line]
    assert expelled and "historical" in expelled[0]
    recalled = [line for line in result.stdout.splitlines() if "recalled" in line]
    assert recalled and "2024-03-11" in recalled[0]
