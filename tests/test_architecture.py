"""Cross-cutting contracts: one coder_version, one Mention-to-Actor conversion, one clock
and date parser."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from entente.actors import ActorResolver, Gazetteer
from entente.actors.mention import Mention
from entente.coder import Coder, Lexicon, Rules, coder_version, version_of
from entente.errors import InputError
from entente.timeutil import parse_date, utc_now

FIXTURES = Path(__file__).parent / "fixtures" / "actors"


@pytest.fixture(scope="module")
def bundled() -> tuple[Lexicon, Rules, Gazetteer]:
    return Lexicon.default(), Rules.default(), Gazetteer.default()


def test_a_user_gazetteer_layer_changes_coder_version(bundled):
    plain = Coder()
    layered = Coder(resolver=ActorResolver(Gazetteer.load([FIXTURES / "user.tsv"])))
    assert plain.version != layered.version
    assert version_of(layered) == layered.version


def test_the_coder_stamps_what_coder_version_computes(bundled):
    assert Coder().version == coder_version(*bundled)


def test_a_user_lexicon_layer_changes_coder_version(bundled, tmp_path):
    lexicon, rules, gazetteer = bundled
    extra = tmp_path / "extra.tsv"
    extra.write_text("lemma\tpos\tprep\tobject\tcode\ttarget\n"
                     "bankroll\tV\t\t\t071\t\n", encoding="utf-8")
    assert coder_version(lexicon.extend(extra), rules, gazetteer) != \
        coder_version(lexicon, rules, gazetteer)


def test_a_rule_changed_in_code_changes_the_fingerprint_wherever_it_lives(tmp_path):
    """Stored events must say what to recode after a code change, not only a data change."""
    from entente.coder.version import CODING_SOURCES, code_fingerprint

    copies = []
    for where in ("a", "b"):
        root = tmp_path / where / "entente"
        shutil.copytree(CODING_SOURCES[0], root / "coder")
        copies.append((root / "coder",))
    assert code_fingerprint(copies[0]) == code_fingerprint(copies[1]) == \
        code_fingerprint(CODING_SOURCES[:1])
    policy = copies[1][0] / "policy.py"
    policy.write_text(policy.read_text(encoding="utf-8") + "\n# a changed rule\n",
                      encoding="utf-8")
    code_fingerprint.cache_clear()
    assert code_fingerprint(copies[0]) != code_fingerprint(copies[1])


def test_the_same_data_elsewhere_gives_the_same_version(bundled, tmp_path):
    lexicon, rules, gazetteer = bundled
    moved = tmp_path / "deep" / "folder" / "user.tsv"
    moved.parent.mkdir(parents=True)
    shutil.copy(FIXTURES / "user.tsv", moved)
    here = coder_version(lexicon, rules, gazetteer.extend(FIXTURES / "user.tsv"))
    there = coder_version(lexicon, rules, gazetteer.extend(moved))
    assert here == there


def test_coder_version_is_the_same_in_every_process(bundled):
    """Sets of words are hashed in sorted order, not in this process's hash order."""
    script = ("from entente.actors import Gazetteer\n"
              "from entente.coder import Lexicon, Rules, coder_version\n"
              "print(coder_version(Lexicon.default(), Rules.default(), Gazetteer.default()))")
    seen = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                             text=True, check=True)
        seen.add(out.stdout.strip())
    assert seen == {coder_version(*bundled)}


def test_a_place_is_no_actor_unless_it_fills_a_role():
    moscow = Mention("Moscow", 10, 16, "location", country="RUS")
    assert (moscow.to_actor().kind, moscow.to_actor().country) == ("unresolved", None)
    acting = moscow.to_actor(in_role=True)
    assert (acting.kind, acting.country, acting.text) == ("state", "RUS", "Moscow")


def test_to_actor_takes_the_span_the_coder_grew():
    mention = Mention("Serbian police", 4, 18, "state", country="SRB", sector="COP",
                      code="SRBCOP")
    actor = mention.to_actor("the Serbian police", 0, 18, in_role=True)
    assert (actor.text, actor.start, actor.end, actor.code) == ("the Serbian police", 0, 18,
                                                                "SRBCOP")


def test_an_unresolved_mention_carries_no_resolution():
    mention = Mention("the militia", 0, 11, "unresolved", sector="REB", code="REB")
    actor = mention.to_actor(in_role=True)
    assert (actor.kind, actor.country, actor.sector, actor.code) == ("unresolved", None, None,
                                                                     None)


# -- one clock, one date parser -------------------------------------------------------------

