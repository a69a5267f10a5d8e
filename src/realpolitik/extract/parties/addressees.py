"""Unnamed addressees of a verbal act: "asked partners for more missiles", "urged allies to join".

Such an act names whom it is aimed at, though no state the tables know: it borrows no target
from an act it is conjoined with ("thanked X and asked partners ..." asks no X), and partners,
allies or donors are never the doer's own state (no home target).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Addressees abroad by their very name: other states, their governments, partners, members.
FOREIGN_ADDRESSEES = frozenset(
    {"partner", "ally", "neighbour", "neighbor", "donor", "friend", "counterpart", "country",
     "nation", "state", "government", "member"}
)  # fmt: skip
# Addressees that may be at home or abroad ("urged leaders", "urged citizens").
ADDRESSEES = FOREIGN_ADDRESSEES | frozenset({"leader", "citizen", "other"})
_PLURAL = frozenset({"NNS", "NNPS"})
_ADDRESSING = frozenset({"on", "upon", "to"})


def _addressees(verb: Token) -> list[Token]:
    """The verb's object nouns and whom it calls "on" or appeals "to" (plural common nouns)."""
    objs = [k for k in verb.children if k.dep_ in ("dobj", "dative")]
    objs += [  # "called on X": the parser may read "on" as a particle
        p
        for k in verb.children
        if k.dep_ in ("prep", "prt") and k.lower_ in _ADDRESSING
        for p in k.children
        if p.dep_ == "pobj"
    ]
    return [o for o in objs if o.tag_ in _PLURAL]


def own_addressees(verb: Token) -> bool:
    """The verbal act names addressees of its own ("asked partners", "called on members")."""
    return any(o.lemma_.lower() in ADDRESSEES for o in _addressees(verb))


def foreign_addressees(verb: Token) -> bool:
    """The verbal act is aimed at unnamed partners abroad ("urged allies to join")."""
    return any(o.lemma_.lower() in FOREIGN_ADDRESSEES for o in _addressees(verb))
