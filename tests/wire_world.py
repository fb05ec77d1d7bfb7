"""A fictional world for the wire-style tests (tests/test_coder_wire.py): six invented states
from a PETRARCH actor dictionary (tests/fixtures/wire/), short wire sentences about them with
the events a coder should find, and the same sentences rewritten with real countries.

Scoring is by dyad: an expected (source, target) is found when an event joins the two
countries in that direction; its root is right when one such event has an expected CAMEO
root. Sentences with no expected event count the dyadic events coded from them (false).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from entente.actors import ActorResolver, Gazetteer
from entente.coder import Coder
from entente.record import Document, Event

WIRE_DIR = Path(__file__).resolve().parent / "fixtures" / "wire"
ACTORS = WIRE_DIR / "wire_world.actors.txt"
AGENTS = WIRE_DIR / "wire_world.agents.txt"
PUBLISHED = date(2024, 3, 14)  # a Thursday

#: fictional form -> real form (longest first when applied), and code -> real ISO3
REAL_NAMES = {
    "South Kessarian": "South African", "South Kessaria": "South Africa",
    "Hollingate": "Pretoria",
    "Valdorian": "Polish", "Valdoria": "Poland", "Trevane": "Warsaw",
    "Karvenian": "Hungarian", "Karvenia": "Hungary", "Dulmor": "Budapest",
    "Tamzari": "Omani", "Tamzar": "Oman", "Qesh Alun": "Muscat",
    "Belmarian": "Portuguese", "Belmaris": "Portugal", "Port Aldis": "Lisbon",
    "Ostrevian": "Romanian", "Ostrevia": "Romania", "Velichka": "Bucharest",
}
REAL_CODES = {"VLD": "POL", "KRV": "HUN", "TMZ": "OMN", "BMR": "PRT", "OSV": "ROU",
              "SKS": "ZAF"}


@dataclass(frozen=True)
class Wire:
    """One sentence, the construction it shows, and (source, target, roots) expected."""

    key: str
    category: str
    text: str
    expected: tuple[tuple[str, str, str], ...] = ()

    def real(self) -> Wire:
        """The same sentence about real countries (names and codes swapped)."""
        text = self.text
        for fictional in sorted(REAL_NAMES, key=len, reverse=True):
            text = re.sub(rf"\b{fictional}\b", REAL_NAMES[fictional], text)
        expected = tuple((REAL_CODES[s], REAL_CODES[t], r) for s, t, r in self.expected)
        return Wire(self.key, self.category, text, expected)


def _w(key: str, category: str, text: str, *expected: str) -> Wire:
    """expected events written "VLD>KRV:05|03" (source > target : roots)."""
    parsed = []
    for item in expected:
        pair, _, roots = item.partition(":")
        source, _, target = pair.partition(">")
        parsed.append((source, target, roots))
    return Wire(key, category, text, tuple(parsed))


def _both(a: str, b: str, roots: str) -> tuple[str, str]:
    return f"{a}>{b}:{roots}", f"{b}>{a}:{roots}"


SENTENCES: tuple[Wire, ...] = (
    # -- restoring ties, intentions, reported speech ------------------------------------
    _w("ties-about-to", "intent", "Valdoria is about to restore full diplomatic ties with "
       "Karvenia almost five years after rioters ransacked its embassy, a senior official "
       "said on Saturday.", "VLD>KRV:05|03"),
    _w("ties-renewed", "basic", "Belmaris renewed diplomatic relations with Ostrevia on "
       "Tuesday after an eight-year break.", "BMR>OSV:05"),
    _w("ties-old-rivals", "compound", "Old rivals Tamzar and South Kessaria have restored "
       "diplomatic ties after a decade-long rift.", *_both("TMZ", "SKS", "05")),
    _w("pact-about-to", "intent", "Karvenia is about to sign a defence pact with Belmaris, "
       "officials in Dulmor said.", "KRV>BMR:03|05"),
    _w("embassy-plan", "intent", "Tamzar plans to open an embassy in Port Aldis next year.",
       "TMZ>BMR:03|05"),
    _w("peacekeepers-official", "speech", "Valdoria will send two hundred peacekeepers to "
       "Ostrevia, a senior official said on Sunday.", "VLD>OSV:03|07"),
    _w("crossed-spokesman", "speech", "Karvenian troops crossed into Tamzar overnight, a "
       "Tamzari military spokesman said.", "KRV>TMZ:15|19"),
    # -- visits, hosting, meetings (paired events) -----------------------------------------
    _w("left-for-talks", "visit", "Karvenia's deputy prime minister left for Trevane on "
       "Wednesday for talks with Valdorian officials on a new rail link.",
       *_both("KRV", "VLD", "04")),
    _w("state-visit", "visit", "Valdorian President Teodor Brannock arrived in Qesh Alun on "
       "Monday on a two-day state visit.", *_both("VLD", "TMZ", "04")),
    _w("received-visiting", "visit", "Tamzari Foreign Minister Hamid Qorlan received the "
       "visiting Belmarian defence minister in Qesh Alun on Sunday.",
       *_both("TMZ", "BMR", "04")),
    _w("meet-leaders", "visit", "The Ostrevian prime minister will meet Karvenian and "
       "Belmarian leaders during a brief private visit to Karvenia starting on Sunday.",
       *_both("OSV", "KRV", "04|03"), *_both("OSV", "BMR", "04|03")),
    _w("met-by-name", "visit", "Ilsa Dunmore met Lucia Ferrant in Port Aldis on Friday.",
       *_both("KRV", "BMR", "04")),
    _w("telephoned", "visit", "Brannock telephoned Dunmore on Tuesday to discuss the refugee "
       "crisis.", "VLD>KRV:04"),
    _w("talks-two-countries", "referent", "Valdoria and Tamzar held talks on Thursday, and "
       "the two countries agreed to set up a joint border commission.",
       *_both("VLD", "TMZ", "04|03|05")),
    # -- compound actors and targets ---------------------------------------------------------
    _w("ambassadors-of", "compound", "The ambassadors of Valdoria, Tamzar and Belmaris "
       "praised Karvenia's president on Wednesday for his handling of the floods.",
       "VLD>KRV:05", "TMZ>KRV:05", "BMR>KRV:05"),
    _w("welcomed-resumption", "compound", "Valdoria, Tamzar, Belmaris and Ostrevia welcomed "
       "the resumption of formal diplomatic ties with South Kessaria after a twelve-year "
       "rift.", "VLD>SKS:05|01", "TMZ>SKS:05|01", "BMR>SKS:05|01", "OSV>SKS:05|01"),
    _w("condemned-shelling-by", "compound", "Belmaris and Ostrevia condemned the shelling of "
       "Karvenian border villages by Valdorian troops.", "BMR>VLD:11", "OSV>VLD:11",
       "VLD>KRV:19|18"),
    _w("lawmakers-in", "compound", "Lawmakers in Tamzar and Belmaris denounced Valdoria's "
       "decision to close its border.", "TMZ>VLD:11", "BMR>VLD:11"),
    _w("accused-two", "compound", "Karvenia accused Tamzar and South Kessaria of arming "
       "rebels along its eastern frontier.", "KRV>TMZ:11", "KRV>SKS:11"),
    _w("expelled-three", "compound", "Ostrevia expelled diplomats from Valdoria, Karvenia and "
       "Belmaris on Thursday.", "OSV>VLD:16|17", "OSV>KRV:16|17", "OSV>BMR:16|17"),
    _w("signed-with-two", "compound", "Valdoria signed a trade agreement with Karvenia and "
       "Tamzar in Trevane.", "VLD>KRV:05|06", "VLD>TMZ:05|06"),
    _w("signed-pair", "multiword", "South Kessaria and Belmaris signed a defence cooperation "
       "agreement.", *_both("SKS", "BMR", "05|06")),
    # -- possessives and agents after country names ------------------------------------
    _w("possessive-ministers", "possessive", "Belmaris's foreign minister criticised "
       "Karvenia's prime minister over the detention of two journalists.", "BMR>KRV:11"),
    _w("possessive-navy", "possessive", "Tamzar's navy seized a Valdorian fishing trawler "
       "off Qesh Alun.", "TMZ>VLD:17"),
    _w("possessive-president-aid", "possessive", "South Kessaria's president said his "
       "government would send food and medicine to Ostrevia.", "SKS>OSV:03|07"),
    _w("name-soldiers", "agent", "Ostrevia soldiers opened fire on Valdorian border guards "
       "near Velichka.", "OSV>VLD:19|18"),
    _w("name-government-condemned", "agent", "The Karvenia government condemned an attack by "
       "Tamzar soldiers in southern Belmaris on Thursday and promised aid to the affected "
       "Belmarian villages.", "KRV>TMZ:11", "KRV>BMR:03|07", "TMZ>BMR:19|18"),
    _w("name-police", "agent", "Belmaris police arrested three Karvenian nationals suspected "
       "of smuggling.", "BMR>KRV:17"),
    _w("name-lawmakers", "agent", "South Kessaria lawmakers voted to suspend military "
       "cooperation with Tamzar.", "SKS>TMZ:16"),
    _w("coast-watch", "agent", "The Karvenian coast watch turned back a Belmarian trawler "
       "near the sea border on Monday.", "KRV>BMR:17|15"),
    # -- passive voice with by-agents -----------------------------------------------------
    _w("passive-seized", "passive", "Two Valdorian fishing boats were seized by the Tamzari "
       "coast guard on Monday.", "TMZ>VLD:17"),
    _w("passive-shelled", "passive", "A Karvenian convoy was shelled by Ostrevian artillery "
       "near the border.", "OSV>KRV:19"),
    _w("passive-expelled", "passive", "The Belmarian ambassador was expelled by South "
       "Kessaria after a row over espionage.", "SKS>BMR:16|17"),
    _w("passive-rejected", "passive", "A Tamzari proposal for a ceasefire was rejected by "
       "Ostrevia on Friday.", "OSV>TMZ:12"),
    # -- dates ---------------------------------------------------------------------------
    _w("date-bombed", "date", "On March 3, Karvenian warplanes bombed an Ostrevian ammunition "
       "depot near Velichka.", "KRV>OSV:19|18"),
    _w("date-recalled", "date", "Valdoria recalled its envoy from Tamzar last week, the "
       "foreign ministry said.", "VLD>TMZ:16"),
    _w("date-accord", "date", "Belmaris and Tamzar signed a fisheries accord in Port Aldis "
       "on Tuesday.", *_both("BMR", "TMZ", "05|06")),
    # -- capitals, pronoun owners, the two countries -------------------------------------
    _w("capitals-accused", "capital", "Trevane accused Dulmor of stirring unrest in its "
       "northern provinces.", "VLD>KRV:11"),
    _w("capitals-warned", "capital", "Hollingate warned Qesh Alun against deploying warships "
       "to the disputed strait.", "SKS>TMZ:13|11"),
    _w("two-countries-border", "referent", "Ostrevia and Belmaris agreed to reopen their "
       "shared border, and the two countries will also resume direct flights.",
       *_both("OSV", "BMR", "03|05|08")),
    _w("its-navy", "referent", "Tamzar said its navy had detained a Karvenian cargo ship in "
       "the Gulf of Serrat.", "TMZ>KRV:17"),
    _w("summoned-its-airspace", "referent", "Karvenia summoned the Valdorian ambassador after "
       "Valdorian jets violated its airspace.", "KRV>VLD:11|16", "VLD>KRV:15|17|19"),
    _w("republic-protested", "multiword", "The Republic of Valdoria protested to South "
       "Kessaria over the arrest of its citizens.", "VLD>SKS:11|14"),
    _w("surname-tolerate", "person", "Qorlan said Tamzar would not tolerate Ostrevian "
       "incursions.", "TMZ>OSV:13|11"),
    _w("odense-praised", "person", "Prime Minister Narek Odense praised Belmaris for its "
       "help after the earthquake.", "SKS>BMR:05"),
    _w("surname-alone", "person", "Odense accused Ostrevia of harbouring arms smugglers.",
       "SKS>OSV:11"),
    _w("shared-head", "adjective", "Valdorian and Karvenian officials held talks in Trevane "
       "on Monday.", *_both("VLD", "KRV", "04")),
    _w("adjective-envoy", "adjective", "Tamzari envoy Farid Osman met Belmarian officials in "
       "Port Aldis.", *_both("TMZ", "BMR", "04")),
    # -- groups, opposition, media -------------------------------------------------------
    _w("rebels-ambushed", "group", "The Ostrevian Liberation Army ambushed a Belmarian patrol "
       "near the frontier.", "OSV>BMR:19|18"),
    _w("opposition-urged", "group", "Karvenian opposition leader Marek Holt urged Valdoria to "
       "lift its sanctions on Dulmor.", "KRV>VLD:02|10"),
    _w("agency-reported", "group", "Karvenian troops have withdrawn from two villages in "
       "northern Tamzar, the Valdorian News Agency reported.", "KRV>TMZ:08"),
    _w("refused-extradite", "negation", "Belmaris refused to extradite a former Ostrevian "
       "general wanted for war crimes.", "BMR>OSV:12"),
    # -- sentences that must give no event ----------------------------------------------
    _w("did-not-sign", "negation", "Valdoria did not sign the border treaty with Karvenia.",
       "VLD>KRV:12"),
    _w("none-never-threatened", "negation", "South Kessaria has never threatened Tamzar, "
       "its foreign ministry said."),
    _w("none-harvest", "none", "Valdorian farmers harvested a record wheat crop this year."),
    _w("none-football", "none", "The Tamzari football team beat Belmaris 2-1 in Port Aldis "
       "on Saturday."),
    _w("none-language", "none", "Karvenia banned the Valdorian language from its schools."),
    _w("none-floods", "none", "Heavy rain flooded villages across southern Ostrevia on "
       "Tuesday."),
)


def real_dictionary(tmp: Path) -> Path:
    """The world's people, groups and bodies with real codes (the states themselves come
    from entente's own gazetteer), written next to `tmp`."""
    text = ACTORS.read_text(encoding="utf-8")
    blocks = re.split(r"\n\s*\n", text)
    kept = [b for b in blocks if not re.search(r"\[[A-Z]{3}\]", b)]
    out = "\n\n".join(kept)
    for fictional in sorted(REAL_NAMES, key=len, reverse=True):
        upper = fictional.upper().replace(" ", "_")
        out = re.sub(rf"\b{upper}_", REAL_NAMES[fictional].upper().replace(" ", "_") + "_",
                     out)
    for code, real in REAL_CODES.items():
        out = re.sub(rf"\[{code}", f"[{real}", out)
    path = tmp / "wire_world_real.actors.txt"
    path.write_text(out, encoding="utf-8")
    return path


