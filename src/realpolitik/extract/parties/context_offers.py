"""Answers to an offer, a request or an invitation made in an earlier sentence (context16,
issue 9, the X class of fresh5 to fresh8).

- ``accepted_offer_maker``: "Japan offered Vietnam a loan. Hanoi accepted", "Kenya invited
  Uganda's president to a summit. Kampala accepted": an acceptance that names no other party
  answers the latest offer, request or invitation made to the accepting state, and is aimed at
  its maker.
- ``asked_act_asker``: "Kenya asked Uganda to extradite the suspect. Uganda extradited him":
  the asked act, done, is aimed at the asker (or at what its own phrase names).
- ``answered_offer_parties``: "Japan offered Vietnam a loan. The offer was rejected", "The
  request was turned down": an agentless passive answer whose subject names the offer again is
  the offer's receiver's answer to its maker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._words import REQUEST_ROOTS
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, EarlierAct, Site, home_of, key, unknown
from realpolitik.extract.parties._phrase_reading import phrase_target
from realpolitik.extract.parties.context_earlier import (
    ANAPHORIC_DETS,
    named_outside,
    recent,
    same_word,
)
from realpolitik.extract.parties.context_referents import asked_verbs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.models import ActorRef

# How far back (sentences) the answered offer may be told.
OFFER_SENTENCES = 2
# Roots of what is answered: appeals and requests (02), offers, proposals and invitations (03),
# demands (10).
ASKING_ROOTS = frozenset({"02", "03", "10"})
# Acceptance (080 yield) by the verbs that take an offer or a request.
_YIELD = "08"
ACCEPTING = frozenset({"accept", "consent"})
# Roots of passive answers: rejections (12) and acceptances (08; 030 where the row reads "the
# offer" as the accepted thing).
_ANSWER_ROOTS = frozenset({"08", "12"})
_AGREE = "03"
# Nouns that name again what was asked or offered, and the roots of the act each one names.
ASKED_NOUNS: dict[str, frozenset[str]] = {
    "offer": frozenset({"03"}),
    "proposal": frozenset({"03"}),
    "invitation": frozenset({"03"}),
    "request": frozenset({"02"}),
    "appeal": frozenset({"02"}),
    "plea": frozenset({"02"}),
    "call": frozenset({"02"}),
    "demand": frozenset({"10"}),
    "ultimatum": frozenset({"10"}),
}


def _placed(ref: ActorRef | None) -> bool:
    return ref is not None and ref.country is not None and not ref.code.startswith("---")


@acts_on(noun=False, roots=(_YIELD,))
def accepted_offer_maker(s: Site, c: Candidates) -> Candidates:
    """ "Japan offered Vietnam a loan. Hanoi accepted", "... Hanoi accepted the loan": an
    acceptance naming no other party, by a state an offer, a request or an invitation was made
    to in the last ``OFFER_SENTENCES`` sentences, is aimed at the latest such act's maker; never
    a state that was offered nothing ("Laos accepted")."""
    if not c.sources or s.noun or s.root != _YIELD or s.tok.lemma_.lower() not in ACCEPTING:
        return c
    if any(not unknown(a) for a in c.targets):
        return c
    own = {key(a) for a in c.sources if not unknown(a)}
    if not own or named_outside(s, own):
        return c
    made = [
        a for a in recent(s, OFFER_SENTENCES)
        if a.root in ASKING_ROOTS and not a.background and a.target is not None
        and home_of(a.target) in own and home_of(a.source) not in own
    ]  # fmt: skip
    if not made:
        return c
    last = made[-1].trigger
    refs = {a.source.code: a.source for a in made if a.trigger == last}
    return c.with_targets([Arg(r, EARLIER, s.tok.i) for r in refs.values()], 1)


def _asked_act(s: Site, lemma: str) -> EarlierAct | None:
    """The latest act of the last ``OFFER_SENTENCES`` sentences that ``lemma`` ("the offer")
    names again, between two placed states; None when acts of two pairs fit."""
    roots = ASKED_NOUNS[lemma]
    fit = [
        a for a in recent(s, OFFER_SENTENCES)
        if (a.root in roots or same_word(a.lemma, lemma)) and not a.background
        and _placed(a.target) and _placed(a.source)
    ]  # fmt: skip
    pairs = {(home_of(a.source), home_of(a.target)) for a in fit if a.target is not None}
    return fit[-1] if len(pairs) == 1 else None


@acts_on(noun=False)
def answered_offer_parties(s: Site, c: Candidates) -> Candidates:
    """ "Japan offered Vietnam a loan. The offer was rejected", "Kenya asked Uganda to
    extradite the suspect. The request was turned down": a rejection or an acceptance in the
    passive, with no agent, whose subject names again by a definite noun an offer, request or
    invitation of the last ``OFFER_SENTENCES`` sentences is its receiver's answer to its maker."""
    if c.sources or c.targets or s.noun:
        return c
    if s.root not in _ANSWER_ROOTS and not (s.root == _AGREE and s.tok.lemma_.lower() in ACCEPTING):
        return c
    subj = s.child("nsubjpass")
    if subj is None or s.child("agent") is not None:
        return c
    lemma = subj.lemma_.lower()
    if lemma not in ASKED_NOUNS or not any(
        k.dep_ == "det" and k.lower_ in ANAPHORIC_DETS for k in subj.children
    ):
        return c
    act = _asked_act(s, lemma)
    if act is None or act.target is None:
        return c
    return Candidates(
        (Arg(act.target, EARLIER, subj.i),), (Arg(act.source, EARLIER, subj.i),), c.path + 1
    )


