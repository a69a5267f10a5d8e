"""Verbs coordinated over one object (lex25, fresh13_classes.md L).

"Tanzania has banned and then allowed rice exports to Kenya", "has banned and unbanned maize
exports four times", "condemned and rejected Togo's decision": the parser hangs the object on
the last conjunct only, so the first verb has none and a row that asks for its object ("banned
exports": an embargo, 163) misses and falls to the bare row (172). A verb with no object of
its own whose coordinated verb after it (no subject of its own: the same doer) has one shares
that object (:func:`shared_object`, read by the trigger finder's object walk).

The tagger may also read an un- verb it does not know as an adjective ("unbanned", "unblocked")
while giving it a direct object: a conjunct of a verb with an object of its own is a verb
(:func:`conjunct_adjective_verb`, a parse repair), its lemma the form less "-ed".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._pos import ADJ, VERB
from realpolitik.extract._tree import forget, sentence_lowers
from realpolitik.extract._verb_lemmas import repaired_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def shared_object(verb: Token) -> Token | None:
    """The direct object ``verb`` shares with the verb coordinated after it, when it has none."""
    if verb.pos != VERB or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return None
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < verb.i or conj.pos != VERB:
            continue
        if any(c.dep_ in _SUBJECTS for c in conj.children):
            return None  # "X banned rice and Y allowed exports": two clauses
        return next((c for c in conj.children if c.dep_ == "dobj"), None)
    return None


def shared_passive_subject(verb: Token) -> Token | None:
    """ "Three Y-ian fishermen were arrested by X and later set free": a passive participle
    coordinated after a passive verb, with no subject or object of its own, is said of the same
    people; the first verb's passive subject is its object (leftovers49)."""
    if verb.dep_ != "conj" or verb.head.i > verb.i:
        return None
    if verb.tag_ != "VBN" and not any(
        c.dep_ == "oprd" or c.lower_ == "free" for c in verb.children
    ):
        return None  # ("set free" may be tagged a past tense: its "free" says it is passive)
    if any(c.dep_ in _SUBJECTS or c.dep_ == "dobj" for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)


def _joined_noun(adj: Token) -> bool:
    """ "has banned and unbanned coffee exports": the parser may join the noun phrase to the
    verb ("banned" and "exports" conjuncts) with the -ed word its adjective, right after the
    "and"."""
    noun = adj.head
    if noun.dep_ != "conj" or noun.head.pos_ != "VERB" or noun.head.i > adj.i:
        return False
    before = adj.doc[adj.i - 1]
    return before.lower_ in ("and", "or") and before.head.i == noun.head.i


def conjunct_adjective_verb(sent: Span) -> None:
    """ "banned and unbanned maize exports": an adjective in "-ed" coordinated with a verb,
    with a direct object of its own (or the joined noun phrase it modifies), is a past verb (lemma: the form less "-ed", one of a
    doubled consonant dropped: "unbann" -> "unban")."""
    changed = False
    doc, lo = sent.doc, sent.start
    ed = [i for i, w in enumerate(sentence_lowers(sent), lo) if w.endswith("ed")]
    for tok in map(doc.__getitem__, ed):  # (a Token only for a form in "-ed")
        if tok.pos != ADJ:
            continue
        if tok.dep_ == "amod" and _joined_noun(tok):
            noun, verb = tok.head, tok.head.head  # "banned and unbanned [coffee exports]"
            heads, deps = tree_of(sent)
            heads[tok.i], deps[tok.i] = verb.i, "conj"
            heads[noun.i], deps[noun.i] = tok.i, "dobj"
            _write_tree(sent, heads, deps)
        elif tok.dep_ != "conj" or tok.head.pos_ != "VERB":
            continue
        form = tok.lower_
        if not any(c.dep_ == "dobj" for c in tok.children):
            continue
        stem = form[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
            stem = stem[:-1]
        tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBD", stem
        # ("phoned" -> "phon": a stem the project reads as no verb; the known verb among the
        # form's regular stems is its lemma, as for the lemmatiser's own slips; seeds39)
        tok.lemma_ = repaired_lemma(tok) or stem
        changed = True
    if changed:
        forget(sent.doc)
