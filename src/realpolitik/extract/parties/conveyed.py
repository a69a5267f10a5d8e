"""A message carried for its owner: "the ambassador conveyed / offered Kenya's condolences to
Peru", "the envoy delivered Kenya's protest to Lima" (leftovers23).

The owner named on the act noun is the act's doer; the person who carries it is only its
bearer. The parser makes the possessor a modifier of the object, so the object stage took the
owner for the target and the bearer, of no state, was placed in the other state named. For
verbs of carrying a message, a state owner on the object is the source (when the bearer is of
no state or of the owner's), and the "to / for" phrase the target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._hyphen_names import name_word
from realpolitik.extract._syntax import pobjs
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.extract.parties._reading import first

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that carry a message, sentiment or act noun on another's behalf.
CONVEYING = frozenset(
    {"convey", "offer", "extend", "express", "deliver", "relay", "pass", "hand", "transmit",
     "present", "send", "carry", "bring", "bear"}
)  # fmt: skip
_AIMS = ("to", "for", "with")


@acts_on(noun=False)
def conveyed_owner(s: Site, c: Candidates) -> Candidates:
    """ "The minister offered Kenya's condolences to Peru", "handed over a letter from Ruto to
    Museveni" (parties28): the owner -> the addressee (see the module doc)."""
    if s.noun or s.tok.lemma_.lower() not in CONVEYING:
        return c
    obj = s.child("dobj")
    owner = next((k for k in obj.children if k.dep_ == "poss"), None) if obj is not None else None
    if owner is None and obj is not None:  # "handed over a letter from Ruto to Museveni"
        senders = pobjs(obj, ("from",)) + pobjs(s.tok, ("from",))  # (or hung on the verb)
        owner = next((p for _, p in senders if name_word(p) or _state_title(s, p)), None)
    if owner is None or not (name_word(owner) or _state_title(s, owner)):
        return c
    owners = [a for a in s.actors.resolve(owner) if not unknown(a)]
    if not owners:
        return c
    mine = {key(a) for a in owners}
    if any(not unknown(a) and key(a) not in mine for a in c.sources):
        return c  # ("France conveyed Kenya's message": a named bearer stays the doer)
    assert obj is not None
    aims = [p for w, p in pobjs(s.tok, _AIMS) + pobjs(obj, _AIMS) if w != "with" or p.i > obj.i]
    aims += [p for w, p in pobjs(owner.head, _AIMS) + pobjs(owner, _AIMS) if w == "to"]
    targets = [a for a in first(s.actors, aims) if key(a) not in mine]
    return c.with_sources(owners).with_targets(targets)


def _state_title(s: Site, tok: Token) -> bool:
    """ "A message from Egypt's president / the Iranian president" (leftovers28): a title noun
    whose own phrase names its state sends the message as a name does."""
    if tok.pos_ != "NOUN":
        return False
    if not any(k.dep_ in ("poss", "amod", "compound") for k in tok.children):
        return False
    return any(not unknown(a) for a in s.actors.resolve(tok))


__all__ = ["CONVEYING", "conveyed_owner"]
