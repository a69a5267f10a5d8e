"""A capital inside a facility's name is a place, not a party (issue 9 round 22, parties31:
fresh16's class PL).

"Milei asked for the Buenos Aires Bridge post to open at night", "Beninese traders blocked the
road to the Cotonou Bridge post in protest": the capital modifies a facility noun ("the CAPITAL
Bridge post / crossing / road / airport") and names where the post is, not the government that
is asked or protested against. The mention composition lends such a modifier to the facility
noun ("Gondor's ports": the state's), so a target found that way is dropped here, and the later
stages (the host addressed, the story's other state) answer instead. Force keeps it: a strike on
"the Kyiv airport" hits that state (``context_places`` reads such places for force too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._facility_places import FACILITY_NOUNS
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import FORCE_ROOTS, Candidates, Site

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg

# Facilities a capital names besides the checkpoints of ``_facility_places``: the bridge, road
# or line that carries the crossing.
_NAMED_FACILITIES = FACILITY_NOUNS | frozenset(
    {"bridge", "road", "highway", "motorway", "railway", "tunnel", "border-post", "airfield"}
)
_NAME_DEPS = frozenset({"compound"})
_CAPITAL = "capital"
# Every CAMEO root but force's (18-20): the kinds this stage reads.
_NOT_FORCE = frozenset(f"{r:02d}" for r in range(1, 21)) - FORCE_ROOTS


def _facility_head(tok: Token) -> bool:
    """``tok`` sits in a chain of compounds whose head (or a head on the way) is a facility
    noun: "Aires" in "the Buenos Aires Bridge post"."""
    h = tok
    while h.dep_ in _NAME_DEPS and h.head.i != h.i:
        h = h.head
        if h.lemma_.lower() in _NAMED_FACILITIES or h.lower_ in _NAMED_FACILITIES:
            return True
    return False


def capital_in_facility_name(s: Site, a: Arg) -> bool:
    """The target ``a`` is a capital named inside a facility's name (its own token, or a
    compound of the facility noun it was composed from)."""
    doc = s.tok.doc
    if not 0 <= a.tok < len(doc):
        return False
    tok = doc[a.tok]
    toks = [tok]
    if tok.lemma_.lower() in _NAMED_FACILITIES:  # composed on the facility noun itself
        toks += [t for t in tok.subtree if t.i != tok.i and t.dep_ in _NAME_DEPS]
    for t in toks:
        m = s.actors.mention_of(t)
        if m is None or m.kind != _CAPITAL or m.ref.country != a.ref.country:
            continue
        if t.i == tok.i and not _facility_head(t):
            continue
        return True
    return False


@acts_on(roots=_NOT_FORCE)
def facility_capital_not_target(s: Site, c: Candidates) -> Candidates:
    """A target that is a capital inside a facility's name ("the Maseru Bridge post") is the
    act's place: dropped (never for force: the place's state is hit)."""
    if not c.targets or s.root in FORCE_ROOTS:
        return c
    kept = [a for a in c.targets if not capital_in_facility_name(s, a)]
    return c if len(kept) == len(c.targets) else c.with_targets(kept)


__all__ = ["capital_in_facility_name", "facility_capital_not_target"]
