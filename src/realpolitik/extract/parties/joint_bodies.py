"""Bodies "of A and B" as joint doers (issue 9 round 19, parties25: fresh13's class J, recurring
since fresh3 as "the two ..." and pair nouns).

"The state grid operators of Kenya and Ethiopia signed a contract", "the port authorities of A
and B agreed ...": a plural head noun whose "of" phrase lists states names one body of each
state, the doers of the act together. The actor tables know some such heads as sectors
("companies", "ministers") and place them; any other head ("operators", "utilities",
"regulators", "carriers") named no actor at all and the act had no doer. Whatever the head, a
plural subject "the Xs of A and B" is A's and B's (their state, with no sector read).
"""

from __future__ import annotations

from dataclasses import replace

from realpolitik.extract._dependents import conjuncts
from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import LISTED
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

_PLURAL = frozenset({"NNS", "NNPS"})
_LINK = frozenset({"of", "from"})


@acts_on(noun=False)
def bodies_of_states(s: Site, c: Candidates) -> Candidates:
    """ "The state grid operators of Kenya and Ethiopia signed": no doer read, the subject a
    plural noun with "of A and B" (two or more states): each state is a doer."""
    if s.noun or c.sources:
        return c
    subj = s.child("nsubj")
    if subj is None or subj.tag_ not in _PLURAL or subj.pos_ != "NOUN":
        return c
    for prep in subj.children:
        if prep.dep_ != "prep" or prep.lower_ not in _LINK:
            continue
        for p in prep.children:
            if p.dep_ != "pobj" or not conjuncts(p):
                continue
            got = [a for a in s.actors.resolve(p) if a.ref.country and len(a.ref.code) == 3]
            if len({a.ref.country for a in got}) >= 2:
                return c.with_sources([Arg(replace(a.ref), LISTED, subj.i) for a in got])
    return c


# What two neighbours share: a border closed or opened by both is closed to each other.
_SHARED_NOUNS = frozenset({"border", "frontier", "boundary", "crossing", "crossings"})
_SHARED_DETS = frozenset({"the", "their"})


@acts_on(noun=False)
def joint_border_partners(s: Site, c: Candidates) -> Candidates:
    """ "Chile and Peru closed the border", "the two governments reopened their frontier": joint
    doers of two states acting on the border they share, with no target named, act toward each
    other (``pair_up`` pairs them both ways)."""
    if s.noun or c.targets or len({a.ref.country for a in c.sources if a.ref.country}) != 2:
        return c
    obj = s.child("dobj", "nsubjpass")
    if obj is None or obj.lemma_.lower() not in _SHARED_NOUNS:
        return c
    if not all(k.lower_ in _SHARED_DETS for k in obj.children if k.dep_ in ("det", "poss")):
        return c
    if any(s.actors.mention_of(t) is not None for t in obj.subtree):
        return c  # ("the Bolivian border", "the border with Bolivia": a side named)
    return c.with_targets(c.sources)
