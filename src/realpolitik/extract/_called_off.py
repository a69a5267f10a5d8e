"""Acts called off: an event noun that a verb postpones, cancels or holds off names an act that did
not happen ("postponed their meeting", "held off on sanctions"). Split from
:mod:`realpolitik.extract.factuality`, which re-exports :func:`called_off`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._pos import NOMINAL, VERBAL

if TYPE_CHECKING:
    from spacy.tokens import Token


# Verbs whose object event does not (yet) take place: "postponed their meeting".
_CALL_OFF = frozenset(
    {"postpone", "delay", "cancel", "scrap", "defer", "shelve", "suspend", "adjourn", "abort"}
)


def called_off(token: Token) -> bool:
    """ "A and B postponed their meeting", "called off the visit": an event noun that names an
    act that did not happen (negated); the postponing itself may be an event of its own. So is
    a later object of the list ("cancelled the talks and a planned visit by X")."""
    if token.pos not in NOMINAL:
        return False
    for _ in range(4):  # up the list to its first object
        if token.dep_ != "conj" or token.head.pos in VERBAL:
            break
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "on" and _held_off(token.head.head):
        return True  # "held off on sanctions against X": withheld (lex12)
    if token.dep_ not in ("dobj", "nsubjpass"):
        return False
    gov = token.head
    lemma = gov.lemma_.lower()
    if lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in gov.children):
        return True
    return lemma in _CALL_OFF


def _held_off(gov: Token) -> bool:
    """ "held off on X": the act named by X is withheld."""
    return gov.lemma_.lower() == "hold" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in gov.children
    )
