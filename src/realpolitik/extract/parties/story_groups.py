"""The unplaced force that acts on the story's people: "Kenya deported 40 Tanzanians. Officers had
beaten several of the deportees" (issue 9, pairs22: fresh11's G).

"The deportees" are the people of the story's deportation (``_pair_roles.story_group``); the
officers, police or soldiers who beat or held them, named with no state of their own, are the
deporting state's: the roles of the story place them, not the nearest state named (the speaker's
"Tanzania's consul"). Only a doer with a sector of its own (police, troops, officers) and no
state is placed so.
"""

from __future__ import annotations

from realpolitik.extract._mention_parts import Arg
from realpolitik.extract._pair_roles import group_act
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.models import ActorRef

_UNPLACED = "---"
_FORCES = frozenset({"MIL", "COP", "SPY"})


def group_handlers_state(s: Site, c: Candidates) -> Candidates:
    """ "Officers had beaten the deportees": the deporting state's officers."""
    if len(c.sources) != 1 or not c.targets:
        return c
    src = c.sources[0]
    sector = src.ref.code[len(_UNPLACED) :]
    if not src.ref.code.startswith(_UNPLACED) or sector not in _FORCES:
        return c
    doc = s.tok.doc
    for a in c.targets:
        act = group_act(s.actors, doc[a.tok].lemma_.lower()) if 0 <= a.tok < len(doc) else None
        if act is None or not act.source.country:
            continue
        if act.target is not None and act.target.country == act.source.country:
            return c
        home = act.source.country
        ref = ActorRef(src.ref.text, home + sector, home)
        return c.with_sources([Arg(ref, EARLIER, src.tok)])
    return c
