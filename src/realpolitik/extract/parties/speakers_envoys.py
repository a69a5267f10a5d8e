"""The speaker's own envoys as doers of a reported clause (issue 9, clauses34: fresh22's M).

"Kenya's foreign ministry said consular staff had visited the fans and asked Tanzanian
authorities to speed up their cases": the staff, diplomats or officials a state's voice reports
on, named with no state of their own, are that state's (its consular staff, its diplomats); the
acts of their clause, and of the conjuncts that share its subject, are theirs, told by the
speaker (`reported`, GUIDE rule 3), not the speaker's own acts and not acts of no one. Only
their appeals, demands and complaints: their "visit" to the fans is consular work, no state visit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import child
from realpolitik.extract._mentions import Arg
from realpolitik.extract._said_conjunct import ENVOYS
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, unknown
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

_SAYING = frozenset({"say", "tell", "state", "announce", "add", "confirm", "report", "note"})
_SUBJECTS = ("nsubj", "nsubjpass")
# Acts envoys do for their state by asking or objecting (appeals, demands, complaints); not a
# "visit" to detainees, which is consular work, no state visit.
_ASKING_ROOTS = ("02", "10", "11")


def _clause(tok: Token) -> Token:
    """The reported clause ``tok`` acts in: itself, or the first conjunct it shares a subject
    with ("had visited the fans and asked ...")."""
    while (
        tok.dep_ == "conj"
        and tok.head.i != tok.i
        and not any(c.dep_ in _SUBJECTS for c in tok.children)
    ):
        tok = tok.head
    return tok


@acts_on(noun=False, roots=_ASKING_ROOTS)
def speakers_envoys(s: Site, c: Candidates) -> Candidates:
    """An envoy noun with no state ("consular staff") as the subject of a clause a state
    reports: the state that reports it."""
    if s.noun or s.root not in _ASKING_ROOTS:
        return c  # (the kinds its mark names)
    if c.sources and not all(unknown(a) for a in c.sources):
        return c
    clause = _clause(s.tok)
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SAYING:
        return c
    subj = child(clause, "nsubj")
    if subj is None or subj.lemma_.lower() not in ENVOYS:
        return c
    if any(not unknown(a) for a in s.actors.resolve(subj)):
        return c  # ("Chilean diplomats": their own state)
    speaker = child(clause.head, "nsubj")
    voice = [a for a in s.actors.resolve(speaker) if not unknown(a)] if speaker else []
    states = {a.ref.country for a in voice if a.ref.country}
    if len(states) != 1:
        return c
    country = states.pop()  # (the envoys' own token: the speaker is no party as speaker)
    return c.with_sources([Arg(ActorRef(subj.text, country, country), EARLIER, subj.i)])
