"""A second passive participle shares the first's doer (issue 9, parties51: fresh25's class F;
recurring.md's "coordinated predicates" and "agentless passive whose doer is the story's state").

"Two of the group's Austrian staff were detained in Budapest overnight and freed on Thursday",
"three Chilean fishermen were arrested by Peruvian police and later released": the second
participle is the conjunct of the first and has the same subject, so its doer is the first's
(the holder who detained them is the one who frees them). The first got its doer from its own
"by" phrase or from the agentless-passive stages (the place's state); the second, with no
subject of its own, got none and made no event. Only a verb trigger with no source and no
subject, agent, object or clause of its own, joined by "and" to a trigger that is a passive
participle (it has a passive subject); the first's sources after its role stages, and its
targets where the second has none.
"""

from __future__ import annotations

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

_OWN_DOERS = frozenset({"nsubj", "nsubjpass", "agent", "csubj"})
# A second verb with an object or a clause of its own is no passive sharing the first's subject
# ("were killed and vowed that ...": the speakers' own vow, conjoined by the parser).
_OWN_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "dative", "attr", "oprd"})


@acts_on(noun=False)
def conjoined_passive_doer(s: Site, c: Candidates) -> Candidates:
    """ "were detained in CITY and freed": the second participle takes the first's doer."""
    if c.sources:
        return c
    tok = s.tok
    if tok.dep_ != "conj" or tok.tag_ not in ("VBN", "VBD"):
        return c
    first = s.ctx.triggers.get(tok.head.i)
    if first is None or first.entry.pos == "N":
        return c
    if any(k.dep_ in _OWN_DOERS or k.dep_ in _OWN_OBJECTS for k in s.kids):
        return c
    if tok.head.tag_ != "VBN":
        return c
    if not any(k.dep_ == "nsubjpass" for k in tok.head.children):
        return c
    got = s.ctx.roles_of(first)
    if not got.sources:
        return c
    out = c.with_sources(got.sources)
    return out if c.targets else out.with_targets(got.targets)
