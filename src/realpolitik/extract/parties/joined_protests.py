"""A state that joins another's criticism ("Z joined the protest (the criticism, the
condemnation)") aims it where that criticism was aimed (issue 9, parties54: fresh28's class
A).

"Sweden criticised Norway over its seal quota. Denmark joined the protest": the act noun is the
object of "join" and names no target of its own; the criticism it joins is the latest one the
story told (this sentence or the two before) by a state other than the joiner, and its target
is the joiner's. ``_joined_protests`` recodes the bare "protest" as that criticism (111).
"""

from __future__ import annotations

from realpolitik.extract._joined_protests import CRITICISM_ROOT, SENTENCES_BACK, joined_noun
from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site


@acts_on(noun=True, roots=(CRITICISM_ROOT,))
def joined_criticism_target(s: Site, c: Candidates) -> Candidates:
    """ "Z joined the protest (criticism)": the target of the criticism it joins."""
    if c.targets or not c.sources or not joined_noun(s.found):
        return c
    own = {a.ref.country for a in c.sources if a.ref.country}
    if not own:
        return c
    for act in reversed(s.ctx.earlier):
        back = s.ctx.index - act.trigger // 10_000
        if not 0 <= back <= SENTENCES_BACK or act.root != CRITICISM_ROOT:
            continue
        t = act.target
        if act.source.country in own or t is None or not t.country or t.country in own:
            continue
        return c.with_targets([Arg(t, EARLIER, s.tok.i)], 2)
    return c


__all__ = ["joined_criticism_target"]
