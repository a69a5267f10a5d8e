"""The doer of an act an undertaking noun names and an appositive says was never done: "X's
threat to retaliate against Y, never carried out, ..." (fresh15's NC, fact27).

The parser hangs the infinitive on the noun (``acl``) with no subject; the one who threatened
or pledged is the noun's owner (its possessor or "by" phrase), as for a decision noun
(``decided``). Kept to the acts :func:`_passed_over.unfulfilled` reads as never done, which are
emitted negated: without the appositive the act is the threat's content and folded into it.
"""

from __future__ import annotations

from realpolitik.extract._passed_over import unfulfilled
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties._reading import agent_of


@acts_on(noun=False)
def unfulfilled_act_owner(s: Site, c: Candidates) -> Candidates:
    """ "Lome's threat to retaliate against Benin, never carried out": Lome's retaliation (not
    done), when the clause names no doer of its own."""
    tok = s.tok
    if s.noun or c.sources or tok.dep_ != "acl" or not unfulfilled(tok):
        return c
    if any(k.dep_ in ("nsubj", "nsubjpass") for k in tok.children):
        return c
    return c.with_sources(agent_of(s.actors, tok.head), 2)
