"""A parse repair for "kept X closed / shut / sealed" (issue 9, lex27: fresh14's class L).

"Togo kept its border posts with Ghana closed for a sixth day", "Pakistan has kept its airspace
to Colombian flights shut": "keep" with an object and an adjective complement says the object
stays in that state, and the lexicon's "keep ... closed" rows read the complement in the
verb's phrase (191: the closure goes on). After a long object the parser may read the
complement as a second verb conjoined to "kept" or as an adverbial clause of it, outside the
phrase. A bare past participle or adjective right after "keep"'s object (or a prepositional
phrase of the verb after it), with no subject, object, conjunction or auxiliary of its own, is
"keep"'s complement (``oprd``), as the parser reads "kept the border closed".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import sentence_words, tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_KEEP = frozenset({"keep"})
_STATES = frozenset({"VBN", "VBD", "JJ"})
_MISREAD = frozenset({"conj", "advcl"})
_OWN = frozenset({"nsubj", "nsubjpass", "dobj", "cc", "aux", "auxpass", "mark", "neg"})


def kept_complement(sent: Span) -> None:
    """Re-hang the complement of "kept OBJECT ADJ" read as a conjunct or an adverbial clause
    (see the module)."""
    if not _KEEP.intersection(sentence_words(sent)):
        return  # (most sentences: no token walked)
    for verb in tokens_with_lemma(sent, _KEEP):
        comp = _misread_complement(verb)
        if comp is None:
            continue
        heads, deps = tree_of(sent)
        deps[comp.i] = "oprd"
        _write_tree(sent, heads, deps)


def _misread_complement(verb: Token) -> Token | None:
    kids = list(verb.children)
    obj = next((k for k in kids if k.dep_ == "dobj" and k.i > verb.i), None)
    if obj is None or any(k.dep_ in ("oprd", "xcomp", "ccomp") for k in kids):
        return None
    end = obj.right_edge.i
    for k in kids:  # "its airspace to Colombian flights": a phrase of the verb may come between
        if k.dep_ == "prep" and k.i == end + 1:
            end = k.right_edge.i
    for k in kids:
        if k.dep_ not in _MISREAD or k.i != end + 1 or k.tag_ not in _STATES:
            continue
        if any(g.dep_ in _OWN for g in k.children):
            return None
        return k
    return None


__all__ = ["kept_complement"]
