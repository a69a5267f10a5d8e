"""States named on a thing as its maker, sender, author or flag: "Chinese-made bombs".

A state on a participle that modifies a thing made, sent or backed it and is no party to an act
done with the thing (``maker``); a proposal's author ("a Saudi-brokered plan") and a craft's
flag or owner ("a Greek-owned ship") are parties. Pure functions of tokens, re-exported by
``_syntax``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.actors import AUTHOR_WORDS, CRAFT_OWNER_WORDS, PROPOSAL_NOUNS
from realpolitik.actors._name_context import AREA_NOUNS, FLAGGED, HOLDER_WORDS, craft_word

if TYPE_CHECKING:
    from spacy.tokens import Token


_MAKE_VERBS = frozenset({"make", "build", "design", "produce", "manufacture", "develop"})
_SUPPLY_VERBS = frozenset(
    {"supply", "provide", "deliver", "send", "sell", "donate", "give", "ship"}
)


def maker(tok: Token) -> bool:
    """ "Chinese-made bombs", "U.S.-supplied rockets", "Iranian-backed militias", "drones
    designed in Iran", "missiles supplied by X": a state named on a participle that modifies a
    thing made, sent or backed it; no party to an act done with the thing."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "by" and head.dep_ in ("prep", "agent"):
        verb = head.head  # "missiles supplied by X" (but "a resolution drafted by X" is X's)
        return verb.dep_ == "acl" and verb.lemma_.lower() in _MAKE_VERBS | _SUPPLY_VERBS
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "in":
        verb = head.head
        return verb.dep_ == "acl" and verb.lemma_.lower() in _MAKE_VERBS
    return (
        tok.dep_ in ("npadvmod", "compound", "nmod", "amod", "advmod")
        and head.tag_ == "VBN"
        and head.dep_ in ("amod", "compound")
        and not flag_state(tok)
        and not authored(head)
        and not (head.lower_ in HOLDER_WORDS and head.head.lower_ in AREA_NOUNS)
    )  # ("Houthi-held areas": the holder, ``_held_ground``)


def authored(participle: Token) -> bool:
    """ "A Saudi-brokered plan", "the French-drafted resolution": the state on the participle is
    the proposal's author or sponsor, a party (``actors._proposal_backers``, practice2)."""
    noun = participle.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head  # "brokered peace plan"
    return participle.lower_ in AUTHOR_WORDS and noun.lower_ in PROPOSAL_NOUNS


def flag_state(tok: Token) -> bool:
    """ "A Greek-owned ship", "an Israel-linked vessel": the state on "-flagged / -owned /
    -linked" before a ship or an aircraft is its flag or owner, the party an act on the craft
    is done to (the CAMEO coders' target), not a maker."""
    head = tok.head
    if (head.lower_ not in CRAFT_OWNER_WORDS and head.lower_ != FLAGGED) or tok.i > head.i:
        return False
    if head.lower_ == FLAGGED:
        return True  # only a ship or an aircraft flies a flag: "a Peruvian-flagged speedboat"
    craft = head.head
    while craft.dep_ == "compound" and craft.head.i > craft.i:
        craft = craft.head  # "owned cargo ship"
    return craft_word(craft.lower_)
