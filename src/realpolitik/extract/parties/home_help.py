"""Help a state fails to give at home is no act at that state (names19: fresh8's and fresh9's
class IN).

"Nor has Chad helped itself: its government has not sent a single consul to the camps": a
government's aid or cooperation (CAMEO 06, 07) that reaches no other state is domestic, and the
state it stands for is no target of it, whatever clause ("Chad helped itself") named the state.
Acts of force and coercion keep the domestic convention ("police arrested two officials":
``pairs.home_target``); aid to another state is untouched.
"""

from __future__ import annotations

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

# CAMEO roots of material cooperation and aid.
HELP_ROOTS = frozenset({"06", "07"})
_STATE_CODE = 3  # a state itself ("TCD"), not one of its bodies ("TCDGOV")


@acts_on(roots=HELP_ROOTS)
def no_own_state_help(s: Site, c: Candidates) -> Candidates:
    """The doer's own state as the target of its aid or cooperation: no target."""
    if not c.pairs or s.root not in HELP_ROOTS:
        return c
    pairs = []
    for a, b in c.pairs:
        own = a.ref.country
        if b is not None and own and len(b.ref.code) == _STATE_CODE and b.ref.code == own:
            b = None
        pairs.append((a, b))
    return c.with_pairs(pairs)


__all__ = ["no_own_state_help"]
