"""Parse repair: a clause in parentheses read as the sentence's main clause (practice7, PA).

"Mali rejected the claim, accusing Algiers of sponsoring terrorism (Algeria has denied backing
armed groups in the north).": the parser may make the parenthetical clause the root and hang
the whole sentence before it as its complement, as if Algeria had denied that Mali rejected the
claim; the main act then reads as negated and the aside's own denial loses its place. A finite
verb inside the parentheses that is the root, with a complement clause wholly before the "(",
is an aside: the complement becomes the root and the aside hangs on it (``parataxis``), with
the sentence's closing punctuation. Called by :func:`realpolitik.extract._nlp.repair_parse`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import sentence_forms

if TYPE_CHECKING:
    from spacy.tokens import Span


def parenthetical_root(sent: Span) -> None:
    """Make the clause before "(" the root where the parenthetical clause took its place."""
    if "(" not in sentence_forms(sent):
        return  # (most sentences: no parenthesis, no root looked for, no walk)
    root = sent.root
    opens = [t for t in sent if t.text == "(" and t.head.i == root.i and t.i < root.i]
    if not opens or not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return
    paren = opens[-1]
    close = next((t for t in sent if t.text == ")" and t.i > root.i), None)
    if close is None:
        return
    main = next((c for c in root.children if c.dep_ == "ccomp" and c.right_edge.i < paren.i), None)
    if main is None or main.pos_ not in ("VERB", "AUX"):
        return
    heads, deps = tree_of(sent)
    heads[main.i], deps[main.i] = main.i, "ROOT"
    heads[root.i], deps[root.i] = main.i, "parataxis"
    for t in root.children:
        if t.i > close.i or (t.i < paren.i and t.i != main.i):
            heads[t.i] = main.i  # (the closing full stop, a comma before the aside)
    _write_tree(sent, heads, deps)
