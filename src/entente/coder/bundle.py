"""The coder's language data as one bundle, read and checked once.

Four files under `data/lexicon/` hold what the coder knows about English: `triggers.tsv`
(trigger words and their CAMEO codes), `irregular_verbs.tsv` (inflections), `roles.yaml`
(where source and target sit in the parse, the word lists that decide what heads an actor)
and `policies.yaml` (speech, modality, negation, governor verbs, code transforms).
`LanguageBundle.load` reads them into frozen typed objects, a `Lexicon` (the TSV files) and
`Rules` (the YAML files), which the frame finder and the policies take. Every key the coder
reads is required, any other key is an error, and both name the file and the key.

Users replace a file (`LanguageBundle.load(roles="my_roles.yaml")`) or extend the bundle
with files of their own (`bundle.extend("mine.yaml")`, `bundle.extend("mine.tsv")`). A user
YAML file holds any of the known keys: its word lists are added to the bundled ones, its
mappings are merged (its entries win) and its single values replace the bundled ones. A
user TSV file adds trigger rows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from .lexicon import IRREGULAR_FILE, LEXICON_DIR, TRIGGER_FILE, Lexicon, verb_forms

ROLES_FILE = LEXICON_DIR / "roles.yaml"
POLICIES_FILE = LEXICON_DIR / "policies.yaml"
TRANSFORMS = ("intent", "future", "reject", "demand", "appeal", "threat", "consider", "attempt",
              "command", "cease", "accord")
DROP = "-"
KEEP = "="
#: libyaml's safe loader when PyYAML has it (the same data, several times faster to read)
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Where = str | Path
Convert = Callable[[Any, str], Any]


def _words(value: Any, where: str) -> frozenset[str]:
    return frozenset(_list(value, where))


def _lower_words(value: Any, where: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _list(value, where))


def _verb_inflections(value: Any, where: str) -> frozenset[str]:
    """Verbs and their regular forms: the small model leaves some participles unlemmatised
    ("informed")."""
    return frozenset(f for w in _lower_words(value, where) for f in verb_forms(w, {}))


def _ordered(value: Any, where: str) -> tuple[str, ...]:
    return tuple(_list(value, where))


def _lower_ordered(value: Any, where: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _list(value, where))


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise InputError(f"{where} must be a code or a word, not {value!r}")
    return str(value)


def _text_map(value: Any, where: str) -> dict[str, str]:
    return {str(k): _text(v, f"{where}.{k}") for k, v in _mapping(value, where).items()}


def _lower_text_map(value: Any, where: str) -> dict[str, str]:
    return {str(k).lower(): _text(v, f"{where}.{k}") for k, v in _mapping(value, where).items()}


def _word_sets(value: Any, where: str) -> dict[str, frozenset[str]]:
    return {str(k): _words(v, f"{where}.{k}") for k, v in _mapping(value, where).items()}


def _word_lists(value: Any, where: str) -> dict[str, tuple[str, ...]]:
    return {str(k): _ordered(v, f"{where}.{k}") for k, v in _mapping(value, where).items()}


def _unit(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise InputError(f"{where} must be a number in 0..1, not {value!r}")
    return float(value)


def _count(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InputError(f"{where} must be a whole number >= 0, not {value!r}")
    return value


def _patterns(value: Any, where: str) -> tuple[str, ...]:
    patterns = _ordered(value, where)
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise InputError(f"{where}: bad pattern {pattern!r} ({exc})") from None
    return patterns


def _list(value: Any, where: str) -> list[str]:
    if not isinstance(value, list):
        raise InputError(f"{where} must be a list of words, not {value!r}")
    bad = [w for w in value if not isinstance(w, str)]
    if bad:  # YAML reads a bare on / no / yes as a boolean: quote such words
        raise InputError(f"{where} holds {bad[0]!r}, not a word "
                         "(quote words like \"on\" and \"no\")")
    return value


def _mapping(value: Any, where: str) -> dict[Any, Any]:
    if not isinstance(value, dict):
        raise InputError(f"{where} must be a mapping, not {value!r}")
    return value


#: roles.yaml: every key and how its value is read (each is required; any other is an error).
ROLE_SCHEMA: dict[str, Convert] = {
    "source_deps": _words, "passive_subject_deps": _words, "agent_deps": _words,
    "summoning_verbs": _lower_words, "summoning_offices": _lower_words,
    "target_deps": _ordered, "target_preps": _ordered, "noun_source_deps": _words,
    "pair_phrases": _lower_ordered, "pair_heads": _lower_words,
    "pair_state_heads": _lower_words, "location_preps": _words,
    "place_target_roots": _words, "place_source_roots": _words, "seat_voiced_codes": _ordered,
    "generic_codes": _words,
    "symmetric_lemmas": _words, "fighting_lemmas": _lower_words,
    "pronouns": _word_lists, "plural_pronouns": _lower_words,
    "gendered_words": _lower_text_map,
    "first_person": _lower_words,
    "impersonal_words": _lower_words,
    "plural_possessives": _lower_words,
    "document_nouns": _words, "withholding_verbs": _lower_words, "record_nouns": _lower_words,
    "content_nouns": _lower_words, "people_nouns": _lower_words,
    "origin_verbs": _lower_words, "adjective_participles": _lower_words,
    "attributive_adverbs": _lower_words,
    "envoy_posting_roles": _lower_text_map,
    "thing_free_roots": _lower_words, "joint_modifiers": _lower_words,
    "forum_codes": _words, "forums": _words, "naming_verbs": _lower_words,
    "about_preps": _lower_words,
    "actor_nouns": _lower_words, "relation_nouns": _lower_words,
    "thing_target_roots": _lower_words, "origin_target_roots": _lower_words,
    "maker_words": _lower_words,
    "owned_object_roots": _lower_words, "struck_thing_roots": _words, "act_nouns": _lower_words,
    "removal_lemmas": _lower_words,
    "doer_adjectives": _lower_words,
    "giving_back_lemmas": _verb_inflections, "taking_lemmas": _verb_inflections,
    "water_words": _lower_words, "state_nouns": _lower_words, "time_names": _lower_words,
    "state_set_nouns": _lower_words, "other_party_modifiers": _lower_words,
    "related_party_nouns": _lower_words, "exchange_lemmas": _lower_words,
    "own_people_nouns": _lower_words,
    "measure_nouns": _lower_words, "flow_nouns": _lower_words,
    "object_control_verbs": _lower_words,
    "cause_nouns": _lower_words, "denied_roles": _lower_words,
    "custody_participles": _lower_words,
    "maker_participles": _lower_words,
    "ascribing_participles": _lower_text_map, "telling_verbs": _verb_inflections,
    "support_verbs": _lower_words,
    "charge_verbs": _lower_words, "charge_preps": _word_lists,
    "blamed_party_preps": _word_lists,
    "receiving_verbs": _lower_words,
    "receipt_codes": _lower_text_map, "site_target_roots": _lower_words,
    "site_preps": _lower_words, "reaction_roots": _lower_words, "judging_codes": _ordered,
    "told_deeds": _word_lists, "told_deed_nouns": _lower_text_map, "deed_makers": _word_sets,
    "authored_nouns": _lower_words,
    "speechless_nouns": _lower_words, "speaker_acts": _lower_words,
    "definite_determiners": _lower_words, "deed_lookback": _count,
    "subject_lookback": _count,
    "retaliation_words": _lower_words, "retaliated_roots": _words,
    "yielding_roots": _words, "pressing_roots": _words, "two_sided_deeds": _words,
    "addressing_roots": _words,
    "toll_verbs": _lower_words, "toll_roots": _words, "several_states_heads": _lower_words,
    "denied_roots": _words, "counterpart_codes": _words,
    "deed_pronouns": _lower_words, "echo_adverbs": _lower_words,
    "gerund_preps": _lower_words, "impact_verbs": _lower_words, "armed_senses": _lower_text_map,
    "under_verbs": _lower_words, "figurative_under": _lower_text_map,
    "standing_under_verbs": _lower_words, "definite_senses": _lower_text_map,
    "armed_nouns": _lower_words, "support_nouns": _lower_words, "force_roots": _lower_words,
    "common_cause_roots": _lower_words,
    "frontier_nouns": _lower_words, "frontier_codes": _text_map,
    "beside_links": _lower_text_map,
    "common_front_roots": _lower_words, "opposed_preps": _lower_words,
    "letter_verbs": _lower_words, "letter_nouns": _lower_words,
    "speech_occasions": _lower_words, "standing_auxiliaries": _lower_words,
    "small_clause_verbs": _lower_words, "rank_words": _lower_words,
    "member_links": _lower_words, "seated_bodies": _lower_words,
    "placeless_violence": _lower_words,
    "writing_verbs": _lower_words,
    "own_state_clause_roots": _lower_words, "own_side_roots": _words,
    "own_side_sectors": _words,
    "leader_nouns": _lower_words, "staff_nouns": _lower_words,
    "representing_nouns": _lower_words, "owner_asked_roots": _words,
    "owner_received_roots": _words,
    "occasion_preps": _lower_words, "inclusion_verbs": _lower_words,
    "home_ground_roots": _lower_words, "traveller_codes": _words, "mirrored_codes": _text_map,
    "topic_verbs": _lower_words, "topic_preps": _lower_words, "journey_stops": _lower_words,
    "courtesy_calls": _lower_text_map, "guest_codes": _lower_text_map,
    "ordered_out_codes": _text_map, "verb_idioms": _lower_text_map,
    "hosting_verbs": _lower_words, "guest_sectors": _words, "instrument_nouns": _lower_words,
    "population_counts": _lower_words, "aiming_participles": _lower_words,
    "verb_families": _word_lists, "object_classes": _word_lists,
    "sequence_preps": _lower_words, "answered_roots": _words,
    "bound_possessives": _lower_text_map, "self_pronouns": _lower_words,
    "honorifics": _words,
    "state_noun_fits": _word_sets,
    "addressed_roots": _lower_words, "partner_roots": _lower_words,
    "where_place_roots": _lower_words,
    "addressing_verbs": _lower_words, "shared_own_roots": _words,
    "purpose_target_verbs": _lower_words, "purpose_target_roots": _words,
    "purpose_beneficiary_verbs": _lower_words, "purpose_beneficiary_roots": _words,
    "purpose_beneficiary_preps": _lower_words, "done_before_preps": _lower_words,
    "done_before_verbs": _lower_words,
    "relative_place_nouns": _lower_words, "place_relation_words": _lower_words,
    "truce_nouns": _lower_words, "launching_verbs": _lower_words,
    "relative_place_roots": _words, "complaint_roots": _words,
    "mission_nouns": _lower_words, "mission_place_roots": _words,
    "agreed_place_nouns": _lower_words, "agreed_place_roots": _words,
    "backer_participles": _lower_words, "go_between_participles": _lower_words,
    "harm_verbs": _lower_words, "dying_verbs": _lower_words, "harm_preps": _lower_words,
    "doer_participles": _lower_words, "mediation_codes": _words,
    "natural_forces": _lower_words, "sport_words": _lower_words, "team_nouns": _lower_words,
    "reason_nouns": _lower_words,
    "posture_preps": _lower_words, "crime_sectors": _words,
    "addressee_preps": _lower_words,
    "backstop_roots": _words, "backstop_target_preps": _lower_words,
    "backstop_source_preps": _lower_words, "backstop_blocking_flags": _words,
    "backstop_participle_deps": _words, "affecting_participles": _lower_words,
    "backstop_passive_roots": _words, "standing_tie_verbs": _lower_words,
    "overseeing_verbs": _lower_words, "conflict_party_nouns": _lower_words,
    "conflict_nouns": _lower_words,
    "collective_people_nouns": _words,
    "pair_blocs": _word_sets, "ruler_nouns": _text_map, "body_nouns": _word_lists,
    "body_noun_codes": _word_lists,
    "institution_titles": _word_lists,
    "named_place_nouns": _lower_words, "whole_prefixes": _lower_ordered,
    "misread_name_particles": _lower_words,
    "crowd_measures": _lower_words, "public_spaces": _lower_words,
    "home_sectors": _words, "definite_pair_heads": _lower_words, "home_sector_words": _lower_words,
    "owner_target_roots": _words, "contact_roots": _words,
    "host_place_nouns": _lower_words, "backed_cause_roots": _words,
    "suffered_act_roots": _words,
    "undergone_nouns": _lower_words,
}
#: policies.yaml: every key and how its value is read (each is required; any other is an error).
POLICY_SCHEMA: dict[str, Convert] = {
    "min_confidence": _unit, "speech_verbs": _words, "speech_code": _text,
    "non_speakers": _words, "naming_verbs": _words, "criticism_words": _lower_words,
    "praise_words": _lower_words, "criticism_verbs": _words, "criticism_code": _text,
    "verdict_kinds": _lower_words, "criticism_idioms": _lower_words,
    "violated_spaces": _lower_words,
    "praise_code": _text, "arrival_verbs": _words, "cargo_verbs": _words,
    "carrier_nouns": _words, "sending_verbs": _words,
    "cargo_codes": _lower_text_map, "historical_markers": _patterns,
    "background_gaps": _lower_words, "official_protest_code": _text,
    "spoken_protest_verbs": _lower_words,
    "official_boycott_code": _text,
    "background_markers": _patterns, "perfect_markers": _patterns, "dated_nouns": _lower_words,
    "cause_preps": _lower_words, "reaction_verbs": _lower_words, "setting_preps": _lower_words,
    "time_clause_marks": _lower_text_map,
    "cognition_verbs": _words, "forecaster_nouns": _words, "media_nouns": _words,
    "press_free_roots": _words,
    "clause_attitude_codes": _ordered,
    "happening_nouns": _lower_words, "pessimism_code": _text,
    "telling_codes": _ordered, "spoken_act_codes": _ordered, "advising_verbs": _lower_words,
    "peacekeeping_words": _lower_words, "peacekeeping_code": _text,
    "peacekeeping_recoded": _ordered, "body_leaving_codes": _lower_text_map,
    "addressee_object_verbs": _words, "phone_words": _words, "phone_code": _text,
    "phone_purpose_verbs": _words,
    "claim_verbs": _words, "claim_code": _text,
    "accord_verbs": _words, "accord_base_code": _text, "accord_view_code": _text,
    "sequence_adverbs": _lower_words,
    "intent_verbs": _words,
    "attempt_verbs": _words, "refuse_verbs": _words, "appeal_verbs": _words,
    "particle_governors": _word_sets, "demand_verbs": _words, "command_verbs": _words,
    "expecting_verbs": _words,
    "deadline_verbs": _lower_words, "deadline_words": _lower_words, "deadline_code": _text,
    "refused_words": _text_map,
    "demand_clause_verbs": _words, "mandative_verbs": _words, "wanting_verbs": _words,
    "consider_verbs": _words,
    "partnering_verbs": _words,
    "governor_nouns": _text_map, "proposal_answers": _words,
    "threat_verbs": _words, "warning_cause_preps": _lower_words, "modal_words": _words,
    "counterfactual_modals": _words, "likelihood_words": _words,
    "unrealised_words": _lower_words,
    "enabling_verbs": _words, "aim_verbs": _words,
    "plan_nouns": _lower_words, "future_words": _words,
    "expectation_words": _lower_words,
    "obligation_words": _words, "necessity_words": _lower_words,
    "obligation_verbs": _words, "negation_words": _words,
    "verdict_negators": _words,
    "nobody_words": _lower_words,
    "pressure_preps": _lower_words, "pressure_nouns": _lower_words,
    "conditional_marks": _words, "conditional_nouns": _lower_words,
    "protest_addressee_preps": _lower_words,
    "protest_grievance_preps": _lower_words, "protest_place_preps": _lower_words,
    "announcing_verbs": _words, "own_course_verbs": _words, "own_course_codes": _ordered,
    "announced_measure_codes": _ordered, "agreeing_verbs": _words,
    "preventing_verbs": _words, "mishap_verbs": _words, "means_verbs": _words,
    "joining_verbs": _words,
    "rally_roots": _words,
    "agent_of_nouns": _lower_words, "appeal_addressee_preps": _lower_words,
    "cessation_verbs": _words, "reversal_verbs": _words, "blame_words": _word_lists,
    "burdens": _word_lists, "lying_verbs": _words,
    "falsehood_words": _lower_words, "accusation_code": _text, "standing_nouns": _lower_words,
    "deny_verbs": _words, "deny_code": _text, "claimant_code": _text, "claiming_verbs": _words,
    "charge_nouns": _lower_words, "forecast_words": _words, "foreseeing_words": _words,
    "inability_words": _lower_words, "ability_words": _lower_words,
    "speculation_nouns": _lower_words,
    "judging_links": _words, "conduct_verbs": _words, "evidence_verbs": _words,
    "verbless_report_verbs": _words,
    "verdict_object_verbs": _words,
    "drawing_verbs": _words, "drawn_reactions": _lower_text_map,
    "reaction_receipts": _lower_text_map,
    "bare_reactions": _lower_words, "responding_verbs": _words,
    "reaction_amounts": _lower_words, "referring_verbs": _lower_words,
    "reaction_preps": _lower_words, "breach_nouns": _lower_words,
    "hostile_manner_words": _lower_words,
    "foretelling_words": _lower_words, "readiness_words": _lower_words,
    "threatened_fates": _word_lists, "answering_verbs": _word_lists,
    "answered_preps": _lower_words, "warning_code": _text,
    "answered_acts": _lower_words, "answering_manners": _lower_words,
    "welcoming_manners": _lower_words, "inverted_condition_auxes": _lower_words,
    "pledge_keeping_verbs": _words, "pledge_nouns": _words,
    "conditional_answer_verbs": _word_lists,
    "unhesitating_verbs": _words, "subversion_verbs": _words,
    "vowing_verbs": _words, "causative_verbs": _words, "intolerance_verbs": _words,
    "ruled_out_phrases": _lower_ordered, **dict.fromkeys(TRANSFORMS, _text_map),
}
SCHEMA: dict[str, Convert] = {**ROLE_SCHEMA, **POLICY_SCHEMA}


#: ids of word lists -> (those lists, their union), for `joined` (the lists are held so
#: that no id is reused while its entry lives)
_JOINED: dict[tuple[int, ...], tuple[tuple[frozenset[str], ...], frozenset[str]]] = {}


def joined(*lists: frozenset[str]) -> frozenset[str]:
    """The words of several word lists of the rules together (`joined(rules.people_nouns,
    rules.actor_nouns)`), joined once: the rules ask for the same few unions for every
    frame and token, and joining lists of hundreds of words each time was a share of the
    coder's time. (The lists are frozen: a union stays right as long as they live.)"""
    key = tuple(map(id, lists))
    held = _JOINED.get(key)
    if held is None:
        held = _JOINED[key] = (lists, frozenset().union(*lists))
    return held[1]


