"""Access denied in an agentless passive is the holder's refusal (issue 9, parties49: fresh24's
class D; recurring.md's "agentless passive whose doer is the story's state").

"A Kenyan court sentenced a Ugandan national to five years in prison. Uganda's foreign ministry
said its consular officers had been denied access to the man": no one is named as refusing,
but only the state that holds the man can deny access to him; the refusal (GUIDE rule 4's
passive refusal of entry) is the holder's, aimed at the state whose officers were turned away.
The holder is the doer of the latest act of coercion (17: an arrest, a detention, a sentence)
of the last sentences on people of that state. Only a passive "denied / refused access (a
visit, entry)" with no "by" agent and no doer found, whose subject names a state.
"""

from __future__ import annotations

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._earlier_acts import recent
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, home_of, unknown

_DENYING = frozenset({"deny", "refuse"})
_ACCESS = frozenset({"access", "visit", "visits", "entry", "contact"})
_HOLDING_ROOTS = frozenset({"17"})
_HOLDER_SENTENCES = 3


@acts_on(noun=False, roots=("12",))
def denied_access_holder(s: Site, c: Candidates) -> Candidates:
    """ "its consular officers had been denied access to the man": the holder -> the officers'
    state (see the module doc)."""
    if any(not unknown(a) for a in c.sources) or s.tok.lemma_.lower() not in _DENYING:
        return c
    kids = s.kids
    if not any(k.dep_ == "auxpass" for k in kids) or any(k.dep_ == "agent" for k in kids):
        return c
    obj = s.child("dobj")
    subj = s.child("nsubjpass")
    if obj is None or obj.lemma_.lower() not in _ACCESS or subj is None:
        return c
    refused = {a.ref.country for a in s.actors.resolve(subj) if a.ref.country}
    if len(refused) != 1:
        return c
    holders = {
        home_of(a.source): a.source
        for a in recent(s, _HOLDER_SENTENCES)
        if a.root in _HOLDING_ROOTS and a.target is not None and a.target.country in refused
        and a.source.country and a.source.country not in refused and not a.background
    }  # fmt: skip
    if len(holders) != 1:
        return c
    targets = c.targets or tuple(a for a in s.actors.resolve(subj) if a.ref.country in refused)
    return c.with_sources([Arg(next(iter(holders.values())), EARLIER, s.tok.i)]).with_targets(
        targets
    )
