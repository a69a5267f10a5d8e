"""Recognising a region is no recognition of the state it belongs to (issue 9, round 35).

"Russia recognised South Ossetia and Abkhazia as independent states": the actor tables read a
breakaway region (South Ossetia, Abkhazia, Transnistria, Karabakh, Crimea) as a place of its
state of international recognition, so that acts on it ("tanks rolled into South Ossetia") are
acts on that state. A recognition (CAMEO 054) of the region is the opposite of one of its state:
it is aimed at the region's claim, which has no state code, so the recognition keeps no target
rather than read as a friendly act toward the state the region is recognised apart from.
"""

from __future__ import annotations

from realpolitik.actors import countries
from realpolitik.actors.countries import normalize_name
from realpolitik.extract._mentions import Arg
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

_RECOGNITION = "054"
_STATE_CODE = 3


def _region_of_state(a: Arg) -> bool:
    """``a`` resolves to a bare state code by a name that is none of the state's own names."""
    ref = a.ref
    if len(ref.code) != _STATE_CODE or not ref.name:
        return False
    state = countries.get(ref.code)
    if state is None:
        return False
    return normalize_name(ref.name) not in {normalize_name(f) for f in state.name_forms}


@acts_on(codes=(_RECOGNITION,))
def recognised_region(s: Site, c: Candidates) -> Candidates:
    """ "Russia recognised South Ossetia": the region's state is no target of the recognition."""
    if not c.pairs or not s.code.startswith(_RECOGNITION):
        return c
    pairs = [(a, None if b is not None and _region_of_state(b) else b) for a, b in c.pairs]
    return c.with_pairs(pairs) if pairs != list(c.pairs) else c


__all__ = ["recognised_region"]
