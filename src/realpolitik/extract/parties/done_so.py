"""The target of an act done as asked ("Ukraine asked Switzerland to impose sanctions on Russia.
Switzerland did so"): what the asked act's own phrase names, else the state that asked."""

from __future__ import annotations

from realpolitik.extract._mentions import Arg
from realpolitik.extract._words import REQUEST_ROOTS
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._model import Candidates, Site, key
from realpolitik.extract.parties._phrase_reading import phrase_target


def done_as_asked(s: Site, c: Candidates) -> Candidates:
    """ "Peru asked Spain to freeze the accounts. Spain did so": Spain's freeze is aimed at the
    states the freeze's own phrase names, else at Peru, the asker (context14, fresh7's RQ)."""
    asked = s.found.done_for
    if asked is None or not c.sources or c.targets:
        return c
    got = phrase_target(s.actors, asked, c.sources)
    if got:
        return c.with_targets(got, 1)
    own = {key(a) for a in c.sources}
    lo = s.ctx.index - 1
    askers = [
        a.source for a in s.ctx.earlier
        if a.trigger // 10_000 >= lo and a.root in REQUEST_ROOTS and a.target is not None
        and (a.target.country or a.target.code) in own
    ]  # fmt: skip
    if not askers:
        return c
    return c.with_targets([Arg(askers[-1], EARLIER, s.tok.i)], 1)
