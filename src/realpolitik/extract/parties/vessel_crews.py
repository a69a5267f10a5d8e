"""The crew of a seized ship is the flag state's people, never the seizer's (issue 9,
parties54: fresh28's class D).

"The Chilean navy seized a Peruvian-flagged trawler off Arica and detained its crew": "its"
is the ship's, not the navy's, and the ship's state (its flag, "Peruvian-flagged", or its
demonym, "a Peruvian trawler") is whom the detention is aimed at. Without this the crew
resolved to nothing and ``home_target`` gave the doer's own state (CHL -> CHL). Read before
``direct_object``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._tree import tokens_with_lemma
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, unknown
from realpolitik.extract.parties._verb_reading import verb_open

if TYPE_CHECKING:
    from spacy.tokens import Token

_CREWS = frozenset({"crew", "crewman", "crewmen", "sailor", "seaman", "seamen", "crewmembers"})
_OWNERS = frozenset({"its", "their"})
_VESSELS = frozenset(
    {"ship", "vessel", "boat", "trawler", "tanker", "freighter", "ferry", "yacht", "dhow",
     "tugboat", "tug", "barge", "carrier", "cargo", "steamer", "trawlers", "ships"}
)  # fmt: skip
_MODS = frozenset({"amod", "compound", "nmod", "poss"})


def _crew_object(s: Site) -> Token | None:
    """The trigger's object "its crew" ("its 14 crew members": the head "members", "crew" its
    compound)."""
    obj = s.child("dobj")
    if obj is None:
        return None
    heads = [obj, *(k for k in obj.children if k.dep_ == "compound")]
    if not any(h.lemma_.lower() in _CREWS or h.lower_ in _CREWS for h in heads):
        return None
    owners = [k for k in obj.children if k.dep_ == "poss" and k.lower_ in _OWNERS]
    return obj if owners else None


def _flag_state(s: Site, vessel: Token, own: set[str]) -> list[Arg]:
    """The state a vessel noun's modifiers name ("Peruvian-flagged", "a Peruvian trawler")."""
    got: list[Arg] = []
    for k in vessel.subtree:
        if k.i >= vessel.i:
            break
        m = s.actors.mention_of(k)
        if m is None or not m.is_state or not m.ref.country or m.ref.country in own:
            continue
        got = [a for a in s.actors.resolve(k) if not unknown(a) and a.ref.country not in own]
        if got:
            return got
    return got


@acts_on(noun=False, roots=("17", "18"))
def vessel_crew_target(s: Site, c: Candidates) -> Candidates:
    """ "seized a Y-flagged trawler and detained its crew": Y, the vessel's state."""
    if not verb_open(s, c) or not c.sources:
        return c
    obj = _crew_object(s)
    if obj is None:
        return c
    own = {a.ref.country for a in c.sources if a.ref.country}
    vessels = [v for v in tokens_with_lemma(s.ctx.sent, _VESSELS) if v.i < obj.i]
    for v in reversed(vessels):
        got = _flag_state(s, v, own)
        if got:
            return c.with_targets(got, 2)
    return c


__all__ = ["vessel_crew_target"]
