"""Parse repair: the sentence's verb after a "whose" relative clause that holds an act of its
own (issue 9 round 33, clauses39: fresh27's class K).

"Uruguay, whose own navy boarded a Chinese trawler near the Lobos islands last year, offered to
share its radar data with Buenos Aires": the parser may make the relative clause's verb
("boarded") the sentence's, with both the name and the possessed noun as its subjects, and hang
the real verb ("offered") on it as an adverbial clause. The news is then lost and the
background act read as the news. Where a "whose" noun is the subject of a verb that has a second
subject before the comma that opens the clause, and a finite verb with no subject of its own
hangs on that verb after a comma, that verb is the sentence's, the name its subject, and the
"whose" clause a relative clause of the name (background, GUIDE rule 1). Called by
:func:`realpolitik.extract._nlp.repair_parse`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import forget, tokens_with_form
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

WHOSE = frozenset({"whose"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_HUNG = frozenset({"advcl", "conj", "ccomp", "parataxis", "xcomp"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _has_aux(verb: Token) -> bool:
    return any(k.dep_ in ("aux", "auxpass") for k in verb.children)


def _main_verb(verb: Token) -> Token | None:
    """The finite verb with no subject that hangs on ``verb`` right after a comma (a past tense
    may be tagged a participle: "..., offered to share")."""
    doc = verb.doc
    for c in verb.children:
        if (
            c.i > verb.i
            and c.dep_ in _HUNG
            and (c.tag_ in _FINITE or (c.tag_ == "VBN" and not _has_aux(c)))
            and doc[c.i - 1].text == ","
            and not any(k.dep_ in _SUBJECTS for k in c.children)
        ):
            return c
    return None


def whose_clause_verb(sent: Span) -> None:
    """Make the verb after "X, whose N V-ed ..., " the sentence's verb, X its subject."""
    doc = sent.doc
    for whose in tokens_with_form(sent, WHOSE):
        noun = whose.head
        if whose.dep_ != "poss" or noun.dep_ not in _SUBJECTS or whose.i == sent.start:
            continue
        verb = noun.head
        if doc[whose.i - 1].text != ",":
            continue
        if verb.dep_ == "relcl" and verb.head.i < whose.i:
            _swallowed_verb(sent, verb)  # the clause read right, the sentence's verb hung on it
            return
        name = next(
            (c for c in verb.children if c.dep_ in _SUBJECTS and c.i < whose.i and c is not noun),
            None,
        )
        if name is None or name.right_edge.i not in (whose.i - 2, whose.i - 1):
            continue
        main = _main_verb(verb)
        if main is None:
            continue
        _raise_verb(sent, main, verb, name, clause=verb)
        return


def _swallowed_verb(sent: Span, clause: Token) -> None:
    """ "Poland, [whose navy boarded ...], offered to V": the relative clause read right, the
    verb after its closing comma hung on it; that verb goes up to the name's place."""
    main = _main_verb(clause)
    if main is None:
        return
    _raise_verb(sent, main, clause.head, clause.head)


def _raise_verb(
    sent: Span, main: Token, top: Token, name: Token, clause: Token | None = None
) -> None:
    """The sentence's verb takes the place of ``top`` (the parser's root or its head), the name
    becomes its subject, the relative clause (where the parser made it the verb) hangs on the
    name, and the words after the verb that hung on ``top`` (the full stop) go to the verb."""
    heads, deps = tree_of(sent)
    if heads[top.i] == top.i:
        heads[main.i], deps[main.i] = main.i, "ROOT"
    else:
        heads[main.i], deps[main.i] = heads[top.i], deps[top.i]
    heads[name.i], deps[name.i] = main.i, "nsubj"
    if clause is not None:
        heads[clause.i], deps[clause.i] = name.i, "relcl"
    for tok in sent:
        if tok.i > main.i and heads[tok.i] == top.i:
            heads[tok.i] = main.i  # the full stop: the sentence's verb's
    _write_tree(sent, heads, deps)
    forget(sent.doc)
