"""Troops sent into a state to fight there (lexicon66).

"Turkey sent troops into northern Iraq to hunt rebels", "sent 5,000 soldiers into Y to fight the
guerrillas": the purpose infinitive hangs on the sending as an adverbial clause, outside the
phrase a row's ``after=`` reads, so the sending of troops kept the aid reading, military
protection (074). Ground forces crossing into a state's territory against an enemy there are
force (GUIDE rule on incursions: "ground forces crossing into a state's territory stay 190"),
CAMEO 190, at the state entered. "Sent troops to Y to help the government" (no "into", or a
purpose of help) stays 074.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._found import Found

_SENDING = frozenset({"send", "dispatch"})
_TROOPS = frozenset(
    {"troop", "soldier", "force", "reinforcement", "battalion", "brigade", "paratrooper",
     "commando", "marine", "tank", "unit", "army", "fighter", "regiment", "division"}
)  # fmt: skip
_FIGHTING = frozenset(
    {"hunt", "pursue", "chase", "fight", "attack", "crush", "root", "flush", "destroy", "wipe",
     "strike", "capture", "battle", "rout", "expel", "dislodge", "smash", "raid"}
)  # fmt: skip
_INTO = "into"
_AID = "07"
_FORCE = "190"


def recode_hostile_sending(found: list[Found]) -> None:
    """A sending of troops "into" a place whose purpose infinitive is a verb of fighting is
    force (190), no military protection (074)."""
    for f in found:
        tok = f.tok
        if f.code[:2] != _AID or f.entry.pos != "V" or tok.lemma_.lower() not in _SENDING:
            continue
        kids = list(tok.children)
        if not any(k.dep_ == "dobj" and k.lemma_.lower() in _TROOPS for k in kids):
            continue
        if not any(k.dep_ == "prep" and k.lower_ == _INTO for k in kids):
            continue
        if any(_fighting_purpose(k) for k in kids):
            f.code = _FORCE


def _fighting_purpose(k: Token) -> bool:
    """ "to hunt rebels" as a purpose infinitive, or misread as "to [hunt rebels]", the verb a
    compound of its object."""
    if k.dep_ in ("advcl", "xcomp"):
        return k.lemma_.lower() in _FIGHTING and to_infinitive(k)
    if k.dep_ not in ("dative", "prep") or k.lower_ != "to":
        return False
    return any(
        g.lower_ in _FIGHTING and g.dep_ == "compound"
        for obj in k.children
        if obj.dep_ == "pobj"
        for g in obj.children
    )
