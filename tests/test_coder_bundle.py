"""The coder's language data as one bundle (entente.coder.bundle): read once, checked against
a schema (unknown and missing keys are errors naming file and key), extended by user files,
and fingerprinted by coder_version."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from entente.coder import Coder, LanguageBundle, coder_version
from entente.coder.bundle import POLICIES_FILE, ROLE_SCHEMA, ROLES_FILE, SCHEMA, TRANSFORMS
from entente.coder.lexicon import IRREGULAR_FILE
from entente.errors import InputError
from entente.record import Document

CODER_DIR = Path(__file__).resolve().parent.parent / "src" / "entente" / "coder"


@pytest.fixture(scope="module")
def bundle() -> LanguageBundle:
    return LanguageBundle.default()


def _edited(tmp_path: Path, source: Path, old: str, new: str) -> Path:
    text = source.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / source.name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_the_bundled_data_loads_once_into_frozen_typed_rules(bundle):
    assert LanguageBundle.default() is bundle
    assert "refugee" in bundle.rules.people_nouns and "accusation" in bundle.rules.content_nouns
    assert bundle.rules.receipt_codes["loan"] == "071"
    assert bundle.lexicon.irregular["meet"] == ("met",)
    assert [p.name for p in bundle.files] == ["triggers.tsv", "irregular_verbs.tsv",
                                              "roles.yaml", "policies.yaml"]
    with pytest.raises(AttributeError):
        bundle.rules.people_nouns = frozenset()  # type: ignore[misc]


def test_an_unknown_key_is_an_error_naming_file_and_key(tmp_path):
    roles = _edited(tmp_path, ROLES_FILE, "agent_deps:", "chain_deps: [xcomp]\nagent_deps:")
    with pytest.raises(InputError, match=r"roles\.yaml: unknown field 'chain_deps'"):
        LanguageBundle.load(roles=roles)


def test_a_missing_key_is_an_error_naming_file_and_key(tmp_path):
    roles = tmp_path / "roles.yaml"
    text = ROLES_FILE.read_text(encoding="utf-8")
    roles.write_text(re.sub(r"\njoint_modifiers:[^\n]*", "", text), encoding="utf-8")
    with pytest.raises(InputError, match=r"roles\.yaml: missing field 'joint_modifiers'"):
        LanguageBundle.load(roles=roles)
    policies = tmp_path / "policies.yaml"
    policies.write_text(re.sub(r"\nphone_code:[^\n]*", "",
                               POLICIES_FILE.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(InputError, match=r"policies\.yaml: missing field 'phone_code'"):
        LanguageBundle.load(policies=policies)


def test_a_value_of_the_wrong_shape_names_file_and_key(tmp_path):
    roles = tmp_path / "roles.yaml"
    roles.write_text(re.sub(r"\nsite_preps:[^\n]*", "\nsite_preps: outside",
                            ROLES_FILE.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(InputError, match=r"roles\.yaml: field 'site_preps' must be a list"):
        LanguageBundle.load(roles=roles)
    mine = tmp_path / "mine.yaml"
    mine.write_text("receipt_codes: [grain]\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"mine\.yaml: field 'receipt_codes' must be a mapping"):
        LanguageBundle.default().extend(mine)


def test_a_user_file_extends_lists_merges_mappings_and_replaces_values(bundle, tmp_path):
    mine = tmp_path / "mine.yaml"
    mine.write_text("# my additions\npeople_nouns: [ferryman, refugee]\n"
                    "receipt_codes: {grain: \"070\"}\nmin_confidence: 0.5\n", encoding="utf-8")
    extended = bundle.extend(mine)
    assert extended.rules.people_nouns == bundle.rules.people_nouns | {"ferryman"}
    assert extended.rules.receipt_codes == {**bundle.rules.receipt_codes, "grain": "070"}
    assert extended.rules.min_confidence == 0.5
    assert extended.rules.files[-1] == mine and bundle.rules.files[-1] == POLICIES_FILE
    assert extended.lexicon is bundle.lexicon


def test_an_unknown_key_in_a_user_file_names_that_file(bundle, tmp_path):
    mine = tmp_path / "extra_words.yml"
    mine.write_text("people_nuons: [ferryman]\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"extra_words\.yml: unknown field 'people_nuons'"):
        bundle.extend(mine)
    other = tmp_path / "words.txt"
    other.write_text("ferryman\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"words\.txt: a language file is \.tsv"):
        bundle.extend(other)


def test_a_user_trigger_file_extends_the_lexicon(bundle, tmp_path):
    mine = tmp_path / "mine.tsv"
    mine.write_text("lemma\tpos\tprep\tobject\tcode\ttarget\nbankroll\tV\t\t\t071\t\n",
                    encoding="utf-8")
    extended = LanguageBundle.load(extra=[mine])
    assert extended.lexicon.best("bankroll", "V", set(), set()).code == "071"
    assert bundle.lexicon.best("bankroll", "V", set(), set()) is None
    assert extended.rules == bundle.rules


def test_an_object_cell_may_name_a_word_class_of_the_rules(bundle, tmp_path):
    # the bundled rows that act on diplomats share roles.yaml's envoys
    envoys = set(bundle.rules.object_classes["envoys"])
    for verb in ("expel", "recall", "withdraw"):
        rows = [e for e in bundle.lexicon.lookup(verb, "V") if envoys <= set(e.objects)]
        assert rows and all("@envoys" not in e.objects for e in rows)
    mine = tmp_path / "mine.tsv"
    mine.write_text("lemma\tpos\tprep\tobject\tcode\ttarget\n"
                    "cold-shoulder\tV\t\t@envoys\t1246\t\n", encoding="utf-8")
    extended = LanguageBundle.load(extra=[mine])
    assert extended.lexicon.best("cold-shoulder", "V", set(), {"consul"}).code == "1246"
    assert extended.lexicon.best("cold-shoulder", "V", set(), {"tourist"}) is None


def test_an_unknown_word_class_names_file_and_line(tmp_path):
    mine = tmp_path / "mine.tsv"
    mine.write_text("lemma\tpos\tprep\tobject\tcode\ttarget\n"
                    "snub\tV\t\t@envoy\t1246\t\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"mine\.tsv:2: field 'object': unknown word class "
                                         r"'@envoy'"):
        LanguageBundle.load(extra=[mine])


def test_a_bad_irregular_verb_row_names_file_and_line(tmp_path):
    irregular = tmp_path / "irregular_verbs.tsv"
    irregular.write_text(IRREGULAR_FILE.read_text(encoding="utf-8") + "forsake\n",
                         encoding="utf-8")
    with pytest.raises(InputError, match=r"irregular_verbs\.tsv:\d+: expected a lemma"):
        LanguageBundle.load(irregular=irregular)


def test_coder_version_follows_the_bundle_data_not_its_files(bundle, tmp_path):
    def version(b: LanguageBundle) -> str:
        return coder_version(b.lexicon, b.rules)

    note = tmp_path / "note.yaml"
    note.write_text("# nothing but a note\n", encoding="utf-8")
    words = tmp_path / "words.yaml"
    words.write_text("water_words: [fjord]\n", encoding="utf-8")
    assert version(bundle.extend(note)) == version(bundle)
    assert version(bundle.extend(words)) != version(bundle)
    irregular = tmp_path / "irregular_verbs.tsv"
    irregular.write_text(IRREGULAR_FILE.read_text(encoding="utf-8") + "forsake\tforsook\n",
                         encoding="utf-8")
    assert version(LanguageBundle.load(irregular=irregular)) != version(bundle)


def test_the_coder_codes_with_the_bundle_it_is_given(tmp_path):
    text = "Norway signed a fisheries agreement with Iceland on Tuesday."
    doc = Document(text=text, doc_id="n1", url=None, pub_date=date(2025, 5, 6))
    assert Coder().code_document(doc)
    strict = tmp_path / "strict.yaml"
    strict.write_text("min_confidence: 1.0\n", encoding="utf-8")
    coder = Coder(bundle=LanguageBundle.default().extend(strict))
    assert coder.min_confidence == 1.0
    assert coder.code_document(doc) == []
    assert coder.version != Coder().version


def test_every_key_of_the_schema_is_read_by_the_coder():
    """A key nothing reads is a key a user edits in vain."""
    code = "\n".join(p.read_text(encoding="utf-8") for p in CODER_DIR.glob("*.py"))
    unread = [key for key in SCHEMA if key not in TRANSFORMS
              and not re.search(rf"\.{key}\b", code)]
    assert unread == []
    assert len(ROLE_SCHEMA) < len(SCHEMA)


def test_only_the_loaders_read_language_files():
    """Frames, policies and the rest take the loaded bundle; none reads a file itself
    (version.py reads only the package's own Python source, to fingerprint the code)."""
    readers = [p.name for p in CODER_DIR.glob("*.py")
               if p.name not in ("bundle.py", "lexicon.py", "version.py")
               and re.search(r"^import yaml|yaml\.safe_load|read_text\(|read_bytes\(|open\(|"
                             r"\.files\[", p.read_text("utf-8"), re.M)]
    assert readers == []


def test_a_user_historical_marker_is_read_by_the_coder_it_was_given_to(tmp_path):
    """The dates of the past come from the coder's own policies, a user layer included."""
    history = tmp_path / "history.yaml"
    history.write_text("historical_markers: ['(?i)\\bin the age of sail\\b']\n",
                       encoding="utf-8")
    text = "In the age of sail, Portugal signed a trade treaty with Morocco."
    doc = Document(text=text, doc_id="h1", url=None, pub_date=date(2025, 2, 4))
    plain = Coder().code_document(doc)
    layered = Coder(bundle=LanguageBundle.default().extend(history)).code_document(doc)
    assert {(e.date, e.date_precision) for e in plain} == {(date(2025, 2, 4), "day")}
    assert {(e.date, e.date_precision) for e in layered} == {(None, "historical")}
