"""PLOVER coding conventions for doers the text leaves unnamed or reads as a military move.

Protests by crowds that name no actor, violence or protest by an unnamed doer in one state, and
readying force ("prepared to resume shelling") are coded the way PLOVER coders code them.
"""

from __future__ import annotations

from dataclasses import replace

from realpolitik.extract._mentions import Arg
from realpolitik.extract._roles import LIGHT_VERBS
from realpolitik.extract._triggers import Found

_READY_VERBS = frozenset({"prepare", "gear", "poise", "mass"})


def readied_force(f: Found) -> bool:
    """ "The army prepared to resume shelling": getting ready to use force is a military move
    short of force (PLOVER MOBILIZE, CAMEO 150), not a stated threat."""
    if f.code[:2] not in ("18", "19", "20"):
        return False
    tok = f.tok
    for _ in range(3):
        if tok.dep_ not in ("xcomp", "dobj") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in _READY_VERBS:
            return True
    return False


def crowd_protest(f: Found) -> bool:
    """ "Thousands marched in Algiers", "prisoners rioted", "continued their hunger strike":
    a protest whose crowd names no actor is still news; the crowd is of the state the
    sentence places it in (``_Run._locate``), and protests at home (``domestic_target``)."""
    if f.code[:2] != "14":
        return False
    tok = f.tok
    return f.entry.pos == "V" or (tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS)


def unnamed_home(a: Arg, b: Arg | None, code: str) -> Arg:
    """Violence or protest by an unnamed doer that the sentence places nowhere else happens
    in its target's state: "a minefield explosion killed two Iraqi youths" is IRQ -> IRQ,
    "fundamentalists began a hunger strike to demand the Algerian president's resignation"
    DZA -> DZA. Not against soldiers (XXXMIL), who are often attacked abroad."""
    if a.ref.code != "---" or b is None or not b.ref.country or b.ref.code.endswith("MIL"):
        return a
    if code[:2] not in ("14", "18", "19", "20"):
        return a
    country = b.ref.country
    return Arg(replace(a.ref, code=country, country=country), a.quality, a.tok)
