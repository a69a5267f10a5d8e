"""A refusal a complaint tells in the passive is the host's (issue 9, parties52: fresh26's class
G; recurring.md's "agentless passive whose doer is the story's state" and "coordinated
predicates").

"Ghana's embassy in Lome complained that the lorries had been held for three weeks and that its
exporter had been denied a hearing": the complained-of act (GUIDE rule 2's grievance, the
complainer's word, `reported`) names no doer; only the state that holds the goods or the people
can deny them a hearing, access or a visit: the state the complaining mission is posted in (its
"in CAPITAL"), else the story's other state. Its target is the complainer's state. Only a
passive "denied / refused N" with no "by" agent and no doer found, in a that-clause of
"complained / protested / objected" (or a clause conjoined to one) whose subject is a state
or its mission.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, unknown
from realpolitik.extract.parties.mission_complaints import _host, _partner
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

_REFUSAL = "12"
_DENYING = frozenset({"deny", "refuse"})
_COMPLAINING = frozenset({"complain", "protest", "object"})
_STATE_VOICES = frozenset({"", "GOV"})
_CLAUSE_DEPTH = 3


@acts_on(noun=False, roots=(_REFUSAL,))
def complained_denial_doer(s: Site, c: Candidates) -> Candidates:
    """ "complained ... that its exporter had been denied a hearing": the mission's host (else
    the story's other state) -> the complainer's state (see the module doc)."""
    if s.root != _REFUSAL or s.tok.lemma_.lower() not in _DENYING:
        return c
    if any(not unknown(a) for a in c.sources):
        return c
    kids = s.kids
    if not any(k.dep_ == "auxpass" for k in kids) or any(k.dep_ == "agent" for k in kids):
        return c
    verb = _complaint(s.tok)
    if verb is None:
        return c
    subj = next((k for k in verb.children if k.dep_ == "nsubj"), None)
    if subj is None:
        return c
    voices = [a for a in s.actors.resolve(subj) if a.ref.country]
    own = {a.ref.country for a in voices}
    if len(own) != 1 or not all(a.ref.code[3:] in _STATE_VOICES for a in voices):
        return c
    home = next(iter(own)) or ""
    doer = _host(verb, s.actors) or _partner(s, home)
    if doer is None or not doer.ref.country or doer.ref.country == home:
        return c
    state = ActorRef(home, home, home)  # (the complainer's people: its state, not its mission)
    return c.with_sources([Arg(doer.ref, EARLIER, s.tok.i)]).with_targets(
        [Arg(state, EARLIER, subj.i)]
    )


def _complaint(tok: Token) -> Token | None:
    """The complaint verb whose that-clause ``tok`` heads, directly or as a conjunct."""
    for _ in range(_CLAUSE_DEPTH):
        if tok.dep_ == "conj":
            tok = tok.head
            continue
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in _COMPLAINING:
            return tok.head
        return None
    return None


__all__ = ["complained_denial_doer"]
