"""A verb after "is set / due / poised / slated / scheduled to" that the tagger read as a noun
or an adjective (issue 9's lexicon list: "is expected to" / "is set to"; leftovers37).

"Kenya is set to expel Uganda's ambassador", "Kenya is due to host Uganda's president", "Kenya
is set to sanction Uganda": after "set" and "due" the parser may take "to" for a preposition
("due to the war") and the bare verb for a modifier of the noun after it ("expel" an adjective of
"ambassador", "sanction" a compound of "Uganda") or for a noun of its own, so the scheduled act
is lost although "is set to visit Uganda" is read. GUIDE rule 4 codes such an act as itself,
`possible`, with both parties; once the word is the carrier's infinitive again, the raising
subject and the hedge of "is set to" are read as for any other verb. Only a word the lexicon
knows as a verb and in its bare form is taken, so "due to sanctions" and "due to pressure from
Y" stay prepositions. Called by :func:`realpolitik.extract._nlp.repair_parse`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import hang_infinitive, tree_of
from realpolitik.extract._tree import sentence_lowers

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The predicates of a scheduled act ("is set to", "is due to", "is poised to", "is slated to",
# "is scheduled to") and the tags a bare verb misread as a noun or an adjective carries.
_CARRIERS = frozenset({"set", "due", "poised", "slated", "scheduled"})
_BARE_TAGS = frozenset({"VB", "NN", "JJ", "VBP"})
_NOUN_SLOTS = frozenset({"amod", "compound", "nmod"})
_CLIMB_SLOTS = _NOUN_SLOTS | {"poss"}
_LOOSE_OBJECTS = frozenset({"npadvmod", "dobj", "pobj", "attr", "oprd"})


def _object_of(to: Token, word: Token) -> Token | None:
    """The act's object: the word's own object ("due to host Y's president", with the verb
    hung as a noun on "due"), or the noun "to" governs that the word modifies ("set to expel
    Y's ambassador": "expel" an adjective of "ambassador")."""
    own = next((c for c in word.children if c.dep_ == "dobj"), None)
    if own is not None:
        return own
    if word.dep_ == "pobj":  # "set to sanction Y": the verb the noun of "to", Y hung on "set"
        return next(
            (c for c in (*to.head.children, *to.children)
             if c.i > word.i and c.dep_ in _LOOSE_OBJECTS and _determined(c)),
            None,
        )  # fmt: skip
    pobj = next(
        (c for c in (*to.children, *to.head.children) if c.dep_ == "pobj" and c.i > word.i), None
    )  # (the parser may hang the noun on "due" itself: "due to sanction Y")
    if pobj is None or word.dep_ not in _NOUN_SLOTS or not _determined(pobj):
        return None
    head = word.head  # (climbing over a possessor: "host" hung on "Y" of "Y's minister")
    while head.i != pobj.i and head.dep_ in _CLIMB_SLOTS and head.i < pobj.i:
        head = head.head
    return pobj if head.i == pobj.i else None


def _determined(noun: Token) -> bool:
    """A name or a noun with a determiner or possessor ("Uganda", "Y's ambassador", "the
    summit"): an object, where a bare plural after a noun ("due to attack fears") is the
    preposition's own noun phrase."""
    return noun.pos_ == "PROPN" or any(c.dep_ in ("poss", "det") for c in noun.children)


def _carried(to: Token, sent: Span) -> Token | None:
    """The carrier ("set", "due") right before a prepositional "to", itself after "be"."""
    carrier = to.head
    if to.dep_ != "prep" or carrier.i != to.i - 1 or carrier.lower_ not in _CARRIERS:
        return None
    be = carrier.head if carrier.dep_ == "acomp" else carrier
    if be.lemma_.lower() == "be" or any(c.dep_ == "auxpass" for c in carrier.children):
        return carrier
    return None


def scheduled_infinitive(sent: Span) -> None:
    """ "X is set / due to V Y" with "to" read as a preposition and V as a noun or an
    adjective: V is the carrier's infinitive (xcomp) with "to" its auxiliary and Y its
    object, where V is a verb the lexicon codes and stands in its bare form."""
    lowers = sentence_lowers(sent)
    if "to" not in lowers or _CARRIERS.isdisjoint(lowers):
        return
    from realpolitik.extract._lexicon import lexicon

    doc = sent.doc
    for to in sent:
        if to.lower_ != "to" or to.i + 1 >= sent.end:
            continue
        carrier = _carried(to, sent)
        word = doc[to.i + 1]
        if carrier is None or word.tag_ not in _BARE_TAGS:
            continue
        if (word.lower_, "V") not in lexicon().triggers:
            continue
        obj = _object_of(to, word)
        if obj is None:
            continue
        heads, deps = tree_of(sent)
        hang_infinitive(sent, heads, deps, carrier, to, word, obj)
        return
