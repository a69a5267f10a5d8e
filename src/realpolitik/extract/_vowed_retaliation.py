"""A vow to answer by an act is one threat (leftovers30): "Iran vowed to retaliate by
expelling Britain's diplomats", "China pledged to respond by imposing sanctions on Japan". The
by-act already carries the threat, asserted, with the act's sub-code (the GUIDE's note on
pledges to answer by an act; ``_codebook.retaliation_of_means``), so the commissive verb is
not coded beside it: its 030 would be a second event, and with no target of its own when the
act names one only in its object. Called by :mod:`realpolitik.extract._extract` after
``fold_control``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._codebook import commitment, retaliation_of_means

if TYPE_CHECKING:
    from realpolitik.extract._triggers import Found

# Roots of an act whose promise is a threat (the by-act the answering verb names).
_HOSTILE = frozenset({"13", "16", "17", "18", "19", "20"})


def fold_vowed_retaliation(found: list[Found]) -> None:
    """A commissive (03) verb whose infinitive is an answering verb ("to retaliate") with a
    hostile by-act among the triggers is absorbed into that act, when the act is read as a
    stated commitment (``commitment``: then coded as the threat itself)."""
    by_answer = {}
    for g in found:
        if g.absorbed or g.code[:2] not in _HOSTILE:
            continue
        verb = retaliation_of_means(g.tok)
        if verb is not None and commitment(g.tok):  # (coded as the threat later)
            by_answer[verb.i] = g
    if not by_answer:
        return
    for f in found:
        if f.absorbed or f.code[:2] != "03" or f.entry.pos != "V":
            continue
        for c in f.tok.children:
            if c.dep_ == "xcomp" and c.i in by_answer:
                f.absorbed = True
                break
