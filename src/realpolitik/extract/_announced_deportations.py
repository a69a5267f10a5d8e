"""A deportation a state announces is its measure, `possible`, not a threat (issue 9, clauses34:
fresh22's class A).

A stated future hostile act is read as its doer's threat (13x, ``_codebook.future_code``). A
state that says it will deport people it holds ("The Kenyan government said it would deport
those found guilty", "Chile will expel the 40 Peruvian migrants next week") announces what it
does with them, as a state announcing border checks does (``_border_measures``): GUIDE rule 4
codes the act itself (174) `possible`. Held out on a condition ("would deport them unless Y
pays", "if the crossings go on") it stays a threat.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from realpolitik.extract._triggers import Found

_DEPORTATION = "174"
# (not "once" or "when": "would deport the men once their cases were heard" is a time)
_CONDITIONS = frozenset({"if", "unless", "should", "provided"})


def announced_deportation(f: Found) -> bool:
    """``f`` is a deportation of people (174) announced with no condition."""
    if f.code != _DEPORTATION:
        return False
    return not any(
        c.dep_ == "advcl" and any(m.lower_ in _CONDITIONS for m in c.children)
        for c in f.tok.children
    )
