"""Whose office a titled speaker of no stated state holds: the state his sentence is about
(issue 9, parties43: fresh21's class C).

"Chile will extend checks on its border with Argentina, Interior Minister Ana Soto said":
the text never writes "Chilean" before the minister, yet news reports a state's own measure in
its own office's voice, so a minister who closes a sentence whose subject is a state speaks
for that state. Without a state the later "Soto said ..." and a "He denied ..." after it have
no person to refer to, and the pronoun falls back on the other state's official named before.
Only a closing attribution ("..., TITLE NAME said.") whose sentence opens with one state's
name is read so; a second subject joined to it
("Chile and Peru will") leaves the office unplaced.
"""

from __future__ import annotations

import re

from realpolitik.extract._mention_parts import Mention

# After the name: the reporting verb and the sentence's end.
_CLOSING = re.compile(
    r"[ \t]+(?:said|says|told reporters|told journalists|announced|added)[ \t]*[.;]"
)
_BEFORE = re.compile(r",[ \t]+(?:the[ \t]+)?$")  # the comma that sets the attribution off
_SENTENCE_END = re.compile(r"[.!?\n][\"'”’)]?[ \t]+|\n")
_STATE_KINDS = frozenset({"country", "capital"})
_STATE_CODE = 3  # the state itself ("CHL"), not one of its offices ("CHLGOV")
_JOINED = re.compile(r"[ \t]*(?:,|and|or|,[ \t]*and)[ \t]*")
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+,[^-–—]{0,40}[-–—][ \t]*")


def own_voice_state(text: str, title: int, name_end: int, before: list[Mention]) -> Mention | None:
    """The state whose name opens the sentence that the title at ``title`` and the name
    ending at ``name_end`` close as its attribution; None where the shape does not hold."""
    if _CLOSING.match(text, name_end) is None or _BEFORE.search(text, 0, title) is None:
        return None
    start = _sentence_start(text, title)
    head = _DATELINE.match(text[start:title])
    if head is not None:
        start += head.end()
    while start < title and text[start].isspace():
        start += 1  # (a dateline blanked before the parse, ``_dateline``)
    inside = [m for m in before if m.start >= start]
    if not inside or inside[0].start != start:
        return None
    first = inside[0]
    if first.kind not in _STATE_KINDS or len(first.ref.code) != _STATE_CODE:
        return None
    nxt = inside[1] if len(inside) > 1 else None
    if nxt is not None and _JOINED.fullmatch(text, first.end, nxt.start):
        return None  # ("Chile and Peru will ...": whose voice is not told)
    return first


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (after the last end of sentence before it)."""
    start = 0
    for got in _SENTENCE_END.finditer(text, 0, pos):
        start = got.end()
    return start


__all__ = ["own_voice_state"]
