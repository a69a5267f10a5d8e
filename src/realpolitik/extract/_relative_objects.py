"""A relative pronoun stands for the noun its clause modifies: "talks with Milei, whom he accused
of lying", "Petro, whom she met in Quito", "the minister, with whom he spoke" (issue 9, pairs22:
fresh11's class RP).

The subject "who" already borrowed its clause's head (``parties._reading.subject``); an object
"whom" (or one under a preposition) named no one, so the act fell back to the story's first
state, the speaker's own. Person pronouns only: "which" / "that" may stand for a thing or an
event, whose parties are not the noun's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_PERSON_RELATIVES = frozenset({"whom", "who"})
_CLIMB = 3  # arcs from the pronoun up to its relative clause ("with whom" / "of whom": 2)
_THROUGH = frozenset({"dobj", "pobj", "prep", "dative", "nsubj", "nsubjpass"})


def relative_antecedent(tok: Token) -> Token | None:
    """The noun the relative clause of ``tok`` (a "whom" / "who") modifies, if any."""
    if tok.lower_ not in _PERSON_RELATIVES or tok.tag_ not in ("WP", "WDT"):
        return None
    node = tok
    for _ in range(_CLIMB):
        if node.dep_ not in _THROUGH or node.head.i == node.i:
            return None
        node = node.head
        if node.dep_ == "relcl":
            return node.head if node.head.i < tok.i else None
    return None
