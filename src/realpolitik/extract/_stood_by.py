"""Standing by, idle: "denied that its soldiers had stood by while the shops were looted",
"troops stood by as the crowd attacked": "by" with no object is looking on, no support of
anyone (class DN of fresh9); "stood by its ally" (an object) stays support (051)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_STAND = "stand"
_BY = "by"


def stood_idle(verb: Token) -> bool:
    """ "stood by while ..." / "stood by.": the verb of looking on, no act of its own."""
    if verb.lemma_.lower() != _STAND:
        return False
    bys = [c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == _BY]
    return bool(bys) and not any(g.dep_ == "pobj" for b in bys for g in b.children)
