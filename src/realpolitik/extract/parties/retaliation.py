"""A threat to respond is aimed at the side whose act it answers, never at the threatener's state.

"Pakistan shelled Indian villages. India vowed to retaliate", "South Korea's military said it
would respond overwhelmingly", "the minister warned that Madrid would respond firmly": a threat
(13) whose act is a response ("respond", "retaliate", "strike back") names no target of its
own; its clause subject is the threatener itself, which ``clause_subject`` and ``home_target``
read as the target (ESP -> ESP). It is aimed at whoever did the act it answers: the latest act
of another side earlier in the sentence, else the latest earlier act done to the threatener's
state in the last sentences, else the latest deed of another side there; with none, no target. So is an act that is itself a response, of any
root and factuality ("Accra would not retaliate", "has no plans to retaliate", "Kenya
retaliated", "will not respond with tariffs": fact26, fresh14's class NP), and a complaint
lodged with a body is aimed at the state whose act it complains of, the body being only its
addressee (``complained_of.complaint_of_state``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._tree import sentence_words
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key
from realpolitik.extract.parties.context_earlier import MATERIAL_ROOTS as _MATERIAL
from realpolitik.extract.parties.context_earlier import recent as _recent

if TYPE_CHECKING:
    from spacy.tokens import Token

THREAT = "13"
# Verbs of answering an act: a threat of one is aimed at the act's doer.
RESPONSE_VERBS = frozenset({"respond", "retaliate", "avenge", "react", "reciprocate", "answer"})
# Verbs that answer with the particle "back" ("strike back", "hit back", "fight back").
BACK_VERBS = frozenset({"strike", "hit", "fight"})
_WORDS = RESPONSE_VERBS | {"back", "retaliation", "responded", "retaliated", "responds"}


@acts_on(roots=(THREAT,), words=_WORDS)
def response_threat_target(s: Site, c: Candidates) -> Candidates:
    """ "India vowed to retaliate", "said it would respond firmly", "warned that Madrid would
    respond": a threat to respond with no target but the threatener's own state is aimed at the
    doer of the act it answers (in the sentence before it, else done to the threatener's state
    in the last sentences, else the latest deed of another side); with none, no target."""
    if s.root != THREAT or not c.sources or _WORDS.isdisjoint(sentence_words(s.ctx.sent)):
        return c
    own = {key(a) for a in c.sources}
    if any(key(a) not in own for a in c.targets) or not _answering(s, own):
        return c
    return c.with_targets(answered_doers(s, own), 1)


@acts_on(noun=False)
def response_act_target(s: Site, c: Candidates) -> Candidates:
    """ "Togo expelled two Ghanaian diplomats. Accra would not retaliate", "Accra retaliated",
    "does not plan to respond with tariffs": an act whose verb is itself a response (not a
    threat: ``response_threat_target``), naming no other state, is aimed at the doer of the act
    it answers; with none found, it keeps what it had."""
    if s.root == THREAT or s.found.absorbed or not c.sources or not _responds(s.tok):
        return c  # (a response folded into a vow is the threat's: ``response_threat_target``)
    own = {key(a) for a in c.sources}
    if any(key(a) not in own and not a.ref.code.startswith("---") for a in c.targets):
        return c
    doers = answered_doers(s, own)
    return c.with_targets(doers, 1) if doers else c


@acts_on(roots=(THREAT,), words=_WORDS)
def no_home_response(s: Site, c: Candidates) -> Candidates:
    """ "South Korea's military said it would respond overwhelmingly": a threat to respond is
    never aimed at the threatener's own state (``home_target``'s reading); it keeps none."""
    if not c.pairs or s.root != THREAT or _WORDS.isdisjoint(sentence_words(s.ctx.sent)):
        return c
    if all(b is None or key(a) != key(b) for a, b in c.pairs):
        return c
    if not _answering(s, {key(a) for a, _ in c.pairs}):
        return c
    pairs = [(a, None if b is not None and key(a) == key(b) else b) for a, b in c.pairs]
    return c.with_pairs(pairs)


def _responds(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in RESPONSE_VERBS:
        return True
    return lemma in BACK_VERBS and any(k.dep_ == "prt" and k.lower_ == "back" for k in tok.children)


def _answering(s: Site, own: set[str]) -> bool:
    """The threat's act is a response: the trigger itself ("would retaliate") or the verb of
    its clause whose subject is the threatener's side ("warned that Madrid would respond")."""
    if _responds(s.tok):
        return True
    for k in s.kids:
        if k.dep_ not in ("xcomp", "ccomp") or not _responds(k):
            continue
        subj = next((x for x in k.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ == "PRON":
            return True  # "vowed to retaliate", "said it would respond"
        named = s.actors.resolve(subj)
        return bool(named) and all(key(a) in own for a in named)
    return False


def answered_doers(s: Site, own: set[str]) -> list[Arg]:
    """The doers of the act a response answers, the one policy of "the state being answered"
    for a threat to respond, an act that is a response ("Accra retaliated") and one done "in
    response" (``response_targets.response_target``): an earlier trigger of the sentence by
    another side, else the latest recent act done to ``own``, else the latest deed (a material
    root) by another side, the news and not its scene. Sides are ``key``s (an actor's country,
    else its own code); the last fallback is a deed because an act answers one ("suspended
    trade in retaliation" answers no earlier statement, visit or talks of a third side)."""
    before = [g for i, g in sorted(s.ctx.triggers.items()) if i < s.tok.i and not g.absorbed]
    for g in reversed(before):
        doers = [
            a
            for a in s.ctx.roles_of(g).sources
            if key(a) not in own and not a.ref.code.startswith("---")
        ]
        if doers:
            return doers
    acts = [a for a in _recent(s) if (a.source.country or a.source.code) not in own]
    done_to = [
        a for a in acts if a.target is not None and (a.target.country or a.target.code) in own
    ]
    pick = done_to or [a for a in acts if a.root in _MATERIAL and not a.background]
    if not pick:
        return []
    last = pick[-1].trigger
    refs = {a.source.country or a.source.code: a.source for a in pick if a.trigger == last}
    return [Arg(r, EARLIER, s.tok.i) for r in refs.values()]
