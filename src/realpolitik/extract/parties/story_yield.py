"""A concession with no target of its own is made to the story's other state (names19: fresh9's
class H).

"Benin protested to Niger over raids on its traders. The Nigerien leader could ease the
pressure by suspending raids on markets": a yielding act (CAMEO 08: ease, suspend, lift,
release) that names no one yields to the other side of the story's dispute, not to the doer's
own state (which ``pairs.home_target`` would give it). With no such story the act keeps the
home convention ("police eased the curfew"). A grant of a request whose maker is named ("the
request of the families", "a request by local chiefs") is made to that maker, no state: it
takes no story partner (lex28).
"""

from __future__ import annotations

from realpolitik.extract._hedged_acts import idle_without_object
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties.court_cases import story_partner
from realpolitik.extract.parties.granted_requests import maker_named

YIELD_ROOT = "08"


@acts_on(roots=(YIELD_ROOT,))
def yield_story_partner(s: Site, c: Candidates) -> Candidates:
    """An untargeted concession: the story's other state as its target."""
    if not c.pairs or s.root != YIELD_ROOT or all(b is not None for _, b in c.pairs):
        return c
    if idle_without_object(s.tok):
        return c  # ("Ruto should not yield": advice with nothing to aim at, parties40)
    if maker_named(s.tok):
        return c  # ("granted the request of the families": the maker named is no state, lex28)
    return c.fill_targets(lambda own: story_partner(s, own))


__all__ = ["yield_story_partner"]
