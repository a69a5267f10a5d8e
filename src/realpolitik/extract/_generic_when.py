"""A "when" clause of a habitual present names no act (issue 9, clauses35: fresh23's I).

"Austria funds language schools and freezes cultural grants when journalists are arrested",
"Chile recalls its envoy whenever Peru's navy enters the bay": the present simple of the main
clause tells what its doer does as a rule, and the "when / whenever" clause the kind of
occasion it answers, no arrest or incursion that took place (GUIDE rule 1: a scene, and here
not even one told as done). Only a present clause ("are arrested", "enters") under a present
simple main verb with no auxiliary of its own; "froze the grants when journalists were
arrested" (past) and "will freeze them when ..." (``_future_time``) are read elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._triggers import Found

_WHEN = frozenset({"when", "whenever"})
_PRESENT = frozenset({"VBZ", "VBP"})
# Arcs of the clause: an adverbial one, or a complement ("recalls its envoy whenever protesters
# are shot", as parsed) that opens with its "when" after the main verb.
_CLAUSE_ARCS = frozenset({"advcl", "ccomp"})
_ASKING = frozenset({"ask", "say", "know", "wonder", "decide", "tell", "explain", "question"})


def _present_clause(verb: Token) -> bool:
    """``verb`` is a present simple, active ("enters") or passive ("are arrested")."""
    kids = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not kids:
        return verb.tag_ in _PRESENT
    return verb.tag_ == "VBN" and all(c.dep_ == "auxpass" and c.tag_ in _PRESENT for c in kids)


def generic_when(f: Found) -> bool:
    """A verb trigger heading a present "when" clause under a present simple verb."""
    tok = f.tok
    if f.entry.pos != "V" or tok.dep_ not in _CLAUSE_ARCS or tok.head.i == tok.i:
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _WHEN for c in tok.children):
        return False
    gov = tok.head
    if tok.dep_ == "ccomp" and (
        tok.left_edge.lower_ not in _WHEN or gov.lemma_.lower() in _ASKING or gov.i > tok.i
    ):
        return False  # ("asks when the talks resume": a question, not a time)
    kids = list(gov.children)
    # (a present "-s" verb the tagger read as a plural noun keeps its subject: "X usually
    # protests when ...")
    present = gov.tag_ in _PRESENT or (gov.tag_ == "NNS" and any(c.dep_ == "nsubj" for c in kids))
    return _present_clause(tok) and present and not any(c.dep_ in ("aux", "auxpass") for c in kids)