def wire_coder(paths: list[Path]) -> Coder:
    return Coder(resolver=ActorResolver(Gazetteer.load(paths)))


def coded(coder: Coder, wire: Wire) -> list[Event]:
    doc = Document(text=wire.text, doc_id=wire.key, pub_date=PUBLISHED)
    return coder.code_document(doc)


@dataclass
class Score:
    dyads: int = 0
    roots: int = 0
    expected: int = 0
    false_events: int = 0
    missed: list[str] | None = None

    def line(self, name: str) -> str:
        return (f"{name}: dyads {self.dyads}/{self.expected}, roots {self.roots}/"
                f"{self.expected}, events on no-event sentences {self.false_events}")


def score(coder: Coder, sentences: tuple[Wire, ...] | list[Wire]) -> Score:
    result = Score(missed=[])
    for wire in sentences:
        events = [e for e in coded(coder, wire) if e.source.country and e.target.country]
        if not wire.expected:
            result.false_events += len(events)
            if events:
                result.missed.append(f"{wire.key}: false {_brief(events)}")  # type: ignore
            continue
        for source, target, roots in wire.expected:
            result.expected += 1
            pair = [e for e in events
                    if (e.source.country, e.target.country) == (source, target)]
            result.dyads += bool(pair)
            right = any(e.cameo_code[:2] in roots.split("|") for e in pair)
            result.roots += right
            if not right:
                result.missed.append(  # type: ignore[union-attr]
                    f"{wire.key}: {source}>{target}:{roots} got {_brief(events)}")
    return result


def _brief(events: list[Event]) -> str:
    return ", ".join(f"{e.source.country}>{e.target.country}:{e.cameo_code}"
                     for e in events) or "nothing"
