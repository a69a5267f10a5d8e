"""A signing "with" the other side's people is a joint act, both ways (issue 9, parties51:
fresh25's class E; GUIDE rule 6, recurring.md's "'the two ...', pair and group nouns").

"Ghana's defence minister signed the contract with Togolese officials in Accra", "X's trade
minister signed the accord with her Y-ian counterpart": the two sides sign together, as "A and
B signed" does, which rule 6 codes both ways; the "with" object was a target only (A -> B) and
B's signature was lost. As ``comitative`` reads talks: a signing (057) whose one target is the
object of "with" on the trigger (or on its object), when that partner is a person or the other
side's officials, envoys or delegation, and the signing is told as done in a clause of its
own (not a relative clause naming the document).
"""

from __future__ import annotations

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties.comitative import _person, _told_done, _with_object

_SIGNING = "057"
_NAMING_CLAUSES = frozenset({"relcl", "acl"})


@acts_on(codes=(_SIGNING,))
def signed_with_both_ways(s: Site, c: Candidates) -> Candidates:
    """ "X's minister signed the contract with Y-ian officials": X -> Y and Y -> X."""
    if s.noun or not c.pairs or len(c.pairs) != 1 or s.tok.dep_ in _NAMING_CLAUSES:
        return c  # ("the treaty he signed with Y": a clause naming the treaty, no news)
    src, tgt = c.pairs[0]
    if tgt is None or tgt.ref.country == src.ref.country or not 0 <= tgt.tok < len(s.tok.doc):
        return c
    partner = s.tok.doc[tgt.tok]
    if not _with_object(partner, s.tok) or not _person(s, partner) or not _told_done(s.tok):
        return c
    return c.with_pairs([(src, tgt), (tgt, src)])
