"""An offer's venue at home is no target: the offer answers the state that asked (issue 9,
parties52: fresh26's class E; recurring.md's "coordinated predicates").

"Austria asked Poland to hand over a Polish man wanted for fraud. Poland said it would not
extradite him but offered to try him in a Polish court": the court of the "in" phrase is where
the offered act would take place, the offerer's own body, never whom the offer is made to. A
commitment (03) aimed at a body of its own state named as a venue ("in / at / before a Y-ian
court") is made to the state whose request or demand (02, 10) of the last sentences, or earlier
in its own sentence, it answers; with none, it keeps no target.
"""

from __future__ import annotations

from realpolitik.extract._mentions import Arg
from realpolitik.extract._words import REQUEST_ROOTS
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._earlier_acts import recent
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

_COMMITMENT = "03"
_VENUE_PREPS = frozenset({"in", "at", "before"})
_STATE_CODE = 3
_ASKED_SENTENCES = 3


@acts_on(roots=(_COMMITMENT,))
def own_venue_not_target(s: Site, c: Candidates) -> Candidates:
    """ "offered to try him in a Y-ian court" (Y the offerer): the asker, else no target."""
    if not c.pairs or s.root != _COMMITMENT:
        return c
    doc = s.tok.doc
    return c.retarget(
        lambda a, b: (
            b.ref.country == a.ref.country
            and len(b.ref.code) > _STATE_CODE
            and doc[b.tok].dep_ == "pobj"
            and doc[b.tok].head.lower_ in _VENUE_PREPS
        ),
        lambda own: _asker(s, own),
    )


def _asker(s: Site, own: str) -> Arg | None:
    """The other state whose latest request or demand was aimed at ``own``."""
    for i, f in sorted(s.ctx.triggers.items(), reverse=True):
        if i >= s.tok.i or f.code[:2] not in REQUEST_ROOTS:
            continue
        got = s.ctx.roles_of(f)
        if any(t.ref.country == own for t in got.targets):
            for a in got.sources:
                if a.ref.country and a.ref.country != own:
                    return Arg(a.ref, EARLIER, s.tok.i)
    for act in reversed(recent(s, _ASKED_SENTENCES)):
        if act.root not in REQUEST_ROOTS or act.target is None or act.target.country != own:
            continue
        if act.source.country and act.source.country != own:
            return Arg(act.source, EARLIER, s.tok.i)
    return None


__all__ = ["own_venue_not_target"]