@pytest.mark.parametrize(("text", "partial", "expected"), [
    ("2025-06-03", None, date(2025, 6, 3)),
    ("2025-06-03T23:30:00Z", None, date(2025, 6, 3)),
    ("2021-12", "end", date(2021, 12, 31)),
    ("2024-02", "end", date(2024, 2, 29)),
    ("2021", "start", date(2021, 1, 1)),
    ("2013-9-15", "start", date(2013, 9, 15)),
    ("", None, None),
])
def test_parse_date_reads_the_forms_entente_accepts(text, partial, expected):
    assert parse_date(text, "here", partial=partial) == expected


@pytest.mark.parametrize(("value", "partial", "shown"), [
    ("2021-12", None, "'2021-12'"), ("2024-02-30", None, "'2024-02-30'"),
    ("2021-13", "end", "'2021-13'"), ("last spring", "start", "'last spring'"), (5, None, "5"),
])
def test_parse_date_names_the_field_and_the_value(value, partial, shown):
    with pytest.raises(InputError, match=rf"^people\.tsv:4: not a date: {re.escape(shown)} "):
        parse_date(value, "people.tsv:4", partial=partial)


def test_utc_now_is_naive_utc():
    now = utc_now()
    assert now.tzinfo is None
    assert abs((datetime.now(UTC).replace(tzinfo=None) - now).total_seconds()) < 5


def test_no_module_keeps_its_own_clock_date_parser_or_state_sectors():
    src = Path(__file__).resolve().parent.parent / "src" / "entente"
    offenders = []
    for path in src.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for pattern in (r"def _?now\w*\(", r"def _?parse_date\(", r"['\"]GOV['\"], ['\"]MIL['\"]"):
            if re.search(pattern, text) and path.name not in ("timeutil.py", "ontology.py"):
                offenders.append(f"{path.relative_to(src)}: {pattern}")
    assert offenders == []


def test_an_edit_of_a_rules_key_changes_coder_version(bundled, tmp_path):
    """The coder reads every key through the loaded `Rules`: an edited key is new data."""
    lexicon, rules, gazetteer = bundled
    roles, policies = rules.files
    edited = tmp_path / "roles.yaml"
    edited.write_text(roles.read_text(encoding="utf-8").replace(
        "water_words: [", "water_words: [fjord, "), encoding="utf-8")
    other = Rules.load(edited, policies)
    assert "fjord" in other.water_words
    assert coder_version(lexicon, other, gazetteer) != coder_version(lexicon, rules, gazetteer)


def test_the_version_is_the_one_pyproject_gives():
    import tomllib

    import entente

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    declared = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    assert entente.__version__ == declared
    assert coder_version(Lexicon.default(), Rules.default()).startswith(declared + "+")


# -- SQL lives in the store, analysis and the readers ----------------------------------------

#: Modules that may hold SQL: the store, analysis, and the readers that turn files into rows
#: (the `TableSpec` framework and its specs, the code tables they join, the context loaders).
SQL_HOMES = ("store.py", "analysis/", "sources/tabular.py", "sources/eventtables.py",
             "sources/codes.py", "context/_common.py", "context/trade.py")
SQL = re.compile(r"\bSELECT\b[\s\S]*\bFROM\b|\bINSERT\s+(?:OR\s+\w+\s+)?INTO\b|"
                 r"\bUPDATE\s+\S+\s+SET\b|\bDELETE\s+FROM\b|\bCOPY\s*\(|"
                 r"\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP(?:ORARY)?\s+)?(?:TABLE|VIEW)\b")


def _string_literals(source: str) -> Iterator[tuple[int, str]]:
    """(line, text) of every string literal but docstrings; an f-string's fields read "{}"."""
    tree = ast.parse(source)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
                  and node.body and isinstance(node.body[0], ast.Expr)}
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            yield node.lineno, "".join(v.value if isinstance(v, ast.Constant) else "{}"
                                       for v in node.values)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and id(node) not in docstrings:
            yield node.lineno, node.value


def test_the_sql_scan_finds_sql_in_plain_and_formatted_strings():
    code = ('"""SELECT words FROM a docstring are prose."""\n'
            'a = "SELECT count(*) FROM events"\n'
            'b = f"UPDATE documents SET coder_version = {v}"\n'
            'c = "selected from the list"\n')
    assert {line for line, text in _string_literals(code) if SQL.search(text)} == {2, 3}


def test_no_sql_outside_the_store_analysis_and_the_readers():
    src = Path(__file__).resolve().parent.parent / "src" / "entente"
    offenders = []
    for path in sorted(src.rglob("*.py")):
        name = path.relative_to(src).as_posix()
        if name.startswith(SQL_HOMES):
            continue
        offenders += sorted({f"{name}:{line}" for line, text in _string_literals(
            path.read_text(encoding="utf-8")) if SQL.search(text)})
    assert offenders == []
