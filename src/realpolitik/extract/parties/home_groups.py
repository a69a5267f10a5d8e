"""A group with no state of its own, acted on by a state's police or courts, is at that state's
home (issue 9 round 16, leftovers16).

"Turkish police prevented the demonstration staged by students at a university in Sivas": the
students are placed in a place the registry does not know, so they keep no state ("---EDU"),
and ``pairs.home_target`` gives a home target only where none is named. The police and the
courts act at home (the GUIDE's own-state convention, PLOVER ISO3 -> same ISO3), so the
people they coerce, arrest or put on trial are that state's ("TUREDU"). Soldiers and
governments act abroad too, so their countryless targets stay as they are.
"""

from __future__ import annotations

from dataclasses import replace

from realpolitik.extract._codebook import DOMESTIC_TYPES
from realpolitik.extract._mentions import Arg
from realpolitik.extract._triggers import plover_of
from realpolitik.extract.parties._model import Candidates, Site

# Sectors of a state that act only at home: its police and its courts.
_HOME_SECTORS = frozenset({"COP", "JUD"})
_NO_STATE = "---"
_STATE = 3


def countryless_home_group(s: Site, c: Candidates) -> Candidates:
    """The doer's state for a countryless group its police or courts act on (module doc)."""
    if not c.pairs or plover_of(s.found.entry, s.code)[0] not in DOMESTIC_TYPES:
        return c
    pairs = []
    for a, b in c.pairs:
        own = a.ref.country
        if (
            b is not None
            and own
            and not b.ref.country
            and b.ref.code.startswith(_NO_STATE)
            and a.ref.code[:_STATE] == own
            and a.ref.code[_STATE:] in _HOME_SECTORS
        ):
            ref = replace(b.ref, code=own + b.ref.code[_STATE:], country=own)
            b = Arg(ref, b.quality, b.tok)
        pairs.append((a, b))
    return c.with_pairs(pairs)


__all__ = ["countryless_home_group"]
