"""Trade balances told as multiples: no act (issue 9, clauses38: fresh26's class H; fresh25's
class C, comparisons read as acts).

"Ghana still sells Togo three times what it buys", "X sells Y twice what it buys from it": the
sentence weighs two amounts of a standing trade against each other, the op-ed's statement of a
balance; neither the selling nor the free relative's buying is an act done (GUIDE rule 1: no
event of its own). Read only where a multiplier ("N times", "twice", "double", "half") and a
free relative ("what it buys") both hang on the verb; "sold Y 40 jets" and "more than what Z
offers" (``_readings.compared_relative``) are left as they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import doc_forms

if TYPE_CHECKING:
    from spacy.tokens import Token

_MULTIPLIERS = frozenset({"time", "times", "twice", "thrice", "double", "triple", "half"})
_WHAT = frozenset({"what", "whatever"})
_RELATIVE_ARCS = frozenset({"ccomp", "dobj", "advcl", "xcomp", "pcomp", "pobj", "attr", "relcl"})


def multiplied_amount(verb: Token) -> bool:
    """``verb`` is the measured verb of "sells Y three times what it buys" or the free relative
    it is measured against (see the module); the parser hangs the relative on the verb or, as
    a relative clause, on the multiplier ("times")."""
    if _WHAT.isdisjoint(doc_forms(verb.doc)):
        return False  # (every reading needs a "what": no walk where the text has none)
    if _free_relative(verb):
        head = verb.head
        if head.lower_ in _MULTIPLIERS and head.head.i < head.i:
            return True  # ("three times what it buys": "buys" a relative clause of "times")
        return head.i != verb.i and _multiplier(head, verb)
    for c in verb.children:
        if _free_relative(c) and _multiplier(verb, c):
            return True
        if c.lower_ in _MULTIPLIERS and c.i > verb.i and any(_free_relative(g) for g in c.children):
            return True
    return False


def _free_relative(verb: Token) -> bool:
    """ "what it buys": a verb whose own object is "what", before it."""
    return (
        verb.dep_ in _RELATIVE_ARCS
        and verb.pos_ == "VERB"
        and any(c.lower_ in _WHAT and c.i < verb.i for c in verb.children)
    )


def _multiplier(head: Token, relative: Token) -> bool:
    """A multiplier on ``head`` between it and the free relative ``relative``."""
    return any(c.lower_ in _MULTIPLIERS and head.i < c.i < relative.i for c in head.children)
