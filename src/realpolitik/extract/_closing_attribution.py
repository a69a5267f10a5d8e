"""A closing ", according to X" after a trailing participle clause (clauses31, fresh19's G).

"Greek boats seized a Turkish trawler and detained its crew, accusing them of fishing
illegally, according to Turkey's foreign ministry": the closing attribution reports the whole
sentence before it, the main clause and the participle alike (GUIDE rule 3), as a closing
"..., X said" does. The parser hangs "according to" either on the participle (then the main
clause reads as asserted) or on the main verb (then the participle, an adverbial clause where
the factuality climb stops, reads as asserted). Either way both are `reported`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import set_off_participle

if TYPE_CHECKING:
    from spacy.tokens import Token

_CLIMB = 3
_ARGUMENTS = frozenset({"dobj", "pobj", "prep"})


def _closing_according(verb: Token, after: int) -> bool:
    """``verb`` carries ", according to ..." after token ``after`` that closes its sentence."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ != "according" or c.i <= after:
            continue
        if c.doc[c.i - 1].text != ",":
            continue
        end = c.right_edge.i + 1
        sent_end = c.sent.end
        if end >= sent_end or all(c.doc[k].is_punct for k in range(end, sent_end)):
            return True
    return False


def closing_attribution(tok: Token) -> bool:
    """``tok``'s act, in a main clause or in a trailing participle set off by a comma, is
    reported by a closing ", according to X" hung on the other of the two."""
    verb = tok
    for _ in range(_CLIMB):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in _ARGUMENTS or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if set_off_participle(verb):
        main = verb.head
        while main.dep_ == "conj" and main.head.i != main.i:
            if _closing_according(main, verb.i):
                return True
            main = main.head
        return _closing_according(main, verb.i)
    clause = [verb]
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
        clause.append(top)
    clause += [c for c in verb.children if c.dep_ == "conj"]
    return any(
        _closing_according(p, tok.i)
        for v in clause
        for p in v.children
        if set_off_participle(p) and p.i > tok.i
    )


__all__ = ["closing_attribution"]
