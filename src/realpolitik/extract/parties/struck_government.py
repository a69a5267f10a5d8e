"""A bare "the government" answering strikes on a state is the struck state's (issue 9,
parties57): "Israeli jets struck Beirut. The government demanded an end to the strikes" left the
demand's doer unplaced (``---GOV``) with the attacker as its target; the story's only other
state, the one the target's forces struck, is whose government answers."""

from __future__ import annotations

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import LOCATED
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties.context_earlier import other_states_named
from realpolitik.models import ActorRef

# CAMEO roots of force: an earlier act of these by the target on a state makes that state the
# victim whose government answers.
_FORCE = frozenset({"18", "19", "20"})
_UNPLACED_GOV = "---GOV"


def _bare_government(s: Site, a: Arg) -> bool:
    """``a`` is an unplaced "the government" with no word of its own ("the new government",
    "the government of X" name whose)."""
    doc = s.tok.doc
    if a.ref.code != _UNPLACED_GOV or not 0 <= a.tok < len(doc):
        return False
    tok = doc[a.tok]
    if tok.lemma_.lower() != "government":
        return False
    return all(k.dep_ == "det" and k.lower_ == "the" for k in tok.children)


def struck_state(s: Site, attacker: str) -> str | None:
    """The one state ``attacker`` used force on in the story's earlier sentences, else None."""
    struck = {
        a.target.country
        for a in s.ctx.earlier
        if a.root in _FORCE and a.target is not None and a.target.country
        and a.source.country == attacker and a.target.country != attacker
    }  # fmt: skip
    return next(iter(struck)) if len(struck) == 1 else None


@acts_on(words=("government",))
def struck_state_government(s: Site, c: Candidates) -> Candidates:
    """ "X's jets struck Y's capital. The government demanded an end to the strikes": the
    unplaced government whose act is aimed at the attacker is the struck state's. Not where
    its own sentence names a third state ("the government asked Z to mediate")."""
    if not c.pairs:
        return c
    pairs: list[tuple[Arg, Arg | None]] = []
    changed = False
    for a, b in c.pairs:
        attacker = b.ref.country if b is not None else None
        if attacker and _bare_government(s, a):
            victim = struck_state(s, attacker)
            if victim and not other_states_named(s, s.ctx.sent, {attacker, victim}):
                ref = ActorRef(a.ref.text, victim + "GOV", victim, a.ref.name)
                a, changed = Arg(ref, a.quality * LOCATED, a.tok), True
        pairs.append((a, b))
    return c.with_pairs(pairs) if changed else c


__all__ = ["struck_state_government"]
