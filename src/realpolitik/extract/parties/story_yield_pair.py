"""A concession that names no one, in a story of two states, is made to the story's other state
even where no earlier act joins them (parties47: fresh23's A).

"Vietnam and Thailand bargained over rice for months. In the end Hanoi made no concession on
the quotas": "bargained" has no row, so ``story_yield`` finds no earlier act between the two,
and the yielding (08, done, denied or hedged) was left with no target. The paragraph names one
state besides the doer's before the act's sentence: the yield is aimed at it (the paragraph
reading of ``story_other_side``). Done by the state or its government only: its police easing a
curfew is no act between states.
"""

from __future__ import annotations

from realpolitik.extract._hedged_acts import idle_without_object
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties.granted_requests import maker_named
from realpolitik.extract.parties.story_other_side import paragraph_other, state_voice

YIELD_ROOT = "08"


@acts_on(roots=(YIELD_ROOT,))
def yield_paragraph_partner(s: Site, c: Candidates) -> Candidates:
    """An untargeted concession by a state, after a paragraph that names one other state: that
    state as its target."""
    if not c.pairs or s.root != YIELD_ROOT or all(b is not None for _, b in c.pairs):
        return c
    if idle_without_object(s.tok) or maker_named(s.tok):
        return c  # (advice with nothing to aim at; a grant to a named maker: ``story_yield``)
    return c.fill_targets(lambda own: paragraph_other(s, own), by=lambda a: state_voice(s, a))


__all__ = ["yield_paragraph_partner"]
