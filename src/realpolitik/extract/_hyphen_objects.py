"""Hyphenated object words as the lexicon writes them (issue 9 round 17, lexmine).

The tokenizer splits "cease-fire", "sit-in", "tear-gas", "asylum-seekers" into three tokens,
the last the head ("fire", "in", "gas", "seekers") with the first its compound. The lexicon's
object conditions name the whole word ("obj=truce|ceasefire|cease-fire"), so "declared a
unilateral cease-fire with Y" matched no row while "declared a ceasefire" did. The object's
words therefore also include the joined word, with and without its hyphen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_HYPHEN = "-"
_SPAN = 2  # the first part, then the hyphen, then the head


def hyphen_words(head: Token) -> set[str]:
    """ "cease-fire" at its head "fire" -> {"cease-fire", "ceasefire"}; empty for a word that
    is no such split compound."""
    i = head.i
    if i < _SPAN:
        return set()
    doc = head.doc
    dash, first = doc[i - 1], doc[i - 2]
    if dash.text != _HYPHEN or dash.whitespace_ or first.whitespace_ or first.head.i != i:
        return set()
    left = first.lower_
    words = {head.lower_, head.lemma_.lower()}
    return {f"{left}{_HYPHEN}{w}" for w in words} | {f"{left}{w}" for w in words}


__all__ = ["hyphen_words"]
