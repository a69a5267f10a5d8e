"""Parse repairs: a clause after "and" / "but" misread as a complement or an infinitive's
conjunct (practice7, classes CF and IC).

"Kazakhstan has never criticised Russia, and Uzbekistan has turned down every Russian
invitation; neither ...": before a later clause the parser may hang the second clause as the
first verb's clausal complement (``ccomp``), as if the criticism's content were Uzbekistan's
refusal, so the first clause's "never" reaches it and the refusal reads as negated. A clause
with a subject of its own that begins right after a coordinating "and" / "but" of the same verb,
where that verb has no complement clause before the conjunction (so no "said X, and Y" report),
is the verb's conjunct (``and_clause``).

"China urged Tajikistan to protect its citizens and asked the Taliban to act": the parser may
hang the past "asked" on the infinitive "protect", so Tajikistan, the infinitive's subject,
becomes the asker. An infinitive takes no past-tense conjunct: a true past form (not "cut" or
"set") with no subject and an object of its own, right after "and" / "but", hung on the
to-infinitive complement of a past verb that has an object of its own (the "urged Y to V"
frame), is that past verb's conjunct and shares its subject (``object_infinitive_conjunct``;
``_infinitive_conjuncts`` does the same for a noun's infinitive). Called by
:func:`realpolitik.extract._nlp.repair_parse`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._infinitive_conjuncts import past_conjuncts, rehang_conjunct
from realpolitik.extract._tree import sentence_forms, tokens_with_form

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_JOINS = frozenset({"and", "but"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "dative"})


def and_clause(sent: Span) -> None:
    """Re-label a clause right after the verb's own "and" / "but", read as its complement."""
    if _JOINS.isdisjoint(sentence_forms(sent)):
        return
    for cc in tokens_with_form(sent, _JOINS):  # (no tree written before the one move)
        if cc.dep_ != "cc" or cc.i + 1 >= sent.end:
            continue
        verb = cc.head
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "conj" for c in verb.children):
            continue
        clause = next(
            (c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == cc.i + 1), None
        )
        if clause is None or not any(c.dep_ in _SUBJECTS for c in clause.children):
            continue
        if any(c.dep_ in ("ccomp", "parataxis") and c.i < cc.i for c in verb.children):
            continue  # ("said X had V-ed, and Y ...": the report's own complement first)
        heads, deps = tree_of(sent)
        deps[clause.i] = "conj"
        _write_tree(sent, heads, deps)
        return


def object_infinitive_conjunct(sent: Span) -> None:
    """Re-hang "urged Y to V ... and asked Z ..." from the infinitive onto the past verb."""
    if _JOINS.isdisjoint(sentence_forms(sent)):
        return
    for verb, inf in past_conjuncts(sent, _SUBJECTS):
        if inf.dep_ not in ("xcomp", "advcl"):
            continue
        main = inf.head
        if main.tag_ != "VBD" or main.i > inf.i:
            continue
        if not any(_addressee(c) and c.i < inf.i for c in main.children):
            continue  # (the "urged Y to V" frame: Y the infinitive's subject, not the asker's)
        if not any(c.dep_ in _OBJECTS for c in verb.children):
            continue
        rehang_conjunct(sent, verb, inf, main)
        return


def _addressee(c: Token) -> bool:
    """The one addressed: "urged Y", "called on Y" (the object or the "on" phrase)."""
    if c.dep_ in _OBJECTS:
        return True
    return c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" for g in c.children)
