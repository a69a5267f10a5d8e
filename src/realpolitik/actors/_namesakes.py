"""A rank or office with a name that another state's table person bears, owned by a state the
text names: "South Korea's General Kim", "Lieutenant General Kim of South Korea's army",
"Admiral Kim of the South Korean navy" (leftovers32).

The tables hold "Kim" for North Korea's leader, so a title and the surname read as him; but a
title whose owner the text states ("X's General", "General ... of X's army") is that state's
officer. The owner decides over a surname alias of another state's person; a table person of
the owner's own state ("Russian President Putin") is still the table's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from realpolitik.actors._tables import STATE_NAME_KINDS, Entry, Sector
from realpolitik.actors._text import Tokens

if TYPE_CHECKING:
    from realpolitik.actors._compose import Item

_OF_GAP = frozenset({"of", "the"})


def foreign_namesake(owner: Entry, run: Sequence[Sector], person: Entry) -> bool:
    """``owner`` (a state named before a title run, "South Korea's General") owns a ``person``
    the tables place in another state: the owner's titled officer, not the table's person."""
    if owner.kind not in STATE_NAME_KINDS or not owner.country or not person.country:
        return False
    if not any(r.title and r.sector for r in run):
        return False
    return person.country != owner.country


def owner_after(toks: Tokens, items: Sequence[Item], m: int, person: Entry) -> bool:
    """A titled table person (``items[m]``) followed by "of (the) X" (X's army, X's navy) where
    X is another state: "General Kim of South Korea's army" is X's officer."""
    if m + 1 >= len(items) or not person.country:
        return False
    nxt = items[m + 1].entry
    if nxt is None or nxt.kind not in STATE_NAME_KINDS or not nxt.country:
        return False
    gap = toks.keys[items[m].j : items[m + 1].i]
    if "of" not in gap or any(g not in _OF_GAP for g in gap):
        return False
    return nxt.country != person.country
