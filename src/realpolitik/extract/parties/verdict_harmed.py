"""Who a verdict says is harmed is not who is judged (lex31, fresh18 CS).

"Austria called the checks a setback for the commuters who cross each day", "called Uganda's ban
a blow to Kenyan traders": the parser hangs the "for" / "to" phrase of the complement noun on
the verb, and the verb's reading takes its noun as the criticism's target. The phrase names the
ones the judged act hurts (often the critic's own people); the criticism is aimed at the act's
doer, which the object names ("Uganda's ban") or the story gave ("the checks" that another state
began). With the phrase's target dropped, the stages that find a judged act's doer choose it.
"""

from __future__ import annotations

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

_DISAPPROVE = "11"
_VERDICT_VERBS = frozenset({"call", "label", "term", "describe", "deem", "brand"})
_HARMED_PREPS = frozenset({"for", "to"})


def _harmed(s: Site) -> set[int]:
    """Tokens of a "for" / "to" phrase after the verdict's complement ("a setback for X")."""
    tok = s.tok
    comps = [k for k in tok.children if k.dep_ == "oprd" or (k.dep_ == "prep" and k.lower_ == "as")]
    if not comps:
        return set()
    first = min(k.i for k in comps)
    heads = [tok, *comps, *(g for k in comps if k.dep_ == "prep" for g in k.children)]
    return {
        w.i
        for h in heads
        for k in h.children
        if k.dep_ == "prep" and k.lower_ in _HARMED_PREPS and k.i > first
        for w in k.subtree
    }


@acts_on(noun=False, roots=(_DISAPPROVE,))
def verdict_harmed_not_target(s: Site, c: Candidates) -> Candidates:
    """ "called the checks a setback for the commuters": the harmed are no target (after
    ``context.phrase_actor``, which reads them as one; the story's stages after it then find
    the judged act's doer)."""
    if s.root != _DISAPPROVE or s.noun or not c.targets:
        return c
    if s.tok.lemma_.lower() not in _VERDICT_VERBS:
        return c
    harmed = _harmed(s)
    kept = [b for b in c.targets if b.tok not in harmed]
    return c if len(kept) == len(c.targets) else c.with_targets(kept)
