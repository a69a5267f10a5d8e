"""Where an event noun's roles sit, and which prepositions aim it: read by every noun stage.

The roles of an event noun sit on its carrier: "a mediation effort between A and B" carries the
roles of "mediation", "five days of war games" those of "games" (``carrier``); ``_aim_preps``
are the prepositions that name its target. Shared by ``nouns`` and ``noun_governors``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import target_preps
from realpolitik.extract.parties._model import BENEFICIARY_PREPS, FORCE_ROOTS

if TYPE_CHECKING:
    from spacy.tokens import Token


# Generic heads an event noun modifies ("a mediation effort") and measures it is counted in
# ("five days of war games"): the roles sit on them, not on the event noun.
_CARRIER_NOUNS = frozenset({"effort", "campaign", "mission", "initiative", "bid", "drive"})
_MEASURE_NOUNS = frozenset(
    {"day", "week", "month", "hour", "year", "round", "series", "wave", "spate", "string"}
)


def carrier(tok: Token) -> Token:
    """The noun that carries an event noun's roles: "a mediation effort between A and B"."""
    dep = tok.dep_
    if dep == "compound":
        head = tok.head
        if head.lemma_.lower() in _CARRIER_NOUNS:
            return head
    if dep != "pobj":
        return tok  # (each step below reads the heads of a "pobj" only)
    for _ in range(2):
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "of":
            break
        noun = prep.head
        if noun.i == prep.i or noun.lemma_.lower() not in _MEASURE_NOUNS:
            break
        tok = noun
    return tok


def _aim_preps(root: str) -> tuple[str, ...]:
    """The prepositions that name an act's target; force "for X" fights on X's side ("went to
    war for X", "a war for X"), like the verb's (``verbs.prepositional_target``)."""
    preps = target_preps(root)
    if root in FORCE_ROOTS:
        return tuple(p for p in preps if p not in BENEFICIARY_PREPS)
    return preps
