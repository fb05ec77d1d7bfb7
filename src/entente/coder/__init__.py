"""entente.coder: news text in, coded events out, with the evidence for each.

`code(text, date=...)` for a quick look; `Coder` for batches (`code_documents`), custom
lexicons, rules, resolvers and pipelines. Linguistic knowledge is data under
`entente/data/lexicon/` (triggers.tsv, roles.yaml, policies.yaml).
"""

from __future__ import annotations

from .bundle import LanguageBundle, Rules
from .core import Coder, code, default_coder, one_sided_coder
from .dictionaries import DictionaryCoder, dictionary_coder
from .lexicon import Entry, Lexicon
from .nlp import load_nlp
from .prefilter import Prefilter
from .sentences import Sentence, split_sentences
from .version import CODER_VERSION, coder_version, version_of

__all__ = ["CODER_VERSION", "Coder", "code", "default_coder", "DictionaryCoder",
           "dictionary_coder", "Entry", "Lexicon", "load_nlp",
           "one_sided_coder", "LanguageBundle", "Rules", "Prefilter", "Sentence", "split_sentences",
           "coder_version", "version_of"]
