"""A threat of force told in the passive, held out by the voice that reports it: "Serbia said
Kosovo's forces would be met with force", "any incursion will be met with military force, the
defence minister warned" (leftovers32); and a sending told so ("Britain said troops would be
sent to Estonia", leftovers39).

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
    return _voice_doer(s, c)


# Sending told in the passive (leftovers39): aid (07) and troops or ships deployed (15), also
# where a future recodes it as the intent to send (03: "would be sent").
_SENT = frozenset({"07", "15"})
_INTENT = "03"


@acts_on(noun=False, roots=(*_SENT, _INTENT))
def voiced_sending_doer(s: Site, c: Candidates) -> Candidates:
    """ "Britain said troops would be sent to Estonia", "aid will be delivered to Sudan, the
    French foreign ministry said": an agentless passive sending still ahead, with a destination,
    is the act of the one state whose voice announces it (GBR -> EST), with the hedge its clause
    carries; a voice of no one state, or of the destination itself, gives no doer, and a sending
    already done that a watching body (intelligence, monitors) tells of is someone else's."""
    if s.noun or c.sources or not c.targets or s.found.entry.cameo[:2] not in _SENT:
        return c
    ahead = any(k.dep_ == "aux" and k.lower_ in _AHEAD for k in s.kids)
    if not ahead and _watchers_voice(s):
        return c  # "X's intelligence agency said troops had been sent to Y": someone's, not X's
    return _voice_doer(s, c)


# Auxiliaries of a sending still ahead, which the reporting state announces as its own.
_AHEAD = frozenset({"will", "would", "shall", "'ll", "wo", "could", "may", "might", "can"})
# Words of a voice that watches others (intelligence, monitors): a sending already done that
# it tells of is another state's (issue 9's "X's intelligence agency said that ..."), never its own.
_WATCHERS = frozenset(
    {"intelligence", "spy", "espionage", "monitor", "monitors", "monitoring", "observer",
     "observers", "watchdog", "sources", "media", "agency", "agencies"}
)  # fmt: skip


def _watchers_voice(s: Site) -> bool:
    """Whether a reporting voice of ``s`` is a body that watches others."""
    doc = s.tok.doc
    said = [doc[i] for i in s.reporters]
    if not said and s.tok.dep_ == "ccomp":
        said = [k for k in s.tok.head.children if k.dep_ == "nsubj"]
    return any(w.lower_ in _WATCHERS for t in said for w in t.subtree)


def _voice_doer(s: Site, c: Candidates) -> Candidates:
    """The one state of the agentless passive's reporting voice as its doer."""
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
