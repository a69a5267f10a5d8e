"""A joint act of two states is between them: "Tusk spoke by phone with Store, and the two
agreed to open talks on sales of Norwegian gas to Poland" (fresh22's J) is Poland <-> Norway,
never Poland -> Poland and Norway -> Poland. The "to Poland" of the agreed act's object names one
of the doers; a state acting with a partner does not act on itself, so where every target is
of one of the two doers' states the doers are each other's targets (``pair_up`` pairs them
both ways), as "each other" makes them (``reciprocal.each_other``)."""

from __future__ import annotations

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

_RECIPROCAL = "recip"
_PAIR = 2
_NAME = "PROPN"  # a state named as the target ("to Poland"), not a noun it modifies


@acts_on(noun=False)
def doers_each_others_target(s: Site, c: Candidates) -> Candidates:
    """A symmetric verb ("agree", "sign", "meet": a ``recip`` row) whose doers are two states
    and whose every target is one of them named: the doers are each other's targets."""
    if _RECIPROCAL not in s.flags or not c.targets or len(c.sources) < _PAIR:
        return c
    doers = {a.ref.country for a in c.sources}
    if len(doers) != _PAIR or None in doers:
        return c
    doc = s.tok.doc
    if any(0 <= a.tok < len(doc) and doc[a.tok].pos_ != _NAME for a in c.targets):
        return c  # ("to Chilean trucks": a modifier's state, ``joint_own_modifier``'s later)
    if all(a.ref.country in doers for a in c.targets):
        return c.with_targets(c.sources)
    return c
