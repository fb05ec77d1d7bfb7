"""Key judgements: three to five plain sentences computed from the brief's figures.

Each sentence carries its number and links to the events behind it (anchors in the
brief's appendix). Nothing is said without events to show: when the dyad has too few
events, one sentence says so instead.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .. import ontology
from ..record import Event
from .model import Brief, strongest
from .names import count_of_periods, period_in_text, period_label

__all__ = ["Judgement", "key_judgements", "event_anchor", "strongest", "MIN_EVENTS"]

#: Fewer counted events than this and the brief makes no judgement beyond saying so.
MIN_EVENTS = 3


@dataclass(slots=True)
class Judgement:
    """One sentence, the figure it rests on, and (label, href) links to its events."""

    key: str
    text: str
    figure: str
    links: list[tuple[str, str]] = field(default_factory=list)


def event_anchor(event_id: str) -> str:
    """The id of an event's appendix row."""
    return f"ev-{event_id}"


_THE = ("United ", "European ", "Russian Federation", "Netherlands", "Philippines",
        "Czech Republic", "Democratic Republic", "Republic of", "Gambia", "Bahamas")


def the(name: str) -> str:
    """"the United States", "Russia": a country name as it reads inside a sentence."""
    return f"the {name}" if name.startswith(_THE) else name


def _coop(e: Event) -> bool:
    return e.quad_class in (1, 2)


def _conflict(e: Event) -> bool:
    return e.quad_class in (3, 4)


def _short(e: Event) -> str:
    label = ontology.event_types().get(e.cameo_code or "")
    when = e.date.strftime("%-d %b %Y") if e.date else "undated"
    return f"{label.label if label else e.cameo_code or e.plover_event} ({when})"


def _links(events: list[Event], most: int = 3) -> list[tuple[str, str]]:
    return [(_short(e), "#" + event_anchor(e.event_id)) for e in events[:most]]


def _signed(value: float) -> str:
    return f"{value:+.1f}".replace("-", "−")


def key_judgements(brief: Brief) -> list[Judgement]:
    """The judgements in reading order: balance, sharpest change, initiative, topics,
    major powers (each only when the data hold it)."""
    events = brief.events
    if not events:
        return [Judgement(
            "thin", f"No events between {brief.a_name} and {brief.b_name} in this period: "
            "nothing to judge; the note on what is missing says what could be added.", "0",
            [("what is missing", "#missing")])]
    if len(events) < MIN_EVENTS:
        return [Judgement(
            "thin", f"Only {len(events)} event{'s' if len(events) != 1 else ''} between "
            f"{brief.a_name} and {brief.b_name} in this period: too few to judge the "
            "relationship; the appendix lists what there is.", str(len(events)),
            [("the events", "#appendix")] if events else [])]
    out = [_balance(brief)]
    for make in (_change, _initiative, _topics, _powers):
        found = make(brief)
        if found is not None:
            out.append(found)
    return out[:5]


def _balance(brief: Brief) -> Judgement:
    events = brief.events
    coop = [e for e in events if _coop(e)]
    conflict = [e for e in events if _conflict(e)]
    share = len(coop) / len(events)
    lean = "Cooperation outweighed conflict" if len(coop) > len(conflict) else \
        "Conflict outweighed cooperation" if len(conflict) > len(coop) else \
        "Cooperation and conflict were even"
    first, last = events[0].date, events[-1].date
    span = f"from {period_label(first, 'month')} to {period_label(last, 'month')}" \
        if first and last else "in this period"
    bal = brief.balance
    recent = ""
    if bal.events and bal.periods < len(brief.series):
        recent = (f"; in the last {count_of_periods(bal.periods, brief.freq)}, "
                  f"{bal.cooperation} of "
                  f"{bal.events} event{'s' if bal.events != 1 else ''} "
                  f"{'was' if bal.cooperation == 1 else 'were'} cooperative "
                  f"({100 * (bal.cooperation_share or 0):.0f}%)")
    text = (f"{lean}: {len(coop)} of the {len(events)} events between {brief.a_name} and "
            f"{brief.b_name} {span} were cooperative ({100 * share:.0f}%){recent}.")
    side = coop if len(coop) >= len(conflict) else conflict
    return Judgement("balance", text, f"{100 * share:.0f}%",
                     [(f"all {len(events)} events", "#appendix"),
                      *_links(strongest(side), 2)])


