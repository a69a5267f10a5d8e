"""Parse repair: a named subject, a relative clause set off by commas, then the sentence's
present-tense verb read as a noun in apposition (parties47: fresh23's D).

"Norway, which barely mattered in Thailand in 2015, now channels humanitarian money to Myanmar
through Thai charities": after the relative clause the parser may read "channels" (a verb in
the third person) as a plural noun in apposition to "Norway", its object and phrases hung on
that noun, so the sentence has no verb and its act no doer. A word in apposition to the root
name, after the comma that closes the name's relative clause, that takes a direct object (no
noun does) is the sentence's verb and the name its subject. ``_listed_relative_subject`` does
the same for a list of names and a past-tense participle. Called by
:func:`realpolitik.extract._nlp.repair_parse`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._pos import NOUN, PROPN
from realpolitik.extract._tree import forget
from realpolitik.extract._tree_rewrites import _as_verb, _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NOUN_TAGS = frozenset({"NNS", "NN"})
_RELATIVE = frozenset({"relcl"})


def relative_subject_verb(sent: Span) -> None:
    """Make the apposed noun with an object after "X, which ..., " the sentence's verb."""
    root = sent.root
    if root.pos not in (NOUN, PROPN):
        return
    clause = next((c for c in root.children if c.dep_ in _RELATIVE and c.i > root.i), None)
    if clause is None:
        return
    verb = next((c for c in root.rights if _misread_verb(c, clause)), None)
    if verb is None:
        return
    heads, deps = tree_of(sent)
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    heads[root.i], deps[root.i] = verb.i, "nsubj"
    for tok in sent:
        if tok.i > verb.i and heads[tok.i] == root.i:
            heads[tok.i] = (
                verb.i
            )  # the full stop and a clause after it ("although ..."): the verb's
    _write_tree(sent, heads, deps)
    verb.tag_ = "VBZ" if verb.tag_ == "NNS" else "VBP"
    _as_verb(verb)
    forget(sent.doc)  # (a tag changed)


def _misread_verb(tok: Token, clause: Token) -> bool:
    """A noun in apposition after the comma that closes the relative clause ``clause``, with a
    direct object of its own."""
    if tok.dep_ != "appos" or tok.tag_ not in _NOUN_TAGS or tok.i <= clause.right_edge.i:
        return False
    comma = tok.doc[clause.right_edge.i + 1]
    if comma.text != ",":
        return False
    return any(c.dep_ == "dobj" for c in tok.children)


__all__ = ["relative_subject_verb"]
