"""A threat of force told in the passive, held out by the voice that reports it: "Serbia said
Kosovo's forces would be met with force", "any incursion will be met with military force, the
defence minister warned" (leftovers32).

The passive names no doer, but a response of force announced by a state can only be its own:
the reporting voice's state is the threatener (CAMEO 138), the passive's subject (whose forces,
whose incursion) the threatened. A voice of no one state, or of the threatened state itself,
gives no doer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

_THREAT = "13"


@acts_on(noun=False, roots=(_THREAT,))
def voiced_force_doer(s: Site, c: Candidates) -> Candidates:
    """An agentless passive threat with a placed target: the one state of its reporting voice
    is the doer."""
    if s.noun or c.sources or not c.targets or s.root != _THREAT:
        return c
    kids = s.kids
    if not any(k.dep_ == "auxpass" for k in kids) or any(k.dep_ == "agent" for k in kids):
        return c
    doc = s.tok.doc
    said = [doc[i] for i in sorted(s.reporters)]
    if not said and s.tok.dep_ == "ccomp" and s.tok.head.lemma_.lower() in _SPEECH:
        said = [k for k in s.tok.head.children if k.dep_ == "nsubj"]  # "X warned that ..."
    voices = [a for t in said for a in s.actors.resolve(t) if not unknown(a)]
    states = {a.ref.country for a in voices if a.ref.country}
    if len(states) != 1:
        return c
    hit = {key(a) for a in c.targets} | {a.ref.country for a in c.targets}
    speaker = [a for a in voices if key(a) not in hit and a.ref.country not in hit]
    if not speaker:
        return c
    return c.with_sources([Arg(speaker[0].ref, EARLIER, s.tok.i)])


# Speech verbs by which a state holds out a response ("said", "warned", "vowed").
_SPEECH = frozenset(
    {"say", "state", "declare", "announce", "add", "insist", "reiterate", "warn", "vow", "tell",
     "stress", "threaten", "caution", "signal", "indicate", "make"}
)  # fmt: skip


def voiced_passive_threat(tok: Token, code: str) -> bool:
    """ "Serbia said Kosovo's forces would be met with force": an agentless passive threat
    (13x) in a speech verb's complement is made by saying it, asserted as "said it would
    retaliate" is (GUIDE rule 2, lex11), not a possible act."""
    if code[:2] != _THREAT or tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in _SPEECH:
        return False
    kids = list(tok.children)
    return any(k.dep_ == "auxpass" for k in kids) and not any(k.dep_ == "agent" for k in kids)
