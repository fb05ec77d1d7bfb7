"""Giving back what was taken: when a return names no receiver of its own, the party the
things were seized, taken or stolen from is the one they go back to ("will return the
weapons it seized from the army": target the army); the "to" phrase names the receiver when
there is one, wherever the parser hangs it ("returned dozens of looted bronzes to the
government of Nigeria": not the bronzes)."""

from __future__ import annotations

import pytest

from coder_helpers import coded


def _returns(coder, text: str) -> set[tuple[str | None, str, str]]:
    return {(e.source.country, e.cameo_code, e.target.text) for e in coded(coder, text)
            if e.target is not None and e.cameo_code in ("0842", "0353", "0354")}


@pytest.mark.parametrize("text, expected", [
    ("Houthi fighters said they would return the vehicles they seized from Saudi border "
     "guards.", {("YEM", "0353", "Saudi border guards")}),
    ("The Malian junta returned the weapons its soldiers had taken from French troops.",
     {("MLI", "0842", "French troops")}),
    ("Kenyan police returned cattle stolen from Ugandan herders last month.",
     {("KEN", "0842", "Ugandan herders")}),
    ("Rebels agreed to return trucks they had confiscated from the Red Cross.",
     {(None, "0353", "the Red Cross")}),
    ("Germany returned dozens of looted bronzes to the government of Nigeria.",
     {("DEU", "0842", "the government of Nigeria")}),
    ("Italy returned a marble statue smuggled out in the 1990s to Greek authorities.",
     {("ITA", "0842", "Greek authorities")}),
    # a party no name places, and a clause on the last of several things
    ("Tribal fighters said they will return the rifles they captured from government troops.",
     {(None, "0353", "government troops")}),
    ("The militia said it would return the trucks and the fuel depots it had seized from "
     "the army.", {(None, "0353", "the army")}),
    ("Police agreed to return the phones and other belongings taken from detained "
     "students.", {(None, "0353", "detained students")}),
])
def test_a_return_goes_to_who_lost_the_things(coder, text, expected):
    assert _returns(coder, text) == expected


@pytest.mark.parametrize("text", [
    # the things are no party, and neither is a place they came back to
    "Kenya returned the stolen artefacts last year.",
    "The fishermen returned to port after the storm.",
    # a seizure alone is no return
    "Chinese coast guard ships seized nets from Philippine fishermen.",
    # the things a clause says were taken are no receiver of their own
    "The rebels returned the rifles they had captured.",
    "Kenya returned the cattle and goats that raiders had stolen.",
])
def test_a_return_to_no_one_has_no_receiver(coder, text):
    assert _returns(coder, text) == set()
