"""Vehicles hit with no owner named: whose they were is unknown, not the doer's own state.

"A Houthi missile hit a tanker", "Russian forces attacked a convoy near Kharkiv": the doer's
home state is filled as target only for domestic acts (``pairs.home_target``); a ship, aircraft
or convoy that the sentence gives no flag, owner or passengers' state is nobody's as far as the
sentence says, so the target stays unknown. A named owner ("a Greek tanker", "an
Israeli-linked ship") is read as the target elsewhere. Pure functions of tokens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.actors import CRAFT_NOUNS
from realpolitik.actors._name_context import craft_word
from realpolitik.extract._dependents import conjuncts

if TYPE_CHECKING:
    from spacy.tokens import Token

# Vehicles an act of force is done to: a ship, an aircraft (``actors.CRAFT_NOUNS``) or a convoy.
VEHICLE_NOUNS = CRAFT_NOUNS | {
    "convoy", "convoys", "truck", "trucks", "lorry", "lorries", "vehicle", "vehicles", "bus",
    "buses", "train",
}  # fmt: skip
# Acts of force (CAMEO 17 coerce: seize; 18 assault; 19 fight; 20 mass violence).
_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# A seizure of a craft is never aimed at the seizer's own state, even where the craft's flag or
# owner was not read as the target (seeds40): no event rather than X -> X.
_SEIZE = "17"


def unowned_vehicle_hit(trigger: Token, root: str) -> bool:
    """ "A Houthi missile hit a tanker", "troops attacked a convoy": force used on a vehicle
    whose phrase names no owner, flag or passengers' state. Whose vehicle it was is unknown;
    it is never taken to be the doer's own state (``pairs.home_target``)."""
    if root not in _FORCE_ROOTS:
        return False
    objs = _objects(trigger)
    return any(_vehicle(o) and not _owned(o) for o in objs)


def _objects(trigger: Token, direct: bool = False) -> list[Token]:
    """The nouns an act is done to: the trigger's objects (only those if ``direct``), its
    prepositions' objects and the objects of an event noun among them."""
    objs = [k for k in trigger.children if k.dep_ in ("dobj", "nsubjpass")]
    objs += [  # "seized a yacht carrying cocaine" read as a clause: its subject the object
        s
        for k in trigger.children
        if k.dep_ in ("advcl", "ccomp", "xcomp") and k.tag_ == "VBG" and k.i > trigger.i
        for s in k.children
        if s.dep_ == "nsubj"
    ]
    if direct:
        return objs
    objs += [
        p for k in trigger.children if k.dep_ == "prep" for p in k.children if p.dep_ == "pobj"
    ]
    objs += [  # "launched a drone attack on a cargo ship": the object of the event noun
        p
        for o in objs
        for k in o.children
        if k.dep_ == "prep" and k.lower_ in ("on", "against")
        for p in k.children
        if p.dep_ == "pobj"
    ]
    return objs


def seized_craft(trigger: Token, root: str) -> bool:
    """ "The navy seized a yacht (carrying cocaine)": a seizure of a ship or an aircraft. It is
    never aimed at the seizer's own state: where no stage read the craft's flag or owner as the
    target, there is no event rather than X -> X (seeds40)."""
    if root != _SEIZE:
        return False
    objs = _objects(trigger, True)
    if not objs:  # "intercepted and seized a tanker": the object the conjoined verbs share
        objs = [o for v in conjuncts(trigger) for o in _objects(v, True)]
    return any(craft_word(o.lower_) for o in objs)


def _vehicle(noun: Token) -> bool:
    """A ship, an aircraft (``actors.craft_word``: "yacht", "gunboat") or a land vehicle."""
    return noun.lower_ in VEHICLE_NOUNS or craft_word(noun.lower_)


def _owned(noun: Token) -> bool:
    """The vehicle's phrase names whose it is: "Israel's ship", "a Greek tanker", "a convoy of
    the army", "a ship carrying Ukrainian grain" (any proper noun or capitalised adjective in
    its words, outside a phrase of where it was: "a tanker in the Gulf")."""
    where = {x.i for k in noun.children if k.dep_ == "prep" and k.lower_ in _WHERE_PREPS
             for x in k.subtree}  # fmt: skip
    return any(
        w.i != noun.i and w.i not in where
        and (w.pos_ == "PROPN" or w.dep_ == "poss" or (w.pos_ == "ADJ" and w.text[:1].isupper()))
        for w in noun.subtree
    )  # fmt: skip


_WHERE_PREPS = frozenset({"in", "near", "off", "at", "through", "across", "along", "outside"})
