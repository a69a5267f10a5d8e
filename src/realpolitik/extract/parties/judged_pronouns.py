"""A judgement whose object is a pronoun for the act another judgement named just before.

"Poland condemned the attack, while Hungary welcomed it", "France criticised the arrests and
Britain condemned them": the pronoun stands for the definite act noun ("the attack", "the
arrests") that an earlier judgement of the same sentence took as its object, so the second
judgement is aimed where the first one was (the act's doer), never at the judging state itself
(the pronoun read as its own subject) or at the first judge (practice11's class PJ).
``context_referents.pronoun_act_doer`` answers "condemned it" only for an act done to the
reacting state; a third state's approval or criticism of it is read here.
"""

from __future__ import annotations

from realpolitik.extract._mentions import Arg
from realpolitik.extract._pos import NOUN
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._earlier_acts import ANAPHORIC_DETS
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

# Judgements whose object may be such a pronoun, and judgements that may name the act first:
# approval, disapproval, rejection, protest.
_JUDGING_ROOTS = frozenset({"05", "11", "12", "14"})
_PRONOUNS = frozenset({"it", "them"})


@acts_on(noun=False, roots=_JUDGING_ROOTS)
def shared_judgement_target(s: Site, c: Candidates) -> Candidates:
    """ "Colombia condemned the attack, while Trinidad welcomed it": a judgement whose object
    is "it" / "them", with no target or the pronoun read as the judging state or the first
    judge, takes the target of the nearest judgement before it in the sentence whose object
    is a definite noun (the act both judge); never a target of the judging state's own."""
    if not c.sources or s.noun or s.root not in _JUDGING_ROOTS:
        return c
    obj = s.child("dobj")
    if obj is None or obj.lower_ not in _PRONOUNS:
        return c
    own = {key(a) for a in c.sources if not unknown(a)}
    if not own:
        return c
    doc = s.tok.doc
    for i in sorted((i for i in s.ctx.triggers if i < s.tok.i), reverse=True):
        found = s.ctx.triggers[i]
        if found.code[:2] not in _JUDGING_ROOTS or doc[i].pos_ == "NOUN":
            continue
        first = next((k for k in doc[i].children if k.dep_ == "dobj"), None)
        if first is None or first.pos != NOUN:
            return c  # the nearest judgement judged a state or person: "it" may be that
        if not any(k.dep_ == "det" and k.lower_ in ANAPHORIC_DETS for k in first.children):
            return c
        got = s.ctx.roles.get(i)
        if got is None:
            return c
        judges = {key(a) for a in got.sources}
        if any(not unknown(a) and key(a) not in own | judges for a in c.targets):
            return c  # "it" read as a third state, not the judging one or the first judge
        targets = [a for a in got.targets if not unknown(a) and key(a) not in own]
        if not targets:
            return c
        return c.with_targets([Arg(a.ref, EARLIER, obj.i) for a in targets], 1)
    return c


__all__ = ["shared_judgement_target"]
