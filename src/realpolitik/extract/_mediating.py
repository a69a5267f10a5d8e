"""Whether an infinitive is an act of mediating (issue 9, leftovers17): "A and B offered to
mediate / to broker talks / to act as mediators / to help mediate" is done between others, so
the two offering states are never each other's counterparts (``parties.pairs``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of mediating ("mediate", "broker talks", "facilitate a dialogue").
MEDIATING_VERBS = frozenset({"mediate", "broker", "arbitrate", "facilitate", "intercede"})
# Role nouns of "act / serve as mediator(s)".
MEDIATOR_NOUNS = frozenset(
    {"mediator", "intermediary", "broker", "go-between", "facilitator", "arbiter", "guarantor"}
)
_ROLE_VERBS = frozenset({"act", "serve", "work"})
# parties38 (practice4's IT, practice5's ST): hosting talks is done for others, as mediating
# is: "A, B and C have each offered to host new talks" (after a row between D and E) is no
# offer of the hosts to each other. Only with talks as the object: "offered to host the
# games" or "to host Y's president" is no mediation.
_HOSTING = frozenset({"host"})
_TALK_NOUNS = frozenset(
    {"talk", "negotiation", "dialogue", "summit", "meeting", "conference", "round", "mediation"}
)
_HELPING = frozenset({"help", "try", "seek", "attempt"})


# Verbs of a third party's part in others' symmetric act: "ready to guarantee / monitor the
# ceasefire", "ready to help / facilitate the talks" (leftovers67): the act is between others,
# never among the states that say so.
THIRD_PARTY_VERBS = frozenset(
    {"guarantee", "monitor", "oversee", "supervise", "underwrite", "facilitate", "sponsor",
     "help", "assist"}
)  # fmt: skip


def mediating(verb: Token) -> bool:
    """ "mediate", "broker talks", "act as mediators", "help (to) mediate", "host talks"."""
    lemma = verb.lemma_.lower()
    if lemma in MEDIATING_VERBS:
        return True
    if lemma in _ROLE_VERBS:
        return any(
            c.dep_ == "prep" and c.lower_ == "as"
            and any(p.lemma_.lower() in MEDIATOR_NOUNS for p in c.children)
            for c in verb.children
        )  # fmt: skip
    if lemma in _HOSTING:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _TALK_NOUNS for c in verb.children)
    if lemma in _HELPING:
        return any(c.dep_ in ("xcomp", "ccomp") and mediating(c) for c in verb.children)
    return False
