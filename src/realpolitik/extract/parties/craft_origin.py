"""A craft struck after it left a state is aimed at that state (leftovers42): "American forces
struck a boat that had left Venezuela" targets Venezuela, the boat's port of departure, as the
sentence's only sign of whose it was; with no target, ``pairs.home_target`` aimed the strike at
the doer's own state. Only a relative clause of leaving ("that had left / departed (from) Y",
"which sailed from Y") on a craft the act takes as object ("struck a boat", "fired on a vessel") counts, and never the doer's state.
"""

from __future__ import annotations

from realpolitik.extract._syntax import pobjs
from realpolitik.extract._vehicles import VEHICLE_NOUNS
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, unknown
from realpolitik.extract.parties._reading import first

_LEAVING = frozenset({"leave", "depart", "sail", "set"})
_CRAFT = VEHICLE_NOUNS | {"speedboat", "speedboats", "dhow", "dhows", "skiff", "skiffs"}


@acts_on(noun=False, words=_CRAFT)
def craft_origin(s: Site, c: Candidates) -> Candidates:
    """The state a struck craft had left (see the module doc)."""
    if not c.sources or (c.targets and not all(unknown(a) for a in c.targets)):
        return c
    obj = s.child("dobj") or next((p for _, p in pobjs(s.tok, ("on", "at"))), None)
    if obj is None or (obj.lower_ not in _CRAFT and obj.lemma_.lower() not in _CRAFT):
        return c
    home = {a.ref.country for a in c.sources}
    for k in obj.children:
        if k.dep_ != "relcl" or k.lemma_.lower() not in _LEAVING:
            continue
        places = [g for g in k.children if g.dep_ == "dobj"]
        places += [p for _, p in pobjs(k, ("from",))]
        got = [a for a in first(s.actors, places) if a.ref.country and not unknown(a)]
        got = [a for a in got if a.ref.country not in home]
        if got:
            return c.with_targets(got)
    return c
