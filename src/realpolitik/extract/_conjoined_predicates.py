"""A second predicate read as part of the first one's object (issue 9 round 30, clauses36;
fresh24_classes.md J).

"Italy's foreign minister condemned the stabbing and telephoned Seoul's foreign minister": the
parser may read "the stabbing and telephoned" as modifiers of "minister", so that the minister
is what was condemned and the call is no verb of its own (no call, and a condemnation aimed at
the victims' state). A past-tense verb conjoined to a noun that modifies a noun after it, the
verb of contact right after "and" and that noun right before (or such a verb read as the
modifier of a second object of the first verb), is the second predicate: it hangs on the
first verb, the modifier becomes that verb's object and the noun after it the second verb's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import forget, sentence_words, tag_hashes, tagged
from realpolitik.extract._tree_rewrites import _as_verb, _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span

_AND = tag_hashes("CC")
_PAST = frozenset({"VBD", "VBN"})
_MODIFIER = frozenset({"amod", "compound"})
# Verbs of contact with a person, which no participle of a noun phrase before a role noun means
# ("telephoned Y's minister"; "detained staff" may be staff who were detained).
_CONTACT = frozenset(
    {
        "telephone", "phone", "call", "ring", "meet", "visit", "summon", "thank", "invite",
        "urge", "ask", "brief", "host", "receive", "congratulate", "write", "text", "email",
    }
)  # fmt: skip


def verb_in_object(sent: Span) -> None:
    """ "condemned the stabbing and telephoned Y's minister": the call a verb of its own."""
    if not sentence_words(sent) & _CONTACT:
        return  # (most sentences: no verb of contact, no word read)
    doc = sent.doc
    for i in tagged(sent, _AND, stop=1):
        if i <= sent.start or doc[i].lower_ != "and":
            continue
        noun, verb = doc[i - 1], doc[i + 1]
        if verb.tag_ not in _PAST or noun.pos_ != "NOUN":
            continue
        if verb.lemma_.lower() not in _CONTACT:
            continue  # ("expelled the envoy and detained staff": a participle may be meant)
        if verb.dep_ == "conj" and verb.head.i == noun.i and noun.dep_ in _MODIFIER:
            obj = noun.head  # "the stabbing and telephoned" both the minister's modifiers
        elif (
            verb.dep_ == "amod"
            and noun.dep_ == "dobj"
            and verb.head.head.i
            in (
                noun.i,
                noun.head.i,
            )
        ):
            obj = verb.head  # or the verb the modifier of a second object of the first verb
        else:
            continue
        if obj.i <= verb.i or obj.dep_ not in ("dobj", "conj"):
            continue
        first = noun.head if noun.dep_ == "dobj" else obj.head
        if first.pos_ != "VERB" or first.i >= noun.i:
            continue
        heads, deps = tree_of(sent)
        for k, h in heads.items():
            if h == obj.i and k < noun.i:
                heads[k] = noun.i  # ("the" of "the stabbing")
        heads[noun.i], deps[noun.i] = first.i, "dobj"
        heads[i] = first.i
        heads[verb.i], deps[verb.i] = first.i, "conj"
        heads[obj.i], deps[obj.i] = verb.i, "dobj"
        _write_tree(sent, heads, deps)
        if verb.pos_ != "VERB":
            _as_verb(verb)
            forget(doc)  # (a tag changed)
        return


__all__ = ["verb_in_object"]
