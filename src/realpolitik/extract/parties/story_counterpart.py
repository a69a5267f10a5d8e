""" "His counterpart", "its neighbour", "her hosts": a role word that names the other side of the
story is that side (issue 9 round 18, recur1: kinds X and A, fresh3-fresh11: "promised his
visitor", "praised his hosts", "thanked his counterpart" with no target).

"Angola freed 30 Namibian traders. Namibia's president thanked his counterpart": the object is
a word for the other party, never the doer's own; the tables place no one by it. Whom it means
is the story's other state (the latest earlier act between the doer's state and one other,
``court_cases.story_partner``), else the one other state the sentence names. One stage for
every act whose object or partner is such a word, instead of one per verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._tree import sentence_words
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties.court_cases import story_partner
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words for the other side of a two-state story ("his counterpart", "its neighbour", "her
# hosts", "his guest"); "partner", "ally" and "donor" may be any of several and are left out.
_OTHER_SIDE = frozenset(
    {"counterpart", "neighbour", "neighbor", "host", "guest", "visitor", "interlocutor"}
)
_OWNING = frozenset({"his", "her", "its", "their"})
_PARTNER_PREPS = frozenset({"with", "to"})
_PLURAL = frozenset({"NNS", "NNPS"})
_PLURAL_ONE_SIDE = frozenset({"host"})  # "praised his hosts": the host state's people


@acts_on(words=_OTHER_SIDE)
def other_side_word(s: Site, c: Candidates) -> Candidates:
    """ "thanked his counterpart", "spoke with her hosts", "promised his visitor": with no
    target placed, the story's other state."""
    if not c.pairs or all(b is not None for _, b in c.pairs):
        return c
    word = _other_side(s)
    if word is None:
        return c
    pairs = []
    for a, b in c.pairs:
        own = a.ref.country
        if b is None and own:
            b = _faced(s, own, word)
        pairs.append((a, b))
    return c.with_pairs(pairs)


def _other_side(s: Site) -> Token | None:
    """The trigger's object, or its "with"/"to" partner, when it is an other-side word owned by
    a pronoun and naming no state of its own ("his Angolan counterpart" is placed already)."""
    if _OTHER_SIDE.isdisjoint(sentence_words(s.ctx.sent)):
        return None  # (no other-side word in the sentence)
    cands = [k for k in s.kids if k.dep_ in ("dobj", "dative")]
    cands += [
        p
        for k in s.kids
        if k.dep_ == "prep" and k.lower_ in _PARTNER_PREPS
        for p in k.children
        if p.dep_ == "pobj"
    ]
    for tok in cands:
        lemma = tok.lemma_.lower()
        if lemma not in _OTHER_SIDE:
            continue
        if tok.tag_ in _PLURAL and lemma not in _PLURAL_ONE_SIDE:
            continue  # ("thanked its neighbours": several states, not the story's other one)
        kids = list(tok.children)
        if not any(k.dep_ == "poss" and k.lower_ in _OWNING for k in kids):
            continue
        if any(k.dep_ in ("amod", "compound", "prep") for k in kids):
            continue  # ("his Angolan counterpart", "his counterpart from Chile": named)
        return tok
    return None


def _faced(s: Site, own: str, word: Token) -> Arg | None:
    partner = story_partner(s, own)
    if partner is not None and partner.ref.country:
        state = partner.ref.country
        return Arg(ActorRef(word.text, state, state), EARLIER, word.i)
    sent = s.ctx.sent
    others = {
        m.ref.country
        for m in s.actors.named_between(sent.start, sent.end - 1)
        if m.ref.country and m.ref.country != own and m.is_state
    }
    if len(others) != 1:
        return None
    state = others.pop()
    return Arg(ActorRef(word.text, state, state), EARLIER, word.i)


__all__ = ["other_side_word"]
