"""Actor resolution against the PLOVER gold-standard records (skipped when absent).

Each gold actor phrase goes through `resolve_phrase`; it counts as right when it resolves to
the gold country (CAMEO or ISO3 code), or to an IGO / NGO where the gold says IGO / NGO.
The floor guards against regressions; the measured share is printed with -s.
"""

from __future__ import annotations

import json

import pytest

from conftest import GOLD
from entente import ontology
from entente.actors import ActorResolver

PLOVER = GOLD / "plover_gsr_dev.json"


def _gold_actors():
    records = json.loads(PLOVER.read_text(encoding="utf-8"))
    for record in records:
        for side in ("source", "target"):
            for actor in record.get(side) or []:
                if isinstance(actor, dict) and actor.get("code") and actor.get("actorText"):
                    yield actor["actorText"].strip(), actor["code"], record.get("date")


def _right(mention, gold: str) -> bool:
    if gold in ("IGO", "NGO"):
        return mention.kind == gold.lower()
    return ontology.to_iso3(gold) is not None and ontology.to_iso3(gold) == mention.country


@pytest.mark.skipif(not PLOVER.is_file(), reason="shared gold data not available")
def test_actor_countries_on_plover_gold():
    resolver = ActorResolver()
    actors = list(_gold_actors())
    right = sum(_right(resolver.resolve_phrase(text, date=when), gold)
                for text, gold, when in actors)
    share = right / len(actors)
    print(f"PLOVER gold actors resolved to the gold country: {right}/{len(actors)} = {share:.3f}")
    assert len(actors) > 300
    assert share >= 0.88
