"""A counted subject that denies its verb: "Not one member state protested", "not a single
neighbour condemned the arrests", "not one of Zimbabwe's neighbours protested", "none of the
bloc's members objected", "nobody in Vienna recalled the envoy" (practice6, class NQ).

The "no" subject ("no country has recognised it") was already read as negation
(``factuality._no_subject``); "not" inside a subject phrase was not, so a protest nobody made
read as an asserted act. Only "not" before "one", "a", "single" or "even" denies: "not all
members protested" says some did, and stays asserted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import doc_forms

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECTS = ("nsubj", "nsubjpass")
_NOT = "not"
# the words after "not" that make the subject count zero ("not one", "not a single", "not even")
_NONE_COUNTED = frozenset({"one", "a", "single", "even"})
# subject heads that are zero themselves
_NONE_HEADS = frozenset({"none", "nobody"})
_WORDS = frozenset({_NOT, *_NONE_HEADS})


def _denying(subj: Token) -> bool:
    if subj.lower_ in _NONE_HEADS:
        return True
    first = subj.left_edge
    if first.lower_ != _NOT or first.i + 1 > subj.i:
        return False
    return first.nbor(1).lower_ in _NONE_COUNTED


def not_one_subject(verb: Token) -> bool:
    """Whether ``verb``'s own subject counts no one: "not one member state protested"."""
    if doc_forms(verb.doc).isdisjoint(_WORDS):
        return False  # (no such word in the parse: no walk over the verb's subjects)
    return any(c.dep_ in _SUBJECTS and _denying(c) for c in verb.children)


__all__ = ["not_one_subject"]
