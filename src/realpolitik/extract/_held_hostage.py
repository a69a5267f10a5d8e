""" "Held N of Y-ian pilots hostage": the held people hung on "hostage" (stop 44 review).

"Saudi soldiers held dozens of Israeli pilots hostage" parses with "pilots" as a compound of
"hostage" and "of" left with no object, so the held people read as the hostage-takers (suite
row w2_hostages_taken, seed 4). In "hold / keep / take N hostage (captive)", a preposition with
no object right before a noun compounded onto "hostage" takes that noun as its object, and
"hostage" becomes the verb's object complement, as the parser reads "dozens of sailors hostage".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import forget, tokens_with_form
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span

_HOSTAGE = frozenset({"hostage", "hostages", "captive", "captives"})
_HOLDING = frozenset({"hold", "keep", "take"})
_NOUNS = frozenset({"NNS", "NN", "NNPS"})


def held_hostage_object(sent: Span) -> None:
    """ "held dozens of Y-ian pilots hostage": "pilots" the object of "of", not a compound of
    "hostage" (hung on the verb, or as the object of "of" itself)."""
    for word in tokens_with_form(sent, _HOSTAGE):
        held = next((k for k in word.lefts if k.dep_ == "compound" and k.tag_ in _NOUNS), None)
        if held is None or held.i != word.i - 1:
            continue
        prep = word.head if word.dep_ == "pobj" else None
        verb = prep.head.head if prep is not None else word.head
        if verb.lemma_.lower() not in _HOLDING or verb.i > word.i:
            continue
        if prep is None and word.dep_ in ("ccomp", "dobj", "oprd"):
            prep = next(
                (
                    t
                    for t in sent.doc[verb.i + 1 : held.i]
                    if t.dep_ == "prep" and not any(c.dep_ == "pobj" for c in t.children)
                ),
                None,
            )
        if prep is None or prep.dep_ != "prep" or prep.head.head.i != verb.i:
            continue
        heads, deps = tree_of(sent)
        heads[held.i], deps[held.i] = prep.i, "pobj"
        heads[word.i], deps[word.i] = verb.i, "oprd"
        _write_tree(sent, heads, deps)
        forget(sent.doc)
        return
