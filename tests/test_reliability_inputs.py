"""Hostile article inputs: each bad input is one error naming it (file, line), the other
inputs go on, and the exit status says something failed; documents have a size limit and
long run-on text is cut into sentences in linear time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from entente.coder.sentences import MAX_SENTENCE_CHARS, split_sentences
from entente.errors import InputError
from entente.sources.documents import MAX_DOCUMENT_CHARS, documents_from_bytes, read_input
from entente.store import Store
from test_sources_server import run

GOOD = {"id": "wire-2207", "date": "2025-03-11", "language": "en",
        "text": "Greek Prime Minister Kyriakos Mitsotakis met Turkish President Recep Tayyip "
                "Erdogan in Ankara on Tuesday, and the two sides signed a declaration on "
                "calmer waters in the Aegean."}


def _jsonl(path: Path, *records: object) -> str:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n"
                            for r in records), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("line, message", [
    ({**GOOD, "language": 7}, 'line 2: field "language" must be a string'),
    ({**GOOD, "language": ["en", "sr"]}, 'line 2: field "language" must be a string'),
    ({**GOOD, "title": {"main": "x"}}, 'line 2: field "title" must be a string'),
    ('{"text": ' + "[" * 50_000 + "]" * 50_000 + "}", "line 2: JSON nested too deeply"),
])
def test_a_bad_jsonl_line_is_an_error_naming_file_and_line(tmp_path: Path, line: object,
                                                           message: str) -> None:
    path = _jsonl(tmp_path / "batch.jsonl", {**GOOD, "id": "ok-1"}, line)
    with pytest.raises(InputError) as caught:
        list(read_input(path))
    assert str(caught.value) == f"{path}: {message}"


def test_other_inputs_go_on_and_the_exit_says_one_failed(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    bad_language = _jsonl(tmp_path / "a.jsonl", {**GOOD, "language": 3})
    deep = _jsonl(tmp_path / "b.jsonl", '{"text": ' + "{" * 40_000)
    good = _jsonl(tmp_path / "c.jsonl", GOOD)
    db = tmp_path / "store.duckdb"
    assert run(["ingest", "jsonl", bad_language, deep, good, "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert f'{bad_language}: line 1: field "language" must be a string' in err
    assert f"{deep}: line 1: " in err and "Traceback" not in err
    with Store(db, read_only=True) as store:
        assert [d.doc_id for d in store.documents()] == ["wire-2207"]


def test_a_document_over_the_limit_is_refused_with_its_name(tmp_path: Path) -> None:
    words = "Serbia and Iran held talks in Belgrade on Tuesday, officials said. "
    text = (words * (MAX_DOCUMENT_CHARS // len(words) + 2))
    path = tmp_path / "huge.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=r"huge\.txt: document of [\d,]+ characters is "
                                         r"longer than the limit of 500,000"):
        read_input(str(path))
    with pytest.raises(InputError, match="line 1: document of"):
        documents_from_bytes(json.dumps({"text": text}).encode(), "big.jsonl", "jsonl")
    within = text[: MAX_DOCUMENT_CHARS - 10].rsplit(" ", 1)[0]
    (doc,) = documents_from_bytes(within.encode(), "long.txt", "text")
    assert doc.text == within.strip()


def test_a_jsonl_line_too_long_to_hold_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    with path.open("w", encoding="utf-8") as out:
        out.write(json.dumps(GOOD) + "\n")
        out.write('{"text": "' + "x" * (4 * MAX_DOCUMENT_CHARS + 70_000) + '"}\n')
    with pytest.raises(InputError, match=r"wide\.jsonl: line 2: longer than [\d,]+ bytes"):
        list(read_input(str(path)))


def test_a_run_on_text_is_cut_into_bounded_sentences_without_loss() -> None:
    clause = "the delegation discussed regional matters with partners from Skopje, and "
    text = (clause * 3000).strip()  # one 220,000-character "sentence"
    pieces = split_sentences(text)
    assert all(len(p.text) <= MAX_SENTENCE_CHARS for p in pieces)
    assert " ".join(p.text for p in pieces).split() == text.split()
    assert [p.index for p in pieces] == list(range(len(pieces)))


def test_abbreviations_still_hold_sentences_together() -> None:
    text = ("Mr. Vucic met Dr. Pezeshkian's envoy in Belgrade. Gen. Mousavi attended. "
            "The U.S. envoy, J. Smith, did not.")
    assert [s.text for s in split_sentences(text)] == [
        "Mr. Vucic met Dr. Pezeshkian's envoy in Belgrade.", "Gen. Mousavi attended.",
        "The U.S. envoy, J. Smith, did not."]


def test_code_goes_on_after_a_bad_input_and_exits_1(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]
                                                    ) -> None:
    bad = _jsonl(tmp_path / "bad.jsonl", {**GOOD, "language": {"code": "en"}})
    good = _jsonl(tmp_path / "good.jsonl", GOOD)
    assert run(["code", bad, good, "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert f'{bad}: line 1: field "language" must be a string' in captured.err
    events = [json.loads(line) for line in captured.out.splitlines()]
    assert events and {e["doc_id"] for e in events} == {"wire-2207"}
