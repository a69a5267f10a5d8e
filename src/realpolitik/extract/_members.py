"""A member suspended by its bloc (lex13): "the AU suspended Mali" reduces relations with Mali
(CAMEO 160) with no "from the union" phrase; the lexicon's plain "suspend X" row holds only
when X is a state by name. "Suspended the official / operations / the sentence" is no act
between parties (the object rows code treaties, talks, aid and trade)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from realpolitik.extract._mentions import DocActors
    from realpolitik.extract._triggers import Found

_SUSPEND = "suspend"
_ANY_OBJECT = frozenset({"*"})


def suspends_no_member(f: Found, actors: DocActors) -> bool:
    """The plain "suspend X" row with an X that is no state's name: no event."""
    tok = f.tok
    if f.entry.pos != "V" or tok.lemma_.lower() != _SUSPEND or f.entry.obj != _ANY_OBJECT:
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    m = actors.mention_of(obj) if obj is not None else None
    return m is None or not m.is_state or len(m.ref.code) != len(m.ref.country or "")
