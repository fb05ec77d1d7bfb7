"""Helpers shared by the actor-resolution tests (test_actors*.py)."""

from __future__ import annotations

from entente.actors import Mention


def only(mentions: list[Mention], text: str) -> Mention:
    """The one mention whose text is exactly `text`; fails listing all mentions otherwise."""
    found = [m for m in mentions if m.text == text]
    assert len(found) == 1, [(m.text, m.kind) for m in mentions]
    return found[0]
