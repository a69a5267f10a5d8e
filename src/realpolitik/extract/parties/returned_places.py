"""People returned "to PLACE" where no table knows PLACE (issue 9 round 23, parties33: fresh17's
class SR).

"Uruguayan police returned 30 asylum seekers to Patagonia last week": the returned people are
placed by no word of theirs, and the place they go to is a region the place tables do not know,
so ``locate_unplaced`` put them in the only state the sentence names, the returner's own
(URYCOP -> URYREF). A return, expulsion or deportation "to" a named place sends people across a
border: never to the returner's own state. The target is the paragraph's (else the story's) one
other state (``other_state``); with none, the pair keeps no target (``home_target`` leaves
it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties.story_acts import other_state

if TYPE_CHECKING:
    from spacy.tokens import Token

# Expelling or deporting people (CAMEO 174).
_RETURN_CODES = ("174",)
_PLACE_ENTS = frozenset({"GPE", "LOC"})


def returned_abroad(s: Site) -> bool:
    """A return (174) whose "to" phrase names a place by a proper name that no table places:
    across a border, never a home act (also read by ``home_target``)."""
    if s.noun or not s.code.startswith(_RETURN_CODES):
        return False
    heads = [*s.kids, *(g for k in s.kids if k.dep_ == "advmod" for g in k.children)]
    for k in heads:  # ("sent 40 migrants back to Kalvara": "to" on "back")
        if k.dep_ != "prep" or k.lower_ != "to":
            continue
        for p in k.children:
            if p.dep_ == "pobj" and _unplaced_name(s, p):
                return True
    return False


def _unplaced_name(s: Site, p: Token) -> bool:
    if p.pos_ != "PROPN" and p.ent_type_ not in _PLACE_ENTS:
        return False
    return all(s.actors.mention_of(t) is None for t in p.subtree)


@acts_on(noun=False, codes=_RETURN_CODES)
def returned_to_unknown_place(s: Site, c: Candidates) -> Candidates:
    """People returned "to Patagonia" by a state's body: never the returner's own state; the
    paragraph's (the story's) other state, else no target."""
    if not c.pairs or not returned_abroad(s):
        return c
    unplaced = {b.tok for b in c.targets if b.ref.code.startswith("---")}
    return c.retarget(
        lambda a, b: b.ref.country == a.ref.country and b.tok in unplaced,
        lambda own: other_state(s, own),
    )


__all__ = ["returned_abroad", "returned_to_unknown_place"]