_ORDER = 10_000  # ``EarlierAct.trigger``: sentence * _ORDER + token


def _asked_verbs(s: Site, a: EarlierAct) -> list[Token]:
    """The verbs an earlier request of the same parse asks for ("to extradite the suspect")."""
    back = s.ctx.index - a.trigger // _ORDER
    sent = s.ctx.sent
    for _ in range(back):
        if sent.start == 0:
            return []
        sent = sent.doc[sent.start - 1].sent
    i = a.trigger % _ORDER
    if not sent.start <= i < sent.end or sent.doc[i].lemma_.lower() != a.lemma:
        return []  # (told in another paragraph's parse: its ``asked`` lemmas)
    return asked_verbs(sent.doc[i])


_HANDOVER = "063"
# Verbs of one hand-over of people (063): "asked Y to extradite the men. Y will hand them over"
# is the act asked for, by another verb (clauses42, fresh29's class F).
_HANDING = frozenset({"extradite", "hand", "surrender", "deliver", "transfer", "deport", "return"})


def same_act(asked: str, lemma: str, code: str) -> bool:
    """Whether a trigger of ``lemma`` (coded ``code``) does the act a request asked by the verb
    ``asked``: the same verb, or two verbs of one hand-over of people."""
    return asked == lemma or (code == _HANDOVER and asked in _HANDING and lemma in _HANDING)


@acts_on(noun=False)
def asked_act_asker(s: Site, c: Candidates) -> Candidates:
    """ "Kenya asked Uganda to extradite the suspect. Uganda extradited him on Friday": an act
    of the verb a request of the last ``OFFER_SENTENCES`` sentences asked of its doer, naming no
    party of a state, is aimed at what the asked act's own phrase names, else at the asker."""
    if not c.sources or s.noun or any(not unknown(a) for a in c.targets):
        return c
    own = {key(a) for a in c.sources if not unknown(a)}
    if not own:
        return c
    lemma = s.tok.lemma_.lower()
    for a in reversed(recent(s, OFFER_SENTENCES)):
        if a.root not in REQUEST_ROOTS or a.background or a.target is None:
            continue
        if home_of(a.target) not in own or not _placed(a.source) or home_of(a.source) in own:
            continue
        verbs = _asked_verbs(s, a)
        same = [v for v in verbs if same_act(v.lemma_.lower(), lemma, s.code)]
        if same:  # (the asked act's own phrase may name its target: "on Russia")
            got = phrase_target(s.actors, same[0], c.sources)
            return c.with_targets(got or [Arg(a.source, EARLIER, s.tok.i)], 1)
        if not verbs and any(same_act(v, lemma, s.code) for v in a.asked):
            return c.with_targets([Arg(a.source, EARLIER, s.tok.i)], 1)
    return c
