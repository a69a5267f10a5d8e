"""Pledges and refusals whose counterpart is the other party of the sentence before's act.

"Lithuania's president visited Warsaw. Poland's president pledged to step up border patrols",
"Poland's president met Lithuania's president. He refused to reopen the crossing": a pledge or
refusal of an act the two sides share (joint patrols, a border post, the crossing), naming no
other state, is made to the state its doer met, hosted or dealt with just before (context14,
fresh7's X). An act of its own ("pledged to rebuild its army", "refused to release the
protesters") names no one here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.extract.parties.context_counterparts import other_side
from realpolitik.extract.parties.context_earlier import answers_nothing, named_outside

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.models import ActorRef

_PLEDGE = "03"
_REFUSAL = "12"
# How many sentences back the act with the counterpart may be told (the one just before).
MET_SENTENCES = 1
# Words that make a pledged act one the two sides share: "joint patrols", "a common border
# post", "step up border patrols", "reopen the frontier".
SHARED_WORDS = frozenset(
    {"joint", "common", "shared", "bilateral", "mutual", "border", "frontier", "crossing"}
)


# Verbs of handing a thing over ("promised to send the report"): with a definite object and no
# receiver of their own, the thing goes to the party just met (context17, fresh9's X).
HANDING_VERBS = frozenset(
    {"send", "hand", "deliver", "share", "submit", "forward", "transmit", "provide", "give"}
)
_DEFINITE_DETS = frozenset({"the", "this", "these", "those"})
# A receiver of the verb's own: "send the report to Brussels", "send them the report".
_RECEIVER_PREPS = frozenset({"to", "for", "with"})


def _handed_over(act: Token) -> bool:
    """ "to send the report", "to hand over the documents": a handing verb whose object is a
    definite noun, with no receiver or phrase of its own ("send the report to Brussels")."""
    if act.lemma_.lower() not in HANDING_VERBS:
        return False
    if any(
        k.dep_ == "dative" or k.dep_ == "prep" and k.lower_ in _RECEIVER_PREPS for k in act.children
    ):
        return False
    obj = next((k for k in act.children if k.dep_ == "dobj"), None)
    return (
        obj is not None
        and obj.pos_ == "NOUN"
        and any(k.dep_ == "det" and k.lower_ in _DEFINITE_DETS for k in obj.children)
    )


def _shared(act: Token) -> bool:
    """The controlled act's own phrase (not a conjoined act's) names something the two sides
    share, or hands a thing already spoken of over."""
    inner = [k for k in act.children if k.dep_ not in ("conj", "cc")]
    return any(t.lower_ in SHARED_WORDS for k in inner for t in k.subtree) or _handed_over(act)


@acts_on(noun=False, roots=(_PLEDGE, _REFUSAL))
def met_counterpart(s: Site, c: Candidates) -> Candidates:
    """A pledge or refusal of a shared act (a controlled verb), naming no other state, by a
    party to an act between two states in the sentence before: aimed at the other party of
    that act (its subject or object), when that party is placed in a state. Joint doers ("the
    two leaders agreed to send a joint team") share the act with each other: no earlier party."""
    if not c.sources or s.noun or s.root not in (_PLEDGE, _REFUSAL):
        return c
    if any(not unknown(a) for a in c.targets):
        return c
    act = s.child("xcomp")
    if act is None or not _shared(act) or (s.root == _REFUSAL and answers_nothing(s)):
        return c  # ("pledged to rebuild its army", "refused to release the protesters")
    own = {key(a) for a in c.sources}
    if len(own) > 1 or named_outside(s, own):
        return c  # ("the two leaders agreed to send a joint team": an act between the doers)
    lo = s.ctx.index - MET_SENTENCES
    other: list[ActorRef] = []
    for a in s.ctx.earlier:
        if a.trigger // 10_000 < lo or a.background:
            continue
        side = other_side(a, own)
        if side is not None and side.country is not None:  # (a state, not "the traders")
            other = [side]
    if not other:
        return c
    return c.with_targets([Arg(r, EARLIER, s.tok.i) for r in other], 1)
