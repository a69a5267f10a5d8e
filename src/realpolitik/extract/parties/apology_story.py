"""An apology that names no one is owed to the story's wronged state (issue 9 round 19,
parties25: fresh13's class X, "target only in an earlier sentence", recurring since fresh3).

"Turkish troops shot two Syrian farmers near Kilis. Syria summoned Turkey's envoy. Ankara has
not apologised": the apology (CAMEO 055, here negated) names no object, so it had no target.
An apology answers a wrong the apologiser's side did: the party it is owed to is the victim of
the apologiser's latest hostile act in the last sentences, else the state whose latest act
toward the apologiser (a protest, a summons) asks for it. Never the apologiser's own state.
"""

from __future__ import annotations

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key
from realpolitik.extract.parties.context_earlier import ANSWERED_SENTENCES, recent
from realpolitik.models import ActorRef

APOLOGY = "055"
_HOSTILE_FROM = "10"  # roots 10-20: demands to violence, the wrongs an apology answers
_STORY_SENTENCES = ANSWERED_SENTENCES + 1


@acts_on(codes=(APOLOGY,))
def apology_owed_to(s: Site, c: Candidates) -> Candidates:
    """ "X troops shot Y farmers. Y summoned X's envoy. X has not apologised": X -> Y, the
    victim of X's latest hostile act, else the doer of the latest act done to X, in the last
    few sentences."""
    if s.code != APOLOGY or c.targets or not c.sources:
        return c
    own = {key(a) for a in c.sources}
    acts = [a for a in recent(s, _STORY_SENTENCES) if not a.background]
    for a in reversed(acts):  # the wrong done: its victim
        wrong = a.target is not None and a.root >= _HOSTILE_FROM and _side(a.source) in own
        if wrong and a.target is not None and _side(a.target) not in own:
            return c.with_targets([Arg(a.target, EARLIER, s.tok.i)], 1)
    for a in reversed(acts):  # the act that asks for it: its doer
        if a.target is not None and _side(a.target) in own and _side(a.source) not in own:
            return c.with_targets([Arg(a.source, EARLIER, s.tok.i)], 1)
    return c


def _side(ref: ActorRef) -> str:
    return ref.country or ref.code
