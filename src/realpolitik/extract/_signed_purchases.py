"""A purchase or sale signed for: "X signed a contract to buy N from Y" (clauses37, fresh25 N).

The parser hangs the infinitive ("to buy") on "signed" as an adverbial clause, outside the
phrase that the lexicon's ``after=`` conditions read, so the signing row (057) codes a signing
where the news is the purchase or the sale (06x, GUIDE rule 7; 057 only `opt`). Where a verb
of signing has a contract or deal as its object and an infinitive of trade right after that
object hung on the verb (or on the noun as a relative clause), the infinitive becomes the
object noun's modifier ("a contract to buy"), and the lexicon's purchase rows on "sign" read
it. A later "the purchase" names the act by its infinitive (``act_lemma``): the buyer is the
signer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import forget, tokens_with_lemma
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# How the parser hangs the infinitive: on the verb, or on the noun as a relative clause
_HUNG = frozenset({"advcl", "relcl"})
_SIGNING = frozenset({"sign", "ink", "seal", "conclude", "clinch"})
_CONTRACTS = frozenset({"contract", "deal", "agreement", "accord", "order"})
_TRADE = frozenset(
    {"buy", "purchase", "acquire", "sell", "supply", "import", "export", "procure", "order"}
)


def infinitive_of_contract(sent: Span) -> None:
    """ "signed a deal to buy six aircraft from Y": "to buy" the modifier of "deal"."""
    for verb in tokens_with_lemma(sent, _SIGNING):
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _CONTRACTS]
        if not objs:
            continue
        obj = objs[0]
        for c in [*verb.children, *obj.children]:
            if (
                c.dep_ in _HUNG
                and c.i > obj.i
                and c.lemma_.lower() in _TRADE
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                and not any(g.dep_ == "nsubj" for g in c.children)  # "for X to sell" (c39)
            ):
                heads, deps = tree_of(sent)
                heads[c.i], deps[c.i] = obj.i, "acl"
                _write_tree(sent, heads, deps)
                forget(sent.doc)
                return


def act_lemma(verb: Token) -> str:
    """The word an earlier act is remembered by: a signing's infinitive of trade where it signs
    for one ("signed a contract to buy": "buy", whose doer is the buyer), else its own lemma."""
    lemma = verb.lemma_.lower()
    if lemma not in _SIGNING:
        return lemma
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in _CONTRACTS:
            for c in obj.children:
                if c.dep_ == "acl" and c.lemma_.lower() in _TRADE:
                    return c.lemma_.lower()
    return lemma


SIGNING_CODE = "057"
_TRADE_ROOT = "06"


def signing_beside(verb: Token, code: str) -> str | None:
    """The signing a purchase or sale signed for also is (clauses40, fresh28 F): "signed a
    contract to buy 96 howitzers from Y" tells the signing (057, the buyer's toward the seller)
    as well as the purchase its infinitive names (06x, the older sets' reading, 057 `opt` there);
    None for any other act."""
    if not code.startswith(_TRADE_ROOT) or verb.lemma_.lower() not in _SIGNING:
        return None
    return SIGNING_CODE if act_lemma(verb) in _TRADE else None
