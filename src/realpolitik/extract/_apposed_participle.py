""" "..., and Sudan's President B, attending the ceremony in Juba, recognised the new state".

A conjoined clause whose subject is set off from its verb by a participle phrase ("and B, V-ing
..., W-ed Y") is often parsed with the subject as a bare noun conjunct (or object) of the first clause's verb
and its own verb hung under the participle, so the first clause's subject does W (practice16's
AP class: the new state read as the recognition's doer). The noun conjunct becomes W's subject,
W the first verb's conjunct and the participle W's adverbial clause again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import forget, has_any, sentence_lowers, tag_hashes, tagged
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_FINITE = frozenset({"VBD", "VBZ", "VBP", "VBN"})  # (a bare "condemned" is often read VBN)
_SUBJECTS_AUX = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})
_NOUNS = frozenset({"PROPN", "NOUN"})
_AND = frozenset({"and"})
_VBG = tag_hashes("VBG")


def apposed_participle_subject(sent: Span) -> None:
    """ "A did X, and B, V-ing ..., W-ed Y": B the subject of W, W a conjunct of "did"."""
    if not has_any(sent, _AND):
        return  # (the shape needs "and" before the subject)
    doc, lo = sent.doc, sent.start
    lowers = sentence_lowers(sent)
    # (the subject is two words before a participle, a comma between: only those are read)
    for j in tagged(sent, _VBG, stop=1):
        if j - 2 < lo or lowers[j - 1 - lo] != ",":
            continue
        subj = doc[j - 2]
        first = subj.head
        if (
            subj.dep_ not in ("conj", "dobj", "npadvmod")
            or subj.pos_ not in _NOUNS
            or first.i > subj.i
        ):
            continue
        if first.pos_ not in ("VERB", "AUX") or doc[subj.left_edge.i - 1].lower_ != "and":
            continue
        if subj.i + 3 >= sent.end or doc[subj.i + 1].text != ",":
            continue
        part = doc[subj.i + 2]
        verb = _verb_after(sent, part)
        if part.tag_ != "VBG" or verb is None:
            continue
        heads, deps = tree_of(sent)
        heads[verb.i], deps[verb.i] = first.i, "conj"
        heads[subj.i], deps[subj.i] = verb.i, "nsubj"
        heads[part.i], deps[part.i] = verb.i, "advcl"
        for k in verb.rights:  # ("condemned Turkey" read as an adverbial noun)
            if k.dep_ == "npadvmod" and k.pos_ == "PROPN":
                heads[k.i], deps[k.i] = verb.i, "dobj"
        if verb.tag_ == "VBN":
            verb.tag_ = "VBD"
        _write_tree(sent, heads, deps)
        forget(doc)
        return


def _verb_after(sent: Span, part: Token) -> Token | None:
    """The verb right after the participle phrase's closing comma (adverbs skipped), when it
    has no subject or auxiliary of its own."""
    doc = sent.doc
    comma = next((t for t in doc[part.i + 1 : sent.end] if t.text in (",", ";")), None)
    if comma is None or comma.text != ",":
        return None
    j = comma.i + 1
    while j < sent.end and doc[j].tag_ == "RB":
        j += 1
    if j >= sent.end:
        return None
    verb = doc[j]
    if verb.tag_ not in _FINITE or any(k.dep_ in _SUBJECTS_AUX for k in verb.children):
        return None
    return verb
