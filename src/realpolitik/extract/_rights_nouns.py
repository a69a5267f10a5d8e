"""Rights named by a gerund kept with their noun (lex33, fresh20's D): "granted Chile docking
rights", "gave Japan basing rights at its port". The parser reads the gerund as a verb of its
own (an adverbial or controlled clause) with "rights" its object, so the granting verb has no
object and the row keyed on the rights never holds; the gerund right before "rights" with no
subject or other argument of its own describes the noun, which becomes the verb's object."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import sentence_forms
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span

_RIGHTS = frozenset({"right", "rights", "privilege", "privileges"})
_CLAUSE = frozenset({"advcl", "xcomp"})


def gerund_rights(sent: Span) -> None:
    """ "granted Chile docking rights": "docking" (advcl/xcomp of "granted", its only child the
    object "rights" right after it) becomes the modifier of "rights", "rights" the verb's
    object, and an object read before the gerund ("Chile") the verb's dative."""
    if sentence_forms(sent).isdisjoint(_RIGHTS):
        return  # (most sentences: no "rights", no walk)
    for ger in sent:
        if ger.tag_ != "VBG" or ger.dep_ not in _CLAUSE or ger.i + 1 >= sent.end:
            continue
        noun = ger.doc[ger.i + 1]
        kids = list(ger.children)
        if noun.lower_ not in _RIGHTS or noun.dep_ != "dobj" or noun.head.i != ger.i:
            continue
        if any(k.i != noun.i for k in kids if k.dep_ != "prep"):
            continue  # a subject, an object or an adverb of its own: a clause indeed
        verb = ger.head
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if any(o.i > ger.i for o in objs):
            continue
        heads, deps = tree_of(sent)
        for o in objs:  # "granted Chile docking rights": the object before is the recipient
            deps[o.i] = "dative"
        heads[noun.i], deps[noun.i] = verb.i, "dobj"
        heads[ger.i], deps[ger.i] = noun.i, "amod"
        for k in kids:
            if k.dep_ == "prep":  # "rights at its port": the noun's
                heads[k.i] = noun.i
        _write_tree(sent, heads, deps)
        return
