""" "Condemned as 'state terrorism' an Israeli raid": the object after a fronted "as" phrase.

A judging verb may put its "as" predicate before its object ("X condemned as 'state terrorism'
an Israeli raid on the convoy", "denounced as a crime the US strike on ..."); the parser then
hangs the object on the predicate noun as an apposition, so the verb has no object and the
judged act (and its doer's state, the target) is lost (practice16's CO class). A verb of
judgement with no object whose "as" noun has an apposition after it takes that apposition back
as its object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import forget, has_any, tokens_with_form
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span

_AS = frozenset({"as"})
_JUDGING = frozenset(
    {"condemn", "denounce", "decry", "deplore", "brand", "describe", "criticise", "criticize",
     "slam", "blast", "reject", "dismiss", "label", "hail", "praise", "welcome", "characterise",
     "characterize", "castigate", "censure"}
)  # fmt: skip
_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "nsubjpass"})


def object_after_as(sent: Span) -> None:
    """ "Condemned as 'state terrorism' an Israeli raid": the raid the verb's object, not an
    apposition of "terrorism"."""
    if not has_any(sent, _AS):
        return
    for prep in tokens_with_form(sent, _AS):
        verb = prep.head
        if prep.dep_ != "prep" or verb.lemma_.lower() not in _JUDGING or verb.i > prep.i:
            continue
        if any(k.dep_ in _OBJECTS for k in verb.children):
            continue
        noun = next((k for k in prep.children if k.dep_ == "pobj"), None)
        obj = next((k for k in noun.rights if k.dep_ == "appos"), None) if noun else None
        if obj is None or obj.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
            continue
        heads, deps = tree_of(sent)
        heads[obj.i], deps[obj.i] = verb.i, "dobj"
        _write_tree(sent, heads, deps)
        forget(sent.doc)
        return