def _change(brief: Brief) -> Judgement | None:
    change = brief.change
    if change is None:
        return None
    way = "rose" if change.after_mean > change.before_mean else "fell"
    when = period_in_text(change.period, brief.freq)
    per = {"day": "a day", "week": "a week", "month": "a month", "quarter": "a quarter",
           "year": "a year"}[brief.freq]
    text = (f"Net cooperation {way} from {_signed(change.before_mean)} {per} to "
            f"{_signed(change.after_mean)} from {when} on")
    if change.significant:
        text += ", the sharpest shift in the period (a change point the test finds)"
    else:
        text += (", the largest shift in the period but not a significant one: the "
                 f"change-point test does not single it out against the usual "
                 f"{change.noise:.1f}-event swing from one {brief.freq} to the next")
    if change.events:
        text += "; around it: " + "; ".join(_short(e) for e in change.events[:2])
    return Judgement("change", text + ".", f"{_signed(change.after_mean - change.before_mean)}",
                     _links(change.events))


def _initiative(brief: Brief) -> Judgement | None:
    parts, links = [], []
    counts = {}
    for src in (brief.a, brief.b):
        own = [e for e in brief.events if e.source.country == src]
        counts[src] = len(own)
        coop, conflict = sum(map(_coop, own)), sum(map(_conflict, own))
        parts.append(f"{brief.names[src]} {len(own)} ({coop} cooperative, "
                     f"{conflict} conflictual)")
        links += [(f"{brief.names[src]}: {label}", href)
                  for label, href in _links(strongest(own), 1)]
    if not any(counts.values()):
        return None
    leader = max(counts, key=lambda k: (counts[k], k == brief.a))
    if counts[brief.a] == counts[brief.b]:
        head = "Both sides initiated as often"
    else:
        head = f"{brief.names[leader]} initiated more"
    text = f"{head}: of the {len(brief.events)} events, " + "; ".join(parts) + \
        " (who acted on whom; see the directed view)."
    return Judgement("initiative", text, str(counts[leader]),
                     [("directed view", "#directions"), *links])


def _topics(brief: Brief) -> Judgement | None:
    counts = Counter(brief.topics.values())
    ranked = [(t, n) for t, n in brief.topic_counts() if t != "other"]
    ranked.sort(key=lambda x: -x[1])
    if not ranked:
        return None
    top, n = ranked[0]
    rest = ", ".join(f"{t} {k}" for t, k in ranked[1:3])
    total = sum(counts.values())
    text = (f"{top.capitalize()} matters carry the relationship: {n} of {total} events "
            f"({100 * n / total:.0f}%)" + (f", then {rest}" if rest else "") + ".")
    about = [e for e in brief.events if brief.topics.get(e.event_id) == top]
    return Judgement("topics", text, f"{n}", [("topics", "#topics"),
                                               *_links(strongest(about), 2)])


def _net(evs: list[Event]) -> int:
    return sum(map(_coop, evs)) - sum(map(_conflict, evs))


def _count(net: int) -> str:
    return f"{net:+d}" if net else "0"


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _power_stance(name: str, rows: list[tuple[str, list[Event]]]
                  ) -> tuple[str, list[Event]]:
    """One side's stance towards the major powers, read from the net cooperation of each,
    and the events of the power it names.

    The power named is the one the figures single out: the highest net cooperation when
    any is positive ("leans towards"), else the lowest when any is negative ("is at odds
    with"); the other powers follow with their nets so that the claim can be checked."""
    nets = {power: _net(evs) for power, evs in rows}
    events = dict(rows)
    top = max(nets.values()) if max(nets.values()) > 0 else min(nets.values())
    order = sorted(nets, key=lambda p: (-nets[p] if top > 0 else nets[p],
                                        -len(events[p]), p))
    lead = [p for p in order if nets[p] == top]
    sole = len(lead) == 1 and len(order) > 1
    stance = ("leans most towards" if sole else "leans towards") if top > 0 else \
        ("is most at odds with" if sole else "is at odds with") if top < 0 else \
        "is even with"
    if len(lead) == 1:
        n = len(events[lead[0]])
        figure = f"net {_count(top)} over {n} event{'s' if n != 1 else ''}"
    else:
        figure = f"net {_count(top)} each"
    rest = [f"{the(ontology.name_of(p))} {_count(nets[p])}" for p in order if p not in lead]
    if rest:
        figure += "; then " + ", ".join(rest)
    whom = _and([the(ontology.name_of(p)) for p in lead])
    return f"{name} {stance} {whom} ({figure})", events[lead[0]]


def _powers(brief: Brief) -> Judgement | None:
    parts, links = [], []
    for side in (brief.a, brief.b):
        rows = [(power, evs) for (s, power), evs in brief.power_events.items() if s == side]
        if not rows:
            continue
        text, evs = _power_stance(brief.names[side], sorted(rows))
        parts.append(text)
        links += _links(strongest(evs), 1)
    if not parts:
        return None
    text = "With the major powers, " + "; ".join(parts) + "."
    return Judgement("powers", text, str(len(parts)), [("major powers", "#powers"), *links])
