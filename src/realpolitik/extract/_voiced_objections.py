"""A promise to voice another's objections is no threat (issue 9, clauses34: fresh22's class A).

"Stocker promised to raise Hungary's objections to the waste plant with the provincial
government", "pledged to take up Peru's concerns with the board": the complaint is Y's own,
carried on Y's behalf to a third body, so promising it is a promise to Y (030), not a threat
against Y (13x) as a promised complaint about Y would be. Only a possessor named by a noun
counts: "promised to raise its concerns with Y" is the doer's own complaint and is read as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_COMPLAINT_ROOTS = frozenset({"10", "11"})
_COMPLAINTS = frozenset(
    {"objection", "concern", "complaint", "grievance", "worry", "misgiving", "reservation",
     "demand", "case", "claim", "protest", "request", "position", "view", "interest"}
)  # fmt: skip


def voiced_for_owner(tok: Token, code: str) -> bool:
    """``tok`` (a promised complaint, ``code`` its reading) carries complaints a named other
    party owns: "raise Hungary's objections (with Z)"."""
    if code[:2] not in _COMPLAINT_ROOTS:
        return False
    nouns = [tok] if tok.pos_ == "NOUN" else [c for c in tok.children if c.dep_ == "dobj"]
    for noun in nouns:
        if noun.lemma_.lower() not in _COMPLAINTS:
            continue
        if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children):
            return True
    return False
