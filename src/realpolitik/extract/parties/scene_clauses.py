"""No own-state target for a "while police investigate" scene clause (issue 9, parties51:
fresh25's class I; recurring.md's "hedged acts with no target or the own state as target" and
"background / scene-setting acts kept as news").

"A Ghanaian court ordered the Togolese sailors held for 21 days while police investigate": the
"while" clause sets the scene of the main act (the time the men are held); its bare verb with
no object names no act done to anyone. The own-state fallback (``home_target``: police acting at
home target their state) made it an act of the police on their own state. Such a clause, with
no object, no prepositional party and no target of its own, gives no event. Only a verb
trigger in an adverbial clause marked "while" with no direct object.
"""

from __future__ import annotations

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

_SCENE_MARKS = frozenset({"while", "whilst"})
_OBJECTS = frozenset({"dobj", "dative", "prep", "ccomp", "xcomp"})


@acts_on(noun=False)
def while_scene_no_target(s: Site, c: Candidates) -> Candidates:
    """ "... held while police investigate": no act, never one on the police's own state."""
    if not c.pairs or any(b is not None for _, b in c.pairs):
        return c
    tok = s.tok
    if tok.dep_ != "advcl" or any(k.dep_ in _OBJECTS for k in s.kids):
        return c
    if not any(k.dep_ == "mark" and k.lower_ in _SCENE_MARKS for k in s.kids):
        return c
    return c.with_pairs([], "while_scene_no_target")
