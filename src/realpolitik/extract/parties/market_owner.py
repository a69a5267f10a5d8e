"""Goods shut out of a state's markets are shut out by that state (parties47: fresh23's B;
recurring.md's "agentless passive whose doer is the story's state").

"Ivory Coast signed a transit deal with Ghana, but its cocoa has been shut out of Ghanaian
markets since March", "Chilean fruit was barred from Peruvian markets": the passive names no
doer, but the markets' own word does (the demonym, the state's name or its possessive): only
the state whose markets they are can bar goods from them. A restriction (root 16) with no doer
of its own whose "out of / from" phrase is a market or port noun of one named state takes that
state as its doer; the goods' owner stays the target.
"""

from __future__ import annotations

from realpolitik.extract._dependents import pobjs
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

_RESTRICT = "16"
_MARKETS = frozenset({"market", "shelf", "port", "supermarket", "shop", "store"})
_OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
_FROM = ("from", "of")


def _own_passive(s: Site) -> bool:
    """An agentless passive with its own subject ("its cocoa has been shut out")."""
    deps = {k.dep_ for k in s.kids}
    return {"nsubjpass", "auxpass"} <= deps and "agent" not in deps


@acts_on(noun=False, roots=(_RESTRICT,))
def market_owner_doer(s: Site, c: Candidates) -> Candidates:
    """ "its cocoa has been shut out of Ghanaian markets": GHA -> the cocoa's state 16."""
    if s.noun or s.root != _RESTRICT:
        return c
    if c.sources and not _own_passive(s):
        return c  # (a doer of its own; a conjunct's own passive borrows none: "signed a deal,
        # but its cocoa has been shut out of N markets")
    outs = [k for k in s.kids if k.dep_ in ("prep", "prt") and k.lower_ == "out"]
    phrases = pobjs(s.tok, _FROM) + [q for o in outs for q in pobjs(o, _FROM)]
    for _, market in phrases:
        if market.lemma_.lower() not in _MARKETS:
            continue
        got = [a for k in market.children if k.dep_ in _OWNER_DEPS
               for a in s.actors.resolve(k) if a.ref.country]  # fmt: skip
        if len({a.ref.country for a in got}) == 1:
            return c.with_sources(got[:1], 2)
    return c


__all__ = ["market_owner_doer"]
