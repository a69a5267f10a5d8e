"""A titled person of no named state, kept for his bare surname in a datelined record (issue 9,
context22: fresh11's class A).

"ACCRA, March 3 (Wire) - ... Trade Minister Ama Boateng said the government would review every
permit. Togo's ambassador met Boateng on Tuesday and asked her to spare traders": the party
stages place the titled name by the dateline's state (``parties.unplaced_people.filed_from``),
but the bare "Boateng" of the next sentences is no mention at all, so the meeting has no target
and "her" no antecedent. As a per-record people memory, every later standalone surname of such
a person is the dateline state's office-holder (the title's sector), as the introduction was.
Not where the person is said to visit, or is a former office-holder, nor where his
introduction's sentence names the dateline's state itself (he may be its counterpart), nor for
a surname the tables or the story already place.
"""

from __future__ import annotations

import re

from realpolitik.extract._mention_parts import Mention
from realpolitik.models import ActorRef

# Two to four capitalised name words right after a title ("Trade Minister Ama Boateng").
_NAME = re.compile(r"[ \t]+((?:[A-Z][a-z'’\-]+[ \t]+){1,3}[A-Z][a-z'’\-]+)\b")
_NOT_NAMES = frozenset(
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The",
        "On", "In", "At", "And", "But", "For", "Office", "Ministry", "Council", "Department",
        "Minister", "General", "Secretary", "Said", "Told",
    }
)  # fmt: skip
_AWAY = frozenset({"visiting", "exiled", "former", "ex", "late", "outgoing"})
_MIN_SURNAME = 3
_LOOK_BACK = 24  # characters before a title searched for "visiting", "former"
_OF = re.compile(r"[ \t]+of[ \t]+[A-Z]")
_SENTENCE_END = re.compile(r"[.!?](?:[ \t\n]|$)")


def _intro(text: str, m: Mention, starts: set[int]) -> tuple[int, str] | None:
    """Where a stateless title's name ends and its surname, when one follows the title."""
    if m.kind != "sector" or m.ref.country or not m.ref.code.startswith("---"):
        return None
    got = _NAME.match(text, m.end)
    if got is None:
        return None
    words = got.group(1).split()
    if any(w in _NOT_NAMES for w in words):
        return None
    if any(m.end + k in starts for k in range(1, got.end() - m.end)):
        return None  # (a word of the name the tables read as something)
    if _OF.match(text, got.end()):
        return None  # ("... Ana Lopez of Peru": ``_titled_names`` places him)
    before = text[max(0, m.start - _LOOK_BACK) : m.start].lower().split()
    if _AWAY.intersection(w.strip(",-") for w in before[-2:]):
        return None
    surname = words[-1]
    return (got.end(), surname) if len(surname) >= _MIN_SURNAME else None


def _sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    back = [g.end() for g in _SENTENCE_END.finditer(text, 0, start)]
    ahead = _SENTENCE_END.search(text, end)
    return (back[-1] if back else 0), (ahead.end() if ahead else len(text))


def filed_people(text: str, mentions: list[Mention], dateline: str | None) -> list[Mention]:
    """``mentions`` with the later bare surnames of the record's stateless titled people placed
    as the dateline state's office-holders (sorted; see the module's docstring)."""
    if dateline is None or not any(m.kind == "sector" and not m.ref.country for m in mentions):
        return mentions
    starts = {m.start for m in mentions}
    added: list[Mention] = []
    done: set[str] = set()
    for m in mentions:
        got = _intro(text, m, starts)
        if got is None or got[1] in done:
            continue
        end, surname = got
        done.add(surname)
        lo, hi = _sentence_of(text, m.start, end)
        if any(x.ref.country == dateline for x in mentions if lo <= x.start < hi):
            continue  # (his sentence names the dateline's state: he may be its counterpart)
        full = text[m.end : end].strip()
        ref = ActorRef(full, dateline + m.ref.code[3:], dateline, full)
        spans = [
            (end + h.start(), end + h.end())
            for h in re.finditer(rf"\b{re.escape(surname)}\b", text[end:])
        ]
        if any(x.start < b and a < x.end for a, b in spans for x in mentions):
            continue  # (the tables or the story place this surname: leave it)
        added += [
            Mention(a, b, ActorRef(text[a:b], ref.code, dateline, full), "person") for a, b in spans
        ]
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda x: x.start)


__all__ = ["filed_people"]
