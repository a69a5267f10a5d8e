"""A state's own envoy or troops that it recalls, withdraws or readies are what it moves, not
whom it acts on (issue 9 round 18, recur1: the kinds X and G that came back in every blind set).

"Angolan police detained 30 Namibian traders. Namibia recalled its ambassador": the pronoun
places "its ambassador" in Namibia, so the recall came out NAM -> NAMGOV, an act on itself that
``pairs.no_self_target`` keeps (the codes differ). Whom a recall, a pull-back or an alert is
aimed at is the state the envoy or the troops face: the other state of the story's latest
earlier hostile act between the doer and one other state, else no one. One stage for every such act (CAMEO 15 posture, 16 reduced relations, 087
de-escalation), keyed on the possessive that makes the moved thing the doer's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

# CAMEO codes whose object is the doer's own thing it moves: posture (15: "put its army on
# alert"), reduced relations (16: "recalled its ambassador"), de-escalation (087: "pulled its
# troops back").
_MOVED_OWN_ROOTS = frozenset({"15", "16"})
_MOVED_OWN_PREFIX = "087"
_OWNING = frozenset({"its", "his", "her", "their"})
_THEME_DEPS = frozenset({"dobj", "nsubjpass"})
_HOSTILE_FROM = "10"  # CAMEO roots from 10 (demand) on are the conflictual ones


@acts_on(noun=False)
def own_official_not_target(s: Site, c: Candidates) -> Candidates:
    """ "Namibia recalled its ambassador", "pulled its troops back from the frontier": the
    doer's own envoy or forces are no target; the state of the story's latest hostile act
    with the doer is, or no one."""
    if not c.pairs or s.noun:
        return c
    if s.root not in _MOVED_OWN_ROOTS and not s.code.startswith(_MOVED_OWN_PREFIX):
        return c
    moved = s.child(*_THEME_DEPS)
    if moved is None or not _own_moved(moved):
        return c
    pairs = []
    for a, b in c.pairs:
        own = a.ref.country
        if own and (b is None or b.ref.country == own):
            b = _faced(s, own)  # (also "his ambassador", left with no target at all)
        elif own and b is not None and not b.ref.country:
            # ("It recalled its envoy": "its" read as no one's, parties44; kept where the
            # story faces no one)
            b = _faced(s, own) or b
        pairs.append((a, b))
    return c.with_pairs(pairs)


def _own_moved(tok: Token) -> bool:
    """The trigger's object owned by a pronoun ("its ambassador", "his envoy", "their
    troops")."""
    return any(c.dep_ == "poss" and c.lower_ in _OWNING for c in tok.children)


def _faced(s: Site, own: str) -> Arg | None:
    """The state the doer's envoy or troops face: the other state of the story's latest
    earlier hostile act (CAMEO 10 on: demands, protests, coercion, force) between the doer and
    one other state; a host or a partner of a friendly act is not faced ("Kenya hosted
    Uganda's president and put its army on alert": no target)."""
    for act in reversed(s.ctx.earlier):
        if act.target is None or act.root < _HOSTILE_FROM:
            continue
        countries = (act.source.country, act.target.country)
        if own not in countries or countries[0] == countries[1] or None in countries:
            continue
        state = countries[1] if countries[0] == own else countries[0]
        if state is None:
            continue
        return Arg(ActorRef(state, state, state), EARLIER, s.tok.i)
    return None


__all__ = ["own_official_not_target"]
