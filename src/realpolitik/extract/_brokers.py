"""A deal's broker places no one (issue 9, leftovers51: practice19's CF).

"The government and the rebels signed a ceasefire brokered by Norway", "the prime minister and
the rebel leader signed a truce under a deal mediated by Norway": the broker is a go-between
(GUIDE rule 7: mediation is its own act, 045), neither party to the deal nor the home of an
unnamed government, leader or rebel group the sentence does not place. The state named as the
agent of "brokered / mediated / sponsored" is therefore kept out of the states
``parties.placing.locate`` reads to place an actor of unknown country, as a meeting's venue is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import sentence_words, tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span

_BROKER_VERBS = frozenset({"broker", "mediate", "sponsor", "facilitate"})
_BROKERED = frozenset({"brokered", "mediated", "sponsored", "facilitated"})


def broker_tokens(sent: Span) -> set[int]:
    """Tokens of the by-agent of a participle "brokered / mediated / sponsored by X" that
    modifies a deal (no ``nsubj``: a passive reduced relative or a passive clause)."""
    words = sentence_words(sent)
    if "by" not in words or _BROKERED.isdisjoint(words):
        return set()
    out: set[int] = set()
    for t in tokens_with_lemma(sent, _BROKER_VERBS):
        if t.tag_ != "VBN":
            continue
        for k in t.children:
            if k.dep_ == "agent" or (k.dep_ == "prep" and k.lower_ == "by"):
                out.update(x.i for x in k.subtree)
    return out


__all__ = ["broker_tokens"]
