"""The owner of a stake or asset being sold is no party of an act on the sale (issue 9,
clauses38: fresh26's class H).

"Should Argentina refuse to license the sale of the Chilean stake in the mine, ...", "approved
the purchase of Chile's shares in the port": the state that names whose stake or shares change
hands is a modifier deep in the act's object, not the one the licensing, refusal or approval is
done to (that is the asker, whom an earlier sentence or the story names: ``refused_requester``
and the story stages). The phrase fallbacks, which take a named actor of the trigger's phrase
when syntax named none, avoid such owners (``Site.not_parties``), and so does the target an
intent or refusal takes from the act it controls (``context.inner_act_target``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import sentence_words

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns of a transaction whose "of" object is the thing that changes hands.
_TRANSACTIONS = frozenset(
    {"sale", "purchase", "transfer", "takeover", "acquisition", "buyout", "divestment"}
)
# Things owned that change hands: their owner is named by a modifier.
ASSETS = frozenset({"stake", "share", "holding", "asset", "interest", "equity", "portion"})
_OWNERS = frozenset({"amod", "poss", "compound", "nmod"})


def sold_asset_owners(trigger: Token) -> frozenset[int]:
    """Indices of the owners named on an asset sold inside ``trigger``'s phrase: "the sale of
    the Chilean stake" (the demonym), "the purchase of Chile's shares" (the possessor)."""
    words = sentence_words(trigger.sent)
    if words.isdisjoint(ASSETS) or words.isdisjoint(_TRANSACTIONS):
        return frozenset()  # (most sentences: no asset sold, no walk)
    out: set[int] = set()
    for t in trigger.subtree:
        if t.lemma_.lower() not in ASSETS or t.dep_ != "pobj":
            continue
        prep = t.head
        if prep.lower_ != "of" or prep.head.lemma_.lower() not in _TRANSACTIONS:
            continue
        owners = [k.i for k in t.children if k.dep_ in _OWNERS]
        if owners:  # (the asset itself too: an argument read through its owner, "Chile's stake")
            out.update([*owners, t.i])
    return frozenset(out)
