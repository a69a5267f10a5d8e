"""A case brought before a court or a trade body: the defendant is the party whose act the body
is asked to rule on.

"Canada asked the WTO to rule on the duties China imposed", "Gambia asked the ICJ to rule on
Myanmar's treatment of the Rohingya": CAMEO 115 (bring lawsuit against) has the plaintiff as
source and the defendant as target ("source must be the plaintiff or the state and target must
be the defendant"); the body asked (the WTO, the court) is neither (lex10).
"""

from __future__ import annotations

from realpolitik.extract._syntax import pobjs
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties._reading import first

LAWSUIT = "115"
# Verbs of the ruling asked for, and the prepositions naming what is ruled on.
_RULING_VERBS = frozenset({"rule", "adjudicate", "arbitrate", "decide", "settle", "judge"})
_RULED_ON = ("on", "over", "against")
# Inside the ruled-on phrase, the words that name its doer: "China's tariffs", "American
# subsidies", "the duties China imposed".
_DOER_DEPS = frozenset({"poss", "amod", "compound", "nsubj", "pobj"})


@acts_on(noun=False, codes=(LAWSUIT,))
def case_defendant(s: Site, c: Candidates) -> Candidates:
    """ "Asked the WTO to rule on the duties China imposed": the doer named in what the body is
    asked to rule on is the case's target (before the verb's object, the body, is taken)."""
    if s.code != LAWSUIT or s.noun or c.targets:
        return c
    for x in s.tok.children:
        if x.dep_ != "xcomp" or x.lemma_.lower() not in _RULING_VERBS:
            continue
        for _, p in pobjs(x, _RULED_ON):
            doers = [k for k in p.subtree if k.dep_ in _DOER_DEPS and k.i != p.i]
            got = first(s.actors, doers)
            if got:
                return c.with_targets(got)
    return c
