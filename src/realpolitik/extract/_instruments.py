"""The weapons an act of force is done with: "struck Odesa with Iranian drones", "fired North
Korean missiles at Kharkiv".

A weapon's modifier names its maker or supplier ("Iranian-made", "North Korean", "supplied by
Iran"), not the state the force is aimed at: the target is the place or party struck, or none
when that place is not one the tables know. A weapon is the instrument when it comes in a
"with" / "using" phrase of the act, or when it is the object of a verb that sends it off
("fired", "launched", "dropped"); the object of a verb that hits it ("shot down Iranian drones",
"destroyed Russian tanks") is what the force is aimed at, and its owner stays the target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import has_any

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# CAMEO roots of force and its display (firing missiles into the sea is 15).
INSTRUMENT_ROOTS = frozenset({"15", "18", "19", "20"})
WEAPONS = frozenset(
    {"drone", "missile", "rocket", "shell", "bomb", "jet", "warplane", "aircraft", "fighter",
     "helicopter", "artillery", "munition", "weapon", "arm", "tank", "gun", "howitzer", "mortar",
     "torpedo", "ammunition", "projectile", "interceptor", "warhead", "shahed", "atacms",
     "himars", "launcher", "bomber", "gunship", "cruise", "ballistic"}
)  # fmt: skip
# Verbs whose object is what the doer sends off, not what it hits.
SENDING = frozenset({"fire", "launch", "drop", "lob", "use", "employ", "unleash", "deploy"})
_WITH = frozenset({"with", "using"})
_USE = frozenset({"use", "employ"})
_CLAUSES = frozenset({"advcl", "xcomp", "acl"})
_AIMS = frozenset({"at", "on", "upon", "into", "against", "toward", "towards"})
# Verbs of combat between two sides: their "with" names the other side ("clashed with rebel
# fighters", "fought with militants"), not a weapon ("fighter" is also a jet).
_COMBAT = frozenset({"clash", "fight", "battle", "skirmish", "engage", "exchange"})


def instrument_tokens(trigger: Token, root: str, sent: Span) -> frozenset[int]:
    """Tokens of the weapons ``trigger`` (an act of CAMEO root ``root``) is done with: a
    "with / using" phrase's weapon (on the verb or on its object: "struck a depot with"), the
    weapon object of a sending verb or of "using", each with its modifiers and clauses
    ("drones made in Iran"), not its aim phrase ("at Kyiv"). ``sent``: the trigger's sentence
    (``Token.sent`` walks the parse on every call)."""
    if root not in INSTRUMENT_ROOTS or not has_any(sent, WEAPONS):
        return frozenset()
    weapons: list[Token] = []
    objs = [k for k in trigger.children if k.dep_ == "dobj"]
    opponent = trigger.lemma_.lower() in _COMBAT  # "clashed with rebel fighters" (lo58)
    for k in (*trigger.children, *(p for o in objs for p in o.children)):
        if k.dep_ == "prep" and k.lower_ == "with" and opponent and k.head.i == trigger.i:
            continue  # the other side of the fight, never its instrument
        if k.dep_ == "prep" and k.lower_ in _WITH:  # (on the verb or its object)
            weapons += [p for p in k.children if p.dep_ == "pobj"]
        elif k.dep_ in _CLAUSES and k.lemma_.lower() in _USE:  # "using Iranian drones"
            weapons += [o for o in k.children if o.dep_ == "dobj"]
        elif k.dep_ == "dobj" and trigger.lemma_.lower() in SENDING:
            weapons.append(k)
    out: set[int] = set()
    for w in weapons:
        for x in _conjuncts(w):
            if x.lemma_.lower() not in WEAPONS:
                continue
            out.add(x.i)
            for k in x.children:
                if _aim(k) or k.dep_ in ("conj", "cc"):
                    continue
                out.update(_without_aims(k))
    return frozenset(out)


def _aim(tok: Token) -> bool:
    """An aim phrase ("at Kyiv", "against X"): where the force goes, never the weapon."""
    return tok.dep_ == "prep" and tok.lower_ in _AIMS


def _without_aims(tok: Token) -> list[int]:
    """``tok``'s subtree less any aim phrase inside it: "weapons of mass destruction against
    X" (the parse hangs "against X" on "destruction") keeps X as the target."""
    aims = [t for t in tok.subtree if t.i != tok.i and _aim(t)]
    skip = {u.i for a in aims for u in a.subtree}
    return [t.i for t in tok.subtree if t.i not in skip]


def _conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the nouns conjoined with it ("drones and missiles")."""
    return [tok, *(c for c in tok.children if c.dep_ == "conj")]
