"""What an appeal asks another to do "with" is asked for too (issue 9, clauses34: fresh22's H).

"Szijjarto urged Vienna to replace the checks with joint police patrols", "asked Y to back the
deal with a loan": the patrols and the loan are part of the act asked for, planned by no one
(GUIDE: a requested act is no event), as the asked act's object is (``_folding.fold_control``).
Only cooperative acts (03-08) are folded; a done act named there ("to answer the attack with
restraint") keeps its own reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._found import Found

_ASKING = frozenset({"02", "10"})  # appeals and demands
_COOPERATIVE = frozenset({"03", "04", "05", "06", "07", "08"})
_MEANS = frozenset({"with"})


def fold_asked_means(gov: Found, asked: Token, by_tok: dict[int, Found]) -> None:
    """Absorb the cooperative act nouns in the "with" phrase of ``asked``, the act an appeal
    or demand ``gov`` asks for."""
    if gov.code[:2] not in _ASKING:
        return
    heads = [asked] + [c for c in asked.children if c.dep_ == "dobj"]  # ("the checks with")
    for prep in (p for h in heads for p in h.children):
        if prep.dep_ != "prep" or prep.lower_ not in _MEANS:
            continue
        for noun in prep.children:
            inner = by_tok.get(noun.i)
            if noun.dep_ == "pobj" and inner is not None and inner.code[:2] in _COOPERATIVE:
                inner.absorbed = True
