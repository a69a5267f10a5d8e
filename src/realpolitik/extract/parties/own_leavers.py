"""A state's own people told to leave is no act on them (issue 9, lexicon64): "Britain told
British citizens to leave Lebanon", "Germany urged German nationals to leave Syria". Telling,
ordering, advising or urging one's own citizens to leave a country is a travel advisory: no
expulsion (174) of them and no appeal (020) to them (CAMEO has no code for it; the rows for "its
citizens" say so for the possessive). The pair from a state to its own civilians goes.
"""

from __future__ import annotations

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

_LEAVING = frozenset({"leave", "depart", "exit", "quit", "evacuate"})
_LEAVING_FORMS = frozenset({"leave", "depart", "exit", "quit", "evacuate"})
_TELLING = frozenset(
    {"tell", "order", "advise", "urge", "ask", "instruct", "encourage", "call", "warn", "direct",
     "recommend"}
)  # fmt: skip
_CIVILIANS = "CVL"


@acts_on(noun=False, words=_LEAVING_FORMS)
def own_people_told_to_leave(s: Site, c: Candidates) -> Candidates:
    """ "Britain told British citizens to leave Lebanon": no pair from a state to its own
    civilians told to leave."""
    if not c.pairs or s.tok.lemma_.lower() not in _TELLING:
        return c
    if not any(
        k.dep_ in ("xcomp", "ccomp") and k.lemma_.lower() in _LEAVING for k in s.tok.children
    ):
        return c
    pairs = [
        (a, b)
        for a, b in c.pairs
        if not (
            b is not None
            and a.ref.country is not None
            and b.ref.country == a.ref.country
            and b.ref.code.endswith(_CIVILIANS)
        )
    ]
    return c.with_pairs(pairs, dropped="own_people_told_to_leave")


__all__ = ["own_people_told_to_leave"]
