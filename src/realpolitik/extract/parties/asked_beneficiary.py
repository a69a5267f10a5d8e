"""The people a request asks to be freed are its beneficiaries, never its addressee (issue 9,
parties53: fresh27's class D).

"Ghana's foreign minister phoned his Polish counterpart and asked that the men be released":
the passive "that" clause's subject ("the men", "the students", Ghanaians by an earlier
sentence; "they" is ``held_people_holder``'s) is whom the request is for. When every state
that subject resolves to is the requester's own, it says nothing of whom the request is made
to: ``clause_subject`` passes it over, so the stages after it (the addressee phoned or met,
the state that holds the people) find the target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._words import REQUEST_ROOTS
from realpolitik.extract.parties._model import Candidates, Site

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg


# "the men" (a noun) or "the two" (a count: "demanded that the two be released", parties54)
_PEOPLE_POS = frozenset({"NOUN", "NUM"})


def own_beneficiary(s: Site, c: Candidates, subj: Token, got: list[Arg]) -> bool:
    """``subj``, a request's passive clause subject that resolves to ``got``, names only the
    requester's own state ("asked that the men be released", the men its nationals)."""
    if s.root not in REQUEST_ROOTS or subj.dep_ != "nsubjpass" or not got:
        return False
    if subj.pos_ not in _PEOPLE_POS:
        return False  # ("asked that Ghana be consulted": the state; "they": held_people_holder)
    own = {a.ref.country for a in c.sources if a.ref.country}
    return bool(own) and all(a.ref.country in own for a in got)


__all__ = ["own_beneficiary"]
