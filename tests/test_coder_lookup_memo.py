"""The coder keeps what the actor resolver found in a text or phrase for the rest of the
document, and reads it again only when the document's context has learnt something since (a
person's name): a kept reading must never stand in for one the context would now change."""

from __future__ import annotations

from entente.actors import DocumentContext, Mention
from entente.coder.document import DocumentMemory

SENTENCE = "Amara Okafor, the Nigerian envoy to Ghana, met officials in Accra on Monday."
PERSON = Mention("Amara Okafor", 0, 12, "person", country="NGA", name="Amara Okafor")


def test_the_context_counts_what_it_learns_and_nothing_else():
    context = DocumentContext("Lagos said the talks went well.")
    start = context.changes
    context.remember(PERSON)
    learnt = context.changes
    assert learnt > start
    context.remember(PERSON)  # (the same person again: nothing new)
    context.remember(Mention("Ghana", 0, 5, "state", country="GHA"))  # (no person)
    assert context.changes == learnt
    context.observe("Accra welcomed the visit.")
    assert context.changes > learnt


def _settled(coder, memory):
    """The sentence's mentions and a phrase's reading, once the context has learnt what
    they name (the first look-up keeps the envoy's name: nothing is kept from it)."""
    coder._mentions(SENTENCE, memory)
    coder._resolve("the Nigerian envoy", memory)
    return coder._mentions(SENTENCE, memory), coder._resolve("the Nigerian envoy", memory)


def test_a_sentence_is_looked_up_once_while_the_context_stays_the_same(coder):
    memory = DocumentMemory(date=None, resolver_context=DocumentContext(SENTENCE))
    mentions, phrase = _settled(coder, memory)
    assert coder._mentions(SENTENCE, memory) is mentions
    assert coder._resolve("the Nigerian envoy", memory) is phrase


def test_a_sentence_is_looked_up_again_once_the_context_learnt_a_name(coder):
    memory = DocumentMemory(date=None, resolver_context=DocumentContext(SENTENCE))
    mentions, phrase = _settled(coder, memory)
    memory.resolver_context.remember(
        Mention("Chidi Okafor", 0, 12, "person", country="GHA", name="Chidi Okafor"))
    assert coder._mentions(SENTENCE, memory) is not mentions
    assert coder._resolve("the Nigerian envoy", memory) is not phrase


def test_a_sentences_known_names_are_the_resolvers_in_no_context(coder):
    names = coder._names_in(SENTENCE)
    assert coder._names_in(SENTENCE) is names
    assert names == [(m.start, m.end) for m in coder.resolver.find(SENTENCE)
                     if m.kind in ("state", "igo", "ngo", "group", "location")
                     and " " in m.text]
