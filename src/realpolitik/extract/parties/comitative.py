"""A joint act with a partner after "with": "A spoke by telephone with B", "A held talks with
B", "A had a call with B", "A conferred with B by video link" (issue 9, pairs23: fresh12's CW).

Talking with someone is done together: GUIDE rule 6 codes joint acts both ways, as "the two
spoke" is. A consultation (root 04, not a visit, a hosting or a mediation) whose one target is
the object of "with" on the trigger, or on the noun a light verb takes ("held talks with B"),
gets the reverse pair too. Before this the comitative object was a target only (A -> B), and B's
side of the call was lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

if TYPE_CHECKING:
    from spacy.tokens import Token

_CONSULT = "04"
# Consultations with a direction of their own: a visit (042), a hosting (043), a mediation (045).
_ONE_WAY = frozenset({"042", "043", "045"})
_WITH = "with"
_OBJECT_DEPS = frozenset({"dobj", "attr"})


def _with_object(tok: Token, trigger: Token) -> bool:
    """``tok`` is the object of "with" on ``trigger``, on its means ("spoke by phone with B"),
    on its object ("discussed trade with B"), or on the light verb of a noun trigger ("had a
    call on Friday with B")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != _WITH or prep.dep_ != "prep":
        return False
    host = prep.head
    if host.dep_ == "pobj" and host.head.dep_ == "prep" and host.head.head.i == trigger.i:
        host = host.head.head  # "spoke by telephone with B": "with" hung on the means
    if host.i == trigger.i:
        return True
    if host.dep_ in _OBJECT_DEPS and host.head.i == trigger.i:
        return True  # "discussed trade with B": "with" hung on the object
    return trigger.dep_ in _OBJECT_DEPS and host.i == trigger.head.i  # "had a call ... with B"


@acts_on(roots=(_CONSULT,))
def with_partner_both_ways(s: Site, c: Candidates) -> Candidates:
    """ "A spoke by telephone with B": A -> B and B -> A (a joint act, GUIDE rule 6)."""
    if not c.pairs or len(c.pairs) != 1 or s.code[:3] in _ONE_WAY:
        return c
    src, tgt = c.pairs[0]
    if tgt is None or tgt.ref.code == src.ref.code or not 0 <= tgt.tok < len(s.tok.doc):
        return c
    if not _with_object(s.tok.doc[tgt.tok], s.tok):
        return c
    return c.with_pairs([(src, tgt), (tgt, src)])
