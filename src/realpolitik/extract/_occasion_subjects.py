"""An occasion clause's subject read as the object of its conjunction (parties32): "France
scrambled jets after Brazil bombed Beijing", "Poland scrambled jets as Russian missiles struck
Kyiv": the parser may read "after / as" as a preposition with the name its object ("after
Brazil", "jets as Russian missiles") and hang the finite verb after it on the main verb as an
adverbial clause with no subject, so the clause's act took the main clause's subject (France
bombing Beijing, asserted) and the main act lost the act it answers. Where a finite verb with
no subject follows such a phrase directly, the phrase's noun is the verb's subject and the
conjunction its marker. Where the parser made the noun the phrase hangs on the verb's subject
("Japan summoned China's ambassador after Beijing's coast guard rammed a Japanese vessel":
"ambassador" the subject of "rammed", "rammed" a complement of "summoned", "vessel" the object
of "summoned"), that noun goes back to the main verb as its object, the verb becomes the main
verb's adverbial clause and takes the words after it (parties34). Called by
:func:`realpolitik.extract._nlp.repair_parse`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import sentence_forms, tokens_with_form

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Conjunctions of time or cause that the parser may read as prepositions.
_CONJUNCTIONS = frozenset({"after", "as", "before", "since", "until", "while", "when"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def occasion_subject(sent: Span) -> None:
    """ "after Brazil bombed Beijing": the conjunction's "object" becomes the subject of the
    finite verb right after it, the conjunction its ``mark`` (see the module's docstring)."""
    if _CONJUNCTIONS.isdisjoint(sentence_forms(sent)):
        return  # (most sentences: no token walked)
    for prep in tokens_with_form(sent, _CONJUNCTIONS):
        if prep.lower_ not in _CONJUNCTIONS or prep.dep_ not in ("prep", "mark"):
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.pos_ not in ("PROPN", "NOUN"):
            continue
        after = noun.right_edge.i + 1
        if after >= sent.end:
            continue
        verb = sent.doc[after]
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        stolen = _stolen_object(prep, verb, subjects)
        if (
            verb.tag_ not in _FINITE
            or verb.dep_ not in ("advcl", "conj", "ccomp")
            or (subjects and not stolen)
            or verb in noun.subtree
        ):
            continue
        heads, deps = tree_of(sent)
        heads[noun.i], deps[noun.i] = verb.i, "nsubj"
        heads[prep.i], deps[prep.i] = verb.i, "mark"
        if stolen:
            main, obj = verb.head, prep.head
            heads[obj.i], deps[obj.i] = main.i, "dobj"
            heads[verb.i], deps[verb.i] = main.i, "advcl"
            for c in main.children:  # ("vessel" hung on "summoned"): the clause's own words
                if c.i > verb.i and c.dep_ in _CLAUSE_DEPS:
                    heads[c.i] = verb.i
        _write_tree(sent, heads, deps)
        return


# Labels of the words after the clause's verb that the parser hung on the main verb.
_CLAUSE_DEPS = frozenset({"dobj", "prep", "dative", "npadvmod", "advmod", "prt"})


def _stolen_object(prep: Token, verb: Token, subjects: list[Token]) -> bool:
    """The verb's only subject is the noun "after" hangs on, an object of the main verb the
    clause's verb hangs on, before the phrase ("summoned China's ambassador after Beijing's coast
    guard rammed ...": "ambassador")."""
    obj = prep.head
    main = verb.head
    return (
        subjects == [obj]
        and obj.pos_ in ("NOUN", "PROPN")
        and obj.i < prep.i
        and main.pos_ in ("VERB", "AUX")
        and main.i < obj.i
        and verb.dep_ in ("ccomp", "conj")
    )
