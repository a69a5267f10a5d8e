"""A parse repair for the adverb "since" between an auxiliary and its participle ("Egypt has
since shipped weapons to Somalia", "the troops have since withdrawn"; issue 9, practice2: a
practice set's class S). The parser may read "since" as the sentence's conjunction and root,
with the participle a modifier of its object ("since shipped weapons"), so the act has no verb
and its doer hangs on "since". Re-hung, "since" is the verb's adverb and the verb heads the
clause with the subject, auxiliary, object and conjuncts "since" had taken."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import forget, sentence_words, tokens_with_form

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})
_KEPT_ON_NOUN = frozenset({"of"})  # "weapons of Russian make" stays the noun's phrase


def adverb_since(sent: Span) -> None:
    """ "X has since shipped arms to Y": "since" right after a form of "have" (read as the main
    verb, or hung on "since") and right before a participle read as its object's modifier
    ("since shipped weapons") is the participle's adverb."""
    if "since" not in sentence_words(sent):
        return
    doc = sent.doc
    for since in tokens_with_form(sent, {"since"}):
        i = since.i
        if i <= sent.start or i + 1 >= sent.end:
            continue
        aux, verb = doc[i - 1], doc[i + 1]
        if aux.lemma_ != "have" or verb.tag_ not in _PARTICIPLE_TAGS:
            continue
        if verb.dep_ not in ("amod", "compound"):
            continue  # (the participle a verb of its own: nothing misread)
        if aux.dep_ == "ROOT":
            _rehang(sent, since, verb, aux)  # "has" read as the main verb
        elif aux.head.i == i and _below(verb, since):
            _rehang(sent, since, verb, since)  # "since" read as the clause's head
        else:
            continue
        return


def _below(tok: Token, top: Token) -> bool:
    while tok.head.i != tok.i:
        if tok.head.i == top.i:
            return True
        tok = tok.head
    return False


def _rehang(sent: Span, since: Token, verb: Token, clause: Token) -> None:
    """``verb`` takes ``clause``'s place (its head and label, its children); "since" becomes its
    adverb, "since"'s object its object, the auxiliary its auxiliary."""
    heads, deps = tree_of(sent)
    top = clause.head.i if clause.head.i != clause.i else verb.i
    noun = verb.head if verb.dep_ in ("amod", "compound") else None
    heads[verb.i], deps[verb.i] = top, clause.dep_
    later = clause.head
    if clause.dep_ == "advmod" and later.i > verb.i and later.pos_ in ("VERB", "AUX"):
        # "X has since shipped arms and promised more": the later verb, which "since" hung
        # on, is the participle's conjunct; the subject before them both is the participle's
        heads[verb.i], deps[verb.i] = (
            later.head.i if later.head.i != later.i else verb.i,
            later.dep_,
        )
        heads[later.i], deps[later.i] = verb.i, "conj"
        for c in later.children:
            if c.i < verb.i:
                heads[c.i] = verb.i
    for c in (*clause.children, *since.children):
        if c.i not in (verb.i, since.i):
            heads[c.i] = verb.i
            if deps[c.i] == "pobj":
                deps[c.i] = "dobj"  # "since shipped weapons": the verb's object
    heads[since.i], deps[since.i] = verb.i, "advmod"
    if clause.i != since.i:
        heads[clause.i], deps[clause.i] = verb.i, "aux"
        clause.pos_ = "AUX"
    if noun is not None and noun.i != since.i:
        heads[noun.i], deps[noun.i] = verb.i, "dobj"
        for p in noun.children:
            if p.dep_ == "prep" and p.i > noun.i and p.lower_ not in _KEPT_ON_NOUN:
                heads[p.i] = verb.i  # "weapons to Somalia": the verb's destination
    _write_tree(sent, heads, deps)
    since.tag_, since.pos_ = "RB", "ADV"
    verb.tag_, verb.pos_ = "VBN", "VERB"
    forget(sent.doc)
