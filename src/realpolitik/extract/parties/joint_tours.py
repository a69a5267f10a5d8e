"""Two people touring a place together visit neither each other nor its state (issue 9 round
25, parties37: fresh19's class B).

"French Armed Forces Minister NAME arrived in Bucharest and was welcomed by President NAME. The
two men toured the headquarters of the French battle group at Cincu": "the two men" stands
for the guest and the host, and what they toured is a site (a base, a unit's headquarters, a
factory), not either of them. ``pairs.pair_up`` pairs the doers of a one-pair phrase both ways
for a meeting ("the two leaders met"); for a visit verb with a toured object that is neither
doer, that mutual reading makes a visit between them that the text does not tell (the guest's
visit is the arrival already coded), and the site's state is the host's own or the guest's own
unit, an act within one state. The visit of two co-visitors to a site is no interstate event:
the pairs are dropped. A toured state ("the two men toured Romania") is a target and stays.
"""

from __future__ import annotations

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key
from realpolitik.extract.parties.pairs import _one_pair_phrase

# Visits (042) and hostings (043): the codes a tour verb takes.
_VISIT_CODES = ("042", "043")
_OBJECT_DEPS = frozenset({"dobj"})


@acts_on(noun=False, roots=("04",))
def joint_tour(s: Site, c: Candidates) -> Candidates:
    """A visit verb whose subject is one pair phrase ("the two men", "the two ministers") and
    whose object is a site neither of them is (see the module's docstring): no event."""
    if not c.pairs or s.noun or not s.code.startswith(_VISIT_CODES):
        return c
    if c.targets or not _one_pair_phrase(s, c.sources):
        return c
    own = {key(a) for a in c.sources}
    objs = [k for k in s.kids if k.dep_ in _OBJECT_DEPS]
    if not objs:
        return c
    for o in objs:
        if any(key(a) in own for a in s.actors.resolve(o)):
            return c  # ("the two men visited each other's capitals")
    return c.with_pairs([], "joint_tour")
