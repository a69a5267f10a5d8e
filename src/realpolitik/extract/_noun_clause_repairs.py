"""Parse repairs for a noun read where a clause's verb or object stands: "rejected a ceasefire
deal with X" read as a clause of its own, and a verb of saying tagged as a noun ("Analysts in Z
caution Y might ..."). Called by :func:`realpolitik.extract._nlp.repair_parse`; split from
``_clause_repairs`` (round 14)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from realpolitik.extract._clause_repairs import _as_verb, _write_tree, tree_of
from realpolitik.extract._dependents import label_ids
from realpolitik.extract._pos import NOUN
from realpolitik.extract._saying_in_place import saying_in_place
from realpolitik.extract._tree import sentence_deps, tag_hashes, tagged
from realpolitik.extract._tree_rewrites import relabel

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_CCOMP = get_string_id("ccomp")
_COMPOUND = get_string_id("compound")
# The labels of the word after a noun that may start a second subject: the subject itself, an
# apposition read for it, or a compound of a name that ends in one.
_SECOND_START = label_ids(("nsubj", "appos", "compound"))


def noun_clause(sent: Span) -> None:
    """ "Italy rejected a ceasefire deal with Brazil", "warplanes struck Tajik targets": the
    parser may read the object as a clause of its own (a noun as the clause's head, the word
    before it its subject), so the verb has no object and the modifier seems a party of its
    own. A common noun read as a verb's clausal complement, with no verb of its own, is the
    verb's object; a subject it was given is its compound, and so is a noun right before it
    read as the verb's object ("could reject a ceasefire deal with X")."""
    doc, lo = sent.doc, sent.start
    for i in tagged(sent, tag_hashes("NN", "NNS")):
        if sentence_deps(sent)[i - lo] != _CCOMP:
            continue  # (the label by id, as it stands: no Token of a noun read otherwise)
        noun = doc[i]
        if noun.pos != NOUN:
            continue
        prev = sent.doc[noun.i - 1]
        split = prev if prev.dep_ == "dobj" and _split_off(prev, noun) else None
        verb = split.head if split is not None else noun.head  # ("denied having rejected ...")
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.pos_ != "VERB" or noun.i < verb.i or (objs and split is None):
            continue
        if any(c.dep_ in ("aux", "auxpass", "cop", "mark") for c in noun.children):
            continue
        if split is not None:  # "could reject a ceasefire deal": "a ceasefire" read as the object
            heads, deps = tree_of(sent)
            heads[split.i], deps[split.i] = noun.i, "compound"
            heads[noun.i], deps[noun.i] = verb.i, "dobj"
            for c in split.children:
                if c.i < split.i:
                    heads[c.i] = noun.i  # ("a": the whole object's)
            _write_tree(sent, heads, deps)
            continue
        relabel(noun, "dobj")
        for c in noun.children:
            if c.dep_ == "nsubj" and c.i < noun.i:
                relabel(c, "compound" if c.pos_ in ("NOUN", "PROPN") else "amod")


def _apposed_subject(second: Token, i: int) -> bool:
    """The second subject read as an apposition of the first, right after the noun at ``i``."""
    if second.dep_ != "appos":
        return False  # (most nouns: no Token of the head)
    first = second.head
    return first.dep_ == "nsubj" and first.i < i < second.i and (second.left_edge.i in (i, i + 1))


def _split_off(obj: Token, noun: Token) -> bool:
    """The verb's object is the noun's modifier split off: a noun right before it with no
    phrase after it ("a ceasefire | deal with X")."""
    return obj.i == noun.i - 1 and obj.pos_ == "NOUN" and not any(c.i > obj.i for c in obj.children)


def saying_as_noun(sent: Span) -> None:
    """ "Analysts in Tokyo caution Pakistan might vote down X": the tagger may read the verb of
    saying as a noun (the second subject's modifier, or the last noun of the first's phrase),
    so the clause has two subjects and the speakers (and their place) become the doer. A noun
    between the phrases of two subjects of one verb (or ending the phrase of a noun whose
    relative clause the clause was read as) is the first subject's verb: the clause its
    complement (a name it took as its modifier keeps the noun's place in the phrase)."""
    if saying_in_place(sent):
        return  # ("Experts in Ottawa caution Greece could ...": Greece the object of "in")
    doc, lo = sent.doc, sent.start
    for i in tagged(sent, tag_hashes("NN", "NNS"), stop=1):
        labels = sentence_deps(sent)  # (as they stand, by id: no Token of most nouns)
        if labels[i - lo] != _COMPOUND and labels[i + 1 - lo] not in _SECOND_START:
            continue  # (the word after it starts no second subject: see ``second`` below)
        word = doc[i]
        second = word.head if word.dep_ == "compound" else doc[i + 1]
        while second.dep_ == "compound" and second.head.i > second.i:
            second = second.head  # ("King Salman": the name's last word)
        apposed = _apposed_subject(second, i)  # ("Commentators in X caution Y": Y an apposition)
        if not apposed and (second.dep_ != "nsubj" or second.left_edge.i not in (i, i + 1)):
            continue
        verb = gov = second.head.head if apposed else second.head
        first = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < i), None)
        if apposed and first is not None:
            end = i - 1
        elif first is None and verb.dep_ == "relcl" and _in_phrase(word, verb.head):
            first = gov = verb.head  # (the clause read as the first noun's relative clause)
            end = i
        elif first is None or first.right_edge.i not in (i - 1, i):
            continue
        else:
            end = first.right_edge.i
        kids = list(word.children)
        if any(c.dep_ != "compound" for c in kids) or (kids and kids[-1].i != i - 1):
            continue
        heads, deps = tree_of(sent)
        if end == i and kids:  # "in Taipei caution": the name keeps the noun's place
            heads[i - 1], deps[i - 1] = heads[i], deps[i]
            for c in kids[:-1]:
                heads[c.i] = i - 1
        elif end == i:
            continue
        heads[i], deps[i] = (i, "ROOT") if gov.head.i == gov.i else (gov.head.i, gov.dep_)
        heads[first.i], deps[first.i] = i, "nsubj"
        heads[verb.i], deps[verb.i] = i, "ccomp"
        if apposed:
            heads[second.i], deps[second.i] = verb.i, "nsubj"
        if sent[-1].is_punct and heads[sent.end - 1] in (verb.i, gov.i):
            heads[sent.end - 1] = i
        _write_tree(sent, heads, deps)
        word.tag_ = "VBZ" if word.tag_ == "NNS" else "VBP"
        _as_verb(word)
        return


def _in_phrase(word: Token, noun: Token) -> bool:
    """``word`` lies in ``noun``'s phrase before it reaches a verb ("Analysts in Z caution")."""
    t = word
    while t.i != noun.i:
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return False
        t = t.head
    return True
