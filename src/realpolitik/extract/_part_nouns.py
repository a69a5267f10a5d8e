"""A light verb's object that names a part of a run of events: "agreed to hold the next round
of their talks", "planned to hold a series of meetings" (issue 9 round 30, clauses36;
fresh24_classes.md I).

"Agreed to hold talks" folds the talks into the agreement (036): the talks are what was agreed,
not talks held. With "the next round of talks" the light verb's object is "round", no trigger,
and the event noun sits one "of" below it; left unfolded it was emitted by itself as talks held
(040 `asserted` both ways, a false assertion). The part noun says which of the talks, not a
different act, so the fold looks through it to the event noun.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Token

T = TypeVar("T")

# Nouns naming one part or a run of a repeated event: "a round / series / session of talks".
PART_NOUNS = frozenset(
    {"round", "series", "session", "cycle", "phase", "stage", "set", "batch", "wave"}
)


def light_object(verb: Token, by_tok: Mapping[int, T]) -> T | None:
    """The trigger that is ``verb``'s direct object, or the event noun under a part noun that
    is ("hold the next round of talks": the talks)."""
    for g in verb.children:
        if g.dep_ != "dobj":
            continue
        if g.i in by_tok:
            return by_tok[g.i]
        if g.lemma_.lower() not in PART_NOUNS:
            return None
        for p in g.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                noun = next((n for n in p.children if n.dep_ == "pobj"), None)
                if noun is not None and noun.i in by_tok:
                    return by_tok[noun.i]
        return None
    return None


__all__ = ["PART_NOUNS", "light_object"]
