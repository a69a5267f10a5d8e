"""A document signed to buy something, its seller named only by the story (issue 9 round 35,
parties55: fresh29's class D).

"Swedish police arrested a Moroccan smuggler at Rabat's request. ... Morocco's defence
ministry also signed a letter of intent to buy 12 Gripen jets": the signing (057; the purchase
itself is 06, GUIDE rule 7) is with the seller, whom the sentence names only by a firm or a
model no table places. A signing with no other party whose document (a letter of intent, a
memorandum, a contract) is "to buy / purchase / acquire" things, with no "from" phrase, is
aimed at the paragraph's (else the story's) one other state (``other_state``), as a yield or
a protest naming no one is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._syntax import pobjs
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties._story_states import other_state
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

_SIGNING = "057"
_BUYING = frozenset({"buy", "purchase", "acquire", "procure"})
_DOCUMENTS = frozenset(
    {"letter", "memorandum", "contract", "deal", "agreement", "accord", "intent", "order"}
)
_HUNG = frozenset({"advcl", "acl", "relcl", "xcomp", "prep", "pobj"})


def _purchase_verb(s: Site) -> Token | None:
    """The infinitive of buying the signed document is for ("a letter of intent to buy"), hung
    on the document, its "of" noun or the signing verb."""
    obj = s.child("dobj")
    if obj is None or obj.lemma_.lower() not in _DOCUMENTS:
        return None
    heads = [obj, *(p for _, p in pobjs(obj, ("of",)))]
    for h in [s.tok, *heads]:
        for k in h.children:
            if k.dep_ in _HUNG and k.pos_ == "VERB" and k.lemma_.lower() in _BUYING:
                return k
    return None


@acts_on(noun=False, codes=(_SIGNING,), words=_BUYING)
def signed_purchase_seller(s: Site, c: Candidates) -> Candidates:
    """ "... signed a letter of intent to buy 12 Gripen jets": the story's other state, the
    seller, where the sentence names none."""
    if not c.pairs or s.noun or all(b is not None for _, b in c.pairs):
        return c
    verb = _purchase_verb(s)
    if verb is None or pobjs(verb, ("from",)):
        return c

    return c.fill_targets(lambda own: _seller(s, own))


def _seller(s: Site, own: str) -> Arg | None:
    """The other state itself (a deal is signed with the state, not with its police)."""
    b = other_state(s, own)
    if b is None or not b.ref.country:
        return None
    country = b.ref.country
    return Arg(ActorRef(b.ref.text, country, country), b.quality, b.tok)


__all__ = ["signed_purchase_seller"]
