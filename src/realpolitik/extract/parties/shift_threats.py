""" "Would ship its goods via Y if another lorry was ambushed": the threat's target is the state
that must meet the condition, never the route state (fresh13's class TH; the recoding and the
conventions are in ``_held_out_shifts``)."""

from __future__ import annotations

from realpolitik.extract._held_out_shifts import THREAT_CODE, shift_party
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site


@acts_on(noun=False, codes=(THREAT_CODE,))
def held_out_shift_target(s: Site, c: Candidates) -> Candidates:
    """A trade shift recoded as a threat (1312) targets the condition's state."""
    if s.noun or c.targets or s.code != THREAT_CODE:
        return c
    party = shift_party(s.tok, s.ctx)
    return c if party is None else c.with_targets([party])
