"""Causative orders: "a court in Budapest ordered twelve of them deported" (issue 9, lex27:
fresh14's class OC).

"Order" + object + past participle ("ordered six of the miners expelled", "ordered the herders
released", "ordered the border closed") is a causative: the participle names the act, done by
the orderer's state to its object; nobody is asked to do anything, so there is no demand (10).
The parser reads the shape three ways: the participle a clause with the object as its subject
("ordered [twelve of them deported]"), a modifier of the order's object ("ordered [the miners
expelled from the country]"), or a second complement after the object ("ordered them freed").
:func:`causative_participle` re-hangs each as the first, with the object the participle's
passive subject, so that the participle is a trigger whose passive subject is its target (its
lexicon rows see the object, as "were deported" would). :func:`drop_causing_orders` then drops
the order itself, and the party stage ``caused.ordered_act_doer`` gives the participle the
orderer as its doer. An order with an infinitive ("ordered them to leave") or a clause of its
own ("ordered that they be freed") is untouched: there the object is asked to act.

fact28 (fresh16's OR): "ordered the release of the 14 Beninese fishermen held since February"
is no causative. When the order's object is an act noun whose "of" phrase names the people it
is done to (the release, return or extradition of ...), a participle after that phrase
describes those people ("held since February": background, GUIDE rule 1); the parser hangs it
on the act noun, and it is re-hung on the people's noun, leaving the ordered act the object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._dependents import to_infinitive
from realpolitik.extract._tree import sentence_words, tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from realpolitik.extract._found import Found

_ORDER = frozenset({"order"})
_PARTICIPLE = frozenset({"VBN", "VBD"})
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "oprd"})
# Children that make the participle a clause or a verb of its own, not a bare participle.
_OWN_CLAUSE = frozenset({"aux", "auxpass", "mark", "dobj", "dative", "neg"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Act nouns whose "of" phrase names the people the act is done to ("the release of N Y-ians").
_ACT_NOUNS = frozenset({
    "release", "return", "repatriation", "extradition", "handover", "hand-over", "transfer",
    "deportation", "expulsion", "arrest", "detention", "freeing", "evacuation", "rescue",
})  # fmt: skip


def causative_participle(sent: Span) -> None:
    """Re-hang "ordered OBJECT V-ed" so that the participle is the order's clausal complement
    with OBJECT its passive subject (see the module)."""
    if not _ORDER.intersection(sentence_words(sent)):
        return  # (most sentences: no token walked)
    for verb in tokens_with_lemma(sent, _ORDER):
        if verb.pos_ != "VERB":
            continue
        shape = _shape(verb)
        if shape is None:
            continue
        obj, part = shape
        heads, deps = tree_of(sent)
        if obj.lemma_.lower() in _ACT_NOUNS and (people := _of_people(obj, part)) is not None:
            heads[part.i], deps[part.i] = people.i, "acl"  # (the release of those held)
            _write_tree(sent, heads, deps)
            continue
        heads[part.i], deps[part.i] = verb.i, "ccomp"
        heads[obj.i], deps[obj.i] = part.i, "nsubjpass"
        _write_tree(sent, heads, deps)


def _shape(verb: Token) -> tuple[Token, Token] | None:
    """(object, participle) of a causative order, in any of the parser's three readings."""
    kids = list(verb.children)
    if any(k.dep_ in ("xcomp", "ccomp") and _infinitive(k) for k in kids):
        return None
    for k in kids:  # "ordered [twelve of them deported]"
        if k.dep_ in _COMPLEMENTS and k.i > verb.i and _bare(k):
            subj = next((g for g in k.children if g.dep_ in _SUBJECTS and g.i < k.i), None)
            if subj is not None:
                return subj, k
    obj = next((k for k in kids if k.dep_ == "dobj" and k.i > verb.i), None)
    if obj is None and any(k.dep_ == "auxpass" for k in kids):
        obj = next((k for k in kids if k.dep_ == "nsubjpass" and k.i < verb.i), None)
        for k in kids:  # "twelve fans were ordered deported (by a court)"
            if obj is not None and k.dep_ in _COMPLEMENTS and k.i > verb.i and _caused(k):
                return obj, k
        return None
    if obj is None:
        return None
    for k in kids:  # "ordered them freed"
        if k.dep_ in _COMPLEMENTS and k.i > obj.i and _bare(k) and _no_subject(k):
            return obj, k
    for k in obj.subtree:  # "ordered [the miners expelled]", "[eight of the fans expelled]"
        if k.dep_ == "acl" and k.i > obj.i and k.tag_ == "VBN" and _bare(k) and _next_to(obj, k):
            return obj, k
    return None


def _of_people(act: Token, part: Token) -> Token | None:
    """The noun of ``act``'s "of" phrase that ends right before the participle ("the release
    of [the 14 fishermen] held since ..."), or None."""
    for prep in act.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i > part.i:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or pobj.pos_ not in _NOUNS:
                continue
            if part.head.i == pobj.i or pobj.right_edge.i == part.i - 1:
                return pobj
    return None


_NOUNS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def _next_to(obj: Token, part: Token) -> bool:
    """Whether the participle follows the object's own words at once and ends it ("the six
    miners expelled", "eight of the fans expelled"), not a modifier inside it ("the men
    detained in May released")."""
    if part.left_edge.i != part.i or part.right_edge.i != obj.right_edge.i:
        return False
    return part.i - 1 in {t.i for t in obj.subtree if t.i < part.i}


def _bare(part: Token) -> bool:
    """A past participle with no auxiliary, marker, object or subject clause of its own."""
    if part.tag_ not in _PARTICIPLE or part.pos_ != "VERB":
        return False
    return not any(g.dep_ in _OWN_CLAUSE for g in part.children)


def _caused(part: Token) -> bool:
    return _bare(part) and _no_subject(part)


def _no_subject(part: Token) -> bool:
    return not any(g.dep_ in _SUBJECTS for g in part.children)


def _infinitive(k: Token) -> bool:
    return to_infinitive(k)


def caused_participle(tok: Token) -> bool:
    """Whether ``tok`` is the act of a causative order as :func:`causative_participle` hung it:
    a bare participle complement of "order" whose passive subject is the object ordered."""
    head = tok.head
    if tok.dep_ != "ccomp" or head.lemma_.lower() not in _ORDER or head.i > tok.i:
        return False
    if tok.tag_ not in _PARTICIPLE:
        return False
    kids = [g.dep_ for g in tok.children]
    return "nsubjpass" in kids and not any(d in kids for d in ("aux", "auxpass", "mark", "nsubj"))


def drop_causing_orders(found: list[Found]) -> None:
    """Drop (in place) every causative order: "ordered them deported" is the deportation, done
    by the orderer, and no demand (10); "ordered the cheese withdrawn from sale" names no act
    between states (the participle has no event: goods recalled, lex28, fresh15 OC), and nobody
    is asked to do anything either, so it is no demand."""
    causing = {
        f.tok.i
        for f in found
        if f.tok.lemma_.lower() in _ORDER and any(caused_participle(c) for c in f.tok.children)
    }
    if causing:
        found[:] = [f for f in found if f.tok.i not in causing]


__all__ = ["caused_participle", "causative_participle", "drop_causing_orders"]
