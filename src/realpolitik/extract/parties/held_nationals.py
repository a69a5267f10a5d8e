"""Its nationals held abroad, told of by their own state (issue 9, parties41).

"India told of the arrest of its nationals in Qatar", "Kenya spoke of the detention of its
citizens in Uganda": the arrest has no "by" agent, and "its nationals in Qatar" read the place
phrase as the people's state (Qatari civilians), so the arrest came out as India's at Qatar, the
reverse of what the sentence says. The people are the teller's own ("its" is the clause's
subject), and the state they are held in is the one that holds them (CAMEO codes an arrest by
the state whose authorities make it): Qatar -> India. A "by" phrase, when there is one, named
the doer before (``noun_by_from``) and stays the doer ("spoke of the arrest of its sailors by
China": China -> the Philippines, whose sailors the "its" left unplaced).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import pobjs
from realpolitik.extract._mentions import Arg
from realpolitik.extract._tree import sentence_forms
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

# Arrests, detentions and seizures of people (CAMEO 17).
_HELD_CODES = ("17",)
_OWN = frozenset({"its", "their"})


def _teller(tok: Token) -> Token | None:
    """The subject of the clause whose "of" phrase or object the event noun is ("India told of
    the arrest", "India condemned the arrest"), else None."""
    verb = tok.head
    if tok.dep_ == "pobj":
        if verb.dep_ != "prep" or verb.lower_ not in ("of", "about"):
            return None
        verb = verb.head
    elif tok.dep_ != "dobj":
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((k for k in verb.children if k.dep_ == "nsubj"), None)


@acts_on(noun=True, codes=_HELD_CODES, words=_OWN)
def held_nationals_holder(s: Site, c: Candidates) -> Candidates:
    """ "India told of the arrest of its nationals in Qatar": the place they are held in is the
    holder, the teller's own people the target (never the teller as the arrester)."""
    if _OWN.isdisjoint(sentence_forms(s.ctx.sent)):
        return c  # (no "its" / "their" in the sentence: no own people held)
    held = [p for _, p in pobjs(s.tok, ("of",))]
    if held and held[0].pos_ == "NUM":  # "the arrest of five of its citizens"
        held = [p for _, p in pobjs(held[0], ("of",))] + held
    if not held or not any(k.dep_ == "poss" and k.lower_ in _OWN for k in held[0].children):
        return c
    if any(not unknown(a) and a.tok not in {h.i for h in held} for a in c.targets):
        return c  # (a target other than the held people themselves)
    teller = _teller(s.tok)
    if teller is None:
        return c
    # where they are held: on the people, the count, the act, else (misattached) the teller's verb
    places = [p for h in [*held, s.tok, teller.head] for _, p in pobjs(h, ("in",))]
    if not (places or c.sources):
        return c
    owners = [a for a in s.actors.resolve(teller) if not unknown(a)]
    holders = list(c.sources) or [a for a in s.actors.resolve(places[0]) if not unknown(a)]
    if len(owners) != 1 or len(holders) != 1 or key(owners[0]) == key(holders[0]):
        return c
    home = key(owners[0])
    sector = next((a.ref.code[3:] for a in c.targets if len(a.ref.code) > 3), "CVL")
    people = Arg(ActorRef(held[0].text, home + sector, home), owners[0].quality, held[0].i)
    return c.with_sources(holders).with_targets([people])


__all__ = ["held_nationals_holder"]
