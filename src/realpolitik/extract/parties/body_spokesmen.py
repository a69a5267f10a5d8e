""" "A spokesman for the bureau" speaks for the body the story named before, and its state is the
doer of his own speech act (issue 9, parties54: fresh28's class H).

"..., and Chile's National Migration Office ordered him deported. The Peruvian embassy objected
that he had been denied a lawyer, but a spokesman for the office rejected the complaint": "the
office" names no state, but it is the body named by its full name in the sentences before;
that body's state (its owner or adjective, else the doer of the act it was the subject of) is
the speaker's. Without it the speaker was of no state and his rejection was lost. Read right
after ``verb_subject``, where the doer is still the unknown one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.models import ActorRef

_SPEAKERS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "official", "director", "head", "chief",
     "representative", "officer"}
)  # fmt: skip
_BODIES = frozenset(
    {"bureau", "office", "agency", "department", "service", "directorate", "authority",
     "commission", "administration", "inspectorate", "board", "ministry", "council"}
)  # fmt: skip
_FOR = frozenset({"for", "of", "at"})
_OWN_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
_SENTENCES_BACK = 3


def _body_word(subj: Token) -> Token | None:
    """ "a spokesman for the bureau": "bureau" (definite, with no state word of its own)."""
    if subj.lemma_.lower() not in _SPEAKERS:
        return None
    for k in subj.children:
        if k.dep_ != "prep" or k.lower_ not in _FOR:
            continue
        for p in k.children:
            if p.dep_ == "pobj" and p.lemma_.lower() in _BODIES:
                det = [d.lower_ for d in p.children if d.dep_ == "det"]
                if det == ["the"] and not any(d.dep_ in _OWN_DEPS for d in p.children):
                    return p
    return None


def _state_of(s: Site, body: Token) -> ActorRef | None:
    """The state of a body named before: its owner or adjective, else the doer of the act whose
    subject it was."""
    for k in body.children:
        if k.dep_ in _OWN_DEPS:
            for a in s.actors.resolve(k):
                if a.ref.country and not a.ref.code.startswith("---"):
                    return a.ref
    if body.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = body.head
    near = {verb.i, *(k.i for k in verb.children if k.dep_ in ("xcomp", "ccomp", "conj"))}
    for act in s.ctx.earlier:
        if act.trigger % 10_000 in near and act.source.country:
            return act.source
    return None


@acts_on(noun=False)
def body_spokesman_doer(s: Site, c: Candidates) -> Candidates:
    """ "a spokesman for the bureau rejected ...": the state of the bureau named before."""
    if not c.sources or any(a.ref.country for a in c.sources):
        return c
    subj = s.child("nsubj")
    body = _body_word(subj) if subj is not None else None
    if body is None:
        return c
    sent = s.ctx.sent
    doc = sent.doc
    lo = sent.start
    for _ in range(_SENTENCES_BACK):
        if lo > 0:
            lo = doc[lo - 1].sent.start
    lemma = body.lemma_.lower()
    for back in reversed(range(lo, sent.start)):
        t = doc[back]
        if t.lemma_.lower() != lemma:
            continue
        ref = _state_of(s, t)
        if ref is not None:
            return c.with_sources([Arg(ref, EARLIER, body.i)])
        return c
    return c


__all__ = ["body_spokesman_doer"]
