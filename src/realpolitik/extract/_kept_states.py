"""A parse repair for "kept X closed / shut / sealed" (issue 9, lex27: fresh14's class L).

"Togo kept its border posts with Ghana closed for a sixth day", "Pakistan has kept its airspace
to Colombian flights shut": "keep" with an object and an adjective complement says the object
stays in that state, and the lexicon's "keep ... closed" rows read the complement in the
verb's phrase (191: the closure goes on). After a long object the parser may read the
complement as a second verb conjoined to "kept" or as an adverbial clause of it, outside the
phrase. A bare past participle or adjective right after "keep"'s object (or a prepositional
phrase of the verb after it), with no subject, object, conjunction or auxiliary of its own, is
"keep"'s complement (``oprd``), as the parser reads "kept the border closed".

After a list of names the parser may also read the object as the complement's subject ("Israel
kept the Rafah and Kerem Shalom crossings shut": "crossings" the subject of a clause "shut",
parties30), split the last name off as that subject ("kept the crossings at Rafah and Kerem
Shalom shut"), or read the first name as the object and the crossings as its conjunct. A bare complement whose only own word is a subject right after "keep" (or
right after "keep"'s object) is the same complement: the subject becomes "keep"'s object, or
the last word of the object's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import forget, sentence_words, tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_KEEP = frozenset({"keep"})
_STATES = frozenset({"VBN", "VBD", "JJ"})
_MISREAD = frozenset({"conj", "advcl"})
_CLAUSES = frozenset({"ccomp", "conj"})
_CLAUSE_TAGS = frozenset({"VBN", "VBD", "VBP", "JJ"})  # ("shut" may be read as a present)
_OWN = frozenset({"nsubj", "nsubjpass", "dobj", "cc", "aux", "auxpass", "mark", "neg"})


def kept_complement(sent: Span) -> None:
    """Re-hang the complement of "kept OBJECT ADJ" read as a conjunct or an adverbial clause
    (see the module)."""
    if not _KEEP.intersection(sentence_words(sent)):
        return  # (most sentences: no token walked)
    for verb in tokens_with_lemma(sent, _KEEP):
        comp = _misread_complement(verb)
        if comp is not None:
            heads, deps = tree_of(sent)
            deps[comp.i] = "oprd"
            _write_tree(sent, heads, deps)
        else:
            _object_as_subject(sent, verb)
        _names_as_object(sent, verb)


def _names_as_object(sent: Span, verb: Token) -> None:
    """ "kept the A and B C crossings shut" read as "kept [A] and [B C crossings]": the first
    name is the object and the plural noun its conjunct; the noun is the object, the names
    its modifiers (as the parser reads "the A and B crossings"), and a bare "shut" read as an
    infinitive complement is the object's state."""
    obj = next((k for k in verb.children if k.dep_ == "dobj" and k.i > verb.i), None)
    if obj is None or obj.pos_ != "PROPN":
        return
    comp = next(
        (k for k in verb.children
         if k.dep_ in ("oprd", "xcomp") and k.i > obj.i and k.tag_ in _CLAUSE_TAGS
         and not any(g.dep_ in _OWN for g in k.children)),
        None,
    )  # fmt: skip
    noun = next((k for k in obj.children if k.dep_ == "conj" and k.tag_ == "NNS"), None)
    cc = next((k for k in obj.children if k.dep_ == "cc"), None)
    if comp is None or noun is None or cc is None or not cc.i < noun.i < comp.i:
        return
    run = []  # the second name: the proper nouns after "and"
    k = cc.i + 1
    while k < noun.i and sent.doc[k].pos_ == "PROPN":
        run.append(sent.doc[k])
        k += 1
    if not run or any(sent.doc[j].pos_ != "NOUN" for j in range(k, noun.i)):
        return  # (only common nouns, "border", between the name and the crossings)
    heads, deps = tree_of(sent)
    heads[noun.i], deps[noun.i] = verb.i, "dobj"
    heads[obj.i], deps[obj.i] = noun.i, "nmod"
    last = run[-1]
    heads[last.i], deps[last.i] = obj.i, "conj"
    for t in run[:-1]:
        heads[t.i], deps[t.i] = last.i, "compound"
    for j in range(k, noun.i):
        heads[j], deps[j] = noun.i, "compound"
    for g in obj.children:
        if g.dep_ == "det":
            heads[g.i] = noun.i
    deps[comp.i] = "oprd"
    _write_tree(sent, heads, deps)


def _object_as_subject(sent: Span, verb: Token) -> None:
    """ "kept the A and B crossings shut" read as "kept [the crossings shut]": the clause's
    subject is "keep"'s object (or the last word of it), the clause's verb its complement."""
    kids = list(verb.children)
    comp = next(
        (k for k in kids if k.dep_ in _CLAUSES and k.i > verb.i and k.tag_ in _CLAUSE_TAGS), None
    )
    inverted = comp is None and verb.dep_ == "ccomp" and verb.head.i > verb.i
    if inverted:  # ("Israel kept [the A and B crossings shut]" read with "shut" as the root)
        comp = verb.head if verb.head.tag_ in _CLAUSE_TAGS else None
    if comp is None or any(k.dep_ in ("oprd", "xcomp") for k in kids):
        return
    if any(g.dep_ in _OWN and g.dep_ != "nsubj" for g in comp.children):
        return  # ("kept saying the border was closed": a clause of its own)
    subj = [g for g in comp.children if g.dep_ == "nsubj" and g.i < comp.i]
    obj = next((k for k in kids if k.dep_ == "dobj" and k.i > verb.i), None)
    heads, deps = tree_of(sent)
    if not subj:  # ("kept [the A and B crossings] | shut" with "shut" the root: no subject)
        if not inverted or obj is None or obj.right_edge.i != comp.i - 1:
            return
        noun = obj
    elif len(subj) != 1 or subj[0].pos_ not in ("NOUN", "PROPN"):
        return
    else:
        noun = subj[0]
        if noun.right_edge.i != comp.i - 1:
            return
        if obj is None:
            if noun.left_edge.i != verb.i + 1:
                return
            heads[noun.i], deps[noun.i] = verb.i, "dobj"
        elif obj.right_edge.i == noun.left_edge.i - 1 and noun.pos_ == "PROPN":
            last = sent.doc[noun.i - 1]  # ("at Rafah and Kerem | Shalom": the name's last word)
            if last.pos_ != "PROPN":
                return
            heads[noun.i], deps[noun.i] = last.i, "flat"
        else:
            return
    if inverted:
        heads[verb.i], deps[verb.i] = heads[comp.i], deps[comp.i]
        if heads[comp.i] == comp.i:
            heads[verb.i] = verb.i
        for g in comp.children:
            if g.i != noun.i and g.i != verb.i:
                heads[g.i] = verb.i
    heads[comp.i], deps[comp.i] = verb.i, "oprd"
    if comp.tag_ != "VBN":
        comp.tag_ = "VBN"
        forget(sent.doc)  # (a tag changed)
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
