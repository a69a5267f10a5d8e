"""A demonym two states share, read by the record's other clues (names16).

"Dominican" is the Dominican Republic's word in the tables, but Dominica's people and
government are "Dominican" too. The record decides: a state named by its own name, capital,
leader or dateline ("Dominica's", "of Dominica", "Roseau", "ROSEAU, March 3 -", "Skerrit")
while the other is not named makes the demonym that state's; "Dominican Republic", "Santo
Domingo" or "Abinader" keep it the Republic's. With neither named, an office only one of the
two has ("the Dominican prime minister": the Republic has a president and no prime minister)
decides; else the table's state stays.
"""

from __future__ import annotations

from dataclasses import replace

from realpolitik.extract._mention_parts import Mention

# Demonym (lower case, singular and plural) -> (the tables' state, the other state).
SHARED_DEMONYMS: dict[str, tuple[str, str]] = {
    "dominican": ("DOM", "DMA"),
    "dominicans": ("DOM", "DMA"),
}
# Offices only the other state has, read right after the demonym.
_OTHER_ONLY_OFFICES: dict[str, tuple[str, ...]] = {"DMA": ("prime minister", "premier")}
_DEMONYM = "demonym"
_LOOK = 40  # characters read after a demonym for an office


def shared_demonyms(text: str, mentions: list[Mention], dateline: str | None) -> list[Mention]:
    """``mentions`` with each shared demonym recoded to the state the record's clues name."""
    shared = [m for m in mentions if m.kind == _DEMONYM and _pair(text, m) is not None]
    if not shared:
        return mentions
    named = {m.ref.country for m in mentions if m.kind != _DEMONYM and m.ref.country}
    if dateline:
        named.add(dateline)
    swap: set[int] = set()
    for m in shared:
        pair = _pair(text, m)
        if pair is None:
            continue
        table, other = pair
        if table in named:
            continue
        after = text[m.start : m.end + _LOOK].lower()
        office = any(o in after for o in _OTHER_ONLY_OFFICES.get(other, ()))
        if other in named or office:
            swap.add(m.start)
    if not swap:
        return mentions
    return [_recoded(m, text) if m.start in swap else m for m in mentions]


def _pair(text: str, m: Mention) -> tuple[str, str] | None:
    """The (table's, other) states of ``m``'s demonym, if it is a shared one."""
    word = text[m.start : m.end].split()[0].lower() if m.end > m.start else ""
    pair = SHARED_DEMONYMS.get(word)
    return pair if pair is not None and m.ref.country == pair[0] else None


def _recoded(m: Mention, text: str) -> Mention:
    pair = _pair(text, m)
    if pair is None:
        return m
    other = pair[1]
    ref = replace(m.ref, code=other + m.ref.code[3:], country=other)
    return replace(m, ref=ref)
