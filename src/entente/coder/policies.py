"""Role patterns and coding policies, loaded from YAML data (data/lexicon/*.yaml).

`Rules` holds what the role finder and the policy filter read: dependency labels for
source and target, word lists for speech, intent, refusal, appeal, demand and threat
verbs, modality and negation words, and the code transforms that turn an event into its
intent, rejection, demand, appeal or threat code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from .lexicon import LEXICON_DIR

TRANSFORMS = ("intent", "future", "reject", "demand", "appeal", "threat", "consider", "attempt",
              "command")
#: Every field of a policies file (each is required; any other is an error).
POLICY_KEYS = frozenset({
    "min_confidence", "non_speakers", "arrival_verbs", "cargo_verbs", "cargo_codes",
    "historical_markers", "media_nouns", "clause_attitude_codes",
    "naming_verbs", "criticism_words", "praise_words",
    "criticism_verbs", "criticism_code", "praise_code", "speech_verbs", "speech_code",
    "cognition_verbs", "addressee_object_verbs", "phone_words", "phone_code", "claim_verbs",
    "claim_code", "intent_verbs", "attempt_verbs", "refuse_verbs", "appeal_verbs",
    "particle_governors", "demand_verbs", "command_verbs", "demand_clause_verbs",
    "consider_verbs", "governor_nouns", "threat_verbs", "modal_words", "future_words",
    "obligation_words", "negation_words", "conditional_marks", "ruled_out_phrases",
    *TRANSFORMS})
DROP = "-"
KEEP = "="


@dataclass(slots=True, frozen=True)
class Rules:
    source_deps: frozenset[str]
    passive_subject_deps: frozenset[str]
    agent_deps: frozenset[str]
    target_deps: tuple[str, ...]
    target_preps: tuple[str, ...]
    non_target_preps: frozenset[str]
    noun_source_deps: frozenset[str]
    location_preps: frozenset[str]
    place_target_roots: frozenset[str]
    generic_codes: frozenset[str]
    document_nouns: frozenset[str]
    symmetric_lemmas: frozenset[str]
    pair_phrases: tuple[str, ...]
    pronouns: dict[str, tuple[str, ...]]
    speech_verbs: frozenset[str]
    speech_code: str
    cognition_verbs: frozenset[str]
    addressee_object_verbs: frozenset[str]
    phone_words: frozenset[str]
    phone_code: str
    claim_verbs: frozenset[str]
    claim_code: str
    intent_verbs: frozenset[str]
    attempt_verbs: frozenset[str]
    refuse_verbs: frozenset[str]
    appeal_verbs: frozenset[str]
    particle_governors: dict[str, frozenset[str]]
    demand_verbs: frozenset[str]
    command_verbs: frozenset[str]
    demand_clause_verbs: frozenset[str]
    threat_verbs: frozenset[str]
    consider_verbs: frozenset[str]
    governor_nouns: dict[str, str]
    modal_words: frozenset[str]
    future_words: frozenset[str]
    obligation_words: frozenset[str]
    negation_words: frozenset[str]
    conditional_marks: frozenset[str]
    ruled_out_phrases: tuple[str, ...]
    transforms: dict[str, dict[str, str]]
    files: tuple[Path, ...]
    place_source_roots: frozenset[str] = frozenset()
    min_confidence: float = 0.0
    naming_verbs: frozenset[str] = frozenset()
    criticism_words: frozenset[str] = frozenset()
    praise_words: frozenset[str] = frozenset()
    criticism_verbs: frozenset[str] = frozenset()
    criticism_code: str = "111"
    praise_code: str = "051"
    non_speakers: frozenset[str] = frozenset()
    arrival_verbs: frozenset[str] = frozenset()
    cargo_verbs: frozenset[str] = frozenset()
    cargo_codes: dict[str, str] | None = None
    historical_markers: tuple[str, ...] = ()
    media_nouns: frozenset[str] = frozenset()
    clause_attitude_codes: tuple[str, ...] = ()

    @classmethod
    def default(cls) -> Rules:
        return _default_rules()

    @classmethod
    def load(cls, roles_path: str | Path, policies_path: str | Path) -> Rules:
        roles = _read_yaml(Path(roles_path))
        policies = _read_yaml(Path(policies_path))
        unknown = sorted(set(policies) - POLICY_KEYS)
        if unknown:
            raise InputError(f"{policies_path}: unknown field {unknown[0]!r} (known: "
                             f"{', '.join(sorted(POLICY_KEYS))})")
        data = {**roles, **policies}
        try:
            return cls(
                source_deps=frozenset(data["source_deps"]),
                passive_subject_deps=frozenset(data["passive_subject_deps"]),
                agent_deps=frozenset(data["agent_deps"]),
                target_deps=tuple(data["target_deps"]),
                target_preps=tuple(data["target_preps"]),
                non_target_preps=frozenset(data["non_target_preps"]),
                noun_source_deps=frozenset(data["noun_source_deps"]),
                location_preps=frozenset(data["location_preps"]),
                place_target_roots=frozenset(str(r) for r in data.get("place_target_roots", ())),
                generic_codes=frozenset(str(r) for r in data.get("generic_codes", ())),
                place_source_roots=frozenset(str(r) for r in data.get("place_source_roots", ())),
                document_nouns=frozenset(data["document_nouns"]),
                symmetric_lemmas=frozenset(data["symmetric_lemmas"]),
                pair_phrases=tuple(p.lower() for p in data["pair_phrases"]),
                pronouns={k: tuple(v) for k, v in data["pronouns"].items()},
                speech_verbs=frozenset(data["speech_verbs"]),
                speech_code=str(data["speech_code"]),
                cognition_verbs=frozenset(data["cognition_verbs"]),
                addressee_object_verbs=frozenset(data["addressee_object_verbs"]),
                phone_words=frozenset(data["phone_words"]),
                phone_code=str(data["phone_code"]),
                claim_verbs=frozenset(data["claim_verbs"]),
                claim_code=str(data["claim_code"]),
                intent_verbs=frozenset(data["intent_verbs"]),
                attempt_verbs=frozenset(data["attempt_verbs"]),
                refuse_verbs=frozenset(data["refuse_verbs"]),
                appeal_verbs=frozenset(data["appeal_verbs"]),
                particle_governors={str(k): frozenset(str(p) for p in v)
                                    for k, v in data["particle_governors"].items()},
                demand_verbs=frozenset(data["demand_verbs"]),
                command_verbs=frozenset(data["command_verbs"]),
                demand_clause_verbs=frozenset(data["demand_clause_verbs"]),
                threat_verbs=frozenset(data["threat_verbs"]),
                consider_verbs=frozenset(data["consider_verbs"]),
                governor_nouns={str(k): str(v) for k, v in data["governor_nouns"].items()},
                modal_words=frozenset(data["modal_words"]),
                future_words=frozenset(data["future_words"]),
                obligation_words=frozenset(data["obligation_words"]),
                negation_words=frozenset(data["negation_words"]),
                conditional_marks=frozenset(data["conditional_marks"]),
                ruled_out_phrases=tuple(str(p).lower() for p in data["ruled_out_phrases"]),
                transforms={name: {str(k): str(v) for k, v in data[name].items()}
                            for name in TRANSFORMS},
                min_confidence=_unit_float(data["min_confidence"], policies_path,
                                           "min_confidence"),
                naming_verbs=frozenset(data["naming_verbs"]),
                criticism_words=frozenset(w.lower() for w in data["criticism_words"]),
                praise_words=frozenset(w.lower() for w in data["praise_words"]),
                criticism_verbs=frozenset(data["criticism_verbs"]),
                criticism_code=str(data["criticism_code"]),
                praise_code=str(data["praise_code"]),
                non_speakers=frozenset(data["non_speakers"]),
                arrival_verbs=frozenset(data["arrival_verbs"]),
                cargo_verbs=frozenset(data["cargo_verbs"]),
                cargo_codes={str(k).lower(): str(v) for k, v in data["cargo_codes"].items()},
                historical_markers=_patterns(data["historical_markers"], policies_path),
                media_nouns=frozenset(data["media_nouns"]),
                clause_attitude_codes=tuple(str(c) for c in data["clause_attitude_codes"]),
                files=(Path(roles_path), Path(policies_path)),
            )
        except KeyError as exc:
            raise InputError(f"{roles_path} / {policies_path}: missing field {exc}") from exc

    @property
    def governor_verbs(self) -> frozenset[str]:
        """Verbs that turn the event they govern into their own code."""
        return (self.intent_verbs | self.attempt_verbs | self.refuse_verbs | self.appeal_verbs
                | self.demand_verbs | self.command_verbs | self.threat_verbs
                | self.consider_verbs)

    def verbs(self) -> frozenset[str]:
        """Every verb the policies name (speech, governors, naming, judging, obligation)."""
        return self.governor_verbs | self.speech_verbs | self.naming_verbs \
            | self.criticism_verbs | self.cargo_verbs | {"need", "have", "ought", "be"}

    def transform(self, name: str, code: str) -> str | None:
        """The `name` transform of `code` ("intent" of "0872" is "0356"); None = drop."""
        table = self.transforms[name]
        best = max((p for p in table if code.startswith(p)), key=len, default=None)
        if best is None:
            return None
        result = table[best]
        if result == DROP:
            return None
        return code if result == KEEP else result


def _patterns(values: Any, path: str | Path) -> tuple[str, ...]:
    import re

    for value in values:
        try:
            re.compile(value)
        except re.error as exc:
            raise InputError(f"{path}: historical_markers: bad pattern {value!r} ({exc})") \
                from None
    return tuple(values)


def _unit_float(value: Any, path: str | Path, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise InputError(f"{path}: field {name!r} must be a number in 0..1, not {value!r}")
    return float(value)


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: cannot read rules ({exc})") from exc
    if not isinstance(data, dict):
        raise InputError(f"{path}: expected a mapping of rule names")
    for name, value in data.items():
        words = value if isinstance(value, list) else []
        bad = [w for w in words if not isinstance(w, str)]
        if bad:  # YAML reads a bare on / no / yes as a boolean: quote such words
            raise InputError(f"{path}: field {name!r} holds {bad[0]!r}, not a word "
                             "(quote words like \"on\" and \"no\")")
    return data


@lru_cache(maxsize=1)
def _default_rules() -> Rules:
    return Rules.load(LEXICON_DIR / "roles.yaml", LEXICON_DIR / "policies.yaml")
