"""An acceptance coordinated with the offer it answers (lex20: fresh10_classes.md L).

"Modi invited Lula to visit New Delhi, and Lula accepted": the invitation and its acceptance
are told in one sentence, so the earlier-sentence reading (``context_offers``) finds no offer,
and the bare "accepted", with no other state named apart from the inviter, fell to the
accepter's own state. The acceptance answers the conjoined verb's offer, invitation or request
made to the accepter, and is aimed at its maker.
"""

from __future__ import annotations

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.extract.parties.context_offers import ACCEPTING

# Verbs whose object is offered, invited or asked something the object may accept.
_OFFERING = frozenset({"invite", "offer", "ask", "propose", "urge", "request"})
_OBJECTS = ("dobj", "dative", "iobj")


@acts_on(noun=False, words=ACCEPTING)
def conjoined_offer_maker(s: Site, c: Candidates) -> Candidates:
    """ "X invited Y to visit, and Y accepted": a bare acceptance conjoined after an offering
    verb whose object is the accepter's state is aimed at that verb's subject."""
    tok = s.tok
    if s.noun or tok.lemma_.lower() not in ACCEPTING or tok.dep_ != "conj":
        return c
    if not c.sources or any(not unknown(a) for a in c.targets):
        return c
    if any(k.dep_ in ("dobj", "ccomp", "xcomp") for k in tok.children):
        return c  # ("accepted the loan", "accepted that ..."): its own phrase names it
    offer = tok.head
    if offer.lemma_.lower() not in _OFFERING:
        return c
    own = {key(a) for a in c.sources if not unknown(a)}
    offered = {
        key(a)
        for k in offer.children
        if k.dep_ in _OBJECTS
        for a in s.actors.resolve(k)
        if not unknown(a)
    }
    if not own or not own & offered:
        return c
    makers = [
        a
        for k in offer.children
        if k.dep_ == "nsubj"
        for a in s.actors.resolve(k)
        if not unknown(a) and key(a) not in own
    ]
    if not makers:
        return c
    return c.with_targets([Arg(m.ref, EARLIER, tok.i) for m in makers], 1)


__all__ = ["conjoined_offer_maker"]
