"""Heads the tagger mislabels and modifiers that name no party (names15): an argument tagged
as an adjective ("a Kenyan national"), a region's adjective on a thing ("European missions")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg

_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


# Nouns of no sector that still name the region's states ("appealed to European partners").
_PARTY_NOUNS = frozenset(
    {"partner", "ally", "neighbour", "neighbor", "country", "nation", "state", "power",
     "member", "capital", "counterpart", "donor", "creditor", "lender", "leader", "friend"}
)  # fmt: skip


def region_adjective(tok: Token, composed: Arg) -> bool:
    """ "Send troops to European missions": a region's adjective on a noun of no sector names
    a kind of thing, not the region as a party (names15, fresh7's G)."""
    ref = composed.ref
    if ref.country is not None or len(ref.code) != 3 or tok.lemma_.lower() in _PARTY_NOUNS:
        return False
    return any(c.dep_ == "amod" and c.tag_ == "JJ" and c.i < tok.i for c in tok.children)


def adjective_head(tok: Token) -> bool:
    """ "A Kenyan national wanted for fraud was detained": an argument that the tagger made an
    adjective but that has its own determiner is a noun ("national", "official")."""
    return (
        tok.pos_ == "ADJ"
        and tok.dep_ in _ARGUMENT_DEPS
        and any(c.dep_ == "det" for c in tok.children)
    )