@dataclass(slots=True, frozen=True)
class Rules:
    """Role patterns (roles.yaml) and coding policies (policies.yaml), one field a key."""

    # roles.yaml: where roles sit in the parse
    source_deps: frozenset[str]
    summoning_verbs: frozenset[str]
    summoning_offices: frozenset[str]
    passive_subject_deps: frozenset[str]
    agent_deps: frozenset[str]
    target_deps: tuple[str, ...]
    target_preps: tuple[str, ...]
    noun_source_deps: frozenset[str]
    pair_phrases: tuple[str, ...]
    pair_heads: frozenset[str]
    pair_state_heads: frozenset[str]
    location_preps: frozenset[str]
    place_target_roots: frozenset[str]
    place_source_roots: frozenset[str]
    seat_voiced_codes: tuple[str, ...]
    generic_codes: frozenset[str]
    symmetric_lemmas: frozenset[str]
    fighting_lemmas: frozenset[str]
    pronouns: dict[str, tuple[str, ...]]
    gendered_words: dict[str, str]
    impersonal_words: frozenset[str]
    plural_pronouns: frozenset[str]
    first_person: frozenset[str]
    plural_possessives: frozenset[str]
    bound_possessives: dict[str, str]
    self_pronouns: frozenset[str]
    honorifics: frozenset[str]
    state_noun_fits: dict[str, frozenset[str]]
    document_nouns: frozenset[str]
    record_nouns: frozenset[str]
    withholding_verbs: frozenset[str]
    # roles.yaml: what heads an actor, what a role phrase stands for
    content_nouns: frozenset[str]
    people_nouns: frozenset[str]
    origin_verbs: frozenset[str]
    adjective_participles: frozenset[str]
    attributive_adverbs: frozenset[str]
    envoy_posting_roles: dict[str, str]
    thing_free_roots: frozenset[str]
    forum_codes: frozenset[str]
    forums: frozenset[str]
    about_preps: frozenset[str]
    naming_verbs: frozenset[str]
    joint_modifiers: frozenset[str]
    actor_nouns: frozenset[str]
    relation_nouns: frozenset[str]
    thing_target_roots: frozenset[str]
    origin_target_roots: frozenset[str]
    maker_words: frozenset[str]
    owned_object_roots: frozenset[str]
    struck_thing_roots: frozenset[str]
    act_nouns: frozenset[str]
    removal_lemmas: frozenset[str]
    doer_adjectives: frozenset[str]
    giving_back_lemmas: frozenset[str]
    taking_lemmas: frozenset[str]
    water_words: frozenset[str]
    state_nouns: frozenset[str]
    time_names: frozenset[str]
    state_set_nouns: frozenset[str]
    other_party_modifiers: frozenset[str]
    related_party_nouns: frozenset[str]
    own_people_nouns: frozenset[str]
    exchange_lemmas: frozenset[str]
    measure_nouns: frozenset[str]
    flow_nouns: frozenset[str]
    cause_nouns: frozenset[str]
    denied_roles: frozenset[str]
    custody_participles: frozenset[str]
    ascribing_participles: dict[str, str]
    maker_participles: frozenset[str]
    telling_verbs: frozenset[str]
    support_verbs: frozenset[str]
    object_control_verbs: frozenset[str]
    charge_verbs: frozenset[str]
    charge_preps: dict[str, tuple[str, ...]]
    blamed_party_preps: dict[str, tuple[str, ...]]
    receiving_verbs: frozenset[str]
    receipt_codes: dict[str, str]
    site_target_roots: frozenset[str]
    site_preps: frozenset[str]
    reaction_roots: frozenset[str]
    judging_codes: tuple[str, ...]
    told_deeds: dict[str, tuple[str, ...]]
    told_deed_nouns: dict[str, str]
    deed_makers: dict[str, frozenset[str]]
    authored_nouns: frozenset[str]
    speechless_nouns: frozenset[str]
    speaker_acts: frozenset[str]
    definite_determiners: frozenset[str]
    deed_lookback: int
    subject_lookback: int
    retaliation_words: frozenset[str]
    toll_verbs: frozenset[str]
    toll_roots: frozenset[str]
    several_states_heads: frozenset[str]
    denied_roots: frozenset[str]
    counterpart_codes: frozenset[str]
    retaliated_roots: frozenset[str]
    yielding_roots: frozenset[str]
    two_sided_deeds: frozenset[str]
    addressing_roots: frozenset[str]
    pressing_roots: frozenset[str]
    deed_pronouns: frozenset[str]
    echo_adverbs: frozenset[str]
    gerund_preps: frozenset[str]
    impact_verbs: frozenset[str]
    armed_senses: dict[str, str]
    under_verbs: frozenset[str]
    figurative_under: dict[str, str]
    standing_under_verbs: frozenset[str]
    definite_senses: dict[str, str]
    armed_nouns: frozenset[str]
    support_nouns: frozenset[str]
    force_roots: frozenset[str]
    common_cause_roots: frozenset[str]
    beside_links: dict[str, str]
    frontier_nouns: frozenset[str]
    frontier_codes: dict[str, str]
    common_front_roots: frozenset[str]
    opposed_preps: frozenset[str]
    letter_verbs: frozenset[str]
    letter_nouns: frozenset[str]
    speech_occasions: frozenset[str]
    standing_auxiliaries: frozenset[str]
    small_clause_verbs: frozenset[str]
    rank_words: frozenset[str]
    member_links: frozenset[str]
    seated_bodies: frozenset[str]
    placeless_violence: frozenset[str]
    writing_verbs: frozenset[str]
    own_side_roots: frozenset[str]
    own_side_sectors: frozenset[str]
    own_state_clause_roots: frozenset[str]
    leader_nouns: frozenset[str]
    staff_nouns: frozenset[str]
    representing_nouns: frozenset[str]
    owner_asked_roots: frozenset[str]
    owner_received_roots: frozenset[str]
    occasion_preps: frozenset[str]
    inclusion_verbs: frozenset[str]
    home_ground_roots: frozenset[str]
    traveller_codes: frozenset[str]
    mirrored_codes: dict[str, str]
    topic_verbs: frozenset[str]
    topic_preps: frozenset[str]
    journey_stops: frozenset[str]
    courtesy_calls: dict[str, str]
    guest_codes: dict[str, str]
    ordered_out_codes: dict[str, str]
    verb_idioms: dict[str, str]
    hosting_verbs: frozenset[str]
    guest_sectors: frozenset[str]
    population_counts: frozenset[str]
    aiming_participles: frozenset[str]
    instrument_nouns: frozenset[str]
    verb_families: dict[str, tuple[str, ...]]
    object_classes: dict[str, tuple[str, ...]]
    sequence_preps: frozenset[str]
    answered_roots: frozenset[str]
    addressed_roots: frozenset[str]
    partner_roots: frozenset[str]
    where_place_roots: frozenset[str]
    addressing_verbs: frozenset[str]
    shared_own_roots: frozenset[str]
    purpose_target_verbs: frozenset[str]
    purpose_target_roots: frozenset[str]
    purpose_beneficiary_verbs: frozenset[str]
    purpose_beneficiary_roots: frozenset[str]
    purpose_beneficiary_preps: frozenset[str]
    done_before_preps: frozenset[str]
    done_before_verbs: frozenset[str]
    relative_place_nouns: frozenset[str]
    truce_nouns: frozenset[str]
    launching_verbs: frozenset[str]
    place_relation_words: frozenset[str]
    relative_place_roots: frozenset[str]
    mission_nouns: frozenset[str]
    mission_place_roots: frozenset[str]
    agreed_place_nouns: frozenset[str]
    agreed_place_roots: frozenset[str]
    complaint_roots: frozenset[str]
    backer_participles: frozenset[str]
    go_between_participles: frozenset[str]
    harm_verbs: frozenset[str]
    dying_verbs: frozenset[str]
    harm_preps: frozenset[str]
    doer_participles: frozenset[str]
    mediation_codes: frozenset[str]
    natural_forces: frozenset[str]
    sport_words: frozenset[str]
    team_nouns: frozenset[str]
    reason_nouns: frozenset[str]
    posture_preps: frozenset[str]
    crime_sectors: frozenset[str]
    standing_tie_verbs: frozenset[str]
    overseeing_verbs: frozenset[str]
    conflict_party_nouns: frozenset[str]
    conflict_nouns: frozenset[str]
    pair_blocs: dict[str, frozenset[str]]
    collective_people_nouns: frozenset[str]
    ruler_nouns: dict[str, str]
    body_nouns: dict[str, tuple[str, ...]]
    body_noun_codes: dict[str, tuple[str, ...]]
    institution_titles: dict[str, tuple[str, ...]]
    named_place_nouns: frozenset[str]
    whole_prefixes: tuple[str, ...]
    misread_name_particles: frozenset[str]
    crowd_measures: frozenset[str]
    public_spaces: frozenset[str]
    home_sectors: frozenset[str]
    definite_pair_heads: frozenset[str]
    home_sector_words: frozenset[str]
    owner_target_roots: frozenset[str]
    backed_cause_roots: frozenset[str]
    suffered_act_roots: frozenset[str]
    contact_roots: frozenset[str]
    host_place_nouns: frozenset[str]
    undergone_nouns: frozenset[str]
    addressee_preps: frozenset[str]
    backstop_roots: frozenset[str]
    backstop_target_preps: frozenset[str]
    backstop_source_preps: frozenset[str]
    backstop_blocking_flags: frozenset[str]
    backstop_participle_deps: frozenset[str]
    affecting_participles: frozenset[str]
    backstop_passive_roots: frozenset[str]
    # policies.yaml
    min_confidence: float
    speech_verbs: frozenset[str]
    speech_code: str
    non_speakers: frozenset[str]
    naming_verbs: frozenset[str]
    criticism_words: frozenset[str]
    praise_words: frozenset[str]
    verdict_kinds: frozenset[str]
    criticism_idioms: frozenset[str]
    criticism_verbs: frozenset[str]
    violated_spaces: frozenset[str]
    criticism_code: str
    praise_code: str
    arrival_verbs: frozenset[str]
    sending_verbs: frozenset[str]
    carrier_nouns: frozenset[str]
    cargo_verbs: frozenset[str]
    cargo_codes: dict[str, str]
    historical_markers: tuple[str, ...]
    background_gaps: frozenset[str]
    background_markers: tuple[str, ...]
    perfect_markers: tuple[str, ...]
    dated_nouns: frozenset[str]
    cause_preps: frozenset[str]
    reaction_verbs: frozenset[str]
    setting_preps: frozenset[str]
    time_clause_marks: dict[str, str]
    official_protest_code: str
    spoken_protest_verbs: frozenset[str]
    official_boycott_code: str
    cognition_verbs: frozenset[str]
    forecaster_nouns: frozenset[str]
    media_nouns: frozenset[str]
    press_free_roots: frozenset[str]
    clause_attitude_codes: tuple[str, ...]
    happening_nouns: frozenset[str]
    pessimism_code: str
    telling_codes: tuple[str, ...]
    spoken_act_codes: tuple[str, ...]
    advising_verbs: frozenset[str]
    peacekeeping_words: frozenset[str]
    peacekeeping_code: str
    peacekeeping_recoded: tuple[str, ...]
    body_leaving_codes: dict[str, str]
    addressee_object_verbs: frozenset[str]
    phone_words: frozenset[str]
    phone_code: str
    phone_purpose_verbs: frozenset[str]
    claim_verbs: frozenset[str]
    claim_code: str
    accord_verbs: frozenset[str]
    accord_base_code: str
    accord_view_code: str
    sequence_adverbs: frozenset[str]
    intent_verbs: frozenset[str]
    attempt_verbs: frozenset[str]
    refuse_verbs: frozenset[str]
    appeal_verbs: frozenset[str]
    particle_governors: dict[str, frozenset[str]]
    demand_verbs: frozenset[str]
    expecting_verbs: frozenset[str]
    command_verbs: frozenset[str]
    deadline_verbs: frozenset[str]
    deadline_words: frozenset[str]
    deadline_code: str
    refused_words: dict[str, str]
    demand_clause_verbs: frozenset[str]
    mandative_verbs: frozenset[str]
    wanting_verbs: frozenset[str]
    consider_verbs: frozenset[str]
    partnering_verbs: frozenset[str]
    governor_nouns: dict[str, str]
    proposal_answers: frozenset[str]
    threat_verbs: frozenset[str]
    warning_cause_preps: frozenset[str]
    modal_words: frozenset[str]
    likelihood_words: frozenset[str]
    counterfactual_modals: frozenset[str]
    unrealised_words: frozenset[str]
    enabling_verbs: frozenset[str]
    aim_verbs: frozenset[str]
    plan_nouns: frozenset[str]
    future_words: frozenset[str]
    expectation_words: frozenset[str]
    necessity_words: frozenset[str]
    obligation_words: frozenset[str]
    obligation_verbs: frozenset[str]
    negation_words: frozenset[str]
    verdict_negators: frozenset[str]
    nobody_words: frozenset[str]
    pressure_preps: frozenset[str]
    pressure_nouns: frozenset[str]
    conditional_marks: frozenset[str]
    conditional_nouns: frozenset[str]
    protest_addressee_preps: frozenset[str]
    protest_grievance_preps: frozenset[str]
    protest_place_preps: frozenset[str]
    announcing_verbs: frozenset[str]
    own_course_verbs: frozenset[str]
    own_course_codes: tuple[str, ...]
    agreeing_verbs: frozenset[str]
    preventing_verbs: frozenset[str]
    mishap_verbs: frozenset[str]
    means_verbs: frozenset[str]
    announced_measure_codes: tuple[str, ...]
    joining_verbs: frozenset[str]
    rally_roots: frozenset[str]
    agent_of_nouns: frozenset[str]
    appeal_addressee_preps: frozenset[str]
    cessation_verbs: frozenset[str]
    reversal_verbs: frozenset[str]
    burdens: dict[str, tuple[str, ...]]
    blame_words: dict[str, tuple[str, ...]]
    lying_verbs: frozenset[str]
    falsehood_words: frozenset[str]
    accusation_code: str
    standing_nouns: frozenset[str]
    deny_verbs: frozenset[str]
    deny_code: str
    claimant_code: str
    claiming_verbs: frozenset[str]
    charge_nouns: frozenset[str]
    forecast_words: frozenset[str]
    inability_words: frozenset[str]
    ability_words: frozenset[str]
    speculation_nouns: frozenset[str]
    foreseeing_words: frozenset[str]
    judging_links: frozenset[str]
    conduct_verbs: frozenset[str]
    evidence_verbs: frozenset[str]
    verbless_report_verbs: frozenset[str]
    verdict_object_verbs: frozenset[str]
    drawing_verbs: frozenset[str]
    drawn_reactions: dict[str, str]
    reaction_receipts: dict[str, str]
    bare_reactions: frozenset[str]
    reaction_amounts: frozenset[str]
    referring_verbs: frozenset[str]
    reaction_preps: frozenset[str]
    breach_nouns: frozenset[str]
    responding_verbs: frozenset[str]
    hostile_manner_words: frozenset[str]
    foretelling_words: frozenset[str]
    readiness_words: frozenset[str]
    threatened_fates: dict[str, tuple[str, ...]]
    answering_verbs: dict[str, tuple[str, ...]]
    answered_preps: frozenset[str]
    answered_acts: frozenset[str]
    answering_manners: frozenset[str]
    welcoming_manners: frozenset[str]
    pledge_keeping_verbs: frozenset[str]
    pledge_nouns: frozenset[str]
    conditional_answer_verbs: dict[str, tuple[str, ...]]
    inverted_condition_auxes: frozenset[str]
    unhesitating_verbs: frozenset[str]
    subversion_verbs: frozenset[str]
    vowing_verbs: frozenset[str]
    causative_verbs: frozenset[str]
    intolerance_verbs: frozenset[str]
    warning_code: str
    ruled_out_phrases: tuple[str, ...]
    transforms: dict[str, dict[str, str]]
    #: the files read: roles, policies, then user layers
    files: tuple[Path, ...]

    @classmethod
    def default(cls) -> Rules:
        return LanguageBundle.default().rules

    @classmethod
    def load(cls, roles_path: Where = ROLES_FILE, policies_path: Where = POLICIES_FILE,
             extra: Iterable[Where] = ()) -> Rules:
        """Rules from a roles and a policies file, extended by user YAML files `extra`."""
        roles, policies = Path(roles_path), Path(policies_path)
        data = {**_read_full(roles, ROLE_SCHEMA), **_read_full(policies, POLICY_SCHEMA)}
        files = [roles, policies]
        for path in map(Path, extra):
            data = _merged(data, _read_yaml(path, SCHEMA))
            files.append(path)
        values = {key: convert(data[key], f"{_origin(key, files)}: field {key!r}")
                  for key, convert in SCHEMA.items()}
        transforms = {name: values.pop(name) for name in TRANSFORMS}
        _check_deed_kinds(values, files)
        return cls(**values, transforms=transforms, files=tuple(files))

    @property
    def governor_verbs(self) -> frozenset[str]:
        """Verbs that turn the event they govern into their own code."""
        return joined(self.intent_verbs, self.attempt_verbs, self.refuse_verbs,
                      self.appeal_verbs, self.demand_verbs, self.command_verbs,
                      self.threat_verbs, self.consider_verbs, self.unhesitating_verbs)

    def verbs(self) -> frozenset[str]:
        """Every verb the policies and role rules name (speech, governors, naming, judging,
        obligation, object control, charging, receiving, impact): the parse is lemmatised
        for these only (`lexicon.LemmaTable`)."""
        return self.governor_verbs | self.speech_verbs | self.naming_verbs \
            | self.criticism_verbs | self.cargo_verbs | self.obligation_verbs | {"be"} \
            | self.object_control_verbs | self.charge_verbs | self.receiving_verbs \
            | self.impact_verbs | self.under_verbs | self.lying_verbs | self.deny_verbs \
            | self.forecast_words | self.foreseeing_words | self.judging_links \
            | self.conduct_verbs | self.evidence_verbs \
            | self.drawing_verbs | frozenset(self.reaction_receipts) | self.referring_verbs \
            | self.responding_verbs | self.claiming_verbs | frozenset(self.burdens) \
            | self.harm_verbs | self.dying_verbs | self.affecting_participles \
            | self.maker_participles | frozenset(self.ascribing_participles) \
            | frozenset(self.threatened_fates) | frozenset(self.answering_verbs) \
            | self.unhesitating_verbs | self.subversion_verbs | self.standing_auxiliaries \
            | self.small_clause_verbs | self.member_links \
            | self.vowing_verbs | self.causative_verbs | self.intolerance_verbs \
            | self.aim_verbs | self.partnering_verbs | self.aiming_participles \
            | self.proposal_answers | self.advising_verbs | self.preventing_verbs \
            | self.mandative_verbs | self.wanting_verbs | self.mishap_verbs | self.means_verbs \
            | frozenset(idiom.split()[0] for idiom in self.criticism_idioms)

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


