"""A hand-over of people held out on a condition is the hand-over, `possible` (issue 9,
clauses41: fresh29's class F).

"Chile will hand the two men over if the court approves", "Peru would extradite the banker
once Bolivia sends the evidence": judicial cooperation (063, GUIDE rule 7's hand-overs, round
27: "whatever the verb") told as a future act under a condition is not the doer's commitment
(a pledge, promise or offer to hand over stays 0313) but the act the condition may let happen,
rule 4's future and conditional acts: the act's own code, `possible`. So is one owed under
the modal ("would have to approve any extradition", clauses42) and one whose condition the
parser hangs on "over" ("hand the men over once ..."). Without a condition clause the future
reading stands as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._conditions import condition_clause
from realpolitik.extract._pos import VERBAL
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from realpolitik.extract._triggers import Found

JUDICIAL = "063"
# Marks of a clause on whose outcome the hand-over waits (a condition, or a time clause of the
# step it needs: "once the court approves").
_WAITING_MARKS = frozenset({"once", "provided", "providing", "assuming"})


def conditional_handover(f: Found) -> bool:
    """``f`` is a hand-over of people (063) whose verb carries a condition clause."""
    if f.code != JUDICIAL or f.entry.pos != "V":
        return False
    if _obliged(f.tok):
        return True  # "would have to approve any extradition": a step owed, as "must approve"
    for k in _clauses(f.tok):
        if condition_clause(k):
            return True
        if any(m.dep_ == "mark" and m.lower_ in _WAITING_MARKS for m in k.children):
            return True
    return False


# Verbs of an obligation whose "to" infinitive is the act owed ("would have to approve").
_OBLIGING = frozenset({"have", "need"})


def _obliged(tok: Token) -> bool:
    """ "would have to approve", "will need to approve": the act is owed under the future
    modal, not promised; a step the hand-over waits on, as with "must" (clauses42)."""
    return (
        tok.dep_ == "xcomp"
        and tok.head.lemma_.lower() in _OBLIGING
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


def _clauses(tok: Token) -> list[Token]:
    """The verb's adverbial clauses, and one the parser hangs on its "over" read as a
    preposition ("hand the minister over [once the court approves]", pcomp; clauses42)."""
    out = [k for k in tok.children if k.dep_ == "advcl"]
    for p in tok.children:
        if p.dep_ in ("prep", "prt") and p.lower_ == "over":
            out += [k for k in p.children if k.dep_ in ("pcomp", "advcl") and k.pos in VERBAL]
    return out


# The marks of a clause after "hand X over" that the parser may take "over" into.
CLAUSE_MARKS = frozenset({"if", "once", "when", "after", "before", "until", "unless"})
OVER = frozenset({"over"})


def stray_particle(sent: Span) -> None:
    """ "would hand the banker over once a judge approves": the parser may hang the particle
    "over" on the mark of the clause after it ("over once", advmod), so the verb has no
    particle and its "hand over" rows miss. An "over" right after the verb's object, hung on
    the mark (or the verb) of an adverbial clause of that verb, is the verb's particle
    (clauses42)."""
    doc = sent.doc
    for t in sent:
        if t.lower_ != "over" or t.i in (sent.start, sent.end - 1):
            continue
        obj = doc[t.i - 1]
        verb = obj.head
        if obj.dep_ != "dobj" or verb.pos not in VERBAL or t.head.i == verb.i:
            continue
        clause = t.head if t.head.dep_ == "advcl" else t.head.head
        if clause.dep_ != "advcl" or clause.head.i != verb.i:
            continue
        if t.head.i != clause.i and t.head.lower_ not in CLAUSE_MARKS:
            continue
        heads, deps = tree_of(sent)
        heads[t.i], deps[t.i] = verb.i, "prt"
        for c in t.children:
            heads[c.i] = clause.i  # (nothing of the clause hangs on the particle)
        _write_tree(sent, heads, deps)
        return


__all__ = ["CLAUSE_MARKS", "OVER", "conditional_handover", "stray_particle"]
