"""Evacuations of one's own people: sending the means to bring them home is no aid to the
state they leave (split from ``salience``, which asks it as one of its non-event tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
