"""A verb conjoined after a passive, in the active voice of its own, is done by the passive
subject, not by the agent: "the minister has been charged by prosecutors and will resign"
(the minister resigns), "a patrol boat was fired on by coastguards and returned fire" (the
boat fires back). An elliptic passive participle ("were killed and three wounded by ...",
"was seized and taken to ...") stays passive."""

from __future__ import annotations

import pytest

from coder_helpers import coded
from entente.coder import Coder


@pytest.fixture(scope="module")
def one_sided() -> Coder:
    return Coder(one_sided=True)


def _doers(coder: Coder, text: str, root: str) -> set[str | None]:
    return {e.source.country if e.source else None for e in coded(coder, text)
            if e.cameo_code.startswith(root)}


@pytest.mark.parametrize("text, root, doer", [
    ("Bolivia's interior minister has been charged by prosecutors with fraud and will "
     "resign.", "034", "BOL"),
    ("The Sudanese general was indicted by the International Criminal Court and will "
     "resign from the army.", "034", "SDN"),
    ("A Turkish patrol boat was fired on by Greek coastguards and returned fire.", "193",
     "TUR"),
])
def test_an_active_conjunct_is_done_by_the_passive_subject(one_sided, text, root, doer):
    assert _doers(one_sided, text, root) == {doer}


@pytest.mark.parametrize("text, root, agent", [
    # the agent never resigns, nor returns fire
    ("Bolivia's interior minister has been charged by Peruvian prosecutors and will "
     "resign.", "034", "PER"),
    ("A Greek patrol boat was fired on by Turkish coastguards and returned fire.", "193",
     "TUR"),
])
def test_the_agent_does_not_do_the_active_conjunct(one_sided, text, root, agent):
    assert agent not in _doers(one_sided, text, root)


def test_an_elliptic_passive_participle_stays_passive(one_sided):
    events = coded(one_sided, "The Iranian tanker was seized by British marines and taken to "
                              "Gibraltar.")
    assert {(e.source.country, e.target.country) for e in events
            if e.source and e.target} == {("GBR", "IRN")}
