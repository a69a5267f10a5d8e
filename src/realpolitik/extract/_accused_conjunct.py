"""Accusations and the finite verb the parser hangs on what they accuse (context17, issue 9:
fresh9's V class).

"Sudan accused Chad of moving troops to the border and put its own army on alert": the parser
conjoins "put" to the gerund "moving", as if the alert were part of what Chad is accused of.
A finite verb (past or present tense, not a gerund) cannot continue the gerund: it is the
accuser's own act beside the accusation, so salience, factuality and the party stages climb
from it to the accusing verb instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose "of" / "for" phrase is what the subject claims another did ("accused X of
# shelling", "blamed X for the attack"): the act is the accuser's claim, reported.
ACCUSING = frozenset({"accuse", "blame", "charge"})
ACCUSED_PREPS = frozenset({"of", "for", "with"})  # ("charged Y with V-ing": clauses38, A)
# Verbs of grievance whose that-clause is what the complainer says another did ("complained /
# protested / objected that Y had expelled its diplomats", leftovers31): only the complainer
# states the act, so it is reported (GUIDE rule 3), as "charged that".
COMPLAINING = frozenset({"complain", "protest", "object", "lament", "grumble", "allege"})
# Penalties a state imposes on another's people or firms ("fined Y's airline / the crew for
# violating its airspace", leftovers34): the "for V-ing" reason is the penaliser's charge, stated
# by it alone, so the reason act is reported (never asserted as a new act of Y's); the penalty
# is the act.
PENALISING = frozenset(
    {"fine", "punish", "penalise", "penalize", "arrest", "detain", "jail", "imprison",
     "prosecute", "convict", "sentence", "deport", "expel"}
)  # fmt: skip
_GERUND = "VBG"
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def finite_after_accused_gerund(tok: Token) -> bool:
    """ "accused Chad of moving troops and put its army on alert": ``tok`` ("put") is a finite
    verb conjoined to the gerund under an accusation's "of" / "for"."""
    head = tok.head
    return (
        tok.dep_ == "conj"
        and tok.tag_ in _FINITE_TAGS
        and head.tag_ == _GERUND
        and head.dep_ == "pcomp"
        and head.head.lower_ in ACCUSED_PREPS
        and head.head.head.lemma_.lower() in ACCUSING
    )


def verb_above(tok: Token) -> Token:
    """``tok``'s head, or the accusing verb for a finite verb hung on the accused gerund."""
    return tok.head.head.head if finite_after_accused_gerund(tok) else tok.head


def accused_arc(tok: Token) -> bool:
    """ "accused X of shelling" (the "of" / "for" phrase) or "accused / charged [that] X had
    shelled" (a clause, leftovers25): what the accuser claims another did, the claim reported."""
    return (tok.dep_ == "prep" and tok.lower_ in ACCUSED_PREPS) or tok.dep_ == "ccomp"


def complained_arc(lemma: str, tok: Token) -> bool:
    """ "complained / protested / objected that Y had V-ed": ``tok`` is the clause of a
    grievance verb (``lemma``), what the complainer says another did."""
    return lemma in COMPLAINING and tok.dep_ == "ccomp"


def penalty_reason_arc(lemma: str, tok: Token) -> bool:
    """ "fined the crew for violating its airspace": ``tok`` is the "for" phrase of a penalty
    verb (``lemma``), the charge the penaliser names as its reason."""
    return lemma in PENALISING and tok.dep_ == "prep" and tok.lower_ == "for"
