"""Evacuations of one's own people: sending the means to bring them home is no aid to the
state they leave (split from ``salience``, which asks it as one of its non-event tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._triggers import Found

_EVACUATE = frozenset({"evacuate", "repatriate", "airlift", "extract", "rescue"})
_SENDING = frozenset({"send", "dispatch", "deploy", "fly", "charter"})
# "to bring / fly its nationals home": carrying one's own people home is an evacuation (lex11)
_CARRY_HOME = frozenset({"bring", "fly", "take", "ferry", "carry"})
_HOMEWARD = frozenset({"home", "back"})
# One's own people abroad, whose evacuation is no aid to the state they leave.
OWN_PEOPLE = frozenset(
    {"citizen", "national", "diplomat", "staff", "personnel", "expatriate", "countryman",
     "compatriot", "embassy"}
)  # fmt: skip


def evacuates_own(f: Found) -> bool:
    """ "India sent aircraft to evacuate its citizens from Sudan": sending the means to bring
    one's own people home is no aid to the state they leave (CAMEO codes aid to its
    receiver)."""
    tok = f.tok
    if f.entry.pos == "V" and flies_own_home(tok):
        return True
    if f.entry.pos != "V" or tok.lemma_.lower() not in _SENDING:
        return False
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and (
            c.lemma_.lower() in _EVACUATE
            or (c.lemma_.lower() in _CARRY_HOME and any(g.lower_ in _HOMEWARD for g in c.children))
        ):
            obj = next((g for g in c.children if g.dep_ == "dobj"), None)
            if obj is not None and obj.lemma_.lower() in OWN_PEOPLE:
                return True
    return False


# Carrying verbs whose people flown home are a return (174, lex30) unless they are one's own.
_FLY_HOME = frozenset({"fly", "airlift"})
_OWN_POSSESSORS = frozenset({"its", "their", "our"})


def flies_own_home(tok: Token) -> bool:
    """ "sent planes to fly its citizens home from Y", "airlifted their nationals back": people
    of one's own flown home are evacuated, no one returned to Y (lex30: "flew 60 Y-ian migrants
    home" is a return, 174, by the lexicon)."""
    if tok.lemma_.lower() not in _FLY_HOME or not any(c.lower_ in _HOMEWARD for c in tok.children):
        return False
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        owner = [g for g in obj.subtree if g.dep_ == "poss" and g.lower_ in _OWN_POSSESSORS]
        if owner or obj.lower_ in _OWN_POSSESSORS:
            return True
    return False
