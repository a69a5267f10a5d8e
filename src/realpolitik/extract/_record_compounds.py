"""A record noun led by "tracking" / "monitoring" read as a clause (leftovers44).

"Norway shared all vessel tracking records with Denmark": the parser reads "tracking" as a
clause on "vessel" (the verb's object) with "records" its object, and hangs "with Denmark" on
"records"; "Greece handed over tracking data to Turkey": "tracking" a gerund complement of
"hand" with "data" its object. Either way the verb's object is no record and the act is lost
or read as aid. Such a "-ing" word the tagger calls a noun, or a gerund on a giving verb that
takes no gerund, before its object noun, is a modifier of that noun, which becomes the verb's
object (its "with" or "to" phrase the verb's, its leading noun a compound of it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import forget, sentence_forms, tokens_with_form

if TYPE_CHECKING:
    from spacy.tokens import Span

_INGS = frozenset({"tracking", "monitoring", "surveillance", "screening", "shipping", "routing",
                   "logging", "mapping", "sighting", "targeting", "positioning"})  # fmt: skip
# Verbs of giving and sharing, which take an object, never a gerund complement.
_GIVING = frozenset({"hand", "share", "provide", "give", "send", "pass", "deliver", "supply",
                     "exchange", "transfer", "forward", "release", "submit"})  # fmt: skip
_NOUNS = frozenset({"NOUN", "PROPN"})
_MOVED_PREPS = frozenset({"with", "to"})


def record_compound(sent: Span) -> None:
    """See the module's docstring."""
    if sentence_forms(sent).isdisjoint(_INGS):
        return
    doc = sent.doc
    for ing in tokens_with_form(sent, _INGS):
        obj = next((k for k in ing.children if k.dep_ == "dobj" and k.i == ing.i + 1), None)
        if obj is None or obj.pos_ not in _NOUNS:
            continue
        head = ing.head
        if (
            ing.dep_ == "acl"
            and ing.tag_ in ("NN", "VBG")
            and head.dep_ == "dobj"
            and head.i == ing.i - 1
        ):
            verb, lead = head.head, head
        elif (
            ing.dep_ in ("xcomp", "advcl")  # (a gerund complement or, after "over", a clause)
            and head.lemma_.lower() in _GIVING
            and not any(k.dep_ == "dobj" for k in head.children)
        ):
            verb, lead = head, None
        else:
            continue
        if verb.lemma_.lower() not in _GIVING:
            continue
        heads, deps = tree_of(sent)
        heads[obj.i], deps[obj.i] = verb.i, "dobj"
        heads[ing.i], deps[ing.i] = obj.i, "compound"
        if lead is not None:
            heads[lead.i], deps[lead.i] = obj.i, "compound"
            for k in lead.children:
                if k.i < lead.i:
                    heads[k.i] = obj.i
        for k in obj.children:
            if k.dep_ == "prep" and k.lower_ in _MOVED_PREPS:
                heads[k.i] = verb.i
        _write_tree(sent, heads, deps)
        ing.tag_, ing.pos_ = "NN", "NOUN"
        forget(doc)  # (a tag changed)
        return
