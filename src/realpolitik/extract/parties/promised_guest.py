"""A promise made at a meeting is made to the one met (issue 9, parties57; fresh30's class C
left over): "X met Y's president and promised to press for the ratification of the EU's
agreement with Y" took the promise's target from the act it promises (the pressing), whose only
party was the EU, named as the pact's owner; the promise (03) is X's to Y, the one it met, the
body named only as whose agreement it is."""

from __future__ import annotations

from realpolitik.extract._mentions import Arg
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

_PROMISE = "03"
# Verbs of meeting someone, on whose object a conjoined promise is made.
_MEETING = frozenset({"meet", "host", "receive", "visit", "welcome"})
# Nouns of a pact whose possessor only owns it.
_PACTS = frozenset({"agreement", "deal", "pact", "accord", "treaty", "partnership"})


def _pact_owner(s: Site, a: Arg) -> bool:
    """``a`` names only whose pact it is ("the EU's agreement with Y")."""
    doc = s.tok.doc
    if not 0 <= a.tok < len(doc):
        return False
    tok = doc[a.tok]
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "poss" and tok.head.lemma_.lower() in _PACTS


@acts_on(roots=(_PROMISE,), noun=False)
def promised_to_the_met(s: Site, c: Candidates) -> Candidates:
    """ "X met Y's president and promised to press for the ratification of the EU's deal with
    Y": the promise is aimed at the one met, not the pact's owner."""
    verb = s.tok
    if verb.dep_ != "conj" or verb.head.lemma_.lower() not in _MEETING:
        return c
    if not c.targets or not all(_pact_owner(s, a) for a in c.targets):
        return c
    met = next((k for k in verb.head.children if k.dep_ == "dobj"), None)
    if met is None:
        return c
    got = [a for a in s.actors.resolve(met) if a.ref.country]
    return c.with_targets(got, 1) if got else c


__all__ = ["promised_to_the_met"]
