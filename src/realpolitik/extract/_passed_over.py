"""Acts passed over for another (lex14): "Samoa would keep control of its programme rather than
hand it to a regulator", "Kenya sent aid instead of imposing sanctions": the act named after
"rather than" / "instead of" is the one not chosen, so it is not done (negated), and no refusal
either (nobody asked for it; the GUIDE's rule 5)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import doc_forms

if TYPE_CHECKING:
    from spacy.tokens import Token

# Word pairs that set an act aside for the one the clause chooses.
_PASSING_OVER = frozenset({("rather", "than"), ("instead", "of")})
_FIRST_WORDS = frozenset(first for first, _ in _PASSING_OVER)


def passed_over(tok: Token) -> bool:
    """Whether ``tok``'s phrase opens with, or directly follows, "rather than" / "instead of"
    ("rather than hand it", "instead of imposing sanctions", "rather than new sanctions")."""
    doc = tok.doc
    if _FIRST_WORDS.isdisjoint(doc_forms(doc)):
        return False  # (most parses: no "rather" or "instead" anywhere; no sentence read)
    floor = tok.sent.start
    first = tok.left_edge.i
    for start in {tok.i, first}:
        if start - 2 >= floor and (doc[start - 2].lower_, doc[start - 1].lower_) in _PASSING_OVER:
            return True
    if first + 1 >= tok.i or (doc[first].lower_, doc[first + 1].lower_) not in _PASSING_OVER:
        return False
    return doc[first + 1].head.i == tok.i  # its own "than" ("Rather than X, Y did Z": not Z)
