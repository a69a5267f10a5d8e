"""An act ruled out that nobody asked for is the act denied, not a refusal (issue 9, fact26:
fresh14's class RF; recurs from fresh7 on).

"Argentina imposed fees on Chilean lorries. Boric said he wanted no row with Buenos Aires and
ruled out shutting the frontier": "rule out" folds its gerund as a refusal (CAMEO 12, the
sub-code from the act, ``_folding.fold_control``), but GUIDE rule 5 asks for something to
refuse: a request, demand, proposal or expectation named in the story. With none, the act is
stated as not going to happen: the act itself, `negated`, with its own parties (CHL -> ARG 191
negated; as the refusal it took the speaker's own state as target). "Argentina asked Chile to
close the border. Chile ruled out closing it" stays the refusal (12x), aimed at the asker.

A request is named when the sentence has an appeal or demand before the ruling out (a trigger of
CAMEO 02 or 10, or a word of asking: "despite calls to", "asked to"), or one of the two sentences
before holds an appeal or demand (``EarlierAct`` of root 02 or 10).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._found import Found
    from realpolitik.extract.parties._model import EarlierAct

# Verbs that rule out an act ("ruled out closing the border", "excluded sending troops").
_RULING_OUT = frozenset({"rule", "exclude"})
_REFUSAL_ROOT = "12"
# Roots of asking: appeals (02) and demands (10).
_ASKING_ROOTS = frozenset({"02", "10"})
# Words that name a request or an expectation in the ruling out's own sentence.
_ASKING_WORDS = frozenset(
    {"ask", "urge", "demand", "call", "request", "appeal", "plea", "pressure", "press",
     "proposal", "propose", "suggest", "suggestion", "expect", "expectation", "insist"}
)  # fmt: skip
_ASKED_SENTENCES = 2  # the sentences before whose appeals or demands the ruling out may answer


def _rules_out(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma == "exclude":
        return True
    return lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)


def _asked_here(f: Found, found: Sequence[Found]) -> bool:
    """The ruling out's sentence names a request or an expectation before it."""
    if any(g is not f and g.code[:2] in _ASKING_ROOTS and g.tok.i < f.tok.i for g in found):
        return True
    sent = f.tok.sent
    return any(t.lemma_.lower() in _ASKING_WORDS for t in sent if t.i != f.tok.i)


def _ruled_noun(f: Found, g: Found) -> bool:
    """``g`` is an act noun the ruling out ``f`` takes as its object ("ruled out any talks")."""
    return g is not f and g.entry.pos == "N" and g.tok.dep_ == "dobj" and g.tok.head.i == f.tok.i


def unrequested_rule_outs(found: list[Found], earlier: Sequence[EarlierAct], index: int) -> None:
    """Undo the refusal reading of a "ruled out V-ing" that answers no request: the ruled-out
    act comes back, negated, and the ruling out is no event of its own. ``earlier``: the acts
    of the document's earlier sentences; ``index``: this sentence's place in the document."""
    rulings = [
        f for f in found if not f.absorbed and f.code[:2] == _REFUSAL_ROOT and _rules_out(f.tok)
    ]
    if not rulings:
        return
    lo = index - _ASKED_SENTENCES
    if any(a.root in _ASKING_ROOTS and a.trigger // 10_000 >= lo for a in earlier):
        return
    for f in rulings:
        inner = next((g for g in found if g.controller is f and g.absorbed), None)
        noun = inner is None
        if noun:  # "ruled out sanctions against X": the act noun it rules out
            inner = next((g for g in found if _ruled_noun(f, g)), None)
        if inner is None or _asked_here(f, found):
            continue
        inner.absorbed = False
        inner.controller = None
        inner.negated = True
        f.absorbed = True
        if noun:  # (no trigger of its own left, so that the noun is no mere object of it)
            found.remove(f)


__all__ = ["unrequested_rule_outs"]
