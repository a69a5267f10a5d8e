"""Aid moved by a verb of routing is the routing subject's aid (parties47: fresh23's D).

"Norway, which had little presence in Bangkok a decade ago, now channels flood aid to Myanmar
through Thailand": "channels" has a row only for money "into" a place or goods "through" one,
so the aid noun was the trigger, with no doer of its own, and ``pair_up`` dropped it (the
relative clause between the subject and its verb left the verb's own subject as the only
doer there was to find). An aid noun (root 07) that is the object of a verb of moving it on
("channels / funnels / routes / pours / ships / airlifts / trucks aid to Y") is given by that
verb's subject, as a light verb's noun is ("provided aid"); a verb of getting, asking or
stopping ("receives / seeks / blocks aid") is none of these.
"""

from __future__ import annotations

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties._reading import subject

_AID = "07"
# Verbs that move aid on to its recipient (not those that get, ask for or stop it).
_ROUTING = frozenset(
    {"channel", "funnel", "route", "pour", "pump", "steer", "direct", "ship", "airlift",
     "truck", "ferry", "move", "distribute", "disburse", "transfer", "dispatch", "rush",
     "bring", "fly", "push", "deliver", "send"}
)  # fmt: skip


@acts_on(noun=True, roots=(_AID,))
def routed_aid_giver(s: Site, c: Candidates) -> Candidates:
    """ "X (, which ...,) channels flood aid to Y through Z": X gives (X -> Y 07)."""
    if not s.noun or s.root != _AID or c.sources or s.tok.dep_ != "dobj":
        return c
    verb = s.tok.head
    if verb.lemma_.lower() not in _ROUTING or verb.i in s.ctx.triggers:
        return c  # (a verb of its own row codes the act itself)
    got, path = subject(s.actors, verb)
    got = [a for a in got if a.ref.country and not a.ref.code.startswith("---")]
    return c.with_sources(got, path + 1) if got else c


__all__ = ["routed_aid_giver"]