@dataclass(slots=True, frozen=True)
class LanguageBundle:
    """The coder's language data: the trigger lexicon (with its irregular verb forms) and
    the rules (role patterns and policies), each read once from files and checked."""

    lexicon: Lexicon
    rules: Rules

    @classmethod
    def default(cls) -> LanguageBundle:
        """The bundled data (read once per process)."""
        return _default_bundle()

    @classmethod
    def load(cls, triggers: Iterable[Where] = (TRIGGER_FILE,),
             irregular: Where = IRREGULAR_FILE, roles: Where = ROLES_FILE,
             policies: Where = POLICIES_FILE, extra: Iterable[Where] = ()) -> LanguageBundle:
        """Read a bundle; any file may be replaced. `extra` are user files that extend it
        (.tsv: trigger rows; .yaml/.yml: keys of roles.yaml or policies.yaml)."""
        rules = Rules.load(roles, policies)
        base = cls(_shaped(Lexicon.load(triggers, irregular), rules), rules)
        return base.extend(*extra)

    def extend(self, *paths: Where) -> LanguageBundle:
        """This bundle with user files added (see `load`); later files win ties."""
        bundle = self
        for path in map(Path, paths):
            if _kind(path) == "triggers":
                lexicon, rules = bundle.lexicon.extend(path), bundle.rules
            else:
                old = bundle.rules
                lexicon = bundle.lexicon
                rules = Rules.load(old.files[0], old.files[1], [*old.files[2:], path])
            bundle = LanguageBundle(_shaped(lexicon, rules), rules)
        return bundle

    @property
    def files(self) -> tuple[Path, ...]:
        """Every file the bundle was read from."""
        return (*self.lexicon.files, self.lexicon.irregular_file, *self.rules.files)


