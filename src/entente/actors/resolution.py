"""Turning the facts gathered from the parts of one phrase into a resolved `Mention`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from .. import ontology
from ..ontology import STATE_SECTORS
from .entries import GazetteerEntry
from .mention import Mention

NON_STATE = "-"
#: Sectors (CAMEO actor types) of non-governmental bodies: a phrase of one of them that no
#: state or organisation places ("a human rights group", "aid agencies") is an NGO side.
NGO_SECTORS = frozenset({"NGO", "HRI"})


def cameo_code(country: str | None) -> str | None:
    """The CAMEO actor code of a state (ROU -> ROM), historic state (DDR -> GME) or IGO."""
    if country is None:
        return None
    found = ontology.countries().get(country)
    if found is not None:
        return found.cameo
    historic = ontology.historic_states().get(country)
    if historic is not None:
        return historic.cameo
    org = ontology.igo(country)
    return org.cameo if org is not None else country


def first_of(entries: Iterable[GazetteerEntry], types: Iterable[str]) -> GazetteerEntry:
    wanted = set(types)
    return next(entry for entry in entries if entry.type in wanted)


def people_on(entries: list[GazetteerEntry], when: date | None) -> list[GazetteerEntry]:
    """One term per person valid on `when` (with no date: each person's latest term). When
    nobody holds an office then, the latest holder before that date, out of office: the
    country is kept, the sector dropped."""
    latest_first = sorted(entries, key=lambda e: e.start or date.min, reverse=True)
    by_name: dict[str, GazetteerEntry] = {}
    for entry in latest_first:
        if entry.valid_on(when):
            by_name.setdefault(entry.name or entry.form, entry)
    if by_name:
        return list(by_name.values())
    earlier = [e for e in latest_first if e.start is None or when is None or e.start <= when]
    return [_out_of_office((earlier or latest_first)[0])]


def _out_of_office(entry: GazetteerEntry) -> GazetteerEntry:
    return replace(entry, sector=None, role=f"former {entry.role}" if entry.role else None)


#: The last words of a cabinet post, which changes hands more often than our list of them.
PORTFOLIO_WORDS = ("minister", "secretary")


class Resolution:
    """The facts gathered from the parts of one phrase, turned into a Mention at the end."""

    def __init__(self) -> None:
        self.country: str | None = None
        self.kind = "unresolved"
        self.sector: str | None = None
        self.code: str | None = None
        self.role: str | None = None
        self.role_country: str | None = None
        self.ethnic: GazetteerEntry | None = None
        self.org: GazetteerEntry | None = None
        self.person_entry: GazetteerEntry | None = None
        self.people: list[GazetteerEntry] = []
        self.new_person: str | None = None
        self.candidates: tuple[str, ...] = ()
        self.reasons: list[str] = []
        self.ambiguous = False

    def person(self, entries: list[GazetteerEntry], written: str = "") -> None:
        countries = {e.country for e in entries}
        if len({e.name for e in entries}) > 1 and len(countries) == 1 and written:
            # "Rajapaksa said": which brother is not said, whose country is
            self.country = entries[0].country
            sectors = {e.sector for e in entries}
            self.sector = sectors.pop() if len(sectors) == 1 else None
            self.new_person = written
            self.reasons.append(f"'{written}' is the name of several people of "
                                f"{self.country}: " + ", ".join(sorted({e.name or "" for e
                                                                        in entries})))
            return
        if len({e.name for e in entries}) > 1:
            self.candidates = tuple(dict.fromkeys(e.country or "" for e in entries))
            self.reasons.append("several people share this name: " +
                                ", ".join(sorted({e.name or "" for e in entries})))
            self.ambiguous = True
            return
        entry = entries[0]
        self.person_entry = entry
        term = f"{entry.start or '…'}..{entry.end or ''}"
        if entry.sector is None and entry.role and entry.role.startswith("former "):
            self.reasons.append(f"{entry.name} ({entry.country}) holds no listed office then; "
                                f"latest: {entry.role[7:]} {term} ({entry.source})")
            return
        self.reasons.append(f"{entry.name}: {entry.role or 'person'} of {entry.country} {term} "
                            f"({entry.source})")

    def place(self, country: str | None, entry: GazetteerEntry, linked: bool) -> None:
        if country is None:
            self.ambiguous = self.ambiguous or entry.type == "ambiguous"
            return
        if self.country is None or linked:
            self.country = country
        if entry.type == "institution":
            self.sector = entry.sector
        if entry.type != "ambiguous":
            label = "city" if entry.role == "city" else entry.type
            self.reasons.append(f"{label} '{entry.form}' -> {country} ({entry.source})")

    def organisation(self, entry: GazetteerEntry) -> None:
        if self.org is None:
            self.org = entry
            self.reasons.append(f"{entry.type} '{entry.form}' ({entry.source})")

    def head(self, entry: GazetteerEntry, possessed: bool = False) -> None:
        if possessed and self.person_entry is not None:
            # "Putin's spokesman" is not Putin: an official of Putin's state
            person = self.person_entry
            self.person_entry, self.country = None, person.country
            self.reasons.append(f"official of {person.name}")
        self.sector = entry.sector
        if entry.type == "title":
            self.role = entry.role
        self.reasons.append(f"{entry.type} '{entry.form}' -> {entry.sector}")

    def ambiguity(self, entry: GazetteerEntry, reason: str) -> None:
        self.ambiguous = True
        self.candidates = tuple(c for c in entry.candidates if c != NON_STATE)
        self.reasons.append(reason)

    def finish(self, mention: Mention) -> None:
        """Decide kind, country, sector and code from what the parts said."""
        mention.role, mention.role_country = self.role, self.role_country
        named_group = self.org is not None and self.org.type in ("group", "ngo")
        if named_group and self._foreign_party():
            # "Canada's Conservatives", "the German Democrats": party names recur from
            # state to state, and the state the phrase names is the party's
            self.reasons.append(f"a party of {self.country}, not '{self.org.form}'")
            named_group, self.org, self.sector = False, None, "PTY"
        if self.person_entry is not None:
            self._finish_known_person(mention)
        elif named_group:  # "Iranian-backed Hezbollah" is Lebanese: the named group decides
            self._finish_org(mention)
        elif self.ethnic is not None:
            self._finish_ethnic(mention)
        elif self.org is not None and self.country is None:
            self._finish_org(mention)
        elif self.country is not None:
            mention.kind = ("person" if self.new_person else "state"
                            if self.sector is None or self.sector in STATE_SECTORS else "group")
            mention.country, mention.sector = self.country, self.sector
            mention.code = self.code or (cameo_code(self.country) or "") + (self.sector or "")
            mention.name = self.new_person
        else:
            if self.sector in NGO_SECTORS and not self.new_person and not self.ambiguous:
                mention.kind = "ngo"  # "a human rights group protested"
            mention.sector = self.sector
            mention.code = None
            mention.candidates = self.candidates
            mention.name = self.new_person
            if not self.reasons:
                self.reasons.append("no gazetteer entry")
            elif not self.ambiguous:
                self.reasons.append("no country in the phrase")
        mention.reason = "; ".join(self.reasons)

    def _foreign_party(self) -> bool:
        """The named group is a party of another state than the one the phrase names."""
        return self.org is not None and self.org.sector == "PTY" and self.country is not None \
            and self.org.country is not None and self.country != self.org.country \
            and self.person_entry is None

    def _finish_known_person(self, mention: Mention) -> None:
        entry = self.person_entry
        assert entry is not None
        mention.kind, mention.name = "person", entry.name
        mention.country = entry.country
        mention.sector = entry.sector
        mention.role = entry.role or self.role
        if self.role and self.sector and self.role != entry.role \
                and self.role.rsplit(None, 1)[-1] in PORTFOLIO_WORDS:
            # "Interior Minister Tomasz Siemoniak", listed as defence minister: a cabinet
            # post the text gives is newer than our list ("military ruler" is no post)
            mention.sector, mention.role = self.sector, self.role
            self.reasons.append(f"titled {self.role} here")
        mention.code = (cameo_code(entry.country) or "") + (mention.sector or "") or None

    def _finish_ethnic(self, mention: Mention) -> None:
        ethnic = self.ethnic
        assert ethnic is not None
        country = self.country or ethnic.country
        mention.kind = "group"
        mention.country, mention.sector = country, self.sector
        mention.code = (cameo_code(country) or "") + (ethnic.code or "") + (self.sector or "")
        mention.name = ethnic.name
        where = ("" if self.country else " in its home country" if ethnic.country
                 else "; no state named, none assumed")
        self.reasons.append(f"{ethnic.role} group '{ethnic.form}' ({ethnic.source}){where}")

    def _finish_org(self, mention: Mention) -> None:
        org = self.org
        assert org is not None
        mention.name = org.name
        if org.type == "igo":
            mention.kind, mention.country = "igo", org.country
            mention.sector, mention.code = self.sector, org.code
        elif org.type == "region":
            mention.kind, mention.sector = "group", self.sector
            mention.code = (org.code or "") + (self.sector or "")
        else:
            mention.kind, mention.country = org.type, org.country or self.country
            mention.sector = org.sector or self.sector
            mention.code = org.code or (
                (cameo_code(mention.country) or "") + (mention.sector or "")) or None
        if self.new_person and mention.country is not None:
            # "Hamas spokesman Hazem Qassem", "European Commission spokeswoman Ana Pisonero"
            mention.kind, mention.name = "person", self.new_person
