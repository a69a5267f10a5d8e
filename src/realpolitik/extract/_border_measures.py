"""A state's announced border checks are its measure, `possible`, not a threat (lex23, fresh12
class L: "NAME said France would extend checks on the Belgian border for six months").

A future hostile act its doer states is read as a threat (13x; "said Hanoi would retaliate",
``_own_threats``). Checks or controls a state puts on its own border are a policy it announces,
a restriction of movement (CAMEO 191) that GUIDE rule 4 codes as the act itself, `possible`, as
a tariff announced for a date is (``_scheduled_measures``); held out on a condition ("if the
crossings go on") they stay a threat.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._triggers import Found

_RESTRICTION = "191"
_BORDER_MEASURES = frozenset({"check", "control", "checkpoint", "screening", "inspection"})
_CONDITIONS = frozenset({"if", "unless", "should", "until"})


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause carries the measure noun ("would extend checks": "extend")."""
    while tok.dep_ in ("dobj", "pobj", "prep", "compound", "conj") and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            break
    return tok


def _measure(tok: Token) -> bool:
    """The checks themselves, or a verb that puts them in place ("introduce border controls")."""
    if tok.lemma_.lower() in _BORDER_MEASURES:
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _BORDER_MEASURES for c in tok.children)


def announced_border_measure(f: Found) -> bool:
    """``f`` is border checks or controls (191) announced with no condition."""
    if f.code != _RESTRICTION or not _measure(f.tok):
        return False
    verb = _clause_verb(f.tok)
    return not any(
        c.dep_ == "advcl" and any(m.lower_ in _CONDITIONS for m in c.children)
        for c in verb.children
    )
