"""entente.actors: who is who in the news.

A gazetteer of states, international organisations, named groups, ethnic and religious
groups, regions, sector words, titles and people in office (TSV data under
``entente/data/actors``), and a resolver that finds actor mentions in text and resolves
each to a country (ISO3 or IGO short code), a sector and a CAMEO-style code, with the reason.

    >>> from entente.actors import ActorResolver
    >>> [m.code for m in ActorResolver().find("Turkey's Interior Ministry condemned Hamas.")]
    ['TURGOV', 'PSEREBHMS']
"""

from .dictionaries import export_actors_dictionary, import_actors_dictionary, load_dictionary
from .entries import GazetteerEntry
from .gazetteer import Gazetteer
from .mention import MENTION_KINDS, DocumentContext, Mention
from .resolver import ActorResolver, resolve_text

__all__ = [
    "MENTION_KINDS",
    "ActorResolver",
    "DocumentContext",
    "GazetteerEntry",
    "Gazetteer",
    "Mention",
    "export_actors_dictionary",
    "import_actors_dictionary",
    "load_dictionary",
    "resolve_text",
]