@lru_cache(maxsize=1)
def _default_bundle() -> LanguageBundle:
    return LanguageBundle.load()


def _read_full(path: Path, schema: Mapping[str, Convert]) -> dict[str, Any]:
    """A bundled-kind file: every key of `schema` present, no other."""
    data = _read_yaml(path, schema)
    missing = [key for key in schema if key not in data]
    if missing:
        raise InputError(f"{path}: missing field {missing[0]!r}")
    return data


def _read_yaml(path: Path, schema: Mapping[str, Convert]) -> dict[str, Any]:
    """A mapping of known keys (an unknown one is an error naming file and key)."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: cannot read language data ({exc})") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(f"{path}: expected a mapping of keys to word lists")
    unknown = sorted(str(k) for k in data if k not in schema)
    if unknown:
        raise InputError(f"{path}: unknown field {unknown[0]!r} (known: "
                         f"{', '.join(sorted(schema))})")
    for key, value in data.items():
        schema[key](value, f"{path}: field {key!r}")  # each layer is checked on its own
    return data


def _check_deed_kinds(values: dict[str, Any], files: list[Path]) -> None:
    """Every kind a told deed noun names ("curb|act") is a kind of `told_deeds`."""
    for noun, kinds in values["told_deed_nouns"].items():
        unknown = [k for k in kinds.split("|") if k not in values["told_deeds"]]
        if unknown:
            raise InputError(f"{_origin('told_deed_nouns', files)}: field 'told_deed_nouns': "
                             f"{noun!r} names {unknown[0]!r}, not a kind of told_deeds "
                             f"({', '.join(sorted(values['told_deeds']))})")


def _merged(base: dict[str, Any], layer: dict[str, Any]) -> dict[str, Any]:
    """A user layer over `base`: lists added, mappings merged, single values replaced."""
    out = dict(base)
    for key, value in layer.items():
        old = out.get(key)
        if isinstance(old, list) and isinstance(value, list):
            out[key] = [*old, *(v for v in value if v not in old)]
        elif isinstance(old, dict) and isinstance(value, dict):
            out[key] = {**old, **value}
        else:
            out[key] = value
    return out


def _kind(path: Path) -> str:
    """"triggers" for a .tsv file, "rules" for a .yaml one; anything else is an error."""
    suffix = path.suffix.lower()
    if suffix == ".tsv":
        return "triggers"
    if suffix in (".yaml", ".yml"):
        return "rules"
    raise InputError(f"{path}: a language file is .tsv (trigger rows) or .yaml (keys of "
                     "roles.yaml and policies.yaml)")


def _origin(key: str, files: list[Path]) -> Path:
    """The file a key is named by in error messages (roles or policies)."""
    return files[0] if key in ROLE_SCHEMA else files[1]


def _shaped(lexicon: Lexicon, rules: Rules) -> Lexicon:
    """The lexicon with the word classes of its object cells expanded and the verbs of one
    family sharing their object rows (roles.yaml `object_classes`, `verb_families`)."""
    return lexicon.with_object_classes(rules.object_classes).with_families(rules.verb_families)
