"""Another bearer of a table surname: "Grenada's Dickon Hague" is not William Hague.

The people table gives a leader's surname as a short form of his name. In "Grenada's Dickon
Hague" or "Dickon Hague of Grenada" the surname follows a given name that is not his, and the
text writes the person's state, which is not his: the written state wins, and the surname
match is dropped, so that the name stays an unlisted person of the written state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.actors._tables import STATE_NAME_KINDS
from realpolitik.actors._text import Tokens, fold

if TYPE_CHECKING:
    from realpolitik.actors._compose import Item


def drop_other_bearers(toks: Tokens, items: list[Item]) -> list[Item]:
    """``items`` without one-word person matches that are the surname of another person whose
    state the text writes beside the name."""
    if not any(_short_person(it) for it in items):
        return items
    ends = {it.j: it for it in items}
    starts = {it.i: it for it in items}
    covered = {k for it in items for k in range(it.i, it.j)}
    out = []
    for it in items:
        if _short_person(it) and _other_bearer(toks, it, ends, starts, covered):
            continue
        out.append(it)
    return out


def _short_person(it: Item) -> bool:
    e = it.entry
    return e is not None and e.kind == "person" and it.j - it.i == 1 and " " in (e.name or "")


def _other_bearer(
    toks: Tokens, it: Item, ends: dict[int, Item], starts: dict[int, Item], covered: set[int]
) -> bool:
    e = it.entry
    assert e is not None and e.name is not None
    g = it.i - 1  # the given name written before the surname
    if g < 0 or g in covered or not toks.texts[g].isalpha() or not toks.upper_start(g):
        return False
    if toks.keys[g] == fold(e.name.split()[0]):
        return False  # his own given name, in another spelling of the rest
    state = _state_before(toks, g, ends) or _state_after(toks, it.j, starts)
    return state is not None and state != e.country


def _state_before(toks: Tokens, g: int, ends: dict[int, Item]) -> str | None:
    """The state of "Grenada's [titles] NAME" or "Grenadian [titles] NAME"."""
    k = g
    while k in ends and ends[k].sector is not None:  # titles: "Prime Minister"
        k = ends[k].i
    if k >= 2 and toks.keys[k - 1] == "s" and toks.keys[k - 2] == "'":
        k -= 2
    elif k >= 1 and toks.keys[k - 1] == "'":
        k -= 1  # "the United States' NAME"
    prev = ends.get(k)
    e = prev.entry if prev is not None else None
    # (an entry that writes a state beside a name: "Grenada's", "Grenadian", "of Grenada")
    return e.country if e is not None and e.kind in STATE_NAME_KINDS else None


def _state_after(toks: Tokens, j: int, starts: dict[int, Item]) -> str | None:
    """The state of "NAME of Grenada"."""
    if j >= len(toks) or toks.keys[j] != "of":
        return None
    nxt = starts.get(j + 1)
    e = nxt.entry if nxt is not None else None
    return e.country if e is not None and e.kind == "country" else None
