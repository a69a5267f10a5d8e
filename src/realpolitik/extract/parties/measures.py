"""A measure named before that now reaches another state (lex13): "Russia imposed restrictions
on Polish imports. The restrictions will extend to Lithuania" is Russia's sanction on Lithuania
(CAMEO 163). The subject is the measure, no actor: its doer is the doer of the act the
definite noun refers back to (``answered.earlier_doers``), the "to" phrase the new target.
"""

from __future__ import annotations

from realpolitik.extract._measures import REACH_VERBS
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties.answered import earlier_doers


@acts_on(noun=False)
def measure_doer(s: Site, c: Candidates) -> Candidates:
    """ "The restrictions now extend to Lithuania": the doer of the restrictions named before."""
    if s.noun or c.sources or s.tok.lemma_.lower() not in REACH_VERBS:
        return c
    subj = s.child("nsubj")
    if subj is None:
        return c
    got = earlier_doers(s, subj, set())
    return c.with_sources(got, 1) if got else c
