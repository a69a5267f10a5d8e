"""A body being set up is no party: "A and B agreed to set up a joint task force against
poaching", "to form a joint commission", "to create a military committee" (issue 9, parties42:
fresh21's G). The registry reads "force" (of "task force"), "committee" or "council" as a sector
word of no state; as the object of a creating verb it is the thing the doers make, never the
act's target, so a pair's joint act keeps its own reciprocal reading."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that make a body: "set up", "establish", "create", "form", "launch", "found".
_CREATING = frozenset({"establish", "create", "form", "launch", "found", "build", "constitute"})
_SET = "set"
_UP = "up"


def created_body(tok: Token) -> bool:
    """``tok`` heads the object of a creating verb ("set up a joint task force")."""
    head = tok
    while head.dep_ in ("compound", "conj") and head.head.i != head.i:
        head = head.head  # "task force": its head; "a force and a fund": the first
    if head.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = head.head
    lemma = verb.lemma_.lower()
    if lemma in _CREATING:
        return True
    return lemma == _SET and any(k.dep_ == "prt" and k.lower_ == _UP for k in verb.children)
