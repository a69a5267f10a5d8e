"""The doer of a causative order's act: "a court in Budapest ordered twelve of them deported"
(issue 9, lex27: fresh14's class OC).

The parse repair ``_causative_orders.causative_participle`` hangs the participle as the order's
complement with the people ordered as its passive subject, so ``verbs.passive_subject`` makes
them the target; the participle has no agent of its own, and the one who does the act is the
one who ordered it (the court, whose state deports). Runs right after ``verbs.verb_subject``.
"""

from __future__ import annotations

from realpolitik.extract._causative_orders import caused_participle
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties._reading import subject


@acts_on(noun=False)
def ordered_act_doer(s: Site, c: Candidates) -> Candidates:
    """ "Ordered six of the miners expelled": the orderer does the participle's act."""
    if s.noun or c.sources or not caused_participle(s.tok):
        return c
    got, path = subject(s.actors, s.tok.head)
    return c.with_sources(got, path + 1) if got else c
